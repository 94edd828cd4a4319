#include "policycomparisonmodel.h"

#include <QLocale>

namespace Sched {

PolicyComparisonModel::PolicyComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void PolicyComparisonModel::setResults(const QList<PlacementResult> &results)
{
    beginResetModel();
    m_rows.clear();
    for (const PlacementResult &r : results)
        m_rows.append({r.policy, r.totals});
    endResetModel();
}

void PolicyComparisonModel::clear()
{
    setResults({});
}

QList<Policy> PolicyComparisonModel::policies() const
{
    QList<Policy> out;
    for (const Row &r : m_rows)
        out.append(r.policy);
    return out;
}

int PolicyComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const PlacementTotals &t = row.totals;
    if (role == PolicyKeyRole)
        return policyKey(row.policy);
    if (role == SortRole) {
        switch (index.column()) {
        case PolicyColumn:
            return policyKey(row.policy);
        case PlacedColumn:
            return t.placed;
        case DemandPlacedColumn:
            return t.allocatedShare() * 100;
        case GpusTouchedColumn:
            return t.gpusTouched;
        case GpusFreeColumn:
            return t.gpusFree;
        case FragmentationColumn:
            return t.fragmentationGpus;
        case LowerBoundColumn:
            return t.lowerBoundGpus;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != PolicyColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case PolicyColumn:
        return policyText(row.policy);
    case PlacedColumn:
        return tr("%1 of %2", "@item placed of requested").arg(l.toString(t.placed), l.toString(t.requested));
    case DemandPlacedColumn:
        return tr("%1 %", "@item percent").arg(l.toString(t.allocatedShare() * 100, 'f', 1));
    case GpusTouchedColumn:
        return l.toString(t.gpusTouched);
    case GpusFreeColumn:
        return l.toString(t.gpusFree);
    case FragmentationColumn:
        return l.toString(t.fragmentationGpus, 'f', 2);
    case LowerBoundColumn:
        return l.toString(t.lowerBoundGpus);
    }
    return {};
}

QVariant PolicyComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PolicyColumn:
        return tr("Policy", "@title:column placement policy");
    case PlacedColumn:
        return tr("Placed", "@title:column instances placed");
    case DemandPlacedColumn:
        return tr("GPU demand placed", "@title:column");
    case GpusTouchedColumn:
        return tr("GPUs touched", "@title:column");
    case GpusFreeColumn:
        return tr("GPUs left free", "@title:column");
    case FragmentationColumn:
        return tr("Fragmentation (GPUs)", "@title:column");
    case LowerBoundColumn:
        return tr("Lower bound (GPUs)", "@title:column fewest GPUs the demand needs");
    }
    return {};
}

QHash<int, QByteArray> PolicyComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SortRole, "sortValue"}, {PolicyKeyRole, "policyKey"}});
    return names;
}

} // namespace Sched
