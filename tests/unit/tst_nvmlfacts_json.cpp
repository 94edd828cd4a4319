// NvmlFacts' JSON: what goes out comes back equal, and hostile input is refused with the field named.
#include "agent/nvmlprobe.h"
#include "agent/telemetry.h"
#include "fixturesnapshots.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_NvmlFactsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripFromLibrary();
    void roundTripUnavailable();
    void roundTripSimulated();
    void roundTripEveryField();
    void documentedKeys();
    void tolerant();
    void hostile_data();
    void hostile();
};

namespace {
// Through bytes, as the agent's protocol carries it.
Result<NvmlFacts> viaBytes(const NvmlFacts &f)
{
    const QByteArray bytes = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
    return NvmlFacts::fromJson(QJsonDocument::fromJson(bytes).object());
}

Result<NvmlFacts> parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON %s: %s", json.constData(), qPrintable(error.errorString()));
    return NvmlFacts::fromJson(doc.object());
}
} // namespace

void tst_NvmlFactsJson::roundTripFromLibrary()
{
    const NvmlFacts f = NvmlProbe(QStringLiteral(FAKENVML_PATH)).facts();
    QVERIFY(f.available && f.gpus.size() == 2 && f.gpus[1].vgpus.size() == 2 &&
            !f.gpus[0].gpuInstances.isEmpty());
    const Result<NvmlFacts> back = viaBytes(f);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back.value(), f);
}

void tst_NvmlFactsJson::roundTripUnavailable()
{
    const NvmlFacts f = NvmlProbe(QStringLiteral("/nonexistent/libnvidia-ml.so.1")).facts();
    const Result<NvmlFacts> back = viaBytes(f);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), f);
    QVERIFY(!back->available);
    QVERIFY(!back->unavailableDetail.isEmpty());
}

void tst_NvmlFactsJson::roundTripSimulated()
{
    const NvmlFacts f = TelemetrySimulator(7).facts(
        Fixtures::gpuHost(), QDateTime(QDate(2025, 3, 1), QTime(12, 0, 0, 250), Qt::UTC));
    QVERIFY(f.simulated && !f.gpus.isEmpty());
    const Result<NvmlFacts> back = viaBytes(f);
    QVERIFY(back.ok());
    QCOMPARE(back.value(), f);
}

void tst_NvmlFactsJson::roundTripEveryField()
{
    NvmlFacts f;
    f.available = true;
    f.collectedAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    f.driverVersion = QStringLiteral("550.90.07");
    f.nvmlVersion = QStringLiteral("12.550.90.07");
    f.cudaDriverVersion = 12040;
    f.errors.insert(QStringLiteral("x"), NvmlError{-1, QStringLiteral("négatif, \"quoted\"")});
    NvmlGpu g;
    g.index = 3;
    g.name = QStringLiteral("NVIDIA H200");
    g.uuid = QStringLiteral("GPU-x");
    g.busId = QStringLiteral("0000:18:00.0");
    g.address = *PciAddress::parse(g.busId);
    g.memoryTotalMiB = quint64(1) << 40; // beyond 32 bits
    g.memoryUsedMiB = 0;
    g.gpuUtil = 0;
    g.memUtil = 100;
    g.encoderUtil = 7;
    g.temperatureC = -5;
    g.powerW = 654.321;
    g.powerLimitW = 700;
    g.virtualizationMode = QStringLiteral("hostVgpu");
    g.hostVgpuMode = QStringLiteral("nonSriov");
    g.migEnabled = false;
    g.migPendingEnabled = true;
    g.gpuInstances = {{4294967295u, 0, QStringLiteral("7g.141gb"), 7, 144384, 0, 8}};
    NvmlVgpu v;
    v.instance = 4294967295u;
    v.typeId = 0;
    v.type = QStringLiteral("NVIDIA H200X-7-141C");
    v.framebufferMiB = 141 * 1024;
    v.vmId = QStringLiteral("42");
    v.vmIdType = QStringLiteral("domain");
    v.uuid = QStringLiteral("u");
    v.mdevUuid = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1");
    v.fbUsedMiB = 1;
    v.license = NvmlLicense{VgpuLicenseState::UnlicensedRestricted, QStringLiteral("permanent"), {}};
    v.placementId = 5;
    v.gpuInstanceId = 1;
    v.gpuUtil = v.memUtil = v.encoderUtil = v.decoderUtil = 0;
    v.errors.insert(QStringLiteral("uuid"), NvmlError{3, QStringLiteral("Not Supported")});
    g.vgpus = {v};
    g.scheduler = NvmlScheduler{QStringLiteral("fixedShare"), QStringLiteral("enabled"), 33, 1000000};
    g.schedulerLogState = g.scheduler;
    g.schedulerLog = {{1700000000123456789ULL, 2, 3, 4, 5, 6}}; // nanoseconds since the epoch need 61 bits
    g.errors.insert(QStringLiteral("name"), NvmlError{13, QStringLiteral("missing")});
    f.gpus = {g};

    const Result<NvmlFacts> back = viaBytes(f);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->gpus[0].schedulerLog[0].timestampNs, 1700000000123456789ULL);
    QCOMPARE(back->gpus[0].memoryTotalMiB, f.gpus[0].memoryTotalMiB);
    QCOMPARE(back.value(), f);
}

