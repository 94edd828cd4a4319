#include "readinessview.h"

#include "agent/readinesstext.h"
#include "agentstatustext.h"
#include "inventory/inventory.h"
#include "inventory/readinessmodel.h"
#include "presentationproxy.h"
#include "retranslator.h"
#include "selectionhub.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

using Model = ReadinessModel;

// One host's rows, and with `problemsOnly` only its warnings and errors.
class ReadinessFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString &hostId, bool problemsOnly)
    {
        m_hostId = hostId;
        m_problemsOnly = problemsOnly;
        invalidateFilter();
    }
    bool problemsOnly() const { return m_problemsOnly; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex idx = sourceModel()->index(row, 0, parent);
        if (idx.data(ObjectRoles::HostIdRole).toString() != m_hostId)
            return false;
        return !m_problemsOnly ||
               idx.data(Model::ReadinessSeverityRole).toInt() >= int(ReadinessSeverity::Warning);
    }

private:
    QString m_hostId;
    bool m_problemsOnly = true;
};

} // namespace

ReadinessView::ReadinessView(Inventory *inventory, SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_hub(hub), m_model(new ReadinessModel(inventory, this))
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // the fingerprint is compared by hand
    layout->addWidget(m_status);

    auto *bar = new QHBoxLayout;
    m_problemsOnly = new QCheckBox(this);
    m_problemsOnly->setChecked(true);
    m_summary = new QLabel(this);
    bar->addWidget(m_problemsOnly);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    auto *presentation = new PresentationProxy(this);
    presentation->setSourceModel(m_model);
    m_filter = new ReadinessFilter(this);
    m_filter->setSourceModel(presentation);
    m_filter->setSortRole(Model::SortRole);
    m_filter->setSortLocaleAware(true);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    // Reachable with Tab, so that a screen reader reads why the page is empty.
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_empty->setFocusPolicy(Qt::StrongFocus); // QLabel gives selectable text click focus only
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);

    auto *split = new QSplitter(Qt::Vertical, m_stack);
    m_table = new QTableView(split);
    m_table->setModel(m_filter);
    m_table->setColumnHidden(Model::HostColumn, true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Model::SeverityColumn, 120);
    m_table->setColumnWidth(Model::SubjectColumn, 130);
    m_table->setColumnWidth(Model::TitleColumn, 280);
    // The agent's order (host checks first, then device by device) until the user sorts by a column.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *detail = new QWidget(split);
    auto *dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 4, 0, 0);
    m_detailTitle = new QLabel(detail);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailReason = new QLabel(detail);
    m_detailReason->setWordWrap(true);
    m_detailReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *remedyBar = new QHBoxLayout;
    auto *remedyLabel = new QLabel(detail);
    m_copy = new QPushButton(detail);
    remedyBar->addWidget(remedyLabel);
    remedyBar->addStretch(1);
    remedyBar->addWidget(m_copy);
    m_remedy = new QPlainTextEdit(detail);
    m_remedy->setReadOnly(true);
    m_remedy->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_remedy->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    remedyLabel->setBuddy(m_remedy);
    (new Retranslator(this))->bind([=, this] {
        m_status->setAccessibleName(tr("Agent status"));
        m_problemsOnly->setText(tr("Problems only", "@option:check show only readiness warnings and errors"));
        m_table->setAccessibleName(tr("Readiness checks"));
        remedyLabel->setText(tr("Remedy", "@label what to do about a readiness problem"));
        m_copy->setText(tr("Copy", "@action:button copy the remedy's commands"));
        m_copy->setToolTip(tr("Copy the remedy's kernel parameters, configuration lines and commands"));
        m_copy->setAccessibleName(tr("Copy remedy"));
        m_remedy->setAccessibleName(tr("Remedy"));
    });
    dl->addWidget(m_detailTitle);
    dl->addWidget(m_detailReason);
    dl->addLayout(remedyBar);
    dl->addWidget(m_remedy, 1);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);
    layout->addWidget(m_stack, 1);

    connect(m_problemsOnly, &QCheckBox::toggled, this, &ReadinessView::setProblemsOnly);
    connect(m_copy, &QPushButton::clicked, this, &ReadinessView::copyRemedy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showCheck(current);
                if (m_table->hasFocus())
                    activate(current); // keyboard moves
            });
    connect(m_table, &QAbstractItemView::clicked, this, &ReadinessView::activate);
    connect(m_table, &QAbstractItemView::activated, this, &ReadinessView::activate);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &ReadinessView::updatePage);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReadinessView::updatePage);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReadinessView::updatePage);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this] { showCheck(m_table->currentIndex()); });
    connect(m_inventory, &Inventory::agentStatusChanged, this, [this](const QString &id) {
        if (id == m_hostId)
            updatePage();
    });
    connect(m_inventory, &Inventory::hostRemoved, this, [this](const QString &id) {
        if (id == m_hostId)
            setHost({});
    });
    connect(m_hub, &SelectionHub::currentChanged, this, &ReadinessView::onCurrentChanged);
    static_cast<ReadinessFilter *>(m_filter)->set(m_hostId, true);
    onCurrentChanged(m_hub->current(), nullptr);
    updatePage();
    (new Retranslator(this))->bind([this, presentation] {
        presentation->retranslate();
        updatePage();
    });
}

ReadinessView::~ReadinessView() = default;

void ReadinessView::setHost(const QString &hostId)
{
    if (hostId == m_hostId)
        return;
    m_hostId = hostId;
    m_syncing = true;
    static_cast<ReadinessFilter *>(m_filter)->set(hostId, problemsOnly());
    m_syncing = false;
    updatePage();
}

