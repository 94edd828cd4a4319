// Readiness checks: each check passes on a healthy host and fails on the broken one, and the rendered
// remedy names the exact line an operator has to add or run.
#include "agent/readiness.h"
#include "agent/readinesstext.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

namespace {
// An Intel workstation-style host: an RTX A4000 with its HDMI audio function on vfio-pci, behind a root port.
SysfsFacts healthy()
{
    SysfsFacts f;
    f.platform = healthyPlatform(false);
    f.platform.iommuGroupCount = 12;
    f.platform.iommuOnCmdline = f.platform.iommuPassthrough = true; // as the scanner reads the command line
    SysfsFunction port = fn("0000:00:01.0", 0x060400, 0x8086, 0x460d, "pcieport", 2);
    SysfsFunction gpu = fn("0000:01:00.0", 0x030000, 0x10de, 0x24b0, "vfio-pci", 2);
    SysfsFunction audio = fn("0000:01:00.1", 0x040300, 0x10de, 0x228b, "vfio-pci", 2);
    for (SysfsFunction *x : {&port, &gpu, &audio})
        x->iommuGroupMembers = {port.address, gpu.address, audio.address};
    f.functions = {port, gpu, audio};
    return f;
}

SysfsFunction &function(SysfsFacts &f, const char *address)
{
    for (SysfsFunction &x : f.functions)
        if (x.address == addr(address))
            return x;
    qFatal("no function %s", address);
}

// An A16 GPU with four VFs offering vGPU types, bound to nvidia, with the vGPU manager loaded.
SysfsFacts vgpuHost()
{
    SysfsFacts f;
    f.platform = healthyPlatform(true);
    f.platform.iommuGroupCount = 10;
    f.platform.vgpuManager = true;
    f.platform.modules.append({QStringLiteral("nvidia"), QStringLiteral("535.129.03"), false});
    f.platform.modules.append({QStringLiteral("nvidia_vgpu_vfio"), QStringLiteral("535.129.03"), false});
    f.platform.nvidiaDriverVersion = QStringLiteral("535.129.03");
    SysfsFunction gpu = fn("0000:41:00.0", 0x030200, 0x10de, 0x25b6, "nvidia", 20);
    gpu.iommuGroupMembers = {gpu.address};
    gpu.sriovTotalVfs = 16;
    gpu.sriovNumVfs = 4;
    f.functions.append(gpu);
    for (int v = 4; v < 8; ++v) {
        SysfsFunction vf = fn("0000:41:00.4", 0x030200, 0x10de, 0x25b6, "nvidia", 100 + v);
        vf.address = PciAddress(0, 0x41, 0, quint8(v));
        vf.iommuGroupMembers = {vf.address};
        vf.physFn = gpu.address;
        vf.mdevTypes = a16Types(1);
        f.functions[0].virtFns.append(vf.address);
        f.functions.append(vf);
    }
    return f;
}

const ReadinessCheck *find(const ReadinessReport &r, const char *id, const char *subject = nullptr)
{
    return r.find(QString::fromLatin1(id), subject ? addr(subject) : PciAddress());
}
} // namespace

// Keeps the report alive in the enclosing scope and points `c` at one of its checks.
#define CHECK_OF(report, id, ...)                                                                            \
    const ReadinessReport checked = (report);                                                                \
    const ReadinessCheck *c = find(checked, id, ##__VA_ARGS__);                                              \
    QVERIFY2(c, id)

class TestReadiness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyHostPasses();
    void cpuVirtualization();
    void iommuEnabled_data();
    void iommuEnabled();
    void iommuPassthrough();
    void vfioModules();
    void iommuGroupShared();
    void sharedGroupOfAVirtualFunction();
    void bootVga();
    void driverBound_data();
    void driverBound();
    void sriovCapable();
    void vgpuManager();
    void vgpuMdevTypes();
    void driverVersionMismatch();
    void reportFromAScannedTree();
    void jsonRoundTrip();
    void jsonHostile();
    void unknownCheckStillRenders();
};

