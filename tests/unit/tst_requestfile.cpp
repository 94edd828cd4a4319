// Request files as an operator writes them by hand: both formats round-trip every kind and constraint,
// the format is recognised from the content, and every mistake is reported with its line (and column
// for JSON syntax), never accepted half-read.
#include "scheduler/requestfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sched;
using Kind = PlacementRequest::Kind;

namespace {
QList<PlacementRequest> sample()
{
    QList<PlacementRequest> out;
    PlacementRequest vdi;
    vdi.name = QStringLiteral("vdi, pool \"A\""); // a comma and quotes: CSV must quote it
    vdi.count = 6;
    vdi.kind = Kind::VgpuType;
    vdi.vgpuType = QStringLiteral("A16-2Q");
    vdi.gpuModels = {QStringLiteral("A16")};
    vdi.hosts = {QStringLiteral("vdi-a16-01"), QStringLiteral("vdi-a16-02")};
    vdi.labels = {QStringLiteral("zone=a")};
    vdi.antiAffinity = QStringLiteral("vdi");
    vdi.numaNode = 1;
    vdi.cpuMilli = 4000;
    vdi.memoryMiB = 8192;
    out.append(vdi);
    PlacementRequest inf;
    inf.name = QStringLiteral("inference");
    inf.kind = Kind::MigProfile;
    inf.migProfile = MigLayout::Profile::G3_40;
    out.append(inf);
    PlacementRequest train;
    train.name = QStringLiteral("train");
    train.kind = Kind::WholeGpus;
    train.gpus = 2;
    out.append(train);
    PlacementRequest media;
    media.name = QStringLiteral("media");
    media.kind = Kind::VirtualFunction;
    out.append(media);
    PlacementRequest nb;
    nb.name = QStringLiteral("notebook");
    nb.count = 3;
    nb.kind = Kind::MilliGpu;
    nb.milli = 250;
    out.append(nb);
    return out;
}

void compareRequests(const QList<PlacementRequest> &a, const QList<PlacementRequest> &b)
{
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].name, b[i].name);
        QCOMPARE(a[i].count, b[i].count);
        QCOMPARE(int(a[i].kind), int(b[i].kind));
        QCOMPARE(RequestFile::sizeText(a[i]), RequestFile::sizeText(b[i]));
        QCOMPARE(a[i].gpuModels, b[i].gpuModels);
        QCOMPARE(a[i].hosts, b[i].hosts);
        QCOMPARE(a[i].labels, b[i].labels);
        QCOMPARE(a[i].antiAffinity, b[i].antiAffinity);
        QCOMPARE(a[i].numaNode, b[i].numaNode);
        QCOMPARE(a[i].cpuMilli, b[i].cpuMilli);
        QCOMPARE(a[i].memoryMiB, b[i].memoryMiB);
    }
}

QString errorOf(const QByteArray &data, const QString &file = QStringLiteral("req"))
{
    const auto r = RequestFile::parse(data, file);
    return r ? QString() : r.error().summary;
}
} // namespace

class TestRequestFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        const QByteArray json = RequestFile::toJson(sample());
        QVERIFY(json.contains("\"vgpuType\": \"A16-2Q\""));
        QVERIFY(json.contains("\"virtualFunction\": true"));
        const auto back = RequestFile::parse(json, QStringLiteral("r.json"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().summary));
        compareRequests(back.value(), sample());
    }

    void csvRoundTrip()
    {
        const QByteArray csv = RequestFile::toCsv(sample());
        QVERIFY(csv.startsWith("name,count,kind,size,"));
        QVERIFY2(
            csv.contains(
                "\"vdi, pool \"\"A\"\"\",6,vgpu,A16-2Q,A16,vdi-a16-01|vdi-a16-02,zone=a,vdi,1,4000,8192"),
            csv.constData());
        const auto back = RequestFile::parse(csv, QStringLiteral("r.csv"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().summary));
        compareRequests(back.value(), sample());
    }

    void nameThatLooksLikeACommentRoundTrips()
    {
        // A line starting with # is a comment in the CSV form: a request named "#7 render" must not export
        // as one (fuzzing found a pod name that did, and the request was lost on the way back).
        QList<PlacementRequest> requests = sample();
        requests[0].name = QStringLiteral("#7 render");
        const QByteArray csv = RequestFile::toCsv(requests);
        QVERIFY2(csv.contains("\n\"#7 render\","), csv.constData());
        const auto back = RequestFile::parse(csv, QStringLiteral("r.csv"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().summary));
        compareRequests(back.value(), requests);
    }

    void shortCsvAndDefaults()
    {
        // Only the required columns; comments and blank lines are skipped; count defaults to 1.
        const auto r = RequestFile::parse("# a pool\nname,kind,size\n\nws,vgpu,L40S-8Q\ntrain,gpus,4\n", {});
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).count, 1);
        QCOMPARE(r->at(0).numaNode, -1);
        QCOMPARE(r->at(1).gpus, 4);
    }

    void recognisesThePodList()
    {
        const auto r = RequestFile::parse("name,cpu_milli,memory_mib,num_gpu,gpu_milli\np1,1000,2048,1,500\n",
                                          QStringLiteral("pods.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(int(r->at(0).kind), int(Kind::MilliGpu));
    }

    void bareJsonListAndMigBackedType()
    {
        const auto r = RequestFile::parse(R"([{"name": "m", "vgpuType": "A100-3-40C"}])", {});
        QVERIFY(r.ok());
        QCOMPARE(int(r->at(0).kind), int(Kind::MigProfile)); // placed as the MIG profile it stands for
        QCOMPARE(int(r->at(0).migProfile), int(MigLayout::Profile::G3_40));
    }

    void jsonSyntaxErrorNamesLineAndColumn()
    {
        const QByteArray json = "{\n  \"requests\": [\n    {\"name\": \"a\" \"gpus\": 1}\n  ]\n}\n";
        const QString e = errorOf(json, QStringLiteral("bad.json"));
        QVERIFY2(e.startsWith(QStringLiteral("bad.json: line 3, column 18:")), qPrintable(e));
    }

    void jsonMistakes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QByteArray head =
            "{\n  \"version\": 1,\n  \"requests\": [\n    {\"name\": \"ok\", \"wholeGpus\": 1},\n";
        QTest::newRow("unknown key") << head + "    {\"name\": \"x\",\n     \"vgpu\": \"A16-2Q\"}\n  ]\n}"
                                     << "line 6:"
                                     << "unknown key \"vgpu\"";
        QTest::newRow("two kinds") << head +
                                          "    {\"name\": \"x\", \"wholeGpus\": 1, \"milliGpu\": 5}\n  ]\n}"
                                   << "line 5:"
                                   << "exactly one of";
        QTest::newRow("no kind") << head + "    {\"name\": \"x\"}\n  ]\n}"
                                 << "line 5:"
                                 << "exactly one of";
        QTest::newRow("bad type") << head + "    {\"name\": \"x\",\n\n     \"vgpuType\": \"A16-two\"}\n  ]\n}"
                                  << "line 7:"
                                  << "not a vGPU type name";
        QTest::newRow("bad profile") << head + "    {\"name\": \"x\", \"migProfile\": \"5g.50gb\"}\n  ]\n}"
                                     << "line 5:"
                                     << "not a MIG profile";
        QTest::newRow("share too big") << head + "    {\"name\": \"x\", \"milliGpu\": 1000}\n  ]\n}"
                                       << "line 5:"
                                       << "1 to 999";
        QTest::newRow("count zero") << head + "    {\"name\": \"x\", \"count\": 0, \"wholeGpus\": 1}\n  ]\n}"
                                    << "line 5:"
                                    << "count 0";
        QTest::newRow("count text")
            << head + "    {\"name\": \"x\",\n     \"count\": \"3\", \"wholeGpus\": 1}\n  ]\n}"
            << "line 6:"
            << "whole number";
        QTest::newRow("no name") << head + "    {\"wholeGpus\": 1}\n  ]\n}"
                                 << "line 5:"
                                 << "no name";
        QTest::newRow("hosts not names")
            << head + "    {\"name\": \"x\", \"wholeGpus\": 1,\n     \"hosts\": [1]}\n  ]\n}"
            << "line 6:"
            << "list of names";
        QTest::newRow("not an object") << head + "    7\n  ]\n}"
                                       << "line 1:"
                                       << "not an object";
        QTest::newRow("top-level typo") << QByteArray("{\"request\": []}") << "line 1:"
                                        << "unknown key";
        QTest::newRow("version") << QByteArray("{\"version\": 2, \"requests\": []}") << "line 1:"
                                 << "version 2";
        // Found by fuzz_requestfile: such a name exported to a CSV that the import refused.
        QTest::newRow("line break in a name")
            << head + "    {\"name\": \"a\\nb\", \"wholeGpus\": 1}\n  ]\n}" << "line "
            << "line break";
        QTest::newRow("bar in a host") << head + "    {\"name\": \"x\", \"wholeGpus\": 1, \"hosts\": [\"a|b\"]}\n  ]\n}"
                                       << "line " << "cannot contain |";
    }

    void jsonMistakes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QString e = errorOf(json, QStringLiteral("r.json"));
        QVERIFY2(e.startsWith(QStringLiteral("r.json: ") + where), qPrintable(e));
        QVERIFY2(e.contains(what), qPrintable(e));
    }

    void csvMistakes_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        const QByteArray head = "name,count,kind,size\nok,1,gpus,1\n";
        QTest::newRow("fields") << head + "x,1,gpus\n"
                                << "line 3:"
                                << "expected 4 fields, found 3";
        QTest::newRow("kind") << head + "x,1,gpu,1\n"
                              << "line 3:"
                              << "kind \"gpu\"";
        QTest::newRow("size") << head + "\nx,1,vgpu,A16\n"
                              << "line 4:"
                              << "not a vGPU type name";
        QTest::newRow("count") << head + "x,-2,gpus,1\n"
                               << "line 3:"
                               << "count \"-2\"";
        QTest::newRow("vf size") << head + "x,1,vf,2\n"
                                 << "line 3:"
                                 << "takes no size";
        QTest::newRow("quote") << head + "\"x,1,gpus,1\n"
                               << "line 3:"
                               << "not closed";
        QTest::newRow("column") << QByteArray("name,kind,size,colour\n") << "line 1:"
                                << "unknown column \"colour\"";
        QTest::newRow("required") << QByteArray("name,count\n") << "line 1:"
                                  << "lacks the column kind";
        QTest::newRow("empty") << QByteArray("\n\n") << ""
                               << "empty";
    }

    void csvMistakes()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const QString e = errorOf(csv, QStringLiteral("r.csv"));
        QVERIFY2(e.startsWith(QStringLiteral("r.csv: ") + where), qPrintable(e));
        QVERIFY2(e.contains(what), qPrintable(e));
    }

    void filesRoundTrip()
    {
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("r.json"), QStringLiteral("r.CSV")}) {
            const QString path = dir.filePath(name);
            QVERIFY(RequestFile::write(path, sample()).ok());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.peek(1) == "{", name.endsWith(u".json"));
            const auto back = RequestFile::read(path);
            QVERIFY(back.ok());
            compareRequests(back.value(), sample());
        }
        const auto missing = RequestFile::read(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().summary.contains(QStringLiteral("none.json")));
        QVERIFY(!RequestFile::write(dir.filePath(QStringLiteral("no/such/dir.json")), sample()).ok());
    }
};

QTEST_GUILESS_MAIN(TestRequestFile)
#include "tst_requestfile.moc"
