#include "requestlistmodel.h"

#include "requestfile.h"

#include <QRegularExpression>

namespace Sched {

using Kind = PlacementRequest::Kind;

namespace {
QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

// A size that is valid for the kind, for when the kind of a row changes.
QString defaultSize(Kind kind, const PlacementRequest &r)
{
    switch (kind) {
    case Kind::VgpuType:
        return r.vgpuType.isEmpty() ? QStringLiteral("A16-2Q") : r.vgpuType;
    case Kind::MigProfile:
        return MigLayout::info(r.migProfile).name;
    case Kind::WholeGpus:
        return QString::number(std::max(1, r.gpus));
    case Kind::VirtualFunction:
        return {};
    case Kind::MilliGpu:
        return QString::number(r.milli > 0 ? r.milli : 500);
    }
    return {};
}
} // namespace

RequestListModel::RequestListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RequestListModel::kindText(Kind kind)
{
    switch (kind) {
    case Kind::VgpuType:
        return tr("vGPU type", "@item request kind");
    case Kind::MigProfile:
        return tr("MIG profile", "@item request kind");
    case Kind::WholeGpus:
        return tr("Whole GPUs", "@item request kind");
    case Kind::VirtualFunction:
        return tr("SR-IOV VF", "@item request kind");
    case Kind::MilliGpu:
        return tr("GPU share (milli-GPU)", "@item request kind");
    }
    return {};
}

void RequestListModel::setRequests(const QList<PlacementRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

PlacementRequest RequestListModel::newRequest() const
{
    PlacementRequest r;
    r.name = tr("request-%1", "@item default name of a new request").arg(m_requests.size() + 1);
    r.kind = Kind::VgpuType;
    r.vgpuType = QStringLiteral("A16-2Q");
    return r;
}

int RequestListModel::insertRequest(const PlacementRequest &request, int row)
{
    if (row < 0 || row > m_requests.size())
        row = int(m_requests.size());
    beginInsertRows({}, row, row);
    m_requests.insert(row, request);
    endInsertRows();
    return row;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::editValue(const PlacementRequest &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name;
    case CountColumn:
        return r.count;
    case KindColumn:
        return int(r.kind);
    case SizeColumn:
        return RequestFile::sizeText(r);
    case GpuModelsColumn:
        return r.gpuModels.join(QStringLiteral(", "));
    case HostsColumn:
        return r.hosts.join(QStringLiteral(", "));
    case LabelsColumn:
        return r.labels.join(QStringLiteral(", "));
    case AntiAffinityColumn:
        return r.antiAffinity;
    case NumaColumn:
        return r.numaNode;
    }
    return {};
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlacementRequest &r = m_requests[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KindColumn)
            return kindText(r.kind);
        if (index.column() == NumaColumn)
            return r.numaNode >= 0 ? QVariant(r.numaNode) : QVariant(QString());
        if (index.column() == SizeColumn && r.kind == Kind::VirtualFunction)
            return QStringLiteral("—");
        return editValue(r, index.column());
    case Qt::EditRole:
    case SortRole:
        return editValue(r, index.column());
    case Qt::ToolTipRole:
        return RequestFile::validate(r).isEmpty() ? QVariant() : QVariant(RequestFile::validate(r));
    case KindRole:
        return int(r.kind);
    case RequestRole:
        return QVariant::fromValue(r);
    case ProblemRole:
        return RequestFile::validate(r);
    }
    return {};
}

QString RequestListModel::apply(PlacementRequest &r, int column, const QVariant &value) const
{
    const QString text = value.toString().trimmed();
    bool ok = false;
    switch (column) {
    case NameColumn:
        if (text.isEmpty())
            return tr("A request needs a name.");
        r.name = text;
        return {};
    case CountColumn: {
        const int n = value.toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return tr("The count must be a number from 1 to 100000.");
        r.count = n;
        return {};
    }
    case KindColumn: {
        const int k = value.toInt(&ok);
        const auto kind = ok ? std::optional<Kind>(Kind(k)) : RequestFile::kindFromKey(text);
        if (!kind || int(*kind) < int(Kind::VgpuType) || int(*kind) > int(Kind::MilliGpu))
            return tr("\"%1\" is not a request kind.").arg(text);
        return RequestFile::setSize(r, *kind, defaultSize(*kind, r));
    }
    case SizeColumn:
        return RequestFile::setSize(r, r.kind, text);
    case GpuModelsColumn:
        r.gpuModels = splitList(text);
        return {};
    case HostsColumn:
        r.hosts = splitList(text);
        return {};
    case LabelsColumn:
        r.labels = splitList(text);
        return {};
    case AntiAffinityColumn:
        r.antiAffinity = text;
        return {};
    case NumaColumn: {
        if (text.isEmpty() || text == u"-1") {
            r.numaNode = -1;
            return {};
        }
        const int n = text.toInt(&ok);
        if (!ok || n < 0)
            return tr("The NUMA node must be a number from 0, or empty for any.");
        r.numaNode = n;
        return {};
    }
    }
    return tr("This column cannot be edited.");
}

bool RequestListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    PlacementRequest r = m_requests[index.row()];
    m_lastProblem = apply(r, index.column(), value);
    if (!m_lastProblem.isEmpty())
        return false;
    m_requests[index.row()] = r;
    // A new kind changes the size cell too.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags RequestListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!(index.column() == SizeColumn && m_requests[index.row()].kind == Kind::VirtualFunction))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Request", "@title:column request name");
    case CountColumn:
        return tr("Count", "@title:column instances");
    case KindColumn:
        return tr("Kind", "@title:column request kind");
    case SizeColumn:
        return tr("Type or size", "@title:column vGPU type, MIG profile, GPUs or milli-GPU");
    case GpuModelsColumn:
        return tr("GPU models", "@title:column allowed models");
    case HostsColumn:
        return tr("Hosts", "@title:column allowed hosts");
    case LabelsColumn:
        return tr("Host labels", "@title:column");
    case AntiAffinityColumn:
        return tr("Anti-affinity", "@title:column group");
    case NumaColumn:
        return tr("NUMA", "@title:column NUMA node");
    }
    return {};
}

bool RequestListModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_requests.size() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_requests.insert(row + i, newRequest());
    endInsertRows();
    return true;
}

bool RequestListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_requests.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_requests.remove(row, count);
    endRemoveRows();
    return true;
}

QHash<int, QByteArray> RequestListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(
        {{SortRole, "sortValue"}, {KindRole, "kind"}, {RequestRole, "request"}, {ProblemRole, "problem"}});
    return names;
}

} // namespace Sched