void TestReadiness::healthyHostPasses()
{
    const ReadinessReport r = checkReadiness(healthy());
    QCOMPARE(r.worst(), ReadinessSeverity::Ok);
    QStringList ids;
    for (const ReadinessCheck &c : r.checks)
        ids << c.id + u'@' + (c.isHostCheck() ? QStringLiteral("host") : c.subject.toString());
    QCOMPARE(ids, (QStringList{"cpu.virtualization@host", "iommu.enabled@host", "iommu.passthrough@host",
                               "vfio.modules@host", "gpu.bootVga@0000:01:00.0",
                               "gpu.driverBound@0000:01:00.0", "iommu.group.shared@0000:01:00.0"}));
    for (const ReadinessCheck &c : r.checks) {
        const ReadinessText t = ReadinessText::render(c);
        QVERIFY2(!t.title.isEmpty() && !t.reason.isEmpty(), qPrintable(c.id));
        QVERIFY2(t.remedy.isEmpty() && t.lines.isEmpty(), qPrintable(c.id)); // nothing to do
    }
}

void TestReadiness::cpuVirtualization()
{
    SysfsFacts f = healthy();
    {
        CHECK_OF(checkReadiness(f), "cpu.virtualization");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QCOMPARE(c->arguments.value("flag").toString(), QStringLiteral("vmx"));
    }
    f.platform.vmx = false;
    {
        CHECK_OF(checkReadiness(f), "cpu.virtualization");
        QCOMPARE(c->severity, ReadinessSeverity::Error);
        QCOMPARE(c->arguments.value("problem").toString(), QStringLiteral("flag"));
        const ReadinessText t = ReadinessText::render(*c);
        QVERIFY(t.reason.contains(QStringLiteral("Intel VT-x (vmx)")));
        QVERIFY(t.remedy.contains(QStringLiteral("firmware setup")));
    }
    f.platform.vmx = true;
    f.platform.modules.removeIf([](const KernelModule &m) { return m.name == u"kvm_intel"; });
    {
        CHECK_OF(checkReadiness(f), "cpu.virtualization");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(ReadinessText::render(*c).lines, QStringList{QStringLiteral("modprobe kvm_intel")});
    }
    f.platform = PlatformFacts{}; // /proc/cpuinfo unreadable
    {
        CHECK_OF(checkReadiness(f), "cpu.virtualization");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(c->arguments.value("problem").toString(), QStringLiteral("unknown"));
    }
}

void TestReadiness::iommuEnabled_data()
{
    QTest::addColumn<bool>("amd");
    QTest::addColumn<QString>("cmdline");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("line");
    QTest::newRow("intel, not asked") << false << "ro quiet"
                                      << "cmdline"
                                      << "intel_iommu=on iommu=pt";
    QTest::newRow("amd, not asked") << true << "ro quiet"
                                    << "cmdline"
                                    << "amd_iommu=on iommu=pt";
    QTest::newRow("turned off") << false << "intel_iommu=off"
                                << "disabled"
                                << "intel_iommu=on iommu=pt";
    QTest::newRow("firmware") << false << "intel_iommu=on"
                              << "firmware"
                              << "";
}

void TestReadiness::iommuEnabled()
{
    QFETCH(bool, amd);
    QFETCH(QString, cmdline);
    QFETCH(QString, problem);
    QFETCH(QString, line);
    SysfsFacts f = healthy();
    {
        CHECK_OF(checkReadiness(f), "iommu.enabled");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QVERIFY(ReadinessText::render(*c).reason.contains(
            QStringLiteral("12 IOMMU group"))); // "%n group(s)" before translation
    }
    f.platform = healthyPlatform(amd);
    f.platform.iommuUnits.clear();
    f.platform.iommuGroupCount = 0;
    f.platform.kernelCmdline = cmdline;
    f.platform.iommuOnCmdline = cmdline.contains(QStringLiteral("iommu=on"));
    f.platform.iommuOffOnCmdline = cmdline.contains(QStringLiteral("iommu=off"));
    CHECK_OF(checkReadiness(f), "iommu.enabled");
    QCOMPARE(c->severity, ReadinessSeverity::Error);
    QCOMPARE(c->arguments.value("problem").toString(), problem);
    const ReadinessText t = ReadinessText::render(*c);
    if (line.isEmpty()) {
        QVERIFY(t.remedy.contains(QStringLiteral("VT-d")));
        QVERIFY(t.lines.isEmpty());
    } else {
        QCOMPARE(t.lines, (QStringList{line, QStringLiteral("update-grub")}));
        QVERIFY(
            t.remedy.contains(QStringLiteral("Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub").arg(line)));
        QVERIFY(t.remedy.contains(QStringLiteral("\n    ") + line));
    }
}

