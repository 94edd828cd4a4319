// libFuzzer target: node-device XML (virNodeDeviceGetXMLDesc) as a broken or hostile libvirtd could send it.
#include "libvirt/nodedevicexml.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)NodeDeviceXml::parse(xml);
    return 0;
}
