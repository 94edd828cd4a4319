#include "mainwindow.h"

#include "agent/agenthub.h"
#include "agent/agentlink.h"

#include "connectiondialog.h"
#include "gpuboardview.h"
#include "inventory/clustertreemodel.h"
#include "inventory/inventory.h"
#include "inventory/iommugroupmodel.h"
#include "inventory/vgpuprofilemodel.h"
#include "inventory/vmtablemodel.h"
#include "messagebar.h"
#include "model/labels.h"
#include "presentationproxy.h"
#include "readinessview.h"
#include "retranslator.h"
#include "schedulerpreview.h"
#include "selectionhub.h"
#include "telemetryview.h"
#include "timeslicepanel.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(Inventory *inventory, Workspace *workspace, std::function<void()> openDemo,
                       QWidget *parent)
    : QMainWindow(parent), m_inventory(inventory), m_workspace(workspace), m_openDemo(std::move(openDemo)),
      m_hub(new SelectionHub(this)), m_tx(new Retranslator(this))
{
    buildViews();
    buildSchedulerViews();
    buildActions();
    connect(m_hub, &SelectionHub::currentChanged, this, &MainWindow::onCurrentChanged);
    // The status line counts every host: with a thousand of them loading, it is redrawn once per turn of
    // the event loop rather than once per host and change.
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(0);
    connect(m_statusTimer, &QTimer::timeout, this, [this] {
        updateStatus();
        updateDemoBanner();
    });
    connect(m_inventory, &Inventory::hostStateChanged, this, [this](const QString &id) {
        m_statusTimer->start();
        if (m_hub->current().hostId == id)
            showHostProblem(id);
    });
    connect(m_inventory, &Inventory::hostReset, this, [this](const QString &id) {
        m_statusTimer->start();
        // Something to look at from the start: the first host that loads, with its GPUs on the board.
        if (!m_hub->current().isValid())
            select(ObjectRef{ObjectRef::Kind::Host, id, {}});
        if (m_inventory->hostCount() <= 12)
            expandHost(id);
    });
    connect(m_inventory, &Inventory::hostAdded, m_statusTimer, qOverload<>(&QTimer::start));
    connect(m_inventory, &Inventory::hostRemoved, m_statusTimer, qOverload<>(&QTimer::start));
    updateStatus();
    updateDemoBanner();
    resize(1400, 900);
}

MainWindow::~MainWindow()
{
    // The docks are deleted with the QMainWindow base, after this class is gone; hiding them then fires
    // their toggle actions, whose handlers use this class's members.
    if (m_previewDock)
        m_previewDock->toggleViewAction()->disconnect(this);
    if (m_auditDock)
        m_auditDock->toggleViewAction()->disconnect(this);
}

void MainWindow::buildSchedulerViews()
{
    // A dock, so the GPU board stays in sight with the preview's ghost slices on it.
    m_preview = new SchedulerPreview(m_inventory, m_board, this);
    m_previewDock = new QDockWidget(this);
    m_tx->bind([this] { m_previewDock->setWindowTitle(tr("Scheduler Preview")); });
    m_previewDock->setObjectName(QStringLiteral("schedulerPreviewDock"));
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    m_previewDock->hide();
    connect(m_previewDock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (shown) // room for the tables and the chart; the board keeps the rest
            resizeDocks({m_previewDock}, {height() * 2 / 5}, Qt::Vertical);
        else
            m_preview->clearPreview(); // closing the preview takes its ghosts off the board
    });
    connect(m_preview, &SchedulerPreview::objectActivated, this, [this](const ObjectRef &ref) {
        m_tabs->setCurrentWidget(m_board);
        select(ref);
    });
    m_timeSlice = new TimeSlicePanel(m_inventory, m_tabs);
    m_tabs->addTab(m_timeSlice, {});
    m_tx->bind([this] { m_tabs->setTabText(m_tabs->indexOf(m_timeSlice), tr("Time Slicing")); });
}

