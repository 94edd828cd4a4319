#include "gpucard.h"

#include "model/labels.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

GpuCard::Holder holderOf(const HostSnapshot &s, const QString &vmUuid)
{
    if (vmUuid.isEmpty())
        return {};
    const auto it = s.vms.constFind(vmUuid);
    if (it == s.vms.cend())
        return {vmUuid, vmUuid, VmState::NoState};
    return {vmUuid, it->name.isEmpty() ? vmUuid : it->name, it->state};
}

QString linkText(const PcieLink &l)
{
    // PCIe generations by transfer rate; a link trained below its maximum is worth seeing on the card.
    auto gen = [](double gts) {
        static const double rates[] = {2.5, 5, 8, 16, 32, 64};
        for (int i = 0; i < 6; ++i)
            if (qAbs(gts - rates[i]) < 0.6)
                return i + 1;
        return 0;
    };
    const double speed = l.speedGTs > 0 ? l.speedGTs : l.maxSpeedGTs;
    const int width = l.width > 0 ? l.width : l.maxWidth;
    if (speed <= 0 && width <= 0)
        return {};
    const QString now = gen(speed) > 0
                            ? GpuCard::tr("Gen%1 x%2", "@label PCIe link").arg(gen(speed)).arg(width)
                            : GpuCard::tr("x%1", "@label PCIe link width").arg(width);
    const bool degraded = (l.maxSpeedGTs > 0 && l.speedGTs > 0 && l.speedGTs + 0.1 < l.maxSpeedGTs) ||
                          (l.maxWidth > 0 && l.width > 0 && l.width < l.maxWidth);
    if (!degraded)
        return now;
    return GpuCard::tr("%1 (of Gen%2 x%3)", "@label degraded PCIe link")
        .arg(now)
        .arg(gen(l.maxSpeedGTs))
        .arg(l.maxWidth);
}

} // namespace

