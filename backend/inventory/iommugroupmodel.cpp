#include "iommugroupmodel.h"

#include "agent/readinesstext.h"
#include "model/topology.h"
#include "modelnames.h"

#include <QLocale>

using Values = IommuNodeValues;

namespace {
// Folds the agent's checks about one function into a row's values.
void addReadiness(Values &v, const AgentStatus &agent, const PciAddress &address)
{
    if (!agent.readinessLoaded)
        return;
    for (const ReadinessCheck &c : agent.readiness.checks) {
        if (c.subject != address)
            continue;
        v.readiness = std::max(v.readiness, int(c.severity));
        if (c.severity >= ReadinessSeverity::Warning && !v.readinessProblems.contains(c))
            v.readinessProblems.append(c);
    }
}
} // namespace

IommuGroupModel::IommuGroupModel(Inventory *inventory, QObject *parent) : HostTreeModel(inventory, parent)
{
    populate();
    // Every change resyncs only its host; the diff signals only the rows that changed.
    inventory->followHosts(this,
                           Inventory::Change::State | Inventory::Change::Snapshot | Inventory::Change::Vm |
                               Inventory::Change::Device | Inventory::Change::Agent,
                           [this](const QString &id) { resync(id); });
}

IommuGroupModel::NodePtr IommuGroupModel::buildHost(const Inventory::Host &h) const
{
    Values hv;
    hv.name = ModelNames::hostLabel(h);
    hv.search = ModelNames::searchText({h.uri, h.snapshot.hostname});
    hv.error = h.lastError.summary;
    hv.state = int(h.state);
    hv.demo = h.demo;
    hv.loaded = h.loaded;
    NodePtr host = makeNode(int(NodeType::Host), h.id, hv);
    if (!h.loaded)
        return host;

    const HostSnapshot &s = h.snapshot;
    const Topology::Holders holders = Topology::holders(s);
    auto isBridge = [&](const PciAddress &a) {
        const auto it = s.pciDevices.constFind(a);
        return it != s.pciDevices.cend() && it->isBridge();
    };
    for (const Topology::IommuGroup &g : Topology::iommuGroups(s)) {
        Values gv;
        gv.groupId = g.id;
        gv.shared = g.sharedAcrossDevices;
        gv.containsGpu = g.containsGpu;
        QList<PciAddress> endpointSlots;
        bool anyHeld = false;
        for (const PciAddress &a : g.members) {
            anyHeld = anyHeld || holders.pci.contains(a);
            gv.bootVga = gv.bootVga || s.agent.bootVga.contains(a);
            const bool seen = std::any_of(endpointSlots.cbegin(), endpointSlots.cend(),
                                          [&](const PciAddress &o) { return o.sameSlot(a); });
            if (!isBridge(a) && !seen)
                endpointSlots.append(a);
        }
        gv.devices = int(endpointSlots.size());
        // The group row names its main device (the GPU when there is one) so a collapsed tree still reads.
        const auto gpu = std::find_if(g.members.cbegin(), g.members.cend(), [&](const PciAddress &a) {
            const auto it = s.pciDevices.constFind(a);
            return it != s.pciDevices.cend() && it->isGpu();
        });
        if (gpu != g.members.cend())
            gv.name = ModelNames::productOf(s, *gpu);
        else if (!endpointSlots.isEmpty())
            gv.name = ModelNames::productOf(s, endpointSlots.first());
        else if (!g.members.isEmpty()) // bridges only
            gv.name = ModelNames::productOf(s, g.members.first());
        // Mixed groups are common among chipset devices; they matter where a GPU or an assigned function is.
        gv.problem = g.sharedAcrossDevices && (g.containsGpu || anyHeld);
        Node *group = addChild(host.get(), makeNode(int(NodeType::Group), QString::number(g.id), gv));

        for (const PciAddress &a : g.members) {
            Values mv;
            mv.address = a.toString();
            mv.name = ModelNames::productOf(s, a);
            mv.driver = Topology::driverOf(s, a);
            mv.holder = holders.pci.value(a);
            if (const auto vm = s.vms.constFind(mv.holder); !mv.holder.isEmpty() && vm != s.vms.cend())
                mv.holderName = vm->name;
            mv.groupId = g.id;
            mv.shared = g.sharedAcrossDevices;
            mv.containsGpu = g.containsGpu;
            const auto d = s.pciDevices.constFind(a);
            mv.isGpu = d != s.pciDevices.cend() && d->isGpu();
            mv.isBridge = isBridge(a);
            mv.bootVga = s.agent.bootVga.contains(a);
            addReadiness(mv, h.agent, a);
            addReadiness(group->v, h.agent, a);
            mv.problem = gv.problem && !mv.isBridge;
            if (mv.problem) {
                for (const PciAddress &o : g.members)
                    if (!o.sameSlot(a) && !isBridge(o))
                        mv.sharedWith << ModelNames::searchText({o.toString(), ModelNames::productOf(s, o)});
            }
            addChild(group, makeNode(int(NodeType::Function), mv.address, mv));
        }
    }
    return host;
}