void TestReadiness::iommuPassthrough()
{
    SysfsFacts f = healthy();
    f.platform.iommuPassthrough = true;
    {
        CHECK_OF(checkReadiness(f), "iommu.passthrough");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
    }
    f.platform.iommuPassthrough = false;
    CHECK_OF(checkReadiness(f), "iommu.passthrough");
    QCOMPARE(c->severity, ReadinessSeverity::Info);
    const ReadinessText t = ReadinessText::render(*c);
    QCOMPARE(t.lines, (QStringList{QStringLiteral("iommu=pt"), QStringLiteral("update-grub")}));
    QVERIFY(t.remedy.contains(QStringLiteral("GRUB_CMDLINE_LINUX")));
}

void TestReadiness::vfioModules()
{
    SysfsFacts f = healthy();
    {
        CHECK_OF(checkReadiness(f), "vfio.modules");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
    }
    // vfio-pci not loaded, so the A4000 and its audio function sit without a driver.
    f.platform.modules.removeIf([](const KernelModule &m) { return m.name == u"vfio_pci"; });
    function(f, "0000:01:00.0").driver.clear();
    function(f, "0000:01:00.1").driver.clear();
    CHECK_OF(checkReadiness(f), "vfio.modules");
    QCOMPARE(c->severity, ReadinessSeverity::Warning);
    QCOMPARE(c->arguments.value("missing").toStringList(), QStringList{QStringLiteral("vfio_pci")});
    QCOMPARE(c->arguments.value("ids").toStringList(),
             (QStringList{QStringLiteral("10de:24b0"), QStringLiteral("10de:228b")}));
    const ReadinessText t = ReadinessText::render(*c);
    QVERIFY(t.lines.contains(QStringLiteral("modprobe vfio-pci")));
    QVERIFY(t.lines.contains(QStringLiteral("options vfio-pci ids=10de:24b0,10de:228b")));
    QVERIFY(t.remedy.contains(QStringLiteral("/etc/modprobe.d/vfio.conf")));
    QVERIFY(t.remedy.contains(QStringLiteral("\n    options vfio-pci ids=10de:24b0,10de:228b")));

    // A boot display and a vGPU GPU are never offered to vfio-pci.
    function(f, "0000:01:00.0").bootVga = true;
    SysfsFacts v = vgpuHost();
    v.platform.modules.removeIf([](const KernelModule &m) { return m.name == u"vfio_pci"; });
    QVERIFY(find(checkReadiness(f), "vfio.modules")->arguments.value("ids").toStringList().isEmpty());
    QVERIFY(find(checkReadiness(v), "vfio.modules")->arguments.value("ids").toStringList().isEmpty());
    QVERIFY(!ReadinessText::render(*find(checkReadiness(f), "vfio.modules"))
                 .remedy.contains(QStringLiteral("options")));
}

