#include "planrunner.h"

#include "assignmentplanner.h"
#include "auditlog.h"
#include "planexecutor.h"
#include "plantarget.h"

#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

#include <mutex>

// Shared with the jobs on the workers: they post to the runner only while it lives.
struct RunnerGuard
{
    std::mutex mutex;
    PlanRunner *runner = nullptr;

    template <typename F> void post(F &&f)
    {
        std::lock_guard lock(mutex);
        if (runner)
            QMetaObject::invokeMethod(runner, std::forward<F>(f), Qt::QueuedConnection);
    }
};

namespace {
struct RunnerText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

QString hostOf(const AssignmentRequest &r)
{
    if (r.action == AssignmentRequest::Action::Assign && !r.source.hostId.isEmpty())
        return r.source.hostId;
    return r.targets.isEmpty() ? QString() : r.targets.front().hostId;
}
} // namespace

PlanRunner::PlanRunner(Inventory *inventory, std::shared_ptr<AuditLog> audit, const QString &operatorIdentity,
                       QObject *parent)
    : QObject(parent), m_inventory(inventory), m_audit(std::move(audit)), m_operator(operatorIdentity),
      m_guard(std::make_shared<RunnerGuard>())
{
    m_guard->runner = this;
    // Interrupted plans are looked at again when their host returns.
    connect(m_inventory, &Inventory::hostStateChanged, this, &PlanRunner::onHostChanged);
    connect(m_inventory, &Inventory::agentStatusChanged, this, &PlanRunner::onHostChanged);
    connect(m_inventory, &Inventory::hostRemoved, this, [this](const QString &id) {
        m_interrupted.remove(id);
        m_ready.remove(id);
    });
}

PlanRunner::~PlanRunner()
{
    std::lock_guard lock(m_guard->mutex);
    m_guard->runner = nullptr;
}

void PlanRunner::setAgentActions(const QString &hostId, std::shared_ptr<AgentActions> agent)
{
    m_agents.insert(hostId, std::move(agent));
}

QString PlanRunner::prepare(const AssignmentRequest &request)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString hostId = hostOf(request);
    const Inventory::Host *host = m_inventory->host(hostId);
    if (!host || !host->connection) {
        const Error e{RunnerText::tr("Unknown host"), hostId, 0};
        QTimer::singleShot(0, this, [this, id, e] { Q_EMIT planFailed(id, e); });
        return id;
    }
    const HostSnapshot snapshot = host->snapshot;
    host->connection->runJob([guard = m_guard, request, snapshot, hostId, id](PlanTarget *target) {
        Result<AssignmentPlan> plan = Error{RunnerText::tr("The host is not connected"), hostId, 0};
        if (target) {
            QMap<QString, QString> xml;
            std::optional<Error> failed;
            for (const AssignmentTarget &t : request.targets) {
                const bool transient = !snapshot.vms.value(t.vmUuid).persistent;
                Result<QString> x = target->domainXml(t.vmUuid, !transient);
                if (!x) {
                    failed = x.error();
                    break;
                }
                xml.insert(t.vmUuid, x.value());
            }
            AssignmentPlanner::Options options;
            options.planId = id;
            if (failed)
                plan = *failed;
            else
                plan = AssignmentPlanner::plan(request, hostId, snapshot, HostCapabilities::of(snapshot), xml,
                                               options);
        }
        guard->post([guard, plan, id] {
            if (plan)
                Q_EMIT guard->runner->planReady(plan.value());
            else
                Q_EMIT guard->runner->planFailed(id, plan.error());
        });
    });
    return id;
}

bool PlanRunner::execute(const AssignmentPlan &plan)
{
    const Inventory::Host *host = m_inventory->host(plan.hostId);
    if (!host || !host->connection || m_running.contains(plan.hostId))
        return false;
    m_running.insert(plan.hostId);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel.insert(plan.id, cancel);
    std::shared_ptr<AgentActions> agent = m_agents.value(plan.hostId);
    host->connection->runJob(
        [guard = m_guard, plan, agent, audit = m_audit, who = m_operator, cancel](PlanTarget *target) {
            PlanExecutor executor(target, agent.get());
            const QString id = plan.id;
            PlanReport report = executor.run(
                plan,
                [&](int step, int steps, bool undoing, const QString &text) {
                    guard->post([guard, id, step, steps, undoing, text] {
                        Q_EMIT guard->runner->progress(id, step, steps, undoing, text);
                    });
                },
                cancel.get());
            if (audit) {
                if (Status st = audit->append(report, who); !st)
                    report.auditError = st.error();
            }
            // From this thread's event loop, i.e. after the connection has reread what the plan changed: the
            // inventory then already shows the result when finished() arrives.
            QTimer::singleShot(0, [guard, plan, report] {
                guard->post([guard, plan, report] { guard->runner->onFinished(plan, report); });
            });
        });
    return true;
}

