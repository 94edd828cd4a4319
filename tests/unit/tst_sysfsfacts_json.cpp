// The JSON form of the agent's sysfs facts: a scanned host survives the round trip, and hostile or
// malformed JSON gives an Error that names the field instead of a crash or silent garbage.
#include "agent/sysfsfacts.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

class TestSysfsFactsJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripScannedHosts_data();
    void roundTripScannedHosts();
    void shape();
    void tolerant();
    void hostile_data();
    void hostile();
    void notTooBig();
};

void TestSysfsFactsJson::roundTripScannedHosts_data()
{
    QTest::addColumn<int>("host");
    QTest::newRow("A16") << 0;
    QTest::newRow("H100") << 1;
    QTest::newRow("AMD") << 2;
}

void TestSysfsFactsJson::roundTripScannedHosts()
{
    QFETCH(int, host);
    QTemporaryDir dir;
    if (host == 0)
        buildA16Host(dir.path());
    else if (host == 1)
        buildH100Host(dir.path());
    else
        buildAmdHost(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    // Through text, as on the wire.
    const QByteArray wire =
        QJsonDocument(SysfsFactsJson::toJson(scanned.value())).toJson(QJsonDocument::Compact);
    auto back = SysfsFactsJson::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->functions.size(), scanned->functions.size());
    for (qsizetype i = 0; i < back->functions.size(); ++i)
        QVERIFY2(back->functions[i] == scanned->functions[i],
                 qPrintable(scanned->functions[i].address.toString()));
    QCOMPARE(back->mdevs, scanned->mdevs);
    QCOMPARE(back->platform, scanned->platform);
    QCOMPARE(back->scannedAt, scanned->scannedAt);
    QVERIFY(back.value() == scanned.value());
}

void TestSysfsFactsJson::shape()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    const QJsonObject o = SysfsFactsJson::toJson(scanned.value());
    const QJsonObject gpu = o[u"functions"].toArray().at(8).toObject();
    QCOMPARE(gpu[u"address"].toString(), QStringLiteral("0000:43:00.0"));
    QCOMPARE(gpu[u"class"].toString(), QStringLiteral("030200"));
    QCOMPARE(gpu[u"vendorId"].toString(), QStringLiteral("10de"));
    QCOMPARE(gpu[u"productId"].toString(), QStringLiteral("25b6"));
    QCOMPARE(gpu[u"driver"].toString(), QStringLiteral("nvidia"));
    QVERIFY(gpu[u"driverOverride"].isNull());
    QCOMPARE(gpu[u"iommuGroup"].toInt(), 20);
    QCOMPARE(gpu[u"sriovTotalVfs"].toInt(), 16);
    QCOMPARE(gpu[u"virtFns"].toArray().size(), 4);
    QVERIFY(gpu[u"physFn"].isNull());
    QVERIFY(gpu[u"nvidiaVgpu"].isNull());
    QCOMPARE(gpu[u"link"][u"maxWidth"].toInt(), 8);
    const QJsonObject vf = o[u"functions"].toArray().at(9).toObject();
    QCOMPARE(vf[u"physFn"].toString(), QStringLiteral("0000:43:00.0"));
    QCOMPARE(vf[u"mdevTypes"][1][u"id"].toString(), QStringLiteral("nvidia-712"));
    QCOMPARE(vf[u"mdevTypes"][1][u"availableInstances"].toInt(), 0);
    const QJsonObject mdev = o[u"mdevs"][0].toObject();
    QCOMPARE(mdev[u"uuid"].toString(), mdevA);
    QCOMPARE(mdev[u"type"].toString(), QStringLiteral("nvidia-712"));
    QCOMPARE(mdev[u"parent"].toString(), QStringLiteral("0000:43:00.4"));
    const QJsonObject p = o[u"platform"].toObject();
    QCOMPARE(p[u"cpuVendor"].toString(), QStringLiteral("AuthenticAMD"));
    QVERIFY(p[u"iommuActive"].toBool());
    QVERIFY(p[u"vgpuManager"].toBool());
    QCOMPARE(p[u"nvidiaDriverVersion"].toString(), QStringLiteral("535.129.03"));
    QVERIFY(QDateTime::fromString(o[u"scannedAt"].toString(), Qt::ISODateWithMs).isValid());
}

void TestSysfsFactsJson::tolerant()
{
    // Unknown keys are ignored, missing ones keep their defaults, null means unknown.
    const QByteArray json = R"({"functions":[{"address":"0000:41:00.0","future":{"x":1},"driver":null,
        "numaNode":null}], "platform":{"vmx":true}, "newTopLevel":[1,2,3]})";
    auto f = SysfsFactsJson::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(f.ok());
    QCOMPARE(f->functions.size(), 1);
    QCOMPARE(f->functions[0].address, addr("0000:41:00.0"));
    QCOMPARE(f->functions[0].numaNode, -1);
    QCOMPARE(f->functions[0].iommuGroup, -1);
    QVERIFY(f->functions[0].driver.isEmpty());
    QVERIFY(f->platform.vmx);
    QVERIFY(f->mdevs.isEmpty());
    QVERIFY(!f->scannedAt.isValid());
    QVERIFY(SysfsFactsJson::fromJson(QJsonObject{}).ok());
}

