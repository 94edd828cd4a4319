#include "topology.h"

#include <algorithm>

namespace Topology {

QList<PciAddress> gpus(const HostSnapshot &s)
{
    QList<PciAddress> out;
    for (const PciDevice &d : s.pciDevices)
        if (d.isGpu())
            out.append(d.address);
    return out;
}

QList<PciAddress> companionFunctions(const HostSnapshot &s, const PciAddress &gpu)
{
    QList<PciAddress> out;
    // Functions of one slot are consecutive in the ordered map; scan the slot's eight functions.
    for (quint8 fn = 0; fn < 8; ++fn) {
        const PciAddress a(gpu.domain(), gpu.bus(), gpu.slot(), fn);
        if (a == gpu)
            continue;
        const auto it = s.pciDevices.constFind(a);
        if (it != s.pciDevices.cend() && !it->isVirtualFunction() && !it->isDisplay())
            out.append(a);
    }
    return out;
}

PciAddress owningGpu(const HostSnapshot &s, const PciAddress &function)
{
    const auto it = s.pciDevices.constFind(function);
    if (it == s.pciDevices.cend())
        return {};
    if (it->isGpu())
        return it->address;
    if (it->physFunction) {
        const auto pf = s.pciDevices.constFind(*it->physFunction);
        if (pf != s.pciDevices.cend() && pf->isGpu())
            return pf->address;
    }
    return {};
}

QList<QString> mdevsOfGpu(const HostSnapshot &s, const PciAddress &gpu)
{
    QList<QString> out;
    // owningGpu() answers an invalid address for mdevs of unknown parents; those belong to no GPU.
    if (!gpu.isValid())
        return out;
    for (const MediatedDevice &m : s.mdevs)
        if (owningGpu(s, m.parent) == gpu)
            out.append(m.uuid);
    return out;
}

bool vgpuOnVirtualFunctions(const HostSnapshot &s, const PciAddress &gpu)
{
    const auto it = s.pciDevices.constFind(gpu);
    if (it == s.pciDevices.cend())
        return false;
    for (const PciAddress &vf : it->virtFunctions) {
        const auto v = s.pciDevices.constFind(vf);
        if (v != s.pciDevices.cend() && !v->mdevTypes.isEmpty())
            return true;
    }
    return false;
}

QList<GpuTypeOffer> typesOfGpu(const HostSnapshot &s, const PciAddress &gpu)
{
    QList<GpuTypeOffer> out;
    auto add = [&](const PciDevice &d) {
        for (const MdevType &t : d.mdevTypes) {
            auto it = std::find_if(out.begin(), out.end(), [&](const GpuTypeOffer &o) { return o.type.id == t.id; });
            if (it == out.end()) {
                GpuTypeOffer o;
                o.type = t;
                o.maxInstances = t.vgpu ? maxInstancesPerGpu(*t.vgpu) : 0;
                out.append(o);
            } else {
                it->type.availableInstances += t.availableInstances;
            }
        }
    };
    const auto pf = s.pciDevices.constFind(gpu);
    if (pf == s.pciDevices.cend())
        return out;
    add(*pf);
    for (const PciAddress &vf : pf->virtFunctions) {
        const auto v = s.pciDevices.constFind(vf);
        if (v != s.pciDevices.cend())
            add(*v);
    }
    for (const QString &uuid : mdevsOfGpu(s, gpu)) {
        const MediatedDevice &m = s.mdevs[uuid];
        for (GpuTypeOffer &o : out)
            if (o.type.id == m.typeId)
                ++o.created;
    }
    return out;
}

Holders holders(const HostSnapshot &s)
{
    Holders h;
    for (const VirtualMachine &vm : s.vms) {
        for (const Hostdev &d : vm.hostdevs) {
            if (d.kind == Hostdev::Kind::Pci)
                h.pci.insert(d.address, vm.uuid);
            else
                h.mdev.insert(d.uuid, vm.uuid);
        }
    }
    return h;
}

QList<IommuGroup> iommuGroups(const HostSnapshot &s)
{
    QMap<int, IommuGroup> groups;
    for (const PciDevice &d : s.pciDevices) {
        if (d.iommuGroup < 0)
            continue;
        IommuGroup &g = groups[d.iommuGroup];
        g.id = d.iommuGroup;
        // Members come from the group listing when libvirt gives it, else from the devices that name the group.
        const QList<PciAddress> members = d.iommuGroupMembers.isEmpty() ? QList<PciAddress>{d.address} : d.iommuGroupMembers;
        for (const PciAddress &a : members)
            if (!g.members.contains(a))
                g.members.append(a);
    }
    QList<IommuGroup> out;
    for (IommuGroup &g : groups) {
        std::sort(g.members.begin(), g.members.end());
        QList<PciAddress> endpointSlots;
        for (const PciAddress &a : g.members) {
            // A member the snapshot does not describe cannot be shown to be a bridge: count it as a device,
            // since passing through a group with an unknown endpoint is exactly what must be flagged.
            PciAddress device = a;
            const auto it = s.pciDevices.constFind(a);
            if (it != s.pciDevices.cend()) {
                if (it->isGpu())
                    g.containsGpu = true;
                if (it->isBridge())
                    continue;
                // VFs sit on other slots than their PF but are the same physical card.
                if (it->physFunction)
                    device = *it->physFunction;
            }
            const bool seen = std::any_of(endpointSlots.cbegin(), endpointSlots.cend(),
                                          [&](const PciAddress &o) { return o.sameSlot(device); });
            if (!seen)
                endpointSlots.append(device);
        }
        g.sharedAcrossDevices = endpointSlots.size() > 1;
        out.append(g);
    }
    return out;
}

QString productLabel(const PciDevice &d)
{
    if (!d.productName.isEmpty())
        return d.productName;
    return QString::asprintf("%04x:%04x", d.vendorId, d.productId);
}

QString driverOf(const HostSnapshot &s, const PciAddress &address)
{
    const QString agent = s.agent.drivers.value(address);
    if (!agent.isEmpty())
        return agent;
    const auto it = s.pciDevices.constFind(address);
    return it == s.pciDevices.cend() ? QString() : it->driver;
}

QString vendorLabel(const PciDevice &d)
{
    return d.vendorName.isEmpty() ? QString::asprintf("%04x", d.vendorId) : d.vendorName;
}

} // namespace Topology
