// From a placement preview to real assignment requests: which idle VM each placed instance is meant for
// (by name), and the AssignmentRequest that creates or passes through what the placement drew.
#pragma once

#include "assign/assignmentrequest.h"
#include "core/result.h"
#include "scheduler/placement.h"

#include <QList>
#include <QString>

namespace Sched::PlacementApply {

// The host's VMs that hold no device yet, by name: the ones a placement may be applied to.
QList<VirtualMachine> idleVms(const HostSnapshot &host);

// The idle VM an instance is meant for: named like the request when it has one instance, else
// "<request>-<n>", "-<nn>" or "-<nnn>" for instance n (1-based). Empty when none matches.
QString matchVm(const HostSnapshot &host, const QString &request, int count, int instance);

// What the placed item asks for, in words: "A16-2Q", "3g.40gb at slice 4", "the whole GPU", "a VF".
QString whatText(const PlacementRequest &request, const PlacedItem &item);

// The requests that give `vmUuid` (on `hostId`, whose snapshot is `host`) what `item` placed: one per GPU
// (several only for multi-GPU requests). vGPU: a VgpuType of the placed GPU (at its placement id in
// mixed-size mode); MIG: a MigSlot at the placed start; whole GPU: the PciFunction with the functions of
// its IOMMU group the validator offers; VF: the VF at the placed index, else the first free one.
// An error says why the item cannot become a request (fractional shares, a type the GPU no longer offers…).
Result<QList<AssignmentRequest>> toRequests(const PlacementRequest &request, const PlacedItem &item,
                                            const QString &hostId, const HostSnapshot &host,
                                            const QString &vmUuid);

} // namespace Sched::PlacementApply
