// Parses libvirt domain XML (virDomainGetXMLDesc) into a VirtualMachine (state comes from virDomainGetState).
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

namespace DomainXml {
Result<VirtualMachine> parse(QStringView xml);
}
