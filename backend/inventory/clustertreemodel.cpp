#include "clustertreemodel.h"

#include "core/stringpool.h"
#include "model/topology.h"
#include "modelnames.h"

#include <algorithm>

using Values = ClusterNodeValues;

namespace {

ObjectRef::Kind kindOf(ClusterTreeModel::NodeType t)
{
    using T = ClusterTreeModel::NodeType;
    switch (t) {
    case T::Host:
        return ObjectRef::Kind::Host;
    case T::Gpu:
        return ObjectRef::Kind::Gpu;
    case T::Companion:
    case T::VirtualFunction:
        return ObjectRef::Kind::Function;
    case T::Slice:
        return ObjectRef::Kind::Mdev;
    case T::Vm:
        return ObjectRef::Kind::Vm;
    case T::VmFolder:
        break;
    }
    return ObjectRef::Kind::None;
}

Values hostValues(const Inventory::Host &h)
{
    Values v;
    v.name = ModelNames::hostLabel(h);
    v.search = ModelNames::searchText({h.uri, h.snapshot.hostname});
    v.error = h.lastError.summary;
    v.errorDetail = h.lastError.detail;
    v.state = int(h.state);
    v.retryInSeconds = h.retryInSeconds;
    v.demo = h.demo;
    v.loaded = h.loaded;
    return v;
}

void setHolder(Values &v, const HostSnapshot &s, const QString &vmUuid)
{
    v.holder = vmUuid;
    if (const auto vm = s.vms.constFind(vmUuid); !vmUuid.isEmpty() && vm != s.vms.cend())
        v.holderName = vm->name;
}

Values functionValues(const HostSnapshot &s, const PciDevice &d, const Topology::Holders &holders)
{
    Values v;
    // Hosts of a cluster repeat the same products at the same addresses: rows share those strings.
    v.name = StringPool::intern(Topology::productLabel(d));
    v.address = StringPool::intern(d.address.toString());
    setHolder(v, s, holders.pci.value(d.address));
    return v;
}

} // namespace

ClusterTreeModel::ClusterTreeModel(Inventory *inventory, QObject *parent) : HostTreeModel(inventory, parent)
{
    populate();
    // Every change resyncs only its host; the diff signals only the rows that changed.
    inventory->followHosts(this,
                           Inventory::Change::State | Inventory::Change::Snapshot | Inventory::Change::Vm |
                               Inventory::Change::Device | Inventory::Change::Agent,
                           [this](const QString &id) { resync(id); });
}

