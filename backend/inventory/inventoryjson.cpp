#include "inventoryjson.h"

#include "inventory.h"
#include "model/labels.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace {
QJsonValue nameOrNull(const HostSnapshot &s, const QString &uuid)
{
    if (uuid.isEmpty())
        return QJsonValue::Null;
    const auto it = s.vms.constFind(uuid);
    return it == s.vms.cend() ? QJsonValue(uuid) : QJsonValue(it->name);
}

QString hex4(quint16 v)
{
    return QString::asprintf("%04x", v);
}

QJsonValue intOrNull(int v)
{
    return v < 0 ? QJsonValue::Null : QJsonValue(v);
}

QJsonObject gpuJson(const HostSnapshot &s, const PciDevice &d, const Topology::Holders &holders)
{
    QJsonObject g;
    g[u"address"] = d.address.toString();
    g[u"vendorId"] = hex4(d.vendorId);
    g[u"deviceId"] = hex4(d.productId);
    g[u"class"] = QString::asprintf("%06x", d.classCode);
    g[u"vendor"] = Topology::vendorLabel(d);
    g[u"product"] = Topology::productLabel(d);
    const QString driver = Topology::driverOf(s, d.address);
    g[u"driver"] = driver.isEmpty() ? QJsonValue::Null : QJsonValue(driver);
    g[u"numaNode"] = intOrNull(d.numaNode);
    g[u"iommuGroup"] = intOrNull(d.iommuGroup);
    g[u"bootVga"] = s.agent.present ? QJsonValue(s.agent.bootVga.contains(d.address)) : QJsonValue::Null;
    if (d.link.width > 0) {
        g[u"link"] = QJsonObject{{u"speedGTs"_qs, d.link.speedGTs}, {u"width"_qs, d.link.width},
                                 {u"maxSpeedGTs"_qs, d.link.maxSpeedGTs}, {u"maxWidth"_qs, d.link.maxWidth}};
    }
    QJsonArray functions;
    for (const PciAddress &a : Topology::companionFunctions(s, d.address)) {
        const PciDevice &f = s.pciDevices[a];
        functions.append(QJsonObject{{u"address"_qs, a.toString()}, {u"class"_qs, QString::asprintf("%06x", f.classCode)},
                                     {u"product"_qs, Topology::productLabel(f)}});
    }
    g[u"functions"] = functions;
    QJsonArray types;
    for (const Topology::GpuTypeOffer &o : Topology::typesOfGpu(s, d.address)) {
        QJsonObject t{{u"id"_qs, o.type.id}, {u"name"_qs, o.type.name}, {u"available"_qs, o.type.availableInstances},
                      {u"created"_qs, o.created}, {u"deviceApi"_qs, o.type.deviceApi}};
        if (o.type.vgpu) {
            t[u"framebufferMB"] = o.type.vgpu->framebufferMB;
            t[u"series"] = Labels::seriesKey(o.type.vgpu->series);
            t[u"edition"] = Labels::editionKey(o.type.vgpu->edition());
            t[u"migBacked"] = o.type.vgpu->migBacked;
        } else {
            t[u"framebufferMB"] = QJsonValue::Null;
            t[u"series"] = QJsonValue::Null;
        }
        t[u"max"] = o.maxInstances > 0 ? QJsonValue(o.maxInstances) : QJsonValue::Null;
        types.append(t);
    }
    g[u"mdevTypes"] = types;
    QJsonArray mdevs;
    for (const QString &uuid : Topology::mdevsOfGpu(s, d.address)) {
        const MediatedDevice &m = s.mdevs[uuid];
        mdevs.append(QJsonObject{{u"uuid"_qs, uuid}, {u"type"_qs, m.typeId}, {u"parent"_qs, m.parent.toString()},
                                 {u"vm"_qs, nameOrNull(s, holders.mdev.value(uuid))}});
    }
    g[u"mdevs"] = mdevs;
    QJsonArray vfs;
    for (const PciAddress &vf : d.virtFunctions)
        vfs.append(QJsonObject{{u"address"_qs, vf.toString()}, {u"assignedTo"_qs, nameOrNull(s, holders.pci.value(vf))}});
    g[u"virtualFunctions"] = vfs;
    g[u"maxVirtualFunctions"] = d.maxVirtFunctions;
    g[u"assignedTo"] = nameOrNull(s, holders.pci.value(d.address));
    return g;
}
} // namespace

