// The console's known agents: which certificate fingerprint each "host:port" showed on first contact.
// Kept in a JSON file written atomically; a damaged file is moved aside and reported, never dropped.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

class PinStore
{
public:
    enum class Verdict { Unknown, Match, Mismatch };

    struct Pin
    {
        QString hostPort;
        QString fingerprint; // canonical "AB:CD:…"
        QDateTime pinnedAt;  // UTC
    };

    explicit PinStore(const QString &path);
    static QString defaultPath(); // <config>/gpuvirt/known-agents.json
    // "host:port" with the host lower-cased and an IPv6 address in brackets: the key of every call below.
    static QString hostPortKey(const QString &host, quint16 port);

    // A missing file is an empty store. A damaged one is renamed to "<path>.corrupt-<timestamp>", the
    // store is empty and the Error says where the file went.
    Status load();

    // fingerprint in any form parseFingerprint() accepts; one that is not a fingerprint never matches.
    Verdict check(const QString &hostPort, const QString &fingerprint) const;
    QString pinned(const QString &hostPort) const; // canonical fingerprint, or empty
    QList<Pin> pins() const;

    // Both save at once; the store is unchanged when the file cannot be written.
    Status pin(const QString &hostPort, const QString &fingerprint);
    Status forget(const QString &hostPort);

    QString path() const { return m_path; }

private:
    Status save(const QMap<QString, Pin> &pins) const;
    static QString normalizeKey(const QString &hostPort);

    QString m_path;
    QMap<QString, Pin> m_pins;
};