void MainWindow::buildViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);

    m_demoBanner = new QLabel(central);
    m_demoBanner->setWordWrap(true);
    m_tx->bind([this] {
        m_demoBanner->setText(
            tr("<b>Demo cluster</b> — simulated hosts, GPUs and VMs. Nothing here touches a real host. "
               "Add a connection (Ctrl+N) to manage your own hosts."));
        m_demoBanner->setAccessibleName(tr("Demo cluster notice"));
    });
    m_demoBanner->setAutoFillBackground(true);
    m_demoBanner->setMargin(6);
    styleDemoBanner();
    layout->addWidget(m_demoBanner);

    m_message = new MessageBar(central);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);

    m_treeModel = new ClusterTreeModel(m_inventory, this);
    m_tree = new QTreeView(left);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *treeProxy = present(m_treeModel, true);
    m_tree->setModel(treeProxy);
    leftLayout->addWidget(m_tree);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    follow(m_tree, treeProxy, [this](const ObjectRef &r) { return m_treeModel->indexFor(r); });

    m_tabs = new QTabWidget(splitter);
    m_board = new GpuBoardView(m_inventory, m_tabs);
    m_tabs->addTab(m_board, {});
    connect(m_board, &GpuBoardView::objectActivated, this,
            [this](const ObjectRef &r) { m_hub->select(r, m_board); });

    m_iommuModel = new IommuGroupModel(m_inventory, this);
    m_iommuTree = new QTreeView(m_tabs);
    auto *iommuProxy = present(m_iommuModel, true);
    m_iommuTree->setModel(iommuProxy);
    m_tabs->addTab(m_iommuTree, {});
    follow(m_iommuTree, iommuProxy, [this](const ObjectRef &r) { return m_iommuModel->indexFor(r); });

    m_profileModel = new VgpuProfileModel(m_inventory, this);
    m_profileTable = new QTableView(m_tabs);
    auto *profileProxy = present(m_profileModel, false);
    m_profileTable->setModel(profileProxy);
    m_tabs->addTab(m_profileTable, {});
    follow(m_profileTable, profileProxy, [this](const ObjectRef &r) { return m_profileModel->indexFor(r); });

    m_vmModel = new VmTableModel(m_inventory, this);
    m_vmTable = new QTableView(m_tabs);
    auto *vmProxy = present(m_vmModel, false);
    m_vmTable->setModel(vmProxy);
    m_tabs->addTab(m_vmTable, {});
    follow(m_vmTable, vmProxy, [this](const ObjectRef &r) { return m_vmModel->indexFor(r); });

    // The current host's readiness for passthrough and vGPU; it follows the shared selection itself.
    m_readiness = new ReadinessView(m_inventory, m_hub, m_tabs);
    m_tabs->addTab(m_readiness, {});
    m_tx->bind([this] {
        m_filter->setPlaceholderText(tr("Filter hosts, GPUs, types, VMs… (Ctrl+F)"));
        m_filter->setAccessibleName(tr("Filter"));
        m_tree->setAccessibleName(tr("Cluster"));
        m_iommuTree->setAccessibleName(tr("IOMMU groups"));
        m_profileTable->setAccessibleName(tr("vGPU profiles"));
        m_vmTable->setAccessibleName(tr("Virtual machines"));
        m_tabs->setAccessibleName(tr("Views"));
        m_tabs->setTabText(m_tabs->indexOf(m_board), tr("GPU Board"));
        m_tabs->setTabText(m_tabs->indexOf(m_iommuTree), tr("IOMMU Groups"));
        m_tabs->setTabText(m_tabs->indexOf(m_profileTable), tr("vGPU Profiles"));
        m_tabs->setTabText(m_tabs->indexOf(m_vmTable), tr("Virtual Machines"));
        m_tabs->setTabText(m_tabs->indexOf(m_readiness), tr("Readiness"));
    });

    // Charts of the selected GPU and its host's load; the history keeps the last hour of every GPU.
    m_history = new TelemetryHistory(m_inventory, this);
    m_telemetry = new TelemetryView(m_inventory, m_history, m_hub, m_tabs);
    m_tabs->addTab(m_telemetry, {});
    m_tx->bind([this] { m_tabs->setTabText(m_tabs->indexOf(m_telemetry), tr("Telemetry")); });

    // Tables sort on the models' raw values (memory as a number, not as "16 GiB" text), one line per row.
    profileProxy->setSortRole(VgpuProfileModel::SortRole);
    vmProxy->setSortRole(VmTableModel::SortRole);
    for (QTableView *t : {m_profileTable, m_vmTable}) {
        t->setSortingEnabled(true);
        t->sortByColumn(0, Qt::AscendingOrder);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setWordWrap(false);
        t->setTextElideMode(Qt::ElideMiddle);
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
        t->horizontalHeader()->setStretchLastSection(true);
        t->horizontalHeader()->setDefaultSectionSize(110);
        t->setAlternatingRowColors(true);
        t->setTabKeyNavigation(false); // Tab goes on to the next view; the arrow keys move between cells
    }
    m_vmTable->setColumnWidth(0, 170);
    m_vmTable->setColumnWidth(5, 320);
    m_profileTable->setColumnWidth(2, 260);
    m_iommuTree->setAlternatingRowColors(true);
    m_iommuTree->setUniformRowHeights(true);
    m_iommuTree->setColumnWidth(0, 300);
    m_iommuTree->setColumnWidth(1, 320);

    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({360, 1040});
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_tx->bind([this] { m_progress->setAccessibleName(tr("Hosts loaded")); });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_filter, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_message, &MessageBar::actionTriggered, this, &MainWindow::refreshSelectedHost);
}

