// The licence server registry: JSON round trip, what an operator must fix, whom a server serves, the
// workspace section kept across saves, and a damaged section that costs nothing else; audit records.
#include "assign/auditlog.h"
#include "licensing/licenceaudit.h"
#include "licensing/licenceserver.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
LicenceServer sample()
{
    LicenceServer s;
    s.name = QStringLiteral("dls-shanghai");
    s.kind = LicenceServerKind::Dls;
    s.address = QStringLiteral("dls.sh.example.com");
    s.port = 443;
    s.hosts = {QStringLiteral("vdi-a16-01")};
    s.pools = {QStringLiteral("vdi-pool-a-*")};
    s.vms = {QStringLiteral("cad-07")};
    s.entitlements = {{LicenseEdition::VPC, 120, QDate(2027, 3, 31)}, {LicenseEdition::VWS, 16, {}}};
    s.caFile = QStringLiteral("/etc/pki/dls-ca.pem");
    return s;
}
} // namespace

class TestLicenceServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip();
    void malformedEntriesRefused_data();
    void malformedEntriesRefused();
    void problemsForTheDialog();
    void servesHostsPoolsAndVms();
    void entitledCountsOnlyValidEntitlements();
    void workspaceRoundTrip();
    void damagedSectionCostsNothingElse();
    void auditRecords();
};

void TestLicenceServer::jsonRoundTrip()
{
    const LicenceServer s = sample();
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("dls"));
    QCOMPARE(o.value(QStringLiteral("entitlements"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("expires"))
                 .toString(),
             QStringLiteral("2027-03-31"));
    const Result<LicenceServer> back = LicenceServer::fromJson(o);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back.value(), s);
    // A legacy server without a port gets 7070.
    const Result<LicenceServer> legacy =
        LicenceServer::fromJson({{QStringLiteral("name"), QStringLiteral("old")},
                                 {QStringLiteral("kind"), QStringLiteral("legacy")},
                                 {QStringLiteral("address"), QStringLiteral("10.0.0.9")}});
    QVERIFY(legacy.ok());
    QCOMPARE(legacy->port, quint16(7070));
    QVERIFY(!legacy->usesTls());
}

void TestLicenceServer::malformedEntriesRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no name") << QByteArray(R"({"kind":"dls","address":"a"})") << "no \"name\"";
    QTest::newRow("kind") << QByteArray(R"({"name":"x","kind":"flexlm","address":"a"})")
                          << "unknown \"kind\"";
    QTest::newRow("port") << QByteArray(R"({"name":"x","kind":"dls","address":"a","port":70000})")
                          << "out of range";
    QTest::newRow("edition")
        << QByteArray(R"({"name":"x","kind":"dls","entitlements":[{"edition":"vGaming","count":1}]})")
        << "unknown edition";
    QTest::newRow("count")
        << QByteArray(R"({"name":"x","kind":"dls","entitlements":[{"edition":"vPC","count":-3}]})")
        << "count";
    QTest::newRow("date")
        << QByteArray(
               R"({"name":"x","kind":"dls","entitlements":[{"edition":"vPC","count":3,"expires":"31/03/2027"}]})")
        << "not a date";
    QTest::newRow("hosts") << QByteArray(R"({"name":"x","kind":"dls","hosts":"vdi-01"})") << "not a list";
}

void TestLicenceServer::malformedEntriesRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detail);
    const Result<LicenceServer> s = LicenceServer::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!s.ok());
    QVERIFY2(s.error().detail.contains(detail), qPrintable(s.error().detail));
    QVERIFY(!s.error().summary.isEmpty());
}

void TestLicenceServer::problemsForTheDialog()
{
    QVERIFY(sample().problems().isEmpty());
    LicenceServer s;
    QCOMPARE(s.problems().size(), 2); // name and address
    s.name = QStringLiteral("x");
    s.address = QStringLiteral("not a host!");
    QCOMPARE(s.problems().size(), 1);
    QVERIFY(s.problems().first().contains(QStringLiteral("neither a host name nor an IP address")));
    s.address = QStringLiteral("::1");
    QVERIFY(s.problems().isEmpty());
}

void TestLicenceServer::servesHostsPoolsAndVms()
{
    const LicenceServer s = sample();
    QVERIFY(s.serves(QStringLiteral("VDI-A16-01"), QStringLiteral("anything"), {}));
    QVERIFY(s.serves(QStringLiteral("other"), QStringLiteral("vdi-pool-a-017"), {}));
    QVERIFY(!s.serves(QStringLiteral("other"), QStringLiteral("vdi-pool-b-017"), {}));
    QVERIFY(s.serves(QStringLiteral("other"), QStringLiteral("cad-07"), {}));
    LicenceServer byUuid;
    byUuid.vms = {QStringLiteral("1D5E0000-0000-4000-8000-000000000001")};
    QVERIFY(byUuid.serves({}, QStringLiteral("x"), QStringLiteral("1d5e0000-0000-4000-8000-000000000001")));
    QVERIFY(LicenceServer{}.servesEverything());
}

