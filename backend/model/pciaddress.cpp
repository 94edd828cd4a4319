#include "pciaddress.h"

namespace {
// Parses exactly `digits` hex digits at text[pos]; returns -1 on any non-hex character.
int hexField(QStringView text, qsizetype pos, int digits)
{
    if (pos + digits > text.size())
        return -1;
    int v = 0;
    for (int i = 0; i < digits; ++i) {
        const QChar c = text[pos + i];
        int d;
        if (c >= u'0' && c <= u'9')
            d = c.unicode() - '0';
        else if (c >= u'a' && c <= u'f')
            d = c.unicode() - 'a' + 10;
        else if (c >= u'A' && c <= u'F')
            d = c.unicode() - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

std::optional<PciAddress> parseParts(QStringView t, QChar sep1, QChar sep2, QChar sep3)
{
    // DDDD?BB?SS?F with the given separators
    if (t.size() != 12 || t[4] != sep1 || t[7] != sep2 || t[10] != sep3)
        return std::nullopt;
    const int dom = hexField(t, 0, 4), bus = hexField(t, 5, 2), slot = hexField(t, 8, 2), fn = hexField(t, 11, 1);
    if (dom < 0 || bus < 0 || slot < 0 || fn < 0 || slot > 0x1f || fn > 7)
        return std::nullopt;
    return PciAddress(quint16(dom), quint8(bus), quint8(slot), quint8(fn));
}
} // namespace

std::optional<PciAddress> PciAddress::parse(QStringView text)
{
    if (text.size() == 7) {
        QString full = QStringLiteral("0000:") + text.toString();
        return parseParts(full, u':', u':', u'.');
    }
    return parseParts(text, u':', u':', u'.');
}

std::optional<PciAddress> PciAddress::fromNodeDeviceName(QStringView name)
{
    if (!name.startsWith(u"pci_"))
        return std::nullopt;
    return parseParts(name.mid(4), u'_', u'_', u'_');
}

QString PciAddress::toString() const
{
    return QString::asprintf("%04x:%02x:%02x.%x", m_domain, m_bus, m_slot, m_function);
}

QString PciAddress::nodeDeviceName() const
{
    return QString::asprintf("pci_%04x_%02x_%02x_%x", m_domain, m_bus, m_slot, m_function);
}
