#include "requesteditcommands.h"

#include "scheduler/requestlistmodel.h"

#include <QCoreApplication>

// Gives these strings a context lupdate can see.
struct RequestEditText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEditor)
};

RequestEditCommand::RequestEditCommand(Sched::RequestListModel *model, int row, int column,
                                       const QVariant &before, const QVariant &after)
    : m_model(model), m_row(row), m_column(column), m_before(before), m_after(after)
{
    setText(RequestEditText::tr("Edit %1", "@action:undo column name")
                .arg(model->headerData(column, Qt::Horizontal).toString()));
}

void RequestEditCommand::undo()
{
    m_model->setData(m_model->index(m_row, m_column), m_before);
}

void RequestEditCommand::redo()
{
    if (m_applied) { // pushed after the edit was made: nothing to do the first time
        m_applied = false;
        return;
    }
    m_model->setData(m_model->index(m_row, m_column), m_after);
}

RequestRowsCommand::RequestRowsCommand(Sched::RequestListModel *model, Action action, const QList<int> &rows,
                                       const QList<Sched::PlacementRequest> &requests)
    : m_model(model), m_action(action), m_rows(rows), m_requests(requests)
{
    setText(action == Action::Insert ? RequestEditText::tr("Add %n request(s)", "", int(rows.size()))
                                     : RequestEditText::tr("Remove %n request(s)", "", int(rows.size())));
}

void RequestRowsCommand::insert()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_model->insertRequest(m_requests[i], m_rows[i]);
}

void RequestRowsCommand::remove()
{
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i)
        m_model->removeRows(m_rows[i], 1);
}

void RequestRowsCommand::undo()
{
    m_action == Action::Insert ? remove() : insert();
}

void RequestRowsCommand::redo()
{
    m_action == Action::Insert ? insert() : remove();
}

RequestReplaceCommand::RequestReplaceCommand(Sched::RequestListModel *model,
                                             const QList<Sched::PlacementRequest> &before,
                                             const QList<Sched::PlacementRequest> &after, const QString &text)
    : m_model(model), m_before(before), m_after(after)
{
    setText(text);
}

void RequestReplaceCommand::undo()
{
    m_model->setRequests(m_before);
}

void RequestReplaceCommand::redo()
{
    m_model->setRequests(m_after);
}
