// gpuvirtctl license list|probe|demand, the real program against a workspace this test writes and
// servers it starts on loopback.
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestLicenseCtl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsTheRegistry();
    void probesOneServer();
    void unknownServerIsAUsageError();
    void demandOfTheDemo();

private:
    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_workspace;
    QTcpServer m_legacy; // listens: a reachable legacy server
    quint16 m_closedPort = 0;
};

TestLicenseCtl::Run TestLicenseCtl::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/ctl/gpuvirtctl"), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestLicenseCtl::initTestCase()
{
    QVERIFY(m_legacy.listen(QHostAddress::LocalHost));
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        m_closedPort = closed.serverPort();
    }
    LicenceServer legacy;
    legacy.name = QStringLiteral("legacy-lab");
    legacy.kind = LicenceServerKind::Legacy;
    legacy.address = QStringLiteral("127.0.0.1");
    legacy.port = m_legacy.serverPort();
    legacy.entitlements = {{LicenseEdition::VPC, 4, QDate(2030, 1, 1)}};
    LicenceServer dls;
    dls.name = QStringLiteral("dls-down");
    dls.address = QStringLiteral("127.0.0.1");
    dls.port = m_closedPort;
    dls.pools = {QStringLiteral("vdi-*")};
    m_workspace = m_dir.filePath(QStringLiteral("workspace.json"));
    Workspace ws(m_workspace);
    ws.setLicenceServers({legacy, dls});
    QVERIFY(ws.save().ok());
}

void TestLicenseCtl::listsTheRegistry()
{
    const Run r =
        run({QStringLiteral("license"), QStringLiteral("list"), QStringLiteral("--workspace"), m_workspace});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray servers =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("servers")).toArray();
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("legacy"));
    QCOMPARE(servers[1].toObject().value(QStringLiteral("pools")).toArray().first().toString(),
             QStringLiteral("vdi-*"));
    const Run table = run({QStringLiteral("license"), QStringLiteral("list"), QStringLiteral("--workspace"),
                           m_workspace, QStringLiteral("--format"), QStringLiteral("table")});
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains("Legacy licence server"), table.out.constData());
    QVERIFY(table.out.contains("vPC × 4 until 2030-01-01"));
}

void TestLicenseCtl::probesOneServer()
{
    const Run up = run({QStringLiteral("license"), QStringLiteral("probe"), QStringLiteral("legacy-lab"),
                        QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(up.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(up.out).object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("reachable"));
    QCOMPARE(o.value(QStringLiteral("healthy")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("rttMs")).toInt(-1) >= 0);

    const Run down = run({QStringLiteral("license"), QStringLiteral("probe"), QStringLiteral("dls-down"),
                          QStringLiteral("--workspace"), m_workspace, QStringLiteral("--format"),
                          QStringLiteral("table")});
    QCOMPARE(down.code, 1);
    QVERIFY2(down.out.contains("Connection refused"), down.out.constData());
    QVERIFY(down.out.contains(QStringLiteral("Nothing listens on 127.0.0.1:%1").arg(m_closedPort).toUtf8()));
}

void TestLicenseCtl::unknownServerIsAUsageError()
{
    const Run r = run({QStringLiteral("license"), QStringLiteral("probe"), QStringLiteral("nope"),
                       QStringLiteral("--workspace"), m_workspace});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no licence server named \"nope\""));
    QCOMPARE(run({QStringLiteral("license"), QStringLiteral("frobnicate")}).code, 2);
}

void TestLicenseCtl::demandOfTheDemo()
{
    const Run r = run({QStringLiteral("license"), QStringLiteral("demand"), QStringLiteral("--demo")});
    QVERIFY2(r.code == 0, r.err.constData()); // the program's own words when it fails
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject fleet = o.value(QStringLiteral("fleet")).toObject();
    QCOMPARE(fleet.keys(), (QStringList{QStringLiteral("vApps"), QStringLiteral("vCS"), QStringLiteral("vPC"),
                                        QStringLiteral("vWS")}));
    int assigned = 0;
    for (const QJsonValue &v : fleet)
        assigned += v.toObject().value(QStringLiteral("assigned")).toInt();
    QVERIFY(assigned > 0);
    QVERIFY(!o.value(QStringLiteral("guests")).toArray().isEmpty());
    QVERIFY(!o.value(QStringLiteral("warnings")).toArray().isEmpty());
    // Demo servers are never probed over the network.
    for (const QJsonValue &p : o.value(QStringLiteral("probes")).toArray())
        QCOMPARE(p.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("demo"));
}

QTEST_GUILESS_MAIN(TestLicenseCtl)
#include "tst_licensectl.moc"
