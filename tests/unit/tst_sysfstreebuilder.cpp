// The tree builder: a demo host's libvirt snapshot written as a sysfs tree scans back to the same GPUs,
// drivers, boot display, groups, VFs and mdevs; the tree is relocatable and editable in place.
#include "agent/readiness.h"
#include "agent/sysfsio.h"
#include "agent/sysfsscanner.h"
#include "agent/sysfstreebuilder.h"
#include "demo/democluster.h"
#include "libvirt/nodedevicexml.h"
#include "model/topology.h"
#include "sysfsfixtures.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

namespace {
// The node devices of a test-driver host file, as libvirt would report them.
HostSnapshot snapshotOf(const QString &path)
{
    HostSnapshot s;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return s;
    const QString xml = QString::fromUtf8(f.readAll());
    static const QRegularExpression device(QStringLiteral("<device>.*?</device>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto it = device.globalMatch(xml); it.hasNext();) {
        const auto info = NodeDeviceXml::parse(it.next().captured());
        if (!info.ok())
            continue;
        if (info->kind == NodeDeviceInfo::Kind::Pci)
            s.pciDevices.insert(info->pci.address, info->pci);
        else if (info->kind == NodeDeviceInfo::Kind::Mdev)
            s.mdevs.insert(info->mdev.uuid, info->mdev);
    }
    return s;
}
} // namespace

class TestSysfsTreeBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoHostScansBack_data();
    void demoHostScansBack();
    void demoPlatform();
    void isolationShowcaseIsFlagged();
    void options();
    void relocatable();
    void editInPlace();
    void refusesBadNames();

private:
    QTemporaryDir m_demoDir;
    QList<DemoCluster::Host> m_hosts;
};

void TestSysfsTreeBuilder::initTestCase()
{
    auto hosts = DemoCluster::extract(m_demoDir.path());
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
    QVERIFY(m_hosts.size() >= 8);
}

void TestSysfsTreeBuilder::demoHostScansBack_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_hosts.size(); ++i)
        QTest::newRow(qPrintable(m_hosts[i].name)) << i;
}

void TestSysfsTreeBuilder::demoHostScansBack()
{
    QFETCH(int, index);
    const DemoCluster::Host &host = m_hosts.at(index);
    const HostSnapshot s = snapshotOf(host.path);
    QVERIFY(!s.pciDevices.isEmpty());
    QTemporaryDir root;
    auto built = SysfsTreeBuilder::buildFromSnapshot(s, host.facts, root.path());
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().toString()));
    auto scanned = SysfsScanner::scanHost(root.path());
    QVERIFY(scanned.ok());
    const SysfsFacts &f = scanned.value();

    QCOMPARE(f.functions.size(), s.pciDevices.size());
    QList<PciAddress> gpus, bootVga;
    for (const SysfsFunction &fn : f.functions) {
        if (fn.isGpu())
            gpus << fn.address;
        if (fn.bootVga)
            bootVga << fn.address;
        const PciDevice &d = s.pciDevices.value(fn.address);
        const QString where = fn.address.toString();
        QVERIFY2(fn.driver == host.facts.drivers.value(fn.address, d.driver),
                 qPrintable(where + u' ' + fn.driver));
        QVERIFY2(fn.classCode == d.classCode && fn.vendorId == d.vendorId && fn.productId == d.productId,
                 qPrintable(where));
        QVERIFY2(fn.iommuGroup == d.iommuGroup, qPrintable(where));
        QVERIFY2(fn.numaNode == d.numaNode, qPrintable(where));
        QVERIFY2(fn.physFn == d.physFunction, qPrintable(where));
        QVERIFY2(fn.virtFns == d.virtFunctions, qPrintable(where));
        QVERIFY2(fn.sriovTotalVfs == d.maxVirtFunctions, qPrintable(where));
        QVERIFY2(fn.link == d.link, qPrintable(where));
        QVERIFY2(fn.mdevTypes.size() == d.mdevTypes.size(), qPrintable(where));
        for (qsizetype i = 0; i < fn.mdevTypes.size(); ++i) {
            const auto it = std::find_if(d.mdevTypes.cbegin(), d.mdevTypes.cend(),
                                         [&](const MdevType &t) { return t.id == fn.mdevTypes[i].id; });
            QVERIFY2(it != d.mdevTypes.cend(), qPrintable(where));
            QCOMPARE(fn.mdevTypes[i].name, it->name);
            QCOMPARE(fn.mdevTypes[i].availableInstances, it->availableInstances);
        }
        QList<PciAddress> members = d.iommuGroupMembers;
        std::sort(members.begin(), members.end());
        if (d.iommuGroup >= 0)
            QVERIFY2(fn.iommuGroupMembers == members, qPrintable(where));
    }
    QVERIFY(!gpus.isEmpty());
    QCOMPARE(gpus, Topology::gpus(s));
    QCOMPARE(bootVga.size(), 1); // every demo host has exactly one boot display
    QList<PciAddress> expectedBoot = host.facts.bootVga;
    std::sort(expectedBoot.begin(), expectedBoot.end());
    QCOMPARE(bootVga, expectedBoot);
    QCOMPARE(f.mdevs.size(), s.mdevs.size());
    for (const SysfsMdev &m : f.mdevs) {
        QVERIFY(s.mdevs.contains(m.uuid));
        QCOMPARE(m.parent, s.mdevs[m.uuid].parent);
        QCOMPARE(m.typeId, s.mdevs[m.uuid].typeId);
        QCOMPARE(m.iommuGroup, s.mdevs[m.uuid].iommuGroup);
    }
}