bool ReadinessView::problemsOnly() const
{
    return static_cast<ReadinessFilter *>(m_filter)->problemsOnly();
}

void ReadinessView::setProblemsOnly(bool on)
{
    if (m_problemsOnly->isChecked() != on)
        m_problemsOnly->setChecked(on); // comes back here through toggled
    if (on == problemsOnly())
        return;
    m_syncing = true;
    static_cast<ReadinessFilter *>(m_filter)->set(m_hostId, on);
    m_syncing = false;
    updatePage();
}

void ReadinessView::onCurrentChanged(const ObjectRef &ref, QObject *source)
{
    if (source == this)
        return;
    setHost(ref.hostId);
    if (ref.kind != ObjectRef::Kind::Gpu && ref.kind != ObjectRef::Kind::Function)
        return;
    // A device picked elsewhere: its first check here becomes current, the detail shows its remedy.
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex idx = m_filter->index(r, 0);
        if (idx.data(Model::SubjectRole).toString() == ref.key) {
            m_syncing = true;
            m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
            m_table->scrollTo(idx);
            m_syncing = false;
            return;
        }
    }
}

void ReadinessView::activate(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const ObjectRef ref = index.data(ObjectRoles::RefRole).value<ObjectRef>();
    if (ref.kind == ObjectRef::Kind::Gpu || ref.kind == ObjectRef::Kind::Function)
        m_hub->select(ref, this);
}

void ReadinessView::showCheck(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_detailTitle->setText(tr("Select a check to see its reason and remedy."));
        m_detailReason->clear();
        m_remedy->clear();
        m_copy->setEnabled(false);
        return;
    }
    const auto severity = ReadinessSeverity(index.data(Model::ReadinessSeverityRole).toInt());
    const QString subject = index.siblingAtColumn(Model::SubjectColumn).data().toString();
    const QString product = index.data(Model::ProductRole).toString();
    m_detailTitle->setText(
        tr("%1 — %2 — %3", "@title readiness check: severity, title, subject")
            .arg(ReadinessText::severityText(severity), index.data(Model::TitleRole).toString(),
                 product.isEmpty() ? subject
                                   : tr("%1 (%2)", "@item PCI address (product)").arg(subject, product)));
    m_detailReason->setText(index.data(Model::ReasonRole).toString());
    const QString remedy = index.data(Model::RemedyRole).toString();
    if (m_remedy->toPlainText() != remedy || remedy.isEmpty())
        m_remedy->setPlainText(
            remedy.isEmpty() ? tr("Nothing to do.", "@info readiness check without a remedy") : remedy);
    m_copy->setEnabled(!remedy.isEmpty());
}

void ReadinessView::copyRemedy()
{
    const QModelIndex idx = m_table->currentIndex();
    if (!idx.isValid())
        return;
    // The exact lines paste into a terminal or a file; prose alone is copied when there are none.
    const QStringList lines = idx.data(Model::RemedyLinesRole).toStringList();
    QGuiApplication::clipboard()->setText(lines.isEmpty() ? idx.data(Model::RemedyRole).toString()
                                                          : lines.join(u'\n') + u'\n');
}

void ReadinessView::updateStatus()
{
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    m_status->setText(h ? AgentStatusText::statusHtml(h->agent) : QString());
    m_status->setVisible(h != nullptr);
}

void ReadinessView::updatePage()
{
    updateStatus();
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    QString why;
    int counts[4] = {};
    if (!h) {
        why = tr("Select a host to see whether it is ready for passthrough and vGPU.");
    } else if (!h->agent.readinessLoaded) {
        why = AgentStatusText::missingReport(h->agent);
    } else {
        for (const ReadinessCheck &c : h->agent.readiness.checks)
            ++counts[std::clamp(int(c.severity), 0, 3)];
        if (m_filter->rowCount() == 0)
            why = h->agent.readiness.checks.isEmpty()
                      ? tr("The agent reported no checks for this host.")
                      : tr("No warnings or errors in %n check(s). Clear \"Problems only\" to see them all.",
                           "", int(h->agent.readiness.checks.size()));
    }
    QStringList summary;
    if (counts[3] > 0)
        summary << tr("%n error(s)", "@info readiness summary", counts[3]);
    if (counts[2] > 0)
        summary << tr("%n warning(s)", "@info readiness summary", counts[2]);
    if (counts[1] > 0)
        summary << tr("%n note(s)", "@info readiness summary: checks of severity Information", counts[1]);
    if (counts[0] > 0)
        summary << tr("%n passed", "@info readiness summary", counts[0]);
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    m_problemsOnly->setEnabled(h && h->agent.readinessLoaded);
    m_empty->setText(why);
    m_stack->setCurrentIndex(why.isEmpty() ? 1 : 0);
    if (!why.isEmpty())
        return;
    if (!m_table->currentIndex().isValid()) {
        // Something in the detail pane from the start: the first row, without selecting its device.
        m_syncing = true;
        m_table->selectionModel()->setCurrentIndex(
            m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_syncing = false;
    }
    showCheck(m_table->currentIndex());
}

QString ReadinessView::statusText() const
{
    QTextDocument doc;
    doc.setHtml(m_status->text());
    return doc.toPlainText();
}

QString ReadinessView::emptyText() const
{
    return m_stack->currentIndex() == 0 ? m_empty->text() : QString();
}

QString ReadinessView::summaryText() const
{
    return m_summary->text();
}

QString ReadinessView::remedyText() const
{
    return m_remedy->toPlainText();
}

QString ReadinessView::detailTitle() const
{
    return m_detailTitle->text();
}
