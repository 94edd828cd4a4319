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

class DemoAgents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoAgents)
public:
    // `dir` holds the generated trees and must outlive this object.
    DemoAgents(Inventory *inventory, AgentHub *hub, const QString &dir, QObject *parent = nullptr);
    ~DemoAgents() override;

    // Starts the host's agent as soon as its snapshot has loaded.
    void add(const QString &hostId);
    int running() const { return int(m_agents.size()); }

Q_SIGNALS:
    void problem(const Error &error);

private:
    struct Agent;
    Status start(const QString &hostId);

    Inventory *m_inventory;
    AgentHub *m_hub;
    QString m_dir;
    std::unique_ptr<PinStore> m_pins;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QStringList m_waiting;
};