void TestReadiness::iommuGroupShared()
{
    // The edge-t4-01 case: a T4 behind a switch without ACS shares group 10 with the switch's ports
    // (bridges, fine) and an X550 NIC on ixgbe (not fine).
    SysfsFacts f = healthy();
    SysfsFunction sw = fn("0000:3b:00.0", 0x060400, 0x10b5, 0x8747, "pcieport", 10);
    SysfsFunction t4 = fn("0000:3d:00.0", 0x030200, 0x10de, 0x1eb8, "vfio-pci", 10);
    SysfsFunction nic = fn("0000:3e:00.0", 0x020000, 0x8086, 0x1563, "ixgbe", 10);
    for (SysfsFunction *x : {&sw, &t4, &nic})
        x->iommuGroupMembers = {sw.address, t4.address, nic.address};
    f.functions << sw << t4 << nic;
    {
        CHECK_OF(checkReadiness(f), "iommu.group.shared", "0000:3d:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(c->arguments.value("group").toInt(), 10);
        const QVariantList devices = c->arguments.value("devices").toList();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices[0].toMap().value("address").toString(), QStringLiteral("0000:3e:00.0"));
        QCOMPARE(devices[0].toMap().value("driver").toString(), QStringLiteral("ixgbe"));
        const ReadinessText t = ReadinessText::render(*c);
        QVERIFY(t.reason.contains(QStringLiteral("0000:3e:00.0 (ixgbe)")));
        QCOMPARE(t.lines,
                 (QStringList{
                     QStringLiteral("echo vfio-pci > /sys/bus/pci/devices/0000:3e:00.0/driver_override"),
                     QStringLiteral("echo 0000:3e:00.0 > /sys/bus/pci/devices/0000:3e:00.0/driver/unbind"),
                     QStringLiteral("echo 0000:3e:00.0 > /sys/bus/pci/drivers_probe")}));
    }
    // The NIC moved to vfio-pci: the group is usable.
    function(f, "0000:3e:00.0").driver = QStringLiteral("vfio-pci");
    CHECK_OF(checkReadiness(f), "iommu.group.shared", "0000:3d:00.0");
    QCOMPARE(c->severity, ReadinessSeverity::Ok);
    // pci-stub counts the same.
    function(f, "0000:3e:00.0").driver = QStringLiteral("pci-stub");
    QCOMPARE(find(checkReadiness(f), "iommu.group.shared", "0000:3d:00.0")->severity, ReadinessSeverity::Ok);
}

void TestReadiness::sharedGroupOfAVirtualFunction()
{
    SysfsFacts f = vgpuHost();
    {
        const ReadinessReport r = checkReadiness(f);
        QVERIFY(!find(r, "iommu.group.shared", "0000:41:00.4")); // VFs: only problems are listed
    }
    SysfsFunction nic = fn("0000:42:00.0", 0x020000, 0x15b3, 0x101d, "mlx5_core", 104);
    function(f, "0000:41:00.4").iommuGroupMembers = {addr("0000:41:00.4"), nic.address};
    f.functions << nic;
    CHECK_OF(checkReadiness(f), "iommu.group.shared", "0000:41:00.4");
    QCOMPARE(c->severity, ReadinessSeverity::Warning);
}

void TestReadiness::bootVga()
{
    SysfsFacts f = healthy();
    {
        CHECK_OF(checkReadiness(f), "gpu.bootVga", "0000:01:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
    }
    function(f, "0000:01:00.0").bootVga = true;
    CHECK_OF(checkReadiness(f), "gpu.bootVga", "0000:01:00.0");
    QCOMPARE(c->severity, ReadinessSeverity::Warning);
    const ReadinessText t = ReadinessText::render(*c);
    QVERIFY(t.reason.contains(QStringLiteral("boot display")));
    QVERIFY(t.remedy.contains(QStringLiteral("primary display")));
}

void TestReadiness::driverBound_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("line");
    QTest::newRow("nvidia") << "nvidia" << int(ReadinessSeverity::Ok) << ""
                            << "";
    QTest::newRow("vfio-pci") << "vfio-pci" << int(ReadinessSeverity::Ok) << ""
                              << "";
    QTest::newRow("none") << "" << int(ReadinessSeverity::Warning) << "none"
                          << "echo vfio-pci > /sys/bus/pci/devices/0000:01:00.0/driver_override";
    QTest::newRow("nouveau") << "nouveau" << int(ReadinessSeverity::Warning) << "nouveau"
                             << "blacklist nouveau";
    QTest::newRow("unexpected") << "amdgpu" << int(ReadinessSeverity::Warning) << "unexpected"
                                << "echo 0000:01:00.0 > /sys/bus/pci/devices/0000:01:00.0/driver/unbind";
}

