// The agent's admitted consoles: client certificate fingerprints with a role, in a JSON file written
// atomically. `gpuvirt-agent --enroll FINGERPRINT --role operator` edits it while the daemon may be running,
// so the daemon re-reads it when the file changes.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

enum class ClientRole { Viewer = 1, Operator = 2 }; // ordered: a higher role may do what a lower one may

namespace ClientRoles {
QString key(ClientRole role);                        // "viewer", "operator"
std::optional<ClientRole> parse(const QString &key); // case-insensitive
QString text(ClientRole role);                       // translated, for messages and tables
} // namespace ClientRoles

class ClientAllowlist
{
public:
    struct Entry
    {
        QString fingerprint; // canonical "AB:CD:…"
        ClientRole role = ClientRole::Viewer;
        QString comment;      // who this is, free text given at enrollment
        QDateTime enrolledAt; // UTC
    };

    explicit ClientAllowlist(const QString &path);

    // A missing file is an empty list (nobody admitted). A damaged one is renamed to
    // "<path>.corrupt-<timestamp>", the list is empty and the Error says where the file went.
    Status load();
    // load() again only when the file's size or modification time differ from the last load or save.
    Status reloadIfChanged();

    std::optional<ClientRole> roleOf(const QString &fingerprint) const; // any form parseFingerprint() accepts
    QList<Entry> entries() const { return m_entries.values(); }

    // Both save at once; the list is unchanged when the file cannot be written. Enrolling an enrolled
    // fingerprint changes its role. Revoking one that is not enrolled is an Error.
    Status enroll(const QString &fingerprint, ClientRole role, const QString &comment = {});
    Status revoke(const QString &fingerprint);

    QString path() const { return m_path; }

private:
    Status save(const QMap<QString, Entry> &entries);
    void rememberStamp();

    QString m_path;
    QMap<QString, Entry> m_entries; // by canonical fingerprint
    QDateTime m_stampTime;
    qint64 m_stampSize = -1;
};
