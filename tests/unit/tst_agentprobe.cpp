// What `gpuvirtctl agent probe` prints: the facts summary of generated hosts as JSON and as a table, the
// trust states, and facts.get answers it cannot read.
#include "agent/agentprobe.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

namespace {
const QString kFp = QStringLiteral(
    "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

AgentProbe probeOf(const SysfsFacts &facts)
{
    AgentProbe p;
    p.hostPort = QStringLiteral("gpu-07:7447");
    p.fingerprint = kFp;
    p.pin = AgentProbe::Pin::Pinned;
    p.pinnedAt = QDateTime(QDate(2025, 3, 1), QTime(8, 30), Qt::UTC);
    p.name = QStringLiteral("gpu-07");
    p.hello =
        QJsonObject{{QStringLiteral("agentVersion"), QStringLiteral("0.1.0")},
                    {QStringLiteral("protocol"), 1},
                    {QStringLiteral("role"), QStringLiteral("operator")},
                    {QStringLiteral("hostname"), QStringLiteral("gpu-07")},
                    {QStringLiteral("nvml"),
                     QJsonObject{{QStringLiteral("available"), false},
                                 {QStringLiteral("reason"), QStringLiteral("libnvidia-ml.so.1 not found")}}}};
    p.sysfs = facts;
    return p;
}
} // namespace

class TestAgentProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void h100VendorVgpuTypes();
    void a16TableRows();
    void firstContactHasNoFacts();
    void unreadableFactsNamed();
};

void TestAgentProbe::h100VendorVgpuTypes()
{
    QTemporaryDir dir;
    buildH100Host(dir.path());
    const Result<SysfsFacts> facts = SysfsScanner::scanHost(dir.path());
    QVERIFY(facts.ok());
    const QJsonObject o = probeOf(facts.value()).toJson();
    QCOMPARE(o[u"agent"][u"pin"].toString(), QStringLiteral("pinned"));
    QCOMPARE(o[u"agent"][u"pinnedAt"].toString(), QStringLiteral("2025-03-01T08:30:00Z"));
    QCOMPARE(o[u"agent"][u"role"].toString(), QStringLiteral("operator"));
    const QJsonArray gpus = o[u"gpus"].toArray();
    QCOMPARE(gpus.size(), 1); // the VFs are not counted as GPUs
    QCOMPARE(gpus[0][u"address"].toString(), QStringLiteral("0000:41:00.0"));
    QCOMPARE(gpus[0][u"vgpuTypes"].toInt(), 3); // 10C, 20C, 40C offered on its VFs
    QCOMPARE(gpus[0][u"mdevTypes"].toInt(), 0);
    QCOMPARE(gpus[0][u"sriovTotalVfs"].toInt(), 20);
    QCOMPARE(o[u"platform"][u"nvidiaDriverVersion"].toString(), QStringLiteral("550.54.16"));
    QCOMPARE(o[u"platform"][u"vgpuManager"].toBool(), true);
    QCOMPARE(o[u"nvml"][u"available"].toBool(true), false);
    QCOMPARE(o[u"nvml"][u"reason"].toString(), QStringLiteral("libnvidia-ml.so.1 not found"));
}

void TestAgentProbe::a16TableRows()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    const Result<SysfsFacts> facts = SysfsScanner::scanHost(dir.path());
    QVERIFY(facts.ok());
    AgentProbe p = probeOf(facts.value());
    NvmlFacts nvml;
    nvml.available = true;
    nvml.driverVersion = QStringLiteral("535.129.05"); // NVML's word wins over /proc's
    p.nvml = nvml;
    p.hello.remove(QStringLiteral("nvml"));
    const QStringList lines = p.toTable().split(u'\n');
    QVERIFY(lines.contains(QStringLiteral("Agent        gpu-07 at gpu-07:7447")));
    QVERIFY(lines.contains(QStringLiteral("Version      0.1.0, protocol 1, our role: operator")));
    QVERIFY(lines.contains(QStringLiteral("Fingerprint  ") + kFp));
    QVERIFY(lines.contains(QStringLiteral("Trust        pinned on 2025-03-01T08:30:00Z")));
    QVERIFY(lines.contains(QStringLiteral("vfio         loaded: vfio, vfio_pci, vfio_iommu_type1")));
    QVERIFY(lines.contains(QStringLiteral("NVML         available")));
    QVERIFY(lines.contains(QStringLiteral("Driver       NVIDIA 535.129.05")));
    QVERIFY(lines.contains(QStringLiteral("GPUs         5")));
    // Plurals come from the translation files ("4 mdev types" once the lead's en file has them).
    const QString a16 = lines.value(lines.indexOf(QRegularExpression(QStringLiteral("^  0000:43:00.0 .*"))));
    QVERIFY(a16.startsWith(QStringLiteral("  0000:43:00.0  10de:25b6  nvidia     group 20  4 mdev type")));
    QVERIFY(a16.endsWith(QStringLiteral("  4/16 VFs")));
    QVERIFY(lines.contains(QStringLiteral("  0000:81:00.0  10de:2531  vfio-pci   group 30")));
    QVERIFY(!p.toTable().contains(u"0000:03:00.0")); // the BMC's boot display is not a GPU of these vendors
}

void TestAgentProbe::firstContactHasNoFacts()
{
    AgentProbe p;
    p.hostPort = QStringLiteral("gpu-07:7447");
    p.fingerprint = kFp;
    const QJsonObject o = p.toJson();
    QCOMPARE(o[u"agent"][u"pin"].toString(), QStringLiteral("unknown"));
    QVERIFY(!o.contains(u"gpus") && !o.contains(u"platform"));
    QVERIFY(p.toTable().contains(QStringLiteral("Trust        not pinned: first contact")));
    p.pin = AgentProbe::Pin::PinnedNow;
    QCOMPARE(p.toJson()[u"agent"][u"pin"].toString(), QStringLiteral("pinnedNow"));
}

void TestAgentProbe::unreadableFactsNamed()
{
    AgentProbe p;
    const QJsonObject bad{
        {QStringLiteral("sysfs"), QJsonObject{{QStringLiteral("functions"),
                                               QJsonArray{QJsonObject{{QStringLiteral("address"), 42}}}}}}};
    const Status s = p.setFacts(bad);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().detail.contains(u"functions[0].address") ||
                 s.error().summary.contains(u"functions[0].address"),
             qPrintable(s.error().toString()));
    QVERIFY(!p.sysfs);
    QVERIFY(p.toJson().contains(u"factsError"));
}

QTEST_GUILESS_MAIN(TestAgentProbe)
#include "tst_agentprobe.moc"
