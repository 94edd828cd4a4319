// Benchmark: N generated hosts loaded through libvirt's test driver into the inventory and the cluster
// tree, against sequential virsh listing and dumping the same objects. Prints its figures.
#include "hostgenerator.h"
#include "inventory/clustertreemodel.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/pciids.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTreeView>

#include <libvirt/libvirt.h>

#include <cstdio>
#include <malloc.h>

namespace {
long peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

// Resident memory by kind, to tell what the console holds from what libvirt's in-process test driver holds.
struct Breakdown
{
    double stacksMiB = 0, anonMiB = 0, fileMiB = 0;
    int stacks = 0;
};
Breakdown residentBreakdown()
{
    Breakdown b;
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return b;
    qint64 size = 0;
    bool anon = false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && !line.startsWith("VmFlags")) {
            const QList<QByteArray> range = parts[0].split('-');
            size = range.value(1).toLongLong(nullptr, 16) - range.value(0).toLongLong(nullptr, 16);
            anon = parts.size() < 6 || parts[5].startsWith('[');
        } else if (line.startsWith("Rss:")) {
            const double mib = parts.value(1).toDouble() / 1024.0;
            // Worker threads get 1 MiB stacks (LibvirtHostConnection): count those mappings apart.
            if (anon && size >= 1020 * 1024 && size <= 1040 * 1024) {
                b.stacksMiB += mib;
                ++b.stacks;
            } else if (anon) {
                b.anonMiB += mib;
            } else {
                b.fileMiB += mib;
            }
        }
    }
    return b;
}

int countRows(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    int n = m.rowCount(parent);
    for (int r = 0, rows = n; r < rows; ++r)
        n += countRows(m, m.index(r, 0, parent));
    return n;
}

