#include "schedulerpreview.h"

#include "applyplacementdialog.h"
#include "assigncontroller.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "inventory/modelnames.h"
#include "messagebar.h"
#include "policycomparisonchart.h"
#include "requesteditor.h"
#include "scheduler/placementresultmodel.h"
#include "scheduler/placementrunner.h"
#include "scheduler/policycomparisonmodel.h"
#include "scheduler/requestfile.h"
#include "scheduler/requestlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Sched;

SchedulerPreview::SchedulerPreview(Inventory *inventory, GpuBoardView *board, QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_board(board), m_requests(new RequestListModel(this)),
      m_result(new PlacementResultModel(this)), m_comparison(new PolicyComparisonModel(this)),
      m_runner(new PlacementRunner(this))
{
    buildViews();
    connect(m_runner, &PlacementRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &PlacementRunner::finished, this, &SchedulerPreview::onFinished);
    connect(m_runner, &PlacementRunner::cancelled, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        m_run->setEnabled(true);
    });
    // A request list to start from: the kinds a VDI and ML cluster mixes.
    QList<PlacementRequest> start;
    for (const char *line : {"vdi-pool,4,vgpu,A16-2Q", "cad,2,vgpu,L40S-8Q", "inference,1,mig,3g.40gb",
                             "train,1,gpus,1", "notebook,2,milli,250"}) {
        const auto r = RequestFile::parseCsv(QByteArray("name,count,kind,size\n") + line, {});
        if (r)
            start += r.value();
    }
    m_requests->setRequests(start);
    retranslate();
}

SchedulerPreview::~SchedulerPreview()
{
    if (m_board)
        m_board->setGhosts({});
}

void SchedulerPreview::buildViews()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_message = new MessageBar(this);
    layout->addWidget(m_message);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_editor = new RequestEditor(m_requests, split);
    connect(m_editor, &RequestEditor::problem, this, &SchedulerPreview::showProblem);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_policyLabel = new QLabel(right);
    m_policy = new QComboBox(right);
    for (Policy p : allPolicies())
        m_policy->addItem(policyText(p), policyKey(p));
    m_policy->setCurrentIndex(int(allPolicies().indexOf(Policy::FragmentationAware)));
    m_policyLabel->setBuddy(m_policy);
    m_mixedSize = new QCheckBox(right);
    m_run = new QPushButton(right);
    m_run->setDefault(true);
    m_cancel = new QPushButton(right);
    m_cancel->hide();
    m_progress = new QProgressBar(right);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    controls->addWidget(m_policyLabel);
    controls->addWidget(m_policy);
    controls->addWidget(m_mixedSize);
    controls->addStretch(1);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);
    controls->addWidget(m_run);
    rightLayout->addLayout(controls);

    m_tabs = new QTabWidget(right);
    auto *placements = new QWidget(m_tabs);
    auto *pl = new QVBoxLayout(placements);
    pl->setContentsMargins(0, 4, 0, 0);
    m_resultTable = new QTableView(placements);
    m_resultTable->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_resultTable->setModel(m_result);
    m_totals = new QLabel(placements);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_resultTable, 1);
    pl->addWidget(m_totals);
    m_tabs->addTab(placements, QString());

    // Table above chart: the chart needs the width for four policies' names.
    auto *compare = new QSplitter(Qt::Vertical, m_tabs);
    m_comparisonTable = new QTableView(compare);
    m_comparisonTable->setTabKeyNavigation(false);
    m_comparisonTable->setModel(m_comparison);
    m_chart = new PolicyComparisonChart(m_comparison, compare);
    compare->setStretchFactor(0, 1);
    compare->setStretchFactor(1, 3);
    compare->setChildrenCollapsible(false);
    m_tabs->addTab(compare, QString());
    rightLayout->addWidget(m_tabs, 1);

    for (QTableView *t : {m_resultTable, m_comparisonTable}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setAlternatingRowColors(true);
        t->setWordWrap(false);
        t->setMinimumHeight(3 * t->verticalHeader()->defaultSectionSize()); // the dock may be low
    }
    m_resultTable->setColumnWidth(PlacementResultModel::RequestColumn, 120);
    m_resultTable->setColumnWidth(PlacementResultModel::InstanceColumn, 36);
    m_resultTable->setColumnWidth(PlacementResultModel::HostColumn, 120);
    m_resultTable->setColumnWidth(PlacementResultModel::GpuColumn, 110);
    m_resultTable->setColumnWidth(PlacementResultModel::SlotColumn, 110);
    m_comparisonTable->setColumnWidth(PolicyComparisonModel::PolicyColumn, 190);

    auto *bottom = new QHBoxLayout;
    m_clear = new QPushButton(right);
    m_apply = new QPushButton(right);
    m_apply->setEnabled(false); // until a placement is shown and the assignment plans are available
    bottom->addStretch(1);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_apply);
    rightLayout->addLayout(bottom);

    split->addWidget(m_editor);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &SchedulerPreview::run);
    connect(m_cancel, &QPushButton::clicked, m_runner, &PlacementRunner::cancel);
    connect(m_clear, &QPushButton::clicked, this, &SchedulerPreview::clearPreview);
    connect(m_apply, &QPushButton::clicked, this, &SchedulerPreview::applyPlacement);
    connect(m_policy, &QComboBox::currentIndexChanged, this, &SchedulerPreview::showPolicy);
    connect(m_resultTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QStringList gpus = index.data(PlacementResultModel::GpuAddressesRole).toStringList();
        const int node = index.data(PlacementResultModel::NodeRole).toInt();
        if (!gpus.isEmpty() && node >= 0 && node < m_hostIds.size())
            Q_EMIT objectActivated({ObjectRef::Kind::Gpu, m_hostIds[node], gpus.first()});
    });
    connect(m_resultTable, &QAbstractItemView::clicked, m_resultTable, &QAbstractItemView::activated);
}

