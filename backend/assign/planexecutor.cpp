#include "planexecutor.h"

#include "agentactions.h"
#include "domainxmledit.h"
#include "plantarget.h"

#include "libvirt/domainxml.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
struct ExecutorText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

bool viaAgent(const PlanStep &s)
{
    return s.via == PlanStep::Via::Agent || s.kind == PlanStep::Kind::CreateMigInstance ||
           s.kind == PlanStep::Kind::RemoveMigInstance || s.kind == PlanStep::Kind::PushToken;
}

bool holds(const VirtualMachine &vm, const Hostdev &d)
{
    return std::any_of(vm.hostdevs.cbegin(), vm.hostdevs.cend(), [&](const Hostdev &h) {
        return h.kind == d.kind &&
               (d.kind == Hostdev::Kind::Mdev ? h.uuid == d.uuid : h.address == d.address);
    });
}

// A step's failure as the report shows it: what we tried, with libvirt's or the agent's own words behind.
Error stepError(const PlanStep &s, const Error &cause)
{
    return Error{ExecutorText::tr("%1 failed").arg(s.description()),
                 cause.detail.isEmpty() ? cause.summary : cause.summary + QStringLiteral(": ") + cause.detail,
                 cause.code};
}
} // namespace

Result<QString> PlanExecutor::defineConfig(const PlanStep &step)
{
    // Someone may have changed the VM since the plan was made: define only over the devices the plan saw,
    // else the define would silently undo their change.
    Result<QString> current = m_libvirt->domainXml(step.vmUuid, true);
    if (!current)
        return current.error();
    const Result<VirtualMachine> now = DomainXml::parse(current.value());
    const Result<VirtualMachine> expected = DomainXml::parse(step.previousXml);
    if (!now || !expected || now->hostdevs != expected->hostdevs)
        return Error{
            ExecutorText::tr("The host devices of %1 changed since the plan was made").arg(step.vmName),
            QString(), 0};
    m_attempted = true;
    return m_libvirt->defineDomain(step.xml);
}

Result<QString> PlanExecutor::runStep(const PlanStep &step)
{
    using Kind = PlanStep::Kind;
    const bool agent = viaAgent(step);
    m_attempted = step.kind != Kind::DefineConfig; // a define reads the configuration first
    if (agent && !m_agent)
        return Error{ExecutorText::tr("No host agent answers for this host"), QString(), 0};
    if (!agent && !m_libvirt)
        return Error{ExecutorText::tr("The host is not connected"), QString(), 0};
    switch (step.kind) {
    case Kind::CreateMdev:
        return agent ? m_agent->createMdev(step.address, step.typeId, step.mdevUuid, step.placementId)
                     : m_libvirt->createMdev(step.address, step.typeId, step.mdevUuid);
    case Kind::RemoveMdev:
        return agent ? m_agent->removeMdev(step.address, step.mdevUuid)
                     : m_libvirt->removeMdev(step.address, step.mdevUuid);
    case Kind::CreateMigInstance:
        return m_agent->createMigInstance(step.address, step.migProfile, step.migStart);
    case Kind::RemoveMigInstance:
        return m_agent->removeMigInstance(step.address, step.migProfile, step.migStart);
    case Kind::BindVfio:
        return agent ? m_agent->bindVfio(step.address) : m_libvirt->detachFromHost(step.address);
    case Kind::RestoreDriver:
        return agent ? m_agent->restoreDriver(step.address, step.driver)
                     : m_libvirt->reattachToHost(step.address);
    case Kind::AttachLive:
        return m_libvirt->attachDevice(step.vmUuid, DomainXmlEdit::hostdevXml(step.hostdev),
                                       PlanTarget::Live);
    case Kind::DetachLive:
        return m_libvirt->detachDevice(step.vmUuid, DomainXmlEdit::hostdevXml(step.hostdev),
                                       PlanTarget::Live);
    case Kind::DefineConfig:
        return defineConfig(step);
    case Kind::PushToken:
        return m_agent->pushToken(step.directory, step.fileName, step.content);
    }
    return Error{QStringLiteral("unknown step"), {}, 0};
}

