#include "vgpuprofilemodel.h"

#include "model/labels.h"
#include "model/topology.h"
#include "modelnames.h"

#include <QLocale>

#include <algorithm>

VgpuProfileModel::VgpuProfileModel(Inventory *inventory, QObject *parent)
    : HostRowTableModel(inventory, parent)
{
    populate();
    // Every change resyncs only its host; the diff signals only the rows that changed.
    inventory->followHosts(this, Inventory::Change::Snapshot | Inventory::Change::Device,
                           [this](const QString &id) { resync(id); });
}

std::vector<VgpuProfileRow> VgpuProfileModel::buildRows(const Inventory::Host &h) const
{
    const HostSnapshot &s = h.snapshot;
    const QString hostName = ModelNames::hostLabel(h);
    std::vector<VgpuProfileRow> rows;
    for (const PciAddress &gpu : Topology::gpus(s)) {
        const QString address = gpu.toString();
        const QString product = ModelNames::productOf(s, gpu);
        for (const Topology::GpuTypeOffer &offer : Topology::typesOfGpu(s, gpu)) {
            VgpuProfileRow r;
            r.key = address + u'/' + offer.type.id;
            r.typeId = offer.type.id;
            r.typeName = ModelNames::typeLabel(offer.type);
            r.rawName = offer.type.name;
            r.hostName = hostName;
            r.gpuAddress = address;
            r.gpuProduct = product;
            const auto vgpu = offer.type.vgpu ? offer.type.vgpu : VgpuTypeName::parse(offer.type.name);
            if (vgpu) {
                r.framebufferMB = vgpu->framebufferMB;
                r.series = vgpu->series;
                r.migBacked = vgpu->migBacked;
            }
            r.available = offer.type.availableInstances;
            r.maxInstances = offer.maxInstances;
            r.created = offer.created;
            rows.push_back(std::move(r));
        }
    }
    return rows;
}

std::pair<int, int> VgpuProfileModel::changedColumns(const VgpuProfileRow &a, const VgpuProfileRow &b) const
{
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortValue(a, c) != sortValue(b, c) || display(a, c) != display(b, c)) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    return {first, last};
}

int VgpuProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VgpuProfileModel::display(const VgpuProfileRow &r, int column) const
{
    const QString unknown = QStringLiteral("—");
    switch (column) {
    case TypeColumn:
        return r.typeName;
    case HostColumn:
        return r.hostName;
    case GpuColumn:
        return tr("%1 %2", "@item GPU: PCI address, product").arg(r.gpuAddress, r.gpuProduct);
    case FramebufferColumn:
        if (r.framebufferMB <= 0)
            return unknown;
        return tr("%1 GiB", "@item framebuffer per vGPU")
            .arg(QLocale().toString(r.framebufferMB / 1024.0, 'f', r.framebufferMB % 1024 ? 1 : 0));
    case SeriesColumn:
        return VgpuTypeName::seriesLetter(r.series);
    case EditionColumn:
        return r.series == VgpuSeries::Unknown ? QString()
                                               : Labels::editionText(VgpuTypeName::editionFor(r.series));
    case AvailableColumn:
        return r.available;
    case MaximumColumn:
        return r.maxInstances > 0 ? QVariant(r.maxInstances) : QVariant(unknown);
    case CreatedColumn:
        return r.created;
    case TypeIdColumn:
        return r.typeId;
    }
    return {};
}

QVariant VgpuProfileModel::sortValue(const VgpuProfileRow &r, int column) const
{
    switch (column) {
    case TypeColumn:
        return r.typeName;
    case HostColumn:
        return r.hostName;
    case GpuColumn:
        return r.gpuAddress;
    case FramebufferColumn:
        return r.framebufferMB;
    case SeriesColumn:
        return int(r.series);
    case EditionColumn:
        return int(VgpuTypeName::editionFor(r.series));
    case AvailableColumn:
        return r.available;
    case MaximumColumn:
        return r.maxInstances;
    case CreatedColumn:
        return r.created;
    case TypeIdColumn:
        return r.typeId;
    }
    return {};
}

