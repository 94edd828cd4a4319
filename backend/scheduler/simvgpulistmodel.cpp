#include "simvgpulistmodel.h"

namespace Sched {

namespace {
constexpr int kMaxVgpus = 32;

bool usesLoad(const SimWorkload &w)
{
    return w.kind != SimWorkload::Idle;
}
bool usesPeriod(const SimWorkload &w)
{
    return w.kind == SimWorkload::Burst;
}
} // namespace

SimVgpuListModel::SimVgpuListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString SimVgpuListModel::patternText(SimWorkload::Kind kind)
{
    switch (kind) {
    case SimWorkload::Idle:
        return tr("Idle", "@item workload pattern");
    case SimWorkload::Steady:
        return tr("Steady", "@item workload pattern");
    case SimWorkload::Burst:
        return tr("Bursts", "@item workload pattern");
    }
    return {};
}

void SimVgpuListModel::setVgpus(const QList<SimVgpu> &vgpus)
{
    beginResetModel();
    m_vgpus = vgpus.mid(0, kMaxVgpus);
    endResetModel();
}

SimVgpu SimVgpuListModel::newVgpu() const
{
    SimVgpu v;
    v.name = tr("vgpu-%1", "@item default name of a simulated vGPU").arg(m_vgpus.size() + 1);
    v.maxInstances = 8;
    v.workload = SimWorkload::steady(50);
    return v;
}

int SimVgpuListModel::addVgpu(const SimVgpu &vgpu)
{
    if (m_vgpus.size() >= kMaxVgpus)
        return -1;
    const int row = int(m_vgpus.size());
    beginInsertRows({}, row, row);
    m_vgpus.append(vgpu);
    endInsertRows();
    return row;
}

int SimVgpuListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vgpus.size());
}

int SimVgpuListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimVgpuListModel::value(const SimVgpu &v, int column) const
{
    const SimWorkload &w = v.workload;
    switch (column) {
    case NameColumn:
        return v.name;
    case MaxInstancesColumn:
        return v.maxInstances;
    case PatternColumn:
        return int(w.kind);
    case LoadColumn:
        return w.kind == SimWorkload::Burst ? w.percentWhileBusy : w.percent;
    case PeriodColumn:
        return w.periodMs;
    case BusyColumn:
        return w.busyMs;
    case FrameCapColumn:
        return v.frameRateCapPercent;
    }
    return {};
}

QVariant SimVgpuListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SimVgpu &v = m_vgpus[index.row()];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (c == PatternColumn)
            return patternText(v.workload.kind);
        if ((c == LoadColumn && !usesLoad(v.workload)) ||
            ((c == PeriodColumn || c == BusyColumn) && !usesPeriod(v.workload)))
            return QStringLiteral("—"); // not part of this pattern
        return value(v, c);
    case Qt::EditRole:
    case SortRole:
        return value(v, c);
    case PatternRole:
        return int(v.workload.kind);
    }
    return {};
}

QString SimVgpuListModel::apply(SimVgpu &v, int column, const QVariant &val) const
{
    bool ok = false;
    SimWorkload &w = v.workload;
    switch (column) {
    case NameColumn:
        if (val.toString().trimmed().isEmpty())
            return tr("A vGPU needs a name.");
        v.name = val.toString().trimmed();
        return {};
    case MaxInstancesColumn: {
        const int n = val.toInt(&ok);
        if (!ok || n < 1 || n > kMaxVgpus)
            return tr("A type allows 1 to 32 vGPUs per GPU.");
        v.maxInstances = n;
        return {};
    }
    case PatternColumn: {
        const int k = val.toInt(&ok);
        if (!ok || k < SimWorkload::Idle || k > SimWorkload::Burst)
            return tr("\"%1\" is not a workload pattern.").arg(val.toString());
        const double load = w.kind == SimWorkload::Burst ? w.percentWhileBusy : w.percent;
        const double keep = load > 0 ? load : 50;
        if (k == SimWorkload::Idle)
            w = SimWorkload::idle();
        else if (k == SimWorkload::Steady)
            w = SimWorkload::steady(keep);
        else
            w = SimWorkload::burst(w.periodMs > 0 ? w.periodMs : 100, w.busyMs > 0 ? w.busyMs : 30, keep);
        return {};
    }
    case LoadColumn: {
        const double p = val.toDouble(&ok);
        if (!ok || p < 0 || p > 100)
            return tr("The load is a percentage of the GPU, 0 to 100.");
        (w.kind == SimWorkload::Burst ? w.percentWhileBusy : w.percent) = p;
        return {};
    }
    case PeriodColumn: {
        const int ms = val.toInt(&ok);
        if (!ok || ms < 1 || ms > 60000)
            return tr("The period is 1 to 60000 ms.");
        w.periodMs = ms;
        w.busyMs = std::min(w.busyMs, ms);
        return {};
    }
    case BusyColumn: {
        const int ms = val.toInt(&ok);
        if (!ok || ms < 0 || ms > w.periodMs)
            return tr("The busy part is 0 ms up to the period (%1 ms).").arg(w.periodMs);
        w.busyMs = ms;
        return {};
    }
    case FrameCapColumn: {
        const double p = val.toDouble(&ok);
        if (!ok || p <= 0 || p > 100)
            return tr("The frame-rate cap is a percentage above 0, up to 100.");
        v.frameRateCapPercent = p;
        return {};
    }
    }
    return tr("This column cannot be edited.");
}

bool SimVgpuListModel::setData(const QModelIndex &index, const QVariant &val, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    SimVgpu v = m_vgpus[index.row()];
    m_lastProblem = apply(v, index.column(), val);
    if (!m_lastProblem.isEmpty())
        return false;
    m_vgpus[index.row()] = v;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags SimVgpuListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    const SimWorkload &w = m_vgpus[index.row()].workload;
    const int c = index.column();
    if (!((c == LoadColumn && !usesLoad(w)) || ((c == PeriodColumn || c == BusyColumn) && !usesPeriod(w))))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SimVgpuListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("vGPU", "@title:column simulated vGPU name");
    case MaxInstancesColumn:
        return tr("Max per GPU", "@title:column most vGPUs of its type on one GPU");
    case PatternColumn:
        return tr("Workload", "@title:column pattern");
    case LoadColumn:
        return tr("Load (%)", "@title:column steady load or load while busy");
    case PeriodColumn:
        return tr("Period (ms)", "@title:column burst period");
    case BusyColumn:
        return tr("Busy (ms)", "@title:column busy part of each period");
    case FrameCapColumn:
        return tr("Frame cap (%)", "@title:column frame-rate limiter cap");
    }
    return {};
}

bool SimVgpuListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_vgpus.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_vgpus.remove(row, count);
    endRemoveRows();
    return true;
}

QHash<int, QByteArray> SimVgpuListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SortRole, "sortValue"}, {PatternRole, "pattern"}});
    return names;
}

} // namespace Sched
