// Steps in the order that undoes cleanly: host-side preparation first (bind, MIG instance, mdev), then each
// VM's configuration, then live attach. A failure late in the plan then unwinds the VMs before the host.
#include "assignmentplanner.h"

#include "assignmentvalidator.h"
#include "domainxmledit.h"

#include "model/topology.h"

#include <QCoreApplication>
#include <QUuid>

namespace AssignmentPlanner {

namespace {

struct PlannerText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

using Timing = AssignmentVerdict::Timing;

PlanStep::Via via(AssignmentVerdict::Via v)
{
    return v == AssignmentVerdict::Via::Agent ? PlanStep::Via::Agent : PlanStep::Via::Libvirt;
}

QString typeNameOf(const HostSnapshot &host, const PciAddress &parent, const QString &typeId)
{
    for (const MdevType &t : host.pciDevices.value(parent).mdevTypes) {
        if (t.id == typeId)
            return t.vgpu ? t.vgpu->canonicalName() : (t.name.isEmpty() ? t.id : t.name);
    }
    return typeId;
}

class Builder
{
public:
    Builder(const AssignmentRequest &r, const HostSnapshot &h, const QMap<QString, QString> &xml,
            AssignmentPlan &p)
        : m_request(r), m_host(h), m_xml(xml), m_plan(p)
    {
    }

    // Adds (or removes) devices in one VM's configuration and, where it runs, live.
    Status changeVm(const QString &vmUuid, const QList<Hostdev> &devices, bool add)
    {
        const QString name = m_host.vms.value(vmUuid).name;
        const auto xml = m_xml.constFind(vmUuid);
        if (xml == m_xml.cend())
            return Error{PlannerText::tr("The description of %1 could not be read").arg(name), vmUuid, 0};
        const Timing timing = m_plan.verdict.timing.value(vmUuid);
        QString after = *xml;
        for (const Hostdev &h : devices) {
            Result<QString> edited =
                add ? DomainXmlEdit::addHostdev(after, h) : DomainXmlEdit::removeHostdev(after, h);
            if (!edited)
                return edited.error();
            after = edited.value();
        }
        m_plan.domains.append({vmUuid, name, *xml, after});
        if (timing != Timing::LiveOnly) {
            PlanStep s = vmStep(PlanStep::Kind::DefineConfig, vmUuid);
            s.xml = after;
            s.previousXml = *xml;
            m_configSteps.append(s);
        }
        if (timing == Timing::LiveAndConfig || timing == Timing::LiveOnly) {
            for (const Hostdev &h : devices) {
                PlanStep s = vmStep(add ? PlanStep::Kind::AttachLive : PlanStep::Kind::DetachLive, vmUuid);
                s.hostdev = h;
                m_liveSteps.append(s);
            }
        }
        return Done{};
    }

    PlanStep vmStep(PlanStep::Kind kind, const QString &vmUuid) const
    {
        PlanStep s;
        s.kind = kind;
        s.vmUuid = vmUuid;
        s.vmName = m_host.vms.value(vmUuid).name;
        return s;
    }

    void hostStep(const PlanStep &s) { m_hostSteps.append(s); }

