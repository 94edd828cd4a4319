// Where time-sliced NVIDIA vGPUs sit on one physical GPU, in both vGPU modes. NVIDIA's vGPU manager
// describes every type by a placement size (how many slots of the GPU's framebuffer one vGPU occupies)
// and its valid placement IDs (the slots a vGPU of the type may start at); a vGPU occupies
// [id, id + size) and vGPUs never overlap (NVML nvmlVgpuPlacementList_v2_t, vGPU 17 and later).
//  - Equal-size mode (the default, NVML "homogeneous"): every vGPU on the GPU has the framebuffer size
//    of the first; the IDs are consecutive, so the count is min(32, framebuffer / size, VFs).
//  - Mixed-size mode (NVML "heterogeneous"): types of different sizes share the GPU; a vGPU may only
//    start at a valid placement ID, so free framebuffer that no ID reaches is stranded.
// This header is the one place the rule lives: the scheduler's equal-size and mixed-size checks and the
// views that draw a GPU's slices all ask it.
#pragma once

#include "vgputype.h"

#include <QList>

#include <optional>

namespace VgpuPlacement {

enum class Mode : quint8 { EqualSize, MixedSize };

inline constexpr int SlotMB = 512;   // one slot: the smallest vGPU framebuffer (the -0Q/-0B types)
inline constexpr int MaxSlots = 320; // 160 GB: more than any board's framebuffer
inline constexpr int MaxVgpus = 32;  // on one physical GPU, in either mode

// Which slots of a GPU are taken; trivially copyable so the scheduler can try placements on copies.
struct SlotMask
{
    quint64 words[MaxSlots / 64] = {};

    bool any(int from, int count) const; // any slot of [from, from + count) taken
    void take(int from, int count);
    int taken() const;
    friend bool operator==(const SlotMask &, const SlotMask &) = default;
};

struct Geometry
{
    int size = 0;      // slots one vGPU of the type occupies
    QList<int> ids;    // valid placement IDs, ascending
    int slotCount = 0; // slots of the GPU's framebuffer
};

// The placement size and valid IDs of a type on a GPU with boardFramebufferMB (0: unknown, then the
// type's board from the catalogue). vfLimit > 0 bounds the equal-size count (one vGPU per SR-IOV VF).
// Mixed-size IDs are the multiples of the placement size that fit (each vGPU aligned to its own size),
// which is how NVIDIA's published placement tables are built; a host agent that reads the driver's
// list can replace this derivation.
Geometry geometry(const VgpuTypeName &type, int boardFramebufferMB, Mode mode, int vfLimit = 0);

// The vGPUs on one GPU as placement sees them.
struct GpuVgpus
{
    Mode mode = Mode::EqualSize;
    int fixedMB = 0; // equal-size mode: the size of the vGPUs already there; 0 when none
    int count = 0;
    SlotMask occupied;
};

enum class Fit : quint8 { Fits, OtherSize, Ceiling, NoPlacementId };

// Whether one more vGPU of the type fits; *placementId gets the lowest free valid ID when it does.
Fit fit(const GpuVgpus &gpu, const VgpuTypeName &type, int boardFramebufferMB, int vfLimit = 0,
        int *placementId = nullptr);
// Takes the vGPU at its lowest free valid ID (fit() must have said Fits) and returns that ID.
int take(GpuVgpus &gpu, const VgpuTypeName &type, int boardFramebufferMB, int vfLimit = 0);

// Lays existing vGPUs on a GPU (whose IDs neither libvirt nor sysfs report) deterministically: largest
// first, each at its lowest free valid ID. Sizes that do not fit are left out (the result says how many).
int layout(GpuVgpus &gpu, const QList<VgpuTypeName> &existing, int boardFramebufferMB, int vfLimit = 0);

} // namespace VgpuPlacement