void TestReadiness::driverBound()
{
    QFETCH(QString, driver);
    QFETCH(QString, line);
    SysfsFacts f = healthy();
    function(f, "0000:01:00.0").driver = driver;
    CHECK_OF(checkReadiness(f), "gpu.driverBound", "0000:01:00.0");
    QTEST(int(c->severity), "severity");
    QTEST(c->arguments.value("problem").toString(), "problem");
    QCOMPARE(c->arguments.value("driver").toString(), driver);
    QCOMPARE(c->arguments.value("expected").toStringList(),
             (QStringList{QStringLiteral("nvidia"), QStringLiteral("vfio-pci"), QStringLiteral("pci-stub")}));
    const ReadinessText t = ReadinessText::render(*c);
    if (line.isEmpty()) {
        QVERIFY(t.remedy.isEmpty());
        QVERIFY(t.reason.contains(driver));
    } else {
        QVERIFY2(t.lines.contains(line), qPrintable(t.lines.join(u'|')));
        QVERIFY(t.remedy.contains(line));
    }
    if (driver == u"nouveau")
        QCOMPARE(t.lines, (QStringList{QStringLiteral("blacklist nouveau"),
                                       QStringLiteral("options nouveau modeset=0"),
                                       QStringLiteral("update-initramfs -u")}));
}