double virshSeconds(const QList<HostGenerator::HostFile> &hosts, int limit)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < limit; ++i) {
        const HostGenerator::HostFile &h = hosts[i];
        // One virsh process per host, as a script would do: list, then dump every device and domain.
        QStringList cmds{QStringLiteral("list --all --name")};
        for (const QString &d : h.nodeDevices)
            cmds << QStringLiteral("nodedev-dumpxml ") + d;
        for (const QString &d : h.domains)
            cmds << QStringLiteral("dumpxml ") + d;
        QProcess p;
        p.start(QStringLiteral("virsh"), {QStringLiteral("-q"), QStringLiteral("-c"),
                                          QStringLiteral("test://") + h.path, cmds.join(u';')});
        p.waitForFinished(60000);
        if (p.exitCode() != 0)
            std::fprintf(stderr, "virsh failed on %s: %s\n", qPrintable(h.path),
                         p.readAllStandardError().constData());
    }
    return t.elapsed() / 1000.0;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("hosts"), QStringLiteral("Hosts (default 1000)."), QStringLiteral("n"),
                 QStringLiteral("1000")});
    p.addOption({QStringLiteral("gpus"), QStringLiteral("GPUs per host (default 8)."), QStringLiteral("n"),
                 QStringLiteral("8")});
    p.addOption({QStringLiteral("vms"), QStringLiteral("VMs per host (default 20)."), QStringLiteral("n"),
                 QStringLiteral("20")});
    p.addOption({QStringLiteral("dir"),
                 QStringLiteral("Where to write the host files (default: a temporary folder)."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("virsh-hosts"),
                 QStringLiteral("Hosts to time virsh on; the rest is extrapolated (default all, 0 skips)."),
                 QStringLiteral("n"), QStringLiteral("-1")});
    p.addOption({QStringLiteral("no-view"),
                 QStringLiteral("Load the inventory only, without the tree model and view.")});
    p.addOption({QStringLiteral("libvirt-only"),
                 QStringLiteral("Internal: open the hosts with plain libvirt and print the peak RSS.")});
    p.process(app);

    QTemporaryDir tmp;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : tmp.path();
    HostGenerator::Params params{p.value(QStringLiteral("hosts")).toInt(),
                                 p.value(QStringLiteral("gpus")).toInt(),
                                 p.value(QStringLiteral("vms")).toInt()};
    const QList<HostGenerator::HostFile> files = HostGenerator::generate(dir, params);
    if (p.isSet(QStringLiteral("libvirt-only"))) {
        // What libvirt's test driver alone holds for these hosts, opened one after another.
        QList<virConnectPtr> conns;
        for (const auto &f : files)
            conns.append(virConnectOpen(QByteArray("test://" + f.path.toUtf8()).constData()));
        std::printf("%ld\n", peakRssKiB());
        for (virConnectPtr c : conns)
            if (c)
                virConnectClose(c);
        return 0;
    }
    std::printf("hosts: %d x %d GPUs x %d VMs (files in %s)\n", params.hosts, params.gpusPerHost,
                params.vmsPerHost, qPrintable(dir));

    LibvirtEventLoop loop;
    PciIds ids;
    ids.load(PciIds::systemPath());
    LibvirtWorker::Options options;
    options.pciIds = &ids;
    LibvirtConnectionFactory factory(&loop, options);
    Inventory inventory(&factory);
    const bool withView = !p.isSet(QStringLiteral("no-view"));
    std::unique_ptr<ClusterTreeModel> model(withView ? new ClusterTreeModel(&inventory) : nullptr);
    QTreeView view;
    if (withView) {
        view.setModel(model.get());
        view.resize(600, 800);
        view.show();
    }

    QElapsedTimer t;
    t.start();
    bool loaded = false;
    QObject::connect(&inventory, &Inventory::allHostsLoaded, &app, [&] {
        loaded = true;
        app.quit();
    });
    for (const auto &f : files)
        inventory.addHost(QStringLiteral("test://") + f.path);
    app.exec();
    QApplication::processEvents(); // let the view lay out what arrived last
    const double loadSeconds = t.elapsed() / 1000.0;
    int vms = 0, failed = 0;
    for (const QString &id : inventory.hostIds()) {
        vms += int(inventory.host(id)->snapshot.vms.size());
        failed += inventory.host(id)->loaded ? 0 : 1;
    }
    const int shownRows = model ? countRows(*model) : 0;

    t.restart();
    ClusterTreeModel fresh(&inventory);
    const int freshRows = countRows(fresh);
    const double treeSeconds = t.elapsed() / 1000.0;

    std::printf("inventory complete and shown: %.3f s (%d hosts, %d failed, %d VMs, %d tree rows)\n",
                loadSeconds, inventory.loadedHostCount(), failed, vms, shownRows);
    std::printf("tree model populated from a loaded inventory: %.3f s (%d rows)\n", treeSeconds, freshRows);
    std::printf("peak RSS: %.1f MiB\n", peakRssKiB() / 1024.0);
    QProcess self;
    self.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--libvirt-only"), QStringLiteral("--dir"), dir, QStringLiteral("--hosts"),
                QString::number(params.hosts), QStringLiteral("--gpus"), QString::number(params.gpusPerHost),
                QStringLiteral("--vms"), QString::number(params.vmsPerHost)});
    self.waitForFinished(120000);
    std::printf("of which libvirt's in-process test driver alone, for the same hosts: %.1f MiB\n",
                self.readAllStandardOutput().trimmed().toLong() / 1024.0);
    const Breakdown mem = residentBreakdown();
    std::printf(
        "resident now: %d thread stacks %.1f MiB, heap and other anonymous %.1f MiB, mapped files %.1f MiB\n",
        mem.stacks, mem.stacksMiB, mem.anonMiB, mem.fileMiB);
    const struct mallinfo2 heap = mallinfo2();
    std::printf("malloc: %.1f MiB in use, %.1f MiB held free in its arenas\n", heap.uordblks / 1048576.0,
                heap.fordblks / 1048576.0);

    int limit = p.value(QStringLiteral("virsh-hosts")).toInt();
    if (limit < 0 || limit > files.size())
        limit = int(files.size());
    if (limit > 0) {
        const double vs = virshSeconds(files, limit);
        const double total = vs * files.size() / limit;
        std::printf("sequential virsh (list + dump every device and domain): %.3f s for %d hosts%s\n", total,
                    int(files.size()),
                    limit < files.size() ? qPrintable(QStringLiteral(" (extrapolated from %1)").arg(limit))
                                         : "");
        std::printf("ratio virsh / console: %.1fx\n", total / loadSeconds);
    }
    return loaded && failed == 0 ? 0 : 1;
}
