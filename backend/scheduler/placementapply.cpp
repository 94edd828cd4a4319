// From a placement preview to assignment requests: VM matching by name and the conversion per kind.
#include "placementapply.h"

#include "assign/assignmentvalidator.h"
#include "model/miglayout.h"
#include "model/topology.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <optional>

namespace Sched::PlacementApply {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PlacementApply)
};

bool holdsNothing(const VirtualMachine &vm)
{
    return vm.hostdevs.isEmpty();
}

// The GPU's types (its own and its VFs'), as the validator sees them.
std::optional<MdevType> findType(const HostSnapshot &host, const PciAddress &gpu,
                                 const std::function<bool(const MdevType &)> &match)
{
    for (const Topology::GpuTypeOffer &o : Topology::typesOfGpu(host, gpu))
        if (match(o.type))
            return o.type;
    return std::nullopt;
}

Result<PciAddress> freeVf(const HostSnapshot &host, const PciAddress &gpu, int index)
{
    const PciDevice &pf = host.pciDevices[gpu];
    const Topology::Holders held = Topology::holders(host);
    auto isFree = [&](const PciAddress &vf) {
        return !held.pci.contains(vf) &&
               std::none_of(host.mdevs.cbegin(), host.mdevs.cend(),
                            [&](const MediatedDevice &m) { return m.parent == vf; });
    };
    if (index >= 0 && index < pf.virtFunctions.size() && isFree(pf.virtFunctions[index]))
        return pf.virtFunctions[index];
    for (const PciAddress &vf : pf.virtFunctions)
        if (isFree(vf))
            return vf;
    return Error{Text::tr("GPU %1 has no free virtual function left.").arg(gpu.toString()), {}, 0};
}

} // namespace

QList<VirtualMachine> idleVms(const HostSnapshot &host)
{
    QList<VirtualMachine> out;
    for (const VirtualMachine &vm : host.vms)
        if (holdsNothing(vm))
            out.append(vm);
    std::sort(out.begin(), out.end(), [](const VirtualMachine &a, const VirtualMachine &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

QString matchVm(const HostSnapshot &host, const QString &request, int count, int instance)
{
    QStringList names;
    if (count <= 1)
        names.append(request);
    for (int width = 1; width <= 3; ++width)
        names.append(QStringLiteral("%1-%2").arg(request).arg(instance, width, 10, QLatin1Char('0')));
    for (const QString &name : names)
        for (const VirtualMachine &vm : host.vms)
            if (holdsNothing(vm) && vm.name == name)
                return vm.uuid;
    return {};
}

QString whatText(const PlacementRequest &request, const PlacedItem &item)
{
    using Kind = PlacementRequest::Kind;
    switch (request.kind) {
    case Kind::VgpuType:
        return item.mixedSize ? Text::tr("%1 at placement %2").arg(request.vgpuType).arg(item.placementId)
                              : request.vgpuType;
    case Kind::MigProfile:
        return Text::tr("%1 at slice %2").arg(MigLayout::info(request.migProfile).name).arg(item.slot);
    case Kind::WholeGpus:
        return request.gpus > 1 ? Text::tr("%n whole GPU(s)", nullptr, request.gpus)
                                : Text::tr("the whole GPU");
    case Kind::VirtualFunction:
        return Text::tr("a VF");
    case Kind::MilliGpu:
        return Text::tr("%1 milli-GPU").arg(request.milli);
    }
    return {};
}

Result<QList<AssignmentRequest>> toRequests(const PlacementRequest &request, const PlacedItem &item,
                                            const QString &hostId, const HostSnapshot &host,
                                            const QString &vmUuid)
{
    using Kind = PlacementRequest::Kind;
    if (!item.placed)
        return Error{Text::tr("%1 #%2 was not placed.").arg(item.request).arg(item.instance + 1), {}, 0};
    if (vmUuid.isEmpty() || !host.vms.contains(vmUuid))
        return Error{Text::tr("No VM is chosen for %1 #%2.").arg(item.request).arg(item.instance + 1), {}, 0};
    if (request.kind == Kind::MilliGpu)
        return Error{Text::tr("Fractional GPU shares are a scheduling notion; no device gives a VM part of "
                              "a GPU's time."),
                     {},
                     0};
    if (item.gpuAddresses.isEmpty())
        return Error{Text::tr("The placement names no GPU address."), {}, 0};
    const AssignmentTarget target{hostId, vmUuid};
    QList<AssignmentRequest> out;
    for (const QString &address : item.gpuAddresses) {
        const auto gpu = PciAddress::parse(address);
        if (!gpu || !host.pciDevices.contains(*gpu))
            return Error{Text::tr("GPU %1 is no longer on the host.").arg(address), {}, 0};
        AssignmentSource src;
        src.hostId = hostId;
        src.address = *gpu;
        switch (request.kind) {
        case Kind::VgpuType: {
            const auto wanted = VgpuTypeName::parse(request.vgpuType);
            const std::optional<MdevType> t = findType(host, *gpu, [&](const MdevType &m) {
                return m.vgpu && !m.vgpu->migBacked && wanted &&
                       m.vgpu->canonicalName().compare(wanted->canonicalName(), Qt::CaseInsensitive) == 0;
            });
            if (!t)
                return Error{
                    Text::tr("GPU %1 does not offer the vGPU type %2.").arg(address, request.vgpuType),
                    {},
                    0};
            src.kind = AssignmentSource::Kind::VgpuType;
            src.typeId = t->id;
            src.placementId = item.mixedSize ? item.placementId : -1;
            break;
        }
        case Kind::MigProfile: {
            const std::optional<MdevType> t = findType(host, *gpu, [&](const MdevType &m) {
                return m.vgpu && m.vgpu->migBacked &&
                       MigLayout::profileFor(*m.vgpu, GpuBoardInfo::lookup(m.vgpu->board).framebufferMB) ==
                           request.migProfile;
            });
            if (!t)
                return Error{Text::tr("GPU %1 offers no MIG-backed vGPU type of profile %2.")
                                 .arg(address, MigLayout::info(request.migProfile).name),
                             {},
                             0};
            src.kind = AssignmentSource::Kind::MigSlot;
            src.typeId = t->id;
            src.migStart = item.slot;
            break;
        }
        case Kind::WholeGpus:
            src.kind = AssignmentSource::Kind::PciFunction;
            break;
        case Kind::VirtualFunction: {
            const Result<PciAddress> vf = freeVf(host, *gpu, item.slot);
            if (!vf)
                return vf.error();
            src.kind = AssignmentSource::Kind::VirtualFunction;
            src.address = *vf;
            break;
        }
        case Kind::MilliGpu:
            break;
        }
        AssignmentRequest r = AssignmentRequest::assign(src, {target});
        if (src.kind == AssignmentSource::Kind::PciFunction) {
            // The other functions of the IOMMU group go with the GPU, as the placement counted them.
            for (const AssignmentOffer &o : AssignmentValidator::validate(r, host).offers)
                r.alsoAssign.append(o.address);
        }
        out.append(r);
    }
    return out;
}

} // namespace Sched::PlacementApply
