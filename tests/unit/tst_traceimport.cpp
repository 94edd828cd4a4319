// Importing the Alibaba openb trace: the node list as a cluster, pod lists as requests, and errors that
// name the file and line.
#include "scheduler/traceimport.h"

#include <QFileInfo>
#include <QTest>

using namespace Sched;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(GPUVIRT_FIXTURES "/scheduler/") + QLatin1String(name);
}
QString realTrace(const char *name)
{
    return QStringLiteral(GPUVIRT_SOURCE_DIR "/../shared/data/alibaba-openb/") + QLatin1String(name);
}
} // namespace

class TestTraceImport : public QObject
{
    Q_OBJECT
private slots:
    void nodes()
    {
        const auto c = Trace::readNodes(fixture("nodes_small.csv"));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        QCOMPARE(c->nodes.size(), 3);
        QCOMPARE(c->gpuCount(), 6);
        QCOMPARE(c->nodes[1].host, QStringLiteral("node-b"));
        QCOMPARE(c->nodes[1].cpuMilli, 64000);
        QCOMPARE(c->nodes[1].memoryMiB, 262144);
        QCOMPARE(c->models[c->nodes[1].gpus[0].model], QStringLiteral("V100M16"));
        QVERIFY(c->nodes[2].gpus.isEmpty());
    }

    void pods()
    {
        const auto p = Trace::readPods(fixture("pods_small.csv"));
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 4); // pod-2 asks for no GPU
        using Kind = PlacementRequest::Kind;
        QCOMPARE(p->at(0).name, QStringLiteral("pod-0"));
        QCOMPARE(p->at(0).kind, Kind::WholeGpus);
        QCOMPARE(p->at(1).kind, Kind::MilliGpu);
        QCOMPARE(p->at(1).milli, 460);
        QCOMPARE(p->at(1).cpuMilli, 6000);
        QCOMPARE(p->at(2).name, QStringLiteral("pod-3")); // arrival order kept
        QCOMPARE(p->at(2).gpus, 2);
        QCOMPARE(p->at(2).gpuModels, (QStringList{QStringLiteral("V100M16"), QStringLiteral("V100M32")}));
        QCOMPARE(p->at(3).gpuModels, QStringList{QStringLiteral("T4")});
        const auto five = Trace::readPods(fixture("pods_5columns.csv")); // the multigpu30 layout
        QVERIFY(five.ok());
        QCOMPARE(five->size(), 2);
        QCOMPARE(five->at(1).gpus, 8);
    }

    void importedTraceRespectsConstraints()
    {
        const auto c = Trace::readNodes(fixture("nodes_small.csv"));
        const auto p = Trace::readPods(fixture("pods_small.csv"));
        QVERIFY(c.ok() && p.ok());
        const PlacementResult r = place(*c, *p, Policy::FragmentationAware);
        QCOMPARE(r.totals.placed, 4);
        QCOMPARE(r.items[2].host, QStringLiteral("node-b")); // V100 only
        QCOMPARE(r.items[3].host, QStringLiteral("node-a")); // T4 only
    }

    void malformedNumberNamesTheLine()
    {
        const auto p = Trace::readPods(fixture("pods_bad_number.csv"));
        QVERIFY(!p.ok());
        const QString s = p.error().summary;
        QVERIFY2(s.contains(QStringLiteral("pods_bad_number.csv")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("line 17: gpu_milli \"abc\" is not a number")), qPrintable(s));
    }

    void malformedRowsAndHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("nodes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("field count") << "nodes_bad_fields.csv" << true
                                     << "line 7: expected 5 fields, found 4";
        QTest::newRow("missing column") << "pods_missing_column.csv" << false << "num_gpu";
        QTest::newRow("milli range") << "pods_milli_range.csv" << false << "line 3: gpu_milli 1500";
    }

    void malformedRowsAndHeaders()
    {
        QFETCH(QString, file);
        QFETCH(bool, nodes);
        QFETCH(QString, expected);
        const QString path = fixture(file.toLatin1().constData());
        const QString error =
            nodes ? Trace::readNodes(path).error().summary : Trace::readPods(path).error().summary;
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void controlCharactersAreRefusedWithTheLine()
    {
        // A pod name or GPU model with a control character would import and then export to a request file
        // the console refuses; the import says where it is instead.
        const QByteArray header = "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec\n";
        const auto name = Trace::parsePods(header + "ok,1000,1024,1,500,\npod\x01x,1000,1024,1,500,\n",
                                           QStringLiteral("pods.csv"));
        QVERIFY(!name.ok());
        QVERIFY2(name.error().summary.startsWith(QStringLiteral("pods.csv: line 3: ")),
                 qPrintable(name.error().summary));
        QVERIFY2(name.error().summary.contains(QStringLiteral("control character")),
                 qPrintable(name.error().summary));
        const auto model =
            Trace::parsePods(header + "p,1000,1024,1,500,T4|V100\x7f\n", QStringLiteral("pods.csv"));
        QVERIFY(!model.ok());
        QVERIFY(model.error().summary.contains(QStringLiteral("line 2")));
        // Tabs and the like inside the file's own separators stay what they were: trimmed away.
        QVERIFY(Trace::parsePods(header + "\tp\t,1000,1024,1,500,T4\n", QStringLiteral("pods.csv")).ok());
    }

    void emptyAndMissingFiles()
    {
        QVERIFY(!Trace::parsePods(QByteArray(), QStringLiteral("empty.csv")).ok());
        const auto missing = Trace::readNodes(fixture("no-such-file.csv"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().summary.contains(QStringLiteral("no-such-file.csv")));
        // CRLF line ends and a trailing blank line are fine.
        const auto crlf = Trace::parseNodes("sn,cpu_milli,memory_mib,gpu,model\r\nn1,1000,1024,1,T4\r\n\r\n",
                                            QStringLiteral("crlf.csv"));
        QVERIFY(crlf.ok());
        QCOMPARE(crlf->gpuCount(), 1);
    }

    void realTraceWhenPresent()
    {
        if (!QFileInfo::exists(realTrace("openb_node_list_gpu_node.csv")))
            QSKIP("the Alibaba trace is not beside the source tree");
        const auto c = Trace::readNodes(realTrace("openb_node_list_gpu_node.csv"));
        QVERIFY(c.ok());
        QCOMPARE(c->nodes.size(), 1213);
        QCOMPARE(c->gpuCount(), 6212);
        const auto p = Trace::readPods(realTrace("openb_pod_list_default.csv"));
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 7064); // 8,152 tasks, 1,088 of them without a GPU
        const auto m = Trace::readPods(realTrace("openb_pod_list_multigpu30.csv"));
        QVERIFY(m.ok());
        QCOMPARE(m->size(), 7420);
    }
};

QTEST_GUILESS_MAIN(TestTraceImport)
#include "tst_traceimport.moc"
