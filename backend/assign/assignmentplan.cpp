#include "assignmentplan.h"

#include "linediff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

struct PlanText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

QString PlanStep::key() const
{
    switch (kind) {
    case Kind::CreateMdev:
        return QStringLiteral("create-mdev");
    case Kind::RemoveMdev:
        return QStringLiteral("remove-mdev");
    case Kind::CreateMigInstance:
        return QStringLiteral("create-mig-instance");
    case Kind::RemoveMigInstance:
        return QStringLiteral("remove-mig-instance");
    case Kind::BindVfio:
        return QStringLiteral("bind-vfio");
    case Kind::RestoreDriver:
        return QStringLiteral("restore-driver");
    case Kind::AttachLive:
        return QStringLiteral("attach-live");
    case Kind::DetachLive:
        return QStringLiteral("detach-live");
    case Kind::DefineConfig:
        return QStringLiteral("define-config");
    case Kind::PushToken:
        return QStringLiteral("push-token");
    }
    return {};
}

QString PlanStep::viaKey() const
{
    return via == Via::Agent ? QStringLiteral("agent") : QStringLiteral("libvirt");
}

QString PlanStep::description() const
{
    const QString device = hostdev.kind == Hostdev::Kind::Pci ? hostdev.address.toString() : hostdev.uuid;
    const QString type = typeName.isEmpty() ? typeId : typeName;
    QString what;
    switch (kind) {
    case Kind::CreateMdev:
        what = PlanText::tr("Create vGPU %1 (%2) on %3").arg(type, mdevUuid, address.toString());
        if (placementId >= 0)
            what += u' ' + PlanText::tr("at placement %1").arg(placementId);
        break;
    case Kind::RemoveMdev:
        what = PlanText::tr("Remove vGPU %1 (%2) from %3").arg(type, mdevUuid, address.toString());
        break;
    case Kind::CreateMigInstance:
        what = PlanText::tr("Create MIG instance %1 at slice %2 on GPU %3")
                   .arg(MigLayout::info(migProfile).name)
                   .arg(migStart)
                   .arg(address.toString());
        break;
    case Kind::RemoveMigInstance:
        what = PlanText::tr("Remove MIG instance %1 at slice %2 from GPU %3")
                   .arg(MigLayout::info(migProfile).name)
                   .arg(migStart)
                   .arg(address.toString());
        break;
    case Kind::BindVfio:
        what = PlanText::tr("Bind %1 to vfio-pci").arg(address.toString());
        break;
    case Kind::RestoreDriver:
        what = driver.isEmpty() ? PlanText::tr("Give %1 back to its host driver").arg(address.toString())
                                : PlanText::tr("Give %1 back to %2").arg(address.toString(), driver);
        break;
    case Kind::AttachLive:
        what = PlanText::tr("Attach %1 to running VM %2").arg(device, vmName);
        break;
    case Kind::DetachLive:
        what = PlanText::tr("Detach %1 from running VM %2").arg(device, vmName);
        break;
    case Kind::DefineConfig:
        what = PlanText::tr("Save the configuration of %1").arg(vmName);
        break;
    case Kind::PushToken:
        what = PlanText::tr("Write the licence token %1 into %2").arg(fileName, directory);
        break;
    }
    return via == Via::Agent ? PlanText::tr("%1 (through the host agent)").arg(what)
                             : PlanText::tr("%1 (through libvirt)").arg(what);
}

PlanStep PlanStep::inverse() const
{
    PlanStep s = *this;
    switch (kind) {
    case Kind::CreateMdev:
        s.kind = Kind::RemoveMdev;
        break;
    case Kind::RemoveMdev:
        s.kind = Kind::CreateMdev;
        break;
    case Kind::CreateMigInstance:
        s.kind = Kind::RemoveMigInstance;
        break;
    case Kind::RemoveMigInstance:
        s.kind = Kind::CreateMigInstance;
        break;
    case Kind::BindVfio:
        s.kind = Kind::RestoreDriver;
        break;
    case Kind::RestoreDriver:
        s.kind = Kind::BindVfio;
        break;
    case Kind::AttachLive:
        s.kind = Kind::DetachLive;
        break;
    case Kind::DetachLive:
        s.kind = Kind::AttachLive;
        break;
    case Kind::DefineConfig:
        std::swap(s.xml, s.previousXml);
        break;
    case Kind::PushToken: // nothing to undo: a plan of one step never rolls it back
        break;
    }
    return s;
}

