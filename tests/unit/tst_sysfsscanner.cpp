// The sysfs/procfs scanner against generated trees: realistic hosts, odd trees and platform facts.
#include "agent/sysfsio.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"
#include "../support/sanitized.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace SysfsFixtures;

class TestSysfsScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void a16Host();
    void h100VendorSpecificVgpu();
    void amdSriovHost();
    void missingFiles();
    void danglingLinks();
    void nonNumericValues();
    void unreadableRoot();
    void platformFacts();
    void cmdline_data();
    void cmdline();
    void builtinModules();
    void parsers();
    void creatableVgpuTypes();
    void nvidiaVersion_data();
    void nvidiaVersion();
    void manyFunctionsScanQuickly();
    void thisMachine();

private:
    static void write(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(content);
    }
};

void TestSysfsScanner::a16Host()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY2(scanned.ok(), qPrintable(scanned.ok() ? QString() : scanned.error().toString()));
    const SysfsFacts &f = scanned.value();
    QCOMPARE(f.functions.size(), 1 + 1 + 1 + 1 + 4 + 4 + 4 + 2);
    QVERIFY(
        std::is_sorted(f.functions.cbegin(), f.functions.cend(),
                       [](const SysfsFunction &a, const SysfsFunction &b) { return a.address < b.address; }));

    const SysfsFunction *gpu = f.function(addr("0000:43:00.0"));
    QVERIFY(gpu);
    QCOMPARE(gpu->classCode, 0x030200u);
    QCOMPARE(gpu->vendorId, quint16(0x10de));
    QCOMPARE(gpu->productId, quint16(0x25b6));
    QCOMPARE(gpu->subsystemVendorId, quint16(0x10de));
    QCOMPARE(gpu->subsystemId, quint16(0x14a9));
    QCOMPARE(gpu->driver, QStringLiteral("nvidia"));
    QCOMPARE(gpu->driverOverride, QString()); // "(null)"
    QVERIFY(!gpu->bootVga);
    QCOMPARE(gpu->numaNode, 0);
    QCOMPARE(gpu->iommuGroup, 20);
    QCOMPARE(gpu->iommuGroupMembers, QList<PciAddress>{gpu->address});
    QCOMPARE(gpu->sriovTotalVfs, 16);
    QCOMPARE(gpu->sriovNumVfs, 4);
    QCOMPARE(gpu->virtFns, (QList<PciAddress>{addr("0000:43:00.4"), addr("0000:43:00.5"),
                                              addr("0000:43:00.6"), addr("0000:43:00.7")}));
    QCOMPARE(gpu->link, (PcieLink{16, 8, 16, 8}));
    QVERIFY(gpu->isGpu());
    QVERIFY(gpu->mdevTypes.isEmpty());
    QVERIFY(!gpu->hasNvidiaVgpu);

    const SysfsFunction *vf = f.function(addr("0000:43:00.6"));
    QVERIFY(vf);
    QCOMPARE(vf->physFn, std::optional<PciAddress>(addr("0000:43:00.0")));
    QVERIFY(!vf->isGpu());
    QCOMPARE(vf->mdevTypes, a16Types(1));
    QCOMPARE(vf->mdevTypes.at(1).name, QStringLiteral("NVIDIA A16-2Q"));
    QCOMPARE(vf->mdevTypes.at(1).deviceApi, QStringLiteral("vfio-pci"));
    QCOMPARE(f.function(addr("0000:43:00.4"))->mdevTypes.at(1).availableInstances, 0);

    QCOMPARE(f.mdevs.size(), 2);
    const SysfsMdev &m = f.mdevs.at(0); // sorted by uuid: 41c6… first
    QCOMPARE(m.uuid, mdevA);
    QCOMPARE(m.typeId, QStringLiteral("nvidia-712"));
    QCOMPARE(m.parent, addr("0000:43:00.4"));
    QCOMPARE(m.iommuGroup, 200);
    QCOMPARE(f.mdevs.at(1).parent, addr("0000:43:00.5"));

    const SysfsFunction *bmc = f.function(addr("0000:03:00.0"));
    QVERIFY(bmc->bootVga);
    QCOMPARE(bmc->driver, QStringLiteral("ast"));
    QVERIFY(!bmc->isGpu()); // ASPEED is not a GPU vendor

    // GPU and HDMI audio share a group, both on vfio-pci; the link runs below its maximum.
    const SysfsFunction *a2000 = f.function(addr("0000:81:00.0"));
    QCOMPARE(a2000->iommuGroupMembers, (QList<PciAddress>{addr("0000:81:00.0"), addr("0000:81:00.1")}));
    QCOMPARE(f.function(addr("0000:81:00.1"))->driver, QStringLiteral("vfio-pci"));
    QCOMPARE(a2000->numaNode, 1);
    QCOMPARE(a2000->link.speedGTs, 8.0);
    QCOMPARE(a2000->link.maxSpeedGTs, 16.0);
    QCOMPARE(f.function(addr("0000:41:00.0"))->classCode, 0x060400u);
    QVERIFY(f.function(addr("0000:41:00.0"))->isBridge());

    QVERIFY(f.scannedAt.isValid());
    QVERIFY(f.platform.vgpuManager);
    QCOMPARE(f.platform.moduleVersion(u"nvidia_vgpu_vfio"), QStringLiteral("535.129.03"));
}

