// Builds the report's tables from the inventory: one row per host, GPU, vGPU or VF, VM, readiness finding.
#include "reportdata.h"

#include "agent/readinesstext.h"
#include "inventory/inventory.h"
#include "model/labels.h"
#include "model/topology.h"

#include <QLocale>

#include <map>

namespace {

QString number(qint64 v)
{
    return QString::number(v);
}

QString vmName(const HostSnapshot &s, const QString &uuid)
{
    if (uuid.isEmpty())
        return {};
    const auto it = s.vms.constFind(uuid);
    return it == s.vms.cend() ? uuid : it->name;
}

QString hostName(const Inventory::Host &h)
{
    return h.displayName.isEmpty() ? h.uri : h.displayName;
}

const MdevType *mdevType(const HostSnapshot &s, const MediatedDevice &m)
{
    const auto parent = s.pciDevices.constFind(m.parent);
    if (parent == s.pciDevices.cend())
        return nullptr;
    for (const MdevType &t : parent->mdevTypes)
        if (t.id == m.typeId)
            return &t;
    return nullptr;
}

QString typeName(const MdevType *t, const QString &fallback)
{
    if (!t)
        return fallback;
    return t->vgpu ? t->vgpu->canonicalName() : t->name;
}

ReportTable hostsTable(const Inventory &inv)
{
    ReportTable t{QStringLiteral("hosts"),
                  ReportData::tr("Hosts"),
                  {},
                  {ReportData::tr("Host"), ReportData::tr("URI"), ReportData::tr("State"), ReportData::tr("Hypervisor"), ReportData::tr("CPUs"),
                   ReportData::tr("Memory (MiB)"), ReportData::tr("GPUs"), ReportData::tr("VMs"), ReportData::tr("Readiness")},
                  {}};
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host &h = *inv.host(id);
        const HostSnapshot &s = h.snapshot;
        const QString readiness = h.agent.readinessLoaded
                                      ? ReadinessText::severityText(h.agent.readiness.worst())
                                      : ReportData::tr("not checked");
        t.rows.append({hostName(h), h.uri, Labels::connectionStateText(h.state), s.hypervisor, number(s.cpus),
                       number(qint64(s.memoryKiB / 1024)), number(Topology::gpus(s).size()),
                       number(s.vms.size()), readiness});
    }
    return t;
}

ReportTable gpusTable(const Inventory &inv)
{
    ReportTable t{QStringLiteral("gpus"),
                  ReportData::tr("GPUs"),
                  {},
                  {ReportData::tr("Host"), ReportData::tr("PCI address"), ReportData::tr("Product"), ReportData::tr("Vendor"),
                   ReportData::tr("Driver"), ReportData::tr("IOMMU group"), ReportData::tr("NUMA node"), ReportData::tr("vGPU types"),
                   ReportData::tr("vGPUs"), ReportData::tr("Passed through to")},
                  {}};
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host &h = *inv.host(id);
        const HostSnapshot &s = h.snapshot;
        const Topology::Holders holders = Topology::holders(s);
        for (const PciAddress &a : Topology::gpus(s)) {
            const PciDevice &d = s.pciDevices[a];
            QStringList types;
            for (const Topology::GpuTypeOffer &o : Topology::typesOfGpu(s, a))
                types.append(typeName(&o.type, o.type.id));
            types.removeDuplicates();
            int vfs = 0;
            for (const PciAddress &vf : d.virtFunctions)
                vfs += s.pciDevices.contains(vf) ? 1 : 0;
            const qsizetype mdevs = Topology::mdevsOfGpu(s, a).size();
            const QString used = vfs > 0 && mdevs == 0 ? ReportData::tr("%n VF(s)", nullptr, vfs)
                                                       : ReportData::tr("%n vGPU(s)", nullptr, int(mdevs));
            t.rows.append({hostName(h), a.toString(), Topology::productLabel(d), Topology::vendorLabel(d),
                           Topology::driverOf(s, a), d.iommuGroup < 0 ? QString() : number(d.iommuGroup),
                           d.numaNode < 0 ? QString() : number(d.numaNode), types.join(QStringLiteral(", ")),
                           used, vmName(s, holders.pci.value(a))});
        }
    }
    return t;
}

