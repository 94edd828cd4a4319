#include "vmtablemodel.h"

#include "model/labels.h"
#include "modelnames.h"

#include <QLocale>

#include <algorithm>

VmTableModel::VmTableModel(Inventory *inventory, QObject *parent) : HostRowTableModel(inventory, parent)
{
    populate();
    // Every change resyncs only its host; the diff signals only the rows that changed.
    inventory->followHosts(this,
                           Inventory::Change::Snapshot | Inventory::Change::Vm | Inventory::Change::Device,
                           [this](const QString &id) { resync(id); });
}

std::vector<VmTableRow> VmTableModel::buildRows(const Inventory::Host &h) const
{
    const HostSnapshot &s = h.snapshot;
    const QString hostName = ModelNames::hostLabel(h);
    std::vector<VmTableRow> rows;
    rows.reserve(size_t(s.vms.size()));
    for (const VirtualMachine &vm : s.vms) {
        VmTableRow r;
        r.key = vm.uuid;
        r.name = vm.name;
        r.hostName = hostName;
        r.state = vm.state;
        r.vcpus = vm.vcpus;
        r.memoryKiB = vm.memoryKiB;
        r.persistent = vm.persistent;
        for (const Hostdev &d : vm.hostdevs) {
            VmAssignedDevice a;
            if (d.kind == Hostdev::Kind::Mdev) {
                a.ref = {ObjectRef::Kind::Mdev, h.id, d.uuid};
                if (const auto m = s.mdevs.constFind(d.uuid); m != s.mdevs.cend()) {
                    a.label = ModelNames::mdevTypeLabel(s, *m);
                    a.address = m->parent.toString();
                }
            } else {
                const auto p = s.pciDevices.constFind(d.address);
                const bool gpu = p != s.pciDevices.cend() && p->isGpu();
                a.ref = {gpu ? ObjectRef::Kind::Gpu : ObjectRef::Kind::Function, h.id, d.address.toString()};
                a.label = ModelNames::productOf(s, d.address);
                a.address = d.address.toString();
            }
            r.devices.append(a);
        }
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [](const VmTableRow &a, const VmTableRow &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.key < b.key;
    });
    return rows;
}

std::pair<int, int> VmTableModel::changedColumns(const VmTableRow &a, const VmTableRow &b) const
{
    const bool differs[ColumnCount] = {a.name != b.name,   a.hostName != b.hostName,   a.state != b.state,
                                       a.vcpus != b.vcpus, a.memoryKiB != b.memoryKiB, a.devices != b.devices,
                                       a.key != b.key};
    const auto first = std::find(std::begin(differs), std::end(differs), true);
    if (first == std::end(differs))
        return {-1, -1};
    const auto last = std::find(std::rbegin(differs), std::rend(differs), true);
    return {int(first - std::begin(differs)), int(std::rend(differs) - last) - 1};
}

int VmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VmTableModel::devicesText(const VmTableRow &row) const
{
    QStringList parts;
    for (const VmAssignedDevice &d : row.devices) {
        if (d.ref.kind == ObjectRef::Kind::Mdev) {
            parts << (d.label.isEmpty()
                          ? tr("vGPU %1", "@item assigned device: an mdev the host does not list; its uuid")
                                .arg(d.ref.key)
                          : tr("%1 vGPU (%2)", "@item assigned device: vGPU type, PCI address")
                                .arg(d.label, d.address));
        } else {
            parts
                << (d.label.isEmpty()
                        ? d.address
                        : tr("%1 %2", "@item assigned device: PCI address, product").arg(d.address, d.label));
        }
    }
    return QLocale().createSeparatedList(parts);
}

QVariant VmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Located at = rowAt(index.row());
    const VmTableRow &r = *at.row;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return r.name;
        case HostColumn:
            return r.hostName;
        case StateColumn:
            return Labels::vmStateText(r.state);
        case VcpusColumn:
            return r.vcpus;
        case MemoryColumn:
            return ModelNames::sizeText(r.memoryKiB * 1024);
        case DevicesColumn:
            return devicesText(r);
        case UuidColumn:
            return r.key;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == VcpusColumn || column == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SortRole:
        switch (column) {
        case NameColumn:
            return r.name;
        case HostColumn:
            return r.hostName;
        case StateColumn:
            return int(r.state);
        case VcpusColumn:
            return r.vcpus;
        case MemoryColumn:
            return qulonglong(r.memoryKiB);
        case DevicesColumn:
            return int(r.devices.size());
        case UuidColumn:
            return r.key;
        }
        break;
    case ObjectRoles::KindRole:
        return int(ObjectRef::Kind::Vm);
    case ObjectRoles::HostIdRole:
        return *at.hostId;
    case ObjectRoles::KeyRole:
        return r.key;
    case ObjectRoles::RefRole:
        return QVariant::fromValue(ObjectRef{ObjectRef::Kind::Vm, *at.hostId, r.key});
    case ObjectRoles::SearchTextRole: {
        QString text = ModelNames::searchText({r.name, r.hostName, r.key});
        for (const VmAssignedDevice &d : r.devices)
            text = ModelNames::searchText({text, d.label, d.address});
        return text;
    }
    case VmStateRole:
        return int(r.state);
    case VcpusRole:
        return r.vcpus;
    case MemoryKiBRole:
        return qulonglong(r.memoryKiB);
    case AssignedRefsRole: {
        QList<ObjectRef> refs;
        for (const VmAssignedDevice &d : r.devices)
            refs.append(d.ref);
        return QVariant::fromValue(refs);
    }
    case AssignedCountRole:
        return int(r.devices.size());
    case PersistentRole:
        return r.persistent;
    case HostNameRole:
        return r.hostName;
    default:
        break;
    }
    return {};
}

QVariant VmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "@title:column VM name");
    case HostColumn:
        return tr("Host", "@title:column");
    case StateColumn:
        return tr("State", "@title:column VM state");
    case VcpusColumn:
        return tr("vCPUs", "@title:column");
    case MemoryColumn:
        return tr("Memory", "@title:column VM memory");
    case DevicesColumn:
        return tr("Assigned devices", "@title:column");
    case UuidColumn:
        return tr("UUID", "@title:column");
    }
    return {};
}

QHash<int, QByteArray> VmTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ObjectRoles::names());
    names.insert({{VmStateRole, "vmState"},
                  {VcpusRole, "vcpus"},
                  {MemoryKiBRole, "memoryKiB"},
                  {AssignedRefsRole, "assignedRefs"},
                  {AssignedCountRole, "assignedCount"},
                  {PersistentRole, "persistent"},
                  {HostNameRole, "hostName"},
                  {SortRole, "sort"}});
    return names;
}

QModelIndex VmTableModel::indexFor(const ObjectRef &ref) const
{
    return ref.kind == ObjectRef::Kind::Vm ? indexForKey(ref.hostId, ref.key) : QModelIndex();
}
