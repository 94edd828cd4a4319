// SysfsTreeBuilder: the platform files, and a whole tree from a libvirt snapshot (the demo hosts).
#include "sysfsio.h"
#include "sysfstreebuilder.h"

#include "model/vgputype.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QByteArray cpuinfo(const PlatformFacts &p)
{
    QByteArray flags =
        "fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr "
        "sse sse2 ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl nonstop_tsc cpuid pni "
        "pclmulqdq monitor ssse3 fma cx16 sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand";
    if (p.vmx)
        flags += " vmx ept vpid";
    if (p.svm)
        flags += " svm npt";
    QByteArray out;
    for (int cpu = 0; cpu < 2; ++cpu) {
        out += "processor\t: " + QByteArray::number(cpu) + '\n';
        if (!p.cpuVendor.isEmpty())
            out += "vendor_id\t: " + p.cpuVendor.toUtf8() + '\n';
        out += "cpu family\t: 25\n";
        if (!p.cpuModel.isEmpty())
            out += "model name\t: " + p.cpuModel.toUtf8() + '\n';
        out += "flags\t\t: " + flags + "\n\n";
    }
    return out;
}

// Module name for a driver name: the kernel's module names use underscores ("vfio-pci" -> vfio_pci).
QString moduleOf(const QString &driver)
{
    QString m = driver;
    return m.replace(u'-', u'_');
}
} // namespace

Status SysfsTreeBuilder::setPlatform(const PlatformFacts &p)
{
    if (!ensureSkeleton())
        return take();
    // Start over so that a second call replaces the first.
    removeTree(path(u"/sys/module"));
    removeTree(path(u"/sys/class/iommu"));
    removeTree(path(u"/sys/devices/virtual/iommu"));
    removeTree(path(u"/proc/driver/nvidia"));
    mkdir(path(u"/sys/module"));
    mkdir(path(u"/sys/class/iommu"));
    writeFile(path(u"/proc/cpuinfo"), cpuinfo(p));
    writeFile(path(u"/proc/sys/kernel/osrelease"), p.kernelRelease.toUtf8() + '\n');
    writeFile(path(u"/proc/cmdline"), p.kernelCmdline.toUtf8() + '\n');
    QByteArray modules;
    for (const KernelModule &m : p.modules) {
        if (m.name.isEmpty() || m.name.contains(u'/') || m.name.startsWith(u'.'))
            continue;
        if (!m.builtin)
            modules += m.name.toUtf8() + " 65536 0 - Live 0x0000000000000000\n";
        const QString dir = path(u"/sys/module/") + m.name;
        mkdir(dir + QStringLiteral("/parameters"));
        if (!m.version.isEmpty())
            writeFile(dir + QStringLiteral("/version"), m.version.toUtf8() + '\n');
    }
    writeFile(path(u"/proc/modules"), modules);
    if (!p.nvidiaDriverVersion.isEmpty()) {
        mkdir(path(u"/proc/driver/nvidia"));
        writeFile(
            path(u"/proc/driver/nvidia/version"),
            "NVRM version: NVIDIA UNIX x86_64 Kernel Module  " + p.nvidiaDriverVersion.toUtf8() +
                "  Wed Jan 24 20:23:51 UTC 2024\nGCC version:  gcc version 12.2.0 (Debian 12.2.0-14)\n");
    }
    for (const QString &unit : p.iommuUnits) {
        if (unit.isEmpty() || unit.contains(u'/') || unit.startsWith(u'.'))
            continue;
        const QString dev = path(u"/sys/devices/virtual/iommu/") + unit;
        mkdir(dev);
        link(path(u"/sys/class/iommu/") + unit, dev);
    }
    return take();
}

Status SysfsTreeBuilder::buildFromSnapshot(const HostSnapshot &s, const AgentFacts &a, const QString &root)
{
    return buildFromSnapshot(s, a, root, PlatformOptions());
}