ClusterTreeModel::NodePtr ClusterTreeModel::buildHost(const Inventory::Host &h) const
{
    NodePtr host = makeNode(int(NodeType::Host), h.id, hostValues(h));
    if (!h.loaded)
        return host;
    const HostSnapshot &s = h.snapshot;
    const Topology::Holders holders = Topology::holders(s);

    for (const PciAddress &g : Topology::gpus(s)) {
        const PciDevice &d = *s.pciDevices.constFind(g);
        Values gv = functionValues(s, d, holders);
        gv.bootVga = s.agent.bootVga.contains(g);
        Node *gpu = addChild(host.get(), makeNode(int(NodeType::Gpu), gv.address, gv));

        for (const PciAddress &c : Topology::companionFunctions(s, g)) {
            const Values cv = functionValues(s, *s.pciDevices.constFind(c), holders);
            addChild(gpu, makeNode(int(NodeType::Companion), cv.address, cv));
        }

        QList<const MediatedDevice *> mdevs;
        for (const QString &uuid : Topology::mdevsOfGpu(s, g))
            mdevs.append(&*s.mdevs.constFind(uuid));
        std::sort(mdevs.begin(), mdevs.end(), [](const MediatedDevice *a, const MediatedDevice *b) {
            return std::tie(a->parent, a->uuid) < std::tie(b->parent, b->uuid);
        });
        for (const MediatedDevice *m : std::as_const(mdevs)) {
            Values sv;
            sv.name = StringPool::intern(ModelNames::mdevTypeLabel(s, *m));
            sv.address = StringPool::intern(m->parent.toString());
            sv.typeId = m->typeId;
            if (const MdevType *t = ModelNames::typeOf(s, *m))
                sv.search = t->name;
            setHolder(sv, s, holders.mdev.value(m->uuid));
            addChild(gpu, makeNode(int(NodeType::Slice), m->uuid, sv));
        }

        // VFs that carry vGPU types appear through their slices; plain VFs are assigned like functions.
        if (!Topology::vgpuOnVirtualFunctions(s, g)) {
            QList<PciAddress> vfs = d.virtFunctions;
            std::sort(vfs.begin(), vfs.end());
            for (const PciAddress &vf : std::as_const(vfs)) {
                if (const auto it = s.pciDevices.constFind(vf); it != s.pciDevices.cend()) {
                    const Values vv = functionValues(s, *it, holders);
                    addChild(gpu, makeNode(int(NodeType::VirtualFunction), vv.address, vv));
                }
            }
        }
    }

    Node *folder = addChild(host.get(), makeNode(int(NodeType::VmFolder), QStringLiteral("vms")));
    QList<const VirtualMachine *> vms;
    for (const VirtualMachine &vm : s.vms)
        vms.append(&vm);
    std::sort(vms.begin(), vms.end(), [](const VirtualMachine *a, const VirtualMachine *b) {
        const int c = a->name.compare(b->name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a->uuid < b->uuid;
    });
    for (const VirtualMachine *vm : std::as_const(vms)) {
        Values v;
        v.name = vm->name;
        v.state = int(vm->state);
        addChild(folder, makeNode(int(NodeType::Vm), vm->uuid, v));
    }
    return host;
}

int ClusterTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString ClusterTreeModel::displayText(const Node &n) const
{
    const Values &v = n.v;
    QString device;
    switch (NodeType(n.type)) {
    case NodeType::Host:
    case NodeType::Vm:
        return v.name;
    case NodeType::VmFolder:
        return tr("Virtual machines", "@item:inlistbox tree folder of a host");
    case NodeType::Gpu:
    case NodeType::Companion:
        device = tr("%1 %2", "@item:inlistbox PCI address, product").arg(v.address, v.name);
        break;
    case NodeType::Slice:
        device = v.name;
        break;
    case NodeType::VirtualFunction:
        device = v.address;
        break;
    }
    if (v.holder.isEmpty())
        return device;
    const QString holder = v.holderName.isEmpty() ? v.holder : v.holderName;
    return tr("%1 — %2", "@item:inlistbox a device, the VM that holds it").arg(device, holder);
}

QString ClusterTreeModel::searchText(const Node &n) const
{
    const Values &v = n.v;
    switch (NodeType(n.type)) {
    case NodeType::Host:
        return ModelNames::searchText({v.name, v.search});
    case NodeType::Gpu:
    case NodeType::Companion:
    case NodeType::VirtualFunction:
        return ModelNames::searchText({v.address, v.name, v.holderName});
    case NodeType::Slice:
        return ModelNames::searchText({v.name, v.search, v.typeId, n.key, v.address, v.holderName});
    case NodeType::Vm:
        return ModelNames::searchText({v.name, n.key});
    case NodeType::VmFolder:
        break;
    }
    return {};
}

QVariant ClusterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeAt(index);
    const Values &v = n.v;
    const auto type = NodeType(n.type);
    const bool host = type == NodeType::Host;
    const bool device = type == NodeType::Gpu || type == NodeType::Companion || type == NodeType::Slice ||
                        type == NodeType::VirtualFunction;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(n);
    case ObjectRoles::KindRole:
        return int(kindOf(type));
    case ObjectRoles::HostIdRole:
        return hostNodeOf(&n)->key;
    case ObjectRoles::KeyRole:
        return host || type == NodeType::VmFolder ? QString() : n.key;
    case ObjectRoles::RefRole:
        return QVariant::fromValue(refFor(index));
    case ObjectRoles::SearchTextRole:
        return searchText(n);
    case NodeTypeRole:
        return n.type;
    case ConnectionStateRole:
        return host ? QVariant(v.state) : QVariant();
    case ErrorRole:
        return host ? QVariant(v.error) : QVariant();
    case ErrorDetailRole:
        return host ? QVariant(v.errorDetail) : QVariant();
    case RetryInSecondsRole:
        return host ? QVariant(v.retryInSeconds) : QVariant();
    case IsDemoRole:
        return host ? QVariant(v.demo) : QVariant();
    case LoadedRole:
        return host ? QVariant(v.loaded) : QVariant();
    case VmStateRole:
        return type == NodeType::Vm ? QVariant(v.state) : QVariant();
    case HolderVmRole:
        return device ? QVariant(v.holder) : QVariant();
    case HolderNameRole:
        return device ? QVariant(v.holderName) : QVariant();
    case AssignedRole:
        return device ? QVariant(!v.holder.isEmpty()) : QVariant();
    case IsVfRole:
        return type == NodeType::VirtualFunction;
    case AddressRole:
        return device ? QVariant(v.address) : QVariant();
    case ProductRole:
        return device && type != NodeType::Slice ? QVariant(v.name) : QVariant();
    case MdevTypeIdRole:
        return type == NodeType::Slice ? QVariant(v.typeId) : QVariant();
    case VgpuTypeRole:
        return type == NodeType::Slice ? QVariant(v.name) : QVariant();
    case IsBootVgaRole:
        return type == NodeType::Gpu ? QVariant(v.bootVga) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ClusterTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Name", "@title:column cluster tree");
    return {};
}

