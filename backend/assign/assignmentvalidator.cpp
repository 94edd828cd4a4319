// The rules every request obeys (host, VM, holders, timing, NUMA) and those of passthrough and release.
// The vGPU and MIG rules are in vgpuvalidation.cpp.
#include "assignmentvalidator_p.h"

#include "model/labels.h"

#include <QCoreApplication>

namespace AssignmentValidator {

namespace Detail {

namespace {
bool isRunning(VmState s)
{
    switch (s) {
    case VmState::Running:
    case VmState::Blocked:
    case VmState::Paused:
    case VmState::ShuttingDown:
    case VmState::Suspended:
        return true;
    case VmState::NoState:
    case VmState::Shutoff:
    case VmState::Crashed:
        break;
    }
    return false;
}

QString nodesText(const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes)
        out.append(QString::number(n));
    return out.join(QStringLiteral(", "));
}

bool onVfio(const QString &driver)
{
    return driver == u"vfio-pci" || driver == u"pci-stub";
}
} // namespace

QString Context::vmName(const QString &uuid) const
{
    const auto it = host.vms.constFind(uuid);
    return it == host.vms.cend() ? uuid : it->name;
}

void Context::decideTiming(bool liveCapable, const QString &device)
{
    for (const AssignmentTarget &t : request.targets) {
        const auto vm = host.vms.constFind(t.vmUuid);
        if (vm == host.vms.cend())
            continue;
        AssignmentVerdict::Timing timing = AssignmentVerdict::Timing::Config;
        if (isRunning(vm->state)) {
            const bool live = liveCapable && caps.liveAttach && request.when == AssignmentRequest::When::Auto;
            if (live) {
                timing = vm->persistent ? AssignmentVerdict::Timing::LiveAndConfig
                                        : AssignmentVerdict::Timing::LiveOnly;
                verdict.inform(AssignmentRule::LiveAttach, {vm->name});
            } else if (!vm->persistent) {
                timing = AssignmentVerdict::Timing::LiveOnly;
                verdict.refuse(AssignmentRule::TransientNotLive, {vm->name});
            } else {
                timing = AssignmentVerdict::Timing::NextStart;
                verdict.warn(AssignmentRule::NextStart, {vm->name, device});
            }
        }
        verdict.timing.insert(t.vmUuid, timing);
    }
}

void Context::checkNuma(const PciAddress &device)
{
    const auto d = host.pciDevices.constFind(device);
    if (d == host.pciDevices.cend() || d->numaNode < 0)
        return;
    for (const AssignmentTarget &t : request.targets) {
        const auto vm = host.vms.constFind(t.vmUuid);
        if (vm == host.vms.cend())
            continue;
        // The VM's memory binding says where it runs; without one, the devices it already has do.
        QList<int> nodes = vm->numaNodes;
        if (nodes.isEmpty()) {
            for (const Hostdev &h : vm->hostdevs) {
                PciAddress a = h.address;
                if (h.kind == Hostdev::Kind::Mdev)
                    a = host.mdevs.value(h.uuid).parent;
                const int n = host.pciDevices.value(a).numaNode;
                if (a.isValid() && n >= 0 && !nodes.contains(n))
                    nodes.append(n);
            }
        }
        if (!nodes.isEmpty() && !nodes.contains(d->numaNode))
            verdict.warn(AssignmentRule::NumaMismatch,
                         {device.toString(), QString::number(d->numaNode), vm->name, nodesText(nodes)});
    }
}

void Context::refuseIfHeld(const PciAddress &function, AssignmentRule heldRule)
{
    const QString holder = holders.pci.value(function);
    if (holder.isEmpty())
        return;
    const bool same = request.targets.size() == 1 && request.targets.front().vmUuid == holder;
    if (same) {
        verdict.refuse(AssignmentRule::AlreadyAssigned, {function.toString(), vmName(holder)});
        return;
    }
    const VirtualMachine vm = host.vms.value(holder);
    QStringList args{function.toString(), vmName(holder)};
    if (heldRule == AssignmentRule::HeldByVm)
        args.append(Labels::vmStateKey(vm.state));
    verdict.refuse(heldRule, args);
}

namespace {

// A whole function (GPU or not) or an SR-IOV VF, with the other members of its IOMMU group.
void validatePassthrough(Context &c)
{
    const AssignmentRequest &r = c.request;
    const PciAddress a = r.source.address;
    const auto dev = c.host.pciDevices.constFind(a);
    if (dev == c.host.pciDevices.cend()) {
        c.verdict.refuse(AssignmentRule::UnknownDevice, {a.toString()});
        return;
    }
    if (r.targets.size() > 1)
        c.verdict.refuse(AssignmentRule::SeveralVmsOneDevice,
                         {a.toString(), QString::number(r.targets.size())});
    if (dev->isBridge()) {
        c.verdict.refuse(AssignmentRule::NotAssignable, {a.toString()});
        return;
    }
    if (c.host.agent.bootVga.contains(a))
        c.verdict.refuse(AssignmentRule::BootVga, {a.toString()});

    if (dev->isVirtualFunction()) {
        c.refuseIfHeld(a, AssignmentRule::VfAssigned);
        const bool carries = std::any_of(c.host.mdevs.cbegin(), c.host.mdevs.cend(),
                                         [&](const MediatedDevice &m) { return m.parent == a; });
        if (carries || !dev->mdevTypes.isEmpty())
            c.verdict.refuse(AssignmentRule::VfCarriesVgpu, {a.toString()});
        const PciAddress pf = *dev->physFunction;
        const QString pfHolder = c.holders.pci.value(pf);
        if (!pfHolder.isEmpty())
            c.verdict.refuse(AssignmentRule::GpuInUse, {pf.toString(), c.vmName(pfHolder)});
    } else {
        c.refuseIfHeld(a, AssignmentRule::HeldByVm);
        if (dev->isGpu()) {
            // Passthrough needs the whole GPU: no vGPUs, MIG instances or VFs in use on it.
            const GpuUsage u = GpuUsage::of(c.host, c.holders, a);
            const int mdevs = int(Topology::mdevsOfGpu(c.host, a).size());
            if (mdevs > 0)
                c.verdict.refuse(
                    AssignmentRule::GpuInUse,
                    {a.toString(), QCoreApplication::translate("Assignment", "%n vGPU(s)", nullptr, mdevs)});
            else if (u.vfsHeld > 0)
                c.verdict.refuse(
                    AssignmentRule::GpuInUse,
                    {a.toString(), QCoreApplication::translate("Assignment", "%n virtual function(s)",
                                                               nullptr, u.vfsHeld)});
        }
    }

    if (dev->iommuGroup < 0) {
        c.verdict.refuse(AssignmentRule::NoIommuGroup, {a.toString()});
        return;
    }
    c.verdict.functions.append(a);
    // The whole IOMMU group goes: to the VM (accepted offers), or off its host driver to vfio-pci.
    const QString target = r.targets.isEmpty() ? QString() : r.targets.front().vmUuid;
    for (const PciAddress &extra : r.alsoAssign) {
        if (!dev->iommuGroupMembers.contains(extra) || extra == a)
            c.verdict.refuse(AssignmentRule::NotInGroup, {extra.toString(), a.toString()});
    }
    for (const PciAddress &m : dev->iommuGroupMembers) {
        if (m == a)
            continue;
        const auto member = c.host.pciDevices.constFind(m);
        if (member != c.host.pciDevices.cend() && member->isBridge())
            continue; // bridges stay with the host; VFIO allows that
        const QString holder = c.holders.pci.value(m);
        if (!holder.isEmpty()) {
            if (holder != target)
                c.verdict.refuse(AssignmentRule::GroupMemberHeld,
                                 {m.toString(), a.toString(), c.vmName(holder)});
            continue;
        }
        if (c.host.agent.bootVga.contains(m))
            c.verdict.refuse(AssignmentRule::BootVga, {m.toString()});
        const QString product =
            member == c.host.pciDevices.cend() ? QString() : Topology::productLabel(*member);
        if (r.alsoAssign.contains(m)) {
            c.verdict.functions.append(m);
            continue;
        }
        c.verdict.offers.append({m, product});
        const QString driver = Topology::driverOf(c.host, m);
        if (!onVfio(driver)) {
            c.verdict.bindToVfio.append(m);
            c.verdict.drivers.insert(m, driver);
            c.verdict.warn(AssignmentRule::GroupMemberToVfio, {m.toString(), product, driver});
        }
    }
    if (!c.verdict.bindToVfio.isEmpty()) {
        c.verdict.bindVia = c.caps.nodeDeviceDetach ? AssignmentVerdict::Via::Libvirt
                            : c.caps.agent          ? AssignmentVerdict::Via::Agent
                                                    : AssignmentVerdict::Via::None;
        if (c.verdict.bindVia == AssignmentVerdict::Via::None)
            c.verdict.refuse(AssignmentRule::NoBinding, {c.verdict.bindToVfio.front().toString()});
    }
    c.decideTiming(true, a.toString());
    c.checkNuma(a);
}

void validateRelease(Context &c)
{
    const AssignmentRequest &r = c.request;
    const Hostdev &h = r.release;
    const QString device = h.kind == Hostdev::Kind::Pci ? h.address.toString() : h.uuid;
    const QString vmUuid = r.targets.front().vmUuid;
    const VirtualMachine &vm = c.host.vms[vmUuid];
    const bool holds = std::any_of(vm.hostdevs.cbegin(), vm.hostdevs.cend(), [&](const Hostdev &o) {
        return o.kind == h.kind && (h.kind == Hostdev::Kind::Pci ? o.address == h.address : o.uuid == h.uuid);
    });
    if (!holds) {
        c.verdict.refuse(AssignmentRule::NotAssigned, {device, vm.name});
        return;
    }
    // vGPUs cannot be unplugged from a running guest; PCI functions can where the hypervisor does it.
    c.decideTiming(h.kind == Hostdev::Kind::Pci, device);
    if (h.kind == Hostdev::Kind::Mdev) {
        c.verdict.mdevUuid = h.uuid;
        if (r.removeMdev) {
            const auto t = c.verdict.timing.value(vmUuid);
            if (t != AssignmentVerdict::Timing::Config)
                c.verdict.refuse(AssignmentRule::MdevInUse, {h.uuid, vm.name});
            for (const VirtualMachine &other : c.host.vms) {
                if (other.uuid == vmUuid)
                    continue;
                for (const Hostdev &o : other.hostdevs) {
                    if (o.kind == Hostdev::Kind::Mdev && o.uuid == h.uuid)
                        c.verdict.refuse(AssignmentRule::HeldByVm,
                                         {h.uuid, other.name, Labels::vmStateKey(other.state)});
                }
            }
            c.verdict.createVia = c.caps.nodeDeviceMdev ? AssignmentVerdict::Via::Libvirt
                                  : c.caps.agent        ? AssignmentVerdict::Via::Agent
                                                        : AssignmentVerdict::Via::None;
            if (c.verdict.createVia == AssignmentVerdict::Via::None)
                c.verdict.refuse(AssignmentRule::NoMdevCreation, {c.host.hostname});
            const MediatedDevice m = c.host.mdevs.value(h.uuid);
            c.verdict.typeId = m.typeId;
            c.verdict.mdevParents = {m.parent};
        }
    } else {
        c.verdict.functions = {h.address};
    }
}

} // namespace
} // namespace Detail

