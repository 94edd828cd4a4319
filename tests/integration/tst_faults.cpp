// Faults, repeated: a private libvirtd (QEMU, TCG) killed with SIGKILL while the console loads the host and
// while a plan runs on it, then started again; the real gpuvirt-agent killed in the middle of its telemetry
// stream, then started again. Each time the console must show the loss, be back within 5 s of the
// daemon's return, resynchronise, and leave no plan half-applied (no orphan mdev, no domain XML with half a
// change). GPUVIRT_SOAK_ROUNDS sets the rounds per fault (default 3; the `soak` test runs 50) and the test
// prints the counts and reconnect times.
#include "../unit/sysfsfixtures.h"
#include "agent/agentlink.h"
#include "agent/agentlinkactions.h"
#include "agent/agentserver.h"
#include "agent/agentservice.h"
#include "agent/clientallowlist.h"
#include "agent/sysfskernelemulator.h"
#include "assign/agentactions.h"
#include "assign/assignmentplanner.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "inventory/clustertreemodel.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/statichostconnection.h"
#include "libvirtdaemon.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <thread>

namespace {
QString kQemu; // the private daemon's URI
constexpr int kReconnectMs = 5000;
constexpr int kPool = 100;               // VMs defined on the daemon
const PciAddress kParent(0, 0x43, 0, 6); // an A16 VF of the generated tree with one nvidia-712 free
const QString kType = QStringLiteral("nvidia-712");

int rounds()
{
    const int n = qEnvironmentVariableIntValue("GPUVIRT_SOAK_ROUNDS");
    return n > 0 ? n : 3;
}

QString virsh(const QStringList &args, int *rc = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"), kQemu} + args);
    p.waitForFinished(60000);
    if (rc)
        *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QStringList virshList(const QStringList &args)
{
    QStringList out = virsh(args).split(u'\n', Qt::SkipEmptyParts);
    for (QString &s : out)
        s = s.trimmed();
    out.removeAll(QString());
    out.sort();
    return out;
}

// Counts and times of one fault, printed at the end of its test.
struct Tally
{
    explicit Tally(const QString &n) : name(n) {}
    QString name;
    int ok = 0;
    QMap<QString, int> kinds; // how the fault landed: "during load", "between steps" …
    QList<qint64> reconnectMs;
    QStringList failures;

    void fail(int round, const QString &why)
    {
        failures.append(QStringLiteral("round %1: %2").arg(round).arg(why));
    }
    QString summary() const
    {
        QList<qint64> t = reconnectMs;
        std::sort(t.begin(), t.end());
        QStringList k;
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            k.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
        const QString times = t.isEmpty() ? QStringLiteral("-")
                                          : QStringLiteral("min %1 / median %2 / max %3 ms")
                                                .arg(t.front())
                                                .arg(t[t.size() / 2])
                                                .arg(t.back());
        return QStringLiteral("SOAK %1: %2 rounds, %3 ok, %4 failed; %5; reconnect %6")
            .arg(name)
            .arg(ok + failures.size())
            .arg(ok)
            .arg(failures.size())
            .arg(k.join(QStringLiteral(", ")), times);
    }
};

// The agent side of a plan, with a fault: once the mdev is made, libvirtd dies, at once (between the
// plan's steps) or a moment later (while the next step talks to it).
class KillingAgent final : public AgentActions
{
public:
    KillingAgent(std::shared_ptr<AgentActions> real, qint64 pid, int delayUs)
        : m_real(std::move(real)), m_pid(pid), m_delayUs(delayUs)
    {
    }
    Result<QString> createMdev(const PciAddress &p, const QString &t, const QString &u, int pl) override
    {
        Result<QString> r = m_real->createMdev(p, t, u, pl);
        if (m_delayUs <= 0) {
            ::kill(pid_t(m_pid), SIGKILL);
            // The socket closes when the process is gone; the next step then meets a dead daemon.
            QThread::msleep(30);
        } else {
            std::thread([pid = m_pid, us = m_delayUs] {
                std::this_thread::sleep_for(std::chrono::microseconds(us));
                ::kill(pid_t(pid), SIGKILL);
            }).detach();
        }
        return r;
    }
    Result<QString> removeMdev(const PciAddress &p, const QString &u) override
    {
        return m_real->removeMdev(p, u);
    }
    Result<QString> bindVfio(const PciAddress &a) override { return m_real->bindVfio(a); }
    Result<QString> restoreDriver(const PciAddress &a, const QString &d) override
    {
        return m_real->restoreDriver(a, d);
    }
    Result<QString> createMigInstance(const PciAddress &g, MigLayout::Profile p, int s) override
    {
        return m_real->createMigInstance(g, p, s);
    }
    Result<QString> removeMigInstance(const PciAddress &g, MigLayout::Profile p, int s) override
    {
        return m_real->removeMigInstance(g, p, s);
    }
    bool outcomeUnknown(const Error &e) const override { return m_real->outcomeUnknown(e); }

private:
    std::shared_ptr<AgentActions> m_real;
    qint64 m_pid;
    int m_delayUs;
};
} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void libvirtdKilledWhileLoading();
    void libvirtdKilledDuringPlan();
    void agentKilledMidStream();

private:
    bool restartDaemon(Tally &tally, int round);
    bool defineVm(const QString &name);
    bool writeVm(const QString &name);
    QStringList treeMdevs(const QString &root) const
    {
        return QDir(root + QStringLiteral("/sys/bus/mdev/devices"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    LibvirtDaemon m_daemon{LibvirtDaemon::Mode::Private};
    bool m_daemonUp = false;
    std::unique_ptr<LibvirtEventLoop> m_loop;
    QTemporaryDir m_dir;
    QStringList m_pci; // this machine's PCI functions as virsh lists them
    qint64 m_openMs = 0, m_reloadMs = 0;
    std::optional<Identity> m_consoleId, m_agentId;
};

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_loop = std::make_unique<LibvirtEventLoop>();
    m_consoleId = createIdentity(QStringLiteral("faults-console")).value();
    m_agentId = createIdentity(QStringLiteral("faults-agent")).value();
    m_daemonUp = m_daemon.start();
    kQemu = m_daemon.uri();
    if (!m_daemonUp)
        return;
    m_pci = virshList({QStringLiteral("nodedev-list"), QStringLiteral("--cap"), QStringLiteral("pci")});
    // A host with a VDI pool: a load then takes long enough for a kill to land inside it.
    QStringList defines;
    for (int i = 0; i < kPool; ++i) {
        const QString name =
            QStringLiteral("gpuvirt-pool-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        QVERIFY(writeVm(name));
        defines.append(QStringLiteral("define ") + m_dir.filePath(name + QStringLiteral(".xml")));
    }
    virsh({defines.join(u';')});
    // How long a load takes here, from a new connection and as a reload: the kills land within it.
    LibvirtConnectionFactory factory(m_loop.get(), {});
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    QElapsedTimer t;
    t.start();
    const QString id = inv.addHost(kQemu);
    QVERIFY(all.wait(30000));
    m_openMs = t.elapsed();
    QList<qint64> reloads;
    for (int i = 0; i < 5; ++i) {
        QSignalSpy reset(&inv, &Inventory::hostReset);
        t.restart();
        inv.refreshHost(id);
        QVERIFY(reset.wait(30000));
        reloads.append(t.elapsed());
    }
    std::sort(reloads.begin(), reloads.end());
    m_reloadMs = reloads[reloads.size() / 2];
    qInfo("this host loads in %lld ms on a new connection, reloads in %lld ms (%lld PCI functions)", m_openMs,
          m_reloadMs, qint64(m_pci.size()));
}

void TestFaults::cleanupTestCase()
{
    if (m_daemonUp)
        m_daemon.stop(); // its configurations go with its temporary folder
}

bool TestFaults::defineVm(const QString &name)
{
    if (!writeVm(name))
        return false;
    int rc = 0;
    const QString out = virsh({QStringLiteral("define"), m_dir.filePath(name + QStringLiteral(".xml"))}, &rc);
    if (rc != 0)
        qWarning("virsh define: %s", qPrintable(out));
    return rc == 0;
}

bool TestFaults::writeVm(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                           "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                           "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator>"
                           "<memballoon model='none'/></devices></domain>")
                .arg(name)
                .toUtf8());
    return true;
}

bool TestFaults::restartDaemon(Tally &tally, int round)
{
    m_daemon.kill(); // reaps it (it may be dead already)
    if (!m_daemon.start()) {
        tally.fail(round, QStringLiteral("the daemon would not start again: ") + m_daemon.skipReason());
        return false;
    }
    return true;
}

// The console loads the host (a new connection, or a reload of a connected one) and libvirtd dies at a
// random moment of it.
void TestFaults::libvirtdKilledWhileLoading()
{
    if (!m_daemonUp)
        QSKIP(qPrintable(QStringLiteral("no libvirtd here: ") + m_daemon.skipReason()));
    Tally tally(QStringLiteral("libvirtd killed while loading"));
    QRandomGenerator random(0x5eed);
    for (int round = 1; round <= rounds(); ++round) {
        LibvirtConnectionFactory factory(m_loop.get(), {}); // default backoff: what the console uses
        Inventory inv(&factory);
        ClusterTreeModel tree(&inv); // what the window's cluster tree shows
        auto shownState = [&](const QString &hostId) {
            return HostConnection::State(tree.indexFor({ObjectRef::Kind::Host, hostId, {}})
                                             .data(ClusterTreeModel::ConnectionStateRole)
                                             .toInt());
        };
        QString id;
        bool loadedBeforeKill = false;
        const bool reload = round % 2 == 0;
        if (reload) {
            QSignalSpy all(&inv, &Inventory::allHostsLoaded);
            id = inv.addHost(kQemu);
            if (!all.wait(30000)) {
                tally.fail(round, QStringLiteral("the first load did not finish"));
                continue;
            }
            inv.refreshHost(id);
        } else {
            id = inv.addHost(kQemu);
        }
        QSignalSpy resets(&inv, &Inventory::hostReset);
        QTest::qWait(int(random.bounded((reload ? m_reloadMs : m_openMs) + 1)));
        loadedBeforeKill = !resets.isEmpty();
        m_daemon.kill();
        if (!QTest::qWaitFor([&] { return inv.host(id)->state == HostConnection::State::Lost; }, 10000)) {
            tally.fail(round, QStringLiteral("the host was not shown lost"));
            restartDaemon(tally, round);
            continue;
        }
        if (inv.host(id)->lastError.isNull())
            tally.fail(round, QStringLiteral("lost without a reason"));
        if (shownState(id) != HostConnection::State::Lost)
            tally.fail(round, QStringLiteral("the cluster tree does not show the host lost"));
        tally
            .kinds[loadedBeforeKill ? QStringLiteral("after the load") : QStringLiteral("during the load")]++;
        resets.clear();
        if (!restartDaemon(tally, round))
            continue;
        QElapsedTimer back;
        back.start();
        // Someone defines a VM while the console is away: the resynchronised host shows it.
        const QString vm =
            QStringLiteral("gpuvirt-fault-%1-%2").arg(QCoreApplication::applicationPid()).arg(round);
        defineVm(vm);
        const bool connected = QTest::qWaitFor(
            [&] { return inv.host(id)->state == HostConnection::State::Connected && !resets.isEmpty(); },
            15000);
        const qint64 ms = back.elapsed();
        if (!connected) {
            tally.fail(round,
                       QStringLiteral("not reconnected after 15 s: ") + inv.host(id)->lastError.toString());
            continue;
        }
        tally.reconnectMs.append(ms);
        const QStringList vms =
            virshList({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--name")});
        auto shown = [&] {
            QStringList names;
            for (const VirtualMachine &v : inv.host(id)->snapshot.vms)
                names.append(v.name);
            names.sort();
            return names;
        };
        const bool synced = QTest::qWaitFor([&] { return shown() == vms; }, 5000);
        const int pci = int(inv.host(id)->snapshot.pciDevices.size());
        virsh({QStringLiteral("undefine"), vm});
        if (ms > kReconnectMs)
            tally.fail(round, QStringLiteral("reconnected after %1 ms").arg(ms));
        else if (shownState(id) != HostConnection::State::Connected)
            tally.fail(round, QStringLiteral("the cluster tree does not show the host connected"));
        else if (!synced)
            tally.fail(
                round,
                QStringLiteral("VMs shown %1, virsh lists %2").arg(shown().join(u','), vms.join(u',')));
        else if (pci != m_pci.size())
            tally.fail(round,
                       QStringLiteral("%1 PCI functions shown, virsh lists %2").arg(pci).arg(m_pci.size()));
        else
            ++tally.ok;
    }
    qInfo("%s", qPrintable(tally.summary()));
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
}

// A plan that makes an mdev through the agent (a generated sysfs tree) and then gives it to a VM through
// libvirt's define: libvirtd dies after the mdev is made, at once or while the define is on its way. The
// plan rolls back (the mdev goes), and if the define may have landed, the runner looks once the daemon is
// back and undoes it. Either way the VM's configuration ends as it was, byte for byte, and no mdev is left.
void TestFaults::libvirtdKilledDuringPlan()
{
    if (!m_daemonUp)
        QSKIP(qPrintable(QStringLiteral("no libvirtd here: ") + m_daemon.skipReason()));
    Tally tally(QStringLiteral("libvirtd killed during a plan"));
    const QString vmName = QStringLiteral("gpuvirt-fault-plan-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(defineVm(vmName));
    const auto undefine = qScopeGuard([&] { virsh({QStringLiteral("undefine"), vmName}); });

    // The agent, in process, on a generated A16 host with the kernel emulator.
    const QString root = m_dir.filePath(QStringLiteral("plan-tree"));
    SysfsFixtures::buildA16Host(root);
    ClientAllowlist allow(m_dir.filePath(QStringLiteral("plan-clients.json")));
    QVERIFY(allow.enroll(m_consoleId->fingerprint(), ClientRole::Operator));
    SysfsKernelEmulator kernel(root);
    AgentServer server(*m_agentId, &allow);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    AgentService::Options agentOptions;
    agentOptions.root = root;
    agentOptions.nvmlLibrary = QStringLiteral("none");
    AgentService service(&server, kernel, agentOptions);
    PinStore pins(m_dir.filePath(QStringLiteral("plan-pins.json")));

    LibvirtConnectionFactory factory(m_loop.get(), {});
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString id = inv.addHost(kQemu);
    QVERIFY(all.wait(30000));
    AgentLink link(&inv, id, *m_consoleId, &pins);
    link.connectTo(QStringLiteral("127.0.0.1"), server.port(), m_agentId->fingerprint());
    QTRY_VERIFY_WITH_TIMEOUT(inv.host(id)->agent.factsLoaded, 10000);
    auto audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("plan-audit.jsonl")));
    PlanRunner runner(&inv, audit, QStringLiteral("faults"));
    QSignalSpy recovered(&runner, &PlanRunner::recovered);

    QRandomGenerator random(0xfa17);
    const int baseMdevs = int(treeMdevs(root).size());
    for (int round = 1; round <= rounds(); ++round) {
        QString vm;
        for (const VirtualMachine &v : inv.host(id)->snapshot.vms)
            if (v.name == vmName)
                vm = v.uuid;
        const QString before = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"),
                                      QStringLiteral("--security-info"), vmName});
        // The plan: make an mdev through the agent, then define the VM with it.
        HostSnapshot s = inv.host(id)->snapshot;
        MediatedDevice m;
        m.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m.parent = kParent;
        m.typeId = kType;
        s.mdevs.insert(m.uuid, m);
        AssignmentSource src;
        src.kind = AssignmentSource::Kind::Mdev;
        src.hostId = id;
        src.mdevUuid = m.uuid;
        const Result<AssignmentPlan> made = AssignmentPlanner::plan(
            AssignmentRequest::assign(src, {{id, vm}}), id, s, HostCapabilities::of(s), {{vm, before}});
        if (vm.isEmpty() || !made || made->steps.size() != 1) {
            tally.fail(round, QStringLiteral("no plan: ") + (made ? QString() : made.error().toString()));
            break;
        }
        AssignmentPlan plan = made.value();
        PlanStep create;
        create.kind = PlanStep::Kind::CreateMdev;
        create.via = PlanStep::Via::Agent;
        create.address = kParent;
        create.typeId = kType;
        create.typeName = QStringLiteral("A16-2Q");
        create.mdevUuid = m.uuid;
        plan.steps.prepend(create);

        const bool between = round % 2 == 1;
        const int delayUs = between ? 0 : int(random.bounded(200, 4000));
        runner.setAgentActions(id, std::make_shared<KillingAgent>(std::make_shared<LinkAgentActions>(&link),
                                                                  m_daemon.pid(), delayUs));
        QSignalSpy finished(&runner, &PlanRunner::finished);
        recovered.clear();
        if (!runner.execute(plan) || !finished.wait(60000)) {
            tally.fail(round, QStringLiteral("the plan did not finish"));
            break;
        }
        const PlanReport report = finished.first().first().value<PlanReport>();
        const bool applied = report.applied();
        if (applied)
            tally.kinds[QStringLiteral("after the plan (applied whole)")]++;
        else if (!report.needsRecovery())
            tally.kinds[QStringLiteral("before the define (rolled back)")]++;
        if (report.result == PlanReport::Result::RollbackIncomplete && !report.needsRecovery())
            tally.fail(round, QStringLiteral("rollback incomplete: ") + report.error.toString());

        QTRY_VERIFY_WITH_TIMEOUT(inv.host(id)->state == HostConnection::State::Lost, 10000);
        if (!restartDaemon(tally, round))
            break;
        QElapsedTimer back;
        back.start();
        if (!QTest::qWaitFor([&] { return inv.host(id)->state == HostConnection::State::Connected; },
                             15000)) {
            tally.fail(round, QStringLiteral("not reconnected after 15 s"));
            break;
        }
        tally.reconnectMs.append(back.elapsed());
        if (report.needsRecovery() && !QTest::qWaitFor(
                                          [&] {
                                              return !recovered.isEmpty() &&
                                                     recovered.last().first().value<PlanReport>().result ==
                                                         PlanReport::Result::RolledBack;
                                          },
                                          15000)) {
            tally.fail(round, QStringLiteral("the interrupted plan was not recovered"));
            break;
        }
        if (report.needsRecovery()) {
            // Whether the define had reached the disk before the daemon died: the recovery undid it then.
            const PlanReport done = recovered.last().first().value<PlanReport>();
            tally.kinds[done.steps.back().outcome == StepReport::Outcome::Undone
                            ? QStringLiteral("during the define, which had landed (recovery undid it)")
                            : QStringLiteral("during the define, which had not landed (recovery checked)")]++;
        }
        if (!QTest::qWaitFor([&] { return !runner.isRunning(id); }, 10000))
            tally.fail(round, QStringLiteral("the runner stays busy"));
        const QString after = virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"),
                                     QStringLiteral("--security-info"), vmName});
        const bool mdevThere = treeMdevs(root).contains(m.uuid);
        if (applied) {
            // Whole: the configuration holds the mdev and the mdev exists. Undo it for the next round.
            if (!after.contains(m.uuid) || !mdevThere)
                tally.fail(round, QStringLiteral("applied, but the XML or the mdev is missing"));
            QSignalSpy undone(&runner, &PlanRunner::finished);
            runner.setAgentActions(id, std::make_shared<LinkAgentActions>(&link));
            if (!runner.undo() || !undone.wait(30000) ||
                !undone.first().first().value<PlanReport>().applied()) {
                tally.fail(round, QStringLiteral("the undo failed"));
                break;
            }
        } else if (after != before) {
            tally.fail(round, QStringLiteral("the domain XML is half-applied: ") + after);
            break;
        } else if (mdevThere) {
            tally.fail(round, QStringLiteral("orphan mdev ") + m.uuid);
            break;
        }
        if (treeMdevs(root).size() != baseMdevs) {
            tally.fail(round, QStringLiteral("mdevs left: ") + treeMdevs(root).join(u' '));
            break;
        }
        ++tally.ok;
    }
    qInfo("%s", qPrintable(tally.summary()));
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
}

