// In-process agents for the demo hosts: each gets a sysfs tree generated from its libvirt snapshot, the
// kernel emulator, a real AgentServer on loopback and the AgentService with simulated NVML figures. The
// console links to them through its AgentHub exactly as to an agent on a host.
#pragma once

#include "core/result.h"

#include <QObject>

#include <memory>
#include <vector>

class AgentHub;
class Inventory;
class PinStore;
class TaskPool;
class QTemporaryDir;

class DemoAgents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoAgents)
public:
    // The generated trees go to a scratch directory of their own, in memory (/dev/shm) where there is one:
    // a host with many VFs is thousands of small files.
    DemoAgents(Inventory *inventory, AgentHub *hub, QObject *parent = nullptr);
    ~DemoAgents() override;

    // Starts the host's agent as soon as its snapshot has loaded.
    void add(const QString &hostId);
    int running() const { return int(m_agents.size()); }

Q_SIGNALS:
    void problem(const Error &error);

private:
    struct Agent;
    void start(const QString &hostId);
    Status serve(const QString &hostId, const QString &name, const QString &root);

    Inventory *m_inventory;
    AgentHub *m_hub;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PinStore> m_pins;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QStringList m_waiting;
    // Writes the agents' sysfs trees. Last, so it goes first: a tree still being written is finished
    // before the scratch directory it goes into is removed.
    std::unique_ptr<TaskPool> m_pool;
};
