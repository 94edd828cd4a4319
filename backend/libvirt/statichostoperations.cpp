#include "statichostoperations.h"

#include "assign/domainxmledit.h"
#include "domainxml.h"
#include "statichostconnection.h"

#include <QCoreApplication>

namespace {
struct StaticText
{
    Q_DECLARE_TR_FUNCTIONS(StaticHostConnection)
};

Error gone()
{
    return Error{StaticText::tr("The host is gone"), {}, 0};
}

bool running(VmState s)
{
    return s == VmState::Running || s == VmState::Paused || s == VmState::Blocked;
}

QString initialXml(const VirtualMachine &vm)
{
    QString xml = QStringLiteral("<domain type='test'>\n  <name>%1</name>\n  <uuid>%2</uuid>\n"
                                 "  <memory unit='KiB'>%3</memory>\n  <vcpu placement='static'>%4</vcpu>\n"
                                 "  <os>\n    <type arch='x86_64' machine='q35'>hvm</type>\n  </os>\n"
                                 "  <devices>\n  </devices>\n</domain>\n")
                      .arg(vm.name.toHtmlEscaped(), vm.uuid)
                      .arg(vm.memoryKiB)
                      .arg(vm.vcpus);
    for (const Hostdev &h : vm.hostdevs) {
        if (Result<QString> edited = DomainXmlEdit::addHostdev(xml, h))
            xml = edited.value();
    }
    return xml;
}

std::optional<Hostdev> deviceOf(const QString &deviceXml)
{
    // The device XML is one <hostdev>; wrapped in a domain it parses with the domain reader.
    const QString wrapped =
        QStringLiteral("<domain><name>x</name><uuid>00000000-0000-0000-0000-000000000000</uuid>"
                       "<devices>%1</devices></domain>")
            .arg(deviceXml);
    const Result<VirtualMachine> vm = DomainXml::parse(wrapped);
    if (!vm || vm->hostdevs.size() != 1)
        return std::nullopt;
    return vm->hostdevs.front();
}
} // namespace

std::optional<Error> StaticHostOperations::failure(const QString &operation)
{
    if (!m_failures.contains(operation))
        return std::nullopt;
    return m_failures.take(operation);
}

Result<QString> StaticHostOperations::domainXml(const QString &vmUuid, bool)
{
    if (auto e = failure(QStringLiteral("domain-xml")))
        return *e;
    if (!m_connection)
        return gone();
    const auto vm = m_connection->snapshot().vms.constFind(vmUuid);
    if (vm == m_connection->snapshot().vms.cend())
        return Error{StaticText::tr("No virtual machine %1").arg(vmUuid), {}, 0};
    if (!m_xml.contains(vmUuid))
        m_xml.insert(vmUuid, initialXml(*vm));
    return m_xml.value(vmUuid);
}

Result<QString> StaticHostOperations::defineDomain(const QString &xml)
{
    if (auto e = failure(QStringLiteral("define")))
        return *e;
    if (!m_connection)
        return gone();
    Result<VirtualMachine> parsed = DomainXml::parse(xml);
    if (!parsed)
        return parsed.error();
    VirtualMachine vm = m_connection->snapshot().vms.value(parsed->uuid, parsed.value());
    m_xml.insert(vm.uuid, xml);
    // A running VM keeps its devices until it stops; a stopped one has what its configuration says.
    if (!running(vm.state))
        vm.hostdevs = parsed->hostdevs;
    vm.name = parsed->name;
    m_connection->setVm(vm);
    return QStringLiteral("defined %1").arg(vm.name);
}

Result<QString> StaticHostOperations::changeLive(const QString &vmUuid, const QString &deviceXml, bool attach)
{
    if (auto e = failure(attach ? QStringLiteral("attach") : QStringLiteral("detach")))
        return *e;
    if (!m_connection)
        return gone();
    VirtualMachine vm = m_connection->snapshot().vms.value(vmUuid);
    if (vm.uuid.isEmpty() || !running(vm.state))
        return Error{StaticText::tr("The virtual machine is not running"), vmUuid, 0};
    const std::optional<Hostdev> h = deviceOf(deviceXml);
    if (!h)
        return Error{StaticText::tr("Not a host device"), deviceXml, 0};
    const qsizetype at = vm.hostdevs.indexOf(*h);
    if (attach == (at >= 0))
        return Error{attach ? StaticText::tr("The device is already attached")
                            : StaticText::tr("The device is not attached"),
                     {},
                     0};
    if (attach)
        vm.hostdevs.append(*h);
    else
        vm.hostdevs.removeAt(at);
    m_connection->setVm(vm);
    return attach ? QStringLiteral("attached") : QStringLiteral("detached");
}