void TestSysfsTreeBuilder::demoPlatform()
{
    for (const DemoCluster::Host &host : std::as_const(m_hosts)) {
        if (host.name != u"vdi-a16-01" && host.name != u"media-flex-01")
            continue;
        QTemporaryDir root;
        QVERIFY(SysfsTreeBuilder::buildFromSnapshot(snapshotOf(host.path), host.facts, root.path()).ok());
        const auto f = SysfsScanner::scanHost(root.path());
        QVERIFY(f.ok());
        const PlatformFacts &p = f->platform;
        QVERIFY(p.iommuActive());
        QVERIFY(p.iommuPassthrough);
        QVERIFY(p.hasModule(u"vfio_pci"));
        if (host.name == u"vdi-a16-01") { // EPYC, A16 vGPU
            QVERIFY(p.isAmd());
            QVERIFY(p.svm);
            QVERIFY(p.kernelCmdline.contains(QStringLiteral("amd_iommu=on")));
            QVERIFY(p.vgpuManager);
            QCOMPARE(p.nvidiaDriverVersion, QStringLiteral("550.54.16"));
            QCOMPARE(p.moduleVersion(u"nvidia_vgpu_vfio"), QStringLiteral("550.54.16"));
            const ReadinessReport r = checkReadiness(f.value());
            QCOMPARE(r.find(u"vgpu.manager")->severity, ReadinessSeverity::Ok);
            QCOMPARE(r.find(u"driver.versionMismatch")->severity, ReadinessSeverity::Ok);
            QCOMPARE(r.find(u"vgpu.mdevTypes", *PciAddress::parse(u"0000:43:00.0"))->severity,
                     ReadinessSeverity::Ok);
        } else { // Xeon, Intel Flex: no NVIDIA parts at all
            QVERIFY(p.isIntel());
            QVERIFY(p.vmx);
            QVERIFY(p.hasModule(u"i915"));
            QVERIFY(!p.vgpuManager);
            QVERIFY(p.nvidiaDriverVersion.isEmpty());
        }
    }
}

void TestSysfsTreeBuilder::isolationShowcaseIsFlagged()
{
    const auto it = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
                                 [](const DemoCluster::Host &h) { return h.name == u"edge-t4-01"; });
    QVERIFY(it != m_hosts.cend());
    QTemporaryDir root;
    QVERIFY(SysfsTreeBuilder::buildFromSnapshot(snapshotOf(it->path), it->facts, root.path()).ok());
    const auto f = SysfsScanner::scanHost(root.path());
    QVERIFY(f.ok());
    const ReadinessReport r = checkReadiness(f.value());
    const ReadinessCheck *shared = r.find(u"iommu.group.shared", *PciAddress::parse(u"0000:3d:00.0"));
    QVERIFY(shared);
    QCOMPARE(shared->severity, ReadinessSeverity::Warning);
    QCOMPARE(shared->arguments.value(QStringLiteral("group")).toInt(), 10);
    const QVariantList devices = shared->arguments.value(QStringLiteral("devices")).toList();
    QVERIFY(!devices.isEmpty());
    for (const QVariant &d : devices)
        QCOMPARE(d.toMap().value(QStringLiteral("driver")).toString(), QStringLiteral("ixgbe"));
    QCOMPARE(r.find(u"iommu.group.shared", *PciAddress::parse(u"0000:18:00.0"))->severity,
             ReadinessSeverity::Ok);
}

