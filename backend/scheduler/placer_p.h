// Internals shared by the placer and the fragmentation measure: a request reduced to what placement
// depends on ("shape"), the checks of one GPU and one node against it, and why a check fails.
#pragma once

#include "placement.h"

#include "model/vgputype.h"

namespace Sched::Detail {

// Why a GPU or a node cannot take an instance; turned into translated text only for the result.
enum class Refusal {
    None,
    HostNotAllowed,
    LabelMissing,
    AntiAffinity,
    Cpu,
    Memory,
    NoGpu,
    ModelNotAllowed,
    Numa,
    UnknownVgpuType,
    TypeNotOffered,
    ModeConflict,
    EqualSize,
    VgpuCeiling,
    NoPlacementId,
    NotMigCapable,
    MigNoStart,
    NotFree,
    PassthroughBlocked,
    NotEnoughWholeGpus,
    NoVfs,
    NoFreeVf,
    ShareFull,
    Count
};

// Refusals that no placement order can change (the wrong host, model, board or NUMA node). A reason
// is told from these only when nothing else stands in the way: "GPU X is full" explains more.
inline bool isStatic(Refusal r)
{
    switch (r) {
    case Refusal::HostNotAllowed:
    case Refusal::LabelMissing:
    case Refusal::NoGpu:
    case Refusal::ModelNotAllowed:
    case Refusal::Numa:
    case Refusal::UnknownVgpuType:
    case Refusal::TypeNotOffered:
    case Refusal::NotMigCapable:
    case Refusal::NoVfs:
        return true;
    default:
        return false;
    }
}

struct Shape
{
    PlacementRequest::Kind kind = PlacementRequest::Kind::WholeGpus;
    int gpus = 1;
    int milli = 0;
    MigLayout::Profile profile = MigLayout::Profile::G1_10;
    std::optional<VgpuTypeName> type;
    QString typeName;   // canonical
    int typeModel = -1; // the cluster's model index of the type's board, -1 when none
    qint64 cpuMilli = 0;
    qint64 memoryMiB = 0;
    QList<bool> modelAllowed; // by model index; empty: any
    QStringList hosts;
    QStringList labels;
    QString antiAffinity;
    int numaNode = -1;

    static Shape from(const PlacementRequest &r, SchedCluster &cluster);
    // Identifies requests that place alike; CPU and memory included or not.
    static QByteArray key(const PlacementRequest &r, bool withResources);
    bool wholeGpus() const { return kind == PlacementRequest::Kind::WholeGpus; }
};

// Checks the node-level constraints that do not depend on its GPUs' state (anti-affinity aside).
Refusal nodeRefusal(const SchedNode &node, const Shape &s, qint64 cpuUsed, qint64 memoryUsed);
// Checks one GPU; for whole-GPU shapes only that the GPU itself is free for passthrough.
Refusal gpuRefusal(const SchedNode &node, int gi, const SchedGpu &gpu, const Shape &s);
// Takes the instance on the GPU (which must pass gpuRefusal); returns the slot (MIG start, the vGPU's
// placement ID, the VF index), -1 where there is none.
int apply(SchedGpu &gpu, const Shape &s);
// The instance's demand on this GPU in milli-GPU.
int demandOn(const SchedGpu &gpu, const Shape &s);

// The request mix as the fragmentation measure sees it: distinct shapes and their popularity (sum 1).
struct Mix
{
    QList<Shape> shapes;
    QList<double> weight;
    static Mix from(const QList<PlacementRequest> &requests, SchedCluster &cluster);
};

// Expected free capacity of the node that the mix cannot use, in milli-GPU (Weng et al., ATC '23: a GPU's
// free share is a fragment for a task when the task cannot run on it, and every free share of a node is
// a fragment for a task the node cannot take at all).
double nodeFragmentation(const SchedNode &node, const SchedGpu *gpus, qint64 cpuUsed, qint64 memoryUsed,
                         const Mix &mix);

QString refusalText(Refusal r, const SchedNode *node, int gi, const Shape &s);

} // namespace Sched::Detail
