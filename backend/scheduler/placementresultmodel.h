// One placement result as a table: per requested instance the host, GPU and slot, or why it cannot be
// placed. What the scheduler preview's result table shows and what its ghost slices are drawn from.
#pragma once

#include "inventory/objectref.h"
#include "placement.h"

#include <QAbstractTableModel>

namespace Sched {

class PlacementResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementResultModel)
public:
    enum Column {
        RequestColumn,
        InstanceColumn,
        HostColumn,
        GpuColumn,
        SlotColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = ObjectRoles::FirstModelRole, // the cell's raw value
        PlacedRole,                             // bool
        NodeRole,         // int: the node's index in the planned cluster, -1 when not placed
        GpuIndexesRole,   // QList<int>: the GPUs' indexes on the node
        GpuAddressesRole, // QStringList
        SlotRole,         // int, -1 when none
        PlacementIdRole,  // int: time-sliced vGPUs' placement ID, -1 otherwise
        ReasonRole,       // QString: why it was not placed (translated)
    };
    Q_ENUM(Role)

    explicit PlacementResultModel(QObject *parent = nullptr);

    void setResult(const PlacementResult &result);
    void clear();
    const PlacementResult &result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString gpuText(const PlacedItem &item) const;

    PlacementResult m_result;
    bool m_hasResult = false;
};

} // namespace Sched
