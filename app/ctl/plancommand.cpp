// gpuvirtctl plan: where requests would be placed, without touching any host (docs/plan-json.md).
#include "clusterload.h"
#include "commands.h"
#include "inventory/inventoryjsonreader.h"
#include "scheduler/placement.h"
#include "scheduler/requestfile.h"
#include "scheduler/traceimport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace {

// The cluster from exactly one of --nodes, --inventory and --demo; nullopt after a usage error.
std::optional<Result<Sched::SchedCluster>> clusterOf(QCoreApplication &app, const QCommandLineParser &p)
{
    const int sources = int(p.isSet(QStringLiteral("nodes"))) + int(p.isSet(QStringLiteral("inventory"))) +
                        int(p.isSet(QStringLiteral("demo")));
    if (sources != 1) {
        ctlError(
            Ctl::tr("plan needs one cluster (--nodes FILE, --inventory FILE or --demo) and --requests FILE"));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("nodes")))
        return Sched::Trace::readNodes(p.value(QStringLiteral("nodes")));
    const auto snapshots = p.isSet(QStringLiteral("demo"))
                               ? loadDemoSnapshots(app, 60)
                               : InventoryJson::readSnapshotsFile(p.value(QStringLiteral("inventory")));
    if (!snapshots)
        return Result<Sched::SchedCluster>(snapshots.error());
    return Result<Sched::SchedCluster>(Sched::SchedCluster::fromSnapshots(snapshots.value()));
}

QString table(const Sched::PlacementResult &result)
{
    QString out;
    for (const Sched::PlacedItem &i : result.items) {
        // Trace clusters have no PCI addresses: name their GPUs by index on the node.
        QStringList gpus = i.gpuAddresses;
        if (gpus.isEmpty())
            for (int g : i.gpuIndexes)
                gpus << Ctl::tr("GPU %1").arg(g);
        QString where = gpus.join(u", ");
        if (i.placed && i.slot >= 0)
            where += QStringLiteral("  ") + Ctl::tr("slot %1").arg(i.slot);
        out += i.placed ? QStringLiteral("%1  %2  %3\n").arg(i.request, i.host, where)
                        : QStringLiteral("%1  -  %2\n").arg(i.request, i.reason);
    }
    const Sched::PlacementTotals &t = result.totals;
    out += Ctl::tr("%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; "
                   "fragmentation %7 GPUs; lower bound %8 GPUs")
               .arg(Sched::policyText(result.policy))
               .arg(t.placed)
               .arg(t.requested)
               .arg(t.allocatedShare() * 100, 0, 'f', 2)
               .arg(t.gpusTouched)
               .arg(t.gpusFree)
               .arg(t.fragmentationGpus, 0, 'f', 1)
               .arg(t.lowerBoundGpus);
    return out + u'\n';
}

} // namespace

int planCommand(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Preview where requests would be placed, without touching any host."));
    p.addHelpOption();
    p.addOption({QStringLiteral("nodes"), Ctl::tr("Cluster as a node list CSV (the Alibaba openb format)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("inventory"),
                 Ctl::tr("Cluster as an inventory dump (gpuvirtctl inventory --format json)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("demo"), Ctl::tr("Cluster: the built-in demo cluster.")});
    p.addOption({QStringLiteral("requests"),
                 Ctl::tr("Requests as JSON or CSV (docs/plan-json.md), or a pod list CSV (the Alibaba openb "
                         "format)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("policy"),
                 Ctl::tr("breadth-first, depth-first, best-fit or fragmentation-aware (default)."),
                 QStringLiteral("name"), QStringLiteral("fragmentation-aware")});
    p.addOption({QStringLiteral("inflate"),
                 Ctl::tr("Repeat the requests until their GPU demand equals the cluster's capacity.")});
    p.addOption({QStringLiteral("mixed-size"),
                 Ctl::tr("Plan GPUs without vGPUs in mixed-size vGPU mode (vGPU 17 and later).")});
    addFormatOption(p);
    p.process(args);

    const auto format = formatOf(p);
    if (!format)
        return 2;
    const auto policy = Sched::policyFromKey(p.value(QStringLiteral("policy")));
    if (!policy) {
        ctlError(
            Ctl::tr("unknown policy \"%1\": use breadth-first, depth-first, best-fit or fragmentation-aware")
                .arg(p.value(QStringLiteral("policy"))));
        return 2;
    }
    if (!p.isSet(QStringLiteral("requests"))) {
        ctlError(
            Ctl::tr("plan needs one cluster (--nodes FILE, --inventory FILE or --demo) and --requests FILE"));
        return 2;
    }
    // Requests first: a typo there is found without waiting for the demo cluster to load.
    auto requests = Sched::RequestFile::read(p.value(QStringLiteral("requests")));
    if (!requests) {
        ctlError(requests.error().toString());
        return 1;
    }
    const auto cluster = clusterOf(app, p);
    if (!cluster)
        return 2;
    if (!*cluster) {
        ctlError(cluster->error().toString());
        return 1;
    }
    Sched::SchedCluster c = cluster->value();
    if (p.isSet(QStringLiteral("mixed-size")))
        c.assumeMixedSizeWhereEmpty();
    QList<Sched::PlacementRequest> arrived = requests.value();
    if (p.isSet(QStringLiteral("inflate")))
        arrived = Sched::Trace::inflate(arrived, qint64(c.gpuCount()) * 1000);
    const Sched::PlacementResult result = Sched::place(c, arrived, *policy);
    if (*format == Format::Json)
        std::fputs(QJsonDocument(Sched::toJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::fputs(table(result).toUtf8().constData(), stdout);
    return 0;
}
