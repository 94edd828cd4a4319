// The placement of one request list under every policy, side by side: one row per policy with its totals.
#pragma once

#include "inventory/objectref.h"
#include "placement.h"

#include <QAbstractTableModel>

namespace Sched {

class PolicyComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyComparisonModel)
public:
    enum Column {
        PolicyColumn,
        PlacedColumn,       // instances placed of those requested
        DemandPlacedColumn, // share of the GPU demand placed, percent
        GpusTouchedColumn,
        GpusFreeColumn,
        FragmentationColumn, // GPUs
        LowerBoundColumn,    // GPUs
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole =
            ObjectRoles::FirstModelRole, // the cell's raw value (a number for every column but the policy)
        PolicyKeyRole,                   // "best-fit" …
    };
    Q_ENUM(Role)

    explicit PolicyComparisonModel(QObject *parent = nullptr);

    void setResults(const QList<PlacementResult> &results); // the placements are not kept, only totals
    void clear();
    QList<Policy> policies() const;
    const PlacementTotals &totals(int row) const { return m_rows[row].totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Policy policy;
        PlacementTotals totals;
    };
    QList<Row> m_rows;
};

} // namespace Sched