void TestSysfsScanner::h100VendorSpecificVgpu()
{
    QTemporaryDir dir;
    buildH100Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    const SysfsFunction *held = scanned->function(addr("0000:41:00.4"));
    QVERIFY(held->hasNvidiaVgpu);
    QCOMPARE(held->currentVgpuType, 1062);
    QVERIFY(held->creatableVgpuTypes.isEmpty());
    const SysfsFunction *free = scanned->function(addr("0000:41:00.5"));
    QCOMPARE(free->currentVgpuType, 0);
    QCOMPARE(free->creatableVgpuTypes.size(), 3);
    QCOMPARE(free->creatableVgpuTypes.at(1), (SysfsVgpuType{1062, QStringLiteral("NVIDIA H100-20C")}));
    QVERIFY(!scanned->function(addr("0000:41:00.0"))->hasNvidiaVgpu);
    QCOMPARE(scanned->function(addr("0000:41:00.0"))->link, (PcieLink{32, 16, 16, 16}));
    // The vendor-specific framework has no nvidia_vgpu_vfio module here, but the files show the manager.
    QVERIFY(!scanned->platform.hasModule(u"nvidia_vgpu_vfio"));
    QVERIFY(scanned->platform.vgpuManager);
    QVERIFY(scanned->mdevs.isEmpty());
}

