// The agent under a realistic load: the real gpuvirt-agent on a generated sysfs tree of 8 GPUs with
// simulated NVML figures, streaming telemetry at 1 Hz to 4 consoles. Prints the agent process's RSS and
// CPU and the latency from a sample's time stamp to each console's inventory. Targets (issue 3): <= 20 MB
// RSS, <= 1 % of one core, <= 200 ms.
//   bench_agent [--seconds N] [--clients N] [--gpus N] [--agent PATH]
#include "agent/agenthub.h"
#include "agent/agentlink.h"
#include "agent/sysfstreebuilder.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

// A VDI host: GPUs of L40S class, each carved into 4Q vGPUs, every vGPU in a running desktop.
HostSnapshot simulatedHost(int gpus)
{
    HostSnapshot s;
    s.hostname = QStringLiteral("bench-agent-host");
    for (int g = 0; g < gpus; ++g) {
        PciDevice d;
        d.address = PciAddress(0, quint8(0x21 + g * 0x10), 0, 0);
        d.nodeName = d.address.nodeDeviceName();
        d.classCode = 0x030200;
        d.vendorId = 0x10de;
        d.productId = 0x26b9;
        d.vendorName = QStringLiteral("NVIDIA Corporation");
        d.productName = QStringLiteral("AD102GL [L40S]");
        d.driver = QStringLiteral("nvidia");
        d.iommuGroup = 40 + g;
        d.iommuGroupMembers = {d.address};
        MdevType t;
        t.id = QStringLiteral("nvidia-1156");
        t.name = QStringLiteral("NVIDIA L40S-4Q");
        t.deviceApi = QStringLiteral("vfio-pci");
        t.availableInstances = 8;
        t.vgpu = VgpuTypeName::parse(t.name);
        d.mdevTypes = {t};
        s.pciDevices.insert(d.address, d);
        for (int m = 0; m < 4; ++m) {
            MediatedDevice md;
            md.uuid = QStringLiteral("%1-0000-4000-8000-%2")
                          .arg(g, 8, 16, QLatin1Char('0'))
                          .arg(m, 12, 16, QLatin1Char('0'));
            md.parent = d.address;
            md.typeId = t.id;
            s.mdevs.insert(md.uuid, md);
            VirtualMachine vm;
            vm.uuid = QStringLiteral("%1-1111-4000-8000-%2")
                          .arg(g, 8, 16, QLatin1Char('0'))
                          .arg(m, 12, 16, QLatin1Char('0'));
            vm.name = QStringLiteral("vdi-%1-%2").arg(g).arg(m);
            vm.state = VmState::Running;
            Hostdev h;
            h.kind = Hostdev::Kind::Mdev;
            h.uuid = md.uuid;
            vm.hostdevs = {h};
            s.vms.insert(vm.uuid, vm);
        }
    }
    return s;
}

struct ProcStat
{
    double cpuSeconds = 0;
    double rssMiB = 0;
    double peakMiB = 0;
    double anonMiB = 0; // the process's own memory
    double fileMiB = 0; // pages of its program and shared libraries, shared with other processes
    double pssMiB = 0;  // its proportional share of everything
};

