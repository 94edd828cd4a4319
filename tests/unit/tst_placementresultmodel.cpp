// The preview's result and comparison tables, and the runner that fills them off the GUI thread.
#include "scheduler/placementresultmodel.h"
#include "scheduler/placementrunner.h"
#include "scheduler/policycomparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Sched;
using Kind = PlacementRequest::Kind;

namespace {
SchedCluster cluster(int nodes, int gpus)
{
    SchedCluster c;
    for (int n = 0; n < nodes; ++n) {
        SchedNode node;
        node.host = QStringLiteral("h%1").arg(n + 1);
        for (int g = 0; g < gpus; ++g) {
            SchedGpu gpu;
            gpu.model = c.modelIndex(QStringLiteral("L40S"));
            gpu.framebufferMB = 48 * 1024;
            node.gpus.append(gpu);
            node.companions.append(QStringList());
            node.offeredTypes.append(QStringList());
        }
        c.nodes.append(node);
    }
    return c;
}

PlacementRequest req(const char *name, Kind kind, const char *size, int count = 1)
{
    PlacementRequest r;
    r.name = QString::fromLatin1(name);
    r.kind = kind;
    r.count = count;
    if (kind == Kind::VgpuType)
        r.vgpuType = QString::fromLatin1(size);
    else if (kind == Kind::WholeGpus)
        r.gpus = QByteArray(size).toInt();
    else if (kind == Kind::MilliGpu)
        r.milli = QByteArray(size).toInt();
    return r;
}
} // namespace

class TestPlacementResultModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resultRows()
    {
        PlacementResultModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!m.hasResult());
        const PlacementResult r = place(
            cluster(1, 1), {req("ws", Kind::VgpuType, "L40S-8Q", 2), req("train", Kind::WholeGpus, "1")},
            Policy::BestFit);
        m.setResult(r);
        QCOMPARE(m.rowCount(), 3);
        using M = PlacementResultModel;
        QCOMPARE(m.index(0, M::HostColumn).data().toString(), QStringLiteral("h1"));
        QCOMPARE(m.index(1, M::InstanceColumn).data().toInt(), 2);
        QCOMPARE(m.index(1, M::SlotColumn).data().toInt(), 1);
        QCOMPARE(m.index(1, 0).data(M::PlacementIdRole).toInt(), 16);
        QCOMPARE(m.index(0, 0).data(M::NodeRole).toInt(), 0);
        QCOMPARE(m.index(0, 0).data(M::GpuIndexesRole).value<QList<int>>(), QList<int>{0});
        QVERIFY(!m.index(2, 0).data(M::PlacedRole).toBool());
        QVERIFY(m.index(2, M::OutcomeColumn).data().toString().contains(QStringLiteral("entirely free")));
        QCOMPARE(m.index(2, M::HostColumn).data().toString(), QString());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void comparisonHasOneRowPerPolicy()
    {
        PolicyComparisonModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PlacementResult> results;
        const QList<PlacementRequest> reqs{req("nb", Kind::MilliGpu, "600", 3),
                                           req("t", Kind::WholeGpus, "1")};
        for (Policy p : allPolicies())
            results.append(place(cluster(2, 1), reqs, p));
        m.setResults(results);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.policies(), allPolicies());
        using M = PolicyComparisonModel;
        QCOMPARE(m.index(0, 0).data(M::PolicyKeyRole).toString(), QStringLiteral("breadth-first"));
        QCOMPARE(m.index(0, M::PlacedColumn).data(M::SortRole).toInt(), results[0].totals.placed);
        QVERIFY(m.index(0, M::PlacedColumn).data().toString().contains(QStringLiteral(" of 4")));
        QCOMPARE(m.index(3, M::LowerBoundColumn).data(M::SortRole).toInt(), 3);
    }

    void runnerDeliversEveryPolicy()
    {
        PlacementRunner runner;
        QSignalSpy finished(&runner, &PlacementRunner::finished);
        QSignalSpy progress(&runner, &PlacementRunner::progress);
        runner.start(cluster(50, 8), {req("nb", Kind::MilliGpu, "300", 1500)}, allPolicies());
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!runner.isRunning());
        const auto results = finished.at(0).at(0).value<QList<PlacementResult>>();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[3].policy, Policy::FragmentationAware);
        QCOMPARE(results[0].totals.requested, 1500);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
    }

    void runnerCancels()
    {
        PlacementRunner runner;
        QSignalSpy finished(&runner, &PlacementRunner::finished);
        QSignalSpy cancelled(&runner, &PlacementRunner::cancelled);
        runner.start(cluster(400, 8), {req("nb", Kind::MilliGpu, "300", 20000)}, allPolicies());
        runner.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!runner.isRunning());
        // A new run after a cancelled one delivers only its own result.
        runner.start(cluster(1, 1), {req("t", Kind::WholeGpus, "1")}, {Policy::BestFit});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<QList<PlacementResult>>().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlacementResultModel)
#include "tst_placementresultmodel.moc"
