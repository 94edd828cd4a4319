// The vGPU profiles each GPU offers: one row per (host, GPU, mdev type), with room left and instances made.
#pragma once

#include "hostrowtablemodel.h"
#include "objectref.h"

struct VgpuProfileRow
{
    QString key;      // "<gpu address>/<type id>"
    QString typeId;   // "nvidia-699"
    QString typeName; // "A16-2Q", else the name as reported
    QString rawName;  // "NVIDIA A16-2Q"
    QString hostName;
    QString gpuAddress;
    QString gpuProduct;
    int framebufferMB = 0; // per vGPU; 0 when the name does not say
    VgpuSeries series = VgpuSeries::Unknown;
    bool migBacked = false;
    int available = 0;    // summed over the GPU's PF and VFs
    int maxInstances = 0; // 0 when unknown
    int created = 0;
    friend bool operator==(const VgpuProfileRow &, const VgpuProfileRow &) = default;
};

class VgpuProfileModel final : public HostRowTableModel<VgpuProfileRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VgpuProfileModel)
public:
    enum Column {
        TypeColumn,
        HostColumn,
        GpuColumn,
        FramebufferColumn,
        SeriesColumn,
        EditionColumn,
        AvailableColumn,
        MaximumColumn,
        CreatedColumn,
        TypeIdColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // the cell's raw value (same number in every table model)
        SortRole = ObjectRoles::FirstModelRole,
        TypeIdRole,      // "nvidia-699"
        TypeNameRole,    // "A16-2Q", else the raw name
        RawTypeNameRole, // the name as the host reports it
        GpuAddressRole,  // "0000:41:00.0"
        GpuProductRole,
        FramebufferMBRole, // int, per vGPU; 0 when unknown
        SeriesRole,        // int VgpuSeries
        EditionRole,       // int LicenseEdition the guest must lease
        EditionKeyRole,    // "vWS", "vPC", "vApps", "vCS", ""
        MigBackedRole,     // bool
        AvailableRole,     // int
        MaxInstancesRole,  // int, 0 when unknown
        CreatedRole,       // int
        HostNameRole,
    };
    Q_ENUM(Role)

    explicit VgpuProfileModel(Inventory *inventory, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexFor(const ObjectRef &ref) const;

protected:
    std::vector<VgpuProfileRow> buildRows(const Inventory::Host &host) const override;
    std::pair<int, int> changedColumns(const VgpuProfileRow &current,
                                       const VgpuProfileRow &fresh) const override;

private:
    QVariant display(const VgpuProfileRow &row, int column) const;
    QVariant sortValue(const VgpuProfileRow &row, int column) const;
};
