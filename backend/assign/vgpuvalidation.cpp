// The vGPU rules: the type offered, equal size or mixed-size placement, instances available and the
// per-GPU ceiling, MIG legal starts without overlap, and how the mdevs can be made on this host.
#include "assignmentvalidator_p.h"

#include "model/labels.h"

#include <QCoreApplication>

namespace AssignmentValidator::Detail {

namespace {

QString joined(const QList<int> &values)
{
    QStringList out;
    for (int v : values)
        out.append(QString::number(v));
    return out.join(QStringLiteral(", "));
}

// Mixed-size mode: each new vGPU at a legal placement id whose units are free.
void checkPlacements(Context &c, const GpuUsage &u, const PciAddress &gpu, const QString &typeName)
{
    const MixedSizeGpu mixed = c.host.agent.mixedSize.value(gpu);
    const QString &typeId = c.request.source.typeId;
    const QList<int> legal = mixed.placementIds.value(typeId);
    const int size = mixed.placementSize.value(typeId, 0);
    if (legal.isEmpty() || size <= 0) {
        c.verdict.refuse(AssignmentRule::NoPlacementFree, {typeName, gpu.toString()});
        return;
    }
    QList<GpuUsage::Range> taken = u.placements;
    auto isFree = [&](int id) {
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&](const GpuUsage::Range &r) { return id < r.id + r.size && r.id < id + size; });
    };
    for (int i = 0; i < c.request.targets.size(); ++i) {
        int id = -1;
        const int asked = c.request.source.placementId;
        if (i == 0 && asked >= 0) {
            if (!legal.contains(asked)) {
                c.verdict.refuse(AssignmentRule::PlacementIllegal,
                                 {QString::number(asked), typeName, joined(legal)});
                return;
            }
            if (!isFree(asked)) {
                c.verdict.refuse(AssignmentRule::PlacementTaken,
                                 {QString::number(asked), typeName, gpu.toString()});
                return;
            }
            id = asked;
        } else {
            const auto it = std::find_if(legal.cbegin(), legal.cend(), isFree);
            if (it == legal.cend()) {
                c.verdict.refuse(AssignmentRule::NoPlacementFree, {typeName, gpu.toString()});
                return;
            }
            id = *it;
        }
        taken.append({QString(), id, size});
        c.verdict.placementIds.append(id);
    }
}

void checkTimeSliced(Context &c, const GpuUsage &u, const PciAddress &gpu, const MdevType &t,
                     const QString &typeName)
{
    if (!u.mig.isEmpty())
        c.verdict.refuse(
            AssignmentRule::ModeConflict,
            {gpu.toString(),
             QCoreApplication::translate("Assignment", "%n MIG instance(s)", nullptr, int(u.mig.size())),
             typeName});
    if (!t.vgpu)
        return; // not an NVIDIA vGPU (Intel GVT-g …): the driver's available count is the only bound
    const int n = int(c.request.targets.size());
    int limit;
    if (u.mixedSize) {
        checkPlacements(c, u, gpu, typeName);
        limit = u.vgpuOnVfs ? std::min(MaxVgpusPerGpu, u.vfTotal) : MaxVgpusPerGpu;
    } else {
        if (u.vgpus > 0 && !equalSizeAllows(u.vgpuFramebufferMB, *t.vgpu))
            c.verdict.refuse(AssignmentRule::EqualSize, {gpu.toString(), QString::number(u.vgpuFramebufferMB),
                                                         typeName, QString::number(t.vgpu->framebufferMB)});
        limit = vgpuLimit(*t.vgpu, u.boardFramebufferMB, u.vgpuOnVfs ? u.vfTotal : -1);
    }
    if (u.vgpus + n > limit)
        c.verdict.refuse(AssignmentRule::VgpuCeiling, {gpu.toString(), QString::number(u.vgpus),
                                                       QString::number(n), QString::number(limit)});
}

