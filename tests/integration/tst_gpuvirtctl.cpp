// gpuvirtctl as a script uses it: JSON with the documented keys, clear messages and non-zero exits for
// unknown URIs, unreachable hosts and malformed XML, never a crash.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestGpuvirtctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoJson();
    void demoTable();
    void badInput_data();
    void badInput();
    void usage();
    void plan();
    void planClustersAndRequestFiles();
    void timeslice();
    void report();

private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QByteArray out, err;
    };
    Run run(const QStringList &args);
    QTemporaryDir m_dir;
};

TestGpuvirtctl::Run TestGpuvirtctl::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/ctl/gpuvirtctl"), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestGpuvirtctl::demoJson()
{
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("--demo"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError perr;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &perr).object();
    QCOMPARE(perr.error, QJsonParseError::NoError);
    QCOMPARE(root.value(u"formatVersion").toInt(), 1);
    const QJsonArray hosts = root.value(u"hosts").toArray();
    QCOMPARE(hosts.size(), 8);
    int vms = 0;
    bool sawMig = false, sawVf = false, sawBootVga = false;
    for (const QJsonValue &h : hosts) {
        QCOMPARE(h[u"state"].toString(), QStringLiteral("connected"));
        QVERIFY(h[u"demo"].toBool());
        vms += int(h[u"vms"].toArray().size());
        for (const QJsonValue &g : h[u"gpus"].toArray()) {
            sawVf = sawVf || !g[u"virtualFunctions"].toArray().isEmpty();
            sawBootVga = sawBootVga || g[u"bootVga"].toBool();
            for (const QJsonValue &t : g[u"mdevTypes"].toArray())
                sawMig = sawMig || t[u"migBacked"].toBool();
        }
    }
    QVERIFY(vms >= 40);
    QVERIFY(sawMig && sawVf && sawBootVga);
    // A16-2Q as documented: 2048 MB, series Q, licence vWS.
    const QJsonObject a16 = std::find_if(hosts.begin(), hosts.end(), [](const QJsonValue &h) {
                                return h[u"name"].toString() == u"vdi-a16-01";
                            })->toObject();
    bool found = false;
    for (const QJsonValue &t : a16[u"gpus"].toArray().first()[u"mdevTypes"].toArray()) {
        if (t[u"name"].toString() == u"NVIDIA A16-2Q") {
            found = true;
            QCOMPARE(t[u"framebufferMB"].toInt(), 2048);
            QCOMPARE(t[u"series"].toString(), QStringLiteral("Q"));
            QCOMPARE(t[u"edition"].toString(), QStringLiteral("vWS"));
            QCOMPARE(t[u"max"].toInt(), 8);
        }
    }
    QVERIFY(found);
}

void TestGpuvirtctl::demoTable()
{
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("--demo"), QStringLiteral("--format"),
                       QStringLiteral("table")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("vdi-a16-01"));
    QVERIFY(r.out.contains("GA107GL [A2 / A16]"));
    QVERIFY(r.out.contains("6 vGPUs"));
}

void TestGpuvirtctl::badInput_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected"); // in the message on standard error
    QTest::newRow("unknown driver") << QStringLiteral("nosuchdriver:///system")
                                    << QStringLiteral("nosuchdriver:///system");
    QTest::newRow("missing file") << QStringLiteral("test://%1/none.xml") << QStringLiteral("none.xml");
    QTest::newRow("malformed xml") << QStringLiteral("test://%1/bad.xml") << QStringLiteral("bad.xml");
    QTest::newRow("unreachable host")
        << QStringLiteral("qemu+tcp://127.0.0.1:1/system") << QStringLiteral("127.0.0.1");
}

