// The scheduler preview's request list: a table to edit requests in place, rows added and removed, edits
// undone and redone, and the list imported from and exported to JSON or CSV request files.
#pragma once

#include "core/result.h"

#include <QWidget>

class QTableView;
class QToolButton;
class QUndoStack;

namespace Sched {
class RequestListModel;
}

class RequestEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)
public:
    explicit RequestEditor(Sched::RequestListModel *model, QWidget *parent = nullptr);
    ~RequestEditor() override;

    // Undoable, like the user's own actions.
    void addRequest();
    void removeSelected();
    // Replaces the list with a file's requests (undoable); the error names the file and line.
    Status importFile(const QString &path);
    Status exportFile(const QString &path) const;

    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    Sched::RequestListModel *model() const { return m_model; }

Q_SIGNALS:
    // A refused edit or a file that could not be read or written: shown to the user, never swallowed.
    void problem(const Error &error);

private:
    void chooseImport();
    void chooseExport();

    Sched::RequestListModel *m_model;
    QUndoStack *m_undo;
    QTableView *m_view;
};
