// NvmlProbe against a real dlopen of tests/support/fakenvml.cpp (and of libraries that are not NVML).
#include "agent/nvmlapi.h"
#include "agent/nvmlprobe.h"

#include <QTest>

#include <dlfcn.h>

class tst_NvmlProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void missingLibrary();
    void notAnNvml();
    void initFails();
    void initAndShutdownBalance();
    void allFacts();
    void migInstances();
    void createAndDestroyMigInstances();
    void vgpuInstances();
    void failingCallOnlyThatFact();
    void failingDeviceHandle();
    void passthroughH200IsClean();
    void vgpuNotSupported();
    void telemetrySample();
    void busIdNormalisation_data();
    void busIdNormalisation();
    void wideDomainKeepsBusId();
    void migProfileNames();
};

namespace {
const QString fake = QStringLiteral(FAKENVML_PATH);

const NvmlGpu &gpuAt(const NvmlFacts &f, int i)
{
    return f.gpus.at(i);
}
} // namespace

void tst_NvmlProbe::cleanup()
{
    qunsetenv("FAKENVML_FAIL");
    qunsetenv("FAKENVML_SCENARIO");
}

void tst_NvmlProbe::missingLibrary()
{
    const QString path = QStringLiteral("/nonexistent/libnvidia-ml.so.1");
    NvmlProbe probe(path);
    QVERIFY(!probe.available());
    QCOMPARE(probe.unavailableReason(),
             QStringLiteral("The NVIDIA management library (NVML) is not installed on this host"));
    QVERIFY2(probe.unavailableDetail().startsWith(path + QStringLiteral(" not found: ")),
             qPrintable(probe.unavailableDetail()));
    QVERIFY(probe.unavailableDetail().contains(QLatin1String("No such file")));

    const NvmlFacts facts = probe.facts();
    QVERIFY(!facts.available);
    QCOMPARE(facts.unavailableReason, probe.unavailableReason());
    QCOMPARE(facts.unavailableDetail, probe.unavailableDetail());
    QVERIFY(facts.gpus.isEmpty());
    QVERIFY(probe.sample().gpus.isEmpty());
}

void tst_NvmlProbe::notAnNvml()
{
    NvmlProbe probe(QStringLiteral("libc.so.6")); // loads fine, has no NVML in it
    QVERIFY(!probe.available());
    QCOMPARE(probe.unavailableReason(),
             QStringLiteral("The NVIDIA management library on this host is not usable"));
    QVERIFY(probe.unavailableDetail().contains(QLatin1String("nvmlInit")));
}

void tst_NvmlProbe::initFails()
{
    qputenv("FAKENVML_FAIL", "nvmlInit_v2=9");
    NvmlProbe probe(fake);
    QVERIFY(!probe.available());
    QCOMPARE(probe.unavailableReason(), QStringLiteral("The NVIDIA management library could not start"));
    QCOMPARE(probe.unavailableDetail(), QStringLiteral("nvmlInit failed: Driver Not Loaded"));
    QVERIFY(!probe.facts().available);
}

void tst_NvmlProbe::initAndShutdownBalance()
{
    // Hold the fake open ourselves so that its counter outlives each probe's dlclose.
    void *handle = dlopen(FAKENVML_PATH, RTLD_NOW | RTLD_LOCAL);
    QVERIFY2(handle, dlerror());
    auto active = reinterpret_cast<int (*)()>(dlsym(handle, "fakenvml_active_inits"));
    QVERIFY(active);
    QCOMPARE(active(), 0);
    {
        NvmlProbe first(fake);
        QCOMPARE(active(), 1);
        NvmlProbe second(fake);
        QCOMPARE(active(), 2);
        QVERIFY(first.facts().available && second.facts().available);
    }
    QCOMPARE(active(), 0);
    dlclose(handle);
}

