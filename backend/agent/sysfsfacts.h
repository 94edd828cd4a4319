// What the host agent reads from sysfs and procfs: PCI functions, mediated devices and platform facts,
// with their stable JSON form (sent from the agent to the console).
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One entry of <function>/mdev_supported_types/.
struct SysfsMdevType
{
    QString id;                  // directory name: "nvidia-712"
    QString name;                // "NVIDIA A16-2Q"; empty when the type has no name file
    QString description;         // "num_heads=4, frl_config=60, framebuffer=2048M, …"
    QString deviceApi;           // "vfio-pci"
    int availableInstances = -1; // -1 when unreadable

    friend bool operator==(const SysfsMdevType &, const SysfsMdevType &) = default;
};

// One line of <vf>/nvidia/creatable_vgpu_types (NVIDIA vGPU on the vendor-specific VFIO framework).
struct SysfsVgpuType
{
    int id = 0;   // 1155
    QString name; // "NVIDIA L40S-1B"
    friend bool operator==(const SysfsVgpuType &, const SysfsVgpuType &) = default;
};

struct SysfsFunction
{
    PciAddress address;
    quint32 classCode = 0; // 0x030200; 0 when unknown
    quint16 vendorId = 0;
    quint16 productId = 0;
    quint16 subsystemVendorId = 0;
    quint16 subsystemId = 0;
    QString driver;         // basename of the `driver` link; empty when nothing is bound
    QString driverOverride; // empty when none ("(null)" in sysfs)
    bool bootVga = false;   // boot_vga reads 1
    int numaNode = -1;
    int iommuGroup = -1;                 // -1: no group (IOMMU off) or unknown
    QList<PciAddress> iommuGroupMembers; // every function of the group, this one included, in order
    int sriovTotalVfs = 0;               // 0: not SR-IOV capable
    int sriovNumVfs = 0;
    std::optional<PciAddress> physFn; // set on virtual functions
    QList<PciAddress> virtFns;        // virtfn0, virtfn1 … in index order
    QList<SysfsMdevType> mdevTypes;
    // NVIDIA vGPU files on the vendor-specific VFIO framework (vGPU 17 and later on new kernels).
    bool hasNvidiaVgpu = false;              // <function>/nvidia/ exists
    QList<SysfsVgpuType> creatableVgpuTypes; // nvidia/creatable_vgpu_types
    int currentVgpuType = 0;                 // nvidia/current_vgpu_type; 0 when none is set
    PcieLink link;

    bool isDisplay() const { return (classCode >> 16) == 0x03; }
    bool isBridge() const { return (classCode >> 16) == 0x06; }
    bool isGpuVendor() const { return vendorId == 0x10de || vendorId == 0x1002 || vendorId == 0x8086; }
    bool isVirtualFunction() const { return physFn.has_value(); }
    // A display-class physical function of NVIDIA, AMD or Intel, as the console counts GPUs.
    bool isGpu() const { return isDisplay() && isGpuVendor() && !isVirtualFunction(); }

    friend bool operator==(const SysfsFunction &, const SysfsFunction &) = default;
};

struct SysfsMdev
{
    QString uuid;   // lower case
    QString typeId; // "nvidia-712"; empty when the mdev_type link is missing
    PciAddress parent;
    int iommuGroup = -1;
    friend bool operator==(const SysfsMdev &, const SysfsMdev &) = default;
};

struct KernelModule
{
    QString name;         // as /proc/modules spells it: "vfio_pci"
    QString version;      // /sys/module/<name>/version; empty when the module has none
    bool builtin = false; // not in /proc/modules but present in /sys/module (built into the kernel)
    friend bool operator==(const KernelModule &, const KernelModule &) = default;
};

struct PlatformFacts
{
    QString cpuVendor; // "GenuineIntel", "AuthenticAMD"; empty when unknown
    QString cpuModel;  // "AMD EPYC 7543 32-Core Processor"
    bool vmx = false;  // Intel VT-x flag in /proc/cpuinfo
    bool svm = false;  // AMD-V flag
    QString kernelRelease;
    QString kernelCmdline;
    // intel_iommu=on, amd_iommu=on or iommu=on (a "force"/"sm_on" list counts when it has "on").
    bool iommuOnCmdline = false;
    bool iommuOffOnCmdline = false; // intel_iommu=off, amd_iommu=off, iommu=off
    bool iommuPassthrough = false;  // iommu=pt or iommu.passthrough=1
    QStringList iommuUnits;         // /sys/class/iommu entries: "dmar0", "ivhd0"
    int iommuGroupCount = 0;        // entries of /sys/kernel/iommu_groups
    QList<KernelModule> modules;    // loaded (/proc/modules) plus built-ins of interest, by name
    QString nvidiaDriverVersion;    // from /proc/driver/nvidia/version; empty when absent
    // The NVIDIA vGPU manager: the nvidia_vgpu_vfio module is loaded (or built in), or a function has the
    // vendor-specific VFIO framework's nvidia/ vGPU files. Its version: that module's version, else the
    // nvidia driver's.
    bool vgpuManager = false;

    // The IOMMU is actually on: the kernel registered IOMMU units or made groups.
    bool iommuActive() const { return !iommuUnits.isEmpty() || iommuGroupCount > 0; }
    bool isIntel() const { return cpuVendor == u"GenuineIntel"; }
    bool isAmd() const { return cpuVendor == u"AuthenticAMD" || cpuVendor == u"HygonGenuine"; }
    bool hasModule(QStringView name) const;
    QString moduleVersion(QStringView name) const;

    friend bool operator==(const PlatformFacts &, const PlatformFacts &) = default;
};

struct SysfsFacts
{
    QList<SysfsFunction> functions; // in address order
    QList<SysfsMdev> mdevs;         // in uuid order
    PlatformFacts platform;
    QDateTime scannedAt;

    const SysfsFunction *function(const PciAddress &a) const;
    friend bool operator==(const SysfsFacts &, const SysfsFacts &) = default;
};

namespace SysfsFactsJson {
QJsonObject toJson(const SysfsFunction &f);
QJsonObject toJson(const SysfsMdev &m);
QJsonObject toJson(const PlatformFacts &p);
QJsonObject toJson(const SysfsFacts &f);
// Tolerant: unknown keys are ignored and missing keys keep their defaults, but a key with the wrong type
// or an impossible value gives an Error whose detail names the field ("functions[3].vendorId").
Result<SysfsFunction> functionFromJson(const QJsonObject &o);
Result<SysfsMdev> mdevFromJson(const QJsonObject &o);
Result<PlatformFacts> platformFromJson(const QJsonObject &o);
Result<SysfsFacts> fromJson(const QJsonObject &o);
} // namespace SysfsFactsJson

Q_DECLARE_METATYPE(SysfsFacts)
