// Assignment plans against real libvirt: on the test driver (configuration changes by define, mdevs through
// the agent, undo back to the very bytes), and on a real libvirtd with QEMU, where a live attach of a PCI
// device this machine lacks must fail clearly and leave the domain XML byte-for-byte as it was. The QEMU
// part runs on a private libvirtd of its own (LibvirtDaemon::Mode::Private).
#include "agent/agenthub.h"
#include "agent/agentlink.h"
#include "agent/agentlinkactions.h"
#include "assign/agentactions.h"
#include "assign/assignmentplanner.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "assign/plantarget.h"
#include "demo/demoagents.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirtdaemon.h"
#include "model/topology.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

namespace {
QString kQemu; // the private daemon's URI

QString virsh(const QStringList &args, int *rc = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"), kQemu} + args);
    p.waitForFinished(60000);
    if (rc)
        *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

// The agent's side as the executor sees it; it runs on the host's worker thread.
class RecordingAgent final : public AgentActions
{
public:
    Result<QString> createMdev(const PciAddress &parent, const QString &type, const QString &uuid,
                               int) override
    {
        return record(QStringLiteral("create %1 %2 %3").arg(parent.toString(), type, uuid));
    }
    Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) override
    {
        return record(QStringLiteral("remove %1 %2").arg(parent.toString(), uuid));
    }
    Result<QString> bindVfio(const PciAddress &a) override
    {
        return record(QStringLiteral("bind ") + a.toString());
    }
    Result<QString> restoreDriver(const PciAddress &a, const QString &d) override
    {
        return record(QStringLiteral("restore %1 %2").arg(a.toString(), d));
    }
    Result<QString> createMigInstance(const PciAddress &, MigLayout::Profile, int) override
    {
        return record(QStringLiteral("mig"));
    }
    Result<QString> removeMigInstance(const PciAddress &, MigLayout::Profile, int) override
    {
        return record(QStringLiteral("unmig"));
    }

    QStringList calls()
    {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }

private:
    Result<QString> record(const QString &call)
    {
        std::lock_guard lock(m_mutex);
        m_calls.append(call);
        return QStringLiteral("agent: ") + call;
    }
    std::mutex m_mutex;
    QStringList m_calls;
};

// Reads a VM's configuration through the host's own worker, as plans do.
QString configOf(HostConnection *c, const QString &uuid)
{
    QString xml;
    bool done = false;
    QObject context;
    c->runJob([&xml, &done, uuid, ctx = &context](PlanTarget *t) {
        const Result<QString> got = t ? t->domainXml(uuid, true) : Result<QString>(Error{});
        const QString text = got ? got.value() : QString();
        QMetaObject::invokeMethod(
            ctx,
            [&xml, &done, text] {
                xml = text;
                done = true;
            },
            Qt::QueuedConnection);
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the host's worker did not answer");
    return xml;
}

// An A16 GPU with nothing on it yet (GPU 3 of the demo), and a VM that is off and has no devices.
std::pair<PciAddress, QString> emptyGpuAndIdleVm(const HostSnapshot &s)
{
    PciAddress gpu;
    for (const PciAddress &g : Topology::gpus(s))
        if (Topology::mdevsOfGpu(s, g).isEmpty() && !Topology::typesOfGpu(s, g).isEmpty())
            gpu = g;
    QString vm;
    for (const VirtualMachine &v : s.vms)
        if (v.state == VmState::Shutoff && v.hostdevs.isEmpty() && vm.isEmpty())
            vm = v.uuid;
    return {gpu, vm};
}

PlanReport runPlan(PlanRunner &runner, const AssignmentPlan &plan)
{
    QSignalSpy finished(&runner, &PlanRunner::finished);
    if (!runner.execute(plan) || !finished.wait(60000))
        return {};
    return finished.first().first().value<PlanReport>();
}

Result<AssignmentPlan> prepare(PlanRunner &runner, const AssignmentRequest &r)
{
    QSignalSpy ready(&runner, &PlanRunner::planReady);
    QSignalSpy failed(&runner, &PlanRunner::planFailed);
    runner.prepare(r);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000))
        return Error{QStringLiteral("no answer"), {}, 0};
    if (!failed.isEmpty())
        return failed.first().at(1).value<Error>();
    return ready.first().first().value<AssignmentPlan>();
}
} // namespace

