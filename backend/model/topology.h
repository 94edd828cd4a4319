// Derived views of one host snapshot: GPUs and their functions, VFs, slices, holders, IOMMU groups.
#pragma once

#include "hostsnapshot.h"

#include <QHash>

namespace Topology {

// Display-class NVIDIA/AMD/Intel physical functions, in address order.
QList<PciAddress> gpus(const HostSnapshot &s);
// The other functions of the GPU's slot that travel with it (HDMI audio, USB-C controller …).
QList<PciAddress> companionFunctions(const HostSnapshot &s, const PciAddress &gpu);
// The GPU a function or VF belongs to: itself for a PF, its PF for a VF; invalid when not a GPU's.
PciAddress owningGpu(const HostSnapshot &s, const PciAddress &function);
// Mediated devices whose parent is the GPU or one of its VFs, by uuid.
QList<QString> mdevsOfGpu(const HostSnapshot &s, const PciAddress &gpu);
// True when the GPU's vGPU types live on its VFs (Ampere and later SR-IOV vGPU).
bool vgpuOnVirtualFunctions(const HostSnapshot &s, const PciAddress &gpu);

// One mdev type as offered by one GPU, summed over the PF and its VFs.
struct GpuTypeOffer
{
    MdevType type;     // availableInstances holds the sum
    int created = 0;   // existing mdevs of this type on the GPU
    int maxInstances = 0; // from the type name and board; 0 when unknown
};
QList<GpuTypeOffer> typesOfGpu(const HostSnapshot &s, const PciAddress &gpu);

// Who holds what: VM uuid by PCI address and by mdev uuid (a VM, running or not).
struct Holders
{
    QHash<PciAddress, QString> pci;
    QHash<QString, QString> mdev;
};
Holders holders(const HostSnapshot &s);

struct IommuGroup
{
    int id = -1;
    QList<PciAddress> members;
    // Endpoints of more than one physical device share the group: they can only be assigned together.
    bool sharedAcrossDevices = false;
    bool containsGpu = false;
};
QList<IommuGroup> iommuGroups(const HostSnapshot &s);

// The human name of a function: libvirt's product name, else the id pair.
QString productLabel(const PciDevice &d);
// The driver a function is bound to: the agent's word first (it sees bindings libvirt may not report),
// then libvirt's; empty when neither says.
QString driverOf(const HostSnapshot &s, const PciAddress &address);
QString vendorLabel(const PciDevice &d);

} // namespace Topology
