// Undo commands of the request editor: one cell edit, rows added or removed, the whole list replaced.
#pragma once

#include "scheduler/placement.h"

#include <QUndoCommand>
#include <QVariant>

namespace Sched {
class RequestListModel;
}

// A cell edit the model already accepted; redo() after an undo sets the new value again.
class RequestEditCommand final : public QUndoCommand
{
public:
    RequestEditCommand(Sched::RequestListModel *model, int row, int column, const QVariant &before,
                       const QVariant &after);
    void undo() override;
    void redo() override;

private:
    Sched::RequestListModel *m_model;
    int m_row, m_column;
    QVariant m_before, m_after;
    bool m_applied = true;
};

// Rows inserted (redo) or removed (undo), or the reverse.
class RequestRowsCommand final : public QUndoCommand
{
public:
    enum class Action { Insert, Remove };
    // rows: the requests and their positions, ascending.
    RequestRowsCommand(Sched::RequestListModel *model, Action action, const QList<int> &rows,
                       const QList<Sched::PlacementRequest> &requests);
    void undo() override;
    void redo() override;

private:
    void insert();
    void remove();

    Sched::RequestListModel *m_model;
    Action m_action;
    QList<int> m_rows;
    QList<Sched::PlacementRequest> m_requests;
};

// The whole list replaced (an import).
class RequestReplaceCommand final : public QUndoCommand
{
public:
    RequestReplaceCommand(Sched::RequestListModel *model, const QList<Sched::PlacementRequest> &before,
                          const QList<Sched::PlacementRequest> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    Sched::RequestListModel *m_model;
    QList<Sched::PlacementRequest> m_before, m_after;
};