    void finish()
    {
        // Releasing unplugs live before the configuration forgets the device; assigning plugs live last.
        if (m_request.action == AssignmentRequest::Action::Release)
            m_plan.steps = m_liveSteps + m_configSteps + m_hostSteps;
        else
            m_plan.steps = m_hostSteps + m_configSteps + m_liveSteps;
    }

private:
    const AssignmentRequest &m_request;
    const HostSnapshot &m_host;
    const QMap<QString, QString> &m_xml;
    AssignmentPlan &m_plan;
    QList<PlanStep> m_hostSteps, m_configSteps, m_liveSteps;
};

Hostdev pciHostdev(const PciAddress &a)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Pci;
    h.address = a;
    h.managed = true;
    return h;
}

Hostdev mdevHostdev(const QString &uuid)
{
    Hostdev h;
    h.kind = Hostdev::Kind::Mdev;
    h.uuid = uuid;
    h.model = QStringLiteral("vfio-pci");
    return h;
}

Status planPassthrough(Builder &b, const AssignmentRequest &r, AssignmentPlan &p)
{
    const AssignmentVerdict &v = p.verdict;
    p.subject = v.functions.front().toString();
    for (const PciAddress &m : v.bindToVfio) {
        PlanStep s;
        s.kind = PlanStep::Kind::BindVfio;
        s.via = via(v.bindVia);
        s.address = m;
        s.driver = v.drivers.value(m);
        b.hostStep(s);
    }
    QList<Hostdev> devices;
    for (const PciAddress &a : v.functions)
        devices.append(pciHostdev(a));
    return b.changeVm(r.targets.front().vmUuid, devices, true);
}

Status planNewMdevs(Builder &b, const AssignmentRequest &r, const HostSnapshot &host, const Options &o,
                    AssignmentPlan &p)
{
    const AssignmentVerdict &v = p.verdict;
    const PciAddress gpu = Topology::owningGpu(host, r.source.address);
    p.subject = typeNameOf(host, v.mdevParents.front(), v.typeId);
    QStringList uuids;
    for (int i = 0; i < r.targets.size(); ++i) {
        if (v.migProfile) {
            PlanStep mig;
            mig.kind = PlanStep::Kind::CreateMigInstance;
            mig.via = PlanStep::Via::Agent;
            mig.address = gpu;
            mig.migProfile = *v.migProfile;
            mig.migStart = v.migStarts.value(i);
            b.hostStep(mig);
        }
        PlanStep s;
        s.kind = PlanStep::Kind::CreateMdev;
        s.via = via(v.createVia);
        s.address = v.mdevParents[i];
        s.typeId = v.typeId;
        s.typeName = p.subject;
        s.mdevUuid = o.newMdevUuid ? o.newMdevUuid() : QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.placementId = v.placementIds.value(i, -1);
        uuids.append(s.mdevUuid);
        b.hostStep(s);
    }
    for (int i = 0; i < r.targets.size(); ++i) {
        if (Status st = b.changeVm(r.targets[i].vmUuid, {mdevHostdev(uuids[i])}, true); !st)
            return st;
    }
    return Done{};
}

Status planRelease(Builder &b, const AssignmentRequest &r, const HostSnapshot &host, AssignmentPlan &p)
{
    const AssignmentVerdict &v = p.verdict;
    const Hostdev &h = r.release;
    p.subject = h.kind == Hostdev::Kind::Pci ? h.address.toString() : h.uuid;
    if (Status st = b.changeVm(r.targets.front().vmUuid, {h}, false); !st)
        return st;
    if (h.kind == Hostdev::Kind::Mdev && r.removeMdev) {
        PlanStep s;
        s.kind = PlanStep::Kind::RemoveMdev;
        s.via = via(v.createVia);
        s.address = v.mdevParents.value(0);
        s.typeId = v.typeId;
        s.typeName = typeNameOf(host, s.address, s.typeId);
        s.mdevUuid = h.uuid;
        b.hostStep(s);
    }
    return Done{};
}

} // namespace

Result<AssignmentPlan> plan(const AssignmentRequest &request, const QString &hostId, const HostSnapshot &host,
                            const HostCapabilities &caps, const QMap<QString, QString> &domainXml,
                            const Options &options)
{
    AssignmentPlan p;
    p.verdict = AssignmentValidator::validate(request, host, caps);
    if (!p.verdict.accepted()) {
        const AssignmentReason *first = nullptr;
        for (const AssignmentReason &r : p.verdict.reasons) {
            if (!first && r.severity == Severity::Refusal)
                first = &r;
        }
        return Error{p.verdict.summary(), first ? first->key() : QString(), 0};
    }
    p.id = options.planId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.planId;
    p.hostId = hostId;
    p.hostName = host.hostname;
    p.request = request;
    p.action = request.action == AssignmentRequest::Action::Release ? AssignmentPlan::Action::Release
                                                                    : AssignmentPlan::Action::Assign;
    Builder b(request, host, domainXml, p);
    Status st = Done{};
    if (request.action == AssignmentRequest::Action::Release) {
        st = planRelease(b, request, host, p);
    } else {
        switch (request.source.kind) {
        case AssignmentSource::Kind::PciFunction:
        case AssignmentSource::Kind::VirtualFunction:
            st = planPassthrough(b, request, p);
            break;
        case AssignmentSource::Kind::VgpuType:
        case AssignmentSource::Kind::MigSlot:
            st = planNewMdevs(b, request, host, options, p);
            break;
        case AssignmentSource::Kind::Mdev: {
            p.subject = request.source.mdevUuid;
            st = b.changeVm(request.targets.front().vmUuid, {mdevHostdev(request.source.mdevUuid)}, true);
            break;
        }
        }
    }
    if (!st)
        return st.error();
    b.finish();
    return p;
}

} // namespace AssignmentPlanner
