// The requests of a placement preview as an editable table: what the console's request editor shows and
// changes. Edits are validated with the request files' rules; a refused edit leaves the row as it was
// and says why (lastProblem()).
#pragma once

#include "inventory/objectref.h"
#include "placement.h"

#include <QAbstractTableModel>

Q_DECLARE_METATYPE(Sched::PlacementRequest)

namespace Sched {

class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestListModel)
public:
    enum Column {
        NameColumn,
        CountColumn,
        KindColumn,
        SizeColumn,
        GpuModelsColumn,
        HostsColumn,
        LabelsColumn,
        AntiAffinityColumn,
        NumaColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = ObjectRoles::FirstModelRole, // the cell's raw value
        KindRole,                               // int PlacementRequest::Kind
        RequestRole,                            // QVariant::fromValue(PlacementRequest)
        ProblemRole, // why the row cannot be placed as written (translated), empty when valid
    };
    Q_ENUM(Role)

    explicit RequestListModel(QObject *parent = nullptr);

    void setRequests(const QList<PlacementRequest> &requests);
    const QList<PlacementRequest> &requests() const { return m_requests; }
    // Inserts a request at row (-1: at the end); returns its row.
    int insertRequest(const PlacementRequest &request, int row = -1);
    // A new request to add: a whole GPU named after the row count ("request-3").
    PlacementRequest newRequest() const;
    // Why the last setData() was refused (translated), empty after one that was accepted.
    QString lastProblem() const { return m_lastProblem; }

    // Translated name of a kind, for the kind column and its editor.
    static QString kindText(PlacementRequest::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant editValue(const PlacementRequest &r, int column) const;
    QString apply(PlacementRequest &r, int column, const QVariant &value) const;

    QList<PlacementRequest> m_requests;
    QString m_lastProblem;
};

} // namespace Sched