QSortFilterProxyModel *MainWindow::present(QAbstractItemModel *model, bool recursive)
{
    auto *presentation = new PresentationProxy(this);
    presentation->setSourceModel(model);
    m_presentations.append(presentation);
    auto *filter = new QSortFilterProxyModel(this);
    filter->setSourceModel(presentation);
    filter->setFilterRole(ObjectRoles::SearchTextRole);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setRecursiveFilteringEnabled(recursive);
    filter->setAutoAcceptChildRows(recursive);
    filter->setSortLocaleAware(true);
    m_filters.append(filter);
    return filter;
}

void MainWindow::follow(QAbstractItemView *view, QSortFilterProxyModel *proxy,
                        std::function<QModelIndex(const ObjectRef &)> indexFor)
{
    auto *presentation = static_cast<QAbstractProxyModel *>(proxy->sourceModel());
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view](const QModelIndex &current) {
                if (current.isValid())
                    m_hub->select(current.data(ObjectRoles::RefRole).value<ObjectRef>(), view);
            });
    m_followers.append([view, proxy, presentation, indexFor](const ObjectRef &ref, QObject *source) {
        if (source == view)
            return;
        const QModelIndex idx = proxy->mapFromSource(presentation->mapFromSource(indexFor(ref)));
        if (!idx.isValid()) {
            view->selectionModel()->clearSelection();
            return;
        }
        view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
        // A host picked elsewhere opens in the trees, so its GPUs or IOMMU groups are in sight.
        if (auto *tree = qobject_cast<QTreeView *>(view); tree && ref.kind == ObjectRef::Kind::Host)
            tree->expand(idx);
        view->scrollTo(idx);
    });
}

void MainWindow::expandHost(const QString &hostId)
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_tree->model());
    const auto *presentation = static_cast<QAbstractProxyModel *>(proxy->sourceModel());
    const QModelIndex idx = proxy->mapFromSource(
        presentation->mapFromSource(m_treeModel->indexFor({ObjectRef::Kind::Host, hostId, {}})));
    if (idx.isValid())
        m_tree->expand(idx);
}

void MainWindow::select(const ObjectRef &ref)
{
    m_hub->select(ref, nullptr);
}

void MainWindow::onCurrentChanged(const ObjectRef &ref, QObject *source)
{
    for (const auto &f : std::as_const(m_followers))
        f(ref, source);
    if (!ref.hostId.isEmpty()) {
        m_board->setHost(ref.hostId);
        if (source != m_board)
            m_board->setCurrent(ref);
        showHostProblem(ref.hostId);
    }
}

