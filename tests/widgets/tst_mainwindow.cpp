// The console window on the demo cluster (real libvirt test driver), driven offscreen: selection is
// shared between views, the filter finds things by any name, problems are shown, not swallowed.
// With GPUVIRT_SCREENSHOT_DIR set it also saves every tab at two sizes for people to look at.
#include "agent/agenthub.h"
#include "applyplacementdialog.h"
#include "assign/assignmentvalidator.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "assigncontroller.h"
#include "assigndrag.h"
#include "auditlogview.h"
#include "connectiondialog.h"
#include "core/translations.h"
#include "credentialdialog.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "planpreviewdialog.h"
#include "planreportdialog.h"
#include "readinessview.h"
#include "schedulerpreview.h"
#include "security/identity.h"
#include "security/pinstore.h"
#include "selectionhub.h"
#include "telemetryview.h"
#include "timeslicepanel.h"
#include "vmpickerdialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnFirstHost();
    void selectionIsShared();
    void filterFindsByAnyName();
    void hostProblemShownWithRetry();
    void damagedWorkspaceReported();
    void schedulerPreviewGhostsUntilClosed();
    void exports();
    void screenshots();

private:
    void openDemo();
    void startDemoAgents(); // the next openDemo() starts in-process agents, as the console does
    QModelIndex findRow(QAbstractItemModel *m, const QString &text, const QModelIndex &parent = {});
    static QPalette darkPalette();
    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PinStore> m_pins;
    std::unique_ptr<AgentHub> m_agents;
    std::unique_ptr<DemoAgents> m_demoAgents;
    QTemporaryDir m_dir;
    QList<DemoCluster::Host> m_hosts;
};

void TestMainWindow::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_dir.path());
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
}

void TestMainWindow::init()
{
    LibvirtWorker::Options options;
    options.maxBackoffSeconds = 1;
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), options);
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.json")));
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), [this] { openDemo(); });
    m_window->resize(1400, 900);
    m_window->show();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_demoAgents.reset();
    m_agents.reset();
    m_pins.reset();
    m_inventory.reset();
    m_factory.reset();
}

void TestMainWindow::openDemo()
{
    for (const auto &h : m_hosts) {
        const QString id = m_inventory->addHost(h.uri, h.name, true);
        m_inventory->setAgentFacts(id, h.facts);
        if (m_demoAgents)
            m_demoAgents->add(id);
    }
}

void TestMainWindow::startDemoAgents()
{
    auto identity = createIdentity(QStringLiteral("tst_mainwindow"));
    QVERIFY(identity.ok());
    m_pins = std::make_unique<PinStore>(m_dir.filePath(QStringLiteral("pins.json")));
    m_agents = std::make_unique<AgentHub>(m_inventory.get(), identity.value(), m_pins.get());
    m_demoAgents = std::make_unique<DemoAgents>(m_inventory.get(), m_agents.get());
    m_window->setAgentHub(m_agents.get());
}

QModelIndex TestMainWindow::findRow(QAbstractItemModel *m, const QString &text, const QModelIndex &parent)
{
    for (int r = 0; r < m->rowCount(parent); ++r) {
        const QModelIndex idx = m->index(r, 0, parent);
        if (idx.data().toString().startsWith(text))
            return idx;
        if (const QModelIndex found = findRow(m, text, idx); found.isValid())
            return found;
    }
    return {};
}

void TestMainWindow::opensOnFirstHost()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    QVERIFY(m_window->demoBanner()->isVisible());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    QCOMPARE(m_window->selection()->current().kind, ObjectRef::Kind::Host);
    QVERIFY(!m_window->board()->items().isEmpty()); // the board shows that host's GPUs
    QCOMPARE(m_window->board()->host(), m_window->selection()->current().hostId);
}