AssignmentVerdict validate(const AssignmentRequest &request, const HostSnapshot &host,
                           const HostCapabilities &caps)
{
    Detail::Context c{request, host, caps, Topology::holders(host), {}};
    // A release names no source; the VM's own host is the snapshot's.
    const QString hostId =
        request.action == AssignmentRequest::Action::Assign ? request.source.hostId : QString();
    if (request.targets.isEmpty()) {
        c.verdict.refuse(AssignmentRule::UnknownVm, {QString()});
        return c.verdict;
    }
    for (const AssignmentTarget &t : request.targets) {
        // A VM of another host is not in this snapshot: say where it is before saying it is unknown.
        if (!hostId.isEmpty() && t.hostId != hostId)
            c.verdict.refuse(
                AssignmentRule::DifferentHost,
                {request.source.address.isValid() ? request.source.address.toString()
                                                  : request.source.mdevUuid,
                 host.vms.value(t.vmUuid).name.isEmpty() ? t.vmUuid : host.vms.value(t.vmUuid).name});
        else if (!host.vms.contains(t.vmUuid))
            c.verdict.refuse(AssignmentRule::UnknownVm, {t.vmUuid});
    }
    if (!c.verdict.accepted())
        return c.verdict; // the rest would speak of a VM that is not there
    if (request.action == AssignmentRequest::Action::Release) {
        if (request.targets.size() > 1)
            c.verdict.refuse(AssignmentRule::SeveralVmsOneDevice,
                             {request.release.uuid, QString::number(request.targets.size())});
        else
            Detail::validateRelease(c);
        return c.verdict;
    }
    switch (request.source.kind) {
    case AssignmentSource::Kind::PciFunction:
    case AssignmentSource::Kind::VirtualFunction:
        Detail::validatePassthrough(c);
        break;
    case AssignmentSource::Kind::VgpuType:
    case AssignmentSource::Kind::MigSlot:
        Detail::validateNewMdevs(c);
        break;
    case AssignmentSource::Kind::Mdev:
        Detail::validateExistingMdev(c);
        break;
    }
    return c.verdict;
}

} // namespace AssignmentValidator