Status SysfsTreeBuilder::buildFromSnapshot(const HostSnapshot &s, const AgentFacts &a, const QString &root,
                                           const PlatformOptions &o)
{
    SysfsTreeBuilder b(root);
    QSet<QString> drivers;
    bool amdBridges = false, nvidiaVgpu = false, nvidiaBound = false;
    QMap<PciAddress, SysfsFunction> functions;
    QMap<PciAddress, PciAddress> parents;
    for (const PciDevice &d : s.pciDevices) {
        SysfsFunction f;
        f.address = d.address;
        f.classCode = d.classCode;
        f.vendorId = d.vendorId;
        f.productId = d.productId;
        f.driver = a.drivers.value(d.address, d.driver);
        f.bootVga = a.bootVga.contains(d.address);
        f.numaNode = d.numaNode;
        f.iommuGroup = o.iommuActive ? d.iommuGroup : -1;
        f.sriovTotalVfs = d.maxVirtFunctions;
        f.sriovNumVfs = int(d.virtFunctions.size());
        f.physFn = d.physFunction;
        f.virtFns = d.virtFunctions;
        f.link = d.link;
        for (const MdevType &t : d.mdevTypes) {
            QString description;
            if (t.vgpu)
                description = QStringLiteral("num_heads=4, frl_config=60, framebuffer=%1M, "
                                             "max_resolution=5120x2880, max_instance=%2")
                                  .arg(t.vgpu->framebufferMB)
                                  .arg(maxInstancesPerGpu(*t.vgpu));
            f.mdevTypes.append({t.id, t.name, description, t.deviceApi, t.availableInstances});
        }
        if (d.vendorId == 0x10de && !d.mdevTypes.isEmpty())
            nvidiaVgpu = true;
        if (d.isBridge() && d.vendorId == 0x1022)
            amdBridges = true;
        if (!f.driver.isEmpty())
            drivers.insert(f.driver);
        if (f.driver == u"nvidia")
            nvidiaBound = true;
        functions.insert(f.address, f);
        if (const auto p = PciAddress::fromNodeDeviceName(d.parentName))
            parents.insert(f.address, *p);
    }
    for (const MediatedDevice &m : s.mdevs)
        if (s.pciDevices.value(m.parent).vendorId == 0x10de)
            nvidiaVgpu = true;

    // Parents before children, PFs before their VFs.
    QSet<PciAddress> added;
    while (added.size() < functions.size()) {
        const qsizetype before = added.size();
        for (const SysfsFunction &f : std::as_const(functions)) {
            if (added.contains(f.address))
                continue;
            const PciAddress parent = parents.value(f.address);
            const bool parentReady = !functions.contains(parent) || added.contains(parent);
            const bool pfReady = !f.physFn || !functions.contains(*f.physFn) || added.contains(*f.physFn);
            if (!parentReady || !pfReady)
                continue;
            if (auto st = b.addFunction(f, parent); !st)
                return st;
            added.insert(f.address);
        }
        if (added.size() == before) // a parent cycle in a hand-made snapshot: place the rest at the root
            for (const SysfsFunction &f : std::as_const(functions))
                if (!added.contains(f.address)) {
                    if (auto st = b.addFunction(f); !st)
                        return st;
                    added.insert(f.address);
                }
    }
    for (const MediatedDevice &m : s.mdevs)
        if (auto st = b.addMdev(m.uuid, m.parent, m.typeId, o.iommuActive ? m.iommuGroup : -1); !st)
            return st;

    PlatformFacts p;
    p.cpuVendor = !o.cpuVendor.isEmpty() ? o.cpuVendor
                  : amdBridges           ? QStringLiteral("AuthenticAMD")
                                         : QStringLiteral("GenuineIntel");
    p.cpuModel = o.cpuModel;
    const bool amd = p.isAmd();
    p.vmx = o.virtualization && !amd;
    p.svm = o.virtualization && amd;
    p.kernelRelease = o.kernelRelease;
    p.kernelCmdline =
        QStringLiteral("BOOT_IMAGE=/boot/vmlinuz-%1 root=UUID=6f1c2a4e-3b0d-4c55-9d8e-2f7a61c0b9d3 ro quiet")
            .arg(o.kernelRelease);
    if (o.iommuOnCmdline)
        p.kernelCmdline += amd ? QStringLiteral(" amd_iommu=on") : QStringLiteral(" intel_iommu=on");
    if (o.iommuPassthrough)
        p.kernelCmdline += QStringLiteral(" iommu=pt");
    if (o.iommuActive)
        p.iommuUnits = amd ? QStringList{QStringLiteral("ivhd0"), QStringLiteral("ivhd1")}
                           : QStringList{QStringLiteral("dmar0"), QStringLiteral("dmar1")};
    const bool vgpuManager = o.vgpuManager.value_or(nvidiaVgpu);
    const QString nvidiaVersion = o.nvidiaVersion;
    QSet<QString> modules{QStringLiteral("kvm"),
                          amd ? QStringLiteral("kvm_amd") : QStringLiteral("kvm_intel")};
    if (o.vfioModules)
        modules += {QStringLiteral("vfio"), QStringLiteral("vfio_pci"), QStringLiteral("vfio_pci_core"),
                    QStringLiteral("vfio_iommu_type1")};
    if (vgpuManager)
        modules += {QStringLiteral("nvidia_vgpu_vfio"), QStringLiteral("mdev"), QStringLiteral("nvidia")};
    for (const QString &d : std::as_const(drivers))
        if (d != u"pcieport" &&
            d != u"nvidia-vgpu-vfio") // the port driver is built in; the mdev driver is nvidia_vgpu_vfio
            modules.insert(moduleOf(d));
    if (!o.vfioModules)
        modules -= {QStringLiteral("vfio_pci"), QStringLiteral("vfio_pci_core")};
    QStringList sorted(modules.cbegin(), modules.cend());
    sorted.sort();
    for (const QString &m : sorted) {
        QString version;
        if (m == u"nvidia")
            version = nvidiaVersion;
        else if (m == u"nvidia_vgpu_vfio")
            version = o.vgpuManagerVersion.isEmpty() ? nvidiaVersion : o.vgpuManagerVersion;
        p.modules.append({m, version, false});
    }
    if (modules.contains(QStringLiteral("nvidia")) || nvidiaBound)
        p.nvidiaDriverVersion = nvidiaVersion;
    if (auto st = b.setPlatform(p); !st)
        return st;
    // A loaded module's driver directory exists even with nothing bound: the emulator binds through it.
    if (o.vfioModules)
        if (auto st = b.addDriver(QStringLiteral("vfio-pci")); !st)
            return st;
    return Done{};
}
