// Translated text for why an instance cannot be placed. Kept apart from the checks so the hot path only
// deals in enum values and translation happens once per unplaced instance.
#include "placer_p.h"

#include <QCoreApplication>

// Gives these strings the "Scheduler" context that lupdate can see (a free tr() would not).
struct SchedulerReasonText
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

namespace Sched::Detail {

namespace {
QString gpuName(const SchedNode *node, int gi)
{
    if (!node || gi < 0 || gi >= node->gpus.size())
        return {};
    const SchedGpu &g = node->gpus[gi];
    const QString where = g.address.isValid() ? g.address.toString() : QStringLiteral("#%1").arg(gi);
    return QStringLiteral("%1 %2").arg(node->host, where);
}

QString requestLabel(const Shape &s)
{
    using Kind = PlacementRequest::Kind;
    switch (s.kind) {
    case Kind::VgpuType:
        return s.typeName;
    case Kind::MigProfile:
        return MigLayout::info(s.profile).name;
    case Kind::WholeGpus:
        return QCoreApplication::translate("Scheduler", "%n whole GPU(s)", nullptr, s.gpus);
    case Kind::VirtualFunction:
        return SchedulerReasonText::tr("a virtual function");
    case Kind::MilliGpu:
        return SchedulerReasonText::tr("%1 milli-GPU").arg(s.milli);
    }
    return {};
}
} // namespace

QString refusalText(Refusal r, const SchedNode *node, int gi, const Shape &s)
{
    const QString gpu = gpuName(node, gi);
    switch (r) {
    case Refusal::None:
        return {};
    case Refusal::HostNotAllowed:
        return SchedulerReasonText::tr("no allowed host (%1) can take it")
            .arg(s.hosts.join(QStringLiteral(", ")));
    case Refusal::LabelMissing:
        return SchedulerReasonText::tr("no host carries the labels %1")
            .arg(s.labels.join(QStringLiteral(", ")));
    case Refusal::AntiAffinity:
        return SchedulerReasonText::tr(
                   "every suitable host already holds a member of anti-affinity group \"%1\"")
            .arg(s.antiAffinity);
    case Refusal::Cpu:
        return SchedulerReasonText::tr("not enough free CPU on any suitable host (%1 millicores asked)")
            .arg(s.cpuMilli);
    case Refusal::Memory:
        return SchedulerReasonText::tr("not enough free memory on any suitable host (%1 MiB asked)")
            .arg(s.memoryMiB);
    case Refusal::NoGpu:
        return SchedulerReasonText::tr("the cluster has no GPU");
    case Refusal::ModelNotAllowed:
        return SchedulerReasonText::tr("no GPU of an allowed model is available for %1").arg(requestLabel(s));
    case Refusal::Numa:
        return SchedulerReasonText::tr("no suitable GPU on NUMA node %1").arg(s.numaNode);
    case Refusal::UnknownVgpuType:
        return SchedulerReasonText::tr("\"%1\" is not a time-sliced vGPU type name").arg(s.typeName);
    case Refusal::TypeNotOffered:
        return SchedulerReasonText::tr("no GPU offers vGPU type %1").arg(s.typeName);
    case Refusal::ModeConflict:
        return SchedulerReasonText::tr(
                   "GPU %1 is already used another way (MIG, vGPU, VFs, shares or passthrough)")
            .arg(gpu);
    case Refusal::EqualSize:
        return SchedulerReasonText::tr("GPU %1 already holds %2 MB vGPUs and all vGPUs on one GPU must have "
                                       "the same size; %3 has %4 MB")
            .arg(gpu)
            .arg(node->gpus[gi].vgpus.fixedMB)
            .arg(s.typeName)
            .arg(s.type ? s.type->framebufferMB : 0);
    case Refusal::VgpuCeiling:
        return SchedulerReasonText::tr("GPU %1 already holds %2 vGPUs, the most it can (at most 32 per GPU)")
            .arg(gpu)
            .arg(node->gpus[gi].vgpus.count);
    case Refusal::NoPlacementId: {
        // Mixed-size mode: the framebuffer may be free in sum but not at a valid placement ID.
        const SchedGpu &g = node->gpus[gi];
        const int board =
            g.framebufferMB > 0 ? g.framebufferMB : GpuBoardInfo::lookup(s.type->board).framebufferMB;
        const int freeMB = (board / VgpuPlacement::SlotMB - g.vgpus.occupied.taken()) * VgpuPlacement::SlotMB;
        return SchedulerReasonText::tr(
                   "GPU %1 is in mixed-size mode and no valid placement ID for %2 is free "
                   "(%3 MB of framebuffer free, but not where a %4 MB vGPU may start)")
            .arg(gpu, s.typeName)
            .arg(std::max(0, freeMB))
            .arg(s.type->framebufferMB);
    }
    case Refusal::NotMigCapable:
        return SchedulerReasonText::tr("no MIG-capable GPU for %1").arg(requestLabel(s));
    case Refusal::MigNoStart:
        return SchedulerReasonText::tr("no legal start for MIG profile %1 is free on GPU %2")
            .arg(requestLabel(s), gpu);
    case Refusal::NotFree:
        return SchedulerReasonText::tr("no GPU is entirely free for %1").arg(requestLabel(s));
    case Refusal::PassthroughBlocked:
        return SchedulerReasonText::tr(
                   "GPU %1 cannot be passed through: it is the boot display or shares its IOMMU group with a "
                   "device held elsewhere")
            .arg(gpu);
    case Refusal::NotEnoughWholeGpus:
        return SchedulerReasonText::tr("no host has %1 entirely free GPUs").arg(s.gpus);
    case Refusal::NoVfs:
        return SchedulerReasonText::tr("no GPU offers SR-IOV virtual functions for direct assignment");
    case Refusal::NoFreeVf:
        return SchedulerReasonText::tr("all virtual functions of GPU %1 are taken").arg(gpu);
    case Refusal::ShareFull:
        return SchedulerReasonText::tr("no GPU has %1 milli-GPU free").arg(s.milli);
    case Refusal::Count:
        break;
    }
    return {};
}

} // namespace Sched::Detail
