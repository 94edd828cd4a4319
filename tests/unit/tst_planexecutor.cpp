// Executing plans: a failure injected at every step position leaves the host as it was, with every completed
// step undone in reverse and the report saying so; and the runner on an in-memory host, end to end.
#include "assign/agentactions.h"
#include "assign/assignmentplanner.h"
#include "assign/auditlog.h"
#include "assign/domainxmledit.h"
#include "assign/planexecutor.h"
#include "assign/planrunner.h"
#include "assign/plantarget.h"
#include "assignfixtures.h"
#include "inventory/inventory.h"
#include "libvirt/domainxml.h"
#include "libvirt/statichostconnection.h"
#include "libvirt/statichostoperations.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fixtures;
using Kind = AssignmentSource::Kind;

namespace {
// A host that keeps what plans change, journals every call, and fails the n-th changing call on demand.
class FakeHost final : public PlanTarget, public AgentActions
{
public:
    struct State
    {
        QMap<QString, QString> config;      // vm -> XML
        QMap<QString, QList<Hostdev>> live; // vm -> attached now
        QMap<QString, PciAddress> mdevs;    // uuid -> parent
        QMap<PciAddress, QString> drivers;
        QSet<int> mig; // starts of GPU instances
        friend bool operator==(const State &, const State &) = default;
    };
    State state;
    QStringList journal;
    int failAt = -1;     // the changing call (0-based) that fails
    int failUndoAt = -1; // likewise, counted the same way
    int landAt = -1;     // the changing call that takes effect, and then the connection breaks
    bool broken = false; // every call fails, as on a connection to a daemon that died
    int calls = 0;

    explicit FakeHost(const HostSnapshot &s)
    {
        for (const VirtualMachine &vm : s.vms) {
            state.config.insert(vm.uuid, xmlFor(vm));
            if (vm.state == VmState::Running)
                state.live.insert(vm.uuid, vm.hostdevs);
        }
        for (const MediatedDevice &m : s.mdevs)
            state.mdevs.insert(m.uuid, m.parent);
        for (const PciDevice &d : s.pciDevices)
            state.drivers.insert(d.address, d.driver);
    }

    Result<QString> change(const QString &what, const std::function<void()> &apply)
    {
        if (broken)
            return Error{QStringLiteral("no connection"), QStringLiteral("Cannot write data: Broken pipe"),
                         38};
        const int n = calls++;
        if (n == landAt) {
            journal.append(QStringLiteral("LANDED ") + what);
            apply();
            broken = true;
            return Error{QStringLiteral("no answer"), QStringLiteral("End of file while reading data"), 38};
        }
        if (n == failAt || n == failUndoAt) {
            journal.append(QStringLiteral("FAILED ") + what);
            return Error{QStringLiteral("injected"), QStringLiteral("libvirt: injected failure of ") + what,
                         42};
        }
        journal.append(what);
        apply();
        return QStringLiteral("ok: ") + what;
    }

