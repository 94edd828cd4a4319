// The agent's allowlist: enrollment, roles, revocation, persistence, reloading after another process
// enrolled someone, and a damaged file kept aside.
#include "agent/clientallowlist.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestClientAllowlist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roles();
    void enrollRoleRevoke();
    void persists();
    void reloadsWhenAnotherProcessEnrolls();
    void invalidFingerprintRefused();
    void damagedFileKeptAside();
};

static const QString kFpA = QStringLiteral(
    "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
static const QString kFpB = QStringLiteral(
    "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF");

void TestClientAllowlist::roles()
{
    QCOMPARE(ClientRoles::parse(QStringLiteral("Operator")), ClientRole::Operator);
    QCOMPARE(ClientRoles::parse(QStringLiteral("viewer")), ClientRole::Viewer);
    QVERIFY(!ClientRoles::parse(QStringLiteral("admin")));
    QCOMPARE(ClientRoles::key(ClientRole::Operator), QStringLiteral("operator"));
    QVERIFY(ClientRole::Viewer < ClientRole::Operator);
}

void TestClientAllowlist::enrollRoleRevoke()
{
    QTemporaryDir tmp;
    ClientAllowlist list(tmp.filePath(QStringLiteral("clients.json")));
    QVERIFY(list.load().ok());
    QVERIFY(!list.roleOf(kFpA));
    QVERIFY(
        list.enroll(kFpA.toLower().remove(QLatin1Char(':')), ClientRole::Viewer, QStringLiteral("ws7")).ok());
    QCOMPARE(list.roleOf(kFpA), ClientRole::Viewer);
    QVERIFY(list.enroll(kFpA, ClientRole::Operator).ok()); // enrolling again changes the role
    QCOMPARE(list.roleOf(kFpA), ClientRole::Operator);
    QCOMPARE(list.entries().size(), 1);
    QVERIFY(!list.roleOf(kFpB));
    QVERIFY(list.revoke(kFpA).ok());
    QVERIFY(!list.roleOf(kFpA));
    const Status again = list.revoke(kFpA);
    QVERIFY(!again.ok());
    QVERIFY(again.error().summary.contains(kFpA));
}

void TestClientAllowlist::persists()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("etc/clients.json"));
    {
        ClientAllowlist list(path);
        QVERIFY(list.enroll(kFpA, ClientRole::Operator, QStringLiteral("ops console")).ok());
        QVERIFY(list.enroll(kFpB, ClientRole::Viewer).ok());
    }
    ClientAllowlist again(path);
    QVERIFY(again.load().ok());
    QCOMPARE(again.roleOf(kFpA), ClientRole::Operator);
    QCOMPARE(again.roleOf(kFpB), ClientRole::Viewer);
    const auto entries = again.entries();
    const auto a =
        std::find_if(entries.begin(), entries.end(), [](const auto &e) { return e.fingerprint == kFpA; });
    QCOMPARE(a->comment, QStringLiteral("ops console"));
    QVERIFY(a->enrolledAt.isValid());
}

void TestClientAllowlist::reloadsWhenAnotherProcessEnrolls()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("clients.json"));
    ClientAllowlist daemon(path);
    QVERIFY(daemon.load().ok());
    QVERIFY(daemon.reloadIfChanged().ok());
    QVERIFY(!daemon.roleOf(kFpA));

    ClientAllowlist cli(path); // `gpuvirt-agent --enroll` in another process
    QVERIFY(cli.load().ok());
    QVERIFY(cli.enroll(kFpA, ClientRole::Operator).ok());
    QVERIFY(daemon.reloadIfChanged().ok());
    QCOMPARE(daemon.roleOf(kFpA), ClientRole::Operator);

    QVERIFY(cli.revoke(kFpA).ok());
    QVERIFY(daemon.reloadIfChanged().ok());
    QVERIFY(!daemon.roleOf(kFpA));
}

void TestClientAllowlist::invalidFingerprintRefused()
{
    QTemporaryDir tmp;
    ClientAllowlist list(tmp.filePath(QStringLiteral("clients.json")));
    const Status s = list.enroll(QStringLiteral("12:34"), ClientRole::Operator);
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QStringLiteral("12:34")));
    QVERIFY(!QFile::exists(list.path()));
}

void TestClientAllowlist::damagedFileKeptAside()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("clients.json"));
    const QByteArray content = R"({"version":1,"clients":[{"fingerprint":"AA","role":"operator"}]})";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    ClientAllowlist list(path);
    const Status s = list.load();
    QVERIFY(!s.ok());
    QVERIFY(list.entries().isEmpty());
    const QStringList aside =
        QDir(tmp.path()).entryList({QStringLiteral("clients.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(s.error().summary.contains(aside.first()));
    QVERIFY(list.reloadIfChanged().ok()); // the file is gone now: nothing new to read, no second error
}

QTEST_GUILESS_MAIN(TestClientAllowlist)
#include "tst_clientallowlist.moc"
