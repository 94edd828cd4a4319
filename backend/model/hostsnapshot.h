// Value types for what one host has: PCI functions, mediated devices, VMs; and the snapshot that holds them.
#pragma once

#include "pciaddress.h"
#include "vgputype.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

struct MdevType
{
    QString id;        // "nvidia-699"
    QString name;      // as reported: "NVIDIA A16-2Q"
    QString deviceApi; // "vfio-pci"
    int availableInstances = 0;
    std::optional<VgpuTypeName> vgpu; // parsed name, when it is an NVIDIA vGPU type

    friend bool operator==(const MdevType &, const MdevType &) = default;
};

struct PcieLink
{
    double maxSpeedGTs = 0; // 0 when unknown
    int maxWidth = 0;
    double speedGTs = 0;
    int width = 0;
    friend bool operator==(const PcieLink &, const PcieLink &) = default;
};

struct PciDevice
{
    PciAddress address;
    QString nodeName;      // libvirt name: pci_0000_41_00_0
    QString parentName;    // libvirt parent node device (a bridge, or "computer")
    quint32 classCode = 0; // 0x030200
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString vendorName;
    QString productName;
    QString driver; // empty when the source does not say
    int numaNode = -1;
    int iommuGroup = -1;
    QList<PciAddress> iommuGroupMembers;
    PcieLink link;
    QList<MdevType> mdevTypes;
    std::optional<PciAddress> physFunction; // set on SR-IOV virtual functions
    QList<PciAddress> virtFunctions;        // set on physical functions with VFs enabled
    int maxVirtFunctions = 0;               // sriov_totalvfs, 0 when not SR-IOV capable

    bool isDisplay() const { return (classCode >> 16) == 0x03; }
    bool isAudio() const { return (classCode >> 8) == 0x0403; }
    bool isBridge() const { return (classCode >> 8) == 0x0604; }
    bool isVirtualFunction() const { return physFunction.has_value(); }
    bool isGpuVendor() const { return vendorId == 0x10de || vendorId == 0x1002 || vendorId == 0x8086; }
    // A GPU as the console shows it: a display-class function of NVIDIA, AMD or Intel that is not a VF.
    bool isGpu() const { return isDisplay() && isGpuVendor() && !isVirtualFunction(); }

    friend bool operator==(const PciDevice &, const PciDevice &) = default;
};

struct MediatedDevice
{
    QString uuid;      // lower case
    QString nodeName;  // mdev_<uuid>_0000_41_00_4
    QString typeId;    // nvidia-699
    PciAddress parent; // the PCI function the mdev lives on (a PF, or a VF on SR-IOV vGPU boards)
    int iommuGroup = -1;
    friend bool operator==(const MediatedDevice &, const MediatedDevice &) = default;
};

enum class VmState { NoState, Running, Blocked, Paused, ShuttingDown, Shutoff, Crashed, Suspended };

struct Hostdev
{
    enum class Kind { Pci, Mdev };
    Kind kind = Kind::Pci;
    PciAddress address; // Kind::Pci
    QString uuid;       // Kind::Mdev
    QString model;      // mdev model: vfio-pci
    bool managed = false;
    friend bool operator==(const Hostdev &, const Hostdev &) = default;
};

struct VirtualMachine
{
    QString uuid; // lower case; the key
    QString name;
    VmState state = VmState::NoState;
    int vcpus = 0;
    quint64 memoryKiB = 0;
    bool persistent = true;
    QList<Hostdev> hostdevs;
    QList<int> numaNodes; // <numatune><memory nodeset=…>: host NUMA nodes the VM's memory is bound to
    friend bool operator==(const VirtualMachine &, const VirtualMachine &) = default;
};

// A GPU in NVIDIA's mixed-size vGPU mode (vGPU 17 and later): vGPUs of different sizes share it, each at a
// placement id; a type occupies placementSize units from its id, and may only start at its legal ids.
struct MixedSizeGpu
{
    QMap<QString, int> placementSize;       // by mdev type id
    QMap<QString, QList<int>> placementIds; // legal placement ids by mdev type id, ascending
    friend bool operator==(const MixedSizeGpu &, const MixedSizeGpu &) = default;
};

// Facts only the host agent can give; the demo simulates them. Empty until an agent reports.
struct AgentFacts
{
    bool present = false;
    QMap<PciAddress, QString> drivers;
    QList<PciAddress> bootVga;
    QMap<PciAddress, MixedSizeGpu> mixedSize; // GPUs (PFs) in mixed-size mode; absent: equal-size mode
    QMap<QString, int> placementIds;          // mdev uuid -> its placement id on a mixed-size GPU
    QMap<QString, int> migStarts;             // MIG-backed mdev uuid -> first memory slice of its instance
    friend bool operator==(const AgentFacts &, const AgentFacts &) = default;
};

struct HostSnapshot
{
    QString hostname;       // what libvirt says (virConnectGetHostname)
    QString hypervisor;     // "QEMU 7.2.0", "TEST"
    QString libvirtVersion; // "9.0.0"
    quint64 memoryKiB = 0;
    int cpus = 0;
    QMap<PciAddress, PciDevice> pciDevices;
    QMap<QString, MediatedDevice> mdevs; // by uuid
    QMap<QString, VirtualMachine> vms;   // by uuid
    AgentFacts agent;

    friend bool operator==(const HostSnapshot &, const HostSnapshot &) = default;
};

Q_DECLARE_METATYPE(PciDevice)
Q_DECLARE_METATYPE(MediatedDevice)
Q_DECLARE_METATYPE(VirtualMachine)
Q_DECLARE_METATYPE(HostSnapshot)
Q_DECLARE_METATYPE(VmState)