void SchedulerPreview::retranslate()
{
    m_policyLabel->setText(tr("&Policy:"));
    for (int i = 0; i < m_policy->count(); ++i)
        m_policy->setItemText(i, policyText(allPolicies().at(i)));
    m_mixedSize->setText(tr("&Mixed-size vGPU mode on empty GPUs"));
    m_mixedSize->setToolTip(
        tr("Plan GPUs that hold no vGPU yet in mixed-size mode (vGPU 17 and later): vGPUs of "
           "different sizes share a GPU, each at a valid placement ID."));
    m_run->setText(tr("&Run Preview"));
    m_run->setToolTip(
        tr("Place the requests on the current snapshot of every loaded host, under every policy. "
           "Nothing is changed on any host."));
    m_cancel->setText(tr("Cancel"));
    m_clear->setText(tr("C&lear Preview"));
    m_clear->setToolTip(tr("Drop the results and take the ghost slices off the GPU board"));
    m_apply->setText(tr("&Apply…"));
    m_apply->setToolTip(tr("Turn the shown placements into assignment plans for idle VMs of their hosts, "
                           "preview them together and apply them one after another."));
    m_tabs->setTabText(0, tr("Placements"));
    m_tabs->setTabText(1, tr("Compare Policies"));
    m_resultTable->setAccessibleName(tr("Placements"));
    m_comparisonTable->setAccessibleName(tr("Policy comparison"));
    updateTotals();
}

void SchedulerPreview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool SchedulerPreview::isRunning() const
{
    return m_runner->isRunning();
}

void SchedulerPreview::showProblem(const Error &error)
{
    m_message->show(MessageBar::Kind::Warning, error);
}

void SchedulerPreview::run()
{
    const QList<PlacementRequest> &requests = m_requests->requests();
    if (requests.isEmpty()) {
        showProblem(Error{tr("Add a request to place first."), {}, 0});
        return;
    }
    for (const PlacementRequest &r : requests) {
        if (const QString why = RequestFile::validate(r); !why.isEmpty()) {
            showProblem(Error{tr("Request \"%1\" cannot be placed as written: %2").arg(r.name, why), {}, 0});
            return;
        }
    }
    QList<HostSnapshot> snapshots;
    m_hostIds.clear();
    for (const QString &id : m_inventory->hostIds()) {
        const Inventory::Host *h = m_inventory->host(id);
        if (!h || !h->loaded)
            continue;
        HostSnapshot s = h->snapshot;
        s.hostname = ModelNames::hostLabel(*h); // the name the console shows everywhere
        snapshots.append(s);
        m_hostIds.append(id);
    }
    if (snapshots.isEmpty()) {
        showProblem(Error{tr("No host is loaded yet: there is nothing to place on."), {}, 0});
        return;
    }
    SchedCluster cluster = SchedCluster::fromSnapshots(snapshots);
    if (m_mixedSize->isChecked())
        cluster.assumeMixedSizeWhereEmpty();
    m_ranRequests = requests;
    m_message->hide();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_run->setEnabled(false);
    m_runner->start(cluster, requests, allPolicies());
}

void SchedulerPreview::onFinished(const QList<PlacementResult> &results)
{
    m_results = results;
    m_progress->hide();
    m_cancel->hide();
    m_run->setEnabled(true);
    m_comparison->setResults(results);
    m_comparisonTable->resizeColumnsToContents();
    showPolicy();
    Q_EMIT finished();
}

void SchedulerPreview::showPolicy()
{
    const int i = m_policy->currentIndex();
    if (i < 0 || i >= m_results.size()) {
        m_result->clear();
    } else {
        m_result->setResult(m_results[i]);
        m_comparisonTable->selectRow(i);
    }
    if (m_board)
        m_board->setGhosts(ghosts());
    updateTotals();
    updateApply();
    Q_EMIT shownChanged();
}

