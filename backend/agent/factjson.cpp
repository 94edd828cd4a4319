#include "factjson.h"

#include <cmath>

QString FactReader::path(const QString &at, QLatin1StringView key)
{
    return at.isEmpty() ? QString(key) : at + u'.' + key;
}

QString FactReader::index(const QString &at, QLatin1StringView key, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path(at, key)).arg(i);
}

void FactReader::fail(const QString &field, const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("%1: %2").arg(field, what);
}

QJsonValue FactReader::present(const QJsonObject &o, QLatin1StringView key) const
{
    const QJsonValue v = o.value(key);
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

std::optional<QString> FactReader::string(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        fail(path(at, key), QStringLiteral("expected text"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<bool> FactReader::boolean(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        fail(path(at, key), QStringLiteral("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<double> FactReader::number(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(path(at, key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<qint64> FactReader::integer(const QJsonObject &o, QLatin1StringView key, const QString &at,
                                          qint64 min, qint64 max)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return std::nullopt;
    // Qt keeps integers exactly (toInteger); a double is accepted when it holds a whole number in range.
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max)) {
        fail(path(at, key), QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    const qint64 i = v.toInteger(qint64(d));
    if (i < min || i > max) {
        fail(path(at, key), QStringLiteral("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return i;
}

std::optional<QDateTime> FactReader::dateTime(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const std::optional<QString> s = string(o, key, at);
    if (!s)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(*s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        fail(path(at, key), QStringLiteral("expected an ISO 8601 time"));
        return std::nullopt;
    }
    return t.toUTC();
}

std::optional<QDateTime> FactReader::epochMs(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    // Years 1970 to 9999.
    const std::optional<qint64> ms = integer(o, key, at, 0, 253402300799999LL);
    if (!ms)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

QJsonArray FactReader::array(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(path(at, key), QStringLiteral("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject FactReader::object(const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const QJsonValue v = present(o, key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(path(at, key), QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}

QJsonObject FactReader::element(const QJsonValue &v, const QString &at)
{
    if (!v.isObject()) {
        fail(at, QStringLiteral("expected an object"));
        return {};
    }
    return v.toObject();
}
