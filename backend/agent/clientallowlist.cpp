#include "clientallowlist.h"

#include "core/jsonfile.h"
#include "security/identity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientAllowlist)
};
constexpr int kFormatVersion = 1;
} // namespace

QString ClientRoles::key(ClientRole role)
{
    return role == ClientRole::Operator ? QStringLiteral("operator") : QStringLiteral("viewer");
}

std::optional<ClientRole> ClientRoles::parse(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("viewer"))
        return ClientRole::Viewer;
    if (k == QLatin1String("operator"))
        return ClientRole::Operator;
    return std::nullopt;
}

QString ClientRoles::text(ClientRole role)
{
    return role == ClientRole::Operator
               ? QCoreApplication::translate("ClientAllowlist", "Operator", "@label client role")
               : QCoreApplication::translate("ClientAllowlist", "Viewer", "@label client role");
}

ClientAllowlist::ClientAllowlist(const QString &path) : m_path(path) {}

Status ClientAllowlist::load()
{
    m_entries.clear();
    rememberStamp();
    Result<QJsonObject> root = JsonFile::readObject(m_path, kFormatVersion);
    if (!root) {
        rememberStamp(); // the file may have been moved aside
        return root.error();
    }
    const QJsonValue clients = root->value(QStringLiteral("clients"));
    if (!clients.isUndefined() && !clients.isArray()) {
        const Error e = JsonFile::setAside(m_path, QStringLiteral("\"clients\" is not a list"));
        rememberStamp();
        return e;
    }
    QMap<QString, Entry> entries;
    for (const QJsonValue &v : clients.toArray()) {
        const QJsonObject o = v.toObject();
        const QString fp = normalizeFingerprint(o.value(QStringLiteral("fingerprint")).toString());
        const std::optional<ClientRole> role = ClientRoles::parse(o.value(QStringLiteral("role")).toString());
        if (fp.isEmpty() || !role) {
            const Error e = JsonFile::setAside(
                m_path, QStringLiteral("entry %1 lacks a valid fingerprint or role")
                            .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
            rememberStamp();
            return e;
        }
        entries.insert(
            fp, {fp, *role, o.value(QStringLiteral("comment")).toString(),
                 QDateTime::fromString(o.value(QStringLiteral("enrolledAt")).toString(), Qt::ISODate)});
    }
    m_entries = entries;
    return Done{};
}

Status ClientAllowlist::reloadIfChanged()
{
    const QFileInfo fi(m_path);
    const qint64 size = fi.exists() ? fi.size() : -1;
    const QDateTime time = fi.exists() ? fi.lastModified() : QDateTime();
    if (size == m_stampSize && time == m_stampTime)
        return Done{};
    return load();
}

std::optional<ClientRole> ClientAllowlist::roleOf(const QString &fingerprint) const
{
    const auto it = m_entries.constFind(normalizeFingerprint(fingerprint));
    if (it == m_entries.cend())
        return std::nullopt;
    return it->role;
}

Status ClientAllowlist::enroll(const QString &fingerprint, ClientRole role, const QString &comment)
{
    const QString fp = normalizeFingerprint(fingerprint);
    if (fp.isEmpty())
        return Error{Text::tr("%1 is not a SHA-256 fingerprint").arg(fingerprint),
                     QStringLiteral("expected 32 hexadecimal byte values, with or without colons")};
    QMap<QString, Entry> entries = m_entries;
    entries.insert(fp, {fp, role, comment, QDateTime::currentDateTimeUtc()});
    return save(entries);
}

Status ClientAllowlist::revoke(const QString &fingerprint)
{
    const QString fp = normalizeFingerprint(fingerprint);
    QMap<QString, Entry> entries = m_entries;
    if (fp.isEmpty() || entries.remove(fp) == 0)
        return Error{Text::tr("%1 is not enrolled").arg(fingerprint), {}};
    return save(entries);
}

Status ClientAllowlist::save(const QMap<QString, Entry> &entries)
{
    QJsonArray clients;
    for (const Entry &e : entries) {
        QJsonObject o{{QStringLiteral("fingerprint"), e.fingerprint},
                      {QStringLiteral("role"), ClientRoles::key(e.role)},
                      {QStringLiteral("enrolledAt"), e.enrolledAt.toString(Qt::ISODate)}};
        if (!e.comment.isEmpty())
            o.insert(QStringLiteral("comment"), e.comment);
        clients.append(o);
    }
    if (Status s = JsonFile::writeObject(
            m_path, {{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("clients"), clients}});
        !s)
        return s;
    m_entries = entries;
    rememberStamp();
    return Done{};
}

void ClientAllowlist::rememberStamp()
{
    const QFileInfo fi(m_path);
    m_stampSize = fi.exists() ? fi.size() : -1;
    m_stampTime = fi.exists() ? fi.lastModified() : QDateTime();
}
