// Writes a realistic sysfs/procfs tree under a root directory: PCI functions with their attributes,
// driver, IOMMU group and SR-IOV links, mdev types, mediated devices and the platform files. Tests scan
// such trees, and the demo's in-process agents get one per demo host. Works on an existing tree too (the
// kernel emulator uses it), so everything is read back from disk rather than remembered.
#pragma once

#include "sysfsfacts.h"

#include <optional>

class SysfsTreeBuilder
{
public:
    explicit SysfsTreeBuilder(QString root);

    // Writes every attribute the scanner reads. The function's directory sits below `parentBridge`
    // when that was added before, next to its physical function for a VF, else under a root complex.
    // iommuGroupMembers is ignored: groups are made from each function's iommuGroup. Links to functions
    // added later (virtfnN before the VF exists) dangle until then, as they would not in a real tree.
    // SR-IOV functions get sriov_offset/sriov_stride/sriov_vf_device from their first VFs (or offset 4,
    // stride 1, the PF's device id), which the kernel emulator uses to place new VFs.
    Status addFunction(const SysfsFunction &f, const PciAddress &parentBridge = {});
    // The function's directory and links go; its IOMMU group too when it was the last member.
    Status removeFunction(const PciAddress &address);
    // Rebinds: "" unbinds. Creates /sys/bus/pci/drivers/<driver> when missing.
    Status setDriver(const PciAddress &address, const QString &driver);
    // Replaces the function's virtfnN links with links to `vfs` (SR-IOV changes of the kernel emulator).
    Status setVirtfnLinks(const PciAddress &pf, const QList<PciAddress> &vfs);
    // A driver directory with bind/unbind/new_id/remove_id, as a loaded module makes it.
    Status addDriver(const QString &driver);
    // iommuGroup -1: the next free group number.
    Status addMdev(const QString &uuid, const PciAddress &parent, const QString &typeId, int iommuGroup = -1);
    Status removeMdev(const QString &uuid);
    // Writes /proc/cpuinfo (two CPUs), /proc/sys/kernel/osrelease, /proc/cmdline, /proc/modules and
    // /sys/module/<m>/version (built-ins in /sys/module only), /proc/driver/nvidia/version and
    // /sys/class/iommu/<unit>. Fields the scanner derives (iommuOnCmdline, iommuPassthrough, vgpuManager,
    // iommuGroupCount) are ignored: they follow from the command line, modules and groups.
    Status setPlatform(const PlatformFacts &p);

    // The directory of an added function (under <root>/sys/devices), empty when there is none.
    QString deviceDir(const PciAddress &address) const;
    QString path(QStringView sysPath) const; // <root> + sysPath
    int nextIommuGroup() const;

    struct PlatformOptions
    {
        QString cpuVendor; // empty: AuthenticAMD when the host has AMD (1022) bridges, else GenuineIntel
        QString cpuModel;
        QString kernelRelease = QStringLiteral("6.1.0-18-amd64");
        bool virtualization = true;                          // the vmx/svm flag
        bool iommuOnCmdline = true;                          // intel_iommu=on / amd_iommu=on
        bool iommuActive = true;                             // IOMMU units and groups exist
        bool iommuPassthrough = true;                        // iommu=pt
        bool vfioModules = true;                             // vfio, vfio_pci, vfio_iommu_type1 loaded
        QString nvidiaVersion = QStringLiteral("550.54.16"); // nvidia modules and /proc/driver/nvidia/version
        QString vgpuManagerVersion;                          // empty: nvidiaVersion
        std::optional<bool> vgpuManager; // unset: when an NVIDIA function offers mdev types or holds mdevs
    };
    // A tree matching a libvirt snapshot: every PCI function (bridges first, VFs next to their PF), its
    // driver and boot VGA from the agent facts (else libvirt's driver), IOMMU groups, VFs, mdev types and
    // mdevs, and platform files that fit the hardware.
    static Status buildFromSnapshot(const HostSnapshot &s, const AgentFacts &a, const QString &root,
                                    const PlatformOptions &options);
    static Status buildFromSnapshot(const HostSnapshot &s, const AgentFacts &a, const QString &root);

private:
    bool ensureSkeleton();
    bool mkdir(const QString &path);
    bool writeFile(const QString &path, const QByteArray &content);
    bool link(const QString &linkPath, const QString &targetPath); // relative link, replaces an old one
    bool removeTree(const QString &path);
    Status take();

    QString m_root;
    Error m_error; // the first failure of the public call in progress
    bool m_skeleton = false;
};