void TestMainWindow::selectionIsShared()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    // A VM picked in the VM table is current in the tree, and its host is on the board.
    QTableView *vms = m_window->vmTable();
    const QModelIndex row = findRow(vms->model(), QStringLiteral("vdi-pool-a-001"));
    QVERIFY(row.isValid());
    vms->setCurrentIndex(row);
    const ObjectRef vmRef = m_window->selection()->current();
    QCOMPARE(vmRef.kind, ObjectRef::Kind::Vm);
    QCOMPARE(m_window->clusterTree()->currentIndex().data().toString(), QStringLiteral("vdi-pool-a-001"));
    QCOMPARE(m_window->board()->host(), vmRef.hostId);

    // A slice clicked on the board is current in the tree.
    const auto items = m_window->board()->items();
    const auto slice = std::find_if(items.cbegin(), items.cend(), [](const GpuBoardView::Item &i) {
        return i.ref.kind == ObjectRef::Kind::Mdev;
    });
    QVERIFY(slice != items.cend());
    m_window->tabs()->setCurrentWidget(m_window->board());
    QTest::mouseClick(m_window->board()->viewport(), Qt::LeftButton, {}, slice->rect.center());
    QCOMPARE(m_window->selection()->current(), slice->ref);
    QVERIFY(m_window->clusterTree()->currentIndex().isValid());
    QCOMPARE(m_window->clusterTree()->currentIndex().data(ObjectRoles::KeyRole).toString(), slice->ref.key);
}

void TestMainWindow::filterFindsByAnyName()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    QAbstractItemModel *tree = m_window->clusterTree()->model();
    QCOMPARE(tree->rowCount(), int(m_hosts.size()));
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("Instinct"));
    QCOMPARE(tree->rowCount(), 1);
    QVERIFY(tree->index(0, 0).data().toString().startsWith(QStringLiteral("gfx-mi-01")));
    m_window->filterEdit()->clear();
    QTest::keyClicks(m_window->filterEdit(), QStringLiteral("vdi-pool-b-007"));
    QCOMPARE(tree->rowCount(), 1);
    QCOMPARE(m_window->vmTable()->model()->rowCount(), 1);
    m_window->filterEdit()->clear();
    QCOMPARE(tree->rowCount(), int(m_hosts.size()));
}

void TestMainWindow::hostProblemShownWithRetry()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    const QString id =
        m_inventory->addHost(QStringLiteral("test://") + m_dir.filePath(QStringLiteral("missing.xml")));
    QVERIFY(all.wait(20000));
    m_window->select({ObjectRef::Kind::Host, id, {}});
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("missing.xml")),
             qPrintable(m_window->messageBar()->text()));
}

void TestMainWindow::damagedWorkspaceReported()
{
    QFile f(m_dir.filePath(QStringLiteral("ws.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    const Status s = m_workspace->load();
    QVERIFY(!s.ok());
    m_window->showProblem(s.error());
    QVERIFY(m_window->messageBar()->isVisible());
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral(".corrupt-")));
}

void TestMainWindow::schedulerPreviewGhostsUntilClosed()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    QDockWidget *dock = m_window->schedulerDock();
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger(); // View > Scheduler Preview
    QVERIFY(dock->isVisible());
    QSignalSpy finished(m_window->schedulerPreview(), &SchedulerPreview::finished);
    m_window->schedulerPreview()->run();
    QVERIFY(finished.wait(20000));
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == u"vdi-a16-01")
            m_window->select({ObjectRef::Kind::Host, id, {}});
    auto ghosts = [this] {
        const auto items = m_window->board()->items();
        return std::count_if(items.cbegin(), items.cend(),
                             [](const GpuBoardView::Item &i) { return i.kind == GpuBoardItem::Kind::Ghost; });
    };
    QVERIFY(ghosts() > 0);
    dock->toggleViewAction()->trigger(); // closing the preview takes its ghosts off the board
    QVERIFY(!dock->isVisible());
    QCOMPARE(ghosts(), 0);
}