std::pair<int, int> IommuGroupModel::changedColumns(const Node &node, const Values &fresh) const
{
    int first = -1;
    int last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (display(node.type, node.v, c) != display(node.type, fresh, c)) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    return {first, last};
}

int IommuGroupModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant IommuGroupModel::display(int type, const Values &v, int column) const
{
    switch (NodeType(type)) {
    case NodeType::Host:
        return column == NameColumn ? v.name : QString();
    case NodeType::Group:
        if (column == NameColumn)
            return tr("Group %1", "@item IOMMU group number").arg(v.groupId);
        if (column == ProductColumn && v.devices > 1)
            return tr("%1 and %n other device(s)", "@item IOMMU group summary", v.devices - 1).arg(v.name);
        if (column == ProductColumn)
            return v.name;
        return QString();
    case NodeType::Function:
        switch (column) {
        case NameColumn:
            return v.address;
        case ProductColumn:
            return v.name;
        case DriverColumn:
            return v.driver;
        case HolderColumn:
            return v.holderName.isEmpty() ? v.holder : v.holderName;
        }
        break;
    }
    return {};
}

QString IommuGroupModel::problemText(const Node &n) const
{
    const Values &v = n.v;
    QStringList lines;
    if (n.type == int(NodeType::Group) && v.problem)
        lines << tr("%n devices share this IOMMU group: they can only be assigned together, to one VM", "",
                    v.devices);
    if (n.type == int(NodeType::Function) && v.problem && !v.sharedWith.isEmpty())
        lines << tr("Shares its IOMMU group with %1: all of them must be assigned to the same VM or bound to "
                    "vfio-pci")
                     .arg(QLocale().createSeparatedList(v.sharedWith));
    if (n.type == int(NodeType::Function) && v.bootVga && v.isGpu)
        lines << tr(
            "The host boots its console on this GPU: passing it through leaves the host without a display");
    return lines.join(u'\n');
}

ObjectRef IommuGroupModel::refOf(const Node &n) const
{
    const QString hostId = hostNodeOf(&n)->key;
    switch (NodeType(n.type)) {
    case NodeType::Host:
        return {ObjectRef::Kind::Host, hostId, {}};
    case NodeType::Group:
        return {ObjectRef::Kind::IommuGroup, hostId, n.key};
    case NodeType::Function:
        return {n.v.isGpu ? ObjectRef::Kind::Gpu : ObjectRef::Kind::Function, hostId, n.key};
    }
    return {};
}