void TestReadiness::sriovCapable()
{
    SysfsFacts f = vgpuHost();
    {
        CHECK_OF(checkReadiness(f), "gpu.sriovCapable", "0000:41:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QVERIFY(ReadinessText::render(*c).reason.startsWith(QStringLiteral("4 of 16 virtual function")));
    }
    f.functions.resize(1);
    f.functions[0].sriovNumVfs = 0;
    f.functions[0].virtFns.clear();
    {
        CHECK_OF(checkReadiness(f), "gpu.sriovCapable", "0000:41:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Info);
        QCOMPARE(c->arguments.value("total").toInt(), 16);
        QCOMPARE(ReadinessText::render(*c).lines,
                 QStringList{QStringLiteral("/usr/lib/nvidia/sriov-manage -e 0000:41:00.0")});
    }
    // AMD and Intel: the plain sysfs write.
    f.functions[0].vendorId = 0x1002;
    f.functions[0].driver = QStringLiteral("gim");
    {
        CHECK_OF(checkReadiness(f), "gpu.sriovCapable", "0000:41:00.0");
        QCOMPARE(ReadinessText::render(*c).lines,
                 QStringList{QStringLiteral("echo 16 > /sys/bus/pci/devices/0000:41:00.0/sriov_numvfs")});
    }
    // Not SR-IOV capable: no check at all.
    QVERIFY(!find(checkReadiness(healthy()), "gpu.sriovCapable", "0000:01:00.0"));
}

void TestReadiness::vgpuManager()
{
    SysfsFacts f = vgpuHost();
    {
        CHECK_OF(checkReadiness(f), "vgpu.manager");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QCOMPARE(c->arguments.value("version").toString(), QStringLiteral("535.129.03"));
    }
    f.platform.vgpuManager = false;
    f.platform.modules.removeIf([](const KernelModule &m) { return m.name == u"nvidia_vgpu_vfio"; });
    {
        CHECK_OF(checkReadiness(f), "vgpu.manager");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(c->arguments.value("gpus").toStringList(), QStringList{QStringLiteral("0000:41:00.0")});
        const ReadinessText t = ReadinessText::render(*c);
        QVERIFY(t.reason.contains(QStringLiteral("can host vGPUs (0000:41:00.0)")));
        QCOMPARE(t.lines, QStringList{QStringLiteral("lsmod | grep nvidia_vgpu_vfio")});
    }
    // A VGA-class workstation board without SR-IOV is not vGPU-capable; a passthrough T4 needs no manager.
    QVERIFY(!find(checkReadiness(healthy()), "vgpu.manager"));
    SysfsFacts t4 = healthy();
    t4.functions.append(fn("0000:3d:00.0", 0x030200, 0x10de, 0x1eb8, "vfio-pci", 10));
    QVERIFY(!find(checkReadiness(t4), "vgpu.manager"));
    t4.functions.last().driver = QStringLiteral("nvidia");
    QCOMPARE(find(checkReadiness(t4), "vgpu.manager")->severity, ReadinessSeverity::Warning);
}

void TestReadiness::vgpuMdevTypes()
{
    SysfsFacts f = vgpuHost();
    {
        CHECK_OF(checkReadiness(f), "vgpu.mdevTypes", "0000:41:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QCOMPARE(c->arguments.value("types").toInt(), 4);
    }
    // The VFs are gone (after a restart, before sriov-manage ran).
    f.functions.resize(1);
    f.functions[0].sriovNumVfs = 0;
    f.functions[0].virtFns.clear();
    {
        CHECK_OF(checkReadiness(f), "vgpu.mdevTypes", "0000:41:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(ReadinessText::render(*c).lines,
                 QStringList{QStringLiteral("/usr/lib/nvidia/sriov-manage -e 0000:41:00.0")});
    }
    // Not SR-IOV: the service or the board's mode.
    f.functions[0].sriovTotalVfs = 0;
    {
        CHECK_OF(checkReadiness(f), "vgpu.mdevTypes", "0000:41:00.0");
        QCOMPARE(c->severity, ReadinessSeverity::Warning);
        QCOMPARE(ReadinessText::render(*c).lines,
                 QStringList{QStringLiteral("systemctl status nvidia-vgpu-mgr")});
    }
    // Types straight on the PF (pre-Ampere boards) count too.
    f.functions[0].mdevTypes = a16Types(4);
    QCOMPARE(find(checkReadiness(f), "vgpu.mdevTypes", "0000:41:00.0")->severity, ReadinessSeverity::Ok);
    // Without the manager there is no types check (vgpu.manager says what is wrong).
    f.platform.vgpuManager = false;
    QVERIFY(!find(checkReadiness(f), "vgpu.mdevTypes", "0000:41:00.0"));
}

void TestReadiness::driverVersionMismatch()
{
    SysfsFacts f = vgpuHost();
    {
        CHECK_OF(checkReadiness(f), "driver.versionMismatch");
        QCOMPARE(c->severity, ReadinessSeverity::Ok);
        QCOMPARE(c->arguments.value("sources").toStringList(),
                 (QStringList{QStringLiteral("nvidia"), QStringLiteral("nvidia_vgpu_vfio"),
                              QStringLiteral("/proc/driver/nvidia/version")}));
        QCOMPARE(ReadinessText::render(*c).reason,
                 QStringLiteral("Every NVIDIA driver part has version 535.129.03."));
    }
    for (KernelModule &m : f.platform.modules)
        if (m.name == u"nvidia")
            m.version = QStringLiteral("550.54.16");
    f.platform.nvidiaDriverVersion = QStringLiteral("550.54.16");
    CHECK_OF(checkReadiness(f), "driver.versionMismatch");
    QCOMPARE(c->severity, ReadinessSeverity::Error);
    const ReadinessText t = ReadinessText::render(*c);
    QVERIFY2(t.reason.contains(QStringLiteral(
                 "nvidia 550.54.16, nvidia_vgpu_vfio 535.129.03, /proc/driver/nvidia/version 550.54.16")),
             qPrintable(t.reason));
    QVERIFY(!t.remedy.isEmpty());
    // No NVIDIA driver at all: no check.
    QVERIFY(!find(checkReadiness(healthy()), "driver.versionMismatch"));
}

void TestReadiness::reportFromAScannedTree()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    auto facts = SysfsScanner::scanHost(dir.path());
    QVERIFY(facts.ok());
    const ReadinessReport r = checkReadiness(facts.value());
    QCOMPARE(r.checkedAt, facts->scannedAt);
    for (const char *id : {"cpu.virtualization", "iommu.enabled", "iommu.passthrough", "vfio.modules",
                           "vgpu.manager", "driver.versionMismatch"})
        QCOMPARE(find(r, id)->severity, ReadinessSeverity::Ok);
    QCOMPARE(find(r, "vgpu.mdevTypes", "0000:43:00.0")->severity, ReadinessSeverity::Ok);
    // GPUs 1–3 have no VFs enabled, so no vGPU types yet.
    QCOMPARE(find(r, "gpu.sriovCapable", "0000:44:00.0")->severity, ReadinessSeverity::Info);
    QCOMPARE(find(r, "vgpu.mdevTypes", "0000:44:00.0")->severity, ReadinessSeverity::Warning);
    // The passthrough A2000 and its audio function are isolated; the BMC's display is no GPU.
    QCOMPARE(find(r, "iommu.group.shared", "0000:81:00.0")->severity, ReadinessSeverity::Ok);
    QCOMPARE(find(r, "gpu.driverBound", "0000:81:00.0")->severity, ReadinessSeverity::Ok);
    QVERIFY(!find(r, "gpu.bootVga", "0000:03:00.0"));
    QCOMPARE(r.worst(), ReadinessSeverity::Warning);
}

void TestReadiness::jsonRoundTrip()
{
    SysfsFacts f = healthy();
    SysfsFunction nic = fn("0000:3e:00.0", 0x020000, 0x8086, 0x1563, "ixgbe", 2);
    function(f, "0000:01:00.0").iommuGroupMembers << nic.address;
    f.functions << nic;
    f.platform.iommuPassthrough = false;
    f.scannedAt = QDateTime::fromString(QStringLiteral("2024-03-01T10:00:00.123Z"), Qt::ISODateWithMs);
    const ReadinessReport r = checkReadiness(f);
    const QJsonObject o = ReadinessJson::toJson(r);
    QCOMPARE(o[u"worst"].toString(), QStringLiteral("warning"));
    QCOMPARE(o[u"checks"][0][u"subject"].toString(), QStringLiteral("host"));
    QCOMPARE(o[u"checks"][0][u"id"].toString(), QStringLiteral("cpu.virtualization"));
    QCOMPARE(o[u"checks"][2][u"severity"].toString(), QStringLiteral("info"));
    const QByteArray wire = QJsonDocument(o).toJson();
    auto back = ReadinessJson::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(back.ok());
    QCOMPARE(back->checks.size(), r.checks.size());
    for (qsizetype i = 0; i < r.checks.size(); ++i) {
        QCOMPARE(back->checks[i].id, r.checks[i].id);
        QCOMPARE(back->checks[i].subject, r.checks[i].subject);
        QCOMPARE(back->checks[i].severity, r.checks[i].severity);
        // What the console shows is the same on both sides.
        const ReadinessText a = ReadinessText::render(r.checks[i]),
                            b = ReadinessText::render(back->checks[i]);
        QCOMPARE(b.reason, a.reason);
        QCOMPARE(b.lines, a.lines);
    }
    QCOMPARE(back->checkedAt, r.checkedAt);
}

void TestReadiness::jsonHostile()
{
    const auto parse = [](const char *json) {
        return ReadinessJson::fromJson(QJsonDocument::fromJson(QByteArray(json)).object());
    };
    QVERIFY(!parse(R"({"checks":[{"id":"x","severity":"fatal"}]})").ok());
    QVERIFY(parse(R"({"checks":[{"id":"x","severity":"fatal"}]})")
                .error()
                .detail.startsWith(QStringLiteral("checks[0].severity")));
    QVERIFY(!parse(R"({"checks":[{"id":"x","subject":"../0000:01:00.0"}]})").ok());
    QVERIFY(!parse(R"({"checks":[{"severity":"ok"}]})").ok());
    QVERIFY(!parse(R"({"checks":[{"id":"x","arguments":[1]}]})").ok());
    QVERIFY(!parse(R"({"checks":"all good"})").ok());
    // Tolerant: unknown keys and a check id this console does not know.
    auto ok = parse(
        R"({"checks":[{"id":"gpu.future","subject":"0000:01:00.0","severity":"warning","x":1}],"y":2})");
    QVERIFY(ok.ok());
    QCOMPARE(ok->checks[0].subject, addr("0000:01:00.0"));
    QCOMPARE(ok->worst(), ReadinessSeverity::Warning);
}

void TestReadiness::unknownCheckStillRenders()
{
    ReadinessCheck c;
    c.id = QStringLiteral("gpu.future");
    c.severity = ReadinessSeverity::Warning;
    c.arguments = {{QStringLiteral("what"), QStringLiteral("something")}};
    const ReadinessText t = ReadinessText::render(c);
    QCOMPARE(t.title, QStringLiteral("gpu.future"));
    QCOMPARE(t.reason, QStringLiteral("what=something"));
    QCOMPARE(ReadinessText::severityText(ReadinessSeverity::Warning), QStringLiteral("Warning"));
    QCOMPARE(ReadinessText::subjectText(c), QStringLiteral("Host"));
}

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