bool PlanRunner::cancel(const QString &planId)
{
    const auto flag = m_cancel.value(planId);
    if (!flag)
        return false;
    flag->store(true);
    return true;
}

void PlanRunner::onFinished(const AssignmentPlan &plan, const PlanReport &report)
{
    m_running.remove(plan.hostId);
    m_cancel.remove(plan.id);
    if (report.needsRecovery()) {
        m_interrupted[plan.hostId].append(report);
        m_ready[plan.hostId] = false; // the next time the host is seen ready, not before
    }
    const bool before = !m_applied.isEmpty();
    // A token push has nothing to undo; it stays off the undo stack.
    if (report.applied() && plan.action != AssignmentPlan::Action::PushToken) {
        if (plan.action == AssignmentPlan::Action::Undo) {
            if (!m_applied.isEmpty() && m_applied.back().id == plan.undoes)
                m_applied.removeLast();
        } else {
            m_applied.append(plan);
        }
    }
    Q_EMIT finished(report);
    if (before != !m_applied.isEmpty())
        Q_EMIT undoAvailableChanged(!m_applied.isEmpty());
}

std::optional<AssignmentPlan> PlanRunner::undoPlan() const
{
    if (m_applied.isEmpty())
        return std::nullopt;
    return m_applied.back().inverse();
}

bool PlanRunner::hostReady(const QString &hostId) const
{
    const Inventory::Host *h = m_inventory->host(hostId);
    if (!h || !h->connection || h->state != HostConnection::State::Connected)
        return false;
    bool needsAgent = false;
    for (const PlanReport &r : m_interrupted.value(hostId))
        for (const StepReport &s : r.steps)
            needsAgent = needsAgent || s.step.via == PlanStep::Via::Agent;
    return !needsAgent || h->agent.state == AgentStatus::State::Connected;
}

void PlanRunner::onHostChanged(const QString &hostId)
{
    if (!m_interrupted.contains(hostId))
        return;
    const bool ready = hostReady(hostId);
    const bool was = m_ready.value(hostId, false);
    m_ready[hostId] = ready;
    if (ready && !was && !m_running.contains(hostId))
        recover(hostId);
}

void PlanRunner::recover(const QString &hostId)
{
    const Inventory::Host *host = m_inventory->host(hostId);
    const QList<PlanReport> reports = m_interrupted.take(hostId);
    if (!host || reports.isEmpty())
        return;
    m_running.insert(hostId);
    std::shared_ptr<AgentActions> agent = m_agents.value(hostId);
    host->connection->runJob(
        [guard = m_guard, reports, agent, audit = m_audit, who = m_operator](PlanTarget *target) {
            PlanExecutor executor(target, agent.get());
            // Newest first: a later plan's changes sit on top of an earlier one's.
            for (auto it = reports.crbegin(); it != reports.crend(); ++it) {
                PlanReport report = executor.recover(*it);
                if (audit && report.result == PlanReport::Result::RolledBack) {
                    if (Status st = audit->append(report, who); !st)
                        report.auditError = st.error();
                }
                QTimer::singleShot(0, [guard, report] {
                    guard->post([guard, report] { guard->runner->onRecovered(report); });
                });
            }
            QTimer::singleShot(0, [guard, hostId = reports.front().hostId] {
                guard->post([guard, hostId] {
                    guard->runner->m_running.remove(hostId);
                    guard->runner->onHostChanged(hostId); // still ready, more to do: the next reconnect
                });
            });
        });
}

void PlanRunner::onRecovered(const PlanReport &report)
{
    if (report.needsRecovery()) {
        m_interrupted[report.hostId].append(report);
        m_ready[report.hostId] = hostReady(report.hostId); // retried on the next return, not at once
    }
    Q_EMIT recovered(report);
}