    Result<QString> domainXml(const QString &vm, bool inactive) override
    {
        if (broken)
            return Error{QStringLiteral("no connection"), QStringLiteral("Cannot write data: Broken pipe"),
                         38};
        if (!state.config.contains(vm))
            return Error{QStringLiteral("no domain"), vm, 0};
        if (inactive || !state.live.contains(vm))
            return state.config.value(vm);
        // A running VM's live description: its configuration with the devices it holds now.
        QString xml = state.config.value(vm);
        const QList<Hostdev> configured = DomainXml::parse(xml)->hostdevs; // not a temporary's member
        for (const Hostdev &d : configured)
            xml = DomainXmlEdit::removeHostdev(xml, d).value();
        for (const Hostdev &d : state.live.value(vm))
            xml = DomainXmlEdit::addHostdev(xml, d).value();
        return xml;
    }
    Result<QString> defineDomain(const QString &xml) override
    {
        const QString uuid = DomainXml::parse(xml)->uuid;
        return change(QStringLiteral("define ") + uuid, [=, this] { state.config[uuid] = xml; });
    }
    Result<QString> attachDevice(const QString &vm, const QString &xml, int) override
    {
        return change(QStringLiteral("attach ") + vm, [=, this] { state.live[vm].append(device(xml)); });
    }
    Result<QString> detachDevice(const QString &vm, const QString &xml, int) override
    {
        return change(QStringLiteral("detach ") + vm, [=, this] { state.live[vm].removeAll(device(xml)); });
    }
    Result<QString> createMdev(const PciAddress &parent, const QString &, const QString &uuid) override
    {
        return change(QStringLiteral("libvirt create ") + uuid,
                      [=, this] { state.mdevs.insert(uuid, parent); });
    }
    Result<QString> removeMdev(const PciAddress &, const QString &uuid) override
    {
        return change(QStringLiteral("remove ") + uuid, [=, this] { state.mdevs.remove(uuid); });
    }
    Result<QString> detachFromHost(const PciAddress &a) override
    {
        return change(QStringLiteral("bind ") + a.toString(),
                      [=, this] { state.drivers[a] = QStringLiteral("vfio-pci"); });
    }
    Result<QString> reattachToHost(const PciAddress &a) override
    {
        return change(QStringLiteral("rebind ") + a.toString(),
                      [=, this] { state.drivers[a] = QStringLiteral("snd_hda_intel"); });
    }
    Result<QString> createMdev(const PciAddress &parent, const QString &, const QString &uuid, int) override
    {
        return change(QStringLiteral("agent create ") + uuid,
                      [=, this] { state.mdevs.insert(uuid, parent); });
    }
    Result<QString> bindVfio(const PciAddress &a) override { return detachFromHost(a); }
    Result<QString> restoreDriver(const PciAddress &a, const QString &) override { return reattachToHost(a); }
    Result<QString> createMigInstance(const PciAddress &, MigLayout::Profile, int start) override
    {
        return change(QStringLiteral("mig create %1").arg(start), [=, this] { state.mig.insert(start); });
    }
    Result<QString> removeMigInstance(const PciAddress &, MigLayout::Profile, int start) override
    {
        return change(QStringLiteral("mig remove %1").arg(start), [=, this] { state.mig.remove(start); });
    }
    bool outcomeUnknown(const Error &) override { return broken; }
    bool outcomeUnknown(const Error &) const override { return broken; }

private:
    static Hostdev device(const QString &xml)
    {
        return DomainXml::parse(
                   QStringLiteral(
                       "<domain><name>x</name><uuid>00000000-0000-0000-0000-000000000000</uuid><devices>") +
                   xml + QStringLiteral("</devices></domain>"))
            ->hostdevs.value(0);
    }
};

AssignmentPlan makePlan(const AssignmentRequest &r, const HostSnapshot &s)
{
    Result<AssignmentPlan> p = AssignmentPlanner::plan(r, kHost, s, HostCapabilities::of(s), xmlOf(s));
    if (!p)
        qFatal("no plan: %s", qPrintable(p.error().toString()));
    return p.value();
}

struct Case
{
    QString name;
    HostSnapshot host; // what the plan was made from, and what the fake host starts as
    AssignmentPlan plan;
};

// Plans that use every kind of step between them.
QList<Case> plans()
{
    const HostSnapshot s = assignHost();
    QList<Case> out;
    // Bind the audio function, define, attach live.
    HostSnapshot running = s;
    running.vms[idle03].state = VmState::Running;
    out.append(
        {QStringLiteral("passthrough to a running VM"), running,
         makePlan(request(source(Kind::PciFunction, QStringLiteral("0000:21:00.0")), {idle03}), running)});
    // MIG instance and mdev through the agent, twice, then two configurations.
    out.append(
        {QStringLiteral("MIG for two VMs"), s,
         makePlan(request(source(Kind::MigSlot, QStringLiteral("0000:c1:00.0"), QStringLiteral("nvidia-700")),
                          {idle03, ws07}),
                  s)});
    // mdevs through libvirt for two VMs.
    out.append({QStringLiteral("vGPU for two VMs"), s,
                makePlan(request(source(Kind::VgpuType, QStringLiteral("0000:41:00.0"),
                                        QStringLiteral("nvidia-699")),
                                 {idle03, ws07}),
                         s)});
    // Detach live, define, remove nothing; and a vGPU released and removed.
    HostSnapshot held = s;
    held.vms[vdi06].hostdevs = {pciHostdev("0000:83:02.1")};
    out.append({QStringLiteral("release from a running VM"), held,
                makePlan(AssignmentRequest::releaseFrom({kHost, vdi06}, pciHostdev("0000:83:02.1")), held)});
    HostSnapshot vgpu = s;
    vgpu.vms[idle03].hostdevs = {mdevHostdev(sliceFree)};
    out.append(
        {QStringLiteral("release and remove a vGPU"), vgpu,
         makePlan(AssignmentRequest::releaseFrom({kHost, idle03}, mdevHostdev(sliceFree), true), vgpu)});
    return out;
}
} // namespace

