// Parses libvirt node device XML (virNodeDeviceGetXMLDesc) into PciDevice or MediatedDevice.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

struct NodeDeviceInfo
{
    enum class Kind { Pci, Mdev, Other }; // Other: USB, net, storage … ignored by the console
    Kind kind = Kind::Other;
    QString name;   // node device name
    QString parent;
    PciDevice pci;
    MediatedDevice mdev;
};

namespace NodeDeviceXml {
// Malformed XML or a PCI/mdev device missing its identity gives an Error naming the element.
Result<NodeDeviceInfo> parse(QStringView xml);
}