void checkMig(Context &c, const GpuUsage &u, const PciAddress &gpu, const VgpuTypeName &type,
              const QString &typeName)
{
    if (u.vgpus > 0)
        c.verdict.refuse(
            AssignmentRule::ModeConflict,
            {gpu.toString(),
             QCoreApplication::translate("Assignment", "%n time-sliced vGPU(s)", nullptr, u.vgpus),
             typeName});
    const auto profile = MigLayout::profileFor(type, u.boardFramebufferMB);
    if (!profile) {
        c.verdict.refuse(AssignmentRule::NotMigType, {typeName});
        return;
    }
    c.verdict.migProfile = profile;
    const MigLayout::ProfileInfo info = MigLayout::info(*profile);
    quint8 taken = u.migMask();
    int count = int(u.mig.size());
    for (int i = 0; i < c.request.targets.size(); ++i) {
        if (count >= MigLayout::MaxInstances) {
            c.verdict.refuse(AssignmentRule::MigMaxInstances, {gpu.toString()});
            return;
        }
        int start = c.request.source.migStart;
        if (i == 0 && start >= 0) {
            if (!MigLayout::isLegalStart(*profile, start)) {
                c.verdict.refuse(AssignmentRule::MigIllegalStart,
                                 {QString::number(start), info.name, joined(info.starts)});
                return;
            }
            if (taken & MigLayout::memoryMask({*profile, start})) {
                c.verdict.refuse(AssignmentRule::MigOverlap,
                                 {QString::number(start), info.name, gpu.toString()});
                return;
            }
        } else {
            const auto fit = MigLayout::firstFit(taken, count, *profile);
            if (!fit) {
                c.verdict.refuse(AssignmentRule::MigNoRoom, {info.name, gpu.toString()});
                return;
            }
            start = *fit;
        }
        taken |= MigLayout::memoryMask({*profile, start});
        ++count;
        c.verdict.migStarts.append(start);
    }
    // libvirt knows nothing of GPU instances: only the agent makes them.
    if (!c.caps.agent)
        c.verdict.refuse(AssignmentRule::NeedsAgent,
                         {QCoreApplication::translate("Assignment", "Creating a MIG instance")});
}

// One function per new mdev: the one dragged (a free slice), else the GPU's PF and VFs in address order.
// On SR-IOV vGPU boards a VF carries one vGPU and only while no VM holds the VF itself.
void chooseParents(Context &c, const PciAddress &gpu, const QString &typeName)
{
    const AssignmentSource &src = c.request.source;
    const PciDevice &pf = c.host.pciDevices[gpu];
    QList<PciAddress> candidates{src.address};
    if (src.address == gpu)
        candidates += pf.virtFunctions;
    const int n = int(c.request.targets.size());
    int available = 0;
    for (const PciAddress &a : candidates) {
        const auto f = c.host.pciDevices.constFind(a);
        if (f == c.host.pciDevices.cend())
            continue;
        const auto t = std::find_if(f->mdevTypes.cbegin(), f->mdevTypes.cend(),
                                    [&](const MdevType &m) { return m.id == src.typeId; });
        if (t == f->mdevTypes.cend())
            continue;
        int free = t->availableInstances;
        if (f->isVirtualFunction()) {
            const bool used = c.holders.pci.contains(a) ||
                              std::any_of(c.host.mdevs.cbegin(), c.host.mdevs.cend(),
                                          [&](const MediatedDevice &m) { return m.parent == a; });
            free = used ? 0 : std::min(free, 1);
        }
        available += free;
        for (; free > 0 && c.verdict.mdevParents.size() < n; --free)
            c.verdict.mdevParents.append(a);
    }
    if (c.verdict.mdevParents.size() < n)
        c.verdict.refuse(AssignmentRule::NoInstanceAvailable,
                         {typeName, gpu.toString(), QString::number(available), QString::number(n)});
}

void informEdition(Context &c, const MdevType &t, const QString &typeName)
{
    if (!t.vgpu || t.vgpu->edition() == LicenseEdition::None)
        return;
    c.verdict.edition = t.vgpu->edition();
    c.verdict.inform(AssignmentRule::LicenceEdition, {typeName, VgpuTypeName::editionKey(c.verdict.edition)});
}

} // namespace

