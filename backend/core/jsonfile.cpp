#include "jsonfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonFile)
};
} // namespace

Result<QJsonObject> JsonFile::readObject(const QString &path, int maxVersion)
{
    QFile f(path);
    if (!f.exists())
        return QJsonObject();
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read the file %1").arg(path), f.errorString(), int(f.error())};
    const QByteArray data = f.readAll();
    f.close();

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &perr);
    if (perr.error != QJsonParseError::NoError)
        return setAside(path, QStringLiteral("%1 at offset %2").arg(perr.errorString()).arg(perr.offset));
    if (!doc.isObject())
        return setAside(path, QStringLiteral("the top level is not an object"));
    const int version = doc.object().value(QStringLiteral("version")).toInt();
    if (version > maxVersion)
        return setAside(path, QStringLiteral("written by a newer version (format %1)").arg(version));
    return doc.object();
}

Error JsonFile::setAside(const QString &path, const QString &problem)
{
    const QString aside = path + QStringLiteral(".corrupt-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(path, aside))
        return Error{Text::tr("The file %1 is damaged and could not be moved aside").arg(path), problem};
    return Error{
        Text::tr("The file %1 was damaged; it was kept as %2 and an empty list was started").arg(path, aside),
        problem};
}

Status JsonFile::writeObject(const QString &path, const QJsonObject &object)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Text::tr("Cannot write the file %1").arg(path), f.errorString(), int(f.error())};
    f.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error{Text::tr("Cannot write the file %1").arg(path), f.errorString(), int(f.error())};
    return Done{};
}