void tst_NvmlProbe::allFacts()
{
    NvmlProbe probe(fake);
    QVERIFY(probe.available());
    QVERIFY(probe.unavailableReason().isEmpty());
    QCOMPARE(probe.missingSymbols(), QStringList{QStringLiteral("nvmlSystemGetCudaDriverVersion_v2")});

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const NvmlFacts f = probe.facts();
    QVERIFY(f.available);
    QVERIFY(!f.simulated);
    QVERIFY(f.collectedAt >= before.addSecs(-1) && f.collectedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(f.driverVersion, QStringLiteral("550.90.07"));
    QCOMPARE(f.nvmlVersion, QStringLiteral("12.550.90.07"));
    // The symbol the fake lacks, as an older driver would: unknown, with the reason.
    QVERIFY(!f.cudaDriverVersion);
    QCOMPARE(f.errors.value(QStringLiteral("cudaDriverVersion")).code, 13);
    QVERIFY(f.errors.value(QStringLiteral("cudaDriverVersion")).notSupported());
    QVERIFY(f.errors.value(QStringLiteral("cudaDriverVersion"))
                .message.contains(QLatin1String("nvmlSystemGetCudaDriverVersion_v2")));
    QCOMPARE(f.errors.size(), 1);
    QCOMPARE(f.gpus.size(), 2);

    const NvmlGpu &h100 = gpuAt(f, 0);
    QCOMPARE(h100.index, 0);
    QCOMPARE(h100.name, QStringLiteral("NVIDIA H100 80GB HBM3"));
    QCOMPARE(h100.uuid, QStringLiteral("GPU-9a3e5c2d-1b7f-4e3a-8c6d-2f4b1a0e9d11"));
    QCOMPARE(h100.busId, QStringLiteral("0000:1b:00.0"));
    QCOMPARE(h100.address, *PciAddress::parse(u"0000:1b:00.0"));
    QCOMPARE(h100.memoryTotalMiB, std::optional<quint64>(81559));
    QCOMPARE(h100.memoryUsedMiB, std::optional<quint64>(5120));
    QCOMPARE(h100.encoderUtil, std::optional<int>(0));
    QCOMPARE(h100.temperatureC, std::optional<int>(41));
    QCOMPARE(h100.powerW, std::optional<double>(312.345));
    QCOMPARE(h100.powerLimitW, std::optional<double>(700.0));
    QCOMPARE(h100.virtualizationMode, QStringLiteral("none"));
    QVERIFY(h100.hostVgpuMode.isEmpty());
    // A GPU in MIG mode has no whole-GPU utilization: unknown, and said why.
    QVERIFY(!h100.gpuUtil && !h100.memUtil);
    QCOMPARE(h100.errors.value(QStringLiteral("gpuUtil")), (NvmlError{3, QStringLiteral("Not Supported")}));
    QCOMPARE(h100.errors.value(QStringLiteral("memUtil")), (NvmlError{3, QStringLiteral("Not Supported")}));
    QCOMPARE(h100.errors.size(), 2);

    const NvmlGpu &l40s = gpuAt(f, 1);
    QCOMPARE(l40s.name, QStringLiteral("NVIDIA L40S"));
    QCOMPARE(l40s.busId, QStringLiteral("0000:c1:00.0"));
    QCOMPARE(l40s.gpuUtil, std::optional<int>(23));
    QCOMPARE(l40s.memUtil, std::optional<int>(9));
    QCOMPARE(l40s.encoderUtil, std::optional<int>(8));
    QCOMPARE(l40s.temperatureC, std::optional<int>(55));
    QCOMPARE(l40s.memoryTotalMiB, std::optional<quint64>(49140));
    QCOMPARE(f.gpu(*PciAddress::parse(u"0000:c1:00.0")), &f.gpus[1]);
    QVERIFY(!f.gpu(*PciAddress::parse(u"0000:c2:00.0")));
}

void tst_NvmlProbe::createAndDestroyMigInstances()
{
    using MigLayout::Profile;
    NvmlProbe probe(fake);
    const PciAddress h100 = *PciAddress::parse(u"0000:1b:00.0");
    // The fake holds 3g.40gb at 0-3 and 2g.20gb at 4-5: slice 6 is free, slice 4 is not.
    const Result<unsigned> made = probe.createMigInstance(h100, Profile::G1_10, 6);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    QList<NvmlGpuInstance> instances = gpuAt(probe.facts(), 0).gpuInstances;
    QCOMPARE(instances.size(), 3);
    QCOMPARE(instances.last().placementStart, 6);
    QCOMPARE(instances.last().profile, QStringLiteral("1g.10gb"));
    QCOMPARE(instances.last().id, made.value());

    const Result<unsigned> taken = probe.createMigInstance(h100, Profile::G1_10, 4);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, 23);
    QCOMPARE(taken.error().detail, QStringLiteral("Insufficient Resources"));
    QVERIFY(taken.error().summary.contains(QStringLiteral("1g.10gb")));
    QVERIFY(taken.error().summary.contains(QStringLiteral("0000:1b:00.0")));

    const Result<unsigned> noMig =
        probe.createMigInstance(*PciAddress::parse(u"0000:c1:00.0"), Profile::G1_10, 0);
    QVERIFY(!noMig.ok());
    QCOMPARE(noMig.error().code, 3); // the L40S has no MIG
    const Result<unsigned> nowhere =
        probe.createMigInstance(*PciAddress::parse(u"0000:99:00.0"), Profile::G1_10, 0);
    QVERIFY(!nowhere.ok());
    QVERIFY(nowhere.error().detail.contains(QStringLiteral("0000:99:00.0")));

    const Result<unsigned> removed = probe.destroyMigInstance(h100, Profile::G1_10, 6);
    QVERIFY(removed.ok());
    QCOMPARE(removed.value(), made.value());
    QCOMPARE(gpuAt(probe.facts(), 0).gpuInstances.size(), 2);
    const Result<unsigned> again = probe.destroyMigInstance(h100, Profile::G1_10, 6);
    QVERIFY(!again.ok());
    QVERIFY(again.error().detail.contains(QStringLiteral("slice 6")));
}

