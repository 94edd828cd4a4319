// Keeps every registered licence server probed: each on its own schedule, every `interval` while it is
// healthy and sooner after a failure, backing off exponentially while it stays down; on demand too.
#pragma once

#include "licenceprobe.h"

#include <QHash>
#include <QObject>

class QTimer;

class LicenceMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceMonitor)
public:
    struct Options
    {
        int intervalMs = 5 * 60 * 1000;  // between probes of a healthy server
        int firstRetryMs = 15 * 1000;    // after the first failure; doubles with each further one
        int maxRetryMs = 10 * 60 * 1000; // the backoff stops growing here
        LicenceProbe::Options probe;
    };

    explicit LicenceMonitor(QObject *parent = nullptr) : LicenceMonitor(Options{}, parent) {}
    explicit LicenceMonitor(const Options &options, QObject *parent = nullptr);
    ~LicenceMonitor() override;

    // Probes new and changed servers at once, forgets removed ones, keeps the schedule of the others.
    void setServers(const QList<LicenceServer> &servers);
    QList<LicenceServer> servers() const { return m_servers; }
    void probeNow(const QString &name);
    void probeAll();

    LicenceProbeResult result(const QString &name) const;
    QHash<QString, LicenceProbeResult> results() const;
    int failures(const QString &name) const;    // consecutive failed probes
    int nextDelayMs(const QString &name) const; // what the schedule waits before the next probe
    bool isProbing(const QString &name) const;
    // The delay after `failures` consecutive failures (0: healthy), for tests and the docs.
    int delayAfter(int failures) const;

Q_SIGNALS:
    void probeStarted(const QString &name);
    void resultChanged(const QString &name);

private:
    struct Entry
    {
        LicenceServer server;
        LicenceProbe *probe = nullptr;
        QTimer *timer = nullptr;
        LicenceProbeResult result;
        int failures = 0;
        int nextDelayMs = 0;
    };
    void onFinished(const QString &name, const LicenceProbeResult &result);
    void drop(const QString &name);

    Options m_options;
    QList<LicenceServer> m_servers;
    QHash<QString, Entry> m_entries;
};
