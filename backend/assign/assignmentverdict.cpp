// Stable keys and translated text for the validator's reasons. The validator deals only in rule ids and
// arguments; text is made when shown, in the language of that moment.
#include "assignmentverdict.h"

#include "model/labels.h"

#include <QCoreApplication>

// Gives these strings the "Assignment" context that lupdate can see (a free tr() would not).
struct AssignmentText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

namespace {
QString stateText(const QString &key)
{
    for (VmState s : {VmState::NoState, VmState::Running, VmState::Blocked, VmState::Paused,
                      VmState::ShuttingDown, VmState::Shutoff, VmState::Crashed, VmState::Suspended}) {
        if (Labels::vmStateKey(s) == key)
            return Labels::vmStateText(s);
    }
    return key;
}

QString editionText(const QString &key)
{
    for (LicenseEdition e :
         {LicenseEdition::VApps, LicenseEdition::VPC, LicenseEdition::VWS, LicenseEdition::VCS}) {
        if (VgpuTypeName::editionKey(e) == key)
            return Labels::editionFullText(e);
    }
    return key;
}

QString arg(const QStringList &a, int i)
{
    return i < a.size() ? a[i] : QString();
}
} // namespace

QString ruleKey(AssignmentRule r)
{
    switch (r) {
    case AssignmentRule::UnknownVm:
        return QStringLiteral("unknown-vm");
    case AssignmentRule::UnknownDevice:
        return QStringLiteral("unknown-device");
    case AssignmentRule::DifferentHost:
        return QStringLiteral("different-host");
    case AssignmentRule::SeveralVmsOneDevice:
        return QStringLiteral("several-vms-one-device");
    case AssignmentRule::NotAssignable:
        return QStringLiteral("not-assignable");
    case AssignmentRule::NoIommuGroup:
        return QStringLiteral("no-iommu-group");
    case AssignmentRule::HeldByVm:
        return QStringLiteral("held-by-vm");
    case AssignmentRule::AlreadyAssigned:
        return QStringLiteral("already-assigned");
    case AssignmentRule::GroupMemberHeld:
        return QStringLiteral("group-member-held");
    case AssignmentRule::NotInGroup:
        return QStringLiteral("not-in-group");
    case AssignmentRule::GroupMemberToVfio:
        return QStringLiteral("group-member-to-vfio");
    case AssignmentRule::BootVga:
        return QStringLiteral("boot-vga");
    case AssignmentRule::GpuInUse:
        return QStringLiteral("gpu-in-use");
    case AssignmentRule::ModeConflict:
        return QStringLiteral("mode-conflict");
    case AssignmentRule::VfAssigned:
        return QStringLiteral("vf-assigned");
    case AssignmentRule::VfCarriesVgpu:
        return QStringLiteral("vf-carries-vgpu");
    case AssignmentRule::TypeNotOffered:
        return QStringLiteral("type-not-offered");
    case AssignmentRule::EqualSize:
        return QStringLiteral("equal-size");
    case AssignmentRule::PlacementIllegal:
        return QStringLiteral("placement-illegal");
    case AssignmentRule::PlacementTaken:
        return QStringLiteral("placement-taken");
    case AssignmentRule::NoPlacementFree:
        return QStringLiteral("no-placement-free");
    case AssignmentRule::NoInstanceAvailable:
        return QStringLiteral("no-instance-available");
    case AssignmentRule::VgpuCeiling:
        return QStringLiteral("vgpu-ceiling");
    case AssignmentRule::NotMigType:
        return QStringLiteral("not-mig-type");
    case AssignmentRule::MigIllegalStart:
        return QStringLiteral("mig-illegal-start");
    case AssignmentRule::MigOverlap:
        return QStringLiteral("mig-overlap");
    case AssignmentRule::MigNoRoom:
        return QStringLiteral("mig-no-room");
    case AssignmentRule::MigMaxInstances:
        return QStringLiteral("mig-max-instances");
    case AssignmentRule::NoMdevCreation:
        return QStringLiteral("no-mdev-creation");
    case AssignmentRule::NoBinding:
        return QStringLiteral("no-binding");
    case AssignmentRule::NeedsAgent:
        return QStringLiteral("needs-agent");
    case AssignmentRule::TransientNotLive:
        return QStringLiteral("transient-not-live");
    case AssignmentRule::NextStart:
        return QStringLiteral("next-start");
    case AssignmentRule::LiveAttach:
        return QStringLiteral("live-attach");
    case AssignmentRule::NumaMismatch:
        return QStringLiteral("numa-mismatch");
    case AssignmentRule::LicenceEdition:
        return QStringLiteral("licence-edition");
    case AssignmentRule::NotAssigned:
        return QStringLiteral("not-assigned");
    case AssignmentRule::MdevInUse:
        return QStringLiteral("mdev-in-use");
    }
    return {};
}

