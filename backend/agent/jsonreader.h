// Reads fields of JSON sent by another process, tolerantly: a missing key or null keeps the default, an
// unknown key is ignored, and a value of the wrong type or out of range stops with an Error naming the
// field's path ("functions[3].vendorId").
#pragma once

#include "core/result.h"
#include "model/pciaddress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class JsonReader
{
public:
    // `what` names the document in the error summary ("host facts"), translated by the caller.
    JsonReader(const QJsonObject &o, QString path, QString what);
    JsonReader(const QJsonObject &o, const JsonReader &parent, const QString &key);

    QString string(QStringView key, const QString &fallback = {});
    bool boolean(QStringView key, bool fallback = false);
    qint64 integer(QStringView key, qint64 fallback, qint64 min, qint64 max);
    double number(QStringView key, double fallback, double min, double max);
    quint32 hex(QStringView key, quint32 fallback, quint32 max); // "10de"
    PciAddress address(QStringView key);                         // invalid when missing or null
    std::optional<PciAddress> optionalAddress(QStringView key);
    QList<PciAddress> addressList(QStringView key);
    QStringList stringList(QStringView key);
    QJsonArray array(QStringView key);                  // at most maxArray elements
    std::optional<QJsonObject> object(QStringView key); // nullopt when missing, null or wrong (then failed)
    // Each element of an array must be an object; returns nullopt and fails otherwise.
    std::optional<QJsonObject> element(const QJsonArray &a, qsizetype i, QStringView key);
    QString path(QStringView key) const;
    QString path(QStringView key, qsizetype index) const;

    void fail(const QString &field, const QString &why);
    bool failed() const { return !m_error->isNull(); }
    const Error &error() const { return *m_error; }

    static constexpr qsizetype maxArray = 1 << 16;

private:
    QJsonValue value(QStringView key) const { return m_o.value(key); }

    QJsonObject m_o;
    QString m_path;
    QString m_what;
    std::shared_ptr<Error> m_error; // shared by a reader and its children: the first failure wins
};
