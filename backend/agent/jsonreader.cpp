#include "jsonreader.h"

#include <QCoreApplication>

#include <cmath>

JsonReader::JsonReader(const QJsonObject &o, QString path, QString what)
    : m_o(o), m_path(std::move(path)), m_what(std::move(what)), m_error(std::make_shared<Error>())
{
}

JsonReader::JsonReader(const QJsonObject &o, const JsonReader &parent, const QString &key)
    : m_o(o), m_path(key), m_what(parent.m_what), m_error(parent.m_error)
{
}

QString JsonReader::path(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

QString JsonReader::path(QStringView key, qsizetype index) const
{
    return QStringLiteral("%1[%2]").arg(path(key)).arg(index);
}

void JsonReader::fail(const QString &field, const QString &why)
{
    if (failed())
        return;
    *m_error =
        Error{QCoreApplication::translate("JsonReader", "The %1 are malformed at %2").arg(m_what, field),
              QStringLiteral("%1: %2").arg(field, why), 0};
}

QString JsonReader::string(QStringView key, const QString &fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(path(key), QStringLiteral("expected a string"));
        return fallback;
    }
    return v.toString();
}

bool JsonReader::boolean(QStringView key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(path(key), QStringLiteral("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

qint64 JsonReader::integer(QStringView key, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
        fail(path(key), QStringLiteral("expected an integer from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return qint64(d);
}

double JsonReader::number(QStringView key, double fallback, double min, double max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
        fail(path(key), QStringLiteral("expected a number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return d;
}

quint32 JsonReader::hex(QStringView key, quint32 fallback, quint32 max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    bool ok = false;
    const QString s = v.toString();
    const qulonglong n = s.size() <= 8 ? s.toULongLong(&ok, 16) : 0;
    if (!v.isString() || !ok || s.startsWith(u'+') || s.startsWith(u'-') || n > max) {
        fail(path(key), QStringLiteral("expected a hexadecimal number up to %1").arg(max, 0, 16));
        return fallback;
    }
    return quint32(n);
}

std::optional<PciAddress> JsonReader::optionalAddress(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const auto a = v.isString() ? PciAddress::parse(v.toString()) : std::nullopt;
    if (!a)
        fail(path(key), QStringLiteral("expected a PCI address like 0000:41:00.0"));
    return a;
}

PciAddress JsonReader::address(QStringView key)
{
    return optionalAddress(key).value_or(PciAddress());
}

QJsonArray JsonReader::array(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(path(key), QStringLiteral("expected an array"));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxArray) {
        fail(path(key), QStringLiteral("more than %1 elements").arg(maxArray));
        return {};
    }
    return a;
}

QList<PciAddress> JsonReader::addressList(QStringView key)
{
    QList<PciAddress> out;
    const QJsonArray a = array(key);
    for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
        const auto addr = a[i].isString() ? PciAddress::parse(a[i].toString()) : std::nullopt;
        if (!addr)
            fail(path(key, i), QStringLiteral("expected a PCI address like 0000:41:00.0"));
        else
            out.append(*addr);
    }
    return out;
}

QStringList JsonReader::stringList(QStringView key)
{
    QStringList out;
    const QJsonArray a = array(key);
    for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
        if (!a[i].isString())
            fail(path(key, i), QStringLiteral("expected a string"));
        else
            out.append(a[i].toString());
    }
    return out;
}

std::optional<QJsonObject> JsonReader::object(QStringView key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(path(key), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonReader::element(const QJsonArray &a, qsizetype i, QStringView key)
{
    if (!a[i].isObject()) {
        fail(path(key, i), QStringLiteral("expected an object"));
        return std::nullopt;
    }
    return a[i].toObject();
}