class TestPlanExecutor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesEveryStep();
    void failureAtEveryPositionUndoesInReverse();
    void failedUndoIsReportedAndOthersStillRun();
    void cancelStopsBeforeTheNextStepAndUndoes();
    void configChangedSinceThePlan();
    void interruptedPlanIsRecovered();
    void missingAgentOrHost();
    void runnerOnAnInMemoryHost();
    void runnerUndoesTheLastPlan();
};

void TestPlanExecutor::appliesEveryStep()
{
    for (const Case &c : plans()) {
        const QString &name = c.name;
        const AssignmentPlan &plan = c.plan;
        FakeHost host(c.host);
        QList<int> seen;
        const PlanReport r =
            PlanExecutor(&host, &host).run(plan, [&](int step, int steps, bool undoing, const QString &text) {
                QVERIFY(!undoing);
                QCOMPARE(steps, int(plan.steps.size()));
                QCOMPARE(text, plan.steps[step].description());
                seen.append(step);
            });
        QVERIFY2(r.applied(), qPrintable(name));
        QCOMPARE(r.resultKey(), QStringLiteral("applied"));
        QCOMPARE(seen.size(), plan.steps.size());
        QCOMPARE(host.journal.size(), plan.steps.size());
        for (const StepReport &s : r.steps) {
            QCOMPARE(s.outcome, StepReport::Outcome::Done);
            QVERIFY(s.detail.startsWith(u"ok: "));
        }
        QVERIFY(r.error.isNull());
        QVERIFY(r.finished >= r.started);
    }
}

void TestPlanExecutor::failureAtEveryPositionUndoesInReverse()
{
    for (const Case &c : plans()) {
        const QString &name = c.name;
        const AssignmentPlan &plan = c.plan;
        const int n = int(plan.steps.size());
        QVERIFY(n >= 2);
        for (int k = 0; k < n; ++k) {
            FakeHost host(c.host);
            const FakeHost::State before = host.state;
            host.failAt = k;
            QList<std::pair<int, bool>> progress;
            const PlanReport r =
                PlanExecutor(&host, &host).run(plan, [&](int step, int, bool undoing, const QString &) {
                    progress.append({step, undoing});
                });
            const QString where = QStringLiteral("%1, failure at step %2").arg(name).arg(k);
            QVERIFY2(r.result == PlanReport::Result::RolledBack, qPrintable(where));
            // The host is as it was.
            QVERIFY2(host.state == before, qPrintable(where));
            // Forward to k, then back from k-1 to 0.
            QCOMPARE(host.journal.size(), 2 * k + 1);
            QVERIFY(host.journal[k].startsWith(u"FAILED "));
            QList<std::pair<int, bool>> expected;
            for (int i = 0; i <= k; ++i)
                expected.append({i, false});
            for (int i = k - 1; i >= 0; --i)
                expected.append({i, true});
            QCOMPARE(progress, expected);
            // The report: undone before k, failed at k with libvirt's words, never run after.
            for (int i = 0; i < n; ++i) {
                const StepReport &s = r.steps[i];
                const StepReport::Outcome want = i < k    ? StepReport::Outcome::Undone
                                                 : i == k ? StepReport::Outcome::Failed
                                                          : StepReport::Outcome::NotRun;
                QVERIFY2(s.outcome == want, qPrintable(where + QStringLiteral(" step ") + QString::number(i) +
                                                       QStringLiteral(": ") + s.outcomeKey()));
                if (i < k)
                    QVERIFY(s.undoDetail.startsWith(u"ok: "));
            }
            QVERIFY(r.error.detail.contains(u"injected failure"));
            QVERIFY(r.error.summary.contains(plan.steps[k].description()));
            QCOMPARE(r.error.code, 42);
            const QJsonObject json = r.toJson();
            QCOMPARE(json.value(u"result").toString(), QStringLiteral("rolled-back"));
            QCOMPARE(json.value(u"steps").toArray().size(), n);
            if (k > 0)
                QVERIFY(json.value(u"steps")
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"undo")
                            .toObject()
                            .value(u"ok")
                            .toBool());
        }
    }
}

