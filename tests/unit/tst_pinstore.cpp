// Known agents: first contact, match, mismatch, persistence, forgetting, and a damaged file kept aside.
#include "security/pinstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPinStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownMatchMismatch();
    void persistsAcrossInstances();
    void forget();
    void hostPortKeys();
    void invalidFingerprintRefused();
    void damagedFileKeptAside_data();
    void damagedFileKeptAside();
    void unwritableLocationLeavesStoreUnchanged();
};

static const QString kFpA = QStringLiteral(
    "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
static const QString kFpB = QStringLiteral(
    "11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF:11:22:33:44:55:66:77:88:99:00:AA:BB:CC:DD:EE:FF");

void TestPinStore::unknownMatchMismatch()
{
    QTemporaryDir tmp;
    PinStore pins(tmp.filePath(QStringLiteral("known-agents.json")));
    QVERIFY(pins.load().ok());
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpA), PinStore::Verdict::Unknown);
    QVERIFY(pins.pin(QStringLiteral("gpu-01:7443"), kFpA).ok());
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpA), PinStore::Verdict::Match);
    // The same fingerprint typed another way still matches.
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpA.toLower().remove(QLatin1Char(':'))),
             PinStore::Verdict::Match);
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpB), PinStore::Verdict::Mismatch);
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), QStringLiteral("garbage")),
             PinStore::Verdict::Mismatch);
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7444"), kFpA), PinStore::Verdict::Unknown);
    QCOMPARE(pins.pinned(QStringLiteral("gpu-01:7443")), kFpA);
}

void TestPinStore::persistsAcrossInstances()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("sub/known-agents.json"));
    {
        PinStore pins(path);
        QVERIFY(pins.load().ok());
        QVERIFY(pins.pin(QStringLiteral("gpu-01:7443"), kFpA.toLower()).ok());
        QVERIFY(pins.pin(QStringLiteral("gpu-02:7443"), kFpB).ok());
    }
    PinStore again(path);
    QVERIFY(again.load().ok());
    QCOMPARE(again.pins().size(), 2);
    QCOMPARE(again.pinned(QStringLiteral("gpu-01:7443")), kFpA); // stored in canonical form
    QVERIFY(again.pins().first().pinnedAt.isValid());
    QCOMPARE(QDir(tmp.filePath(QStringLiteral("sub"))).entryList(QDir::Files),
             QStringList{QStringLiteral("known-agents.json")});
}

void TestPinStore::forget()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("known-agents.json"));
    PinStore pins(path);
    QVERIFY(pins.pin(QStringLiteral("gpu-01:7443"), kFpA).ok());
    QVERIFY(pins.forget(QStringLiteral("GPU-01:7443")).ok());
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpA), PinStore::Verdict::Unknown);
    QVERIFY(pins.forget(QStringLiteral("never-seen:1")).ok());
    PinStore again(path);
    QVERIFY(again.load().ok());
    QVERIFY(again.pins().isEmpty());
}

void TestPinStore::hostPortKeys()
{
    QCOMPARE(PinStore::hostPortKey(QStringLiteral("GPU-01.Example"), 7443),
             QStringLiteral("gpu-01.example:7443"));
    QCOMPARE(PinStore::hostPortKey(QStringLiteral("::1"), 7443), QStringLiteral("[::1]:7443"));
    QCOMPARE(PinStore::hostPortKey(QStringLiteral("[0:0:0:0:0:0:0:1]"), 7443), QStringLiteral("[::1]:7443"));
    QCOMPARE(PinStore::hostPortKey(QStringLiteral("10.0.0.5"), 1), QStringLiteral("10.0.0.5:1"));
    QTemporaryDir tmp;
    PinStore pins(tmp.filePath(QStringLiteral("p.json")));
    QVERIFY(pins.pin(QStringLiteral("[0:0:0:0:0:0:0:1]:7443"), kFpA).ok());
    QCOMPARE(pins.check(PinStore::hostPortKey(QStringLiteral("::1"), 7443), kFpA), PinStore::Verdict::Match);
}

void TestPinStore::invalidFingerprintRefused()
{
    QTemporaryDir tmp;
    PinStore pins(tmp.filePath(QStringLiteral("p.json")));
    const Status s = pins.pin(QStringLiteral("gpu-01:7443"), QStringLiteral("AB:CD"));
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QStringLiteral("AB:CD")));
    QVERIFY(pins.pins().isEmpty());
    QVERIFY(!QFile::exists(pins.path()));
}

void TestPinStore::damagedFileKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{\"agents\": {");
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("agents a list") << QByteArray(R"({"version":1,"agents":[]})");
    QTest::newRow("bad fingerprint") << QByteArray(
        R"({"version":1,"agents":{"gpu-01:7443":{"fingerprint":"xyz"}}})");
    QTest::newRow("newer format") << QByteArray(R"({"version":99,"agents":{}})");
}

void TestPinStore::damagedFileKeptAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("known-agents.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    PinStore pins(path);
    const Status s = pins.load();
    QVERIFY(!s.ok());
    QVERIFY(!s.error().detail.isEmpty());
    QVERIFY(pins.pins().isEmpty());
    const QStringList aside =
        QDir(tmp.path()).entryList({QStringLiteral("known-agents.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY(s.error().summary.contains(aside.first()));
    QFile kept(tmp.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    // Pinning afterwards starts a fresh file and leaves the damaged one alone.
    QVERIFY(pins.pin(QStringLiteral("gpu-01:7443"), kFpA).ok());
    QVERIFY(QFile::exists(tmp.filePath(aside.first())));
}

void TestPinStore::unwritableLocationLeavesStoreUnchanged()
{
    QTemporaryDir tmp;
    const QString blocker = tmp.filePath(QStringLiteral("file"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    PinStore pins(blocker + QStringLiteral("/known-agents.json")); // a path below a plain file
    const Status s = pins.pin(QStringLiteral("gpu-01:7443"), kFpA);
    QVERIFY(!s.ok());
    QCOMPARE(pins.check(QStringLiteral("gpu-01:7443"), kFpA), PinStore::Verdict::Unknown);
}

QTEST_GUILESS_MAIN(TestPinStore)
#include "tst_pinstore.moc"