void MainWindow::showHostProblem(const QString &hostId)
{
    const Inventory::Host *h = m_inventory->host(hostId);
    if (!h || h->lastError.isNull() || h->state == HostConnection::State::Connected) {
        if (m_message->isVisible() && m_message->property("hostId").toString() == hostId)
            m_message->hide();
        return;
    }
    Error e = h->lastError;
    if (h->retryInSeconds > 0)
        e.summary = tr("%1 — retrying in %n second(s)", nullptr, h->retryInSeconds).arg(h->lastError.summary);
    m_message->setProperty("hostId", hostId);
    m_message->show(MessageBar::Kind::Error, e, tr("Retry Now"));
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *add = file->addAction(QString(), this, &MainWindow::showAddConnection);
    add->setShortcut(QKeySequence::New);
    QAction *remove = file->addAction(QString(), this, &MainWindow::removeSelectedHost);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction *demo = file->addAction(QString(), this, [this] {
        if (m_openDemo)
            m_openDemo();
    });
    file->addSeparator();
    buildExportMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    m_tx->bind([=] {
        file->setTitle(tr("&File"));
        add->setText(tr("&Add Connection…"));
        remove->setText(tr("&Remove Connection…"));
        demo->setText(tr("Open &Demo Cluster"));
        quit->setText(tr("&Quit"));
    });

    QMenu *view = menuBar()->addMenu(QString());
    QAction *refresh = view->addAction(QString(), this, &MainWindow::refreshSelectedHost);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(QString(), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    m_tx->bind([=] {
        view->setTitle(tr("&View"));
        refresh->setText(tr("&Refresh Host"));
        find->setText(tr("&Filter"));
    });
    view->addSeparator();
    // Ctrl+1 … Ctrl+9 bring the tabs to front, in their order; the items take the tabs' titles.
    for (int i = 0; i < m_tabs->count() && i < 9; ++i) {
        QAction *tab = view->addAction(QString(), this, [this, i] {
            m_tabs->setCurrentIndex(i);
            m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        tab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_tx->bind([this, tab, i] { tab->setText(m_tabs->tabText(i)); });
    }
    view->addSeparator();
    QAction *preview = m_previewDock->toggleViewAction();
    m_tx->bind([preview] { preview->setText(tr("&Scheduler Preview")); });
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(preview);
    buildLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(QString());
    QAction *about = help->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About GPU Virtualization Console"),
            tr("<b>GPU Virtualization Console</b> %1<br>See every GPU of your KVM hosts, its IOMMU group, "
               "vGPU profiles and the VMs that hold them.")
                .arg(QStringLiteral(GPUVIRT_VERSION)));
    });
    m_tx->bind([=] {
        help->setTitle(tr("&Help"));
        about->setText(tr("&About"));
    });
    // Texts that are made from the state, and the models' cells, follow a language change too.
    m_tx->bind([this] {
        updateStatus();
        updateDemoBanner();
        retranslateModels();
    });
}

void MainWindow::showAddConnection()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addConnection(dialog.connection());
}

void MainWindow::setAgentHub(AgentHub *hub)
{
    m_agents = hub;
    connect(hub, &AgentHub::fingerprintUnknown, this,
            [this](const QString &hostId, const QString &hostPort, const QString &fingerprint) {
                const Inventory::Host *h = m_inventory->host(hostId);
                const QString host = h ? (h->displayName.isEmpty() ? h->uri : h->displayName) : hostId;
                auto *box = new QMessageBox(
                    QMessageBox::Warning, tr("Trust This Agent?"),
                    tr("The console has not met the agent at %1 (host %2) before.").arg(hostPort, host),
                    QMessageBox::NoButton, this);
                box->setInformativeText(
                    tr("Its certificate fingerprint (SHA-256) is:\n\n%1\n\nCompare it with what "
                       "\"gpuvirt-agent --fingerprint\" prints on the host. Trusting pins it: a different "
                       "certificate later will be refused.")
                        .arg(fingerprint));
                box->setTextInteractionFlags(Qt::TextSelectableByMouse);
                QPushButton *trust = box->addButton(tr("Trust and Pin"), QMessageBox::AcceptRole);
                box->addButton(tr("Refuse"), QMessageBox::RejectRole);
                box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
                box->setAttribute(Qt::WA_DeleteOnClose);
                connect(box, &QMessageBox::finished, this, [this, box, trust, hostId] {
                    AgentLink *link = m_agents ? m_agents->link(hostId) : nullptr;
                    if (!link)
                        return;
                    if (box->clickedButton() == trust)
                        link->acceptFingerprint();
                    else
                        link->rejectFingerprint();
                });
                box->open();
            });
}