void TestPlanExecutor::cancelStopsBeforeTheNextStepAndUndoes()
{
    const AssignmentPlan plan = plans()[1].plan; // MIG for two VMs: 6 steps
    const int n = int(plan.steps.size());
    for (int k = 0; k < n; ++k) {
        FakeHost host(assignHost());
        const FakeHost::State before = host.state;
        std::atomic<bool> cancel = false;
        // The operator presses Cancel while step k runs: the plan stops before step k + 1.
        const PlanReport r = PlanExecutor(&host, &host)
                                 .run(
                                     plan,
                                     [&](int step, int, bool undoing, const QString &) {
                                         if (!undoing && step == k)
                                             cancel = true;
                                     },
                                     &cancel);
        const QString where = QStringLiteral("cancel during step %1").arg(k);
        if (k == n - 1) { // too late: the last step was already running
            QVERIFY2(r.applied() && !r.cancelled, qPrintable(where));
            continue;
        }
        QVERIFY2(r.cancelled, qPrintable(where));
        QCOMPARE(r.result, PlanReport::Result::RolledBack);
        QVERIFY2(host.state == before, qPrintable(where));
        QCOMPARE(host.journal.size(), 2 * (k + 1)); // k + 1 steps done, k + 1 undone
        for (int i = 0; i < n; ++i)
            QCOMPARE(r.steps[i].outcome, i <= k ? StepReport::Outcome::Undone : StepReport::Outcome::NotRun);
        QVERIFY(r.error.summary.contains(QString::number(k + 2)));
        QCOMPARE(r.toJson().value(u"result").toString(), QStringLiteral("rolled-back"));
    }
}

void TestPlanExecutor::failedUndoIsReportedAndOthersStillRun()
{
    const AssignmentPlan plan = plans()[1].plan; // MIG for two VMs: 6 steps
    QCOMPARE(plan.steps.size(), 6);
    FakeHost host(assignHost());
    host.failAt = 4;     // the first define
    host.failUndoAt = 6; // the undo of step 2 (calls: 0..3 done, 4 fails, 5 undoes 3, 6 undoes 2)
    const PlanReport r = PlanExecutor(&host, &host).run(plan);
    QCOMPARE(r.result, PlanReport::Result::RollbackIncomplete);
    QCOMPARE(r.resultKey(), QStringLiteral("rollback-incomplete"));
    QCOMPARE(r.steps[3].outcome, StepReport::Outcome::Undone);
    QCOMPARE(r.steps[2].outcome, StepReport::Outcome::UndoFailed);
    QVERIFY(r.steps[2].undoError.summary.contains(plan.steps[2].inverse().description()));
    QCOMPARE(r.steps[1].outcome, StepReport::Outcome::Undone); // the rest still undone
    QCOMPARE(r.steps[0].outcome, StepReport::Outcome::Undone);
    QCOMPARE(r.steps[4].outcome, StepReport::Outcome::Failed);
    QCOMPARE(r.steps[5].outcome, StepReport::Outcome::NotRun);
    QVERIFY(!r.toJson()
                 .value(u"steps")
                 .toArray()
                 .at(2)
                 .toObject()
                 .value(u"undo")
                 .toObject()
                 .value(u"ok")
                 .toBool());
}