QVariant IommuGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = *nodeAt(index);
    const Values &v = n.v;
    const auto type = NodeType(n.type);
    const bool host = type == NodeType::Host;
    const bool member = type == NodeType::Function;
    switch (role) {
    case Qt::DisplayRole:
        return display(n.type, v, index.column());
    case ObjectRoles::KindRole:
        return int(refOf(n).kind);
    case ObjectRoles::HostIdRole:
        return hostNodeOf(&n)->key;
    case ObjectRoles::KeyRole:
        return refOf(n).key;
    case ObjectRoles::RefRole:
        return QVariant::fromValue(refOf(n));
    case ObjectRoles::SearchTextRole:
        if (host)
            return ModelNames::searchText({v.name, v.search});
        if (!member)
            return display(n.type, v, NameColumn);
        return ModelNames::searchText({v.address, v.name, v.driver, v.holderName});
    case NodeTypeRole:
        return n.type;
    case ConnectionStateRole:
        return host ? QVariant(v.state) : QVariant();
    case ErrorRole:
        return host ? QVariant(v.error) : QVariant();
    case IsDemoRole:
        return host ? QVariant(v.demo) : QVariant();
    case GroupIdRole:
        return host ? QVariant() : QVariant(v.groupId);
    case AddressRole:
        return member ? QVariant(v.address) : QVariant();
    case ProductRole:
        return member ? QVariant(v.name) : QVariant();
    case DriverRole:
        return member ? QVariant(v.driver) : QVariant();
    case HolderVmRole:
        return member ? QVariant(v.holder) : QVariant();
    case HolderNameRole:
        return member ? QVariant(v.holderName) : QVariant();
    case SharedAcrossDevicesRole:
        return host ? QVariant() : QVariant(v.shared);
    case ContainsGpuRole:
        return host ? QVariant() : QVariant(v.containsGpu);
    case IsGpuRole:
        return member ? QVariant(v.isGpu) : QVariant();
    case IsBridgeRole:
        return member ? QVariant(v.isBridge) : QVariant();
    case IsBootVgaRole:
        return host ? QVariant() : QVariant(v.bootVga);
    case DeviceCountRole:
        return type == NodeType::Group ? QVariant(v.devices) : QVariant();
    case ProblemTextRole:
        return problemText(n);
    case ReadinessSeverityRole:
        return host || v.readiness < 0 ? QVariant() : QVariant(v.readiness);
    case ReadinessProblemsRole: {
        if (host)
            return {};
        QStringList titles;
        for (const ReadinessCheck &c : v.readinessProblems) {
            const QString title = ReadinessText::render(c).title;
            // A group lists its members' checks: name the member.
            titles << (type == NodeType::Group
                           ? tr("%1: %2", "@info:tooltip PCI address: readiness check title")
                                 .arg(c.subject.toString(), title)
                           : title);
        }
        return titles;
    }
    default:
        break;
    }
    return {};
}

QVariant IommuGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Group / function", "@title:column IOMMU tree");
    case ProductColumn:
        return tr("Product", "@title:column PCI device");
    case DriverColumn:
        return tr("Driver", "@title:column kernel driver");
    case HolderColumn:
        return tr("Held by", "@title:column the VM a device is assigned to");
    }
    return {};
}

QHash<int, QByteArray> IommuGroupModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ObjectRoles::names());
    names.insert({{NodeTypeRole, "nodeType"},
                  {ConnectionStateRole, "connectionState"},
                  {ErrorRole, "error"},
                  {IsDemoRole, "isDemo"},
                  {GroupIdRole, "groupId"},
                  {AddressRole, "address"},
                  {ProductRole, "product"},
                  {DriverRole, "driver"},
                  {HolderVmRole, "holderVm"},
                  {HolderNameRole, "holderName"},
                  {SharedAcrossDevicesRole, "sharedAcrossDevices"},
                  {ContainsGpuRole, "containsGpu"},
                  {IsGpuRole, "isGpu"},
                  {IsBridgeRole, "isBridge"},
                  {IsBootVgaRole, "isBootVga"},
                  {DeviceCountRole, "deviceCount"},
                  {ProblemTextRole, "problemText"},
                  {ReadinessSeverityRole, "readinessSeverity"},
                  {ReadinessProblemsRole, "readinessProblems"}});
    return names;
}

QModelIndex IommuGroupModel::indexFor(const ObjectRef &ref) const
{
    switch (ref.kind) {
    case ObjectRef::Kind::Host:
        return indexOf(findNode(ref.hostId, int(NodeType::Host), {}));
    case ObjectRef::Kind::IommuGroup:
        return indexOf(findNode(ref.hostId, int(NodeType::Group), ref.key));
    case ObjectRef::Kind::Gpu:
    case ObjectRef::Kind::Function:
        return indexOf(findNode(ref.hostId, int(NodeType::Function), ref.key));
    default:
        break;
    }
    return {};
}
