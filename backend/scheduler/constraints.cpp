// The rules every policy obeys: equal-size vGPUs or mixed-size placement IDs, the 32-vGPU ceiling, MIG legal
// starts without overlap, passthrough only of a wholly free GPU, free VFs, fractional shares within one GPU,
// host CPU and memory.
#include "placer_p.h"

#include <QCoreApplication>

#include <bit>

namespace Sched::Detail {

namespace {
// The placement rule (equal size, placement IDs, the 32-vGPU ceiling) is VgpuPlacement's; here only
// which framebuffer and VF count of the GPU it applies to.
int boardOf(const SchedGpu &gpu, const VgpuTypeName &type)
{
    return gpu.framebufferMB > 0 ? gpu.framebufferMB : GpuBoardInfo::lookup(type.board).framebufferMB;
}

int vfLimitOf(const SchedGpu &gpu)
{
    return gpu.vgpuOnVfs ? gpu.vfTotal : 0; // one vGPU per VF
}

std::optional<int> migStart(const SchedGpu &gpu, MigLayout::Profile p)
{
    return MigLayout::firstFit(gpu.migMemoryMask, gpu.migInstances, p);
}
} // namespace

Shape Shape::from(const PlacementRequest &r, SchedCluster &cluster)
{
    Shape s;
    s.kind = r.kind;
    s.gpus = std::max(1, r.gpus);
    s.milli = r.milli;
    s.profile = r.migProfile;
    s.cpuMilli = r.cpuMilli;
    s.memoryMiB = r.memoryMiB;
    s.hosts = r.hosts;
    s.labels = r.labels;
    s.antiAffinity = r.antiAffinity;
    s.numaNode = r.numaNode;
    if (r.kind == PlacementRequest::Kind::VgpuType) {
        s.type = VgpuTypeName::parse(r.vgpuType);
        s.typeName = s.type ? s.type->canonicalName() : r.vgpuType;
        for (int i = 0; s.type && i < cluster.models.size(); ++i) {
            if (cluster.models[i].compare(s.type->board, Qt::CaseInsensitive) == 0)
                s.typeModel = i;
        }
    }
    if (!r.gpuModels.isEmpty()) {
        for (const QString &m : r.gpuModels)
            cluster.modelIndex(m); // a model no node has still restricts: to nothing
        s.modelAllowed = QList<bool>(cluster.models.size(), false);
        for (const QString &m : r.gpuModels)
            s.modelAllowed[cluster.modelIndex(m)] = true;
    }
    return s;
}

QByteArray Shape::key(const PlacementRequest &r, bool withResources)
{
    QByteArray k;
    k.reserve(64);
    k.append(char('0' + int(r.kind)))
        .append('|')
        .append(QByteArray::number(r.gpus))
        .append('|')
        .append(QByteArray::number(r.milli))
        .append('|')
        .append(char('0' + int(r.migProfile)))
        .append('|')
        .append(QByteArray::number(r.numaNode))
        .append('|')
        .append(r.vgpuType.toUtf8())
        .append('|')
        .append(r.gpuModels.join(u',').toUtf8())
        .append('|')
        .append(r.hosts.join(u',').toUtf8())
        .append('|')
        .append(r.labels.join(u',').toUtf8());
    if (withResources)
        k.append('|')
            .append(QByteArray::number(r.cpuMilli))
            .append('|')
            .append(QByteArray::number(r.memoryMiB));
    return k;
}

Refusal nodeRefusal(const SchedNode &node, const Shape &s, qint64 cpuUsed, qint64 memoryUsed)
{
    if (!s.hosts.isEmpty() && !s.hosts.contains(node.host, Qt::CaseInsensitive))
        return Refusal::HostNotAllowed;
    for (const QString &l : s.labels) {
        if (!node.labels.contains(l))
            return Refusal::LabelMissing;
    }
    if (node.cpuMilli > 0 && cpuUsed + s.cpuMilli > node.cpuMilli)
        return Refusal::Cpu;
    if (node.memoryMiB > 0 && memoryUsed + s.memoryMiB > node.memoryMiB)
        return Refusal::Memory;
    return Refusal::None;
}

Refusal gpuRefusal(const SchedNode &node, int gi, const SchedGpu &gpu, const Shape &s)
{
    using Kind = PlacementRequest::Kind;
    if (!s.modelAllowed.isEmpty() &&
        (gpu.model < 0 || gpu.model >= s.modelAllowed.size() || !s.modelAllowed[gpu.model]))
        return Refusal::ModelNotAllowed;
    if (s.numaNode >= 0 && gpu.numaNode != s.numaNode)
        return Refusal::Numa;
    switch (s.kind) {
    case Kind::MilliGpu:
        if (gpu.mode != GpuMode::Free && gpu.mode != GpuMode::Shared)
            return Refusal::ModeConflict;
        return gpu.milliUsed + s.milli <= 1000 ? Refusal::None : Refusal::ShareFull;
    case Kind::WholeGpus:
        if (gpu.mode != GpuMode::Free)
            return Refusal::NotFree;
        return gpu.passthroughBlocked ? Refusal::PassthroughBlocked : Refusal::None;
    case Kind::VirtualFunction:
        if (gpu.vfTotal <= 0 || gpu.vgpuOnVfs)
            return Refusal::NoVfs;
        if (gpu.mode != GpuMode::Free && gpu.mode != GpuMode::Vf)
            return Refusal::ModeConflict;
        return gpu.vfUsed < gpu.vfTotal ? Refusal::None : Refusal::NoFreeVf;
    case Kind::MigProfile:
        if (!gpu.migCapable)
            return Refusal::NotMigCapable;
        if (gpu.mode != GpuMode::Free && gpu.mode != GpuMode::Mig)
            return Refusal::ModeConflict;
        return migStart(gpu, s.profile) ? Refusal::None : Refusal::MigNoStart;
    case Kind::VgpuType: {
        if (!s.type || s.type->migBacked)
            return Refusal::UnknownVgpuType;
        const QStringList &offered = node.offeredTypes.value(gi);
        if (!offered.isEmpty()) {
            if (!offered.contains(s.typeName, Qt::CaseInsensitive))
                return Refusal::TypeNotOffered;
        } else if (gpu.model < 0 || gpu.model != s.typeModel) {
            return Refusal::TypeNotOffered; // no offer list: the board must be the type's
        }
        if (gpu.mode != GpuMode::Free && gpu.mode != GpuMode::Vgpu)
            return Refusal::ModeConflict;
        if (gpu.vgpuOnVfs && gpu.vfUsed >= gpu.vfTotal)
            return Refusal::NoFreeVf;
        switch (VgpuPlacement::fit(gpu.vgpus, *s.type, boardOf(gpu, *s.type), vfLimitOf(gpu))) {
        case VgpuPlacement::Fit::Fits:
            return Refusal::None;
        case VgpuPlacement::Fit::OtherSize:
            return Refusal::EqualSize;
        case VgpuPlacement::Fit::Ceiling:
            return Refusal::VgpuCeiling;
        case VgpuPlacement::Fit::NoPlacementId:
            return Refusal::NoPlacementId;
        }
        return Refusal::VgpuCeiling;
    }
    }
    return Refusal::None;
}

int apply(SchedGpu &gpu, const Shape &s)
{
    using Kind = PlacementRequest::Kind;
    switch (s.kind) {
    case Kind::MilliGpu:
        gpu.mode = GpuMode::Shared;
        gpu.milliUsed += s.milli;
        return -1;
    case Kind::WholeGpus:
        gpu.mode = GpuMode::Whole;
        return -1;
    case Kind::VirtualFunction:
        gpu.mode = GpuMode::Vf;
        return gpu.vfUsed++;
    case Kind::MigProfile: {
        const int start = *migStart(gpu, s.profile);
        gpu.migMemoryMask |= MigLayout::memoryMask(MigLayout::Placement{s.profile, start});
        ++gpu.migInstances;
        gpu.mode = GpuMode::Mig;
        return start;
    }
    case Kind::VgpuType: {
        gpu.mode = GpuMode::Vgpu;
        const int board = boardOf(gpu, *s.type);
        const int id = VgpuPlacement::take(gpu.vgpus, *s.type, board, vfLimitOf(gpu));
        if (gpu.vgpus.mode == VgpuPlacement::Mode::EqualSize)
            gpu.vgpuMax =
                int(VgpuPlacement::geometry(*s.type, board, gpu.vgpus.mode, vfLimitOf(gpu)).ids.size());
        if (gpu.vgpuOnVfs)
            ++gpu.vfUsed;
        return id;
    }
    }
    return -1;
}

int demandOn(const SchedGpu &gpu, const Shape &s)
{
    SchedGpu after = gpu;
    apply(after, s);
    return after.usedMilli() - gpu.usedMilli();
}

Mix Mix::from(const QList<PlacementRequest> &requests, SchedCluster &cluster)
{
    // Shapes that differ only in CPU or memory are one task type; their mean CPU and memory stand for
    // it, which keeps the number of types (and the cost of the measure) small on real traces.
    Mix mix;
    QHash<QByteArray, int> index;
    QList<double> cpu, mem;
    double total = 0;
    for (const PlacementRequest &r : requests) {
        const QByteArray key = Shape::key(r, false);
        int i = index.value(key, -1);
        if (i < 0) {
            i = int(mix.shapes.size());
            index.insert(key, i);
            PlacementRequest plain = r;
            plain.antiAffinity.clear();
            mix.shapes.append(Shape::from(plain, cluster));
            mix.weight.append(0);
            cpu.append(0);
            mem.append(0);
        }
        const double n = std::max(1, r.count);
        mix.weight[i] += n;
        cpu[i] += n * double(r.cpuMilli);
        mem[i] += n * double(r.memoryMiB);
        total += n;
    }
    for (int i = 0; i < mix.shapes.size(); ++i) {
        mix.shapes[i].cpuMilli = qint64(cpu[i] / mix.weight[i]);
        mix.shapes[i].memoryMiB = qint64(mem[i] / mix.weight[i]);
        mix.weight[i] /= total;
    }
    return mix;
}

namespace {
// gpuRefusal() == None, with the trace's two task kinds (shares and whole GPUs) checked inline: this is
// the innermost loop of the fragmentation-aware policy.
inline bool usable(const SchedNode &node, int g, const SchedGpu &gpu, const Shape &s)
{
    using Kind = PlacementRequest::Kind;
    if (s.kind == Kind::MilliGpu || s.kind == Kind::WholeGpus) {
        if (!s.modelAllowed.isEmpty() &&
            (gpu.model < 0 || gpu.model >= s.modelAllowed.size() || !s.modelAllowed[gpu.model]))
            return false;
        if (s.numaNode >= 0 && gpu.numaNode != s.numaNode)
            return false;
        if (s.kind == Kind::WholeGpus)
            return gpu.mode == GpuMode::Free && !gpu.passthroughBlocked;
        return (gpu.mode == GpuMode::Free || gpu.mode == GpuMode::Shared) && gpu.milliUsed + s.milli <= 1000;
    }
    return gpuRefusal(node, g, gpu, s) == Refusal::None;
}
} // namespace

double nodeFragmentation(const SchedNode &node, const SchedGpu *gpus, qint64 cpuUsed, qint64 memoryUsed,
                         const Mix &mix)
{
    const int n = int(node.gpus.size());
    int freeMilli[64];
    double allFree = 0;
    for (int g = 0; g < n && g < 64; ++g) {
        freeMilli[g] = gpus[g].freeMilli();
        allFree += freeMilli[g];
    }
    if (allFree <= 0)
        return 0;
    double frag = 0;
    for (int m = 0; m < mix.shapes.size(); ++m) {
        const Shape &s = mix.shapes[m];
        if (nodeRefusal(node, s, cpuUsed, memoryUsed) != Refusal::None) {
            frag += mix.weight[m] * allFree; // the node cannot take this task type at all
            continue;
        }
        double unusable = 0;
        int usableGpus = 0;
        for (int g = 0; g < n && g < 64; ++g) {
            if (freeMilli[g] <= 0)
                continue;
            if (usable(node, g, gpus[g], s))
                ++usableGpus;
            else
                unusable += freeMilli[g];
        }
        // Multi-GPU tasks need that many whole GPUs on this node, else nothing here is usable for them.
        if (s.wholeGpus() && usableGpus < s.gpus)
            unusable = allFree;
        frag += mix.weight[m] * unusable;
    }
    return frag;
}

} // namespace Sched::Detail