// The connection breaks at every step in turn, once after the host acted and once before: the rollback
// cannot finish, the report says which steps are uncertain, and once the host is back recover() undoes
// exactly what is in effect. The host ends as it was.
void TestPlanExecutor::interruptedPlanIsRecovered()
{
    for (const Case &c : plans()) {
        const int n = int(c.plan.steps.size());
        for (int k = 0; k < n; ++k) {
            for (const bool landed : {true, false}) {
                FakeHost host(c.host);
                const FakeHost::State before = host.state;
                if (landed) {
                    host.landAt = k;
                } else {
                    host.failAt = k;
                    host.broken = false;
                }
                const QString where = QStringLiteral("%1, broken at step %2%3")
                                          .arg(c.name)
                                          .arg(k)
                                          .arg(landed ? " after" : " before");
                PlanReport r = PlanExecutor(&host, &host).run(c.plan);
                if (!landed) {
                    // An ordinary refusal on a live connection: certain, rolled back as always.
                    QVERIFY2(!r.steps[k].uncertain && !r.needsRecovery(), qPrintable(where));
                    continue;
                }
                QVERIFY2(r.steps[k].uncertain, qPrintable(where));
                QVERIFY2(r.needsRecovery(), qPrintable(where));
                QVERIFY2(!(host.state == before), qPrintable(where)); // half-applied until the host is back
                QCOMPARE(r.toJson().value(u"steps").toArray().at(k).toObject().value(u"uncertain").toBool(),
                         true);

                // Still unreachable: nothing changes, the recovery stays pending.
                const PlanReport pending = PlanExecutor(&host, &host).recover(r);
                QCOMPARE(pending.result, PlanReport::Result::RollbackIncomplete);
                QVERIFY(pending.needsRecovery());

                host.broken = false; // the daemon is back
                const PlanReport done = PlanExecutor(&host, &host).recover(pending);
                QVERIFY2(done.result == PlanReport::Result::RolledBack, qPrintable(where));
                QVERIFY(done.recovery);
                QVERIFY(!done.needsRecovery());
                QVERIFY2(host.state == before, qPrintable(where));
                QCOMPARE(done.steps[k].outcome, StepReport::Outcome::Undone);
                for (int i = 0; i < k; ++i)
                    QCOMPARE(done.steps[i].outcome, StepReport::Outcome::Undone);
                QCOMPARE(done.toJson().value(u"recovery").toBool(), true);
                // Once more changes nothing: recovery is idempotent.
                const int calls = host.calls;
                QCOMPARE(PlanExecutor(&host, &host).recover(done).result, PlanReport::Result::RolledBack);
                QCOMPARE(host.calls, calls);
            }
        }
    }
}

void TestPlanExecutor::configChangedSinceThePlan()
{
    const AssignmentPlan plan =
        makePlan(request(source(Kind::PciFunction, QStringLiteral("0000:81:00.0")), {idle03}), assignHost());
    FakeHost host(assignHost());
    // Someone gave idle-03 a device after the preview.
    host.state.config[idle03] =
        DomainXmlEdit::addHostdev(host.state.config[idle03], pciHostdev("0000:83:02.2")).value();
    const FakeHost::State before = host.state;
    const PlanReport r = PlanExecutor(&host, &host).run(plan);
    QCOMPARE(r.result, PlanReport::Result::RolledBack);
    QVERIFY(r.error.toString().contains(u"changed since the plan was made"));
    QVERIFY(host.state == before);
    // Changes elsewhere in the XML (a name, memory) do not stop the plan: only the devices matter.
    FakeHost other(assignHost());
    other.state.config[idle03].replace(QStringLiteral("<devices>"),
                                       QStringLiteral("<!-- edited -->\n  <devices>"));
    QVERIFY(PlanExecutor(&other, &other).run(plan).applied());
}

void TestPlanExecutor::missingAgentOrHost()
{
    const AssignmentPlan mig = plans()[1].plan;
    FakeHost host(assignHost());
    PlanReport r = PlanExecutor(&host, nullptr).run(mig);
    QCOMPARE(r.result, PlanReport::Result::RolledBack);
    QVERIFY(r.error.toString().contains(u"No host agent"));
    QVERIFY(host.journal.isEmpty());
    r = PlanExecutor(nullptr, &host).run(plans()[0].plan);
    QVERIFY(r.error.toString().contains(u"not connected"));
}

namespace {
struct StaticSetup
{
    StaticHostConnectionFactory factory;
    Inventory inventory{&factory};
    QString id;
    StaticHostConnection *connection = nullptr;
    std::shared_ptr<AuditLog> audit;