Result<QString> StaticHostOperations::attachDevice(const QString &vmUuid, const QString &deviceXml, int)
{
    return changeLive(vmUuid, deviceXml, true);
}

Result<QString> StaticHostOperations::detachDevice(const QString &vmUuid, const QString &deviceXml, int)
{
    return changeLive(vmUuid, deviceXml, false);
}

void StaticHostOperations::setAvailable(const PciAddress &parent, const QString &typeId, int delta)
{
    PciDevice d = m_connection->snapshot().pciDevices.value(parent);
    for (MdevType &t : d.mdevTypes) {
        // A VF carries one vGPU: making one takes every type's room there.
        if (t.id == typeId || d.isVirtualFunction())
            t.availableInstances = std::max(0, t.availableInstances + delta);
    }
    m_connection->setPciDevice(d);
}

Result<QString> StaticHostOperations::createMdev(const PciAddress &parent, const QString &typeId,
                                                 const QString &uuid)
{
    return createMdev(parent, typeId, uuid, -1);
}

Result<QString> StaticHostOperations::createMdev(const PciAddress &parent, const QString &typeId,
                                                 const QString &uuid, int)
{
    if (auto e = failure(QStringLiteral("create-mdev")))
        return *e;
    if (!m_connection)
        return gone();
    const HostSnapshot &s = m_connection->snapshot();
    const PciDevice d = s.pciDevices.value(parent);
    const auto t = std::find_if(d.mdevTypes.cbegin(), d.mdevTypes.cend(),
                                [&](const MdevType &m) { return m.id == typeId; });
    if (t == d.mdevTypes.cend() || t->availableInstances <= 0)
        return Error{StaticText::tr("No room for %1 on %2").arg(typeId, parent.toString()), {}, 0};
    if (s.mdevs.contains(uuid))
        return Error{StaticText::tr("The mdev %1 exists already").arg(uuid), {}, 0};
    MediatedDevice m;
    m.uuid = uuid;
    m.parent = parent;
    m.typeId = typeId;
    m.nodeName =
        QStringLiteral("mdev_%1_%2").arg(QString(uuid).replace(u'-', u'_'), parent.nodeDeviceName().mid(4));
    setAvailable(parent, typeId, -1);
    m_connection->setMdev(m);
    return m.nodeName;
}

Result<QString> StaticHostOperations::removeMdev(const PciAddress &parent, const QString &uuid)
{
    if (auto e = failure(QStringLiteral("remove-mdev")))
        return *e;
    if (!m_connection)
        return gone();
    const MediatedDevice m = m_connection->snapshot().mdevs.value(uuid);
    if (m.uuid.isEmpty())
        return Error{StaticText::tr("No mdev %1 on %2").arg(uuid, parent.toString()), {}, 0};
    m_connection->removeMdev(uuid);
    setAvailable(m.parent, m.typeId, +1);
    return QStringLiteral("removed %1").arg(uuid);
}

Result<QString> StaticHostOperations::detachFromHost(const PciAddress &function)
{
    if (auto e = failure(QStringLiteral("bind")))
        return *e;
    if (!m_connection)
        return gone();
    PciDevice d = m_connection->snapshot().pciDevices.value(function);
    if (!d.address.isValid())
        return Error{StaticText::tr("No PCI device %1").arg(function.toString()), {}, 0};
    m_drivers.insert(function, d.driver);
    d.driver = QStringLiteral("vfio-pci");
    m_connection->setPciDevice(d);
    return QStringLiteral("bound %1 to vfio-pci").arg(function.toString());
}

Result<QString> StaticHostOperations::reattachToHost(const PciAddress &function)
{
    if (auto e = failure(QStringLiteral("restore-driver")))
        return *e;
    if (!m_connection)
        return gone();
    PciDevice d = m_connection->snapshot().pciDevices.value(function);
    if (!d.address.isValid())
        return Error{StaticText::tr("No PCI device %1").arg(function.toString()), {}, 0};
    d.driver = m_drivers.take(function);
    m_connection->setPciDevice(d);
    return QStringLiteral("gave %1 back to %2").arg(function.toString(), d.driver);
}

Result<QString> StaticHostOperations::createMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                                        int start)
{
    if (auto e = failure(QStringLiteral("create-mig")))
        return *e;
    return QStringLiteral("GPU instance %1 at %2 on %3")
        .arg(MigLayout::info(profile).name)
        .arg(start)
        .arg(gpu.toString());
}

Result<QString> StaticHostOperations::removeMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                                        int start)
{
    if (auto e = failure(QStringLiteral("remove-mig")))
        return *e;
    return QStringLiteral("GPU instance %1 at %2 removed from %3")
        .arg(MigLayout::info(profile).name)
        .arg(start)
        .arg(gpu.toString());
}
