#include "assigndrag.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace AssignDrag {

namespace {
using Kind = AssignmentSource::Kind;

QString kindKey(Kind k)
{
    switch (k) {
    case Kind::PciFunction:
        return QStringLiteral("pci-function");
    case Kind::VgpuType:
        return QStringLiteral("vgpu-type");
    case Kind::Mdev:
        return QStringLiteral("mdev");
    case Kind::MigSlot:
        return QStringLiteral("mig-slot");
    case Kind::VirtualFunction:
        return QStringLiteral("virtual-function");
    }
    return {};
}

std::optional<Kind> kindOf(const QString &key)
{
    for (Kind k : {Kind::PciFunction, Kind::VgpuType, Kind::Mdev, Kind::MigSlot, Kind::VirtualFunction})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

// The VM that holds this device on the host, and the hostdev it holds it by.
std::optional<std::pair<QString, Hostdev>> holderOf(const HostSnapshot &s, const Hostdev &want)
{
    for (const VirtualMachine &vm : s.vms)
        for (const Hostdev &h : vm.hostdevs)
            if (h.kind == want.kind &&
                (h.kind == Hostdev::Kind::Mdev ? h.uuid == want.uuid : h.address == want.address))
                return std::make_pair(vm.uuid, h);
    return std::nullopt;
}

QString typeName(const MdevType &t)
{
    return t.vgpu ? t.name.section(QLatin1Char(' '), -1) : t.name;
}
} // namespace

QByteArray encode(const Payload &p)
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(p.source.kind)},
                  {QStringLiteral("host"), p.source.hostId},
                  {QStringLiteral("address"), p.source.address.toString()},
                  {QStringLiteral("type"), p.source.typeId},
                  {QStringLiteral("mdev"), p.source.mdevUuid},
                  {QStringLiteral("migStart"), p.source.migStart},
                  {QStringLiteral("placementId"), p.source.placementId},
                  {QStringLiteral("label"), p.label}};
    if (p.held()) {
        o.insert(QStringLiteral("heldBy"), p.heldBy);
        o.insert(QStringLiteral("hostdevKind"),
                 p.hostdev.kind == Hostdev::Kind::Mdev ? QStringLiteral("mdev") : QStringLiteral("pci"));
        o.insert(QStringLiteral("hostdevAddress"), p.hostdev.address.toString());
        o.insert(QStringLiteral("hostdevUuid"), p.hostdev.uuid);
        o.insert(QStringLiteral("hostdevModel"), p.hostdev.model);
        o.insert(QStringLiteral("hostdevManaged"), p.hostdev.managed);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Payload> decode(const QByteArray &data)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    const auto kind = kindOf(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return std::nullopt;
    Payload p;
    p.source.kind = *kind;
    p.source.hostId = o.value(QStringLiteral("host")).toString();
    p.source.address =
        PciAddress::parse(o.value(QStringLiteral("address")).toString()).value_or(PciAddress());
    p.source.typeId = o.value(QStringLiteral("type")).toString();
    p.source.mdevUuid = o.value(QStringLiteral("mdev")).toString();
    p.source.migStart = o.value(QStringLiteral("migStart")).toInt(-1);
    p.source.placementId = o.value(QStringLiteral("placementId")).toInt(-1);
    p.label = o.value(QStringLiteral("label")).toString();
    p.heldBy = o.value(QStringLiteral("heldBy")).toString();
    if (p.held()) {
        p.hostdev.kind = o.value(QStringLiteral("hostdevKind")).toString() == u"mdev" ? Hostdev::Kind::Mdev
                                                                                      : Hostdev::Kind::Pci;
        p.hostdev.address =
            PciAddress::parse(o.value(QStringLiteral("hostdevAddress")).toString()).value_or(PciAddress());
        p.hostdev.uuid = o.value(QStringLiteral("hostdevUuid")).toString();
        p.hostdev.model = o.value(QStringLiteral("hostdevModel")).toString();
        p.hostdev.managed = o.value(QStringLiteral("hostdevManaged")).toBool();
    }
    return p;
}

QMimeData *toMime(const Payload &p)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), encode(p));
    mime->setText(p.label);
    return mime;
}

std::optional<Payload> fromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(MimeType)))
        return std::nullopt;
    return decode(mime->data(QString::fromLatin1(MimeType)));
}

std::optional<Payload> payloadFor(const ObjectRef &ref, const HostSnapshot &s)
{
    Payload p;
    p.source.hostId = ref.hostId;
    Hostdev device;
    switch (ref.kind) {
    case ObjectRef::Kind::Gpu:
    case ObjectRef::Kind::Function: {
        const auto a = PciAddress::parse(ref.key);
        if (!a || !s.pciDevices.contains(*a))
            return std::nullopt;
        const PciDevice &d = s.pciDevices[*a];
        p.source.kind = d.isVirtualFunction() ? Kind::VirtualFunction : Kind::PciFunction;
        p.source.address = *a;
        p.label = d.productName.isEmpty() ? a->toString() : d.productName + QLatin1Char(' ') + a->toString();
        device.kind = Hostdev::Kind::Pci;
        device.address = *a;
        break;
    }
    case ObjectRef::Kind::MdevType: {
        // "<gpu address>/<type id>": the type is offered by the GPU or by its VFs; "…@<slice>" from an
        // empty MIG slot on the board, which fixes where the instance starts.
        const auto a = PciAddress::parse(ref.key.section(QLatin1Char('/'), 0, 0));
        const QString typeAndSlot = ref.key.section(QLatin1Char('/'), 1);
        const QString typeId = typeAndSlot.section(QLatin1Char('@'), 0, 0);
        bool slotOk = false;
        const int slot = typeAndSlot.section(QLatin1Char('@'), 1).toInt(&slotOk);
        if (!a || !s.pciDevices.contains(*a) || typeId.isEmpty())
            return std::nullopt;
        const PciDevice &gpu = s.pciDevices[*a];
        std::optional<MdevType> type;
        QList<PciAddress> where{*a};
        where += gpu.virtFunctions;
        for (const PciAddress &f : where)
            for (const MdevType &t : s.pciDevices.value(f).mdevTypes)
                if (t.id == typeId && !type)
                    type = t;
        if (!type)
            return std::nullopt;
        p.source.kind = type->vgpu && type->vgpu->migBacked ? Kind::MigSlot : Kind::VgpuType;
        p.source.address = *a;
        p.source.typeId = typeId;
        p.label = QStringLiteral("%1 · %2").arg(typeName(*type), a->toString());
        if (p.source.kind == Kind::MigSlot && slotOk) {
            p.source.migStart = slot;
            p.label = QStringLiteral("%1 · %2 @ %3").arg(typeName(*type), a->toString()).arg(slot);
        }
        return p; // a new device: nobody holds it
    }
    case ObjectRef::Kind::Mdev: {
        if (!s.mdevs.contains(ref.key))
            return std::nullopt;
        const MediatedDevice &m = s.mdevs[ref.key];
        p.source.kind = Kind::Mdev;
        p.source.mdevUuid = m.uuid;
        p.source.address = m.parent;
        p.label = m.uuid;
        for (const MdevType &t : s.pciDevices.value(m.parent).mdevTypes)
            if (t.id == m.typeId)
                p.label = QStringLiteral("%1 · %2").arg(typeName(t), m.uuid.left(8));
        device.kind = Hostdev::Kind::Mdev;
        device.uuid = m.uuid;
        break;
    }
    default:
        return std::nullopt;
    }
    if (const auto holder = holderOf(s, device)) {
        p.heldBy = holder->first;
        p.hostdev = holder->second;
    }
    return p;
}

} // namespace AssignDrag