class TestAssignLibvirt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void testDriverVgpuThroughAgentAndUndo();
    void testDriverVgpuThroughRealAgentOnGeneratedSysfs();
    void testDriverPassthroughByDefine();
    void qemuLiveAttachOfMissingDeviceChangesNothing();
    void qemuConfigChangeAndUndoAreExact();
    void cleanupTestCase();

private:
    struct TestHost
    {
        LibvirtConnectionFactory factory;
        Inventory inventory;
        QString id;
        TestHost(LibvirtEventLoop *loop, const QString &uri) : factory(loop, {}), inventory(&factory)
        {
            QSignalSpy loaded(&inventory, &Inventory::allHostsLoaded);
            id = inventory.addHost(uri);
            loaded.wait(30000);
        }
        const HostSnapshot &snapshot() const { return inventory.host(id)->snapshot; }
        HostConnection *connection() const { return inventory.host(id)->connection; }
    };
    std::unique_ptr<TestHost> demoHost(const QString &name);
    bool startQemuVm(bool running);

    std::unique_ptr<LibvirtEventLoop> m_loop;
    QTemporaryDir m_dir;
    LibvirtDaemon m_daemon{LibvirtDaemon::Mode::Private};
    bool m_daemonUp = false;
    QString m_vm = QStringLiteral("gpuvirt-assign-%1").arg(QCoreApplication::applicationPid());
};

void TestAssignLibvirt::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
    m_daemonUp = m_daemon.start();
    kQemu = m_daemon.uri();
}

std::unique_ptr<TestAssignLibvirt::TestHost> TestAssignLibvirt::demoHost(const QString &name)
{
    // The test driver reads the file once per connection: a copy keeps the fixture untouched.
    const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
    QFile::remove(path);
    QFile::copy(QStringLiteral(GPUVIRT_SOURCE_DIR "/resources/demo/") + name + QStringLiteral(".xml"), path);
    auto h = std::make_unique<TestHost>(m_loop.get(), QStringLiteral("test://") + path);
    AgentFacts facts;
    facts.present = true; // an agent answers for this host (RecordingAgent below)
    h->inventory.setAgentFacts(h->id, facts);
    return h;
}

