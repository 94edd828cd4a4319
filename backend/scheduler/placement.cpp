// The placement cluster model: how a GPU's use is counted, and how a cluster is built from host snapshots.
// The placing itself is in placer.cpp; the JSON in planjson.cpp.
#include "placement.h"

#include "model/gpuusage.h"
#include "model/topology.h"
#include "model/vgputype.h"

#include <QCoreApplication>

#include <bit>

namespace Sched {

int SchedGpu::usedMilli() const
{
    switch (mode) {
    case GpuMode::Free:
        return 0;
    case GpuMode::Shared:
        return milliUsed;
    case GpuMode::Vgpu:
        // Framebuffer is what vGPUs divide (the slots they occupy); when the board is unknown, the ceiling.
        if (framebufferMB > 0)
            return int(std::min<qint64>(1000, qint64(vgpus.occupied.taken()) * VgpuPlacement::SlotMB * 1000 /
                                                  framebufferMB));
        return vgpuMax > 0 ? vgpus.count * 1000 / vgpuMax : vgpus.count * 1000 / VgpuPlacement::MaxVgpus;
    case GpuMode::Mig:
        return std::popcount(unsigned(migMemoryMask)) * 1000 / MigLayout::MemorySlices;
    case GpuMode::Vf:
        return vfTotal > 0 ? vfUsed * 1000 / vfTotal : 1000;
    case GpuMode::Whole:
        return 1000;
    }
    return 1000;
}

int SchedCluster::modelIndex(const QString &name)
{
    for (int i = 0; i < models.size(); ++i) {
        if (models[i].compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    models.append(name);
    return int(models.size()) - 1;
}

int SchedCluster::gpuCount() const
{
    int n = 0;
    for (const SchedNode &node : nodes)
        n += int(node.gpus.size());
    return n;
}

int PlacementRequest::demandMilli() const
{
    switch (kind) {
    case Kind::MilliGpu:
        return milli;
    case Kind::WholeGpus:
        return 1000 * std::max(1, gpus);
    case Kind::MigProfile:
        return MigLayout::info(migProfile).memorySlices * 1000 / MigLayout::MemorySlices;
    case Kind::VirtualFunction:
        return 1000 / 4; // boards differ (4 to 16 VFs); a conservative nominal share for the totals
    case Kind::VgpuType:
        if (const auto t = VgpuTypeName::parse(vgpuType)) {
            const int board = GpuBoardInfo::lookup(t->board).framebufferMB;
            if (board > 0 && t->framebufferMB > 0)
                return int(qint64(t->framebufferMB) * 1000 / board);
        }
        return 1000 / 32;
    }
    return 0;
}

QList<Policy> allPolicies()
{
    return {Policy::BreadthFirst, Policy::DepthFirst, Policy::BestFit, Policy::FragmentationAware};
}

QString policyKey(Policy p)
{
    switch (p) {
    case Policy::BreadthFirst:
        return QStringLiteral("breadth-first");
    case Policy::DepthFirst:
        return QStringLiteral("depth-first");
    case Policy::BestFit:
        return QStringLiteral("best-fit");
    case Policy::FragmentationAware:
        return QStringLiteral("fragmentation-aware");
    }
    return {};
}

std::optional<Policy> policyFromKey(QStringView key)
{
    // The usual synonyms operators type (NVIDIA's console and Kubernetes schedulers use them).
    const QString k = key.toString().toLower();
    if (k == u"breadth-first" || k == u"spread" || k == u"performance")
        return Policy::BreadthFirst;
    if (k == u"depth-first" || k == u"binpack" || k == u"consolidate" || k == u"density")
        return Policy::DepthFirst;
    if (k == u"best-fit")
        return Policy::BestFit;
    if (k == u"fragmentation-aware" || k == u"fgd")
        return Policy::FragmentationAware;
    return std::nullopt;
}

QString policyText(Policy p)
{
    switch (p) {
    case Policy::BreadthFirst:
        return QCoreApplication::translate("Scheduler", "Breadth-first (spread)");
    case Policy::DepthFirst:
        return QCoreApplication::translate("Scheduler", "Depth-first (consolidate)");
    case Policy::BestFit:
        return QCoreApplication::translate("Scheduler", "Best fit");
    case Policy::FragmentationAware:
        return QCoreApplication::translate("Scheduler", "Fragmentation-aware");
    }
    return {};
}

namespace {

// Fills in what already exists on one GPU of a snapshot: vGPUs (fixing the equal size), MIG instances,
// VFs held by VMs, or the whole GPU held by a VM.
void readGpuState(const HostSnapshot &s, const Topology::Holders &holders, const PciAddress &address,
                  SchedGpu &gpu, QStringList &offered, QStringList &companions, SchedCluster &cluster)
{
    const PciDevice &d = s.pciDevices[address];
    // What is taken is read the way the assignment validator reads it; how time-sliced vGPUs lie on the
    // GPU is VgpuPlacement's rule.
    const GpuUsage usage = GpuUsage::of(s, holders, address);
    QList<VgpuTypeName> vgpus;
    for (const Topology::GpuTypeOffer &o : usage.offers) {
        if (!o.type.vgpu)
            continue;
        offered.append(o.type.vgpu->canonicalName());
        if (o.type.vgpu->migBacked || o.created <= 0)
            continue;
        for (int i = 0; i < o.created; ++i)
            vgpus.append(*o.type.vgpu);
    }
    const QString board = usage.board.isEmpty() ? Topology::productLabel(d) : usage.board;
    const GpuBoardInfo info = GpuBoardInfo::lookup(board);
    gpu.model = cluster.modelIndex(board);
    gpu.framebufferMB = info.framebufferMB;
    gpu.migCapable = info.migCapable;
    gpu.numaNode = d.numaNode;
    gpu.address = address;
    gpu.vgpuOnVfs = usage.vgpuOnVfs;
    gpu.vfTotal = usage.vfTotal;
    if (!vgpus.isEmpty()) {
        gpu.mode = GpuMode::Vgpu;
        gpu.vgpuMax = usage.vgpuMaxInstances;
        // vGPUs of different sizes on one GPU, or the agent says so: it is in mixed-size mode. Where the
        // agent does not tell the placement IDs, lay them out the way VgpuPlacement would have placed them.
        for (const VgpuTypeName &t : std::as_const(vgpus)) {
            if (usage.mixedSize || t.framebufferMB != vgpus.front().framebufferMB)
                gpu.vgpus.mode = VgpuPlacement::Mode::MixedSize;
        }
        const int vfLimit = gpu.vgpuOnVfs ? gpu.vfTotal : 0;
        const int laid = VgpuPlacement::layout(gpu.vgpus, vgpus, gpu.framebufferMB, vfLimit);
        // What does not fit the derived layout still exists: count it, so nothing more is promised.
        gpu.vgpus.count += int(vgpus.size()) - laid;
        if (gpu.vgpus.mode == VgpuPlacement::Mode::EqualSize)
            gpu.vgpus.fixedMB = vgpus.front().framebufferMB;
        if (gpu.vgpuOnVfs) {
            gpu.vgpuMax = std::min(gpu.vgpuMax > 0 ? gpu.vgpuMax : MaxVgpusPerGpu, gpu.vfTotal);
            gpu.vfUsed = gpu.vgpus.count; // each of these vGPUs sits on a VF of its own
        }
    }
    if (!usage.mig.isEmpty()) {
        gpu.mode = GpuMode::Mig;
        gpu.migMemoryMask = usage.migMask();
        gpu.migInstances = quint8(usage.mig.size());
    }
    if (!gpu.vgpuOnVfs && usage.vfsHeld > 0) {
        gpu.vfUsed = usage.vfsHeld;
        gpu.mode = GpuMode::Vf;
    }
    if (holders.pci.contains(address))
        gpu.mode = GpuMode::Whole;

    // Passthrough takes the whole IOMMU group (bridges aside); a member held elsewhere blocks it, and so
    // does being the host's boot display.
    gpu.passthroughBlocked = s.agent.bootVga.contains(address);
    for (const PciAddress &m : d.iommuGroupMembers) {
        if (m == address)
            continue;
        const auto it = s.pciDevices.constFind(m);
        if (it != s.pciDevices.cend() && it->isBridge())
            continue;
        companions.append(m.toString());
        if (holders.pci.contains(m) && holders.pci.value(m) != holders.pci.value(address))
            gpu.passthroughBlocked = true;
    }
}

} // namespace

SchedCluster SchedCluster::fromSnapshots(const QList<HostSnapshot> &hosts,
                                         const QMap<QString, QStringList> &labels)
{
    SchedCluster cluster;
    for (const HostSnapshot &s : hosts) {
        SchedNode node;
        node.host = s.hostname;
        node.labels = labels.value(s.hostname);
        // vCPUs and memory the host has; what running VMs use is already taken.
        node.cpuMilli = qint64(s.cpus) * 1000;
        node.memoryMiB = qint64(s.memoryKiB / 1024);
        for (const VirtualMachine &vm : s.vms) {
            if (vm.state == VmState::Running || vm.state == VmState::Paused || vm.state == VmState::Blocked) {
                node.cpuUsed += qint64(vm.vcpus) * 1000;
                node.memoryUsed += qint64(vm.memoryKiB / 1024);
            }
        }
        const Topology::Holders holders = Topology::holders(s);
        for (const PciAddress &address : Topology::gpus(s)) {
            SchedGpu gpu;
            QStringList offered, companions;
            readGpuState(s, holders, address, gpu, offered, companions, cluster);
            node.gpus.append(gpu);
            node.offeredTypes.append(offered);
            node.companions.append(companions);
        }
        cluster.nodes.append(node);
    }
    return cluster;
}

void SchedCluster::assumeMixedSizeWhereEmpty()
{
    for (SchedNode &node : nodes) {
        for (SchedGpu &g : node.gpus) {
            if (g.vgpus.count == 0)
                g.vgpus.mode = VgpuPlacement::Mode::MixedSize;
        }
    }
}

} // namespace Sched
