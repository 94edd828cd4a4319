// The user's saved state: connections and licence servers, more sections later. Written atomically; a corrupt
// file is moved aside and reported, never silently dropped or overwritten.
#pragma once

#include "core/result.h"
#include "licensing/licenceserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct SavedConnection
{
    QString uri;
    QString name;  // optional label
    QString agent; // optional agent address host:port (used by the agent issue)
    friend bool operator==(const SavedConnection &, const SavedConnection &) = default;
};

class Workspace
{
public:
    explicit Workspace(const QString &path);
    static QString defaultPath(); // <config>/gpuvirt/workspace.json

    // A missing file is an empty workspace. A file that cannot be read is renamed to
    // "<path>.corrupt-<timestamp>" and the Error says where it went; the workspace is then empty.
    Status load();
    Status save() const;

    QString path() const { return m_path; }
    QList<SavedConnection> connections() const { return m_connections; }
    void setConnections(const QList<SavedConnection> &c) { m_connections = c; }
    bool addConnection(const SavedConnection &c); // false when the URI is already there
    bool removeConnection(const QString &uri);

    // The licence server registry. A damaged "licenceServers" section does not cost the other sections:
    // load() still succeeds, licenceServersError() says what is wrong, and the section is written back as
    // it was until the list is replaced (then it is kept beside it as "licenceServers.damaged").
    QList<LicenceServer> licenceServers() const { return m_licenceServers; }
    void setLicenceServers(const QList<LicenceServer> &servers);
    Error licenceServersError() const { return m_licenceError; }

private:
    QString m_path;
    QList<SavedConnection> m_connections;
    QList<LicenceServer> m_licenceServers;
    Error m_licenceError;
    QJsonObject m_other; // sections this version does not know are kept as they were
};
