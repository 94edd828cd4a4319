// gpuvirtctl plan: where requests would be placed, without touching any host (docs/plan-json.md).
#include "commands.h"
#include "scheduler/placement.h"
#include "scheduler/traceimport.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

int planCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Preview where requests would be placed, without touching any host."));
    p.addHelpOption();
    p.addOption({QStringLiteral("nodes"), Ctl::tr("Cluster as a node list CSV (the Alibaba openb format)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("requests"),
                 Ctl::tr("Requests as a pod list CSV (the Alibaba openb format)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("policy"),
                 Ctl::tr("breadth-first, depth-first, best-fit or fragmentation-aware (default)."),
                 QStringLiteral("name"), QStringLiteral("fragmentation-aware")});
    p.addOption({QStringLiteral("inflate"),
                 Ctl::tr("Repeat the requests until their GPU demand equals the cluster's capacity.")});
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
    if (!p.isSet(QStringLiteral("nodes")) || !p.isSet(QStringLiteral("requests"))) {
        ctlError(Ctl::tr("plan needs --nodes FILE and --requests FILE"));
        return 2;
    }
    const auto cluster = Sched::Trace::readNodes(p.value(QStringLiteral("nodes")));
    if (!cluster) {
        ctlError(cluster.error().toString());
        return 1;
    }
    auto requests = Sched::Trace::readPods(p.value(QStringLiteral("requests")));
    if (!requests) {
        ctlError(requests.error().toString());
        return 1;
    }
    QList<Sched::PlacementRequest> arrived = requests.value();
    if (p.isSet(QStringLiteral("inflate")))
        arrived = Sched::Trace::inflate(arrived, qint64(cluster->gpuCount()) * 1000);
    const Sched::PlacementResult result = Sched::place(cluster.value(), arrived, *policy);
    if (*format == Format::Json) {
        std::fputs(QJsonDocument(Sched::toJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    QString out;
    for (const Sched::PlacedItem &i : result.items) {
        // Trace clusters have no PCI addresses: name their GPUs by index on the node.
        QStringList gpus = i.gpuAddresses;
        if (gpus.isEmpty())
            for (int g : i.gpuIndexes)
                gpus << Ctl::tr("GPU %1").arg(g);
        out += i.placed ? QStringLiteral("%1  %2  %3\n").arg(i.request, i.host, gpus.join(u", "))
                        : QStringLiteral("%1  -  %2\n").arg(i.request, i.reason);
    }
    const Sched::PlacementTotals &t = result.totals;
    out += Ctl::tr("%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; "
                   "fragmentation %7 GPUs")
               .arg(Sched::policyText(result.policy))
               .arg(t.placed)
               .arg(t.requested)
               .arg(t.allocatedShare() * 100, 0, 'f', 2)
               .arg(t.gpusTouched)
               .arg(t.gpusFree)
               .arg(t.fragmentationGpus, 0, 'f', 1);
    std::fputs(out.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