void SchedulerPreview::clearPreview()
{
    m_runner->cancel();
    m_results.clear();
    m_ranRequests.clear();
    m_result->clear();
    m_comparison->clear();
    if (m_board)
        m_board->setGhosts({});
    updateTotals();
    updateApply();
    Q_EMIT shownChanged();
}

const Sched::PlacementResult *SchedulerPreview::shownResult() const
{
    return m_result->hasResult() ? &m_result->result() : nullptr;
}

void SchedulerPreview::updateTotals()
{
    if (!m_result->hasResult()) {
        m_totals->setText(
            tr("Edit the requests on the left and run the preview. Placements appear here and as "
               "ghost slices on the GPU board."));
        return;
    }
    const PlacementTotals &t = m_result->result().totals;
    const QLocale l;
    m_totals->setText(tr("<b>%1</b>: placed %2 of %3 · %4 % of the GPU demand · %5 GPUs touched · %6 left "
                         "entirely free · fragmentation %7 GPUs · lower bound %8 GPUs")
                          .arg(policyText(m_result->result().policy), l.toString(t.placed),
                               l.toString(t.requested), l.toString(t.allocatedShare() * 100, 'f', 1),
                               l.toString(t.gpusTouched), l.toString(t.gpusFree),
                               l.toString(t.fragmentationGpus, 'f', 2), l.toString(t.lowerBoundGpus)));
}

QList<GpuBoardGhost> SchedulerPreview::ghosts() const
{
    QList<GpuBoardGhost> out;
    if (!m_result->hasResult())
        return out;
    using Kind = PlacementRequest::Kind;
    const QList<PlacedItem> &items = m_result->result().items;
    // Items come in request order, each request's instances one after another.
    int at = 0;
    for (const PlacementRequest &r : m_ranRequests) {
        for (int inst = 0; inst < std::max(1, r.count) && at < items.size(); ++inst, ++at) {
            const PlacedItem &item = items[at];
            if (!item.placed || item.node < 0 || item.node >= m_hostIds.size())
                continue;
            GpuBoardGhost g;
            g.hostId = m_hostIds[item.node];
            g.label = r.count > 1 ? tr("%1 #%2", "@label request name #instance").arg(r.name).arg(inst + 1)
                                  : r.name;
            switch (r.kind) {
            case Kind::VgpuType:
                g.shape = GpuBoardGhost::Shape::Vgpu;
                g.what = r.vgpuType;
                break;
            case Kind::MigProfile:
                g.shape = GpuBoardGhost::Shape::Mig;
                g.what = MigLayout::info(r.migProfile).name;
                g.migStart = item.slot;
                g.migSlices = MigLayout::info(r.migProfile).memorySlices;
                break;
            case Kind::WholeGpus:
                g.shape = GpuBoardGhost::Shape::WholeGpu;
                g.what = tr("the whole GPU");
                break;
            case Kind::VirtualFunction:
                g.shape = GpuBoardGhost::Shape::VirtualFunction;
                g.what = tr("a VF");
                break;
            case Kind::MilliGpu:
                g.shape = GpuBoardGhost::Shape::Share;
                g.what = tr("%1 milli-GPU").arg(r.milli);
                break;
            }
            for (const QString &address : item.gpuAddresses) {
                g.gpuAddress = address;
                out.append(g);
            }
        }
    }
    return out;
}

void SchedulerPreview::setAssignment(AssignController *controller)
{
    m_assign = controller;
    updateApply();
}

void SchedulerPreview::updateApply()
{
    // Only results placed on the inventory's snapshots (every run is) name hosts and GPUs that exist.
    const bool placed = m_result->hasResult() && m_result->result().totals.placed > 0;
    m_apply->setEnabled(m_assign && m_assign->runner() && placed && !m_hostIds.isEmpty());
}

ApplyPlacementDialog *SchedulerPreview::applyDialog() const
{
    return m_applyDialog;
}

void SchedulerPreview::applyPlacement()
{
    if (!m_apply->isEnabled())
        return;
    QList<ApplyPlacementDialog::Item> items;
    const QList<PlacedItem> &placed = m_result->result().items;
    int at = 0;
    for (const PlacementRequest &r : std::as_const(m_ranRequests)) {
        for (int inst = 0; inst < std::max(1, r.count) && at < placed.size(); ++inst, ++at) {
            const PlacedItem &item = placed[at];
            if (item.placed && item.node >= 0 && item.node < m_hostIds.size())
                items.append({r, item, m_hostIds[item.node]});
        }
    }
    if (m_applyDialog)
        m_applyDialog->close();
    m_applyDialog = new ApplyPlacementDialog(m_inventory, m_assign->runner(), items, window());
    m_applyDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The ghosts showed what was planned; once plans ran, the board shows the real devices.
    connect(m_applyDialog, &ApplyPlacementDialog::done, this, &SchedulerPreview::clearPreview);
    m_applyDialog->open();
}
