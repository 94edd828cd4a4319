// Replays the Alibaba openb traces with every placement policy the way Weng et al. (ATC '23) do: tasks
// in arrival order, the task list cycled ("inflated") until the arrived GPU demand reaches the cluster's
// GPU capacity, then reports how much of the arrived demand each policy could place.
//
//   bench_placement [TRACE_DIR] [--repeat N] [--policy NAME]
#include "scheduler/placement.h"
#include "scheduler/traceimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QString findTraceDir(const QStringList &args)
{
    QStringList candidates;
    for (int i = 1; i < args.size(); ++i) {
        if (!args[i].startsWith(u'-') && (i == 1 || !args[i - 1].startsWith(u"--")))
            candidates.append(args[i]);
    }
    candidates.append(qEnvironmentVariable("GPUVIRT_TRACE_DIR"));
    // The source tree sits beside ../shared (this file is tests/bench/ of it).
    const QString source = QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../..");
    candidates.append(source + QStringLiteral("/../shared/data/alibaba-openb"));
    candidates.append(QStringLiteral("/work/shared/data/alibaba-openb"));
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo::exists(c + QStringLiteral("/openb_node_list_gpu_node.csv")))
            return QDir(c).absolutePath();
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int repeat = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--repeat")); i >= 0 && i + 1 < args.size())
        repeat = std::max(1, args[i + 1].toInt());
    QList<Sched::Policy> policies = Sched::allPolicies();
    if (const qsizetype i = args.indexOf(QStringLiteral("--policy")); i >= 0 && i + 1 < args.size()) {
        if (const auto p = Sched::policyFromKey(args[i + 1]))
            policies = {*p};
    }
    QTextStream out(stdout);
    const QString dir = findTraceDir(args);
    if (dir.isEmpty()) {
        out << "bench_placement: no trace directory (give it as the first argument)\n";
        return 1;
    }
    const auto cluster = Sched::Trace::readNodes(dir + QStringLiteral("/openb_node_list_gpu_node.csv"));
    if (!cluster) {
        out << cluster.error().toString() << '\n';
        return 1;
    }
    const int gpus = cluster->gpuCount();
    out << "cluster: " << cluster->nodes.size() << " nodes, " << gpus << " GPUs (" << dir << ")\n";
    const QStringList traces = QDir(dir).entryList({QStringLiteral("openb_pod_list_*.csv")}, QDir::Files, QDir::Name);
    bool fgdWins = true;
    for (const QString &trace : traces) {
        const auto tasks = Sched::Trace::readPods(dir + u'/' + trace);
        if (!tasks) {
            out << tasks.error().toString() << '\n';
            return 1;
        }
        const QList<Sched::PlacementRequest> arrived = Sched::Trace::inflate(*tasks, qint64(gpus) * 1000);
        out << "\n" << trace << ": " << tasks->size() << " GPU tasks, " << arrived.size()
            << " arrived after inflation\n";
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("policy"), -20).arg(QStringLiteral("allocated %"), 12)
                   .arg(QStringLiteral("unalloc GPUs"), 13).arg(QStringLiteral("frag GPUs"), 10)
                   .arg(QStringLiteral("time ms"), 9).arg(QStringLiteral("placements/s"), 13);
        QList<double> shares;
        for (Sched::Policy p : policies) {
            double best = 1e300;
            Sched::PlacementResult result;
            for (int k = 0; k < repeat; ++k) {
                QElapsedTimer timer;
                timer.start();
                result = Sched::place(*cluster, arrived, p);
                best = std::min(best, timer.nsecsElapsed() / 1e6);
            }
            const Sched::PlacementTotals &t = result.totals;
            shares.append(t.allocatedShare());
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(Sched::policyKey(p), -20)
                       .arg(100.0 * t.allocatedShare(), 12, 'f', 2)
                       .arg(t.demandGpus - t.allocatedGpus, 13, 'f', 1)
                       .arg(t.fragmentationGpus, 10, 'f', 1)
                       .arg(best, 9, 'f', 1)
                       .arg(t.requested / (best / 1000.0), 13, 'f', 0);
        }
        const double fgd = shares.back();
        for (double s : shares)
            fgdWins = fgdWins && fgd + 1e-12 >= s;
        out.flush();
    }
    out << "\nfragmentation-aware allocates at least as much as every other policy on every trace: "
        << (fgdWins ? "yes" : "NO") << '\n';
    return 0;
}
