// Adds or removes one <hostdev> (PCI function or mdev) in a domain XML string and leaves every other
// character as it was, so that the preview's diff shows exactly the device and nothing else.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

namespace DomainXmlEdit {

// The <hostdev> element alone, as attach and detach take it. PCI functions are managed='yes': libvirt
// moves them to vfio-pci when the VM starts and back when it stops.
QString hostdevXml(const Hostdev &h);
// Appends the device as the last child of <devices>, indented like its siblings. Fails when the XML is not
// a domain, or the domain already has the device.
Result<QString> addHostdev(const QString &domainXml, const Hostdev &h);
// Removes the device's element (and the line it stood on). Fails when the domain does not have it.
Result<QString> removeHostdev(const QString &domainXml, const Hostdev &h);

} // namespace DomainXmlEdit