// The real gpuvirt-agent streams telemetry; it is killed (SIGKILL) at a random moment of the stream, the host
// changes while it is away (an mdev made or removed), and it comes back on the same port. The console shows
// the agent lost, is back within 5 s, and shows the host's new facts and fresh telemetry.
void TestFaults::agentKilledMidStream()
{
    Tally tally(QStringLiteral("agent killed mid-stream"));
    const QString tree = m_dir.filePath(QStringLiteral("agent-tree"));
    SysfsFixtures::buildA16Host(tree);
    const QString state = m_dir.filePath(QStringLiteral("agent-state"));
    const QString agentBin = QStringLiteral(GPUVIRT_BINARY_DIR "/app/agent/gpuvirt-agent");
    QProcess enroll;
    enroll.start(agentBin, {QStringLiteral("--state-dir"), state, QStringLiteral("--enroll"),
                            m_consoleId->fingerprint(), QStringLiteral("--role"), QStringLiteral("viewer")});
    QVERIFY(enroll.waitForFinished(20000));
    QCOMPARE(enroll.exitCode(), 0);

    QProcess agent;
    quint16 port = 0;
    QString fingerprint;
    auto start = [&] {
        agent.start(agentBin, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                               QStringLiteral("--state-dir"), state, QStringLiteral("--root"), tree,
                               QStringLiteral("--emulate-kernel"), QStringLiteral("--simulate")});
        static const QRegularExpression listening(
            QStringLiteral("listening on [^ ]+:(\\d+) fingerprint ([0-9A-F:]+)"));
        QByteArray err;
        QRegularExpressionMatch m;
        const bool up = QTest::qWaitFor(
            [&] {
                err += agent.readAllStandardError();
                m = listening.match(QString::fromUtf8(err));
                return m.hasMatch() || agent.state() == QProcess::NotRunning;
            },
            15000);
        if (!up || !m.hasMatch()) {
            qWarning("the agent did not start: %s", err.constData());
            return false;
        }
        port = quint16(m.captured(1).toUInt());
        fingerprint = m.captured(2);
        return true;
    };
    QVERIFY(start());
    const auto stop = qScopeGuard([&] {
        agent.kill();
        agent.waitForFinished(5000);
    });

    StaticHostConnectionFactory factory;
    factory.add(QStringLiteral("static://a16"), HostSnapshot{});
    Inventory inv(&factory);
    const QString id = inv.addHost(QStringLiteral("static://a16"));
    PinStore pins(m_dir.filePath(QStringLiteral("agent-pins.json")));
    AgentLink link(&inv, id, *m_consoleId, &pins);
    link.connectTo(QStringLiteral("127.0.0.1"), port, fingerprint);
    QSignalSpy samples(&inv, &Inventory::telemetryChanged);
    QVERIFY(samples.wait(10000));
    SysfsKernelEmulator kernel(tree); // what the kernel does while the agent is away
    const QString extra = QStringLiteral("6c1b2f8e-0d5a-4a8e-9a53-3f0d2b9c7e01");
    const QString create = tree + QStringLiteral("/sys/bus/pci/devices/0000:43:00.7/mdev_supported_types/") +
                           kType + QStringLiteral("/create");
    const QString remove =
        tree + QStringLiteral("/sys/bus/mdev/devices/") + extra + QStringLiteral("/remove");
    QRandomGenerator random(0xa6e7);

    auto mdevsShown = [&] {
        QStringList out;
        for (const SysfsMdev &m : inv.host(id)->agent.sysfs.mdevs)
            out.append(m.uuid);
        out.sort();
        return out;
    };
    for (int round = 1; round <= rounds(); ++round) {
        samples.clear();
        if (!samples.wait(5000)) { // in the stream
            tally.fail(round, QStringLiteral("no telemetry"));
            break;
        }
        QTest::qWait(int(random.bounded(1000)));
        agent.kill(); // SIGKILL: no goodbye on the wire
        agent.waitForFinished(5000);
        if (!QTest::qWaitFor([&] { return inv.host(id)->agent.state == AgentStatus::State::Lost; }, 5000)) {
            tally.fail(round, QStringLiteral("the agent was not shown lost"));
            break;
        }
        tally.kinds[QStringLiteral("mid-stream")]++;
        // The host changes while the agent is away.
        const bool make = !treeMdevs(tree).contains(extra);
        const Status changed =
            make ? kernel.write(create, extra.toUtf8()) : kernel.write(remove, QByteArrayLiteral("1"));
        if (!changed) {
            tally.fail(round, QStringLiteral("the tree did not change: ") + changed.error().toString());
            break;
        }
        QStringList expected = treeMdevs(tree);
        expected.sort();
        if (!start()) {
            tally.fail(round, QStringLiteral("the agent would not start again"));
            break;
        }
        QElapsedTimer back;
        back.start();
        samples.clear();
        if (!QTest::qWaitFor([&] { return inv.host(id)->agent.state == AgentStatus::State::Connected; },
                             15000)) {
            tally.fail(round, QStringLiteral("not reconnected after 15 s"));
            break;
        }
        const qint64 ms = back.elapsed();
        tally.reconnectMs.append(ms);
        const bool synced = QTest::qWaitFor([&] { return mdevsShown() == expected; }, 5000);
        const bool streaming = !samples.isEmpty() || samples.wait(5000);
        if (ms > kReconnectMs)
            tally.fail(round, QStringLiteral("reconnected after %1 ms").arg(ms));
        else if (!synced)
            tally.fail(round, QStringLiteral("facts show %1, the host has %2")
                                  .arg(mdevsShown().join(u' '), expected.join(u' ')));
        else if (!streaming)
            tally.fail(round, QStringLiteral("no telemetry after the reconnect"));
        else
            ++tally.ok;
    }
    qInfo("%s", qPrintable(tally.summary()));
    QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
