// What the validator says of a request: accept, warn or refuse, every reason with a stable id, offers the
// operator can take (add the other functions of the IOMMU group), and what it resolved for the planner.
#pragma once

#include "model/miglayout.h"
#include "model/pciaddress.h"
#include "model/vgputype.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One rule, one id. The keys (ruleKey) are stable: the CLI, the audit log and tests use them.
enum class AssignmentRule {
    UnknownVm,           // args: vm uuid
    UnknownDevice,       // args: device
    DifferentHost,       // args: device, vm
    SeveralVmsOneDevice, // args: device, count
    NotAssignable,       // args: device (bridges cannot be passed through)
    NoIommuGroup,        // args: device
    HeldByVm,            // args: device, vm name, vm state text
    AlreadyAssigned,     // args: device, vm name
    GroupMemberHeld,     // args: member, device, vm name
    NotInGroup,          // args: member, device
    GroupMemberToVfio,   // warning; args: member, product, driver
    BootVga,             // args: device
    GpuInUse,            // args: gpu, what ("3 vGPUs", …)
    ModeConflict,        // args: gpu, what is there, what was asked
    VfAssigned,          // args: vf, vm name
    VfCarriesVgpu,       // args: vf
    TypeNotOffered,      // args: type, gpu
    EqualSize,           // args: gpu, fixed MB, type, type MB
    PlacementIllegal,    // args: id, type, legal ids
    PlacementTaken,      // args: id, type, gpu
    NoPlacementFree,     // args: type, gpu
    NoInstanceAvailable, // args: type, gpu, available, asked
    VgpuCeiling,         // args: gpu, existing, asked, limit
    NotMigType,          // args: type
    MigIllegalStart,     // args: start, profile, legal starts
    MigOverlap,          // args: start, profile, gpu
    MigNoRoom,           // args: profile, gpu
    MigMaxInstances,     // args: gpu
    NoMdevCreation,      // args: host
    NoBinding,           // args: member
    NeedsAgent,          // args: what
    TransientNotLive,    // args: vm name
    NextStart,           // warning; args: vm name, device
    LiveAttach,          // info; args: vm name
    NumaMismatch,        // warning; args: device, device node, vm name, vm nodes
    LicenceEdition,      // info; args: type, edition text
    NotAssigned,         // args: device, vm name
    MdevInUse,           // args: mdev, vm name
};

enum class Severity { Info, Warning, Refusal };

struct AssignmentReason
{
    AssignmentRule rule = AssignmentRule::UnknownDevice;
    Severity severity = Severity::Refusal;
    QStringList args;

    QString key() const;  // "equal-size"
    QString text() const; // translated now, so a language switch shows the new language
    friend bool operator==(const AssignmentReason &, const AssignmentReason &) = default;
};
QString ruleKey(AssignmentRule r);

// Something the operator may accept to make the request better: add another function of the IOMMU group
// to the VM (it goes with the device either way: to the VM, or off its host driver to vfio-pci).
struct AssignmentOffer
{
    PciAddress address;
    QString product;
    QString text() const; // "Also add 0000:41:00.1 (HD Audio Controller)"
};

struct AssignmentVerdict
{
    enum class Decision { Accept, Warn, Refuse };
    // How a target VM receives the change.
    enum class Timing {
        Config,        // the VM is off: its configuration changes
        LiveAndConfig, // the VM runs: attached now and kept in its configuration
        NextStart,     // the VM runs but the device cannot be attached live: configuration only
        LiveOnly,      // a transient VM: it has no configuration to change
    };
    enum class Via { None, Libvirt, Agent };

    QList<AssignmentReason> reasons;
    QList<AssignmentOffer> offers;
    LicenseEdition edition = LicenseEdition::None; // the licence the guest must lease for this vGPU

    // Resolved for the planner (valid when not refused).
    QList<PciAddress> functions;       // passthrough: the device first, then the accepted group members
    QList<PciAddress> bindToVfio;      // group members that stay on the host but must leave their driver
    QMap<PciAddress, QString> drivers; // the driver each of those is bound to now, to restore on undo
    Via bindVia = Via::None;
    QString typeId;                // new mdevs: their type
    QList<PciAddress> mdevParents; // new mdevs: the function each is created on, one per target
    QList<int> placementIds;       // mixed-size: one per new mdev
    std::optional<MigLayout::Profile> migProfile;
    QList<int> migStarts;         // MIG: one per new mdev
    Via createVia = Via::None;    // how new mdevs (and MIG instances: always the agent) are made
    QString mdevUuid;             // an existing mdev
    QMap<QString, Timing> timing; // by target VM uuid

    Decision decision() const;
    bool accepted() const { return decision() != Decision::Refuse; }
    bool has(AssignmentRule r) const;
    const AssignmentReason *find(AssignmentRule r) const;
    // The first refusal, else the warnings, one per line: what a drop indicator's tooltip shows.
    QString summary() const;

    void refuse(AssignmentRule r, const QStringList &args) { reasons.append({r, Severity::Refusal, args}); }
    void warn(AssignmentRule r, const QStringList &args) { reasons.append({r, Severity::Warning, args}); }
    void inform(AssignmentRule r, const QStringList &args) { reasons.append({r, Severity::Info, args}); }
};

Q_DECLARE_METATYPE(AssignmentVerdict)
