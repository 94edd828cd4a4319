#include "requesteditor.h"
#include "retranslator.h"

#include "requesteditcommands.h"
#include "scheduler/requestfile.h"
#include "scheduler/requestlistmodel.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using Sched::RequestListModel;

namespace {

// Edits go through the model's checks; an accepted edit becomes an undo step, a refused one a message.
class RequestDelegate final : public QStyledItemDelegate
{
public:
    RequestDelegate(QUndoStack *undo, std::function<void(const QString &)> refused, QObject *parent)
        : QStyledItemDelegate(parent), m_undo(undo), m_refused(std::move(refused))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != RequestListModel::KindColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        using Kind = Sched::PlacementRequest::Kind;
        for (Kind k :
             {Kind::VgpuType, Kind::MigProfile, Kind::WholeGpus, Kind::VirtualFunction, Kind::MilliGpu})
            combo->addItem(RequestListModel::kindText(k), int(k));
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *m = static_cast<RequestListModel *>(model);
        const QVariant before = index.data(Qt::EditRole);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->currentData() == before)
                return;
            if (m->setData(index, combo->currentData()))
                m_undo->push(
                    new RequestEditCommand(m, index.row(), index.column(), before, combo->currentData()));
            else
                m_refused(m->lastProblem());
            return;
        }
        // Let the base class convert the editor's value, then see whether the model took it.
        QStyledItemDelegate::setModelData(editor, model, index);
        const QVariant after = index.data(Qt::EditRole);
        if (!m->lastProblem().isEmpty())
            m_refused(m->lastProblem());
        else if (after != before)
            m_undo->push(new RequestEditCommand(m, index.row(), index.column(), before, after));
    }

private:
    QUndoStack *m_undo;
    std::function<void(const QString &)> m_refused;
};

} // namespace

RequestEditor::RequestEditor(RequestListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_undo(new QUndoStack(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *add = bar->addAction(QString(), this, &RequestEditor::addRequest);
    QAction *remove = bar->addAction(QString(), this, &RequestEditor::removeSelected);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addSeparator();
    // Own actions rather than QUndoStack's: those keep the prefix of the language they were made in.
    QAction *undo = new QAction(this);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, &QAction::setToolTip);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = new QAction(this);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, &QAction::setToolTip);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    bar->addAction(undo);
    bar->addAction(redo);
    addAction(remove);
    addAction(undo);
    addAction(redo);
    bar->addSeparator();
    QAction *import = bar->addAction(QString(), this, &RequestEditor::chooseImport);
    QAction *exportAction = bar->addAction(QString(), this, &RequestEditor::chooseExport);
    layout->addWidget(bar);
    (new Retranslator(this))->bind([=, this] {
        bar->setAccessibleName(tr("Request actions"));
        add->setText(tr("&Add", "@action:button request"));
        add->setToolTip(tr("Add a request"));
        remove->setText(tr("&Remove", "@action:button request"));
        remove->setToolTip(tr("Remove the selected requests"));
        undo->setText(tr("&Undo"));
        redo->setText(tr("Re&do"));
        import->setText(tr("&Import…", "@action:button requests"));
        import->setToolTip(tr("Replace the requests with a JSON or CSV request file"));
        exportAction->setText(tr("&Export…", "@action:button requests"));
        exportAction->setToolTip(tr("Save the requests as a JSON or CSV request file"));
        m_view->setAccessibleName(tr("Requests"));
    });

    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move, F2 edits
    m_view->setItemDelegate(new RequestDelegate(
        m_undo,
        [this](const QString &why) {
            Q_EMIT problem(Error{why, {}, 0});
        },
        m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(RequestListModel::NameColumn, 140);
    m_view->setColumnWidth(RequestListModel::CountColumn, 60);
    m_view->setColumnWidth(RequestListModel::KindColumn, 150);
    m_view->setColumnWidth(RequestListModel::SizeColumn, 110);
    m_view->setMinimumHeight(4 * m_view->verticalHeader()->defaultSectionSize());
    layout->addWidget(m_view, 1);
}

RequestEditor::~RequestEditor() = default;

void RequestEditor::addRequest()
{
    const int row = m_model->rowCount();
    m_undo->push(
        new RequestRowsCommand(m_model, RequestRowsCommand::Action::Insert, {row}, {m_model->newRequest()}));
    m_view->setCurrentIndex(m_model->index(row, RequestListModel::NameColumn));
}

void RequestEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(i.row()))
            rows.append(i.row());
    }
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QList<Sched::PlacementRequest> removed;
    for (int r : rows)
        removed.append(m_model->requests().at(r));
    m_undo->push(new RequestRowsCommand(m_model, RequestRowsCommand::Action::Remove, rows, removed));
}

Status RequestEditor::importFile(const QString &path)
{
    auto requests = Sched::RequestFile::read(path);
    if (!requests)
        return requests.error();
    m_undo->push(new RequestReplaceCommand(m_model, m_model->requests(), requests.value(),
                                           tr("Import %1").arg(QFileInfo(path).fileName())));
    return Done{};
}

Status RequestEditor::exportFile(const QString &path) const
{
    return Sched::RequestFile::write(path, m_model->requests());
}

void RequestEditor::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Requests"), {},
                                                      tr("Request files (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = importFile(path); !s)
        Q_EMIT problem(s.error());
}

void RequestEditor::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Requests"), tr("requests.json"),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportFile(path); !s)
        Q_EMIT problem(s.error());
}
