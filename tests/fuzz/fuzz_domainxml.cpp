// libFuzzer target: domain XML (virDomainGetXMLDesc) as libvirtd sends it, parsed, and then edited the way
// an assignment plan edits it: a <hostdev> added and, for every hostdev the parser found, removed again.
#include "assign/domainxmledit.h"
#include "libvirt/domainxml.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<VirtualMachine> vm = DomainXml::parse(xml);

    Hostdev pci;
    pci.kind = Hostdev::Kind::Pci;
    pci.address = *PciAddress::parse(u"0000:41:00.0");
    pci.managed = true;
    Hostdev mdev;
    mdev.kind = Hostdev::Kind::Mdev;
    mdev.uuid = QStringLiteral("8a2f3e50-6f0b-4c7e-9d55-0b8e1d2c3a4f");
    mdev.model = QStringLiteral("vfio-pci");
    for (const Hostdev &h : {pci, mdev}) {
        if (const Result<QString> added = DomainXmlEdit::addHostdev(xml, h); added.ok())
            (void)DomainXmlEdit::removeHostdev(*added, h);
    }
    if (vm.ok()) {
        for (const Hostdev &h : vm->hostdevs)
            (void)DomainXmlEdit::removeHostdev(xml, h);
    }
    return 0;
}