ReportTable vgpusTable(const Inventory &inv)
{
    ReportTable t{QStringLiteral("vgpus"),
                  ReportData::tr("vGPUs and virtual functions"),
                  {},
                  {ReportData::tr("Host"), ReportData::tr("GPU"), ReportData::tr("Kind"), ReportData::tr("ID"), ReportData::tr("Type"),
                   ReportData::tr("Framebuffer (MiB)"), ReportData::tr("Licence edition"), ReportData::tr("VM"), ReportData::tr("VM state")},
                  {}};
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host &h = *inv.host(id);
        const HostSnapshot &s = h.snapshot;
        const Topology::Holders holders = Topology::holders(s);
        auto vmState = [&](const QString &uuid) {
            const auto it = s.vms.constFind(uuid);
            return it == s.vms.cend() ? QString() : Labels::vmStateText(it->state);
        };
        for (const MediatedDevice &m : s.mdevs) {
            const MdevType *type = mdevType(s, m);
            const QString holder = holders.mdev.value(m.uuid);
            const auto vgpu = type ? type->vgpu : std::nullopt;
            t.rows.append({hostName(h), Topology::owningGpu(s, m.parent).toString(), ReportData::tr("vGPU (mdev)"),
                           m.uuid, typeName(type, m.typeId), vgpu ? number(vgpu->framebufferMB) : QString(),
                           vgpu ? Labels::editionText(vgpu->edition()) : QString(), vmName(s, holder),
                           vmState(holder)});
        }
        for (const PciDevice &d : s.pciDevices) {
            if (!d.isVirtualFunction() || !d.isDisplay())
                continue;
            const QString holder = holders.pci.value(d.address);
            t.rows.append({hostName(h), d.physFunction->toString(), ReportData::tr("Virtual function"),
                           d.address.toString(), Topology::productLabel(d), QString(), QString(),
                           vmName(s, holder), vmState(holder)});
        }
    }
    return t;
}

ReportTable vmsTable(const Inventory &inv)
{
    ReportTable t{QStringLiteral("vms"),
                  ReportData::tr("Virtual machines"),
                  {},
                  {ReportData::tr("Host"), ReportData::tr("VM"), ReportData::tr("UUID"), ReportData::tr("State"), ReportData::tr("vCPUs"),
                   ReportData::tr("Memory (MiB)"), ReportData::tr("GPU devices")},
                  {}};
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host &h = *inv.host(id);
        const HostSnapshot &s = h.snapshot;
        for (const VirtualMachine &vm : s.vms) {
            QStringList held;
            for (const Hostdev &d : vm.hostdevs) {
                if (d.kind == Hostdev::Kind::Mdev) {
                    const auto m = s.mdevs.constFind(d.uuid);
                    held.append(m == s.mdevs.cend() ? ReportData::tr("mdev %1 (missing)").arg(d.uuid)
                                                    : ReportData::tr("%1 on %2", "@item vGPU type on GPU address")
                                                          .arg(typeName(mdevType(s, *m), m->typeId),
                                                               Topology::owningGpu(s, m->parent).toString()));
                } else {
                    const auto p = s.pciDevices.constFind(d.address);
                    held.append(p == s.pciDevices.cend()
                                    ? d.address.toString()
                                    : ReportData::tr("%1 (%2)", "@item PCI address (product)")
                                          .arg(d.address.toString(), Topology::productLabel(*p)));
                }
            }
            t.rows.append({hostName(h), vm.name, vm.uuid, Labels::vmStateText(vm.state), number(vm.vcpus),
                           number(qint64(vm.memoryKiB / 1024)), held.join(QStringLiteral("; "))});
        }
    }
    return t;
}

