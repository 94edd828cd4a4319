// Does the blocking libvirt work for one host on that host's own thread.
#pragma once

#include "core/result.h"
#include "hostconnection.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

struct _virConnect;
class CredentialProvider;
class PciIds;
class QTimer;
struct LibvirtCallbackGuard;

class LibvirtWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibvirtWorker)
public:
    struct Options
    {
        CredentialProvider *credentials = nullptr;
        const PciIds *pciIds = nullptr;
        int pollIntervalMs = 5000; // fallback when the host offers no events
        // Retries back off 1, 2, 4 s and stay there: a host is found again within 5 s of its return.
        int maxBackoffSeconds = 4;
        bool forcePolling = false; // tests: behave as if the host had no events
    };
    LibvirtWorker(const QString &uri, const Options &options);
    ~LibvirtWorker() override;

public Q_SLOTS:
    void open();
    void close();
    void refresh();
    // On this thread: a job with this host's libvirt operations (assignment plans), then a reread.
    void runJob(const std::function<void(PlanTarget *)> &job);

    // From the event thread, queued onto this thread.
    void domainEvent(const QString &uuid, bool undefined);
    void nodeDeviceEvent(const QString &name, bool deleted);
    void connectionClosed(int reason);

Q_SIGNALS:
    void stateChanged(HostConnection::State state, const Error &error, int retryInSeconds);
    void snapshotLoaded(const HostSnapshot &snapshot);
    void vmUpdated(const VirtualMachine &vm);
    void vmRemoved(const QString &uuid);
    void pciDeviceUpdated(const PciDevice &device);
    void pciDeviceRemoved(const PciAddress &address);
    void mdevUpdated(const MediatedDevice &mdev);
    void mdevRemoved(const QString &uuid);

private:
    Result<HostSnapshot> loadAll();
    void registerEvents();
    void deregisterEvents();
    void teardown();
    void lose(const Error &why);
    void scheduleRetry();
    void poll();
    bool pollDomains(); // false when the connection was lost
    void pollNodeDevices();
    void forgetNodeDevice(quint64 key); // it went away: report what it was
    void flushPendingDomains();
    void reloadDomain(const QString &uuid, bool undefined);
    void reloadNodeDevice(const QString &name, bool deleted);
    void fillNames(PciDevice &d) const;
    Error lastError(const QString &summary) const;
    bool connectionBroken() const;

    QString m_uri;
    Options m_options;
    _virConnect *m_conn = nullptr;
    HostConnection::State m_state = HostConnection::State::Disconnected;
    std::shared_ptr<LibvirtCallbackGuard> m_guard;
    QList<int> m_domainCallbacks;
    QList<int> m_nodeCallbacks;
    bool m_closeCallback = false;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    int m_attempt = 0;
    bool m_wantOpen = false;
    // What we last reported, so a poll or an event emits only real changes.
    QHash<QString, quint64> m_domainXml; // uuid -> digest of xml, state and persistence
    // What was last read of each node device: the digest of its XML, and what to report when it goes away.
    struct NodeSeen
    {
        quint64 digest = 0;
        std::optional<PciAddress> pci;
        QString mdevUuid;
    };
    // By a 64-bit digest of the node device name: a thousand hosts' mdev names would otherwise be kept
    // twice over (the snapshot has them), and the name is only ever looked up.
    QHash<quint64, NodeSeen> m_nodes;
    QHash<QString, bool> m_pendingDomains; // uuid -> undefined
    bool m_flushScheduled = false;
};