// File → Export: the board as PNG, the report as PDF, the tables as CSV; errors name the path.
void TestMainWindow::exports()
{
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    QStringList actions;
    for (QAction *a : m_window->menuBar()->actions().first()->menu()->actions())
        if (a->menu() && a->text().contains(QStringLiteral("Export")))
            for (QAction *e : a->menu()->actions())
                actions.append(e->text());
    QCOMPARE(actions.mid(0, 3),
             (QStringList{QStringLiteral("&Board as PNG…"), QStringLiteral("&Report as PDF…"),
                          QStringLiteral("&Tables as CSV…")}));

    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("board.png"));
    QVERIFY(m_window->exportBoardPng(png).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= GpuBoardView::MinCardWidth && image.height() > 100);
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    QVERIFY(m_window->exportReportPdf(pdf).ok());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    const Result<QStringList> csv = m_window->exportTablesCsv(out.path(), true);
    QVERIFY(csv.ok());
    QCOMPARE(csv->size(), 6);
    const Status bad = m_window->exportReportPdf(out.filePath(QStringLiteral("missing/report.pdf")));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().summary.contains(QStringLiteral("report.pdf")));
}

void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("GPUVIRT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set GPUVIRT_SCREENSHOT_DIR to save screenshots of every tab");
    // GPUVIRT_SCREENSHOT_LANG=zh_CN: the window is made again after the translation is installed.
    // GPUVIRT_SCREENSHOT_PALETTE=dark: the Fusion style with a dark palette, as a dark desktop gives it.
    // Run it with QT_SCALE_FACTOR=1.25 or 2 to see the layouts at those scales.
    const QString language = qEnvironmentVariable("GPUVIRT_SCREENSHOT_LANG", QStringLiteral("en"));
    QString lang = language;
    const bool dark = qEnvironmentVariable("GPUVIRT_SCREENSHOT_PALETTE") == u"dark";
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        lang += QStringLiteral("-dark");
    }
    if (const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR"); !scale.isEmpty())
        lang += QStringLiteral("-x") + scale;
    if (language != u"en" || dark) {
        Translations::install(*QCoreApplication::instance(), language);
        cleanup();
        init();
    }
    startDemoAgents();
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    openDemo();
    QVERIFY(all.wait(20000));
    const auto reported = [this] {
        for (const QString &id : m_inventory->hostIds())
            if (!m_inventory->host(id)->agent.readinessLoaded)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 60000);
    const QString host = qEnvironmentVariable("GPUVIRT_SCREENSHOT_HOST", QStringLiteral("vdi-a16-01"));
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == host)
            m_window->select({ObjectRef::Kind::Host, id, {}});
    for (const QSize size : {QSize(1600, 1000), QSize(1000, 700)}) {
        m_window->resize(size);
        for (int t = 0; t < m_window->tabs()->count(); ++t) {
            m_window->tabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            const QString name = QStringLiteral("%1/%2-%3-tab%4-%5x%6.png")
                                     .arg(dir, lang, host)
                                     .arg(t)
                                     .arg(size.width())
                                     .arg(size.height());
            QVERIFY(m_window->grab().save(name));
        }
    }
    // Telemetry with a minute of history on the A16 host's busiest GPU, both spans, both sizes.
    {
        TelemetryView *view = m_window->telemetryView();
        m_window->tabs()->setCurrentWidget(view);
        const QString hostId = m_window->board()->host();
        m_window->select({ObjectRef::Kind::Gpu, hostId, QStringLiteral("0000:44:00.0")});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->telemetryHistory()
                                         ->gpuSeries(hostId, view->gpu(),
                                                     TelemetryHistory::Metric::Utilization,
                                                     TelemetryHistory::Span::Recent)
                                         .size() >= 60,
                                 120000);
        for (const QSize size : {QSize(1600, 1000), QSize(1000, 700)}) {
            m_window->resize(size);
            for (const auto span : {TelemetryHistory::Span::Recent, TelemetryHistory::Span::Hour}) {
                view->setSpan(span);
                view->refreshNow();
                QCoreApplication::processEvents();
                QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-%3-telemetry-%4-%5x%6.png")
                                                  .arg(dir, lang, host)
                                                  .arg(span == TelemetryHistory::Span::Recent ? 5 : 60)
                                                  .arg(size.width())
                                                  .arg(size.height())));
            }
        }
        view->setSpan(TelemetryHistory::Span::Recent);
        m_window->tabs()->setCurrentWidget(m_window->board());
        m_window->resize(1600, 1000);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(
            QStringLiteral("%1/%2-%3-board-loadbars-1600x1000.png").arg(dir, lang, host)));
    }

    // Readiness where it has something to say: the workstation (boot VGA, vfio not loaded), the T4 host
    // (a GPU sharing its IOMMU group with a NIC) and the L40S host (driver mismatch), with the GPU board and
    // the IOMMU groups that carry the warnings.
    for (const QString &readinessHost :
         {QStringLiteral("ws-rtx-01"), QStringLiteral("edge-t4-01"), QStringLiteral("vdi-l40s-01")}) {
        for (const QString &id : m_inventory->hostIds())
            if (m_inventory->host(id)->displayName == readinessHost)
                m_window->select({ObjectRef::Kind::Host, id, {}});
        for (const QSize size : {QSize(1600, 1000), QSize(1000, 700)}) {
            m_window->resize(size);
            for (QWidget *tab :
                 {static_cast<QWidget *>(m_window->readinessView()),
                  static_cast<QWidget *>(m_window->board()), static_cast<QWidget *>(m_window->iommuTree())}) {
                m_window->tabs()->setCurrentWidget(tab);
                QCoreApplication::processEvents();
                QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-%3-readiness-tab%4-%5x%6.png")
                                                  .arg(dir, lang, readinessHost)
                                                  .arg(m_window->tabs()->indexOf(tab))
                                                  .arg(size.width())
                                                  .arg(size.height())));
            }
        }
    }
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == host)
            m_window->select({ObjectRef::Kind::Host, id, {}});

    // Assignment: the plan preview for a vGPU type dropped on a VM, its report, and the audit log.
    {
        auto audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
        PlanRunner runner(m_inventory.get(), audit, QStringLiteral("alice@ws-17"));
        m_window->setAssignment(&runner, audit);
        m_window->resize(1600, 1000);
        m_window->tabs()->setCurrentWidget(m_window->board());
        QCoreApplication::processEvents();
        const QString hostId = m_window->board()->host();
        const HostSnapshot &snap = m_inventory->host(hostId)->snapshot;
        AssignController *c = m_window->assignment();
        std::optional<AssignmentRequest> request;
        for (const GpuBoardItem &item : m_window->board()->items()) {
            const auto p = AssignDrag::payloadFor(item.ref, snap);
            if (request || !p || p->held() || item.kind != GpuBoardItem::Kind::FreeSpace)
                continue;
            for (const VirtualMachine &vm : snap.vms)
                if (!request && c->validate(c->requestFor(*p, {{hostId, vm.uuid}})).accepted())
                    request = c->requestFor(*p, {{hostId, vm.uuid}});
        }
        QVERIFY(request);
        QSignalSpy finished(c, &AssignController::planFinished);
        c->propose(*request);
        QTRY_VERIFY(c->preview() && c->preview()->isVisible());
        QVERIFY(
            c->preview()->grab().save(QStringLiteral("%1/%2-%3-assign-preview.png").arg(dir, lang, host)));
        c->preview()->accept();
        QVERIFY(finished.wait(20000));
        c->reportAction()->trigger();
        QTRY_VERIFY(c->reportDialog() && c->reportDialog()->isVisible());
        QVERIFY(c->reportDialog()->grab().save(
            QStringLiteral("%1/%2-%3-assign-report.png").arg(dir, lang, host)));
        c->reportDialog()->close();
        m_window->auditDock()->toggleViewAction()->trigger();
        QCoreApplication::processEvents();
        QVERIFY(
            m_window->grab().save(QStringLiteral("%1/%2-%3-auditlog-1600x1000.png").arg(dir, lang, host)));
        m_window->auditDock()->toggleViewAction()->trigger();

        // Applying a scheduler preview: the dialog that pairs placed instances with idle VMs.
        m_window->schedulerDock()->toggleViewAction()->trigger();
        QSignalSpy placed(m_window->schedulerPreview(), &SchedulerPreview::finished);
        m_window->schedulerPreview()->run();
        QVERIFY(placed.wait(20000));
        QVERIFY(m_window->schedulerPreview()->applyButton()->isEnabled());
        m_window->schedulerPreview()->applyPlacement();
        QTRY_VERIFY(m_window->schedulerPreview()->applyDialog() &&
                    m_window->schedulerPreview()->applyDialog()->isVisible());
        QVERIFY(m_window->schedulerPreview()->applyDialog()->grab().save(
            QStringLiteral("%1/%2-%3-apply-placement.png").arg(dir, lang, host)));
        m_window->schedulerPreview()->applyDialog()->close();
        m_window->schedulerDock()->toggleViewAction()->trigger();
    }
    // The scheduler preview after a run, docked under the board with its ghost slices, both result tabs;
    // and the time-slicing tab after a simulation.
    QSignalSpy simulated(m_window->timeSlicePanel(), &TimeSlicePanel::finished);
    m_window->timeSlicePanel()->run();
    QVERIFY(simulated.wait(20000));
    for (const QSize size : {QSize(1600, 1000), QSize(1000, 700)}) {
        m_window->resize(size);
        m_window->tabs()->setCurrentWidget(m_window->board());
        m_window->schedulerDock()->toggleViewAction()->trigger();
        QSignalSpy placed(m_window->schedulerPreview(), &SchedulerPreview::finished);
        m_window->schedulerPreview()->run(); // closing the dock dropped the last size's results
        QVERIFY(placed.wait(20000));
        for (int t = 0; t < 2; ++t) {
            m_window->schedulerPreview()->resultTabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-%3-preview%4-%5x%6.png")
                                              .arg(dir, lang, host)
                                              .arg(t)
                                              .arg(size.width())
                                              .arg(size.height())));
        }
        m_window->schedulerDock()->toggleViewAction()->trigger();
        m_window->tabs()->setCurrentWidget(m_window->timeSlicePanel());
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(QStringLiteral("%1/%2-%3-timeslice-%4x%5.png")
                                          .arg(dir, lang, host)
                                          .arg(size.width())
                                          .arg(size.height())));
    }

    // The dialogs not shown above, at the size they open with: adding a connection, picking VMs for an
    // assignment, asking for credentials, trusting an agent, About.
    {
        ConnectionDialog d(m_window.get());
        d.show();
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(QStringLiteral("%1/%2-connection-dialog.png").arg(dir, lang)));
    }
    {
        const QString hostId = m_window->board()->host();
        VmPickerDialog d(
            QStringLiteral("A16-2Q"), hostId, m_inventory->host(hostId)->snapshot,
            [](const QList<AssignmentTarget> &) { return AssignmentVerdict{}; }, m_window.get());
        d.show();
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(QStringLiteral("%1/%2-%3-vm-picker.png").arg(dir, lang, host)));
    }
    const auto grabModal = [&](const QString &name) {
        QTimer::singleShot(0, this, [dir, lang, name] {
            QWidget *modal = QApplication::activeModalWidget();
            QVERIFY(modal);
            QVERIFY(modal->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, lang, name)));
            if (auto *d = qobject_cast<QDialog *>(modal))
                d->reject();
        });
    };
    {
        GuiCredentialProvider provider(m_window.get());
        QList<CredentialRequest> requests(2);
        requests[0].kind = CredentialRequest::Kind::Username;
        requests[0].prompt = QStringLiteral("Username");
        requests[1].kind = CredentialRequest::Kind::Password;
        requests[1].prompt = QStringLiteral("Password");
        requests[1].secret = true;
        grabModal(QStringLiteral("credentials"));
        provider.provide(QStringLiteral("qemu+ssh://root@gpu-01/system"), requests);
    }
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == MainWindow::tr("&About")) {
            grabModal(QStringLiteral("about"));
            a->trigger();
        }
    }
}

QPalette TestMainWindow::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