ProcStat procStat(qint64 pid)
{
    ProcStat p;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            p.cpuSeconds = double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : status.readAll().split('\n')) {
            if (l.startsWith("VmRSS:"))
                p.rssMiB = l.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            else if (l.startsWith("VmHWM:"))
                p.peakMiB = l.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            else if (l.startsWith("RssAnon:"))
                p.anonMiB = l.mid(8).trimmed().split(' ').first().toDouble() / 1024.0;
            else if (l.startsWith("RssFile:"))
                p.fileMiB = l.mid(8).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (rollup.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : rollup.readAll().split('\n')) {
            if (l.startsWith("Pss:"))
                p.pssMiB = l.mid(4).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return p;
}

class OneHost final : public HostConnectionFactory
{
public:
    HostConnection *create(const QString &uri, QObject *parent) override
    {
        return new StaticHostConnection(uri, simulatedHost(0), parent);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("seconds"), QStringLiteral("How long to measure."), QStringLiteral("n"),
                   QStringLiteral("30")},
                  {QStringLiteral("clients"), QStringLiteral("Consoles subscribed."), QStringLiteral("n"),
                   QStringLiteral("4")},
                  {QStringLiteral("gpus"), QStringLiteral("Simulated GPUs."), QStringLiteral("n"),
                   QStringLiteral("8")},
                  {QStringLiteral("agent"), QStringLiteral("The gpuvirt-agent program."),
                   QStringLiteral("path"), QStringLiteral(GPUVIRT_BINARY_DIR "/app/agent/gpuvirt-agent")}});
    p.process(app);
    const int gpus = p.value(QStringLiteral("gpus")).toInt();

    const int seconds = std::max(1, p.value(QStringLiteral("seconds")).toInt());
    const int clients = std::max(1, p.value(QStringLiteral("clients")).toInt());
    QTemporaryDir dir;
    const QString tree = dir.filePath(QStringLiteral("root")), state = dir.filePath(QStringLiteral("state"));
    const HostSnapshot host = simulatedHost(gpus);
    const Result<Identity> console = createIdentity(QStringLiteral("bench-console"));
    if (!console || !SysfsTreeBuilder::buildFromSnapshot(host, host.agent, tree))
        return 1;
    const QString program = p.value(QStringLiteral("agent"));
    if (QProcess::execute(program, {QStringLiteral("--state-dir"), state, QStringLiteral("--enroll"),
                                    console->fingerprint(), QStringLiteral("--role"),
                                    QStringLiteral("viewer")}) != 0) {
        std::fprintf(stderr, "bench_agent: cannot run %s\n", qPrintable(program));
        return 1;
    }
    QProcess agent;
    agent.start(program, {QStringLiteral("--state-dir"), state, QStringLiteral("--root"), tree,
                          QStringLiteral("--emulate-kernel"), QStringLiteral("--simulate"),
                          QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    // "gpuvirt-agent: listening on 127.0.0.1:PORT fingerprint FP"
    QElapsedTimer started;
    started.start();
    QByteArray said;
    while (!said.contains("fingerprint") && started.elapsed() < 20000 && agent.waitForReadyRead(1000))
        said += agent.readAllStandardError();
    said += agent.readAllStandardError();
    const qsizetype at = said.indexOf("listening on ");
    if (at < 0) {
        std::fprintf(stderr, "bench_agent: the agent did not start: %s\n", said.constData());
        return 1;
    }
    const QList<QByteArray> words = said.mid(at).split('\n').first().split(' ');
    const quint16 port = quint16(words.value(2).mid(words.value(2).lastIndexOf(':') + 1).toUInt());
    const QString fingerprint = QString::fromLatin1(words.value(4));

    // Each console: an inventory with the host, and the agent linked to it as the console links it.
    OneHost factory;
    PinStore pins(dir.filePath(QStringLiteral("pins.json")));
    QList<std::shared_ptr<Inventory>> inventories;
    QList<std::shared_ptr<AgentHub>> hubs;
    QList<qint64> latencies;
    int connected = 0;
    for (int c = 0; c < clients; ++c) {
        auto inventory = std::make_shared<Inventory>(&factory);
        const QString id = inventory->addHost(QStringLiteral("static:///bench"));
        auto hub = std::make_shared<AgentHub>(inventory.get(), console.value(), &pins);
        QObject::connect(inventory.get(), &Inventory::telemetryChanged, &app,
                         [&latencies, inv = inventory.get()](const QString &host) {
                             const auto &t = inv->host(host)->agent.telemetry;
                             if (t && t->time.isValid())
                                 latencies.append(t->time.msecsTo(QDateTime::currentDateTimeUtc()));
                         });
        QObject::connect(
            inventory.get(), &Inventory::agentStatusChanged, &app, [&connected, inv = inventory.get(), id] {
                static QSet<const Inventory *> seen;
                if (inv->host(id)->agent.state == AgentStatus::State::Connected && !seen.contains(inv)) {
                    seen.insert(inv);
                    ++connected;
                }
            });
        hub->attach(id, QStringLiteral("127.0.0.1:%1").arg(port), fingerprint);
        inventories.append(inventory);
        hubs.append(hub);
    }
    QElapsedTimer wait;
    wait.start();
    while (connected < clients && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (connected < clients) {
        std::fprintf(stderr, "bench_agent: only %d of %d consoles connected\n", connected, clients);
        return 1;
    }
    // Let the connections settle (facts and readiness scans), then measure the steady stream.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    latencies.clear();
    const ProcStat before = procStat(agent.processId());
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const ProcStat after = procStat(agent.processId());
    const double wall = window.elapsed() / 1000.0;

    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double q) {
        return latencies.isEmpty() ? -1 : latencies.at(qsizetype(q * double(latencies.size() - 1)));
    };
    std::printf("agent: %d simulated GPUs, telemetry at 1 Hz to %d consoles, measured for %.1f s\n", gpus,
                clients, wall);
    std::printf(
        "agent RSS: %.1f MiB now, %.1f MiB peak (target <= 20 MB): %.1f MiB its own, %.1f MiB program and "
        "shared-library pages; PSS %.1f MiB\n",
        after.rssMiB, after.peakMiB, after.anonMiB, after.fileMiB, after.pssMiB);
    std::printf("agent CPU: %.2f %% of one core (target <= 1 %%)\n",
                100.0 * (after.cpuSeconds - before.cpuSeconds) / wall);
    std::printf("samples received: %lld (%.2f per console per second)\n", qint64(latencies.size()),
                double(latencies.size()) / clients / wall);
    std::printf(
        "latency sample -> console inventory: median %lld ms, p95 %lld ms, max %lld ms (target <= 200 ms)\n",
        pct(0.5), pct(0.95), latencies.isEmpty() ? -1 : latencies.last());
    agent.terminate();
    agent.waitForFinished(5000);
    return latencies.isEmpty() ? 1 : 0;
}
