// The user's saved state: connections now, more sections later. Written atomically; a corrupt file is
// moved aside and reported, never silently dropped or overwritten.
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct SavedConnection
{
    QString uri;
    QString name; // optional label
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

private:
    QString m_path;
    QList<SavedConnection> m_connections;
    QJsonObject m_other; // sections this version does not know are kept as they were
};