GpuCard GpuCard::build(const QString &hostId, const HostSnapshot &s, const Topology::Holders &holders,
                       const QList<Topology::IommuGroup> &groups, const PciAddress &gpu)
{
    GpuCard c;
    c.hostId = hostId;
    c.address = gpu;
    const PciDevice &d = s.pciDevices[gpu];
    c.title = Topology::productLabel(d);
    c.vendor = Topology::vendorLabel(d);
    c.driver = Topology::driverOf(s, gpu);
    c.facts << gpu.toString();
    if (d.numaNode >= 0)
        c.facts << tr("NUMA %1").arg(QLocale().toString(d.numaNode));
    if (const QString link = linkText(d.link); !link.isEmpty())
        c.facts << link;
    if (!c.driver.isEmpty())
        c.facts << c.driver;
    c.bootVga = s.agent.bootVga.contains(gpu);
    c.iommuGroup = d.iommuGroup;
    for (const Topology::IommuGroup &g : groups) {
        if (g.id != d.iommuGroup || !g.sharedAcrossDevices)
            continue;
        for (const PciAddress &a : g.members)
            if (!a.sameSlot(gpu))
                c.groupPeers.append(a);
    }
    c.assignedTo = holderOf(s, holders.pci.value(gpu));

    // Slices of this GPU (on the PF or its VFs), in uuid order.
    const QList<Topology::GpuTypeOffer> offers = Topology::typesOfGpu(s, gpu);
    QList<QString> mdevs = Topology::mdevsOfGpu(s, gpu);
    std::sort(mdevs.begin(), mdevs.end());
    bool anyMig = false;
    for (const Topology::GpuTypeOffer &o : offers)
        anyMig = anyMig || (o.type.vgpu && o.type.vgpu->migBacked);
    for (const QString &uuid : mdevs) {
        const MediatedDevice &m = s.mdevs[uuid];
        Slice slice;
        slice.uuid = uuid;
        slice.typeId = m.typeId;
        slice.typeName = m.typeId;
        slice.parent = m.parent.toString();
        const auto offer = std::find_if(offers.cbegin(), offers.cend(), [&](const Topology::GpuTypeOffer &o) {
            return o.type.id == m.typeId;
        });
        if (offer != offers.cend()) {
            slice.vgpu = offer->type.vgpu;
            slice.typeName = slice.vgpu ? slice.vgpu->canonicalName() : offer->type.name;
            anyMig = anyMig || (slice.vgpu && slice.vgpu->migBacked);
        }
        slice.holder = holderOf(s, holders.mdev.value(uuid));
        c.slices.append(slice);
    }

    for (const PciAddress &a : Topology::companionFunctions(s, gpu)) {
        const PciDevice &f = s.pciDevices[a];
        c.companions.append(
            {a, Topology::productLabel(f), Topology::driverOf(s, a), holderOf(s, holders.pci.value(a))});
    }

    if (anyMig) {
        c.body = Body::Mig;
        // The whole-GPU profile names the board's framebuffer exactly; the catalogue is the fallback.
        int boardMB = 0;
        for (const Topology::GpuTypeOffer &o : offers)
            if (o.type.vgpu && o.type.vgpu->migBacked &&
                o.type.vgpu->computeSlices == MigLayout::ComputeSlices)
                boardMB = std::max(boardMB, o.type.vgpu->framebufferMB);
        QList<MigLayout::Profile> profiles;
        QList<int> indexOf;
        for (int i = 0; i < c.slices.size(); ++i) {
            Slice &sl = c.slices[i];
            if (!sl.vgpu || !sl.vgpu->migBacked)
                continue;
            if (boardMB == 0)
                boardMB = GpuBoardInfo::lookup(sl.vgpu->board).framebufferMB;
            sl.migProfile =
                QStringLiteral("%1g.%2gb").arg(sl.vgpu->computeSlices).arg(sl.vgpu->framebufferMB / 1024);
            if (const auto p = MigLayout::profileFor(*sl.vgpu, boardMB)) {
                profiles.append(*p);
                indexOf.append(i);
            }
        }
        const auto placed = MigLayout::layout(profiles);
        for (int k = 0; k < placed.size(); ++k)
            c.slices[indexOf[k]].placement = placed[k];
        for (const Topology::GpuTypeOffer &o : offers)
            if (o.type.vgpu && o.type.vgpu->migBacked && o.type.availableInstances > 0)
                if (const auto p = MigLayout::profileFor(*o.type.vgpu, boardMB))
                    c.migOffers.append({o.type.id, o.type.vgpu->canonicalName(), *p});
        std::stable_sort(c.migOffers.begin(), c.migOffers.end(), [](const MigOffer &a, const MigOffer &b) {
            return MigLayout::info(a.profile).memorySlices < MigLayout::info(b.profile).memorySlices;
        });
        return c;
    }
    if (!offers.isEmpty()) {
        c.body = Body::TimeSliced;
        QString board;
        for (const Topology::GpuTypeOffer &o : offers)
            if (o.type.vgpu && board.isEmpty())
                board = o.type.vgpu->board;
        c.totalMB = GpuBoardInfo::lookup(board).framebufferMB;
        int maxAvailable = 0;
        for (const Topology::GpuTypeOffer &o : offers) {
            const int fb = o.type.vgpu ? o.type.vgpu->framebufferMB : 0;
            maxAvailable = std::max(maxAvailable, o.type.availableInstances);
            if (c.totalMB == 0 && fb > 0) // unknown board: the largest count × size any type allows
                c.totalMB =
                    std::max({c.totalMB, o.maxInstances * fb, (o.type.availableInstances + o.created) * fb});
        }
        QList<int> sizes;
        for (const Slice &sl : std::as_const(c.slices))
            if (const int fb = sl.vgpu ? sl.vgpu->framebufferMB : 0; !sizes.contains(fb))
                sizes.append(fb);
        c.mixedSizes = sizes.size() > 1;
        c.sliceMB = sizes.size() == 1 ? sizes.front() : 0;
        c.totalMB = std::max(c.totalMB, c.usedMB());
        if (c.sliceMB > 0 && c.totalMB > 0)
            c.tiles = c.totalMB / c.sliceMB;
        else if (!c.slices.isEmpty() &&
                 !c.mixedSizes) // sizes unknown: one tile per slice and per free instance
            c.tiles = int(c.slices.size()) + maxAvailable;
        c.tiles = std::max(c.tiles, int(c.slices.size()));
        // More slices would be of the type most slices have (equal-size rule), else of any type.
        if (!c.slices.isEmpty() && !c.mixedSizes) {
            QHash<QString, int> count;
            for (const Slice &sl : std::as_const(c.slices))
                ++count[sl.typeId];
            const Slice *best = &c.slices.front();
            for (const Slice &sl : std::as_const(c.slices))
                if (count[sl.typeId] > count[best->typeId])
                    best = &sl;
            c.freeTypeId = best->typeId;
            c.freeTypeName = best->typeName;
        }
        return c;
    }
    const int totalVfs = std::max(d.maxVirtFunctions, int(d.virtFunctions.size()));
    if (totalVfs > 0) {
        c.body = Body::VirtualFunctions;
        c.vfEnabled = int(d.virtFunctions.size());
        for (int i = 0; i < totalVfs; ++i) {
            Vf vf;
            vf.index = i;
            if (i < d.virtFunctions.size()) {
                vf.address = d.virtFunctions[i];
                vf.holder = holderOf(s, holders.pci.value(vf.address));
            }
            c.vfs.append(vf);
        }
        return c;
    }
    c.body = c.driver == QLatin1String("vfio-pci") ? Body::PassthroughOnly : Body::NoVgpu;
    return c;
}

int GpuCard::usedMB() const
{
    int used = 0;
    for (const Slice &sl : slices)
        used += sl.vgpu ? sl.vgpu->framebufferMB : 0;
    return used;
}

QString GpuCard::sizeText(int mb)
{
    const QLocale l;
    if (mb < 1024)
        return tr("%1 MB", "@label memory size").arg(l.toString(mb));
    return tr("%1 GB", "@label memory size").arg(l.toString(mb / 1024.0, 'g', 4));
}

QString GpuCard::stateText(const Holder &h)
{
    return h.uuid.isEmpty() ? QString() : Labels::vmStateText(h.state);
}