QVariant VgpuProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Located at = rowAt(index.row());
    const VgpuProfileRow &r = *at.row;
    const LicenseEdition edition = VgpuTypeName::editionFor(r.series);
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        // The column shows NVIDIA's short edition name; the full one is a hover away.
        if (index.column() == EditionColumn && r.series != VgpuSeries::Unknown)
            return Labels::editionFullText(edition);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= FramebufferColumn && index.column() != SeriesColumn &&
            index.column() != EditionColumn && index.column() != TypeIdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        return sortValue(r, index.column());
    case ObjectRoles::KindRole:
        return int(ObjectRef::Kind::MdevType);
    case ObjectRoles::HostIdRole:
        return *at.hostId;
    case ObjectRoles::KeyRole:
        return r.key;
    case ObjectRoles::RefRole:
        return QVariant::fromValue(ObjectRef{ObjectRef::Kind::MdevType, *at.hostId, r.key});
    case ObjectRoles::SearchTextRole:
        return ModelNames::searchText(
            {r.typeName, r.rawName, r.typeId, r.hostName, r.gpuAddress, r.gpuProduct});
    case TypeIdRole:
        return r.typeId;
    case TypeNameRole:
        return r.typeName;
    case RawTypeNameRole:
        return r.rawName;
    case GpuAddressRole:
        return r.gpuAddress;
    case GpuProductRole:
        return r.gpuProduct;
    case FramebufferMBRole:
        return r.framebufferMB;
    case SeriesRole:
        return int(r.series);
    case EditionRole:
        return int(edition);
    case EditionKeyRole:
        return Labels::editionKey(edition);
    case MigBackedRole:
        return r.migBacked;
    case AvailableRole:
        return r.available;
    case MaxInstancesRole:
        return r.maxInstances;
    case CreatedRole:
        return r.created;
    case HostNameRole:
        return r.hostName;
    default:
        break;
    }
    return {};
}

QVariant VgpuProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type", "@title:column vGPU type");
    case HostColumn:
        return tr("Host", "@title:column");
    case GpuColumn:
        return tr("GPU", "@title:column");
    case FramebufferColumn:
        return tr("Framebuffer", "@title:column per vGPU");
    case SeriesColumn:
        return tr("Series", "@title:column vGPU series letter");
    case EditionColumn:
        return tr("Licence edition", "@title:column");
    case AvailableColumn:
        return tr("Available", "@title:column vGPU instances that can still be created");
    case MaximumColumn:
        return tr("Maximum", "@title:column vGPU instances per GPU");
    case CreatedColumn:
        return tr("Created", "@title:column vGPU instances that exist");
    case TypeIdColumn:
        return tr("Type id", "@title:column mdev type id");
    }
    return {};
}

QHash<int, QByteArray> VgpuProfileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectRoles::names());
    names.insert({{TypeIdRole, "typeId"},
                  {TypeNameRole, "typeName"},
                  {RawTypeNameRole, "rawTypeName"},
                  {GpuAddressRole, "gpuAddress"},
                  {GpuProductRole, "gpuProduct"},
                  {FramebufferMBRole, "framebufferMB"},
                  {SeriesRole, "series"},
                  {EditionRole, "edition"},
                  {EditionKeyRole, "editionKey"},
                  {MigBackedRole, "migBacked"},
                  {AvailableRole, "available"},
                  {MaxInstancesRole, "maxInstances"},
                  {CreatedRole, "created"},
                  {HostNameRole, "hostName"},
                  {SortRole, "sort"}});
    return names;
}

QModelIndex VgpuProfileModel::indexFor(const ObjectRef &ref) const
{
    return ref.kind == ObjectRef::Kind::MdevType ? indexForKey(ref.hostId, ref.key) : QModelIndex();
}
