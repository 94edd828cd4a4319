// A HostConnection that serves a snapshot held in memory: the test implementation of the interface,
// also used to show a saved inventory file. Changes are pushed by calling the set/remove methods.
#pragma once

#include "hostconnection.h"

#include <QHash>

#include <memory>

class AgentActions;
class StaticHostOperations;

class StaticHostConnection final : public HostConnection
{
    Q_OBJECT
public:
    StaticHostConnection(const QString &uri, const HostSnapshot &snapshot, QObject *parent = nullptr);

    QString uri() const override { return m_uri; }
    void open() override;
    void close() override;
    void refresh() override;
    // Runs the job from the event loop with operations that change this snapshot (statichostoperations.h).
    void runJob(std::function<void(PlanTarget *)> job) override;
    // The same operations as a simulated host agent (mdevs, vfio binding, MIG instances), and a way for
    // tests to make the next call of one fail.
    std::shared_ptr<AgentActions> agentActions();
    StaticHostOperations &operations();

    // Simulate what a live host reports.
    void setVm(const VirtualMachine &vm);
    void removeVm(const QString &uuid);
    void setPciDevice(const PciDevice &d);
    void setMdev(const MediatedDevice &m);
    void removeMdev(const QString &uuid);
    void loseConnection(const Error &why, int retryInSeconds);
    const HostSnapshot &snapshot() const { return m_snapshot; }

private:
    QString m_uri;
    HostSnapshot m_snapshot;
    bool m_open = false;
    Error m_failure; // set: every open fails with it
    std::shared_ptr<StaticHostOperations> m_operations;
    friend class StaticHostConnectionFactory;
};

// Creates StaticHostConnections from snapshots registered by URI; an unknown URI fails to connect.
class StaticHostConnectionFactory final : public HostConnectionFactory
{
public:
    void add(const QString &uri, const HostSnapshot &snapshot) { m_snapshots.insert(uri, snapshot); }
    HostConnection *create(const QString &uri, QObject *parent) override;
    // The last connection created for a URI, to drive changes from a test.
    StaticHostConnection *connection(const QString &uri) const { return m_created.value(uri); }

private:
    QHash<QString, HostSnapshot> m_snapshots;
    QHash<QString, StaticHostConnection *> m_created;
};