void TestSysfsScanner::amdSriovHost()
{
    QTemporaryDir dir;
    buildAmdHost(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    const SysfsFunction *pf = scanned->function(addr("0000:23:00.0"));
    QCOMPARE(pf->driver, QStringLiteral("gim"));
    QCOMPARE(pf->sriovTotalVfs, 16);
    QCOMPARE(pf->sriovNumVfs, 12);
    // virtfn10 and virtfn11 come after virtfn9, not after virtfn1.
    QCOMPARE(pf->virtFns.size(), 12);
    QCOMPARE(pf->virtFns.at(9), addr("0000:23:03.1"));
    QCOMPARE(pf->virtFns.at(10), addr("0000:23:03.2"));
    QCOMPARE(pf->iommuGroupMembers, (QList<PciAddress>{addr("0000:23:00.0"), addr("0000:23:00.1")}));
    const SysfsFunction *vf = scanned->function(addr("0000:23:02.1"));
    QCOMPARE(vf->productId, quint16(0x686c));
    QCOMPARE(vf->driver, QStringLiteral("vfio-pci"));
    QCOMPARE(vf->physFn, std::optional<PciAddress>(pf->address));
    QCOMPARE(scanned->function(addr("0000:23:02.5"))->driver, QString());
    // The builder wrote the SR-IOV layout the kernel emulator needs.
    const QString dev = SysfsScanner::functionPath(dir.path(), pf->address);
    QCOMPARE(SysfsIo::read(dev + QStringLiteral("/sriov_offset")), std::optional<QByteArray>("16"));
    QCOMPARE(SysfsIo::read(dev + QStringLiteral("/sriov_stride")), std::optional<QByteArray>("1"));
    QVERIFY(!scanned->platform.vgpuManager);
    QVERIFY(scanned->platform.nvidiaDriverVersion.isEmpty());
}

void TestSysfsScanner::missingFiles()
{
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    QVERIFY(b.addFunction(fn("0000:05:00.0", 0x030200, 0x10de, 0x1eb8, "", 3)).ok());
    const QString dev = b.deviceDir(addr("0000:05:00.0"));
    for (const char *f :
         {"vendor", "device", "numa_node", "driver_override", "subsystem_vendor", "iommu_group"})
        QVERIFY(QFile::remove(dev + u'/' + QLatin1String(f)));
    // A bare function directory with nothing but its class.
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/sys/devices/pci0000:06/0000:06:00.0")));
    write(dir.path() + QStringLiteral("/sys/devices/pci0000:06/0000:06:00.0/class"), "0x020000\n");
    QVERIFY(QFile::link(QStringLiteral("../../../devices/pci0000:06/0000:06:00.0"),
                        dir.path() + QStringLiteral("/sys/bus/pci/devices/0000:06:00.0")));
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    QCOMPARE(scanned->functions.size(), 2);
    const SysfsFunction *t4 = scanned->function(addr("0000:05:00.0"));
    QCOMPARE(t4->vendorId, quint16(0));
    QCOMPARE(t4->productId, quint16(0));
    QCOMPARE(t4->numaNode, -1);
    QCOMPARE(t4->iommuGroup, -1);
    QVERIFY(t4->iommuGroupMembers.isEmpty());
    QCOMPARE(t4->classCode, 0x030200u);
    const SysfsFunction *nic = scanned->function(addr("0000:06:00.0"));
    QCOMPARE(nic->classCode, 0x020000u);
    QCOMPARE(nic->driver, QString());
    QCOMPARE(nic->sriovTotalVfs, 0);
    QCOMPARE(nic->link, PcieLink{});
    // No /proc, no mdev bus: unknown platform, no mdevs.
    QVERIFY(scanned->mdevs.isEmpty());
    QVERIFY(scanned->platform.cpuVendor.isEmpty());
    QVERIFY(scanned->platform.modules.isEmpty());
}

void TestSysfsScanner::danglingLinks()
{
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    SysfsFunction gpu = fn("0000:05:00.0", 0x030200, 0x10de, 0x1eb8, "nvidia", 3);
    gpu.sriovTotalVfs = 4;
    gpu.sriovNumVfs = 1;
    gpu.virtFns = {addr("0000:05:00.4")}; // never added: virtfn0 dangles
    QVERIFY(b.addFunction(gpu).ok());
    // The bus entry of a function that went away, and a group whose directory is gone.
    QVERIFY(QFile::link(QStringLiteral("../../../devices/pci0000:09/0000:09:00.0"),
                        dir.path() + QStringLiteral("/sys/bus/pci/devices/0000:09:00.0")));
    QVERIFY(QDir(dir.path() + QStringLiteral("/sys/kernel/iommu_groups/3")).removeRecursively());
    // An mdev bus entry pointing nowhere, and one that is not a UUID at all.
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/sys/bus/mdev/devices")));
    QVERIFY(QFile::link(QStringLiteral("../../../devices/nowhere/11111111-2222-3333-4444-555555555555"),
                        dir.path() +
                            QStringLiteral("/sys/bus/mdev/devices/11111111-2222-3333-4444-555555555555")));
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/sys/bus/mdev/devices/not-a-uuid")));
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    QCOMPARE(scanned->functions.size(), 1);
    const SysfsFunction &f = scanned->functions.first();
    QCOMPARE(f.virtFns, QList<PciAddress>{addr("0000:05:00.4")}); // the link names it even if it dangles
    QCOMPARE(f.iommuGroup, 3);
    QVERIFY(f.iommuGroupMembers.isEmpty());
    QCOMPARE(f.driver, QStringLiteral("nvidia"));
    QVERIFY(scanned->mdevs.isEmpty());
}

void TestSysfsScanner::nonNumericValues()
{
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    SysfsFunction gpu = fn("0000:05:00.0", 0x030200, 0x10de, 0x1eb8, "nvidia", 3);
    gpu.sriovTotalVfs = 4;
    gpu.mdevTypes = a16Types(2);
    gpu.link = {8, 16, 8, 16};
    QVERIFY(b.addFunction(gpu).ok());
    const QString dev = b.deviceDir(gpu.address);
    write(dev + QStringLiteral("/vendor"), "0xzz\n");
    write(dev + QStringLiteral("/device"), "0x123456789\n");
    write(dev + QStringLiteral("/numa_node"), "abc\n");
    write(dev + QStringLiteral("/sriov_totalvfs"), "lots\n");
    write(dev + QStringLiteral("/mdev_supported_types/nvidia-712/available_instances"), "x\n");
    write(dev + QStringLiteral("/current_link_speed"), "Unknown\n");
    write(dev + QStringLiteral("/current_link_width"), "-3\n");
    write(dev + QStringLiteral("/boot_vga"), "yes\n");
    auto scanned = SysfsScanner::scanHost(dir.path());
    QVERIFY(scanned.ok());
    const SysfsFunction &f = scanned->functions.first();
    QCOMPARE(f.vendorId, quint16(0));
    QCOMPARE(f.productId, quint16(0));
    QCOMPARE(f.numaNode, -1);
    QCOMPARE(f.sriovTotalVfs, 0);
    QCOMPARE(f.mdevTypes.at(1).availableInstances, -1);
    QCOMPARE(f.mdevTypes.at(0).availableInstances, 2);
    QCOMPARE(f.link.speedGTs, 0.0);
    QCOMPARE(f.link.width, 0);
    QCOMPARE(f.link.maxSpeedGTs, 8.0);
    QVERIFY(!f.bootVga);
}

void TestSysfsScanner::unreadableRoot()
{
    auto missing = SysfsScanner::scanHost(QStringLiteral("/nonexistent/sysfs-root"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().summary.contains(QStringLiteral("/nonexistent/sysfs-root")));
    QCOMPARE(missing.error().code, ENOENT);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/sys/bus/pci")));
    write(dir.path() + QStringLiteral("/sys/bus/pci/devices"), "not a directory");
    auto notDir = SysfsScanner::scanHost(dir.path());
    QVERIFY(!notDir.ok());
    QCOMPARE(notDir.error().code, ENOTDIR);
}

void TestSysfsScanner::platformFacts()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    const PlatformFacts p = SysfsScanner::scanPlatform(dir.path());
    QCOMPARE(p.cpuVendor, QStringLiteral("AuthenticAMD"));
    QCOMPARE(p.cpuModel, QStringLiteral("AMD EPYC 7543 32-Core Processor"));
    QVERIFY(p.svm);
    QVERIFY(!p.vmx);
    QVERIFY(p.isAmd());
    QCOMPARE(p.kernelRelease, QStringLiteral("6.1.0-18-amd64"));
    QVERIFY(p.kernelCmdline.endsWith(QStringLiteral("amd_iommu=on iommu=pt")));
    QVERIFY(p.iommuOnCmdline);
    QVERIFY(!p.iommuOffOnCmdline);
    QVERIFY(p.iommuPassthrough);
    QCOMPARE(p.iommuUnits, QStringList{QStringLiteral("ivhd0")});
    QCOMPARE(p.iommuGroupCount, 19); // 3 bridges, BMC, 4 switch ports, 4 GPUs, 4 VFs, 2 mdevs, A2000
    QVERIFY(p.iommuActive());
    QVERIFY(p.hasModule(u"vfio_pci"));
    QVERIFY(p.hasModule(u"kvm_amd"));
    QVERIFY(!p.hasModule(u"kvm_intel"));
    QCOMPARE(p.moduleVersion(u"nvidia"), QStringLiteral("535.129.03"));
    QCOMPARE(p.nvidiaDriverVersion, QStringLiteral("535.129.03"));
    QVERIFY(p.vgpuManager); // nvidia_vgpu_vfio is loaded
    QVERIFY(std::is_sorted(p.modules.cbegin(), p.modules.cend(),
                           [](const KernelModule &a, const KernelModule &b) { return a.name < b.name; }));
}

void TestSysfsScanner::cmdline_data()
{
    QTest::addColumn<QString>("cmdline");
    QTest::addColumn<bool>("on");
    QTest::addColumn<bool>("off");
    QTest::addColumn<bool>("pt");
    QTest::newRow("nothing") << "BOOT_IMAGE=/vmlinuz ro quiet" << false << false << false;
    QTest::newRow("intel") << "ro intel_iommu=on" << true << false << false;
    QTest::newRow("intel sm_on list") << "intel_iommu=on,sm_on iommu=pt" << true << false << true;
    QTest::newRow("amd off") << "amd_iommu=off" << false << true << false;
    QTest::newRow("later wins") << "intel_iommu=off quiet intel_iommu=on" << true << false << false;
    QTest::newRow("iommu off") << "iommu=off" << false << true << false;
    QTest::newRow("passthrough dot") << "iommu.passthrough=1 amd_iommu=on" << true << false << true;
    QTest::newRow("pt then nopt") << "iommu=pt iommu=nopt" << false << false << false;
    QTest::newRow("tabs and case") << "\tINTEL_IOMMU=ON\t iommu=PT" << true << false << true;
}

void TestSysfsScanner::cmdline()
{
    QFETCH(QString, cmdline);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/proc")));
    write(dir.path() + QStringLiteral("/proc/cmdline"), cmdline.toUtf8() + '\n');
    const PlatformFacts p = SysfsScanner::scanPlatform(dir.path());
    QCOMPARE(p.kernelCmdline, cmdline.trimmed());
    QTEST(p.iommuOnCmdline, "on");
    QTEST(p.iommuOffOnCmdline, "off");
    QTEST(p.iommuPassthrough, "pt");
}

void TestSysfsScanner::builtinModules()
{
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    PlatformFacts p;
    p.modules = {{QStringLiteral("vfio"), {}, true},
                 {QStringLiteral("vfio_pci"), {}, true},
                 {QStringLiteral("kvm_intel"), {}, false},
                 {QStringLiteral("nvidia"), QStringLiteral("550.54.16"), false},
                 {QStringLiteral("nvidia_vgpu_vfio"), QStringLiteral("535.129.03"), false}};
    QVERIFY(b.setPlatform(p).ok());
    // A built-in module that is not one the checks ask about stays unlisted.
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/sys/module/printk")));
    const PlatformFacts s = SysfsScanner::scanPlatform(dir.path());
    QCOMPARE(s.modules.size(), 5);
    QVERIFY(s.hasModule(u"vfio_pci"));
    QVERIFY(!s.hasModule(u"printk"));
    for (const KernelModule &m : s.modules)
        QCOMPARE(m.builtin, m.name.startsWith(u"vfio"));
    QCOMPARE(s.moduleVersion(u"nvidia_vgpu_vfio"), QStringLiteral("535.129.03"));
    QVERIFY(s.vgpuManager);
    QVERIFY(!s.iommuActive());
}

void TestSysfsScanner::parsers()
{
    QCOMPARE(SysfsScanner::parseHex("0x10de"), std::optional<quint32>(0x10de));
    QCOMPARE(SysfsScanner::parseHex(" 0X030200\n"), std::optional<quint32>(0x030200));
    QCOMPARE(SysfsScanner::parseHex("25b6"), std::optional<quint32>(0x25b6));
    QCOMPARE(SysfsScanner::parseHex("0x"), std::nullopt);
    QCOMPARE(SysfsScanner::parseHex("0xg0"), std::nullopt);
    QCOMPARE(SysfsScanner::parseHex("0x123456789"), std::nullopt);
    QCOMPARE(SysfsScanner::parseInt("-1"), std::optional<int>(-1));
    QCOMPARE(SysfsScanner::parseInt("16\n"), std::optional<int>(16));
    QCOMPARE(SysfsScanner::parseInt("1e3"), std::nullopt);
    QCOMPARE(SysfsScanner::parseInt("-"), std::nullopt);
    QCOMPARE(SysfsScanner::parseInt("99999999999"), std::nullopt);
    QCOMPARE(SysfsScanner::parseLinkSpeed("16.0 GT/s PCIe"), 16.0);
    QCOMPARE(SysfsScanner::parseLinkSpeed("2.5 GT/s"), 2.5);
    QCOMPARE(SysfsScanner::parseLinkSpeed("8 GT/s"), 8.0);
    QCOMPARE(SysfsScanner::parseLinkSpeed("Unknown speed"), 0.0);
    QVERIFY(SysfsScanner::isUuid(u"41C64ABC-af18-4ec6-89e5-4ef9d45f6f1e"));
    QVERIFY(!SysfsScanner::isUuid(u"41c64abc-af18-4ec6-89e5-4ef9d45f6f1"));
    QVERIFY(!SysfsScanner::isUuid(u"41c64abc/af18-4ec6-89e5-4ef9d45f6f1e"));
    QVERIFY(!SysfsScanner::isUuid(u"../../../../../../../../../../../x"));
}

void TestSysfsScanner::creatableVgpuTypes()
{
    const QByteArray text = "ID    : vGPU Name\n"
                            "1155  : NVIDIA L40S-1B\n"
                            "1156  : NVIDIA L40S-2B\n"
                            "garbage line\n"
                            "x: NVIDIA L40S-4Q\n"
                            "1160 :NVIDIA L40S-48Q\n";
    const QList<SysfsVgpuType> types = SysfsScanner::parseCreatableVgpuTypes(text);
    QCOMPARE(types.size(), 3);
    QCOMPARE(types.at(0), (SysfsVgpuType{1155, QStringLiteral("NVIDIA L40S-1B")}));
    QCOMPARE(types.at(2), (SysfsVgpuType{1160, QStringLiteral("NVIDIA L40S-48Q")}));
    QVERIFY(SysfsScanner::parseCreatableVgpuTypes("ID    : vGPU Name\n").isEmpty());
}

void TestSysfsScanner::nvidiaVersion_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("version");
    QTest::newRow("driver") << QByteArray(
                                   "NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.16  Wed Jan 24 "
                                   "20:23:51 UTC 2024\nGCC version:  gcc version 12.2.0 (Debian 12.2.0-14)\n")
                            << "550.54.16";
    QTest::newRow("open kernel module")
        << QByteArray("NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  "
                      "535.129.03  Release Build  (dvs-builder@U16-I3-B03-4-3)\n")
        << "535.129.03";
    QTest::newRow("no version") << QByteArray("NVRM version: something else\n") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestSysfsScanner::nvidiaVersion()
{
    QFETCH(QByteArray, text);
    QTEST(SysfsScanner::parseNvidiaVersion(text), "version");
}

void TestSysfsScanner::manyFunctionsScanQuickly()
{
    // A large host: 16 GPUs with 16 VFs each, every VF with mdev types (~270 functions, ~1,000 types).
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    for (int g = 0; g < 16; ++g) {
        SysfsFunction gpu = fn("0000:10:00.0", 0x030200, 0x10de, 0x25b6, "nvidia", g * 20);
        gpu.address = PciAddress(0, quint8(0x10 + g), 0, 0);
        gpu.sriovTotalVfs = gpu.sriovNumVfs = 16;
        for (int v = 0; v < 16; ++v)
            gpu.virtFns.append(PciAddress(0, quint8(0x10 + g), quint8((4 + v) / 8), quint8((4 + v) % 8)));
        QVERIFY(b.addFunction(gpu).ok());
        for (int v = 0; v < 16; ++v) {
            SysfsFunction vf = gpu;
            vf.address = gpu.virtFns[v];
            vf.virtFns.clear();
            vf.sriovTotalVfs = vf.sriovNumVfs = 0;
            vf.physFn = gpu.address;
            vf.iommuGroup = g * 20 + 1 + v;
            vf.mdevTypes = a16Types(1);
            QVERIFY(b.addFunction(vf).ok());
        }
    }
    QElapsedTimer t;
    t.start();
    auto scanned = SysfsScanner::scanHost(dir.path());
    const qint64 ms = t.elapsed();
    QVERIFY(scanned.ok());
    QCOMPARE(scanned->functions.size(), 16 * 17);
    qInfo("scanned %lld functions in %lld ms", qlonglong(scanned->functions.size()), ms);
#ifndef GPUVIRT_SANITIZED // under a sanitizer the time says nothing about the product (sanitized.h)
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms))); // typically well under 100 ms
#endif
}

void TestSysfsScanner::thisMachine()
{
    // The real sysfs of whatever runs the tests (a VM, a container, a GPU host): never a failure, and
    // every function listed is read.
    if (SysfsIo::list(QStringLiteral("/sys/bus/pci/devices")).isEmpty())
        QSKIP("no PCI devices visible here");
    auto scanned = SysfsScanner::scanHost(QStringLiteral("/"));
    QVERIFY2(scanned.ok(), qPrintable(scanned.ok() ? QString() : scanned.error().toString()));
    QVERIFY(!scanned->functions.isEmpty());
    for (const SysfsFunction &f : scanned->functions) {
        QVERIFY(f.address.isValid());
        QVERIFY2(f.vendorId != 0, qPrintable(f.address.toString())); // every real function has a vendor
    }
    qInfo("%lld functions, %lld mdevs, CPU %s, kernel %s", qlonglong(scanned->functions.size()),
          qlonglong(scanned->mdevs.size()), qPrintable(scanned->platform.cpuVendor),
          qPrintable(scanned->platform.kernelRelease));
}

QTEST_GUILESS_MAIN(TestSysfsScanner)
#include "tst_sysfsscanner.moc"
