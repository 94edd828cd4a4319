#include "gpuusage.h"

quint8 GpuUsage::migMask() const
{
    quint8 m = 0;
    for (const MigLayout::Placement &p : mig)
        m |= MigLayout::memoryMask(p);
    return m;
}

GpuUsage GpuUsage::of(const HostSnapshot &s, const Topology::Holders &holders, const PciAddress &gpu)
{
    GpuUsage u;
    const auto pf = s.pciDevices.constFind(gpu);
    if (pf == s.pciDevices.cend())
        return u;
    u.offers = Topology::typesOfGpu(s, gpu);
    for (const Topology::GpuTypeOffer &o : std::as_const(u.offers)) {
        if (!o.type.vgpu)
            continue;
        if (u.board.isEmpty())
            u.board = o.type.vgpu->board;
        // The whole-GPU MIG profile names the board's framebuffer exactly.
        if (o.type.vgpu->migBacked && o.type.vgpu->computeSlices == MigLayout::ComputeSlices)
            u.boardFramebufferMB = std::max(u.boardFramebufferMB, o.type.vgpu->framebufferMB);
    }
    if (u.boardFramebufferMB == 0 && !u.board.isEmpty())
        u.boardFramebufferMB = GpuBoardInfo::lookup(u.board).framebufferMB;
    u.vgpuOnVfs = Topology::vgpuOnVirtualFunctions(s, gpu);
    u.vfTotal = int(pf->virtFunctions.size());
    u.mixedSize = s.agent.mixedSize.contains(gpu);
    const MixedSizeGpu mixed = s.agent.mixedSize.value(gpu);

    QList<MigLayout::Profile> migFloating;
    for (const QString &uuid : Topology::mdevsOfGpu(s, gpu)) {
        const MediatedDevice &m = s.mdevs[uuid];
        const auto offer =
            std::find_if(u.offers.cbegin(), u.offers.cend(),
                         [&](const Topology::GpuTypeOffer &o) { return o.type.id == m.typeId; });
        if (offer == u.offers.cend() || !offer->type.vgpu)
            continue;
        const VgpuTypeName &type = *offer->type.vgpu;
        if (type.migBacked) {
            const auto profile = MigLayout::profileFor(type, u.boardFramebufferMB);
            if (!profile)
                continue;
            const auto start = s.agent.migStarts.constFind(uuid);
            if (start != s.agent.migStarts.cend() && MigLayout::isLegalStart(*profile, *start))
                u.mig.append(MigLayout::Placement{*profile, *start});
            else
                migFloating.append(*profile);
            continue;
        }
        if (u.vgpus == 0)
            u.vgpuFramebufferMB = type.framebufferMB;
        ++u.vgpus;
        u.vgpuMaxInstances = std::max(u.vgpuMaxInstances, offer->maxInstances);
        const auto id = s.agent.placementIds.constFind(uuid);
        if (u.mixedSize && id != s.agent.placementIds.cend())
            u.placements.append(Range{uuid, *id, std::max(1, mixed.placementSize.value(m.typeId, 1))});
    }
    // Instances the agent has not placed go where the deterministic layout puts them.
    for (const auto &p : MigLayout::layout(migFloating, u.mig)) {
        if (p)
            u.mig.append(*p);
    }
    for (const PciAddress &vf : pf->virtFunctions) {
        if (holders.pci.contains(vf))
            ++u.vfsHeld;
    }
    u.wholeHolder = holders.pci.value(gpu);
    return u;
}