void tst_NvmlProbe::migInstances()
{
    const NvmlFacts f = NvmlProbe(fake).facts();
    const NvmlGpu &h100 = gpuAt(f, 0);
    QCOMPARE(h100.migEnabled, std::optional<bool>(true));
    QCOMPARE(h100.migPendingEnabled, std::optional<bool>(true));
    const QList<NvmlGpuInstance> expected{{1, 9, QStringLiteral("3g.40gb"), 3, 40192, 0, 4},
                                          {5, 14, QStringLiteral("2g.20gb"), 2, 19968, 4, 2}};
    QCOMPARE(h100.gpuInstances, expected);
    // Bare metal: nobody asks for vGPUs there, so none are listed and nothing is reported missing.
    QVERIFY(h100.vgpus.isEmpty());
    QVERIFY(!h100.scheduler);
    QVERIFY(!h100.errors.contains(QStringLiteral("vgpus")));

    const NvmlGpu &l40s = gpuAt(f, 1);
    QVERIFY(l40s.gpuInstances.isEmpty());
    QVERIFY(!l40s.migEnabled);
    QVERIFY(l40s.errors.value(QStringLiteral("migEnabled")).notSupported());
}

void tst_NvmlProbe::vgpuInstances()
{
    const NvmlFacts f = NvmlProbe(fake).facts();
    const NvmlGpu &g = gpuAt(f, 1);
    QVERIFY(g.isVgpuHost());
    QCOMPARE(g.hostVgpuMode, QStringLiteral("sriov"));
    QCOMPARE(g.vgpus.size(), 2);

    const NvmlVgpu &licensed = g.vgpus[0];
    QCOMPARE(licensed.instance, 7u);
    QCOMPARE(licensed.typeId, std::optional<uint>(1));
    QCOMPARE(licensed.type, QStringLiteral("NVIDIA L40S-4Q"));
    QCOMPARE(licensed.framebufferMiB, std::optional<quint64>(4096));
    QCOMPARE(licensed.vmId, QStringLiteral("11111111-1111-4111-8111-111111111111"));
    QCOMPARE(licensed.vmIdType, QStringLiteral("uuid"));
    QCOMPARE(licensed.uuid, QStringLiteral("e1c5f6a2-3b4d-4c5e-8f60-718293a4b5c6"));
    QCOMPARE(licensed.mdevUuid, QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1"));
    QCOMPARE(licensed.fbUsedMiB, std::optional<quint64>(1536));
    QVERIFY(licensed.license);
    QCOMPARE(licensed.license->state, VgpuLicenseState::Licensed);
    QCOMPARE(licensed.license->expiryStatus, QStringLiteral("valid"));
    QCOMPARE(licensed.license->expiry, QDateTime(QDate(2031, 5, 17), QTime(8, 30), Qt::UTC));
    QCOMPARE(licensed.placementId, std::optional<uint>(0));
    QVERIFY(!licensed.gpuInstanceId); // not MIG-backed
    // Two samples of this vGPU came back: the newer one counts.
    QCOMPARE(licensed.gpuUtil, std::optional<int>(37));
    QCOMPARE(licensed.memUtil, std::optional<int>(12));
    QCOMPARE(licensed.encoderUtil, std::optional<int>(5));
    QCOMPARE(licensed.decoderUtil, std::optional<int>(1));
    QVERIFY(licensed.errors.isEmpty());

    const NvmlVgpu &unlicensed = g.vgpus[1];
    QCOMPARE(unlicensed.instance, 8u);
    QCOMPARE(unlicensed.mdevUuid, QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2"));
    QCOMPARE(unlicensed.license->state, VgpuLicenseState::Unlicensed);
    QVERIFY(!isLicensed(unlicensed.license->state));
    QCOMPARE(unlicensed.license->expiryStatus, QStringLiteral("notAvailable"));
    QVERIFY(!unlicensed.license->expiry.isValid());
    QCOMPARE(unlicensed.placementId, std::optional<uint>(1));
    QCOMPARE(unlicensed.gpuUtil, std::optional<int>(3));

    QVERIFY(g.scheduler);
    QCOMPARE(g.scheduler->policy, QStringLiteral("equalShare"));
    QCOMPARE(g.scheduler->arrMode, QStringLiteral("disabled"));
    QCOMPARE(g.scheduler->timesliceNs, quint64(2000000));
    QVERIFY(!g.scheduler->averagingFactor);
    QCOMPARE(g.schedulerLogState, g.scheduler);
    QCOMPARE(g.schedulerLog.size(), 3);
    QCOMPARE(g.schedulerLog[1].runlistId, 8u);
    QCOMPARE(g.schedulerLog[2].runTotalNs, quint64(6000000));
}

void tst_NvmlProbe::failingCallOnlyThatFact()
{
    qputenv("FAKENVML_FAIL",
            "nvmlDeviceGetTemperature@1=15,nvmlVgpuInstanceGetFbUsage,nvmlSystemGetNVMLVersion=4");
    const NvmlFacts f = NvmlProbe(fake).facts();
    QVERIFY(f.available);
    QVERIFY(f.nvmlVersion.isEmpty());
    QCOMPARE(f.errors.value(QStringLiteral("nvmlVersion")),
             (NvmlError{4, QStringLiteral("Insufficient Permissions")}));
    QCOMPARE(f.driverVersion, QStringLiteral("550.90.07"));

    QCOMPARE(gpuAt(f, 0).temperatureC, std::optional<int>(41)); // only GPU 1 was told to fail
    const NvmlGpu &g = gpuAt(f, 1);
    QVERIFY(!g.temperatureC);
    QCOMPARE(g.errors.value(QStringLiteral("temperatureC")), (NvmlError{15, QStringLiteral("GPU is lost")}));
    QCOMPARE(g.powerW, std::optional<double>(180.5));
    QCOMPARE(g.gpuUtil, std::optional<int>(23));
    QCOMPARE(g.vgpus.size(), 2);
    for (const NvmlVgpu &v : g.vgpus) {
        QVERIFY(!v.fbUsedMiB);
        QCOMPARE(v.errors.value(QStringLiteral("fbUsedMiB")),
                 (NvmlError{999, QStringLiteral("Unknown Error")}));
        QCOMPARE(v.errors.size(), 1);
        QVERIFY(v.license);
        QVERIFY(v.gpuUtil);
    }
}

void tst_NvmlProbe::failingDeviceHandle()
{
    qputenv("FAKENVML_FAIL", "nvmlDeviceGetHandleByIndex_v2@0=4");
    const NvmlFacts f = NvmlProbe(fake).facts();
    QCOMPARE(f.gpus.size(), 2);
    QCOMPARE(gpuAt(f, 0).index, 0);
    QVERIFY(gpuAt(f, 0).name.isEmpty());
    QCOMPARE(gpuAt(f, 0).errors.value(QStringLiteral("handle")).code, 4);
    QCOMPARE(gpuAt(f, 1).name, QStringLiteral("NVIDIA L40S"));

    qputenv("FAKENVML_FAIL", "nvmlDeviceGetCount_v2=15");
    const NvmlFacts none = NvmlProbe(fake).facts();
    QVERIFY(none.available);
    QVERIFY(none.gpus.isEmpty());
    QCOMPARE(none.errors.value(QStringLiteral("gpus")).code, 15);
}

void tst_NvmlProbe::passthroughH200IsClean()
{
    // A real H200 as seen from a VM it is passed through to: MIG off, virtualization mode "passthrough", no
    // vGPU. Nothing may be reported as failing.
    qputenv("FAKENVML_SCENARIO", "h200");
    const NvmlFacts f = NvmlProbe(fake).facts();
    QCOMPARE(f.gpus.size(), 1);
    const NvmlGpu &g = gpuAt(f, 0);
    QCOMPARE(g.name, QStringLiteral("NVIDIA H200"));
    QCOMPARE(g.busId, QStringLiteral("0000:00:06.0"));
    QCOMPARE(g.memoryTotalMiB, std::optional<quint64>(143771));
    QCOMPARE(g.gpuUtil, std::optional<int>(0));
    QCOMPARE(g.migEnabled, std::optional<bool>(false));
    QCOMPARE(g.virtualizationMode, QStringLiteral("passthrough"));
    QVERIFY(g.gpuInstances.isEmpty());
    QVERIFY(g.vgpus.isEmpty());
    QVERIFY(!g.scheduler);
    QVERIFY2(g.errors.isEmpty(), qPrintable(g.errors.keys().join(u',')));
}

void tst_NvmlProbe::vgpuNotSupported()
{
    // When the virtualization mode is unknown the probe asks for vGPUs anyway; a GPU that is no vGPU host
    // answers NOT_SUPPORTED, which is recorded and nothing else suffers.
    qputenv("FAKENVML_SCENARIO", "h200");
    qputenv("FAKENVML_FAIL", "nvmlDeviceGetVirtualizationMode=3");
    const NvmlFacts f = NvmlProbe(fake).facts();
    const NvmlGpu &g = gpuAt(f, 0);
    QVERIFY(g.virtualizationMode.isEmpty());
    QVERIFY(g.vgpus.isEmpty());
    for (const char *key : {"virtualizationMode", "vgpus", "hostVgpuMode", "scheduler", "schedulerLog"}) {
        QVERIFY2(g.errors.value(QLatin1String(key)).notSupported(), key);
        QCOMPARE(g.errors.value(QLatin1String(key)).message, QStringLiteral("Not Supported"));
    }
    QCOMPARE(g.errors.size(), 5);
    QCOMPARE(g.temperatureC, std::optional<int>(33));
    QCOMPARE(g.powerW, std::optional<double>(76.543));
}

void tst_NvmlProbe::telemetrySample()
{
    NvmlProbe probe(fake);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TelemetrySample s = probe.sample();
    QVERIFY(!s.simulated);
    QVERIFY(s.time >= before);
    QCOMPARE(s.gpus.size(), 2);
    const GpuSample &h100 = s.gpus[0];
    QCOMPARE(h100.address, *PciAddress::parse(u"0000:1b:00.0"));
    QVERIFY(!h100.gpuUtil); // MIG mode
    QCOMPARE(h100.temperatureC, std::optional<int>(41));
    QCOMPARE(h100.fbTotalMiB, std::optional<quint64>(81559));
    QCOMPARE(h100.fbUsedMiB, std::optional<quint64>(5120));
    QCOMPARE(h100.powerLimitW, std::optional<double>(700.0));
    QVERIFY(h100.vgpus.isEmpty());

    const GpuSample &l40s = s.gpus[1];
    QCOMPARE(l40s.gpuUtil, std::optional<int>(23));
    QCOMPARE(l40s.encoderUtil, std::optional<int>(8));
    QCOMPARE(l40s.vgpus.size(), 2);
    QCOMPARE(l40s.vgpus[0].mdevUuid, QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1"));
    QCOMPARE(l40s.vgpus[0].vmUuid, QStringLiteral("11111111-1111-4111-8111-111111111111"));
    QVERIFY(l40s.vgpus[0].vmName.isEmpty());
    QCOMPARE(l40s.vgpus[0].gpuUtil, std::optional<int>(37));
    QCOMPARE(l40s.vgpus[0].encoderUtil, std::optional<int>(5));
    QCOMPARE(l40s.vgpus[0].fbUsedMiB, std::optional<quint64>(1536));
    QCOMPARE(l40s.vgpus[0].license, VgpuLicenseState::Licensed);
    QCOMPARE(l40s.vgpus[0].licenseExpiry, QDateTime(QDate(2031, 5, 17), QTime(8, 30), Qt::UTC));
    QCOMPARE(l40s.vgpus[1].license, VgpuLicenseState::Unlicensed);
    QVERIFY(!l40s.vgpus[1].licenseExpiry.isValid());

    // Telemetry asks only for the moving numbers: a failing name lookup does not touch it.
    qputenv("FAKENVML_FAIL", "nvmlDeviceGetName,nvmlVgpuTypeGetName,nvmlDeviceGetGpuInstances");
    QCOMPARE(probe.sample().gpus.size(), 2);
}

void tst_NvmlProbe::busIdNormalisation_data()
{
    QTest::addColumn<QString>("nvml");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("eight-digit domain") << "00000000:1B:00.0"
                                        << "0000:1b:00.0";
    QTest::newRow("legacy four digits") << "0000:41:00.0"
                                        << "0000:41:00.0";
    QTest::newRow("non-zero domain, slot and function") << "00000001:C1:1F.7"
                                                        << "0001:c1:1f.7";
    QTest::newRow("domain above 0xffff kept whole") << "00010000:41:00.0"
                                                    << "10000:41:00.0";
    QTest::newRow("no domain") << "41:00.0"
                               << "";
    QTest::newRow("function 8") << "0000:41:00.8"
                                << "";
    QTest::newRow("not hex") << "0000:4G:00.0"
                             << "";
    QTest::newRow("trailing text") << "0000:41:00.0x"
                                   << "";
    QTest::newRow("nine-digit domain") << "000000000:41:00.0"
                                       << "";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_NvmlProbe::busIdNormalisation()
{
    QFETCH(QString, nvml);
    QFETCH(QString, normalised);
    QCOMPARE(QString::fromStdString(nvml::normalizeBusId(nvml.toStdString())), normalised);
}

void tst_NvmlProbe::wideDomainKeepsBusId()
{
    // A VMD domain does not fit PciAddress: the GPU keeps its bus id text and no address.
    nvml::Snapshot s;
    s.available = true;
    nvml::Gpu g;
    g.busId = nvml::normalizeBusId("00010000:41:00.0");
    g.temperatureC = 40;
    s.gpus.push_back(g);
    const NvmlFacts f = NvmlFacts::fromSnapshot(s, QDateTime::currentDateTimeUtc());
    QCOMPARE(f.gpus[0].busId, QStringLiteral("10000:41:00.0"));
    QVERIFY(!f.gpus[0].address.isValid());
    QVERIFY(TelemetrySample::fromFacts(f).gpus.isEmpty());
}

void tst_NvmlProbe::migProfileNames()
{
    QCOMPARE(nvml::migProfileName("MIG 3g.40gb", 3, 40192), std::string("3g.40gb"));
    QCOMPARE(nvml::migProfileName("MIG 1g.10gb+me", 1, 9856), std::string("1g.10gb+me"));
    // Old drivers give no name: made from slices and memory.
    QCOMPARE(nvml::migProfileName("", 3, 40192), std::string("3g.40gb"));
    QCOMPARE(nvml::migProfileName("", 7, 80896), std::string("7g.80gb"));
    QCOMPARE(nvml::migProfileName("", 1, 9856), std::string("1g.10gb"));
    QCOMPARE(nvml::migProfileName("", 1, 4864), std::string("1g.5gb"));
    QCOMPARE(nvml::migProfileName("", 2, 19968), std::string("2g.20gb"));
}

QTEST_GUILESS_MAIN(tst_NvmlProbe)
#include "tst_nvmlprobe.moc"
