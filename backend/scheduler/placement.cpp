// The placement cluster model: how a GPU's use is counted, and how a cluster is built from host snapshots.
// The placing itself is in placer.cpp; the JSON in planjson.cpp.
#include "placement.h"

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
            return int(std::min<qint64>(1000, qint64(vgpus.occupied.taken()) * VgpuPlacement::SlotMB * 1000
                                                  / framebufferMB));
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
    const QList<Topology::GpuTypeOffer> offers = Topology::typesOfGpu(s, address);
    QString board;
    QList<MigLayout::Profile> migInstances;
    QList<VgpuTypeName> vgpus;
    for (const Topology::GpuTypeOffer &o : offers) {
        if (!o.type.vgpu)
            continue;
        if (board.isEmpty())
            board = o.type.vgpu->board;
        offered.append(o.type.vgpu->canonicalName());
        if (o.created <= 0)
            continue;
        if (o.type.vgpu->migBacked) {
            const int boardFb = GpuBoardInfo::lookup(o.type.vgpu->board).framebufferMB;
            if (const auto p = MigLayout::profileFor(*o.type.vgpu, boardFb)) {
                for (int i = 0; i < o.created; ++i)
                    migInstances.append(*p);
            }
        } else {
            gpu.mode = GpuMode::Vgpu;
            for (int i = 0; i < o.created; ++i)
                vgpus.append(*o.type.vgpu);
            gpu.vgpuMax = std::max(gpu.vgpuMax, o.maxInstances);
        }
    }
    if (board.isEmpty())
        board = Topology::productLabel(d);
    const GpuBoardInfo info = GpuBoardInfo::lookup(board);
    gpu.model = cluster.modelIndex(board);
    gpu.framebufferMB = info.framebufferMB;
    gpu.migCapable = info.migCapable;
    gpu.numaNode = d.numaNode;
    gpu.address = address;
    gpu.vgpuOnVfs = Topology::vgpuOnVirtualFunctions(s, address);
    gpu.vfTotal = int(d.virtFunctions.size());
    if (gpu.mode == GpuMode::Vgpu) {
        // vGPUs of different sizes on one GPU: it is in mixed-size mode. Neither libvirt nor sysfs say
        // at which placement IDs they sit; lay them out the way VgpuPlacement would have placed them.
        for (const VgpuTypeName &t : vgpus) {
            if (t.framebufferMB != vgpus.front().framebufferMB)
                gpu.vgpus.mode = VgpuPlacement::Mode::MixedSize;
        }
        const int vfLimit = gpu.vgpuOnVfs ? gpu.vfTotal : 0;
        const int laid = VgpuPlacement::layout(gpu.vgpus, vgpus, gpu.framebufferMB, vfLimit);
        // What does not fit the derived layout still exists: count it, so nothing more is promised.
        gpu.vgpus.count += int(vgpus.size()) - laid;
        if (gpu.vgpus.mode == VgpuPlacement::Mode::EqualSize)
            gpu.vgpus.fixedMB = vgpus.front().framebufferMB;
    }
    if (gpu.mode == GpuMode::Vgpu && gpu.vgpuOnVfs) {
        gpu.vgpuMax = std::min(gpu.vgpuMax > 0 ? gpu.vgpuMax : 32, gpu.vfTotal);
        gpu.vfUsed = gpu.vgpus.count; // each of these vGPUs sits on a VF of its own
    }
    if (!migInstances.isEmpty()) {
        gpu.mode = GpuMode::Mig;
        for (const auto &p : MigLayout::layout(migInstances)) {
            if (!p)
                continue;
            for (int i = 0; i < p->memorySlices(); ++i)
                gpu.migMemoryMask |= quint8(1u << (p->start + i));
            ++gpu.migInstances;
        }
    }
    if (!gpu.vgpuOnVfs) {
        for (const PciAddress &vf : d.virtFunctions) {
            if (holders.pci.contains(vf))
                ++gpu.vfUsed;
        }
        if (gpu.vfUsed > 0)
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

SchedCluster SchedCluster::fromSnapshots(const QList<HostSnapshot> &hosts, const QMap<QString, QStringList> &labels)
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