void validateNewMdevs(Context &c)
{
    const AssignmentSource &src = c.request.source;
    const PciAddress gpu = Topology::owningGpu(c.host, src.address);
    if (!gpu.isValid()) {
        c.verdict.refuse(AssignmentRule::UnknownDevice, {src.address.toString()});
        return;
    }
    const GpuUsage u = GpuUsage::of(c.host, c.holders, gpu);
    const auto offer = std::find_if(u.offers.cbegin(), u.offers.cend(),
                                    [&](const Topology::GpuTypeOffer &o) { return o.type.id == src.typeId; });
    if (offer == u.offers.cend()) {
        c.verdict.refuse(AssignmentRule::TypeNotOffered, {src.typeId, gpu.toString()});
        return;
    }
    const MdevType &t = offer->type;
    const QString typeName = t.vgpu ? t.vgpu->canonicalName() : (t.name.isEmpty() ? t.id : t.name);
    const bool mig = t.vgpu && t.vgpu->migBacked;
    c.verdict.typeId = t.id;
    if (src.kind == AssignmentSource::Kind::MigSlot && !mig) {
        c.verdict.refuse(AssignmentRule::NotMigType, {typeName});
        return;
    }
    if (!u.wholeHolder.isEmpty())
        c.verdict.refuse(AssignmentRule::GpuInUse, {gpu.toString(), c.vmName(u.wholeHolder)});
    if (u.vfsHeld > 0 && !u.vgpuOnVfs)
        c.verdict.refuse(AssignmentRule::ModeConflict,
                         {gpu.toString(),
                          QCoreApplication::translate("Assignment", "%n virtual function(s) passed through",
                                                      nullptr, u.vfsHeld),
                          typeName});
    if (mig)
        checkMig(c, u, gpu, *t.vgpu, typeName);
    else
        checkTimeSliced(c, u, gpu, t, typeName);
    chooseParents(c, gpu, typeName);

    // libvirt's node-device API cannot pass a placement id; the agent can.
    if (c.caps.nodeDeviceMdev && !u.mixedSize)
        c.verdict.createVia = AssignmentVerdict::Via::Libvirt;
    else if (c.caps.agent)
        c.verdict.createVia = AssignmentVerdict::Via::Agent;
    else
        c.verdict.refuse(AssignmentRule::NoMdevCreation, {c.host.hostname});

    c.decideTiming(false, typeName); // NVIDIA vGPUs cannot be hot-plugged
    c.checkNuma(gpu);
    informEdition(c, t, typeName);
}

void validateExistingMdev(Context &c)
{
    const QString uuid = c.request.source.mdevUuid;
    const auto m = c.host.mdevs.constFind(uuid);
    if (m == c.host.mdevs.cend()) {
        c.verdict.refuse(AssignmentRule::UnknownDevice, {uuid});
        return;
    }
    if (c.request.targets.size() > 1)
        c.verdict.refuse(AssignmentRule::SeveralVmsOneDevice,
                         {uuid, QString::number(c.request.targets.size())});
    const QString holder = c.holders.mdev.value(uuid);
    if (!holder.isEmpty()) {
        if (c.request.targets.front().vmUuid == holder)
            c.verdict.refuse(AssignmentRule::AlreadyAssigned, {uuid, c.vmName(holder)});
        else
            c.verdict.refuse(AssignmentRule::HeldByVm,
                             {uuid, c.vmName(holder), Labels::vmStateKey(c.host.vms.value(holder).state)});
    }
    c.verdict.mdevUuid = uuid;
    const PciDevice parent = c.host.pciDevices.value(m->parent);
    const auto t = std::find_if(parent.mdevTypes.cbegin(), parent.mdevTypes.cend(),
                                [&](const MdevType &x) { return x.id == m->typeId; });
    c.decideTiming(false, uuid);
    c.checkNuma(m->parent);
    if (t != parent.mdevTypes.cend())
        informEdition(c, *t, t->vgpu ? t->vgpu->canonicalName() : t->name);
}

} // namespace AssignmentValidator::Detail
