#include "inventoryjsonreader.h"

#include "model/labels.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Gives these strings a context lupdate can see.
struct InventoryJsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(InventoryJson)
};

namespace InventoryJson {

namespace {

quint32 hex(const QJsonValue &v)
{
    return v.toString().toUInt(nullptr, 16);
}

int intOr(const QJsonValue &v, int fallback)
{
    return v.isDouble() ? v.toInt() : fallback;
}

VmState stateFromKey(const QString &key)
{
    for (VmState s : {VmState::NoState, VmState::Running, VmState::Blocked, VmState::Paused,
                      VmState::ShuttingDown, VmState::Shutoff, VmState::Crashed, VmState::Suspended}) {
        if (Labels::vmStateKey(s) == key)
            return s;
    }
    return VmState::NoState;
}

// The GPU and what belongs to it; returns the address or the reason it cannot be read.
std::optional<PciAddress> readGpu(const QJsonObject &g, HostSnapshot &s)
{
    const auto address = PciAddress::parse(g.value(QStringLiteral("address")).toString());
    if (!address)
        return std::nullopt;
    PciDevice d;
    d.address = *address;
    d.nodeName = address->nodeDeviceName();
    d.classCode = hex(g.value(QStringLiteral("class")));
    d.vendorId = quint16(hex(g.value(QStringLiteral("vendorId"))));
    d.productId = quint16(hex(g.value(QStringLiteral("deviceId"))));
    d.vendorName = g.value(QStringLiteral("vendor")).toString();
    d.productName = g.value(QStringLiteral("product")).toString();
    d.driver = g.value(QStringLiteral("driver")).toString();
    d.numaNode = intOr(g.value(QStringLiteral("numaNode")), -1);
    d.iommuGroup = intOr(g.value(QStringLiteral("iommuGroup")), -1);
    d.maxVirtFunctions = g.value(QStringLiteral("maxVirtualFunctions")).toInt();
    if (g.value(QStringLiteral("bootVga")).toBool())
        s.agent.bootVga.append(d.address);
    if (!g.value(QStringLiteral("bootVga")).isNull())
        s.agent.present = true;
    for (const QJsonValue &f : g.value(QStringLiteral("functions")).toArray()) {
        const QJsonObject o = f.toObject();
        if (const auto a = PciAddress::parse(o.value(QStringLiteral("address")).toString())) {
            PciDevice c;
            c.address = *a;
            c.nodeName = a->nodeDeviceName();
            c.classCode = hex(o.value(QStringLiteral("class")));
            c.vendorId = d.vendorId;
            c.productName = o.value(QStringLiteral("product")).toString();
            s.pciDevices.insert(c.address, c);
        }
    }
    for (const QJsonValue &v : g.value(QStringLiteral("virtualFunctions")).toArray()) {
        if (const auto a = PciAddress::parse(v.toObject().value(QStringLiteral("address")).toString())) {
            PciDevice vf = d;
            vf.address = *a;
            vf.nodeName = a->nodeDeviceName();
            vf.physFunction = d.address;
            vf.maxVirtFunctions = 0;
            s.pciDevices.insert(vf.address, vf);
            d.virtFunctions.append(*a);
        }
    }
    QList<MdevType> types;
    for (const QJsonValue &v : g.value(QStringLiteral("mdevTypes")).toArray()) {
        const QJsonObject o = v.toObject();
        MdevType t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.name = o.value(QStringLiteral("name")).toString();
        t.deviceApi = o.value(QStringLiteral("deviceApi")).toString();
        t.availableInstances = o.value(QStringLiteral("available")).toInt();
        t.vgpu = VgpuTypeName::parse(t.name);
        types.append(t);
    }
    bool onVfs = false;
    for (const QJsonValue &v : g.value(QStringLiteral("mdevs")).toArray()) {
        const QJsonObject o = v.toObject();
        MediatedDevice m;
        m.uuid = o.value(QStringLiteral("uuid")).toString();
        m.typeId = o.value(QStringLiteral("type")).toString();
        m.parent = PciAddress::parse(o.value(QStringLiteral("parent")).toString()).value_or(d.address);
        onVfs = onVfs || m.parent != d.address;
        s.mdevs.insert(m.uuid, m);
    }
    // The dump sums the types over the GPU and its VFs. NVIDIA boards with VFs (Ampere and later) offer
    // them on the VFs, one vGPU per VF; put them there so the one-per-VF rule holds again.
    onVfs = onVfs || (d.vendorId == 0x10de && !d.virtFunctions.isEmpty());
    if (onVfs && !d.virtFunctions.isEmpty())
        s.pciDevices[d.virtFunctions.first()].mdevTypes = types;
    else
        d.mdevTypes = types;
    s.pciDevices.insert(d.address, d);
    return d.address;
}

Error problem(const QString &file, const QString &what)
{
    return Error{InventoryJsonReaderText::tr("%1 is not an inventory dump: %2").arg(file, what), {}, 0};
}

} // namespace

Result<QList<HostSnapshot>> readSnapshots(const QByteArray &json, const QString &file)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it stumbled on; point at that character.
        const QByteArray before = json.left(std::max(0, pe.offset - 1));
        return Error{InventoryJsonReaderText::tr("%1: line %2, column %3: %4")
                         .arg(file)
                         .arg(before.count('\n') + 1)
                         .arg(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1)
                         .arg(pe.errorString()),
                     {},
                     0};
    }
    const QJsonObject top = doc.object();
    if (top.value(QStringLiteral("formatVersion")).toInt() != 1 ||
        !top.value(QStringLiteral("hosts")).isArray())
        return problem(file, InventoryJsonReaderText::tr("formatVersion 1 and a hosts list are expected"));
    QList<HostSnapshot> out;
    for (const QJsonValue &hv : top.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = hv.toObject();
        if (h.value(QStringLiteral("state")).toString() != u"connected")
            continue;
        HostSnapshot s;
        s.hostname = h.value(QStringLiteral("name")).toString();
        s.hypervisor = h.value(QStringLiteral("hypervisor")).toString();
        s.libvirtVersion = h.value(QStringLiteral("libvirtVersion")).toString();
        for (const QJsonValue &g : h.value(QStringLiteral("gpus")).toArray()) {
            if (!readGpu(g.toObject(), s))
                return problem(
                    file, InventoryJsonReaderText::tr("a GPU of %1 has no valid address").arg(s.hostname));
        }
        for (const QJsonValue &gv : h.value(QStringLiteral("iommuGroups")).toArray()) {
            const QJsonObject group = gv.toObject();
            QList<PciAddress> members;
            for (const QJsonValue &m : group.value(QStringLiteral("devices")).toArray()) {
                if (const auto a = PciAddress::parse(m.toString()))
                    members.append(*a);
            }
            for (const PciAddress &a : members) {
                if (s.pciDevices.contains(a)) {
                    s.pciDevices[a].iommuGroup = group.value(QStringLiteral("id")).toInt();
                    s.pciDevices[a].iommuGroupMembers = members;
                }
            }
        }
        for (const QJsonValue &vv : h.value(QStringLiteral("vms")).toArray()) {
            const QJsonObject o = vv.toObject();
            VirtualMachine vm;
            vm.uuid = o.value(QStringLiteral("uuid")).toString();
            vm.name = o.value(QStringLiteral("name")).toString();
            vm.state = stateFromKey(o.value(QStringLiteral("state")).toString());
            vm.vcpus = o.value(QStringLiteral("vcpus")).toInt();
            vm.memoryKiB = quint64(o.value(QStringLiteral("memoryMB")).toInteger()) * 1024;
            vm.persistent = o.value(QStringLiteral("persistent")).toBool(true);
            for (const QJsonValue &dv : o.value(QStringLiteral("hostdevs")).toArray()) {
                const QJsonObject d = dv.toObject();
                Hostdev hd;
                if (d.value(QStringLiteral("type")).toString() == u"mdev") {
                    hd.kind = Hostdev::Kind::Mdev;
                    hd.uuid = d.value(QStringLiteral("uuid")).toString();
                } else if (const auto a = PciAddress::parse(d.value(QStringLiteral("address")).toString())) {
                    hd.address = *a;
                } else {
                    continue;
                }
                vm.hostdevs.append(hd);
            }
            s.vms.insert(vm.uuid, vm);
        }
        out.append(s);
    }
    return out;
}

Result<QList<HostSnapshot>> readSnapshotsFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{InventoryJsonReaderText::tr("Cannot open the inventory file %1").arg(path),
                     f.errorString(), 0};
    return readSnapshots(f.readAll(), QFileInfo(path).fileName());
}

} // namespace InventoryJson