void TestAssignLibvirt::testDriverVgpuThroughAgentAndUndo()
{
    auto host = demoHost(QStringLiteral("vdi-a16-01"));
    QVERIFY(host->inventory.host(host->id)->loaded);
    const HostSnapshot &s = host->snapshot();
    const auto [gpu, vm] = emptyGpuAndIdleVm(s);
    QVERIFY(gpu.isValid() && !vm.isEmpty());
    const Topology::GpuTypeOffer offer = Topology::typesOfGpu(s, gpu).front();

    const QString original = configOf(host->connection(), vm);
    QVERIFY(original.contains(u"<domain"));
    auto agent = std::make_shared<RecordingAgent>();
    auto audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit-test.jsonl")));
    PlanRunner runner(&host->inventory, audit, QStringLiteral("itest"));
    runner.setAgentActions(host->id, agent);

    AssignmentSource src;
    src.kind = AssignmentSource::Kind::VgpuType;
    src.hostId = host->id;
    src.address = gpu;
    src.typeId = offer.type.id;
    const Result<AssignmentPlan> plan = prepare(runner, AssignmentRequest::assign(src, {{host->id, vm}}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    // The test driver cannot make mdevs: the agent does; the configuration is libvirt's define.
    QCOMPARE(plan->steps.size(), 2);
    QCOMPARE(plan->steps[0].via, PlanStep::Via::Agent);
    QCOMPARE(plan->steps[1].kind, PlanStep::Kind::DefineConfig);
    QCOMPARE(plan->domains.front().before, original);
    const QString uuid = plan->steps[0].mdevUuid;

    const PlanReport report = runPlan(runner, plan.value());
    QVERIFY2(report.applied(), qPrintable(report.error.toString()));
    QCOMPARE(agent->calls().size(), 1);
    QVERIFY(agent->calls().front().endsWith(uuid));
    QVERIFY(report.steps[1].detail.contains(u"virDomainDefineXML"));
    // libvirt has the device in the configuration, and the inventory shows it without a reload.
    QVERIFY(configOf(host->connection(), vm).contains(uuid));
    QCOMPARE(host->snapshot().vms[vm].hostdevs.size(), 1);
    QCOMPARE(host->snapshot().vms[vm].hostdevs.front().uuid, uuid);

    // Undo: the configuration returns to the very bytes, the agent removes the mdev.
    QVERIFY(runner.undo());
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QVERIFY(finished.wait(30000));
    const PlanReport undone = finished.first().first().value<PlanReport>();
    QVERIFY2(undone.applied(), qPrintable(undone.error.toString()));
    QCOMPARE(configOf(host->connection(), vm), original);
    QCOMPARE(agent->calls().size(), 2);
    QVERIFY(agent->calls().back().startsWith(u"remove"));
    QVERIFY(host->snapshot().vms[vm].hostdevs.isEmpty());
    QCOMPARE(audit->read()->records.size(), 2);
}

// The same through the real chain: the console's AgentLink over TLS to an in-process agent whose sysfs
// is a tree generated from the host, with the kernel emulator making the mdev.
void TestAssignLibvirt::testDriverVgpuThroughRealAgentOnGeneratedSysfs()
{
    auto host = demoHost(QStringLiteral("vdi-a16-01"));
    QVERIFY(host->inventory.host(host->id)->loaded);
    const Result<Identity> console = createIdentity(QStringLiteral("itest-console"));
    QVERIFY(console);
    PinStore pins(m_dir.filePath(QStringLiteral("pins.json")));
    AgentHub hub(&host->inventory, console.value(), &pins);
    DemoAgents agents(&host->inventory, &hub);
    agents.add(host->id);
    QTRY_VERIFY_WITH_TIMEOUT(host->inventory.host(host->id)->agent.factsLoaded, 20000);
    QVERIFY(hub.link(host->id));

    const HostSnapshot &s = host->snapshot();
    const auto [gpu, vm] = emptyGpuAndIdleVm(s);
    QVERIFY(gpu.isValid() && !vm.isEmpty());

    auto audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit-agent.jsonl")));
    PlanRunner runner(&host->inventory, audit, QStringLiteral("itest"));
    runner.setAgentActions(host->id, std::make_shared<LinkAgentActions>(hub.link(host->id)));
    AssignmentSource src;
    src.kind = AssignmentSource::Kind::VgpuType;
    src.hostId = host->id;
    src.address = gpu;
    src.typeId = Topology::typesOfGpu(s, gpu).front().type.id;
    const Result<AssignmentPlan> plan = prepare(runner, AssignmentRequest::assign(src, {{host->id, vm}}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->steps[0].via, PlanStep::Via::Agent);
    const QString uuid = plan->steps[0].mdevUuid;

    const PlanReport report = runPlan(runner, plan.value());
    QVERIFY2(report.applied(), qPrintable(report.error.toString()));
    // The agent wrote the uuid to the type's create file, and its scan now shows the mdev on the GPU.
    QVERIFY(report.steps[0].detail.contains(u"/create"));
    auto hasMdev = [&] {
        const AgentStatus &a = host->inventory.host(host->id)->agent;
        return std::any_of(a.sysfs.mdevs.cbegin(), a.sysfs.mdevs.cend(),
                           [&](const SysfsMdev &m) { return m.uuid == uuid; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasMdev(), 20000);
    QVERIFY(configOf(host->connection(), vm).contains(uuid));

    // Undo removes it through the agent again.
    QVERIFY(runner.undo());
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<PlanReport>().applied());
    QTRY_VERIFY_WITH_TIMEOUT(!hasMdev(), 20000);
}

void TestAssignLibvirt::testDriverPassthroughByDefine()
{
    auto host = demoHost(QStringLiteral("gfx-mi-01"));
    const HostSnapshot &s = host->snapshot();
    const Topology::Holders holders = Topology::holders(s);
    // A free MxGPU VF, and a VM that is off.
    PciAddress vf;
    for (const PciDevice &d : s.pciDevices)
        if (d.isVirtualFunction() && !holders.pci.contains(d.address) && !vf.isValid())
            vf = d.address;
    QVERIFY(vf.isValid());
    QString vm;
    for (const VirtualMachine &v : s.vms)
        if (v.state == VmState::Shutoff && vm.isEmpty())
            vm = v.uuid;
    QVERIFY(!vm.isEmpty());
    const QString original = configOf(host->connection(), vm);

    PlanRunner runner(&host->inventory, nullptr, QStringLiteral("itest"));
    AssignmentSource src;
    src.kind = AssignmentSource::Kind::VirtualFunction;
    src.hostId = host->id;
    src.address = vf;
    const Result<AssignmentPlan> plan = prepare(runner, AssignmentRequest::assign(src, {{host->id, vm}}));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->steps.size(), 1);
    QCOMPARE(plan->steps[0].kind, PlanStep::Kind::DefineConfig);
    QVERIFY(
        plan->domains.front().diff().contains(QStringLiteral("+        <address domain='0x0000' bus='0x%1'")
                                                  .arg(vf.bus(), 2, 16, QLatin1Char('0'))));
    QVERIFY(runPlan(runner, plan.value()).applied());
    QTRY_VERIFY(host->snapshot().vms[vm].hostdevs.contains(Hostdev{Hostdev::Kind::Pci, vf, {}, {}, true}));

    // Releasing it is a plan too, and leaves the configuration as libvirt first wrote it.
    const Result<AssignmentPlan> release =
        prepare(runner, AssignmentRequest::releaseFrom({host->id, vm},
                                                       Hostdev{Hostdev::Kind::Pci, vf, {}, {}, true}));
    QVERIFY(release);
    QVERIFY(runPlan(runner, release.value()).applied());
    QCOMPARE(configOf(host->connection(), vm), original);
}

bool TestAssignLibvirt::startQemuVm(bool running)
{
    const QString path = m_dir.filePath(QStringLiteral("vm.xml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(
        QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                       "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                       "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon model='none'/>"
                       "<graphics type='vnc' passwd='s3cret'/></devices></domain>")
            .arg(m_vm)
            .toUtf8());
    f.close();
    int rc = 0;
    const QString out = virsh({QStringLiteral("define"), path}, &rc);
    if (rc != 0) {
        qWarning("%s", qPrintable(out));
        return false;
    }
    if (!running)
        return true;
    const QString started = virsh({QStringLiteral("start"), m_vm}, &rc);
    if (rc != 0)
        qWarning("%s", qPrintable(started));
    return rc == 0;
}

void TestAssignLibvirt::qemuLiveAttachOfMissingDeviceChangesNothing()
{
    if (!LibvirtDaemon::installed())
        QSKIP(qPrintable(QStringLiteral("no libvirtd here: ") + m_daemon.skipReason()));
    QVERIFY2(m_daemonUp, qPrintable(m_daemon.skipReason()));
    QVERIFY(startQemuVm(true));
    TestHost host(m_loop.get(), kQemu);
    QVERIFY2(host.inventory.host(host.id)->state == HostConnection::State::Connected,
             qPrintable(host.inventory.host(host.id)->lastError.toString()));
    QString vm;
    for (const VirtualMachine &v : host.snapshot().vms)
        if (v.name == m_vm)
            vm = v.uuid;
    QVERIFY(!vm.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(host.snapshot().vms[vm].state, VmState::Running, 10000);

    // A GPU this machine does not have, as a snapshot might still show one a moment after it went away.
    HostSnapshot s = host.snapshot();
    const PciAddress missing(0, 0xee, 0x1f, 7);
    QVERIFY(!s.pciDevices.contains(missing));
    PciDevice gpu;
    gpu.address = missing;
    gpu.nodeName = missing.nodeDeviceName();
    gpu.classCode = 0x030200;
    gpu.vendorId = 0x10de;
    gpu.iommuGroup = 999;
    gpu.iommuGroupMembers = {missing};
    s.pciDevices.insert(missing, gpu);

    const QString inactiveBefore = virsh(
        {QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("--security-info"), m_vm});
    const QString liveBefore = virsh({QStringLiteral("dumpxml"), QStringLiteral("--security-info"), m_vm});
    QVERIFY(inactiveBefore.contains(u"s3cret")); // the define that undoes must not lose the VNC password

    AssignmentSource src;
    src.kind = AssignmentSource::Kind::PciFunction;
    src.hostId = host.id;
    src.address = missing;
    const AssignmentRequest request = AssignmentRequest::assign(src, {{host.id, vm}});
    const Result<AssignmentPlan> plan = AssignmentPlanner::plan(request, host.id, s, HostCapabilities::of(s),
                                                                {{vm, configOf(host.connection(), vm)}});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->steps.size(), 2);
    QCOMPARE(plan->steps[0].kind, PlanStep::Kind::DefineConfig);
    QCOMPARE(plan->steps[1].kind, PlanStep::Kind::AttachLive);

    auto audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit-qemu.jsonl")));
    PlanRunner runner(&host.inventory, audit, QStringLiteral("itest"));
    const PlanReport report = runPlan(runner, plan.value());
    QCOMPARE(report.result, PlanReport::Result::RolledBack);
    QCOMPARE(report.steps[0].outcome, StepReport::Outcome::Undone);
    QCOMPARE(report.steps[1].outcome, StepReport::Outcome::Failed);
    qInfo("libvirt said: %s", qPrintable(report.error.toString()));
    // A clear message: what failed, on which VM, and libvirt's own words naming the device.
    QVERIFY(report.error.summary.contains(QStringLiteral("Attach 0000:ee:1f.7 to running VM %1").arg(m_vm)));
    QVERIFY(!report.error.detail.isEmpty()); // libvirt's words: no IOMMU here, or no such device
    QVERIFY(report.error.code != 0);

    QCOMPARE(virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"),
                    QStringLiteral("--security-info"), m_vm}),
             inactiveBefore);
    QCOMPARE(virsh({QStringLiteral("dumpxml"), QStringLiteral("--security-info"), m_vm}), liveBefore);
    const auto log = audit->read();
    QCOMPARE(log->records.size(), 1);
    QCOMPARE(log->records.front().result, QStringLiteral("rolled-back"));
}

void TestAssignLibvirt::qemuConfigChangeAndUndoAreExact()
{
    if (!LibvirtDaemon::installed())
        QSKIP(qPrintable(QStringLiteral("no libvirtd here: ") + m_daemon.skipReason()));
    QVERIFY2(m_daemonUp, qPrintable(m_daemon.skipReason()));
    virsh({QStringLiteral("destroy"), m_vm});
    TestHost host(m_loop.get(), kQemu);
    QString vm;
    for (const VirtualMachine &v : host.snapshot().vms)
        if (v.name == m_vm)
            vm = v.uuid;
    QVERIFY(!vm.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(host.snapshot().vms[vm].state, VmState::Shutoff, 10000);
    const QString before = virsh(
        {QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("--security-info"), m_vm});

    // An mdev for the next start, as an operator would give a stopped VM an existing vGPU.
    HostSnapshot s = host.snapshot();
    MediatedDevice m;
    m.uuid = QStringLiteral("4b20d080-1b54-4048-85b3-a6a62d165c01");
    m.parent = PciAddress(0, 0xee, 0x1f, 7);
    m.typeId = QStringLiteral("nvidia-699");
    s.mdevs.insert(m.uuid, m);
    AssignmentSource src;
    src.kind = AssignmentSource::Kind::Mdev;
    src.hostId = host.id;
    src.mdevUuid = m.uuid;
    const Result<AssignmentPlan> plan =
        AssignmentPlanner::plan(AssignmentRequest::assign(src, {{host.id, vm}}), host.id, s,
                                HostCapabilities::of(s), {{vm, configOf(host.connection(), vm)}});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    PlanRunner runner(&host.inventory, nullptr, QStringLiteral("itest"));
    const PlanReport report = runPlan(runner, plan.value());
    QVERIFY2(report.applied(), qPrintable(report.error.toString()));
    const QString changed = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), m_vm});
    QVERIFY(changed.contains(m.uuid));
    QTRY_COMPARE(host.snapshot().vms[vm].hostdevs.size(), 1);

    QVERIFY(runner.undo());
    QSignalSpy finished(&runner, &PlanRunner::finished);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().value<PlanReport>().applied());
    QCOMPARE(virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"),
                    QStringLiteral("--security-info"), m_vm}),
             before);
}

void TestAssignLibvirt::cleanupTestCase()
{
    if (m_daemonUp) {
        virsh({QStringLiteral("destroy"), m_vm});
        virsh({QStringLiteral("undefine"), m_vm});
        m_daemon.stop();
    }
}

QTEST_GUILESS_MAIN(TestAssignLibvirt)
#include "tst_assignlibvirt.moc"