void MainWindow::addConnection(const SavedConnection &c)
{
    // Your own hosts replace the demo: mixing simulated and real hosts would mislead.
    for (const QString &id : m_inventory->hostIds())
        if (const Inventory::Host *h = m_inventory->host(id); h && h->demo)
            m_inventory->removeHost(id);
    if (!m_workspace->addConnection(c)) {
        m_message->show(MessageBar::Kind::Info, Error{tr("%1 is already in the workspace.").arg(c.uri), {}});
    } else if (Status s = m_workspace->save(); !s) {
        m_message->show(MessageBar::Kind::Error, s.error());
    }
    const QString id = m_inventory->addHost(c.uri, c.name);
    if (m_agents && !c.agent.isEmpty())
        m_agents->attach(id, c.agent);
    select(ObjectRef{ObjectRef::Kind::Host, id, {}});
}

void MainWindow::removeSelectedHost()
{
    const QString id = m_hub->current().hostId;
    const Inventory::Host *h = m_inventory->host(id);
    if (!h)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove Connection"),
                              tr("Remove %1 from the console? The host itself is not changed.")
                                  .arg(h->displayName.isEmpty() ? h->uri : h->displayName));
    if (answer != QMessageBox::Yes)
        return;
    const QString uri = h->uri;
    const bool demo = h->demo;
    m_inventory->removeHost(id);
    if (!demo && m_workspace->removeConnection(uri)) {
        if (Status s = m_workspace->save(); !s)
            m_message->show(MessageBar::Kind::Error, s.error());
    }
    m_hub->select({}, nullptr);
}

void MainWindow::refreshSelectedHost()
{
    const QString id =
        m_message->isVisible() ? m_message->property("hostId").toString() : m_hub->current().hostId;
    if (!id.isEmpty())
        m_inventory->refreshHost(id);
}

void MainWindow::updateStatus()
{
    int connected = 0, lost = 0;
    for (const QString &id : m_inventory->hostIds()) {
        const Inventory::Host *h = m_inventory->host(id);
        connected += h->state == HostConnection::State::Connected ? 1 : 0;
        lost += h->state == HostConnection::State::Lost ? 1 : 0;
    }
    const int total = m_inventory->hostCount();
    QString text =
        tr("%n host(s)", nullptr, total) + QStringLiteral(" · ") + tr("%n connected", nullptr, connected);
    if (lost > 0)
        text += QStringLiteral(" · ") + tr("%n unreachable", nullptr, lost);
    m_status->setText(text);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(connected + lost);
    m_progress->setFormat(tr("Loaded %1 of %2").arg(connected + lost).arg(total));
    m_progress->setVisible(total > 0 && connected + lost < total);
}

void MainWindow::updateDemoBanner()
{
    bool demo = false;
    for (const QString &id : m_inventory->hostIds())
        demo = demo || m_inventory->host(id)->demo;
    m_demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("GPU Virtualization Console — Demo") : tr("GPU Virtualization Console"));
}

void MainWindow::applyFilter(const QString &text)
{
    for (QSortFilterProxyModel *f : std::as_const(m_filters))
        f->setFilterFixedString(text.trimmed());
    if (!text.isEmpty())
        m_tree->expandAll();
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_tree->indexAt(pos);
    if (!idx.isValid())
        return;
    const ObjectRef ref = idx.data(ObjectRoles::RefRole).value<ObjectRef>();
    QMenu menu(this);
    addAssignActions(&menu, ref);
    menu.addAction(tr("&Refresh Host"), this, [this, ref] { m_inventory->refreshHost(ref.hostId); });
    if (ref.kind == ObjectRef::Kind::Host)
        menu.addAction(tr("&Remove Connection…"), this, &MainWindow::removeSelectedHost);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showProblem(const Error &error)
{
    m_message->setProperty("hostId", QString());
    m_message->show(MessageBar::Kind::Warning, error);
}

void MainWindow::styleDemoBanner()
{
    // The selection colours of the current palette, light or dark, so that the banner stands out in both.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::Highlight));
    pal.setColor(QPalette::WindowText, pal.color(QPalette::HighlightedText));
    m_demoBanner->setPalette(pal);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_demoBanner)
        styleDemoBanner();
}