QString GpuCard::describe(const ObjectRef &ref) const
{
    if (ref.hostId != hostId)
        return {};
    const QString key = ref.key;
    switch (ref.kind) {
    case ObjectRef::Kind::Gpu:
        return key == address.toString() ? describeGpu() : QString();
    case ObjectRef::Kind::Mdev:
        for (const Slice &sl : slices)
            if (sl.uuid == key)
                return describeSlice(sl);
        return {};
    case ObjectRef::Kind::Function:
        for (const Vf &vf : vfs) {
            if (!vf.address.isValid() || vf.address.toString() != key)
                continue;
            QString t =
                tr("Virtual function %1 (VF %2 of %3)").arg(key).arg(vf.index).arg(address.toString());
            if (!vf.holder.uuid.isEmpty())
                t += QLatin1Char('\n') + tr("Assigned to %1 (%2)").arg(vf.holder.name, stateText(vf.holder));
            else
                t += QLatin1Char('\n') + tr("Free: can be assigned to a VM", "@info VF");
            return t;
        }
        for (const Companion &f : companions) {
            if (f.address.toString() != key)
                continue;
            QString t = tr("%1 — %2", "@info function address — product").arg(key, f.product);
            if (!f.driver.isEmpty())
                t += QLatin1Char('\n') + tr("Driver: %1").arg(f.driver);
            t += QLatin1Char('\n') + tr("Travels with the GPU when it is passed through.");
            if (!f.holder.uuid.isEmpty())
                t += QLatin1Char('\n') + tr("Assigned to %1 (%2)").arg(f.holder.name, stateText(f.holder));
            return t;
        }
        return key == address.toString() ? describeGpu() : QString();
    case ObjectRef::Kind::IommuGroup: {
        if (key != QString::number(iommuGroup))
            return {};
        QStringList peers;
        for (const PciAddress &a : groupPeers)
            peers << a.toString();
        return tr("IOMMU group %1 is shared with other devices:\n%2\nThey can only be passed through "
                  "together.")
            .arg(key, peers.join(QLatin1Char('\n')));
    }
    case ObjectRef::Kind::MdevType:
        if (key != address.toString() + QLatin1Char('/') + freeTypeId)
            return {};
        return tr("%n more %1 vGPU(s) can be created on this GPU.", "", freeSlices()).arg(freeTypeName);
    default:
        return {};
    }
}

QString GpuCard::describeGpu() const
{
    QStringList lines;
    lines << tr("%1 %2", "@info vendor product").arg(vendor, title);
    lines << tr("Address: %1").arg(address.toString());
    if (facts.size() > 1)
        lines << facts.mid(1).join(QStringLiteral(" · "));
    if (iommuGroup >= 0)
        lines << tr("IOMMU group %1").arg(iommuGroup);
    if (!assignedTo.uuid.isEmpty())
        lines << tr("Passed through to %1 (%2)").arg(assignedTo.name, stateText(assignedTo));
    switch (body) {
    case Body::TimeSliced:
        lines << tr("%n vGPU(s), %1 of %2 framebuffer in use", "", int(slices.size()))
                     .arg(sizeText(usedMB()), sizeText(totalMB));
        break;
    case Body::Mig:
        lines << tr("MIG mode: %n instance(s)", "", int(slices.size()));
        break;
    case Body::VirtualFunctions:
        lines << tr("SR-IOV: %1 of %n VF(s) enabled", "", int(vfs.size())).arg(QLocale().toString(vfEnabled));
        break;
    case Body::PassthroughOnly:
    case Body::NoVgpu:
        lines << tr("No vGPU: whole-GPU passthrough only");
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString GpuCard::describeSlice(const Slice &sl) const
{
    QStringList lines;
    lines << (sl.migProfile.isEmpty() ? tr("vGPU %1").arg(sl.typeName)
                                      : tr("vGPU %1 (MIG %2)").arg(sl.typeName, sl.migProfile));
    if (sl.vgpu) {
        lines << tr("Framebuffer: %1").arg(sizeText(sl.vgpu->framebufferMB));
        lines << tr("Series: %1").arg(VgpuTypeName::seriesLetter(sl.vgpu->series));
        lines << tr("Licence: %1").arg(Labels::editionFullText(sl.vgpu->edition()));
    }
    if (sl.holder.uuid.isEmpty())
        lines << tr("Not assigned to a VM");
    else
        lines << tr("Held by %1 (%2)").arg(sl.holder.name, stateText(sl.holder));
    if (sl.placement)
        lines << tr("Memory slices %1–%2, compute slices %3–%4")
                     .arg(sl.placement->start)
                     .arg(sl.placement->start + sl.placement->memorySlices() - 1)
                     .arg(sl.placement->start)
                     .arg(sl.placement->start + sl.placement->computeSlices() - 1);
    else if (!sl.migProfile.isEmpty())
        lines << tr("Position unknown: it does not fit the slot layout");
    lines << tr("On %1 · %2", "@info parent function · mdev uuid").arg(sl.parent, sl.uuid);
    return lines.join(QLatin1Char('\n'));
}