QString AssignmentReason::key() const
{
    return ruleKey(rule);
}

QString AssignmentReason::text() const
{
    const QStringList &a = args;
    switch (rule) {
    case AssignmentRule::UnknownVm:
        return AssignmentText::tr("The virtual machine %1 is not on this host any more").arg(arg(a, 0));
    case AssignmentRule::UnknownDevice:
        return AssignmentText::tr("%1 is not on this host any more").arg(arg(a, 0));
    case AssignmentRule::DifferentHost:
        return AssignmentText::tr("%1 is on another host than %2: a VM can only use devices of its own host")
            .arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::SeveralVmsOneDevice:
        return AssignmentText::tr("%1 can go to one VM only, not to %2").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::NotAssignable:
        return AssignmentText::tr("%1 is a bridge and cannot be given to a VM").arg(arg(a, 0));
    case AssignmentRule::NoIommuGroup:
        return AssignmentText::tr(
                   "%1 is in no IOMMU group: turn the IOMMU on (intel_iommu=on or amd_iommu=on) to pass it "
                   "through")
            .arg(arg(a, 0));
    case AssignmentRule::HeldByVm:
        return AssignmentText::tr("%1 is already assigned to %2 (%3)")
            .arg(arg(a, 0), arg(a, 1), stateText(arg(a, 2)));
    case AssignmentRule::AlreadyAssigned:
        return AssignmentText::tr("%2 already has %1").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::GroupMemberHeld:
        return AssignmentText::tr(
                   "%1 shares the IOMMU group of %2 and is assigned to %3: the group can only go to one VM")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::NotInGroup:
        return AssignmentText::tr("%1 is not in the IOMMU group of %2").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::GroupMemberToVfio:
        return AssignmentText::tr(
                   "%1 (%2) shares the IOMMU group and stays on the host: it will be taken from %3 and "
                   "bound to vfio-pci")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2).isEmpty() ? AssignmentText::tr("no driver") : arg(a, 2));
    case AssignmentRule::BootVga:
        return AssignmentText::tr("%1 is the host's boot display and should not be passed through")
            .arg(arg(a, 0));
    case AssignmentRule::GpuInUse:
        return AssignmentText::tr("GPU %1 is in use by %2: free it first").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::ModeConflict:
        return AssignmentText::tr("GPU %1 already carries %2 and cannot also carry %3")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::VfAssigned:
        return AssignmentText::tr("Virtual function %1 is already assigned to %2").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::VfCarriesVgpu:
        return AssignmentText::tr("Virtual function %1 carries a vGPU: drag a vGPU type instead")
            .arg(arg(a, 0));
    case AssignmentRule::TypeNotOffered:
        return AssignmentText::tr("GPU %2 does not offer %1").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::EqualSize:
        return AssignmentText::tr(
                   "GPU %1 holds %2 MB vGPUs, and all vGPUs on one GPU must have the same size; %3 has %4 MB")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case AssignmentRule::PlacementIllegal:
        return AssignmentText::tr("Placement %1 is not valid for %2 (valid: %3)")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::PlacementTaken:
        return AssignmentText::tr("Placement %1 for %2 overlaps a vGPU already on GPU %3")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::NoPlacementFree:
        return AssignmentText::tr("No placement for %1 is free on GPU %2").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::NoInstanceAvailable:
        return AssignmentText::tr("GPU %2 can create %3 more %1, %4 asked")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case AssignmentRule::VgpuCeiling:
        return AssignmentText::tr("GPU %1 holds %2 vGPUs; %3 more would pass its limit of %4")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case AssignmentRule::NotMigType:
        return AssignmentText::tr("%1 is not a MIG-backed vGPU type").arg(arg(a, 0));
    case AssignmentRule::MigIllegalStart:
        return AssignmentText::tr("MIG profile %2 cannot start at slice %1 (legal starts: %3)")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::MigOverlap:
        return AssignmentText::tr("MIG profile %2 at slice %1 overlaps an instance already on GPU %3")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case AssignmentRule::MigNoRoom:
        return AssignmentText::tr("No legal start for MIG profile %1 is free on GPU %2")
            .arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::MigMaxInstances:
        return AssignmentText::tr("GPU %1 already holds 7 MIG instances, the most it can").arg(arg(a, 0));
    case AssignmentRule::NoMdevCreation:
        return AssignmentText::tr(
                   "%1 cannot create vGPUs: its libvirt has no mdev support and no agent answers")
            .arg(arg(a, 0));
    case AssignmentRule::NoBinding:
        return AssignmentText::tr(
                   "%1 must be bound to vfio-pci, but neither libvirt nor an agent can do it on this host")
            .arg(arg(a, 0));
    case AssignmentRule::NeedsAgent:
        return AssignmentText::tr("%1 needs the host agent, which does not answer").arg(arg(a, 0));
    case AssignmentRule::TransientNotLive:
        return AssignmentText::tr(
                   "%1 is a transient VM without a configuration, and the device cannot be attached while "
                   "it runs")
            .arg(arg(a, 0));
    case AssignmentRule::NextStart:
        return AssignmentText::tr(
                   "%1 is running and %2 cannot be changed live: the change takes effect at its next start")
            .arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::LiveAttach:
        return AssignmentText::tr("%1 is running: the device is attached now and kept in its configuration")
            .arg(arg(a, 0));
    case AssignmentRule::NumaMismatch:
        return AssignmentText::tr("%1 is on NUMA node %2, but %3 runs on node(s) %4: expect slower transfers")
            .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case AssignmentRule::LicenceEdition:
        return AssignmentText::tr("Guests with %1 need a %2 licence").arg(arg(a, 0), editionText(arg(a, 1)));
    case AssignmentRule::NotAssigned:
        return AssignmentText::tr("%2 does not have %1").arg(arg(a, 0), arg(a, 1));
    case AssignmentRule::MdevInUse:
        return AssignmentText::tr(
                   "vGPU %1 is in use by %2, which is running: it can be removed once the VM is off")
            .arg(arg(a, 0), arg(a, 1));
    }
    return {};
}

QString AssignmentOffer::text() const
{
    return product.isEmpty() ? AssignmentText::tr("Also add %1").arg(address.toString())
                             : AssignmentText::tr("Also add %1 (%2)").arg(address.toString(), product);
}

AssignmentVerdict::Decision AssignmentVerdict::decision() const
{
    Decision d = Decision::Accept;
    for (const AssignmentReason &r : reasons) {
        if (r.severity == Severity::Refusal)
            return Decision::Refuse;
        if (r.severity == Severity::Warning)
            d = Decision::Warn;
    }
    return d;
}

bool AssignmentVerdict::has(AssignmentRule r) const
{
    return find(r) != nullptr;
}

const AssignmentReason *AssignmentVerdict::find(AssignmentRule r) const
{
    for (const AssignmentReason &reason : reasons) {
        if (reason.rule == r)
            return &reason;
    }
    return nullptr;
}

QString AssignmentVerdict::summary() const
{
    for (const AssignmentReason &r : reasons) {
        if (r.severity == Severity::Refusal)
            return r.text();
    }
    QStringList lines;
    for (const AssignmentReason &r : reasons) {
        if (r.severity == Severity::Warning)
            lines.append(r.text());
    }
    return lines.join(u'\n');
}