QHash<int, QByteArray> ClusterTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ObjectRoles::names());
    names.insert({{NodeTypeRole, "nodeType"},
                  {ConnectionStateRole, "connectionState"},
                  {ErrorRole, "error"},
                  {ErrorDetailRole, "errorDetail"},
                  {RetryInSecondsRole, "retryInSeconds"},
                  {IsDemoRole, "isDemo"},
                  {LoadedRole, "loaded"},
                  {VmStateRole, "vmState"},
                  {HolderVmRole, "holderVm"},
                  {HolderNameRole, "holderName"},
                  {AssignedRole, "assigned"},
                  {IsVfRole, "isVf"},
                  {AddressRole, "address"},
                  {ProductRole, "product"},
                  {MdevTypeIdRole, "mdevTypeId"},
                  {VgpuTypeRole, "vgpuType"},
                  {IsBootVgaRole, "isBootVga"}});
    return names;
}

QModelIndex ClusterTreeModel::indexFor(const ObjectRef &ref) const
{
    auto find = [&](NodeType t) { return findNode(ref.hostId, int(t), ref.key); };
    const Node *n = nullptr;
    switch (ref.kind) {
    case ObjectRef::Kind::Host:
        n = find(NodeType::Host);
        break;
    case ObjectRef::Kind::Gpu:
        n = find(NodeType::Gpu);
        break;
    case ObjectRef::Kind::Function:
        // A function row is a companion or a plain VF; a GPU's own address names the GPU row.
        for (NodeType t : {NodeType::Companion, NodeType::VirtualFunction, NodeType::Gpu})
            if (!n)
                n = find(t);
        break;
    case ObjectRef::Kind::Mdev:
        n = find(NodeType::Slice);
        break;
    case ObjectRef::Kind::Vm:
        n = find(NodeType::Vm);
        break;
    default:
        break;
    }
    return indexOf(n);
}

ObjectRef ClusterTreeModel::refFor(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeAt(index);
    const auto type = NodeType(n.type);
    if (type == NodeType::VmFolder)
        return {};
    return {kindOf(type), hostNodeOf(&n)->key, type == NodeType::Host ? QString() : n.key};
}