void TestGpuvirtctl::badInput()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QFile bad(m_dir.filePath(QStringLiteral("bad.xml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("<node><device><name>pci_0000_01_00_0</name><capability type='pci'>");
    bad.close();
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("--connect"), uri.arg(m_dir.path()),
                       QStringLiteral("--timeout"), QStringLiteral("30")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    // The JSON still says what happened to the host.
    const QJsonObject host = QJsonDocument::fromJson(r.out).object()[u"hosts"].toArray().first().toObject();
    QCOMPARE(host[u"state"].toString(), QStringLiteral("lost"));
    QVERIFY(!host[u"error"].toString().isEmpty());
}

void TestGpuvirtctl::usage()
{
    QCOMPARE(run({QStringLiteral("inventory"), QStringLiteral("--demo"), QStringLiteral("--format"),
                  QStringLiteral("xml")})
                 .exitCode,
             2);
    const Run unknown = run({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("frobnicate"));
    QCOMPARE(run({}).exitCode, 2);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("gpuvirtctl "));
}

void TestGpuvirtctl::plan()
{
    const QString nodes = QStringLiteral(GPUVIRT_FIXTURES "/scheduler/nodes_small.csv");
    const QString pods = QStringLiteral(GPUVIRT_FIXTURES "/scheduler/pods_small.csv");
    const Run json =
        run({QStringLiteral("plan"), QStringLiteral("--nodes"), nodes, QStringLiteral("--requests"), pods,
             QStringLiteral("--policy"), QStringLiteral("depth-first")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root[u"policy"].toString(), QStringLiteral("depth-first"));
    QCOMPARE(root[u"placements"].toArray().size(), 4);
    QCOMPARE(root[u"totals"][u"placed"].toInt(), 4);

    const Run table =
        run({QStringLiteral("plan"), QStringLiteral("--nodes"), nodes, QStringLiteral("--requests"), pods,
             QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains("placed 4 of 4"), table.out.constData());
    QVERIFY(table.out.contains("node-a  GPU 0"));

    const Run bad =
        run({QStringLiteral("plan"), QStringLiteral("--nodes"), nodes, QStringLiteral("--requests"),
             QStringLiteral(GPUVIRT_FIXTURES "/scheduler/pods_bad_number.csv")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("line 17"), bad.err.constData());
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--nodes"), nodes, QStringLiteral("--requests"),
                  pods, QStringLiteral("--policy"), QStringLiteral("random")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--nodes"), nodes}).exitCode, 2);
}

void TestGpuvirtctl::planClustersAndRequestFiles()
{
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return QString();
        return f.fileName();
    };
    const QString json =
        write(QStringLiteral("req.json"),
              "{\"version\": 1, \"requests\": [\n"
              "  {\"name\": \"vdi\", \"count\": 2, \"vgpuType\": \"A16-2Q\"},\n"
              "  {\"name\": \"ws\", \"vgpuType\": \"L40S-8Q\", \"hosts\": [\"vdi-l40s-01\"]},\n"
              "  {\"name\": \"big\", \"wholeGpus\": 64}\n]}\n");
    const QString csv = write(QStringLiteral("req.csv"), "name,count,kind,size,hosts\nvdi,2,vgpu,A16-2Q,\n"
                                                         "ws,1,vgpu,L40S-8Q,vdi-l40s-01\nbig,1,gpus,64,\n");
    QVERIFY(!json.isEmpty() && !csv.isEmpty());

    // The demo cluster, with requests as JSON and as CSV: the same plan.
    const Run demo = run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--requests"),
                          json, QStringLiteral("--policy"), QStringLiteral("best-fit")});
    QCOMPARE(demo.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(demo.out).object();
    const QJsonArray placements = root[u"placements"].toArray();
    QCOMPARE(placements.size(), 4);
    QCOMPARE(placements[0][u"host"].toString(), QStringLiteral("vdi-a16-01"));
    QCOMPARE(placements[2][u"host"].toString(), QStringLiteral("vdi-l40s-01"));
    QCOMPARE(placements[2][u"vgpuMode"].toString(), QStringLiteral("equal-size"));
    QVERIFY(placements[2][u"placementId"].isDouble());
    QVERIFY(!placements[3][u"placed"].toBool());
    QVERIFY(placements[3][u"reason"].toString().contains(QStringLiteral("64")));
    const Run fromCsv = run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--requests"),
                             csv, QStringLiteral("--policy"), QStringLiteral("best-fit")});
    QCOMPARE(fromCsv.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fromCsv.out).object()[u"placements"], root[u"placements"]);

    // An inventory dump of the demo plans exactly as the live demo does.
    const Run inventory = run({QStringLiteral("inventory"), QStringLiteral("--demo")});
    QCOMPARE(inventory.exitCode, 0);
    const QString dump = write(QStringLiteral("inventory.json"), inventory.out);
    const Run offline =
        run({QStringLiteral("plan"), QStringLiteral("--inventory"), dump, QStringLiteral("--requests"), json,
             QStringLiteral("--policy"), QStringLiteral("best-fit")});
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(offline.out).object(), root);
    const Run table =
        run({QStringLiteral("plan"), QStringLiteral("--inventory"), dump, QStringLiteral("--requests"), csv,
             QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(table.out.contains("vdi  vdi-a16-01  0000:"), table.out.constData());
    QVERIFY2(table.out.contains("placed 3 of 4"), table.out.constData());
    QVERIFY(table.out.contains("lower bound"));

    // Mistakes: the file and line are named, the exit status is 1; usage errors are 2.
    const QString badJson =
        write(QStringLiteral("bad.json"), "{\"requests\": [\n  {\"name\": \"x\",\n   \"gpus\": 1}\n]}\n");
    const Run bj =
        run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--requests"), badJson});
    QCOMPARE(bj.exitCode, 1);
    QVERIFY2(bj.err.contains("bad.json: line 3: unknown key \"gpus\""), bj.err.constData());
    const QString syntax = write(QStringLiteral("syntax.json"), "{\"requests\": [\n  {\"name\" \"x\"}\n]}\n");
    const Run sj =
        run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--requests"), syntax});
    QCOMPARE(sj.exitCode, 1);
    QVERIFY2(sj.err.contains("syntax.json: line 2, column 11:"), sj.err.constData());
    const QString badCsv = write(QStringLiteral("bad.csv"), "name,kind,size\nok,gpus,1\nx,milli,1500\n");
    const Run bc =
        run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--requests"), badCsv});
    QCOMPARE(bc.exitCode, 1);
    QVERIFY2(bc.err.contains("bad.csv: line 3:"), bc.err.constData());
    const QString badDump = write(QStringLiteral("dump.json"), "{\"hosts\": 3}");
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--inventory"), badDump,
                  QStringLiteral("--requests"), json})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--requests"), json}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--demo"), QStringLiteral("--inventory"), dump,
                  QStringLiteral("--requests"), json})
                 .exitCode,
             2);
}