void tst_NvmlFactsJson::documentedKeys()
{
    // The agent protocol's consumers read these names; they are part of its contract.
    const QJsonObject o = NvmlProbe(QStringLiteral(FAKENVML_PATH)).facts().toJson();
    QCOMPARE(o.value(u"available").toBool(), true);
    QCOMPARE(o.value(u"driverVersion").toString(), QStringLiteral("550.90.07"));
    QCOMPARE(o.value(u"errors")[u"cudaDriverVersion"][u"code"].toInt(), 13);
    const QJsonArray gpus = o.value(u"gpus").toArray();
    QCOMPARE(gpus[0][u"busId"].toString(), QStringLiteral("0000:1b:00.0"));
    QCOMPARE(gpus[0][u"memoryTotalMiB"].toInteger(), 81559);
    QCOMPARE(gpus[0][u"powerW"].toDouble(), 312.345);
    QCOMPARE(gpus[0][u"migEnabled"].toBool(), true);
    QVERIFY(gpus[0][u"gpuUtil"].isUndefined());
    QCOMPARE(gpus[0][u"errors"][u"gpuUtil"][u"message"].toString(), QStringLiteral("Not Supported"));
    QCOMPARE(gpus[0][u"gpuInstances"][1][u"profile"].toString(), QStringLiteral("2g.20gb"));
    QCOMPARE(gpus[0][u"gpuInstances"][1][u"start"].toInt(), 4);
    QCOMPARE(gpus[1][u"virtualizationMode"].toString(), QStringLiteral("hostVgpu"));
    const QJsonValue vgpu = gpus[1][u"vgpus"][0];
    QCOMPARE(vgpu[u"mdevUuid"].toString(), QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1"));
    QCOMPARE(vgpu[u"license"][u"state"].toString(), QStringLiteral("licensed"));
    QCOMPARE(vgpu[u"license"][u"expiry"].toString(), QStringLiteral("2031-05-17T08:30:00Z"));
    QCOMPARE(gpus[1][u"scheduler"][u"policy"].toString(), QStringLiteral("equalShare"));
    QCOMPARE(gpus[1][u"schedulerLog"][u"entries"].toArray().size(), 3);
}

void tst_NvmlFactsJson::tolerant()
{
    // Nulls are unknown, unknown keys are ignored (a newer agent may send more), nothing at all is
    // "unavailable".
    const Result<NvmlFacts> empty = parse("{}");
    QVERIFY(empty.ok());
    QVERIFY(!empty->available);
    QVERIFY(empty->gpus.isEmpty());

    const Result<NvmlFacts> f = parse(R"({"available": true, "future": {"x": [1]}, "cudaDriverVersion": null,
        "gpus": [{"busId": "0000:41:00.0", "temperatureC": null, "newFact": "?", "vgpus": [{"license": null}]},
                 {"busId": "not an address"}]})");
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    QVERIFY(f->available);
    QVERIFY(!f->cudaDriverVersion);
    QCOMPARE(f->gpus.size(), 2);
    QCOMPARE(f->gpus[0].address, *PciAddress::parse(u"0000:41:00.0"));
    QVERIFY(!f->gpus[0].temperatureC);
    QVERIFY(!f->gpus[0].vgpus[0].license);
    QVERIFY(!f->gpus[1].address.isValid()); // kept as text, like a domain PciAddress cannot hold
    QCOMPARE(f->gpus[1].busId, QStringLiteral("not an address"));
}