QJsonObject PlanStep::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), key()},
                  {QStringLiteral("via"), viaKey()},
                  {QStringLiteral("description"), description()}};
    if (!vmUuid.isEmpty()) {
        o[QStringLiteral("vm")] = vmUuid;
        o[QStringLiteral("vmName")] = vmName;
    }
    if (address.isValid())
        o[QStringLiteral("address")] = address.toString();
    if (!typeId.isEmpty())
        o[QStringLiteral("type")] = typeId;
    if (!mdevUuid.isEmpty())
        o[QStringLiteral("mdev")] = mdevUuid;
    if (placementId >= 0)
        o[QStringLiteral("placementId")] = placementId;
    if (kind == Kind::CreateMigInstance || kind == Kind::RemoveMigInstance) {
        o[QStringLiteral("migProfile")] = MigLayout::info(migProfile).name;
        o[QStringLiteral("migStart")] = migStart;
    }
    if (!driver.isEmpty())
        o[QStringLiteral("driver")] = driver;
    if (kind == Kind::AttachLive || kind == Kind::DetachLive)
        o[QStringLiteral("device")] =
            hostdev.kind == Hostdev::Kind::Pci ? hostdev.address.toString() : hostdev.uuid;
    if (kind == Kind::PushToken) {
        o[QStringLiteral("directory")] = directory;
        o[QStringLiteral("fileName")] = fileName;
        o[QStringLiteral("bytes")] = int(content.size());
        o[QStringLiteral("sha256")] =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }
    return o;
}

QString DomainChange::diff() const
{
    return LineDiff::unified(before, after, QStringLiteral("%1 (before)").arg(vmName),
                             QStringLiteral("%1 (after)").arg(vmName));
}

QString AssignmentPlan::actionKey() const
{
    switch (action) {
    case Action::Assign:
        return QStringLiteral("assign");
    case Action::Release:
        return QStringLiteral("release");
    case Action::Undo:
        return QStringLiteral("undo");
    case Action::PushToken:
        return QStringLiteral("push-token");
    }
    return {};
}

QStringList AssignmentPlan::vmNames() const
{
    QStringList names;
    for (const AssignmentTarget &t : request.targets) {
        QString name = t.vmUuid;
        for (const DomainChange &d : domains) {
            if (d.vmUuid == t.vmUuid)
                name = d.vmName;
        }
        for (const PlanStep &s : steps) {
            if (s.vmUuid == t.vmUuid && !s.vmName.isEmpty())
                name = s.vmName;
        }
        names.append(name);
    }
    return names;
}

QString AssignmentPlan::summary() const
{
    const QString vms = vmNames().join(QStringLiteral(", "));
    switch (action) {
    case Action::Assign:
        return PlanText::tr("Assign %1 to %2").arg(subject, vms);
    case Action::Release:
        return PlanText::tr("Release %1 from %2").arg(subject, vms);
    case Action::Undo:
        return PlanText::tr("Undo: %1").arg(subject);
    case Action::PushToken:
        return PlanText::tr("Push the licence token %1 to %2").arg(subject, hostName);
    }
    return {};
}

AssignmentPlan AssignmentPlan::inverse() const
{
    AssignmentPlan p = *this;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.action = Action::Undo;
    p.undoes = id;
    p.subject = summary();
    p.steps.clear();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        p.steps.append(it->inverse());
    for (DomainChange &d : p.domains)
        std::swap(d.before, d.after);
    return p;
}
