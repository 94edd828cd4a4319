// Values as libvirt writes them in its XML: numbers in decimal or 0x hex, UUIDs, PCI address attributes.
#pragma once

#include "model/pciaddress.h"

#include <QStringView>

#include <optional>

class QXmlStreamAttributes;

namespace XmlValues {
// libvirt writes <bus>65</bus> in decimal but bus='0x41' in hex; both spellings are accepted everywhere.
std::optional<quint64> parseNumber(QStringView s);
bool isUuid(QStringView s);
// <address domain= bus= slot= function=/>
std::optional<PciAddress> addressFromAttributes(const QXmlStreamAttributes &a);
}
