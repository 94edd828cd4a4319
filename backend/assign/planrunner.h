// The console's side of assignment: makes plans on the host's worker (which reads the VMs' domain XML
// there), executes them there with progress, writes every result to the audit log, and keeps what can be
// undone. Lives on the GUI thread; everything arrives by queued signals.
#pragma once

#include "assignmentplan.h"
#include "planreport.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

class AgentActions;
class AuditLog;
class Inventory;
struct RunnerGuard;

class PlanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanRunner)
public:
    // audit: may be null (nothing recorded). operatorIdentity: who acts, as the audit log names them.
    PlanRunner(Inventory *inventory, std::shared_ptr<AuditLog> audit, const QString &operatorIdentity,
               QObject *parent = nullptr);
    ~PlanRunner() override;

    // The agent of a host, for the steps libvirt cannot do there. Without one those steps fail cleanly.
    void setAgentActions(const QString &hostId, std::shared_ptr<AgentActions> agent);

    // Reads the target VMs' configuration on the host's worker and makes the plan there. Returns the plan's
    // id at once; the answer is planReady(plan) or planFailed(id, error).
    QString prepare(const AssignmentRequest &request);
    // Runs the plan on its host's worker: progress() for every step (and every undo), then finished().
    // false (and nothing happens) when the host is unknown or already runs a plan.
    bool execute(const AssignmentPlan &plan);
    bool isRunning(const QString &hostId) const { return m_running.contains(hostId); }
    // Stops a running plan before its next step and undoes the steps it has done; finished() reports it.
    // false when no plan of that id runs.
    bool cancel(const QString &planId);
    // Plans on a host that were interrupted (a step may have taken effect while the connection broke, or
    // an undo failed). Each is looked at again when the host (and its agent, where a step needs it) is back;
    // recovered() says how that went.
    int interruptedPlans(const QString &hostId) const { return int(m_interrupted.value(hostId).size()); }

    // The inverse of the last plan applied through this runner and not undone yet.
    std::optional<AssignmentPlan> undoPlan() const;
    bool undo() { return m_applied.isEmpty() ? false : execute(m_applied.back().inverse()); }

Q_SIGNALS:
    void planReady(const AssignmentPlan &plan);
    void planFailed(const QString &planId, const Error &error);
    void progress(const QString &planId, int step, int steps, bool undoing, const QString &text);
    // After the inventory has seen the plan's changes. report.auditError says if the log failed.
    void finished(const PlanReport &report);
    void undoAvailableChanged(bool available);
    // An interrupted plan was looked at again (report.recovery): RolledBack when the host is consistent
    // now (also written to the audit log), RollbackIncomplete when it is not yet (tried again on the next
    // reconnect).
    void recovered(const PlanReport &report);

private:
    void onFinished(const AssignmentPlan &plan, const PlanReport &report);
    bool hostReady(const QString &hostId) const;
    void onHostChanged(const QString &hostId);
    void recover(const QString &hostId);
    void onRecovered(const PlanReport &report);

    Inventory *m_inventory;
    std::shared_ptr<AuditLog> m_audit;
    QString m_operator;
    QHash<QString, std::shared_ptr<AgentActions>> m_agents;
    QSet<QString> m_running;
    QHash<QString, std::shared_ptr<std::atomic<bool>>> m_cancel; // by plan id, while it runs
    QList<AssignmentPlan> m_applied;
    QHash<QString, QList<PlanReport>> m_interrupted;
    QHash<QString, bool> m_ready; // per host with interrupted plans: ready when last seen
    std::shared_ptr<RunnerGuard> m_guard;
};
