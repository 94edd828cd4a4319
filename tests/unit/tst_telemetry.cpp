// Telemetry samples: the simulator's figures stay plausible and reproducible; the compact JSON round-trips.
#include "agent/telemetry.h"
#include "fixturesnapshots.h"
#include "model/topology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_Telemetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministicWithSeed();
    void valuesInRangeOverTime();
    void evolvesSmoothly();
    void framebufferWithinBounds();
    void idleWhenVmsAreShutOff();
    void licences();
    void simulatedFacts();
    void jsonRoundTrip();
    void sampleSizeIsReasonable();
    void hostileJson_data();
    void hostileJson();
};

namespace {
using namespace Fixtures;

const QDateTime t0(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);

// A VDI host: an L40S carved into 12 running L40S-4Q desktops, one paused and one whose VM is off, and an
// A100 with two MIG-backed A100-3-40C compute vGPUs; besides the fixture's devices.
HostSnapshot vdiHost()
{
    HostSnapshot s = gpuHost(QStringLiteral("vdi-l40s-01"));
    PciDevice l40s =
        pci("0000:c1:00.0", 0x030200, 0x10de, 0x26b9, "NVIDIA Corporation", "AD102GL [L40S]", 70, "nvidia");
    l40s.mdevTypes = {mdevType("nvidia-1155", "NVIDIA L40S-4Q", 0)};
    add(s, l40s);
    PciDevice a100 = pci("0000:81:00.0", 0x030200, 0x10de, 0x20b5, "NVIDIA Corporation",
                         "GA100 [A100 PCIe 80GB]", 71, "nvidia");
    a100.mdevTypes = {mdevType("nvidia-699", "NVIDIA A100-3-40C", 0)};
    add(s, a100);
    for (int i = 0; i < 14; ++i) {
        const QString m = QStringLiteral("c0c0c0%1-0000-4000-8000-0000000000%2")
                              .arg(i, 2, 10, QLatin1Char('0'))
                              .arg(i, 2, 10, QLatin1Char('0'));
        s.mdevs.insert(m, mdev(m, "0000:c1:00.0", "nvidia-1155", 80 + i));
        const QString vmUuid =
            QStringLiteral("d0d0d0%1-0000-4000-8000-000000000000").arg(i, 2, 10, QLatin1Char('0'));
        const VmState state = i == 12 ? VmState::Paused : i == 13 ? VmState::Shutoff : VmState::Running;
        VirtualMachine v = vm(vmUuid, "desk", state, 4, 8);
        v.name = QStringLiteral("desk-%1").arg(i, 2, 10, QLatin1Char('0'));
        v.hostdevs = {mdevHostdev(m)};
        s.vms.insert(v.uuid, v);
    }
    for (int i = 0; i < 2; ++i) {
        const QString m = QStringLiteral("e0e0e0e%1-0000-4000-8000-000000000000").arg(i);
        s.mdevs.insert(m, mdev(m, "0000:81:00.0", "nvidia-699", 100 + i));
        VirtualMachine v = vm(QStringLiteral("f0f0f0f%1-0000-4000-8000-000000000000").arg(i), "train",
                              VmState::Running, 16, 64);
        v.name = QStringLiteral("train-%1").arg(i);
        v.hostdevs = {mdevHostdev(m)};
        s.vms.insert(v.uuid, v);
    }
    return s;
}

// The framebuffer of the vGPU an mdev stands for, from its type's name.
quint64 vgpuSizeMiB(const HostSnapshot &s, const QString &mdevUuid)
{
    const MediatedDevice m = s.mdevs.value(mdevUuid);
    const QList<MdevType> types = s.pciDevices.value(m.parent).mdevTypes;
    for (const MdevType &t : types)
        if (t.id == m.typeId && t.vgpu)
            return quint64(t.vgpu->framebufferMB);
    return 0;
}

QByteArray compact(const TelemetrySample &s)
{
    return QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

void tst_Telemetry::deterministicWithSeed()
{
    const HostSnapshot host = vdiHost();
    const TelemetrySample a = TelemetrySimulator(42).sample(host, t0);
    const TelemetrySample b = TelemetrySimulator(42).sample(host, t0);
    QCOMPARE(a, b);
    QCOMPARE(TelemetrySimulator(42).facts(host, t0), TelemetrySimulator(42).facts(host, t0));
    QVERIFY(a.simulated);
    QCOMPARE(a.time, t0);
    QCOMPARE(a.gpus.size(), Topology::gpus(host).size());
    // Another seed, or another moment, tells another story.
    QVERIFY(TelemetrySimulator(43).sample(host, t0) != a);
    QVERIFY(TelemetrySimulator(42).sample(host, t0.addSecs(30)) != a);
}

void tst_Telemetry::valuesInRangeOverTime()
{
    const HostSnapshot host = vdiHost();
    const TelemetrySimulator sim(1);
    int busyVgpuSeconds = 0, burstSeconds = 0;
    for (int sec = 0; sec < 900; sec += 3) {
        const TelemetrySample s = sim.sample(host, t0.addSecs(sec));
        for (const GpuSample &g : s.gpus) {
            QVERIFY(g.gpuUtil && *g.gpuUtil >= 0 && *g.gpuUtil <= 100);
            QVERIFY(g.memUtil && *g.memUtil >= 0 && *g.memUtil <= 100);
            QVERIFY(g.encoderUtil && *g.encoderUtil >= 0 && *g.encoderUtil <= 100);
            QVERIFY2(g.temperatureC && *g.temperatureC >= 35 && *g.temperatureC <= 80,
                     qPrintable(QString::number(g.temperatureC.value_or(-1))));
            QVERIFY(g.powerW && g.powerLimitW && *g.powerW > 0 && *g.powerW <= *g.powerLimitW);
            for (const VgpuSample &v : g.vgpus) {
                QVERIFY(v.gpuUtil && *v.gpuUtil >= 0 && *v.gpuUtil <= 60);
                QVERIFY(v.encoderUtil && *v.encoderUtil >= 0 && *v.encoderUtil <= *v.gpuUtil);
                QVERIFY(!v.vmName.isEmpty() && !v.vmUuid.isEmpty() && !v.mdevUuid.isEmpty());
                if (*v.gpuUtil >= 5)
                    ++busyVgpuSeconds;
                if (*v.gpuUtil >= 40)
                    ++burstSeconds;
            }
        }
    }
    // The guests work, and now and then burst.
    QVERIFY(busyVgpuSeconds > 1000);
    QVERIFY(burstSeconds > 0);
}

void tst_Telemetry::evolvesSmoothly()
{
    const HostSnapshot host = vdiHost();
    const TelemetrySimulator sim(5);
    TelemetrySample previous = sim.sample(host, t0);
    for (int sec = 1; sec <= 300; ++sec) {
        const TelemetrySample now = sim.sample(host, t0.addSecs(sec));
        for (qsizetype i = 0; i < now.gpus.size(); ++i) {
            const GpuSample &a = previous.gpus[i], &b = now.gpus[i];
            QVERIFY2(std::abs(*a.temperatureC - *b.temperatureC) <= 3, qPrintable(b.address.toString()));
            QVERIFY(std::abs(*a.powerW - *b.powerW) <= 0.1 * *b.powerLimitW);
            for (qsizetype k = 0; k < b.vgpus.size(); ++k)
                QVERIFY2(std::abs(*a.vgpus[k].gpuUtil - *b.vgpus[k].gpuUtil) <= 10,
                         qPrintable(QStringLiteral("%1 at %2 s").arg(b.vgpus[k].vmName).arg(sec)));
        }
        previous = now;
    }
}

void tst_Telemetry::framebufferWithinBounds()
{
    const HostSnapshot host = vdiHost();
    for (quint64 seed : {1, 2, 3}) {
        for (int sec = 0; sec < 600; sec += 7) {
            const TelemetrySample s = TelemetrySimulator(seed).sample(host, t0.addSecs(sec));
            for (const GpuSample &g : s.gpus) {
                QVERIFY(g.fbTotalMiB && *g.fbTotalMiB > 0);
                QVERIFY(g.fbUsedMiB && *g.fbUsedMiB <= *g.fbTotalMiB);
                quint64 vgpuSum = 0;
                for (const VgpuSample &v : g.vgpus) {
                    const quint64 size = vgpuSizeMiB(host, v.mdevUuid);
                    QVERIFY(size > 0);
                    QVERIFY2(v.fbUsedMiB && *v.fbUsedMiB > 0 && *v.fbUsedMiB <= size,
                             qPrintable(QStringLiteral("%1 of %2").arg(v.fbUsedMiB.value_or(0)).arg(size)));
                    vgpuSum += *v.fbUsedMiB;
                }
                QVERIFY(vgpuSum <= *g.fbUsedMiB); // the host sees at least what its guests use
            }
        }
    }
    const TelemetrySample sample = TelemetrySimulator(1).sample(host, t0); // gpu() points into it
    const GpuSample *l40s = sample.gpu(*PciAddress::parse(u"0000:c1:00.0"));
    QCOMPARE(l40s->fbTotalMiB, std::optional<quint64>(48 * 1024));
}

void tst_Telemetry::idleWhenVmsAreShutOff()
{
    HostSnapshot host = vdiHost();
    for (VirtualMachine &v : host.vms)
        v.state = VmState::Shutoff;
    const TelemetrySimulator sim(9);
    for (int sec = 0; sec < 600; sec += 11) {
        const TelemetrySample s = sim.sample(host, t0.addSecs(sec));
        QCOMPARE(s.gpus.size(), Topology::gpus(host).size());
        for (const GpuSample &g : s.gpus) {
            QVERIFY(g.vgpus.isEmpty()); // NVML lists a vGPU only while its VM runs
            QVERIFY2(*g.gpuUtil <= 1, qPrintable(g.address.toString()));
            QCOMPARE(*g.encoderUtil, 0);
            QVERIFY(*g.temperatureC <= 37);
            QVERIFY(*g.powerW <= 0.15 * *g.powerLimitW);
            QVERIFY(*g.fbUsedMiB <= *g.fbTotalMiB / 100);
        }
    }
    // Running VMs on the same host, by contrast, make the L40S work.
    const TelemetrySample busy = sim.sample(vdiHost(), t0);
    QVERIFY(*busy.gpu(*PciAddress::parse(u"0000:c1:00.0"))->gpuUtil > 20);
}

void tst_Telemetry::licences()
{
    const HostSnapshot host = vdiHost();
    for (quint64 seed : {1, 2, 3, 4}) {
        const TelemetrySample s = TelemetrySimulator(seed).sample(host, t0);
        int unlicensed = 0, soon = 0, later = 0, present = 0;
        for (const GpuSample &g : s.gpus) {
            for (const VgpuSample &v : g.vgpus) {
                ++present;
                if (v.license == VgpuLicenseState::Unlicensed) {
                    ++unlicensed;
                    QVERIFY(!v.licenseExpiry.isValid());
                    continue;
                }
                QCOMPARE(v.license, VgpuLicenseState::Licensed);
                QVERIFY(v.licenseExpiry > t0);
                (v.licenseExpiry < t0.addDays(4) ? soon : later) += 1;
            }
        }
        QCOMPARE(present, 16); // 12 running and 1 paused desktop, 2 compute vGPUs, the fixture's A16 slice
        QCOMPARE(unlicensed, 1);
        QVERIFY2(later > soon,
                 qPrintable(QStringLiteral("seed %1: %2 soon, %3 later").arg(seed).arg(soon).arg(later)));
        if (seed == 1)
            QVERIFY(soon >= 1);
        // Expiries do not wander from second to second.
        const TelemetrySample next = TelemetrySimulator(seed).sample(host, t0.addSecs(1));
        for (qsizetype i = 0; i < s.gpus.size(); ++i)
            for (qsizetype k = 0; k < s.gpus[i].vgpus.size(); ++k)
                QCOMPARE(next.gpus[i].vgpus[k].licenseExpiry, s.gpus[i].vgpus[k].licenseExpiry);
    }
}

void tst_Telemetry::simulatedFacts()
{
    const HostSnapshot host = vdiHost();
    const NvmlFacts f = TelemetrySimulator(1).facts(host, t0);
    QVERIFY(f.available && f.simulated);
    QVERIFY(f.driverVersion.contains(QLatin1String("simulated")));
    QVERIFY(f.nvmlVersion.contains(QLatin1String("simulated")));
    // NVIDIA GPUs the NVIDIA driver holds: not the AMD V620, not the T4 bound to vfio-pci.
    QStringList addresses;
    for (const NvmlGpu &g : f.gpus)
        addresses.append(g.busId);
    QCOMPARE(addresses, (QStringList{QStringLiteral("0000:21:00.0"), QStringLiteral("0000:41:00.0"),
                                     QStringLiteral("0000:81:00.0"), QStringLiteral("0000:c1:00.0")}));
    for (qsizetype i = 0; i < f.gpus.size(); ++i)
        QCOMPARE(f.gpus[i].index, int(i));

    const NvmlGpu *a100 = f.gpu(*PciAddress::parse(u"0000:81:00.0"));
    QCOMPARE(a100->migEnabled, std::optional<bool>(true));
    QCOMPARE(a100->gpuInstances.size(), 2);
    QCOMPARE(a100->gpuInstances[0].profile, QStringLiteral("3g.40gb"));
    QCOMPARE(a100->gpuInstances[0].placementStart, 0);
    QCOMPARE(a100->gpuInstances[1].placementStart, 4);
    QCOMPARE(a100->vgpus.size(), 2);
    QCOMPARE(a100->vgpus[0].gpuInstanceId, std::optional<uint>(a100->gpuInstances[0].id));
    QVERIFY(!a100->scheduler); // MIG-backed vGPUs are not time-sliced
    QVERIFY(a100->errors.value(QStringLiteral("gpuUtil")).notSupported());

    const NvmlGpu *l40s = f.gpu(*PciAddress::parse(u"0000:c1:00.0"));
    QVERIFY(l40s->isVgpuHost());
    QCOMPARE(l40s->hostVgpuMode, QStringLiteral("nonSriov"));
    QCOMPARE(l40s->vgpus.size(), 13);
    QCOMPARE(l40s->vgpus[0].type, QStringLiteral("NVIDIA L40S-4Q"));
    QCOMPARE(l40s->vgpus[0].typeId, std::optional<uint>(1155));
    QCOMPARE(l40s->vgpus[0].framebufferMiB, std::optional<quint64>(4096));
    QCOMPARE(l40s->vgpus[0].vmIdType, QStringLiteral("uuid"));
    QVERIFY(l40s->scheduler);
    QCOMPARE(l40s->scheduler->policy, QStringLiteral("bestEffort"));
    QCOMPARE(l40s->scheduler->timesliceNs, quint64(1000000)); // L40S-4Q: 12 per GPU, above 8

    const NvmlGpu *a16 = f.gpu(*PciAddress::parse(u"0000:41:00.0"));
    QCOMPARE(a16->hostVgpuMode, QStringLiteral("sriov"));
    QVERIFY(a16->errors.value(QStringLiteral("migEnabled")).notSupported());
    const NvmlGpu *a4000 = f.gpu(*PciAddress::parse(u"0000:21:00.0"));
    QCOMPARE(a4000->virtualizationMode, QStringLiteral("none"));
    QVERIFY(a4000->vgpus.isEmpty());

    // The facts' numbers are the sample's.
    const TelemetrySample s = TelemetrySimulator(1).sample(host, t0);
    QCOMPARE(l40s->temperatureC, s.gpu(l40s->address)->temperatureC);
    const TelemetrySample fromFacts = TelemetrySample::fromFacts(f);
    QCOMPARE(fromFacts.gpus.size(), 4);
    QCOMPARE(fromFacts.gpu(l40s->address)->vgpus.size(), 13);
    QCOMPARE(fromFacts.gpu(l40s->address)->vgpus[0].vmUuid, l40s->vgpus[0].vmId);
}

void tst_Telemetry::jsonRoundTrip()
{
    for (const HostSnapshot &host : {vdiHost(), gpuHost()}) {
        const TelemetrySample s = TelemetrySimulator(3).sample(host, t0.addMSecs(123));
        const Result<TelemetrySample> back =
            TelemetrySample::fromJson(QJsonDocument::fromJson(compact(s)).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back.value(), s);
    }
    // Unknown values stay unknown, the real flag stays false.
    TelemetrySample sparse;
    sparse.time = t0;
    GpuSample g;
    g.address = *PciAddress::parse(u"0000:41:00.0");
    g.temperatureC = 50;
    g.vgpus = {VgpuSample{QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1"),
                          {},
                          {},
                          {},
                          {},
                          {},
                          VgpuLicenseState::Unknown,
                          {}}};
    sparse.gpus = {g};
    const QJsonObject o = sparse.toJson();
    QVERIFY(!o.contains(u"sim"));
    QCOMPARE(o.value(u"g")[0].toObject().keys(),
             (QStringList{QStringLiteral("a"), QStringLiteral("tc"), QStringLiteral("v")}));
    QCOMPARE(o.value(u"g")[0][u"v"][0].toObject().keys(), QStringList{QStringLiteral("id")});
    QCOMPARE(TelemetrySample::fromJson(o).value(), sparse);
}

void tst_Telemetry::sampleSizeIsReasonable()
{
    // It goes to every console once a second: a GPU costs well under 200 bytes, a vGPU under 200.
    const TelemetrySample small = TelemetrySimulator(1).sample(gpuHost(), t0);
    QVERIFY2(compact(small).size() < 1024, compact(small).constData());

    const HostSnapshot host = vdiHost();
    const TelemetrySample big = TelemetrySimulator(1).sample(host, t0);
    int vgpus = 0;
    for (const GpuSample &g : big.gpus)
        vgpus += int(g.vgpus.size());
    const qsizetype bytes = compact(big).size();
    QVERIFY2(bytes < 150 * big.gpus.size() + 200 * vgpus, qPrintable(QString::number(bytes)));
}

void tst_Telemetry::hostileJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("time as text") << QByteArray(R"({"t": "now"})") << "t";
    QTest::newRow("negative time") << QByteArray(R"({"t": -1})") << "t";
    QTest::newRow("gpus not a list") << QByteArray(R"({"g": {}})") << "g";
    QTest::newRow("address garbage") << QByteArray(R"({"g": [{"a": "zz"}]})") << "g[0].a";
    QTest::newRow("negative utilization")
        << QByteArray(R"({"g": [{"a": "0000:41:00.0", "u": -1}]})") << "g[0].u";
    QTest::newRow("power as text") << QByteArray(R"({"g": [{"p": "much"}]})") << "g[0].p";
    QTest::newRow("vGPU not an object") << QByteArray(R"({"g": [{"v": [1]}]})") << "g[0].v[0]";
    QTest::newRow("licence unknown") << QByteArray(R"({"g": [{"v": [{"lic": "maybe"}]}]})")
                                     << "g[0].v[0].lic";
    QTest::newRow("expiry fractional") << QByteArray(R"({"g": [{"v": [{"exp": 1.5}]}]})") << "g[0].v[0].exp";
}

void tst_Telemetry::hostileJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Result<TelemetrySample> s = TelemetrySample::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().summary, QStringLiteral("The GPU telemetry from the host agent is malformed"));
    QVERIFY2(s.error().detail.startsWith(field + QStringLiteral(": ")), qPrintable(s.error().detail));
}

QTEST_GUILESS_MAIN(tst_Telemetry)
#include "tst_telemetry.moc"
