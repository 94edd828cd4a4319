// Benchmark: the console's window under load. N generated hosts load through libvirt's test driver into
// the real MainWindow (offscreen), then for a while VMs start and stop on random hosts (through libvirt, so
// the changes come back as events like on a real host) and every host sends a telemetry sample every second
// (parsed from JSON and stored as AgentLink does). Measures how long the GUI thread's event loop stalls
// (a 5 ms timer's lateness, and the CPU time of the longest single event), the resident memory over time,
// and how many model signals each source change costs. Prints its figures.
#include "agent/telemetry.h"
#include "hostgenerator.h"
#include "inventory/inventory.h"
#include "inventory/telemetryhistory.h"
#include "libvirt/deliverypacer.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/libvirtplantarget.h"
#include "libvirt/pciids.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <libvirt/libvirt.h>

#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace {
long statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toLong();
    return -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// The GUI thread's event loop: a timer that should fire every 5 ms; how late it fires is how long the loop
// was busy (or the thread was not given the CPU).
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kPeriodMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double late = (now - m_last) / 1e6 - kPeriodMs;
            const double cpu = threadCpuMs();
            // What the GUI thread itself computed in that time: without the other processes of a shared
            // machine, the stall would have been this long.
            const double busy = cpu - m_lastCpu;
            m_maxBusy = std::max(m_maxBusy, busy);
            if (late > m_max) {
                m_max = late;
                m_maxCpu = busy;
            }
            m_last = now;
            m_lastCpu = cpu;
            for (int i = 0; i < kBuckets; ++i)
                if (late >= kEdges[i])
                    ++m_counts[i];
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_maxBusy = 0;
        m_maxCpu = 0;
        m_lastCpu = threadCpuMs();
        m_ticks = 0;
        std::fill(std::begin(m_counts), std::end(m_counts), 0);
        m_timer.start();
    }
    double max() const { return m_max; }
    // The GUI thread's own CPU time in the longest stall, and the most it computed between two ticks.
    double cpuInMax() const { return m_maxCpu; }
    double maxBusy() const { return m_maxBusy; }
    QString histogram() const
    {
        QStringList parts;
        for (int i = 0; i < kBuckets; ++i)
            parts.append(QStringLiteral(">=%1 ms: %2").arg(kEdges[i]).arg(m_counts[i]));
        return QStringLiteral("%1 ticks; stalls %2").arg(m_ticks).arg(parts.join(QStringLiteral(", ")));
    }

private:
    static constexpr int kPeriodMs = 5;
    static constexpr int kBuckets = 5;
    static constexpr int kEdges[kBuckets] = {10, 20, 50, 100, 250};
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
    double m_maxCpu = 0, m_maxBusy = 0;
    double m_lastCpu = 0;
    qint64 m_ticks = 0;
    qint64 m_counts[kBuckets] = {};
};

// Times every event the GUI thread dispatches, by that thread's CPU time: unlike the timer's lateness, this
// does not count the time the (shared) machine gave to other processes.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return nestedNotify(receiver, event);
        ++m_depth;
        const double t0 = threadCpuMs();
        const bool r = QApplication::notify(receiver, event);
        const double spent = threadCpuMs() - t0;
        --m_depth;
        if (spent > maxEventCpuMs) {
            maxEventCpuMs = spent;
            maxEventType = int(event->type());
        }
        return r;
    }
    double maxEventCpuMs = 0;
    int maxEventType = 0;

private:
    bool nestedNotify(QObject *receiver, QEvent *event)
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        return r;
    }
    int m_depth = 0;
};

struct SignalCount
{
    qint64 dataChanged = 0, layout = 0, reset = 0, rows = 0;
    qint64 total() const { return dataChanged + layout + reset + rows; }
};

void count(QAbstractItemModel *m, SignalCount &c)
{
    QObject::connect(m, &QAbstractItemModel::dataChanged, m, [&c] { ++c.dataChanged; });
    QObject::connect(m, &QAbstractItemModel::layoutChanged, m, [&c] { ++c.layout; });
    QObject::connect(m, &QAbstractItemModel::modelReset, m, [&c] { ++c.reset; });
    QObject::connect(m, &QAbstractItemModel::rowsInserted, m, [&c] { ++c.rows; });
    QObject::connect(m, &QAbstractItemModel::rowsRemoved, m, [&c] { ++c.rows; });
}

