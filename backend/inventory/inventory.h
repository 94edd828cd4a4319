// The cluster as the console knows it: one entry per host, fed by its HostConnection; emits precise changes.
#pragma once

#include "agentstatus.h"
#include "core/result.h"
#include "libvirt/hostconnection.h"
#include "model/hostsnapshot.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class Inventory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inventory)
public:
    struct Host
    {
        QString id; // stable within the session: "h1", "h2" …
        QString uri;
        QString displayName; // user's label, else the hostname libvirt reports, else the URI
        bool demo = false;
        HostConnection::State state = HostConnection::State::Disconnected;
        Error lastError;
        int retryInSeconds = 0;
        bool loaded = false; // a complete snapshot has arrived at least once
        HostSnapshot snapshot;
        AgentStatus agent; // the host agent's link, facts, readiness and telemetry
        HostConnection *connection = nullptr;
    };

    // Kinds of change, for observers that redo a host's part of their view on some of them.
    // Agent covers the agent facts in the snapshot and the agent's status; Telemetry comes every second.
    enum class Change { State = 0x1, Snapshot = 0x2, Vm = 0x4, Device = 0x8, Agent = 0x10, Telemetry = 0x20 };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit Inventory(HostConnectionFactory *factory, QObject *parent = nullptr);
    // Calls `onHost(id)` after every change of the given kinds, for as long as `context` lives.
    // Device covers PCI functions and mdevs; Snapshot is a whole-host reload.
    void followHosts(QObject *context, Changes kinds, const std::function<void(const QString &)> &onHost);
    ~Inventory() override;

    // Adds a host and starts connecting. Returns its id. A URI already present returns the existing id.
    QString addHost(const QString &uri, const QString &displayName = {}, bool demo = false);
    void removeHost(const QString &id);
    void refreshHost(const QString &id);
    // Installs agent facts for a host (from the agent, or the demo's simulation).
    void setAgentFacts(const QString &id, const AgentFacts &facts);
    // The agent link's state, facts and readiness (AgentLink keeps it); telemetry has its own setter.
    void setAgentStatus(const QString &id, const AgentStatus &status);
    void setTelemetry(const QString &id, const TelemetrySample &sample);

    QStringList hostIds() const { return m_order; }
    const Host *host(const QString &id) const;
    QString hostIdForUri(const QString &uri) const;
    int hostCount() const { return int(m_order.size()); }
    int loadedHostCount() const { return m_loadedCount; }
    // Incremented on every change; cheap way for observers to know whether anything moved.
    quint64 version() const { return m_version; }

Q_SIGNALS:
    void hostAdded(const QString &id);
    void hostAboutToBeRemoved(const QString &id);
    void hostRemoved(const QString &id);
    void hostStateChanged(const QString &id);
    void hostReset(const QString &id); // the whole snapshot was replaced (first load, resync)
    void vmChanged(const QString &id, const QString &uuid); // added or changed
    void vmRemoved(const QString &id, const QString &uuid);
    void pciDeviceChanged(const QString &id, const PciAddress &address);
    void pciDeviceRemoved(const QString &id, const PciAddress &address);
    void mdevChanged(const QString &id, const QString &uuid);
    void mdevRemoved(const QString &id, const QString &uuid);
    void agentFactsChanged(const QString &id);
    void agentStatusChanged(const QString &id);
    void telemetryChanged(const QString &id);
    void allHostsLoaded(); // every host has loaded or failed at least once since the last addHost

private:
    Host *find(const QString &id);
    void wire(Host *h);
    void bump() { ++m_version; }
    void checkAllSettled();

    HostConnectionFactory *m_factory;
    QHash<QString, Host *> m_hosts;
    QStringList m_order;
    QHash<QString, bool> m_settled;
    int m_nextId = 1;
    int m_loadedCount = 0;
    quint64 m_version = 0;
};
Q_DECLARE_OPERATORS_FOR_FLAGS(Inventory::Changes)