    explicit StaticSetup(const QString &auditPath)
    {
        HostSnapshot s = assignHost();
        s.hypervisor = QStringLiteral("TEST 9.0.0"); // config changes by define, mdevs through the agent
        factory.add(QStringLiteral("test:///gpu-node-01"), s);
        QSignalSpy loaded(&inventory, &Inventory::allHostsLoaded);
        id = inventory.addHost(QStringLiteral("test:///gpu-node-01"));
        loaded.wait(2000);
        inventory.setAgentFacts(id, s.agent); // the agent's facts come on their own way
        connection = factory.connection(QStringLiteral("test:///gpu-node-01"));
        audit = std::make_shared<AuditLog>(auditPath);
    }
};
} // namespace

void TestPlanExecutor::runnerOnAnInMemoryHost()
{
    QTemporaryDir dir;
    StaticSetup setup(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(setup.inventory.host(setup.id)->loaded);
    PlanRunner runner(&setup.inventory, setup.audit, QStringLiteral("alice@ws-17"));
    runner.setAgentActions(setup.id, setup.connection->agentActions());

    // Drop A16-2Q on idle-03: validate, prepare (reads the XML on the host), preview, execute.
    AssignmentSource src =
        source(Kind::VgpuType, QStringLiteral("0000:41:00.0"), QStringLiteral("nvidia-699"));
    src.hostId = setup.id;
    const AssignmentRequest r = AssignmentRequest::assign(src, {{setup.id, idle03}});
    QSignalSpy ready(&runner, &PlanRunner::planReady);
    QSignalSpy failedToPlan(&runner, &PlanRunner::planFailed);
    const QString planId = runner.prepare(r);
    QVERIFY(ready.wait(2000) || !failedToPlan.isEmpty());
    QVERIFY2(failedToPlan.isEmpty(), qPrintable(failedToPlan.value(0).value(1).value<Error>().toString()));
    const AssignmentPlan plan = ready.first().first().value<AssignmentPlan>();
    QCOMPARE(plan.id, planId);
    QCOMPARE(plan.steps.size(), 2);
    QCOMPARE(plan.steps[0].via, PlanStep::Via::Agent);
    QVERIFY(plan.domains.front().diff().contains(
        QStringLiteral("+    <hostdev mode='subsystem' type='mdev' model='vfio-pci'>")));

    QSignalSpy progress(&runner, &PlanRunner::progress);
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QVERIFY(runner.execute(plan));
    QVERIFY(runner.isRunning(setup.id));
    QVERIFY(!runner.execute(plan)); // one plan per host at a time
    QVERIFY(finished.wait(2000));
    const PlanReport report = finished.first().first().value<PlanReport>();
    QVERIFY2(report.applied(), qPrintable(report.error.toString()));
    QVERIFY(report.auditError.isNull());
    QCOMPARE(progress.size(), 2);
    QVERIFY(!runner.isRunning(setup.id));
    // The inventory already shows it: a new mdev on the A16 that idle-03 holds.
    const HostSnapshot &s = setup.inventory.host(setup.id)->snapshot;
    const QString uuid = plan.steps[0].mdevUuid;
    QVERIFY(s.mdevs.contains(uuid));
    QCOMPARE(s.vms[idle03].hostdevs, QList<Hostdev>{mdevHostdev(uuid)});
    // And the audit log has it, with who did it.
    const auto log = setup.audit->read();
    QVERIFY(log);
    QCOMPARE(log->records.size(), 1);
    QCOMPARE(log->records[0].operatorIdentity, QStringLiteral("alice@ws-17"));
    QCOMPARE(log->records[0].result, QStringLiteral("applied"));
    QCOMPARE(log->records[0].vmNames, QStringList{QStringLiteral("idle-03")});
    QVERIFY(runner.undoPlan().has_value());

    // A refused request never becomes a plan.
    AssignmentSource boot = source(Kind::PciFunction, QStringLiteral("0000:02:00.0"));
    boot.hostId = setup.id;
    QSignalSpy failed(&runner, &PlanRunner::planFailed);
    runner.prepare(AssignmentRequest::assign(boot, {{setup.id, idle03}}));
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.first().at(1).value<Error>().detail, QStringLiteral("boot-vga"));

    // A failing step: everything undone, the host unchanged, and the failure in the log too.
    const HostSnapshot beforeFailure = setup.inventory.host(setup.id)->snapshot;
    ready.clear();
    runner.prepare(AssignmentRequest::assign(src, {{setup.id, ws07}}));
    QVERIFY(ready.wait(2000));
    setup.connection->operations().failNext(
        QStringLiteral("define"), Error{QStringLiteral("injected"), QStringLiteral("define refused"), 1});
    finished.clear();
    QVERIFY(runner.execute(ready.first().first().value<AssignmentPlan>()));
    QVERIFY(finished.wait(2000));
    const PlanReport rolled = finished.first().first().value<PlanReport>();
    QCOMPARE(rolled.result, PlanReport::Result::RolledBack);
    QCOMPARE(rolled.steps[0].outcome, StepReport::Outcome::Undone);
    QCOMPARE(setup.inventory.host(setup.id)->snapshot.mdevs, beforeFailure.mdevs);
    QCOMPARE(setup.inventory.host(setup.id)->snapshot.vms, beforeFailure.vms);
    QCOMPARE(setup.audit->read()->records.size(), 2);
    QCOMPARE(setup.audit->read(AuditFilter{{}, {}, {}, {}, QStringLiteral("rolled-back")})->records.size(),
             1);
}