QJsonObject InventoryJson::toJson(const Inventory &inventory)
{
    QJsonArray hosts;
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        const HostSnapshot &s = h->snapshot;
        QJsonObject host;
        host[u"name"] = h->displayName.isEmpty() ? h->uri : h->displayName;
        host[u"uri"] = h->uri;
        host[u"state"] = Labels::connectionStateKey(h->state);
        host[u"demo"] = h->demo;
        host[u"error"] = h->lastError.isNull() ? QJsonValue::Null : QJsonValue(h->lastError.toString());
        host[u"hostname"] = s.hostname;
        host[u"hypervisor"] = s.hypervisor;
        host[u"libvirtVersion"] = s.libvirtVersion;
        const Topology::Holders holders = Topology::holders(s);
        QJsonArray gpus;
        for (const PciAddress &a : Topology::gpus(s))
            gpus.append(gpuJson(s, s.pciDevices[a], holders));
        host[u"gpus"] = gpus;
        QJsonArray groups;
        for (const Topology::IommuGroup &g : Topology::iommuGroups(s)) {
            QJsonArray devs;
            for (const PciAddress &a : g.members)
                devs.append(a.toString());
            groups.append(QJsonObject{{u"id"_qs, g.id}, {u"devices"_qs, devs}, {u"sharedAcrossDevices"_qs, g.sharedAcrossDevices}});
        }
        host[u"iommuGroups"] = groups;
        QJsonArray vms;
        for (const VirtualMachine &vm : s.vms) {
            QJsonArray devs;
            for (const Hostdev &d : vm.hostdevs) {
                if (d.kind == Hostdev::Kind::Pci)
                    devs.append(QJsonObject{{u"type"_qs, u"pci"_qs}, {u"address"_qs, d.address.toString()}});
                else
                    devs.append(QJsonObject{{u"type"_qs, u"mdev"_qs}, {u"uuid"_qs, d.uuid}});
            }
            vms.append(QJsonObject{{u"name"_qs, vm.name},
                                   {u"uuid"_qs, vm.uuid},
                                   {u"state"_qs, Labels::vmStateKey(vm.state)},
                                   {u"vcpus"_qs, vm.vcpus},
                                   {u"memoryMB"_qs, qint64(vm.memoryKiB / 1024)},
                                   {u"persistent"_qs, vm.persistent},
                                   {u"hostdevs"_qs, devs}});
        }
        host[u"vms"] = vms;
        hosts.append(host);
    }
    return QJsonObject{{u"formatVersion"_qs, 1}, {u"hosts"_qs, hosts}};
}

QString InventoryJson::toTable(const Inventory &inventory)
{
    QString out;
    QTextStream ts(&out);
    auto tr = [](const char *s) { return QCoreApplication::translate("InventoryJson", s); };
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        const HostSnapshot &s = h->snapshot;
        ts << (h->displayName.isEmpty() ? h->uri : h->displayName) << "  [" << Labels::connectionStateText(h->state) << "]  "
           << h->uri << '\n';
        if (!h->lastError.isNull())
            ts << "  " << h->lastError.toString() << '\n';
        const Topology::Holders holders = Topology::holders(s);
        for (const PciAddress &a : Topology::gpus(s)) {
            const PciDevice &d = s.pciDevices[a];
            const int slices = int(Topology::mdevsOfGpu(s, a).size());
            const QString holder = holders.pci.contains(a) ? s.vms.value(holders.pci[a]).name : QString();
            ts << "  " << a.toString() << "  " << Topology::productLabel(d);
            if (slices > 0)
                ts << "  " << QCoreApplication::translate("InventoryJson", "%n vGPU(s)", nullptr, slices);
            if (!d.virtFunctions.isEmpty())
                ts << "  " << tr("VFs: %1/%2").arg(d.virtFunctions.size()).arg(d.maxVirtFunctions);
            if (!holder.isEmpty())
                ts << "  -> " << holder;
            ts << '\n';
        }
        int running = 0;
        for (const VirtualMachine &vm : s.vms)
            running += vm.state == VmState::Running ? 1 : 0;
        ts << "  " << tr("VMs: %1 (%2 running)").arg(s.vms.size()).arg(running) << "\n\n";
    }
    return out;
}
