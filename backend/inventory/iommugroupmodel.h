// IOMMU groups per host: Host → "Group 30" → member functions, with the isolation problems they cause.
#pragma once

#include "agent/readiness.h"
#include "hosttreemodel.h"
#include "objectref.h"

#include <QStringList>

struct IommuNodeValues
{
    QString name;    // host label; member: product name
    QString address; // member: PCI address
    QString driver;  // member: bound driver, the agent's word first
    QString holder;  // member: uuid of the VM holding it
    QString holderName;
    QString search;         // host: URI and hostname
    QString error;          // host: last error summary
    QStringList sharedWith; // member of a problem group: the other devices, "address product"
    // The agent's Warning/Error checks about the member, or about any member of the group.
    QList<ReadinessCheck> readinessProblems;
    int state = 0;       // host: HostConnection::State
    int groupId = -1;    // group and member
    int devices = 0;     // group: distinct endpoint devices in it
    int readiness = -1;  // group and member: the worst ReadinessSeverity of its checks; -1: none known
    bool shared = false; // group and member: the group mixes endpoints of more than one device
    bool containsGpu = false;
    bool isGpu = false;
    bool isBridge = false;
    bool bootVga = false; // member: the host's boot display; group: contains it
    bool problem = false; // the sharing matters: the group holds a GPU or an assigned function
    bool demo = false;
    bool loaded = false;
    friend bool operator==(const IommuNodeValues &, const IommuNodeValues &) = default;
};

class IommuGroupModel final : public HostTreeModel<IommuNodeValues>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IommuGroupModel)
public:
    enum class NodeType { Host, Group, Function };
    Q_ENUM(NodeType)
    enum Column { NameColumn, ProductColumn, DriverColumn, HolderColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        // int NodeType
        NodeTypeRole = ObjectRoles::FirstModelRole,
        ConnectionStateRole,     // host: int HostConnection::State
        ErrorRole,               // host: last error summary
        IsDemoRole,              // host
        GroupIdRole,             // group and member: the IOMMU group number
        AddressRole,             // member: "0000:06:00.0"
        ProductRole,             // member
        DriverRole,              // member: "vfio-pci", "nvidia"; empty when unknown
        HolderVmRole,            // member: uuid of the VM holding it; empty when free
        HolderNameRole,          // member
        SharedAcrossDevicesRole, // group and member: the group mixes endpoints of more than one device
        ContainsGpuRole,         // group and member: the group holds a GPU
        IsGpuRole,               // member
        IsBridgeRole,            // member: a PCI bridge (not assigned, ignored for isolation)
        IsBootVgaRole,           // member: the host's boot display; group: contains it
        DeviceCountRole,         // group: distinct endpoint devices
        ProblemTextRole,         // translated one-line reasons, one per line; empty when none
        // group and member: int ReadinessSeverity, the worst of the agent's checks about the function (group:
        // any member); invalid when the agent has no report or no check about it
        ReadinessSeverityRole,
        ReadinessProblemsRole, // group and member: QStringList, translated titles of the Warning/Error checks
    };
    Q_ENUM(Role)

    explicit IommuGroupModel(Inventory *inventory, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexFor(const ObjectRef &ref) const;

protected:
    NodePtr buildHost(const Inventory::Host &host) const override;
    std::pair<int, int> changedColumns(const Node &node, const IommuNodeValues &fresh) const override;

private:
    QVariant display(int type, const IommuNodeValues &v, int column) const;
    QString problemText(const Node &n) const;
    ObjectRef refOf(const Node &n) const;
};