void TestPlanExecutor::runnerUndoesTheLastPlan()
{
    QTemporaryDir dir;
    StaticSetup setup(dir.filePath(QStringLiteral("audit.jsonl")));
    PlanRunner runner(&setup.inventory, setup.audit, QStringLiteral("bob"));
    runner.setAgentActions(setup.id, setup.connection->agentActions());
    const HostSnapshot original = setup.inventory.host(setup.id)->snapshot;
    QVERIFY(!runner.undo());

    // The A4000 to idle-03: the audio function leaves snd_hda_intel, the VM gets the GPU.
    AssignmentSource src = source(Kind::PciFunction, QStringLiteral("0000:21:00.0"));
    src.hostId = setup.id;
    QSignalSpy ready(&runner, &PlanRunner::planReady);
    runner.prepare(AssignmentRequest::assign(src, {{setup.id, idle03}}));
    QVERIFY(ready.wait(2000));
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QSignalSpy undoable(&runner, &PlanRunner::undoAvailableChanged);
    QVERIFY(runner.execute(ready.first().first().value<AssignmentPlan>()));
    QVERIFY(finished.wait(2000));
    QVERIFY(finished.first().first().value<PlanReport>().applied());
    QCOMPARE(undoable.size(), 1);
    QVERIFY(undoable.first().first().toBool());
    QCOMPARE(setup.inventory.host(setup.id)->snapshot.pciDevices[addr("0000:21:00.1")].driver,
             QStringLiteral("vfio-pci"));
    QCOMPARE(setup.inventory.host(setup.id)->snapshot.vms[idle03].hostdevs,
             QList<Hostdev>{pciHostdev("0000:21:00.0")});

    const std::optional<AssignmentPlan> undo = runner.undoPlan();
    QVERIFY(undo);
    QCOMPARE(undo->steps.size(), 2);
    QCOMPARE(undo->steps[0].kind, PlanStep::Kind::DefineConfig);
    QCOMPARE(undo->steps[1].kind, PlanStep::Kind::RestoreDriver);
    finished.clear();
    QVERIFY(runner.undo());
    QVERIFY(finished.wait(2000));
    const PlanReport r = finished.first().first().value<PlanReport>();
    QVERIFY2(r.applied(), qPrintable(r.error.toString()));
    QCOMPARE(r.action, QStringLiteral("undo"));
    QCOMPARE(undoable.size(), 2);
    QVERIFY(!undoable.last().first().toBool());
    const HostSnapshot &now = setup.inventory.host(setup.id)->snapshot;
    QCOMPARE(now.vms, original.vms);
    QCOMPARE(now.pciDevices, original.pciDevices);
    QCOMPARE(setup.audit->read()->records.size(), 2);
}

QTEST_GUILESS_MAIN(TestPlanExecutor)
#include "tst_planexecutor.moc"