void TestSysfsFactsJson::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("functions not an array") << QByteArray(R"({"functions":{"a":1}})") << "functions";
    QTest::newRow("function not an object") << QByteArray(R"({"functions":[1]})") << "functions[0]";
    QTest::newRow("missing address") << QByteArray(R"({"functions":[{"vendorId":"10de"}]})")
                                     << "functions[0].address";
    QTest::newRow("address with slashes")
        << QByteArray(R"({"functions":[{"address":"../../0000:41:00.0"}]})") << "functions[0].address";
    QTest::newRow("vendor as number")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","vendorId":4318}]})")
        << "functions[0].vendorId";
    QTest::newRow("vendor too wide")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","vendorId":"10de0"}]})")
        << "functions[0].vendorId";
    QTest::newRow("negative hex") << QByteArray(R"({"functions":[{"address":"0000:41:00.0","class":"-1"}]})")
                                  << "functions[0].class";
    QTest::newRow("fractional group")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","iommuGroup":1.5}]})")
        << "functions[0].iommuGroup";
    QTest::newRow("huge total") << QByteArray(
                                       R"({"functions":[{"address":"0000:41:00.0","sriovTotalVfs":1e300}]})")
                                << "functions[0].sriovTotalVfs";
    QTest::newRow("bool as string") << QByteArray(
                                           R"({"functions":[{"address":"0000:41:00.0","bootVga":"true"}]})")
                                    << "functions[0].bootVga";
    QTest::newRow("bad member")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","iommuGroupMembers":["x"]}]})")
        << "functions[0].iommuGroupMembers[0]";
    QTest::newRow("type without id")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","mdevTypes":[{"name":"A16-2Q"}]}]})")
        << "functions[0].mdevTypes[0].id";
    QTest::newRow("nvidiaVgpu wrong")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","nvidiaVgpu":[1]}]})")
        << "functions[0].nvidiaVgpu";
    QTest::newRow("vgpu id negative")
        << QByteArray(
               R"({"functions":[{"address":"0000:41:00.0","nvidiaVgpu":{"creatableTypes":[{"id":-4}]}}]})")
        << "functions[0].nvidiaVgpu.creatableTypes[0].id";
    QTest::newRow("link speed string")
        << QByteArray(R"({"functions":[{"address":"0000:41:00.0","link":{"speedGTs":"fast"}}]})")
        << "functions[0].link.speedGTs";
    QTest::newRow("mdev without uuid")
        << QByteArray(R"({"mdevs":[{"type":"nvidia-712"}]})") << "mdevs[0].uuid";
    QTest::newRow("mdev uuid") << QByteArray(R"({"mdevs":[{"uuid":"../../x"}]})") << "mdevs[0].uuid";
    QTest::newRow("mdev parent")
        << QByteArray(R"({"mdevs":[{"uuid":"41c64abc-af18-4ec6-89e5-4ef9d45f6f1e","parent":7}]})")
        << "mdevs[0].parent";
    QTest::newRow("platform not object") << QByteArray(R"({"platform":"linux"})") << "platform";
    QTest::newRow("module name missing")
        << QByteArray(R"({"platform":{"modules":[{"version":"1"}]}})") << "platform.modules[0].name";
    QTest::newRow("units not strings")
        << QByteArray(R"({"platform":{"iommuUnits":[1]}})") << "platform.iommuUnits[0]";
    QTest::newRow("bad date") << QByteArray(R"({"scannedAt":"yesterday"})") << "scannedAt";
}

void TestSysfsFactsJson::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    auto f = SysfsFactsJson::fromJson(doc.object());
    QVERIFY(!f.ok());
    QVERIFY2(f.error().detail.startsWith(field + u':'), qPrintable(f.error().detail));
    QVERIFY2(f.error().summary.contains(field), qPrintable(f.error().summary));
}

void TestSysfsFactsJson::notTooBig()
{
    QJsonArray many;
    for (int i = 0; i < (1 << 16) + 1; ++i)
        many.append(QStringLiteral("0000:41:00.0"));
    auto f = SysfsFactsJson::fromJson(
        QJsonObject{{QStringLiteral("functions"),
                     QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("0000:41:00.0")},
                                            {QStringLiteral("virtFns"), many}}}}});
    QVERIFY(!f.ok());
    QVERIFY(f.error().detail.startsWith(QStringLiteral("functions[0].virtFns:")));
}

QTEST_GUILESS_MAIN(TestSysfsFactsJson)
#include "tst_sysfsfacts_json.moc"