PlanReport PlanExecutor::run(const AssignmentPlan &plan, const Progress &progress,
                             const std::atomic<bool> *cancel)
{
    PlanReport report;
    report.planId = plan.id;
    report.hostId = plan.hostId;
    report.hostName = plan.hostName;
    report.action = plan.actionKey();
    report.summary = plan.summary();
    for (const AssignmentTarget &t : plan.request.targets)
        report.vms.append(t.vmUuid);
    report.vmNames = plan.vmNames();
    report.started = QDateTime::currentDateTimeUtc();
    for (const PlanStep &s : plan.steps) {
        StepReport r;
        r.step = s;
        report.steps.append(r);
    }

    const int count = int(plan.steps.size());
    int failed = -1;
    for (int i = 0; i < count; ++i) {
        StepReport &r = report.steps[i];
        if (cancel && cancel->load()) {
            report.error = Error{
                ExecutorText::tr("Cancelled by the operator before step %1 of %2").arg(i + 1).arg(count),
                {},
                0};
            report.cancelled = true;
            failed = i; // the steps before it are undone, it and the rest stay not run
            break;
        }
        if (progress)
            progress(i, count, false, r.step.description());
        Result<QString> done = runStep(r.step);
        if (done) {
            r.outcome = StepReport::Outcome::Done;
            r.detail = done.value();
            continue;
        }
        r.outcome = StepReport::Outcome::Failed;
        r.error = stepError(r.step, done.error());
        r.uncertain = outcomeUnknown(r.step, done.error());
        report.error = r.error;
        failed = i;
        break;
    }
    if (failed < 0) {
        report.result = PlanReport::Result::Applied;
        report.finished = QDateTime::currentDateTimeUtc();
        return report;
    }
    // Undo what was done, last first. A failed undo is recorded and the others still run: each step undone
    // is one thing less for the operator to repair by hand.
    report.result = PlanReport::Result::RolledBack;
    for (int i = failed - 1; i >= 0; --i) {
        StepReport &r = report.steps[i];
        const PlanStep undo = r.step.inverse();
        if (progress)
            progress(i, count, true, undo.description());
        Result<QString> undone = runStep(undo);
        if (undone) {
            r.outcome = StepReport::Outcome::Undone;
            r.undoDetail = undone.value();
        } else {
            r.outcome = StepReport::Outcome::UndoFailed;
            r.undoError = stepError(undo, undone.error());
            report.result = PlanReport::Result::RollbackIncomplete;
        }
    }
    report.finished = QDateTime::currentDateTimeUtc();
    return report;
}

Result<QString> AgentActions::pushToken(const QString &, const QString &, const QByteArray &)
{
    return Error{ExecutorText::tr("This host's agent cannot receive licence tokens"), {}, 0};
}

bool PlanExecutor::outcomeUnknown(const PlanStep &step, const Error &failure)
{
    if (!m_attempted)
        return false; // failed before it asked the host to change anything
    if (viaAgent(step))
        return m_agent && m_agent->outcomeUnknown(failure);
    return m_libvirt && m_libvirt->outcomeUnknown(failure);
}

Result<bool> PlanExecutor::inEffect(const PlanStep &step)
{
    using Kind = PlanStep::Kind;
    if (step.kind != Kind::DefineConfig && step.kind != Kind::AttachLive && step.kind != Kind::DetachLive)
        return true; // nothing to look at: undo it, and let the undo say if there was nothing
    if (!m_libvirt)
        return Error{ExecutorText::tr("The host is not connected"), QString(), 0};
    const Result<QString> xml = m_libvirt->domainXml(step.vmUuid, step.kind == Kind::DefineConfig);
    if (!xml)
        return xml.error();
    const Result<VirtualMachine> now = DomainXml::parse(xml.value());
    if (!now)
        return now.error();
    if (step.kind == Kind::AttachLive)
        return holds(now.value(), step.hostdev);
    if (step.kind == Kind::DetachLive)
        return !holds(now.value(), step.hostdev);
    const Result<VirtualMachine> after = DomainXml::parse(step.xml);
    const Result<VirtualMachine> before = DomainXml::parse(step.previousXml);
    if (!after || !before)
        return Error{ExecutorText::tr("The plan's configuration of %1 cannot be read").arg(step.vmName),
                     QString(), 0};
    return now->hostdevs == after->hostdevs && now->hostdevs != before->hostdevs;
}

PlanReport PlanExecutor::recover(const PlanReport &interrupted)
{
    PlanReport report = interrupted;
    report.recovery = true;
    report.auditError = {};
    report.started = QDateTime::currentDateTimeUtc();
    report.result = PlanReport::Result::RolledBack;
    // Last first, as a rollback goes.
    for (auto it = report.steps.rbegin(); it != report.steps.rend(); ++it) {
        StepReport &r = *it;
        const bool suspect = r.outcome == StepReport::Outcome::UndoFailed ||
                             (r.outcome == StepReport::Outcome::Failed && r.uncertain);
        if (!suspect)
            continue;
        const PlanStep undo = r.step.inverse();
        const Result<bool> effect = inEffect(r.step);
        Result<QString> undone = !effect   ? Result<QString>(effect.error())
                                 : *effect ? runStep(undo)
                                           : Result<QString>(ExecutorText::tr("Not in effect on the host"));
        if (undone) {
            // A step found not in effect stays Failed, now certain; one undone reads as such.
            if (effect && *effect) {
                r.outcome = StepReport::Outcome::Undone;
                r.undoDetail = undone.value();
                r.undoError = {};
            } else {
                r.undoDetail = undone.value();
            }
            r.uncertain = false;
        } else {
            // Still unknown (a Failed step stays uncertain), or known and not undone: the next try or the
            // operator takes it from here.
            r.undoError = stepError(undo, undone.error());
            report.result = PlanReport::Result::RollbackIncomplete;
        }
    }
    report.finished = QDateTime::currentDateTimeUtc();
    return report;
}
