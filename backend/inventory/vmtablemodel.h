// All VMs of all hosts as one table: name, host, state, vCPUs, memory, assigned devices, UUID.
#pragma once

#include "hostrowtablemodel.h"
#include "objectref.h"

// A device a VM holds, as the VM table names it.
struct VmAssignedDevice
{
    ObjectRef ref;   // Function/Gpu by address, or Mdev by uuid
    QString label;   // vGPU type label or product name; empty when the host does not know the device
    QString address; // the function's address, or the function an mdev lives on
    friend bool operator==(const VmAssignedDevice &, const VmAssignedDevice &) = default;
};

struct VmTableRow
{
    QString key; // VM uuid
    QString name;
    QString hostName;
    VmState state = VmState::NoState;
    int vcpus = 0;
    quint64 memoryKiB = 0;
    bool persistent = true;
    QList<VmAssignedDevice> devices;
    friend bool operator==(const VmTableRow &, const VmTableRow &) = default;
};

class VmTableModel final : public HostRowTableModel<VmTableRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmTableModel)
public:
    enum Column {
        NameColumn,
        HostColumn,
        StateColumn,
        VcpusColumn,
        MemoryColumn,
        DevicesColumn,
        UuidColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // the cell's raw value (same number in every table model)
        SortRole = ObjectRoles::FirstModelRole,
        VmStateRole,       // int VmState
        VcpusRole,         // int
        MemoryKiBRole,     // qulonglong, KiB
        AssignedRefsRole,  // QList<ObjectRef> of the devices the VM holds
        AssignedCountRole, // int
        PersistentRole,    // bool: defined, not transient
        HostNameRole,      // the host's label
    };
    Q_ENUM(Role)

    explicit VmTableModel(Inventory *inventory, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexFor(const ObjectRef &ref) const;

protected:
    std::vector<VmTableRow> buildRows(const Inventory::Host &host) const override;
    std::pair<int, int> changedColumns(const VmTableRow &current, const VmTableRow &fresh) const override;

private:
    QString devicesText(const VmTableRow &row) const;
};
