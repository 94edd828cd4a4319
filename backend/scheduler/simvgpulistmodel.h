// The vGPUs of a time-slice simulation as an editable table: name, how many of its type fit one GPU, and
// its workload pattern (idle, steady load, bursts with a period). Refused edits say why (lastProblem()).
#pragma once

#include "inventory/objectref.h"
#include "timeslice.h"

#include <QAbstractTableModel>

namespace Sched {

class SimVgpuListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimVgpuListModel)
public:
    enum Column {
        NameColumn,
        MaxInstancesColumn, // of its type per GPU: fixed share gives it 1/max
        PatternColumn,      // idle, steady, burst
        LoadColumn,         // percent of the GPU: steady load, or load while busy
        PeriodColumn,       // burst period, ms
        BusyColumn,         // busy part of each period, ms
        FrameCapColumn,     // frame-rate limiter cap, percent
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = ObjectRoles::FirstModelRole, // the cell's raw value
        PatternRole,                            // int SimWorkload::Kind
    };
    Q_ENUM(Role)

    explicit SimVgpuListModel(QObject *parent = nullptr);

    void setVgpus(const QList<SimVgpu> &vgpus);
    const QList<SimVgpu> &vgpus() const { return m_vgpus; }
    int addVgpu(const SimVgpu &vgpu); // returns its row; at most 32
    SimVgpu newVgpu() const;          // "vgpu-3", steady 50 %, 8 per GPU
    QString lastProblem() const { return m_lastProblem; }

    static QString patternText(SimWorkload::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant value(const SimVgpu &v, int column) const;
    QString apply(SimVgpu &v, int column, const QVariant &value) const;

    QList<SimVgpu> m_vgpus;
    QString m_lastProblem;
};

} // namespace Sched