void TestLicenceServer::entitledCountsOnlyValidEntitlements()
{
    LicenceServer s = sample();
    s.entitlements.append({LicenseEdition::VPC, 10, QDate(2026, 1, 1)});
    QCOMPARE(s.entitled(LicenseEdition::VPC, QDate(2025, 12, 31)), 130);
    QCOMPARE(s.entitled(LicenseEdition::VPC, QDate(2026, 1, 1)), 130); // valid through its last day
    QCOMPARE(s.entitled(LicenseEdition::VPC, QDate(2026, 1, 2)), 120);
    QCOMPARE(s.entitled(LicenseEdition::VWS, QDate(2099, 1, 1)), 16);
    QCOMPARE(s.entitled(LicenseEdition::VCS, QDate(2026, 1, 1)), 0);
}

void TestLicenceServer::workspaceRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    LicenceServer cls;
    cls.name = QStringLiteral("cls");
    cls.kind = LicenceServerKind::Cls;
    cls.address = QStringLiteral("api.cls.example.com");
    {
        Workspace ws(path);
        ws.addConnection({QStringLiteral("test:///default"), {}, {}});
        ws.setLicenceServers({sample(), cls});
        QVERIFY(ws.save().ok());
    }
    Workspace again(path);
    QVERIFY(again.load().ok());
    QVERIFY(again.licenceServersError().isNull());
    QCOMPARE(again.licenceServers(), (QList<LicenceServer>{sample(), cls}));
    QCOMPARE(again.connections().size(), 1);
    // Removing every server drops the section.
    again.setLicenceServers({});
    QVERIFY(again.save().ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("licenceServers")));
}

void TestLicenceServer::damagedSectionCostsNothingElse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray damaged = R"([{"name":"a","kind":"dls"},{"name":"a","kind":"cls"}])";
    f.write("{\"version\":1,\"connections\":[{\"uri\":\"test:///default\"}],\"scenarios\":{\"x\":1},"
            "\"licenceServers\":" +
            damaged + "}");
    f.close();

    Workspace ws(path);
    QVERIFY(ws.load().ok()); // the file as a whole is fine
    QCOMPARE(ws.connections().size(), 1);
    QVERIFY(ws.licenceServers().isEmpty());
    QVERIFY(!ws.licenceServersError().isNull());
    QVERIFY(ws.licenceServersError().detail.contains(QStringLiteral("appears twice")));
    // Saved back as it was while nobody replaces it …
    QVERIFY(ws.save().ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QCOMPARE(root.value(QStringLiteral("licenceServers")).toArray(),
             QJsonDocument::fromJson(damaged).array());
    QCOMPARE(root.value(QStringLiteral("scenarios")).toObject().value(QStringLiteral("x")).toInt(), 1);
    // … and kept aside when the operator starts a new list.
    ws.setLicenceServers({sample()});
    QVERIFY(ws.save().ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    root = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("licenceServers.damaged")).toArray(),
             QJsonDocument::fromJson(damaged).array());
    QCOMPARE(root.value(QStringLiteral("licenceServers")).toArray().size(), 1);
    Workspace third(path);
    QVERIFY(third.load().ok());
    QCOMPARE(third.licenceServers(), QList<LicenceServer>{sample()});
}

void TestLicenceServer::auditRecords()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    LicenceServer edited = sample();
    edited.entitlements[0].count = 150;
    QVERIFY(LicenceAudit::recordChange(log, std::nullopt, sample(), QStringLiteral("alice@ws")).ok());
    QVERIFY(LicenceAudit::recordChange(log, sample(), edited, QStringLiteral("alice@ws")).ok());
    QVERIFY(LicenceAudit::recordChange(log, edited, std::nullopt, QStringLiteral("bob@ws")).ok());
    const auto contents = log.read();
    QVERIFY(contents.ok());
    QCOMPARE(contents->records.size(), 3);
    QCOMPARE(contents->records[0].action, QStringLiteral("licence-server-add"));
    QCOMPARE(contents->records[1].action, QStringLiteral("licence-server-edit"));
    QCOMPARE(contents->records[2].action, QStringLiteral("licence-server-remove"));
    QCOMPARE(contents->records[2].operatorIdentity, QStringLiteral("bob@ws"));
    QCOMPARE(contents->records[1].summary, QStringLiteral("Edit licence server dls-shanghai"));
    QCOMPARE(contents->records[1].result, QStringLiteral("applied"));
    const QJsonObject after = contents->records[1].json.value(QStringLiteral("after")).toObject();
    QCOMPARE(after.value(QStringLiteral("entitlements"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             150);
    QVERIFY(contents->records[1].json.contains(QStringLiteral("before")));
}

QTEST_GUILESS_MAIN(TestLicenceServer)
#include "tst_licenceserver.moc"
