// The agent's methods: facts, readiness, telemetry and the privileged sysfs actions, served by an
// AgentServer. The same service runs in gpuvirt-agent on a host and in-process for the demo cluster.
#pragma once

#include "agentserver.h"
#include "model/hostsnapshot.h"
#include "model/miglayout.h"

#include <QObject>

#include <memory>
#include <mutex>
#include <optional>

class NvmlProbe;
class QTimer;
class SysfsWriter;
class TaskPool;
struct SysfsFacts;
struct TelemetrySample;

class AgentService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentService)
public:
    struct Options
    {
        QString root = QStringLiteral("/"); // sysfs/procfs root: "/" on a host, a generated tree in tests
        QString hostname;                   // what agent.hello reports; empty: this machine's name
        QString nvmlLibrary;                // empty: libnvidia-ml.so.1; "none": do not load NVML
        // The demo: NVML facts and telemetry are simulated from this host (figures marked simulated).
        std::optional<HostSnapshot> simulatedHost;
        int defaultTelemetryIntervalMs = 1000;
        int minTelemetryIntervalMs = 200;
        // Where licence.pushToken may write client configuration tokens (and directories below them);
        // empty: the method refuses.
        QStringList tokenDirectories;
    };

    static constexpr const char *kTelemetryTopic = "telemetry";
    static constexpr const char *kFactsTopic = "facts";

    // Registers the methods on `server`; `writer` (the kernel's, or the emulator on generated trees)
    // must outlive the service.
    AgentService(AgentServer *server, SysfsWriter &writer, const Options &options, QObject *parent = nullptr);
    ~AgentService() override;

    // Replaces the simulated host (the demo's libvirt snapshot changed).
    void setSimulatedHost(const HostSnapshot &host);

Q_SIGNALS:
    // One line per privileged action and its outcome, for the daemon's log.
    void actionLogged(const QString &line);

private:
    void registerMethods();
    QJsonObject hello(const PeerInfo &peer) const;
    Result<QJsonValue> subscribeTelemetry(const QJsonValue &params, const PeerInfo &peer);
    void sendTelemetry();
    void updateTelemetryTimer();
    void registerAction(const QString &name);
    void registerMigActions();
    Result<QJsonValue> simulateMig(bool create, const QString &who, const QString &name,
                                   const PciAddress &gpu, const MigLayout::Placement &placement);
    // On the service's thread: the action's log lines and outcome, and facts.changed when it succeeded.
    void reportAction(const QString &who, const QString &name, const QStringList &lines, const Error &error);
    TelemetrySample takeSample() const;

    AgentServer *m_server;
    SysfsWriter &m_writer;
    Options m_options;
    QTimer *m_telemetryTimer;
    QHash<quint64, int> m_intervals; // subscribed peer -> interval it asked for
    std::shared_ptr<NvmlProbe> m_nvml;
    std::shared_ptr<std::mutex> m_actionMutex; // one privileged action at a time
    // The demo's GPU instances, made and removed by mig.* on a simulated host (no NVML to ask).
    QHash<PciAddress, QList<MigLayout::Placement>> m_simulatedMig;
    bool m_sampling = false;
    // Scans, NVML calls and sysfs writes run here. Last, so it goes first: its destructor waits for the
    // running tasks while everything they use still exists.
    std::unique_ptr<TaskPool> m_pool;
};
