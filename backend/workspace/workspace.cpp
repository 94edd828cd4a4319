#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;
const QString kLicenceKey = QStringLiteral("licenceServers");
const QString kDamagedLicenceKey = QStringLiteral("licenceServers.damaged");

QString tr(const char *s)
{
    return QCoreApplication::translate("Workspace", s);
}

// A save killed between QSaveFile's linking of its temporary file and the rename over the workspace leaves
// "<name>.XXXXXX" behind (tests/durability/tst_killwrites finds them), and every such crash would add one for
// good. No save keeps its temporary for more than a moment, so one older than a minute is a leftover.
void removeStaleTemporaries(const QString &path)
{
    const QFileInfo target(path);
    const QRegularExpression leftover(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(target.fileName()) + QStringLiteral("\\.[A-Za-z0-9]{6}")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QFileInfoList candidates =
        target.absoluteDir().entryInfoList({target.fileName() + QStringLiteral(".??????")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : candidates)
        if (leftover.match(f.fileName()).hasMatch() && f.lastModified() < before)
            QFile::remove(f.absoluteFilePath());
}
} // namespace

Workspace::Workspace(const QString &path) : m_path(path)
{
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/gpuvirt/workspace.json");
}

Status Workspace::load()
{
    m_connections.clear();
    m_licenceServers.clear();
    m_licenceError = {};
    m_other = {};
    QFile f(m_path);
    if (!f.exists())
        return Done{};
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the workspace file %1").arg(m_path), f.errorString(), int(f.error())};
    const QByteArray data = f.readAll();
    f.close();

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &perr);
    QString problem;
    if (perr.error != QJsonParseError::NoError)
        problem = QStringLiteral("%1 at offset %2").arg(perr.errorString()).arg(perr.offset);
    else if (!doc.isObject())
        problem = QStringLiteral("the top level is not an object");
    else if (doc.object().value(QStringLiteral("version")).toInt() > kFormatVersion)
        problem = QStringLiteral("written by a newer version (format %1)").arg(doc.object().value(QStringLiteral("version")).toInt());

    if (problem.isEmpty()) {
        QJsonObject root = doc.object();
        const QJsonValue conns = root.take(QStringLiteral("connections"));
        if (!conns.isUndefined() && !conns.isArray())
            problem = QStringLiteral("\"connections\" is not a list");
        for (const QJsonValue &v : conns.toArray()) {
            const QJsonObject o = v.toObject();
            const QString uri = o.value(QStringLiteral("uri")).toString().trimmed();
            if (uri.isEmpty()) {
                problem = QStringLiteral("a connection without \"uri\"");
                break;
            }
            m_connections.append({uri, o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("agent")).toString()});
        }
        root.remove(QStringLiteral("version"));
        // A damaged licence section stays in m_other untouched (saved back as it was); the rest loads.
        if (root.contains(kLicenceKey)) {
            Result<QList<LicenceServer>> servers = LicenceServers::fromJson(root.value(kLicenceKey));
            if (servers) {
                m_licenceServers = servers.value();
                root.remove(kLicenceKey);
            } else {
                m_licenceError = servers.error();
            }
        }
        m_other = root;
    }
    if (problem.isEmpty())
        return Done{};

    // Keep the user's file for inspection; start from an empty workspace.
    m_connections.clear();
    m_licenceServers.clear();
    m_licenceError = {};
    m_other = {};
    const QString aside = m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QFile::remove(aside);
    if (!QFile::rename(m_path, aside))
        return Error{tr("The workspace file %1 is damaged and could not be moved aside").arg(m_path), problem};
    return Error{tr("The workspace file was damaged; it was kept as %1 and an empty workspace was started").arg(aside), problem};
}

Status Workspace::save() const
{
    QJsonObject root = m_other;
    root.insert(QStringLiteral("version"), kFormatVersion);
    QJsonArray conns;
    for (const SavedConnection &c : m_connections) {
        QJsonObject o{{QStringLiteral("uri"), c.uri}};
        if (!c.name.isEmpty())
            o.insert(QStringLiteral("name"), c.name);
        if (!c.agent.isEmpty())
            o.insert(QStringLiteral("agent"), c.agent);
        conns.append(o);
    }
    root.insert(QStringLiteral("connections"), conns);
    if (m_licenceError.isNull() && !m_licenceServers.isEmpty())
        root.insert(kLicenceKey, LicenceServers::toJson(m_licenceServers));

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QSaveFile writes a temporary file and renames it over the old one: a crash leaves the old file whole.
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the workspace file %1").arg(m_path), f.errorString(), int(f.error())};
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error{tr("Cannot write the workspace file %1").arg(m_path), f.errorString(), int(f.error())};
    removeStaleTemporaries(m_path);
    return Done{};
}

bool Workspace::addConnection(const SavedConnection &c)
{
    for (const SavedConnection &e : std::as_const(m_connections))
        if (e.uri == c.uri)
            return false;
    m_connections.append(c);
    return true;
}

bool Workspace::removeConnection(const QString &uri)
{
    return m_connections.removeIf([&](const SavedConnection &c) { return c.uri == uri; }) > 0;
}

void Workspace::setLicenceServers(const QList<LicenceServer> &servers)
{
    if (!m_licenceError.isNull()) {
        // The operator starts a new list over a damaged one: keep the old text beside it.
        m_other.insert(kDamagedLicenceKey, m_other.take(kLicenceKey));
        m_licenceError = {};
    }
    m_licenceServers = servers;
}
