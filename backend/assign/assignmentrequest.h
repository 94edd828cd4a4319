// An operator's intent, as a drop or a menu action makes it: give something a GPU offers to one or more
// VMs, or release a device from a VM. Plain values; the validator and the planner give them meaning.
#pragma once

#include "model/hostsnapshot.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What was dragged.
struct AssignmentSource
{
    enum class Kind {
        PciFunction,     // a whole GPU or another PCI function: passthrough
        VgpuType,        // a time-sliced vGPU type (on a GPU, or on one free VF/function: a free slice)
        Mdev,            // an existing mediated device that no VM holds
        MigSlot,         // a MIG-backed vGPU type at a start position
        VirtualFunction, // an SR-IOV VF: passthrough of the VF
    };
    Kind kind = Kind::PciFunction;
    QString hostId;       // the inventory host the source belongs to
    PciAddress address;   // PciFunction, VirtualFunction: the function; VgpuType, MigSlot: the GPU, or the
                          // very function (a VF) to create the mdev on
    QString typeId;       // VgpuType, MigSlot: the mdev type id ("nvidia-699")
    QString mdevUuid;     // Mdev
    int migStart = -1;    // MigSlot: first memory slice; -1: the first legal free one
    int placementId = -1; // VgpuType on a mixed-size GPU: the placement id; -1: the first free one
};

// Where it was dropped.
struct AssignmentTarget
{
    QString hostId;
    QString vmUuid;
};

struct AssignmentRequest
{
    enum class Action { Assign, Release };
    // When the change should reach the VM. Auto: live where that works (and in the config), else the
    // config only, which the VM picks up at its next start.
    enum class When { Auto, NextStart };

    Action action = Action::Assign;
    AssignmentSource source;
    // Assign: each VM gets its own instance (several VMs only for sources that make new mdevs).
    // Release: exactly one VM.
    QList<AssignmentTarget> targets;
    // Assign, passthrough: further functions of the IOMMU group the operator accepted to add
    // (the validator offers them, see AssignmentVerdict::offers).
    QList<PciAddress> alsoAssign;
    When when = When::Auto;

    // Release: the host device to take off the VM, and whether an mdev should be removed from the host
    // afterwards (only when no VM uses it any more).
    Hostdev release;
    bool removeMdev = false;

    static AssignmentRequest assign(const AssignmentSource &source, const QList<AssignmentTarget> &targets)
    {
        AssignmentRequest r;
        r.source = source;
        r.targets = targets;
        return r;
    }
    static AssignmentRequest releaseFrom(const AssignmentTarget &vm, const Hostdev &device,
                                         bool removeMdev = false)
    {
        AssignmentRequest r;
        r.action = Action::Release;
        r.targets = {vm};
        r.release = device;
        r.removeMdev = removeMdev;
        return r;
    }
};

Q_DECLARE_METATYPE(AssignmentRequest)