void TestSysfsTreeBuilder::options()
{
    const auto it = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
                                 [](const DemoCluster::Host &h) { return h.name == u"ws-rtx-01"; });
    QVERIFY(it != m_hosts.cend());
    QTemporaryDir root;
    SysfsTreeBuilder::PlatformOptions o;
    o.iommuActive = false;
    o.iommuOnCmdline = false;
    o.iommuPassthrough = false;
    o.virtualization = false;
    o.vfioModules = false;
    QVERIFY(SysfsTreeBuilder::buildFromSnapshot(snapshotOf(it->path), it->facts, root.path(), o).ok());
    const auto f = SysfsScanner::scanHost(root.path());
    QVERIFY(f.ok());
    QVERIFY(!f->platform.iommuActive());
    QVERIFY(!f->platform.vmx && !f->platform.svm);
    QVERIFY(!f->platform.hasModule(u"vfio_pci"));
    for (const SysfsFunction &fn : f->functions)
        QCOMPARE(fn.iommuGroup, -1);
    const ReadinessReport r = checkReadiness(f.value());
    QCOMPARE(r.find(u"iommu.enabled")->severity, ReadinessSeverity::Error);
    QCOMPARE(r.find(u"cpu.virtualization")->severity, ReadinessSeverity::Error);
    QCOMPARE(r.find(u"vfio.modules")->severity, ReadinessSeverity::Warning);
    // The only GPU is the boot display.
    const ReadinessCheck *boot = nullptr;
    for (const ReadinessCheck &c : r.checks)
        if (c.id == u"gpu.bootVga")
            boot = &c;
    QVERIFY(boot);
    QCOMPARE(boot->severity, ReadinessSeverity::Warning);
}

void TestSysfsTreeBuilder::relocatable()
{
    // Every link is relative, so a tree can be moved (or handed to a chroot) and scans the same.
    QTemporaryDir dir;
    const QString a = dir.path() + QStringLiteral("/a"), b = dir.path() + QStringLiteral("/b");
    buildA16Host(a);
    if (QTest::currentTestFailed())
        return;
    auto before = SysfsScanner::scanHost(a);
    QVERIFY(QDir().rename(a, b));
    auto after = SysfsScanner::scanHost(b);
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(after->functions, before->functions);
    QCOMPARE(after->mdevs, before->mdevs);
    QCOMPARE(after->platform, before->platform);
    QVERIFY(!SysfsIo::linkTarget(b + QStringLiteral("/sys/bus/pci/devices/0000:43:00.0")).startsWith(u'/'));
}

void TestSysfsTreeBuilder::editInPlace()
{
    QTemporaryDir dir;
    buildA16Host(dir.path());
    if (QTest::currentTestFailed())
        return;
    SysfsTreeBuilder b(dir.path()); // a fresh builder on an existing tree
    QVERIFY(b.setDriver(addr("0000:44:00.0"), QStringLiteral("vfio-pci")).ok());
    QCOMPARE(SysfsScanner::scanFunction(dir.path(), addr("0000:44:00.0"))->driver,
             QStringLiteral("vfio-pci"));
    QVERIFY(!SysfsIo::isLink(dir.path() + QStringLiteral("/sys/bus/pci/drivers/nvidia/0000:44:00.0")));
    QVERIFY(b.setDriver(addr("0000:44:00.0"), {}).ok());
    QCOMPARE(SysfsScanner::scanFunction(dir.path(), addr("0000:44:00.0"))->driver, QString());
    QVERIFY(b.removeMdev(mdevB).ok());
    QVERIFY(!SysfsScanner::scanMdev(dir.path(), mdevB));
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/sys/kernel/iommu_groups/201")));
    const int next = b.nextIommuGroup();
    QVERIFY(b.addMdev(mdevB, addr("0000:43:00.6"), QStringLiteral("nvidia-713")).ok());
    QCOMPARE(SysfsScanner::scanMdev(dir.path(), mdevB)->iommuGroup, next);
    QVERIFY(b.removeFunction(addr("0000:81:00.1")).ok());
    QCOMPARE(SysfsScanner::scanFunction(dir.path(), addr("0000:81:00.0"))->iommuGroupMembers,
             QList<PciAddress>{addr("0000:81:00.0")});
    QVERIFY(!SysfsScanner::scanFunction(dir.path(), addr("0000:81:00.1")));
    QVERIFY(!b.removeFunction(addr("0000:81:00.1")).ok());
}

void TestSysfsTreeBuilder::refusesBadNames()
{
    QTemporaryDir dir;
    SysfsTreeBuilder b(dir.path());
    QVERIFY(!b.addFunction(SysfsFunction{}).ok()); // no address
    QVERIFY(!b.addDriver(QStringLiteral("../../etc")).ok());
    QVERIFY(!b.addMdev(QStringLiteral("../x"), addr("0000:01:00.0"), QStringLiteral("nvidia-1")).ok());
    QVERIFY(!b.addMdev(mdevA, addr("0000:01:00.0"), QStringLiteral("nvidia-1")).ok()); // no such parent
    QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/etc")));
    // A root that cannot be written.
    SysfsTreeBuilder bad(QStringLiteral("/proc/nonexistent-root"));
    auto s = bad.addFunction(fn("0000:01:00.0", 0x030000, 0x10de, 0x24b0, "", 1));
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QStringLiteral("/proc/nonexistent-root")));
}

QTEST_GUILESS_MAIN(TestSysfsTreeBuilder)
#include "tst_sysfstreebuilder.moc"