ReportTable readinessTable(const Inventory &inv)
{
    ReportTable t{QStringLiteral("readiness"),
                  ReportData::tr("Readiness"),
                  {},
                  {ReportData::tr("Host"), ReportData::tr("Severity"), ReportData::tr("Subject"), ReportData::tr("Check"), ReportData::tr("Finding")},
                  {}};
    QStringList unchecked;
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host &h = *inv.host(id);
        if (!h.agent.readinessLoaded) {
            unchecked.append(hostName(h));
            continue;
        }
        for (const ReadinessCheck &c : h.agent.readiness.checks) {
            const ReadinessText text = ReadinessText::render(c);
            t.rows.append({hostName(h), ReadinessText::severityText(c.severity),
                           ReadinessText::subjectText(c), text.title, text.reason});
        }
    }
    if (!unchecked.isEmpty())
        t.note = ReportData::tr("No readiness results (no agent) for: %1").arg(unchecked.join(QStringLiteral(", ")));
    return t;
}
} // namespace

QStringList ReportData::tableKeys()
{
    return {QStringLiteral("hosts"), QStringLiteral("gpus"),      QStringLiteral("vgpus"),
            QStringLiteral("vms"),   QStringLiteral("readiness"), QStringLiteral("licences")};
}

const ReportTable *ReportData::table(const QString &key) const
{
    for (const ReportTable &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

ReportTable ReportData::licenceDemand(const Inventory &inv)
{
    ReportTable t{QStringLiteral("licences"),
                  tr("Licences"),
                  tr("No licence servers configured. The licences the vGPUs held by VMs need:"),
                  {tr("Edition"), tr("vGPU types"), tr("vGPUs"), tr("Running VMs")},
                  {}};
    struct Demand
    {
        QStringList types;
        int vgpus = 0;
        int running = 0;
    };
    std::map<int, Demand> byEdition;
    for (const QString &id : inv.hostIds()) {
        const HostSnapshot &s = inv.host(id)->snapshot;
        const Topology::Holders holders = Topology::holders(s);
        for (const MediatedDevice &m : s.mdevs) {
            const MdevType *type = mdevType(s, m);
            const QString holder = holders.mdev.value(m.uuid);
            if (!type || !type->vgpu || holder.isEmpty())
                continue;
            Demand &d = byEdition[int(type->vgpu->edition())];
            d.types.append(type->vgpu->canonicalName());
            ++d.vgpus;
            const auto vm = s.vms.constFind(holder);
            if (vm != s.vms.cend() && (vm->state == VmState::Running || vm->state == VmState::Blocked))
                ++d.running;
        }
    }
    for (auto &[edition, d] : byEdition) {
        d.types.removeDuplicates();
        d.types.sort();
        const auto e = LicenseEdition(edition);
        t.rows.append({e == LicenseEdition::None ? tr("None needed") : Labels::editionText(e),
                       d.types.join(QStringLiteral(", ")), number(d.vgpus), number(d.running)});
    }
    return t;
}

ReportData ReportData::build(const Inventory &inv, const std::optional<LicenceSummary> &licences,
                             const QDateTime &now)
{
    ReportData r;
    r.title = tr("GPU inventory report");
    QStringList names;
    bool demo = inv.hostCount() > 0;
    for (const QString &id : inv.hostIds()) {
        names.append(hostName(*inv.host(id)));
        demo = demo && inv.host(id)->demo;
    }
    if (demo)
        r.cluster = tr("Demo cluster (%n host(s))", nullptr, inv.hostCount());
    else if (names.size() <= 3)
        r.cluster = names.join(QStringLiteral(", "));
    else
        r.cluster = tr("%1 and %n more host(s)", nullptr, int(names.size() - 3))
                        .arg(names.mid(0, 3).join(QStringLiteral(", ")));
    const QLocale locale;
    r.created = now;
    r.createdText = locale.toString(now, QLocale::LongFormat);
    // The C locale (no LANG) reads as English: that is the language of the untranslated text.
    r.language = locale.language() == QLocale::C ? QLocale(QLocale::English).nativeLanguageName()
                                                 : locale.nativeLanguageName();
    r.tables = {hostsTable(inv), gpusTable(inv), vgpusTable(inv), vmsTable(inv), readinessTable(inv)};
    if (licences)
        r.tables.append(
            {QStringLiteral("licences"), tr("Licences"), licences->note, licences->headers, licences->rows});
    else
        r.tables.append(licenceDemand(inv));
    return r;
}