void TestGpuvirtctl::timeslice()
{
    // Equal share: each running vGPU gets half; the light one's unused half is not given to the busy one.
    const Run equal =
        run({QStringLiteral("timeslice"), QStringLiteral("--vgpu"), QStringLiteral("busy:8:steady=70"),
             QStringLiteral("--vgpu"), QStringLiteral("light:8:steady=20"), QStringLiteral("--policy"),
             QStringLiteral("equal-share"), QStringLiteral("--duration"), QStringLiteral("2000")});
    QCOMPARE(equal.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(equal.out).object();
    QCOMPARE(root[u"policy"].toString(), QStringLiteral("equal-share"));
    QCOMPARE(root[u"timeSliceUs"].toInt(), 2000); // at most 8 per GPU: 2 ms
    const QJsonArray vgpus = root[u"vgpus"].toArray();
    QCOMPARE(vgpus.size(), 2);
    QVERIFY(qAbs(vgpus[0][u"averageShare"].toDouble() - 0.5) < 0.01);
    QVERIFY(qAbs(vgpus[1][u"averageShare"].toDouble() - 0.2) < 0.01);
    QCOMPARE(vgpus[0][u"share"].toArray().size(), 20); // 2000 ms in 100 ms windows

    // Best effort gives the busy vGPU what it asks for.
    const Run best =
        run({QStringLiteral("timeslice"), QStringLiteral("--vgpu"), QStringLiteral("busy:8:steady=70"),
             QStringLiteral("--vgpu"), QStringLiteral("light:8:steady=20"), QStringLiteral("--duration"),
             QStringLiteral("2000")});
    QVERIFY(qAbs(QJsonDocument::fromJson(best.out)[u"vgpus"][0][u"averageShare"].toDouble() - 0.7) < 0.01);

    const Run badValue =
        run({QStringLiteral("timeslice"), QStringLiteral("--vgpu"), QStringLiteral("a:8:idle"),
             QStringLiteral("--rmpvmrl"), QStringLiteral("0x001F0001")});
    QCOMPARE(badValue.exitCode, 2);
    QVERIFY2(badValue.err.contains("TT"), badValue.err.constData());
    QCOMPARE(
        run({QStringLiteral("timeslice"), QStringLiteral("--vgpu"), QStringLiteral("a:eight:idle")}).exitCode,
        2);
    QCOMPARE(run({QStringLiteral("timeslice")}).exitCode, 2);
}

// The report without a display: the program picks the offscreen platform itself.
void TestGpuvirtctl::report()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    auto ctl = [&p](const QStringList &args) {
        p.start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/ctl/gpuvirtctl"), args);
        if (!p.waitForFinished(120000))
            p.kill();
        return p.exitCode();
    };
    const QString pdf = m_dir.filePath(QStringLiteral("cluster.pdf"));
    QCOMPARE(ctl({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                  QStringLiteral("pdf"), QStringLiteral("--output"), pdf}),
             0);
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.readAllStandardOutput().trimmed(), pdf.toUtf8());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY2(bytes.size() > 50000, QByteArray::number(bytes.size()));

    // CSV in Chinese, with a byte order mark: one file per table.
    const QString dir = m_dir.filePath(QStringLiteral("csv"));
    QCOMPARE(ctl({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"),
                  QStringLiteral("--demo"), QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--bom"), QStringLiteral("--output"), dir}),
             0);
    const QStringList files = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(files.size(), 6);
    QFile gpus(dir + QStringLiteral("/gpus.csv"));
    QVERIFY(gpus.open(QIODevice::ReadOnly));
    const QByteArray csv = gpus.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.count("\r\n") > 10); // a header and a row per demo GPU
    QVERIFY(csv.contains("0000:"));
    // The demo's agents ran: readiness results are in.
    QFile readiness(dir + QStringLiteral("/readiness.csv"));
    QVERIFY(readiness.open(QIODevice::ReadOnly));
    QVERIFY(readiness.readAll().count("\r\n") > 5);

    // One table to one file; mistakes are usage errors with a message.
    const QString vms = m_dir.filePath(QStringLiteral("vms.csv"));
    QCOMPARE(ctl({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("vms"),
                  QStringLiteral("--output"), vms}),
             0);
    QVERIFY(QFile::exists(vms));
    QCOMPARE(ctl({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                  QStringLiteral("doc"), QStringLiteral("--output"), vms}),
             2);
    QVERIFY(p.readAllStandardError().contains("doc"));
    QCOMPARE(ctl({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--table"), QStringLiteral("nope"),
                  QStringLiteral("--output"), dir}),
             2);
    QCOMPARE(ctl({QStringLiteral("report"), QStringLiteral("--demo"), QStringLiteral("--output"),
                  m_dir.filePath(QStringLiteral("no/such/dir/r.pdf"))}),
             1);
    QVERIFY(p.readAllStandardError().contains("r.pdf"));
}

QTEST_GUILESS_MAIN(TestGpuvirtctl)
#include "tst_gpuvirtctl.moc"