QString describe(const SignalCount &c)
{
    return QStringLiteral("%1 dataChanged, %2 layoutChanged, %3 resets, %4 row inserts/removes")
        .arg(c.dataChanged)
        .arg(c.layout)
        .arg(c.reset)
        .arg(c.rows);
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    TimedApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("hosts"), QStringLiteral("Hosts (default 1000)."), QStringLiteral("n"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("seconds"),
                 QStringLiteral("How long the stream of changes runs (default 60)."), QStringLiteral("s"),
                 QStringLiteral("60")});
    p.addOption({QStringLiteral("vm-rate"),
                 QStringLiteral("VMs started or stopped per second, cluster-wide (default 20)."),
                 QStringLiteral("n"), QStringLiteral("20")});
    p.addOption({QStringLiteral("telemetry-hz"),
                 QStringLiteral("Telemetry samples per host per second (default 1, 0: none)."),
                 QStringLiteral("hz"), QStringLiteral("1")});
    p.addOption({QStringLiteral("rss-every"),
                 QStringLiteral("Print the resident memory every s seconds (60)."), QStringLiteral("s"),
                 QStringLiteral("60")});
    p.addOption({QStringLiteral("max-stall"),
                 QStringLiteral("Exit 1 when the stream's longest stall exceeds this many ms (0: never)."),
                 QStringLiteral("ms"), QStringLiteral("0")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Where to write the host files (default: temporary)."),
                 QStringLiteral("dir")});
    p.process(app);
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const double vmRate = p.value(QStringLiteral("vm-rate")).toDouble();
    const double telemetryHz = p.value(QStringLiteral("telemetry-hz")).toDouble();
    const int rssEvery = std::max(1, p.value(QStringLiteral("rss-every")).toInt());

    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    HostGenerator::Params params;
    params.hosts = p.value(QStringLiteral("hosts")).toInt();
    const QList<HostGenerator::HostFile> files = HostGenerator::generate(dir, params);
    std::printf("hosts: %d x %d GPUs x %d VMs; stream %d s: %.1f VM changes/s, telemetry %.1f Hz per host\n",
                params.hosts, params.gpusPerHost, params.vmsPerHost, seconds, vmRate, telemetryHz);

    LibvirtEventLoop loop;
    PciIds ids;
    ids.load(PciIds::systemPath());
    LibvirtWorker::Options options;
    options.pciIds = &ids;
    LibvirtConnectionFactory factory(&loop, options);
    Inventory inventory(&factory);
    Workspace workspace(tmp.filePath(QStringLiteral("workspace.json")));
    MainWindow window(&inventory, &workspace, [] {});
    window.resize(1400, 900);
    window.show();
    // At the models themselves, beneath the views' sort, filter and presentation proxies.
    auto source = [](QAbstractItemModel *m) {
        while (auto *proxy = qobject_cast<QAbstractProxyModel *>(m))
            m = proxy->sourceModel();
        return m;
    };
    SignalCount treeSignals, vmSignals;
    count(source(window.clusterTree()->model()), treeSignals);
    count(source(window.vmTable()->model()), vmSignals);

    // Phase 1: the initial load, with the meter running.
    StallMeter meter;
    meter.start();
    QElapsedTimer t;
    t.start();
    QObject::connect(&inventory, &Inventory::allHostsLoaded, &app, [&] { app.quit(); });
    for (const auto &f : files)
        inventory.addHost(QStringLiteral("test://") + f.path);
    const qint64 addMs = t.elapsed(); // one stretch without the event loop: the hosts' rows and threads
    app.exec();
    QApplication::processEvents();
    std::printf(
        "initial load: %.3f s (adding the hosts: %lld ms); longest stall %.1f ms (%.1f ms of it the GUI "
        "thread's CPU; most CPU between two ticks %.1f ms); longest event %.1f ms CPU (type %d); %s\n",
        t.elapsed() / 1000.0, addMs, meter.max(), meter.cpuInMax(), meter.maxBusy(), app.maxEventCpuMs,
        app.maxEventType, qPrintable(meter.histogram()));
    std::printf("  model signals during the load: tree %s; VM table %s\n", qPrintable(describe(treeSignals)),
                qPrintable(describe(vmSignals)));
    std::printf(
        "  deliveries from the hosts' threads: the event loop got %lld turns in between, %lld superseded "
        "reports dropped\n",
        factory.pacer()->yields(), factory.pacer()->superseded());
    const qint64 yieldsBefore = factory.pacer()->yields(), supersededBefore = factory.pacer()->superseded();
    int failed = 0;
    for (const QString &id : inventory.hostIds())
        failed += inventory.host(id)->loaded ? 0 : 1;
    if (failed)
        std::printf("  %d hosts failed to load\n", failed);
    // What the operator looks at: the first host, its GPU board shown.
    if (!inventory.hostIds().isEmpty())
        window.select(ObjectRef{ObjectRef::Kind::Host, inventory.hostIds().front(), {}});
    QApplication::processEvents();

    // Telemetry: one JSON sample per host, sent again every period (the figures barely matter; the cost is
    // the parse, the store and whatever follows the inventory's signal).
    QList<QByteArray> samples;
    const QStringList hostIds = inventory.hostIds();
    for (const QString &id : hostIds)
        samples.append(
            QJsonDocument(TelemetrySimulator()
                              .sample(inventory.host(id)->snapshot, QDateTime::currentDateTimeUtc())
                              .toJson())
                .toJson(QJsonDocument::Compact));

    // Phase 2: the stream.
    SignalCount treeBefore = treeSignals, vmBefore = vmSignals;
    qint64 vmChanges = 0, telemetryChanges = 0, vmRequests = 0;
    QObject::connect(&inventory, &Inventory::vmChanged, &app, [&] { ++vmChanges; });
    QObject::connect(&inventory, &Inventory::telemetryChanged, &app, [&] { ++telemetryChanges; });
    app.maxEventCpuMs = 0;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(4242);

    // VMs: each tick, as many start/stop requests as the rate asks for, each on a random host's worker.
    QTimer vmTimer;
    double vmDebt = 0;
    QObject::connect(&vmTimer, &QTimer::timeout, &app, [&] {
        vmDebt += vmRate * 0.05;
        for (; vmDebt >= 1; vmDebt -= 1) {
            const QString id = hostIds[int(random.bounded(qsizetype(hostIds.size())))];
            const Inventory::Host *h = inventory.host(id);
            if (!h || h->snapshot.vms.isEmpty())
                continue;
            const auto vm =
                std::next(h->snapshot.vms.cbegin(), random.bounded(qsizetype(h->snapshot.vms.size())));
            const QByteArray uuid = vm->uuid.toLatin1();
            const bool running = vm->state == VmState::Running;
            ++vmRequests;
            h->connection->runJob([uuid, running](PlanTarget *target) {
                auto *libvirt = dynamic_cast<LibvirtPlanTarget *>(target);
                if (!libvirt)
                    return;
                virDomainPtr d = virDomainLookupByUUIDString(libvirt->connection(), uuid.constData());
                if (!d)
                    return;
                if (running)
                    virDomainDestroy(d);
                else
                    virDomainCreate(d);
                virDomainFree(d);
            });
        }
    });
    vmTimer.start(50);

    // Telemetry: every 10 ms the hosts whose turn it is (each host has its own phase in the second).
    QTimer telemetryTimer;
    qint64 telemetrySent = 0;
    QObject::connect(&telemetryTimer, &QTimer::timeout, &app, [&] {
        if (telemetryHz <= 0)
            return;
        const qint64 due = qint64(clock.elapsed() / 1000.0 * telemetryHz * hostIds.size());
        for (; telemetrySent < due; ++telemetrySent) {
            const int i = int(telemetrySent % hostIds.size());
            const QJsonObject json = QJsonDocument::fromJson(samples[i]).object();
            Result<TelemetrySample> s = TelemetrySample::fromJson(json);
            if (s)
                inventory.setTelemetry(hostIds[i], s.value());
        }
    });
    telemetryTimer.start(10);

    // Memory: now, then every rssEvery seconds.
    // RSS, and the heap in use: a leak grows the second, fragmentation only the first. Of the heap, the
    // telemetry history's share (bounded by the GPUs and the vGPUs that ran within the hour), and the rest.
    auto heapMiB = [] { return mallinfo2().uordblks / 1048576.0; };
    const TelemetryHistory *history = window.telemetryHistory();
    auto historyText = [history] {
        return QStringLiteral("telemetry history %1 MiB for %2 GPUs and %3 vGPUs")
            .arg(double(history->bytesUsed()) / 1048576.0, 0, 'f', 1)
            .arg(history->gpuCount())
            .arg(history->vgpuCount())
            .toStdString();
    };
    QList<long> rss{statusKiB("VmRSS:")};
    std::printf("RSS at the start of the stream: %.1f MiB (heap in use %.1f MiB; %s)\n", rss.front() / 1024.0,
                heapMiB(), historyText().c_str());
    std::fflush(stdout);
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, &app, [&] {
        rss.append(statusKiB("VmRSS:"));
        const double heap = heapMiB(), kept = double(history->bytesUsed()) / 1048576.0;
        std::printf("  %4lld s: RSS %.1f MiB (heap in use %.1f MiB = %s + %.1f MiB else), longest stall so "
                    "far %.1f ms, %lld VM changes, %lld samples\n",
                    (clock.elapsed() + 500) / 1000, rss.back() / 1024.0, heap, historyText().c_str(),
                    heap - kept, meter.max(), vmChanges, telemetryChanges);
        std::fflush(stdout);
    });
    rssTimer.start(rssEvery * 1000);
    QTimer::singleShot(seconds * 1000, &app, [&] { app.quit(); });
    app.exec();
    vmTimer.stop();
    telemetryTimer.stop();
    rssTimer.stop();
    rss.append(statusKiB("VmRSS:"));

    const SignalCount tree{treeSignals.dataChanged - treeBefore.dataChanged,
                           treeSignals.layout - treeBefore.layout, treeSignals.reset - treeBefore.reset,
                           treeSignals.rows - treeBefore.rows};
    const SignalCount vms{vmSignals.dataChanged - vmBefore.dataChanged, vmSignals.layout - vmBefore.layout,
                          vmSignals.reset - vmBefore.reset, vmSignals.rows - vmBefore.rows};
    std::printf("stream: %.1f s; %lld VM start/stop requests, %lld VM changes reached the inventory, "
                "%lld telemetry samples stored\n",
                clock.elapsed() / 1000.0, vmRequests, vmChanges, telemetryChanges);
    std::printf(
        "longest stall %.1f ms (%.1f ms of it the GUI thread's CPU; most CPU between two ticks %.1f ms); "
        "longest event %.1f ms CPU (type %d); %s\n",
        meter.max(), meter.cpuInMax(), meter.maxBusy(), app.maxEventCpuMs, app.maxEventType,
        qPrintable(meter.histogram()));
    std::printf("model signals: tree %s; VM table %s\n", qPrintable(describe(tree)),
                qPrintable(describe(vms)));
    std::printf(
        "deliveries: %lld turns given to the event loop within bursts, %lld superseded reports dropped\n",
        factory.pacer()->yields() - yieldsBefore, factory.pacer()->superseded() - supersededBefore);
    std::printf("per VM change: %.2f tree + %.2f VM table model signals\n",
                vmChanges ? double(tree.total()) / vmChanges : 0.0,
                vmChanges ? double(vms.total()) / vmChanges : 0.0);
    std::printf("RSS: start %.1f MiB, end %.1f MiB, min %.1f, max %.1f (peak %.1f MiB over the run)\n",
                rss.front() / 1024.0, rss.back() / 1024.0,
                *std::min_element(rss.cbegin(), rss.cend()) / 1024.0,
                *std::max_element(rss.cbegin(), rss.cend()) / 1024.0, statusKiB("VmHWM:") / 1024.0);
    const struct mallinfo2 heap = mallinfo2();
    std::printf("malloc: %.1f MiB in use, %.1f MiB held free\n", heap.uordblks / 1048576.0,
                heap.fordblks / 1048576.0);
    const int maxStall = p.value(QStringLiteral("max-stall")).toInt();
    if (failed || vmChanges == 0 || (maxStall > 0 && meter.max() > maxStall))
        return 1;
    return 0;
}
