// Tolerant, typed reading of agent JSON: absent or null fields are unknown; a field of the wrong type is an
// error that names it ("gpus[1].temperatureC"), the first one found is kept.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <optional>

class FactReader
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // `at` is the path of `o` ("gpus[1]"), empty at the top level.
    std::optional<QString> string(const QJsonObject &o, QLatin1StringView key, const QString &at);
    std::optional<bool> boolean(const QJsonObject &o, QLatin1StringView key, const QString &at);
    std::optional<double> number(const QJsonObject &o, QLatin1StringView key, const QString &at);
    // A whole number within [min, max].
    std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key, const QString &at,
                                  qint64 min = 0, qint64 max = std::numeric_limits<qint64>::max());
    // ISO 8601 text ("2031-05-17T08:30:00Z").
    std::optional<QDateTime> dateTime(const QJsonObject &o, QLatin1StringView key, const QString &at);
    // Milliseconds since the epoch, UTC.
    std::optional<QDateTime> epochMs(const QJsonObject &o, QLatin1StringView key, const QString &at);
    QJsonArray array(const QJsonObject &o, QLatin1StringView key, const QString &at);
    QJsonObject object(const QJsonObject &o, QLatin1StringView key, const QString &at);
    // For an element of an array that must be an object.
    QJsonObject element(const QJsonValue &v, const QString &at);

    void fail(const QString &field, const QString &what);
    static QString path(const QString &at, QLatin1StringView key);
    static QString index(const QString &at, QLatin1StringView key, qsizetype i);

private:
    QJsonValue present(const QJsonObject &o, QLatin1StringView key) const;
    QString m_problem;
};
