// The validator's working state, shared by its passthrough part (assignmentvalidator.cpp) and its vGPU part
// (vgpuvalidation.cpp).
#pragma once

#include "assignmentvalidator.h"

#include "model/gpuusage.h"
#include "model/topology.h"

namespace AssignmentValidator::Detail {

struct Context
{
    const AssignmentRequest &request;
    const HostSnapshot &host;
    const HostCapabilities &caps;
    Topology::Holders holders;
    AssignmentVerdict verdict;

    QString vmName(const QString &uuid) const;
    // Decides how each target VM gets the change; `liveCapable`: the device can be hot-plugged.
    void decideTiming(bool liveCapable, const QString &device);
    // Warns when the device's NUMA node is not one the VM is bound to or already uses.
    void checkNuma(const PciAddress &device);
    void refuseIfHeld(const PciAddress &function, AssignmentRule heldRule);
};

// New mdevs of a type (time-sliced or MIG-backed), one per target.
void validateNewMdevs(Context &c);
// An existing mdev that no VM holds.
void validateExistingMdev(Context &c);

} // namespace AssignmentValidator::Detail