void tst_NvmlFactsJson::hostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("available as text") << QByteArray(R"({"available": "yes"})") << "available";
    QTest::newRow("gpus not a list") << QByteArray(R"({"gpus": 5})") << "gpus";
    QTest::newRow("gpu not an object") << QByteArray(R"({"gpus": [{}, 3]})") << "gpus[1]";
    QTest::newRow("temperature as text")
        << QByteArray(R"({"gpus": [{"temperatureC": "hot"}]})") << "gpus[0].temperatureC";
    QTest::newRow("negative memory") << QByteArray(R"({"gpus": [{"memoryTotalMiB": -5}]})")
                                     << "gpus[0].memoryTotalMiB";
    QTest::newRow("fractional memory")
        << QByteArray(R"({"gpus": [{"memoryUsedMiB": 1.5}]})") << "gpus[0].memoryUsedMiB";
    QTest::newRow("huge number") << QByteArray(R"({"cudaDriverVersion": 1e300})") << "cudaDriverVersion";
    QTest::newRow("name as number") << QByteArray(R"({"gpus": [{"name": 7}]})") << "gpus[0].name";
    QTest::newRow("mig as number") << QByteArray(R"({"gpus": [{"migEnabled": 1}]})") << "gpus[0].migEnabled";
    QTest::newRow("placement out of range")
        << QByteArray(R"({"gpus": [{"gpuInstances": [{"start": 99}]}]})") << "gpus[0].gpuInstances[0].start";
    QTest::newRow("vgpus not a list") << QByteArray(R"({"gpus": [{"vgpus": {}}]})") << "gpus[0].vgpus";
    QTest::newRow("unknown licence state")
        << QByteArray(R"({"gpus": [{"vgpus": [{"license": {"state": "pirate"}}]}]})")
        << "gpus[0].vgpus[0].license.state";
    QTest::newRow("licence expiry not a time")
        << QByteArray(R"({"gpus": [{"vgpus": [{"license": {"expiry": "tomorrow"}}]}]})")
        << "gpus[0].vgpus[0].license.expiry";
    QTest::newRow("vGPU instance negative")
        << QByteArray(R"({"gpus": [{"vgpus": [{"instance": -1}]}]})") << "gpus[0].vgpus[0].instance";
    QTest::newRow("error not an object")
        << QByteArray(R"({"errors": {"driverVersion": 5}})") << "errors.driverVersion";
    QTest::newRow("error code as text")
        << QByteArray(R"({"gpus": [{"errors": {"uuid": {"code": "three"}}}]})") << "gpus[0].errors.uuid.code";
    QTest::newRow("scheduler log entry") << QByteArray(R"({"gpus": [{"schedulerLog": {"entries": [null]}}]})")
                                         << "gpus[0].schedulerLog.entries[0]";
    QTest::newRow("collectedAt garbage") << QByteArray(R"({"collectedAt": "yesterday"})") << "collectedAt";
}

void tst_NvmlFactsJson::hostile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<NvmlFacts> f = parse(json);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().summary, QStringLiteral("The NVIDIA facts from the host agent are malformed"));
    QVERIFY2(f.error().detail.startsWith(field + QStringLiteral(": ")), qPrintable(f.error().detail));
}

QTEST_GUILESS_MAIN(tst_NvmlFactsJson)
#include "tst_nvmlfacts_json.moc"
