#include "xmlvalues.h"

#include <QXmlStreamAttributes>

#include <limits>

using namespace Qt::StringLiterals;

namespace XmlValues {

// Hand-rolled because QString's converters allocate, and this runs for every number of every device.
std::optional<quint64> parseNumber(QStringView s)
{
    s = s.trimmed();
    int base = 10;
    if (s.size() > 2 && s[0] == u'0' && (s[1] == u'x' || s[1] == u'X')) {
        base = 16;
        s = s.mid(2);
    }
    if (s.isEmpty() || (base == 16 && s.size() > 16))
        return std::nullopt;
    quint64 v = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        int d;
        if (u >= u'0' && u <= u'9')
            d = u - u'0';
        else if (base == 16 && u >= u'a' && u <= u'f')
            d = u - u'a' + 10;
        else if (base == 16 && u >= u'A' && u <= u'F')
            d = u - u'A' + 10;
        else
            return std::nullopt;
        if (base == 10 && v > (std::numeric_limits<quint64>::max() - d) / 10)
            return std::nullopt;
        v = v * base + d;
    }
    return v;
}

bool isUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = s[i].unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

std::optional<PciAddress> addressFromAttributes(const QXmlStreamAttributes &a)
{
    const auto dom = parseNumber(a.value("domain"_L1)), bus = parseNumber(a.value("bus"_L1));
    const auto slot = parseNumber(a.value("slot"_L1)), fn = parseNumber(a.value("function"_L1));
    if (!dom || !bus || !slot || !fn || *dom > 0xffff || *bus > 0xff || *slot > 0x1f || *fn > 7)
        return std::nullopt;
    return PciAddress(quint16(*dom), quint8(*bus), quint8(*slot), quint8(*fn));
}

} // namespace XmlValues
