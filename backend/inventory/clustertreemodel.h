// The cluster as a tree: Host → GPU → companion functions, vGPU slices, VFs; Host → Virtual machines → VM.
#pragma once

#include "hosttreemodel.h"
#include "objectref.h"

struct ClusterNodeValues
{
    QString name;        // host label, product name, vGPU type label or VM name
    QString address;     // GPU/function/VF: its PCI address; slice: the function the mdev lives on
    QString typeId;      // slice: mdev type id
    QString holder;      // device rows: uuid of the VM holding it
    QString holderName;  // that VM's name
    QString search;      // further words the row is found by (host URI and hostname, raw type name)
    QString error;       // host: last error summary
    QString errorDetail; // host: raw detail of the last error
    int state = 0;       // host: HostConnection::State; VM: VmState
    int retryInSeconds = 0;
    bool demo = false;
    bool loaded = false;
    bool bootVga = false;
    friend bool operator==(const ClusterNodeValues &, const ClusterNodeValues &) = default;
};

class ClusterTreeModel final : public HostTreeModel<ClusterNodeValues>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterTreeModel)
public:
    enum class NodeType { Host, Gpu, Companion, Slice, VirtualFunction, VmFolder, Vm };
    Q_ENUM(NodeType)

    enum Role {
        // int NodeType
        NodeTypeRole = ObjectRoles::FirstModelRole,
        ConnectionStateRole, // host: int HostConnection::State
        ErrorRole,           // host: the last error's translated summary; empty when none
        ErrorDetailRole,     // host: the last error's raw detail
        RetryInSecondsRole,  // host: seconds to the next connection attempt while the connection is lost
        IsDemoRole,          // host: part of the built-in demo cluster
        LoadedRole,          // host: a complete snapshot has arrived
        VmStateRole,         // VM: int VmState
        HolderVmRole,        // GPU/function/slice/VF: uuid of the VM holding it; empty when free
        HolderNameRole,      // the holding VM's name
        AssignedRole,        // bool: held by a VM
        IsVfRole,            // bool: an SR-IOV virtual function row
        AddressRole,         // GPU/function/VF: its PCI address; slice: the function the mdev lives on
        ProductRole,         // GPU/function/VF: product name
        MdevTypeIdRole,      // slice: "nvidia-699"
        VgpuTypeRole,        // slice: "A16-2Q", else the type name as reported
        IsBootVgaRole,       // GPU: the host boots its console on it (agent)
    };
    Q_ENUM(Role)

    explicit ClusterTreeModel(Inventory *inventory, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexFor(const ObjectRef &ref) const;
    ObjectRef refFor(const QModelIndex &index) const;

protected:
    NodePtr buildHost(const Inventory::Host &host) const override;

private:
    QString displayText(const Node &n) const;
    QString searchText(const Node &n) const;
};
