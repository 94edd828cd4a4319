#include "placementresultmodel.h"

namespace Sched {

PlacementResultModel::PlacementResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void PlacementResultModel::setResult(const PlacementResult &result)
{
    beginResetModel();
    m_result = result;
    m_hasResult = true;
    endResetModel();
}

void PlacementResultModel::clear()
{
    beginResetModel();
    m_result = {};
    m_hasResult = false;
    endResetModel();
}

int PlacementResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.items.size());
}

int PlacementResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlacementResultModel::gpuText(const PlacedItem &item) const
{
    if (!item.gpuAddresses.isEmpty())
        return item.gpuAddresses.join(QStringLiteral(", "));
    QStringList gpus; // trace clusters have no PCI addresses
    for (int g : item.gpuIndexes)
        gpus.append(tr("GPU %1", "@item GPU by index on its host").arg(g));
    return gpus.join(QStringLiteral(", "));
}

QVariant PlacementResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlacedItem &i = m_result.items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return i.request;
        case InstanceColumn:
            return i.instance + 1;
        case HostColumn:
            return i.placed ? i.host : QString();
        case GpuColumn:
            return i.placed ? gpuText(i) : QString();
        case SlotColumn:
            if (!i.placed || i.slot < 0)
                return QString();
            if (i.placementId >= 0 && i.mixedSize)
                return tr("placement ID %1", "@item mixed-size vGPU").arg(i.placementId);
            return i.slot;
        case OutcomeColumn:
            return i.placed ? tr("Placed", "@item placement outcome") : i.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return i.placed ? QVariant() : QVariant(i.reason);
    case SortRole:
        switch (index.column()) {
        case RequestColumn:
            return i.request;
        case InstanceColumn:
            return i.instance;
        case HostColumn:
            return i.host;
        case GpuColumn:
            return gpuText(i);
        case SlotColumn:
            return i.slot;
        case OutcomeColumn:
            return i.placed;
        }
        return {};
    case PlacedRole:
        return i.placed;
    case NodeRole:
        return i.node;
    case GpuIndexesRole:
        return QVariant::fromValue(i.gpuIndexes);
    case GpuAddressesRole:
        return i.gpuAddresses;
    case SlotRole:
        return i.slot;
    case PlacementIdRole:
        return i.placementId;
    case ReasonRole:
        return i.reason;
    }
    return {};
}

QVariant PlacementResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RequestColumn:
        return tr("Request", "@title:column");
    case InstanceColumn:
        return tr("#", "@title:column instance number of a request");
    case HostColumn:
        return tr("Host", "@title:column");
    case GpuColumn:
        return tr("GPU", "@title:column");
    case SlotColumn:
        return tr("Slot", "@title:column MIG start, vGPU index or placement ID, VF");
    case OutcomeColumn:
        return tr("Result", "@title:column placed, or why not");
    }
    return {};
}

QHash<int, QByteArray> PlacementResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SortRole, "sortValue"},
                  {PlacedRole, "placed"},
                  {NodeRole, "node"},
                  {GpuIndexesRole, "gpuIndexes"},
                  {GpuAddressesRole, "gpuAddresses"},
                  {SlotRole, "slot"},
                  {PlacementIdRole, "placementId"},
                  {ReasonRole, "reason"}});
    return names;
}

} // namespace Sched
