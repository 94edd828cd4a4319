// MIG geometry of one GPU: profiles, their legal start slices, and a deterministic placement of instances.
// libvirt and sysfs do not say where a MIG-backed vGPU sits, so views and the scheduler derive it here.
#pragma once

#include "vgputype.h"

#include <QList>
#include <QString>

#include <optional>

namespace MigLayout {

inline constexpr int ComputeSlices = 7;
inline constexpr int MemorySlices = 8;
inline constexpr int MaxInstances = 7;

// Named after the A100-80GB / H100-80GB profiles; other boards use the same slice geometry.
enum class Profile { G1_10, G1_20, G2_20, G3_40, G4_40, G7_80 };

struct ProfileInfo
{
    Profile profile = Profile::G1_10;
    QString name; // "3g.40gb"
    int computeSlices = 0;
    int memorySlices = 0; // the instance's size in the placement tables
    QList<int> starts;    // legal first memory slice, ascending
};

QList<Profile> allProfiles(); // smallest first
ProfileInfo info(Profile p);
// The profile a MIG-backed vGPU type stands for. boardFramebufferMB is the whole GPU's framebuffer
// (0: assume 80 GB); it turns the type's GB into memory slices. nullopt for time-sliced or unknown shapes.
std::optional<Profile> profileFor(const VgpuTypeName &type, int boardFramebufferMB = 0);

struct Placement
{
    Profile profile = Profile::G1_10;
    int start = 0; // first memory slice; its compute slices start at the same index

    int memorySlices() const { return info(profile).memorySlices; }
    int computeSlices() const { return info(profile).computeSlices; }
    friend bool operator==(const Placement &, const Placement &) = default;
};

bool overlaps(const Placement &a, const Placement &b);
bool isLegalStart(Profile p, int start);
// The memory slices a placement takes, as a bit mask (bit i: slice i).
quint8 memoryMask(const Placement &p);
// The lowest legal start of p that is free in `taken` (memory slices, bit i: slice i) on a GPU that holds
// `instances` instances; nullopt when none is free or the GPU holds MaxInstances. The list form below and
// the placement engine both decide with this.
std::optional<int> firstFit(quint8 taken, int instances, Profile p);
// The lowest legal start where p fits beside what is placed; nullopt when no start is free or the GPU
// already holds MaxInstances. Incremental: a 3g.40gb placed at 0 leaves no room for a 4g.40gb.
std::optional<int> firstFit(const QList<Placement> &placed, Profile p);
// Places a list of instances largest first (equal sizes in input order), each at its first fit, so the
// same list always gets the same layout. result[i] belongs to instances[i]; nullopt when it does not fit.
// `fixed` are instances whose place is known (the agent reports them); the others fit around them.
QList<std::optional<Placement>> layout(const QList<Profile> &instances, const QList<Placement> &fixed = {});

} // namespace MigLayout
