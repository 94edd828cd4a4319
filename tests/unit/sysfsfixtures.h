// Generated sysfs trees for the agent tests: an A16 vGPU host (4 GPUs, VFs with mdev types, two mdevs,
// a passthrough RTX A2000 with its HDMI audio function, the BMC's boot display), an H100 host on the
// vendor-specific VFIO framework (nvidia/creatable_vgpu_types), and an AMD MxGPU SR-IOV host.
#pragma once

#include "agent/sysfstreebuilder.h"

#include <QTest>

namespace SysfsFixtures {

inline const QString mdevA = QStringLiteral("41c64abc-af18-4ec6-89e5-4ef9d45f6f1e"); // A16-2Q on 43:00.4
inline const QString mdevB = QStringLiteral("c67bdfcc-0d48-4218-b512-77de64f3e283"); // A16-2Q on 43:00.5

inline PciAddress addr(const char *text)
{
    return *PciAddress::parse(QString::fromLatin1(text));
}

inline SysfsFunction fn(const char *address, quint32 classCode, quint16 vendor, quint16 device,
                        const char *driver, int group, int numa = 0)
{
    SysfsFunction f;
    f.address = addr(address);
    f.classCode = classCode;
    f.vendorId = vendor;
    f.productId = device;
    f.driver = QString::fromLatin1(driver);
    f.iommuGroup = group;
    f.numaNode = numa;
    return f;
}

inline QList<SysfsMdevType> a16Types(int available)
{
    QList<SysfsMdevType> out;
    const QList<std::pair<int, int>> types{{709, 1}, {712, 2}, {713, 4}, {715, 16}}; // 1B, 2Q, 4Q, 16Q
    for (const auto &[id, gb] : types) {
        const QString series = id == 709 ? QStringLiteral("B") : QStringLiteral("Q");
        out.append(
            {QStringLiteral("nvidia-%1").arg(id), QStringLiteral("NVIDIA A16-%1%2").arg(gb).arg(series),
             QStringLiteral(
                 "num_heads=4, frl_config=60, framebuffer=%1M, max_resolution=5120x2880, max_instance=%2")
                 .arg(gb * 1024)
                 .arg(16 / gb),
             QStringLiteral("vfio-pci"), available});
    }
    return out;
}

// Adds each function, or fails the calling test.
#define SYSFS_ADD(builder, f, ...) QVERIFY((builder).addFunction((f), ##__VA_ARGS__).ok())

inline PlatformFacts healthyPlatform(bool amd)
{
    PlatformFacts p;
    p.cpuVendor = amd ? QStringLiteral("AuthenticAMD") : QStringLiteral("GenuineIntel");
    p.cpuModel = amd ? QStringLiteral("AMD EPYC 7543 32-Core Processor")
                     : QStringLiteral("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz");
    p.vmx = !amd;
    p.svm = amd;
    p.kernelRelease = QStringLiteral("6.1.0-18-amd64");
    p.kernelCmdline =
        QStringLiteral("BOOT_IMAGE=/boot/vmlinuz-6.1.0-18-amd64 root=/dev/sda1 ro quiet %1 iommu=pt")
            .arg(amd ? QStringLiteral("amd_iommu=on") : QStringLiteral("intel_iommu=on"));
    p.iommuUnits = amd ? QStringList{QStringLiteral("ivhd0")} : QStringList{QStringLiteral("dmar0")};
    for (const char *m : {"kvm", "vfio", "vfio_pci", "vfio_iommu_type1"})
        p.modules.append({QString::fromLatin1(m), {}, false});
    p.modules.append({amd ? QStringLiteral("kvm_amd") : QStringLiteral("kvm_intel"), {}, false});
    return p;
}

inline void buildA16Host(const QString &root)
{
    SysfsTreeBuilder b(root);
    SYSFS_ADD(b, fn("0000:00:01.0", 0x060400, 0x1022, 0x1482, "pcieport", 0));
    SysfsFunction bmc = fn("0000:03:00.0", 0x030000, 0x1a03, 0x2000, "ast", 1);
    bmc.bootVga = true;
    SYSFS_ADD(b, bmc);
    SYSFS_ADD(b, fn("0000:40:01.1", 0x060400, 0x1022, 0x1483, "pcieport", 10));
    SYSFS_ADD(b, fn("0000:41:00.0", 0x060400, 0x1000, 0xc010, "pcieport", 11), addr("0000:40:01.1"));
    for (int i = 0; i < 4; ++i) {
        const PciAddress down(0, 0x42, quint8(i), 0), gpuAddr(0, quint8(0x43 + i), 0, 0);
        SysfsFunction port = fn("0000:42:00.0", 0x060400, 0x1000, 0xc010, "pcieport", 12 + i);
        port.address = down;
        SYSFS_ADD(b, port, addr("0000:41:00.0"));
        SysfsFunction gpu = fn("0000:43:00.0", 0x030200, 0x10de, 0x25b6, "nvidia", 20 + i);
        gpu.address = gpuAddr;
        gpu.subsystemVendorId = 0x10de;
        gpu.subsystemId = 0x14a9;
        gpu.sriovTotalVfs = 16;
        gpu.link = {16, 8, 16, 8};
        if (i == 0) {
            gpu.sriovNumVfs = 4;
            for (int v = 4; v < 8; ++v)
                gpu.virtFns.append(PciAddress(0, 0x43, 0, quint8(v)));
        }
        SYSFS_ADD(b, gpu, down);
    }
    for (int v = 4; v < 8; ++v) {
        SysfsFunction vf = fn("0000:43:00.4", 0x030200, 0x10de, 0x25b6, "nvidia", 100 + v);
        vf.address = PciAddress(0, 0x43, 0, quint8(v));
        vf.physFn = addr("0000:43:00.0");
        vf.mdevTypes = a16Types(v < 6 ? 0 : 1); // the VFs holding mdevs offer nothing more
        SYSFS_ADD(b, vf);
    }
    QVERIFY(b.addMdev(mdevA, addr("0000:43:00.4"), QStringLiteral("nvidia-712"), 200).ok());
    QVERIFY(b.addMdev(mdevB, addr("0000:43:00.5"), QStringLiteral("nvidia-712"), 201).ok());
    // A passthrough RTX A2000 and its HDMI audio function, both on vfio-pci, in one group.
    SysfsFunction a2000 = fn("0000:81:00.0", 0x030000, 0x10de, 0x2531, "vfio-pci", 30, 1);
    a2000.link = {16, 16, 8, 16}; // a x16 Gen4 card running at Gen3 speed
    SYSFS_ADD(b, a2000);
    SYSFS_ADD(b, fn("0000:81:00.1", 0x040300, 0x10de, 0x228e, "vfio-pci", 30, 1));
    PlatformFacts p = healthyPlatform(true);
    p.modules.append({QStringLiteral("nvidia"), QStringLiteral("535.129.03"), false});
    p.modules.append({QStringLiteral("nvidia_vgpu_vfio"), QStringLiteral("535.129.03"), false});
    p.modules.append({QStringLiteral("mdev"), {}, false});
    p.nvidiaDriverVersion = QStringLiteral("535.129.03");
    QVERIFY(b.setPlatform(p).ok());
}

inline void buildH100Host(const QString &root)
{
    SysfsTreeBuilder b(root);
    SYSFS_ADD(b, fn("0000:40:01.1", 0x060400, 0x8086, 0x347a, "pcieport", 5));
    SysfsFunction gpu = fn("0000:41:00.0", 0x030200, 0x10de, 0x2331, "nvidia", 6);
    gpu.sriovTotalVfs = 20;
    gpu.sriovNumVfs = 4;
    gpu.link = {32, 16, 16, 16}; // a Gen5 card in a Gen4 slot
    for (int v = 4; v < 8; ++v)
        gpu.virtFns.append(PciAddress(0, 0x41, 0, quint8(v)));
    SYSFS_ADD(b, gpu, addr("0000:40:01.1"));
    for (int v = 4; v < 8; ++v) {
        SysfsFunction vf = fn("0000:41:00.4", 0x030200, 0x10de, 0x2331, "nvidia", 60 + v);
        vf.address = PciAddress(0, 0x41, 0, quint8(v));
        vf.physFn = gpu.address;
        vf.hasNvidiaVgpu = true;
        if (v == 4) {
            vf.currentVgpuType = 1062; // holds an H100-20C; offers nothing else
        } else {
            vf.creatableVgpuTypes = {{1061, QStringLiteral("NVIDIA H100-10C")},
                                     {1062, QStringLiteral("NVIDIA H100-20C")},
                                     {1063, QStringLiteral("NVIDIA H100-40C")}};
        }
        SYSFS_ADD(b, vf);
    }
    PlatformFacts p = healthyPlatform(false);
    p.modules.append({QStringLiteral("nvidia"), QStringLiteral("550.54.16"), false});
    p.nvidiaDriverVersion = QStringLiteral("550.54.16");
    QVERIFY(b.setPlatform(p).ok());
}

inline void buildAmdHost(const QString &root)
{
    SysfsTreeBuilder b(root);
    SysfsFunction gpu = fn("0000:23:00.0", 0x030000, 0x1002, 0x6860, "gim", 40);
    gpu.sriovTotalVfs = 16;
    gpu.sriovNumVfs = 12;
    for (int v = 0; v < 12; ++v) // VF routing ids from offset 16, stride 1: 23:02.0 … 23:03.3
        gpu.virtFns.append(PciAddress(0, 0x23, quint8(2 + v / 8), quint8(v % 8)));
    SYSFS_ADD(b, gpu);
    SYSFS_ADD(b, fn("0000:23:00.1", 0x040300, 0x1002, 0xaaf8, "snd_hda_intel", 40));
    for (int v = 0; v < 12; ++v) {
        SysfsFunction vf = fn("0000:23:02.0", 0x038000, 0x1002, 0x686c, v < 3 ? "vfio-pci" : "", 41 + v);
        vf.address = gpu.virtFns[v];
        vf.physFn = gpu.address;
        SYSFS_ADD(b, vf);
    }
    QVERIFY(b.setPlatform(healthyPlatform(false)).ok());
}

} // namespace SysfsFixtures
