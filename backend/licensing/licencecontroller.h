// The console's licence state in one place: the registry (saved in the workspace, every change audited),
// the monitor that probes it, demand against entitlement recomputed as the inventory changes (with the
// scheduler preview's planned vGPUs), and the usage history the chart draws. GUI-free; the panel observes it.
#pragma once

#include "licencedemand.h"
#include "licencemonitor.h"
#include "licenceusagehistory.h"

#include <QObject>

#include <memory>

class AuditLog;
class Inventory;
class QTimer;
class Workspace;

class LicenceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceController)
public:
    struct Options
    {
        int recomputeDelayMs = 300;   // inventory changes come in bursts
        int sampleIntervalMs = 30000; // one history sample per interval
        int historyCapacity = 2880;   // a day at 30 s
        LicenceMonitor::Options monitor;
    };

    // workspace and audit may be null (nothing saved, nothing recorded).
    LicenceController(Inventory *inventory, Workspace *workspace, std::shared_ptr<AuditLog> audit,
                      const QString &operatorIdentity, QObject *parent = nullptr)
        : LicenceController(inventory, workspace, std::move(audit), operatorIdentity, Options{}, parent)
    {
    }
    LicenceController(Inventory *inventory, Workspace *workspace, std::shared_ptr<AuditLog> audit,
                      const QString &operatorIdentity, const Options &options, QObject *parent = nullptr);
    ~LicenceController() override;

    QList<LicenceServer> servers() const { return m_servers; }
    const LicenceServer *server(const QString &name) const { return LicenceServers::find(m_servers, name); }
    // Add, replace (by its old name) or remove a server: validated, saved (demo servers are not), audited.
    // The Error says why nothing changed, or (auditError) that the change was made but not recorded.
    Status addServer(const LicenceServer &server);
    Status editServer(const QString &name, const LicenceServer &server);
    Status removeServer(const QString &name);
    // The demo's servers, shown beside the saved ones, never written to the workspace.
    void addDemoServers(const QList<LicenceServer> &servers);

    LicenceMonitor *monitor() const { return m_monitor; }
    LicenceProbeResult probe(const QString &name) const { return m_monitor->result(name); }
    void probeNow(const QString &name) { m_monitor->probeNow(name); }

    // The preview's vGPUs, counted as a second series ("with preview").
    void setPlanned(const QList<PlannedVgpu> &planned);
    QList<PlannedVgpu> planned() const { return m_planned; }

    const LicenceDemand &demand() const { return m_demand; }
    const LicenceUsageHistory &history() const { return m_history; }
    void recomputeNow();
    // Adds the current demand to the history, at `time` (default: when it was computed).
    void sampleNow(const QDateTime &time = {});

Q_SIGNALS:
    void serversChanged();
    void probeChanged(const QString &name);
    void demandChanged();
    void historyChanged();

private:
    Status commit(const QList<LicenceServer> &next, const std::optional<LicenceServer> &before,
                  const std::optional<LicenceServer> &after);
    QString validate(const LicenceServer &server, const QString &replacing) const;
    void scheduleRecompute();

    Inventory *m_inventory;
    Workspace *m_workspace;
    std::shared_ptr<AuditLog> m_audit;
    QString m_operator;
    Options m_options;
    QList<LicenceServer> m_servers;
    QList<PlannedVgpu> m_planned;
    LicenceMonitor *m_monitor;
    LicenceDemand m_demand;
    LicenceUsageHistory m_history;
    QTimer *m_recompute;
    QTimer *m_sample;
};
