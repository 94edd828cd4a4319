// Placement preview: a compact cluster model, placement requests, and four policies that place them
// in-process (breadth-first, depth-first, best-fit, fragmentation-aware after Weng et al., ATC '23).
// Nothing here touches a host; the result is what the console draws as ghost slices and what
// `gpuvirtctl plan` prints.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"
#include "model/miglayout.h"
#include "model/vgpuplacement.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sched {

// What a physical GPU is currently used for. Modes never mix on one GPU: a GPU carved into MIG
// instances cannot also carry time-sliced vGPUs or fractional shares, and passthrough needs it whole.
enum class GpuMode : quint8 { Free, Shared, Vgpu, Mig, Vf, Whole };

// One GPU, trivially copyable so that policies can try a placement on a scratch copy cheaply.
struct SchedGpu
{
    int model = -1;        // index into SchedCluster::models
    int framebufferMB = 0; // whole GPU; 0 when unknown (trace GPUs)
    int numaNode = -1;
    PciAddress address; // invalid for trace GPUs
    GpuMode mode = GpuMode::Free;
    bool migCapable = false;
    bool vgpuOnVfs = false;          // NVIDIA SR-IOV vGPU: one vGPU per VF, so free VFs also bound the count
    bool passthroughBlocked = false; // boot VGA, or an IOMMU companion is held elsewhere
    // Time-sliced vGPUs: the mode (equal-size: the first vGPU fixes the size; mixed-size: placement IDs),
    // the fixed size, the count and the slots they occupy. VgpuPlacement holds the rule for both modes.
    VgpuPlacement::GpuVgpus vgpus;
    int vgpuMax = 0;          // equal-size, for the fixed size: min(32, framebuffer / size, VFs)
    quint8 migMemoryMask = 0; // bit i: memory slice i taken by a MIG instance
    quint8 migInstances = 0;
    int vfTotal = 0;
    int vfUsed = 0;
    int milliUsed = 0; // fractional shares, 0..1000

    // The GPU's used capacity in milli-GPU, whatever the mode: the common currency of the totals.
    int usedMilli() const;
    int freeMilli() const { return 1000 - usedMilli(); }
    bool isFree() const { return mode == GpuMode::Free; }
};

struct SchedNode
{
    QString host;
    QStringList labels;
    qint64 cpuMilli = 0;  // capacity; 0: not a constraint
    qint64 memoryMiB = 0; // capacity; 0: not a constraint
    qint64 cpuUsed = 0;
    qint64 memoryUsed = 0;
    QList<SchedGpu> gpus;
    // Per GPU: the other functions of its IOMMU group that go with it on passthrough.
    QList<QStringList> companions;
    // Per GPU: the vGPU type names the GPU offers (empty: none, or the source does not say).
    QList<QStringList> offeredTypes;
};

struct SchedCluster
{
    QStringList models; // GPU model names ("T4", "A16", "G2"); SchedGpu::model indexes it
    QList<SchedNode> nodes;

    int modelIndex(const QString &name); // adds unknown names
    int gpuCount() const;
    // Each host's GPUs with what is already created on them (vGPUs, MIG instances, VFs and GPUs held).
    // labels: optional host labels by host name.
    static SchedCluster fromSnapshots(const QList<HostSnapshot> &hosts,
                                      const QMap<QString, QStringList> &labels = {});
    // Plans every GPU that holds no vGPU yet in mixed-size mode, as if the operator switched it (NVIDIA
    // allows the switch only while a GPU has no vGPUs). GPUs whose vGPUs differ in size already are.
    void assumeMixedSizeWhereEmpty();
};

struct PlacementRequest
{
    enum class Kind { VgpuType, MigProfile, WholeGpus, VirtualFunction, MilliGpu };
    QString name;
    int count = 1;
    Kind kind = Kind::WholeGpus;
    QString vgpuType;                                          // Kind::VgpuType: "A16-2Q"
    MigLayout::Profile migProfile = MigLayout::Profile::G1_10; // Kind::MigProfile
    int gpus = 1;                                              // Kind::WholeGpus: all on one node
    int milli = 0;                                             // Kind::MilliGpu: 1..999 of one GPU
    qint64 cpuMilli = 0;                                       // per instance, checked against the node
    qint64 memoryMiB = 0;
    // Constraints; empty means any.
    QStringList gpuModels;
    QStringList hosts;
    QStringList labels;   // the node must carry all of them
    QString antiAffinity; // instances of one group go to different hosts
    int numaNode = -1;

    // The GPU capacity one instance asks for, in milli-GPU (vGPU: its framebuffer over the board's).
    int demandMilli() const;
};

enum class Policy { BreadthFirst, DepthFirst, BestFit, FragmentationAware };
QList<Policy> allPolicies();
QString policyKey(Policy p); // "breadth-first", "depth-first", "best-fit", "fragmentation-aware"
std::optional<Policy> policyFromKey(QStringView key);
QString policyText(Policy p); // translated

struct PlacedItem
{
    QString request;
    int instance = 0;
    bool placed = false;
    QString host;
    int node = -1;
    QList<int> gpuIndexes; // index within the node; several for multi-GPU requests
    QStringList gpuAddresses;
    int slot = -1;          // MIG start slice, the vGPU's index (equal-size) or placement ID (mixed-size), VF
    int placementId = -1;   // time-sliced vGPUs: the first slot it occupies (VgpuPlacement::SlotMB slots)
    int placementSize = 0;  // time-sliced vGPUs: the slots it occupies
    bool mixedSize = false; // time-sliced vGPUs: placed on a GPU in mixed-size mode
    QString reason;         // translated, when not placed
};

struct PlacementTotals
{
    int requested = 0;
    int placed = 0;
    int gpusTouched = 0;          // GPUs that received at least one placement
    int gpusFree = 0;             // GPUs left entirely free afterwards
    double fragmentationGpus = 0; // free capacity the request mix cannot use, in GPUs
    double freeGpus = 0;          // all free capacity, in GPUs
    double demandGpus = 0;        // what the requests asked for
    double allocatedGpus = 0;     // what was placed
    double allocatedShare() const { return demandGpus > 0 ? allocatedGpus / demandGpus : 1.0; }
    int lowerBoundGpus = 0; // fewest GPUs that could hold the demand (ceil of it)
};

struct PlacementResult
{
    Policy policy = Policy::BreadthFirst;
    QList<PlacedItem> items;
    PlacementTotals totals;
    SchedCluster after;
};

// Places the requests in order (each request's instances one after another) on a copy of the cluster.
// progress, when given, is called now and then with the instances done and their total; returning false
// stops the placement (the result then holds only the instances done).
using PlacementProgress = std::function<bool(qint64 done, qint64 total)>;
PlacementResult place(const SchedCluster &cluster, const QList<PlacementRequest> &requests, Policy policy,
                      const PlacementProgress &progress = {});

// Expected fragmentation of the cluster, in GPUs, under the mix of the given requests (weighted by count).
double fragmentationGpus(const SchedCluster &cluster, const QList<PlacementRequest> &mix);

// The JSON `gpuvirtctl plan` prints; docs/plan-json.md describes it.
QJsonObject toJson(const PlacementResult &result);

} // namespace Sched
