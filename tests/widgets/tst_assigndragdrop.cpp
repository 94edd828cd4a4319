// Drag-and-drop assignment in the window, end to end on in-memory hosts: drops are judged before release,
// a refused drop changes nothing, an accepted one previews, applies, shows on the board and in the VM's
// configuration; release from the menu, undo, and the audit log view lists every plan.
#include "../unit/assignfixtures.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "assigncontroller.h"
#include "assigndrag.h"
#include "auditlogview.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"
#include "libvirt/statichostoperations.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "planpreviewdialog.h"
#include "planreportdialog.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Fixtures;

class TestAssignDragDrop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void dropJudgedBeforeRelease();
    void dropAppliesReleaseAndUndo();
    void cancelWhileThePlanRuns();

private:
    QModelIndex vmRow(const QString &hostId, const QString &vm) const;
    // Sends enter and move (and the drop when asked) at the row; true when the view accepted.
    bool dragTo(QWidget *viewport, const QPoint &pos, const QMimeData &mime, bool drop);
    PlanReport applyPreview();
    QAction *menuAction(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<AuditLog> m_audit;
    std::unique_ptr<PlanRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QString m_h1, m_h2;
};

void TestAssignDragDrop::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    HostSnapshot s = assignHost();
    s.hypervisor = QStringLiteral("TEST 9.0.0"); // configuration changes by define, mdevs through the agent
    m_factory->add(QStringLiteral("test:///gpu-node-01"), s);
    m_factory->add(QStringLiteral("test:///gpu-node-02"), s);
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.json")));
    m_audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_runner = std::make_unique<PlanRunner>(m_inventory.get(), m_audit, QStringLiteral("alice@ws-17"));
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), std::function<void()>());
    m_window->setAssignment(m_runner.get(), m_audit);
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy loaded(m_inventory.get(), &Inventory::allHostsLoaded);
    m_h1 = m_inventory->addHost(QStringLiteral("test:///gpu-node-01"), QStringLiteral("gpu-node-01"));
    m_h2 = m_inventory->addHost(QStringLiteral("test:///gpu-node-02"), QStringLiteral("gpu-node-02"));
    QVERIFY(loaded.wait(5000));
    m_inventory->setAgentFacts(m_h1, s.agent);
    m_inventory->setAgentFacts(m_h2, s.agent);
    m_runner->setAgentActions(m_h1,
                              m_factory->connection(QStringLiteral("test:///gpu-node-01"))->agentActions());
    m_window->select({ObjectRef::Kind::Host, m_h1, {}});
    m_window->clusterTree()->expandAll();
    QCoreApplication::processEvents();
}

void TestAssignDragDrop::cleanup()
{
    m_window.reset();
    m_runner.reset();
    m_inventory.reset();
    m_factory.reset();
}

QModelIndex TestAssignDragDrop::vmRow(const QString &hostId, const QString &vm) const
{
    const QAbstractItemModel *m = m_window->clusterTree()->model();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < m->rowCount(parent); ++r) {
            const QModelIndex idx = m->index(r, 0, parent);
            if (idx.data(ObjectRoles::RefRole).value<ObjectRef>() ==
                ObjectRef{ObjectRef::Kind::Vm, hostId, vm})
                return idx;
            if (const QModelIndex f = find(idx); f.isValid())
                return f;
        }
        return {};
    };
    return find({});
}

bool TestAssignDragDrop::dragTo(QWidget *viewport, const QPoint &pos, const QMimeData &mime, bool drop)
{
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    if (!drop || !move.isAccepted())
        return move.isAccepted();
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &dropEvent);
    return dropEvent.isAccepted();
}

PlanReport TestAssignDragDrop::applyPreview()
{
    AssignController *c = m_window->assignment();
    QSignalSpy finished(c, &AssignController::planFinished);
    [&] { QTRY_VERIFY(c->preview() && c->preview()->isVisible()); }();
    if (!c->preview())
        return {};
    QTest::mouseClick(c->preview()->applyButton(), Qt::LeftButton);
    [&] { QVERIFY(finished.wait(5000)); }();
    return finished.value(0).value(0).value<PlanReport>();
}

QAction *TestAssignDragDrop::menuAction(const QString &text) const
{
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

void TestAssignDragDrop::dropJudgedBeforeRelease()
{
    AssignController *c = m_window->assignment();
    QTreeView *tree = m_window->clusterTree();
    const HostSnapshot before = m_inventory->host(m_h1)->snapshot;

    // A16-2Q dragged from a free tile of the A16 card on the board.
    GpuBoardView *board = m_window->board();
    QCOMPARE(board->host(), m_h1);
    std::optional<AssignDrag::Payload> payload;
    for (const GpuBoardItem &item : board->items())
        if (item.kind == GpuBoardItem::Kind::FreeSpace && item.ref.key == u"0000:41:00.0/nvidia-699")
            payload = AssignDrag::payloadFor(item.ref, before);
    QVERIFY(payload);
    QCOMPARE(payload->source.kind, AssignmentSource::Kind::VgpuType);
    std::unique_ptr<QMimeData> mime(AssignDrag::toMime(*payload));
    QVERIFY(mime->hasFormat(QString::fromLatin1(AssignDrag::MimeType)));
    QCOMPARE(AssignDrag::fromMime(mime.get())->source.typeId, QStringLiteral("nvidia-699"));

    // Over idle-03 of the same host: accepted, and the hint says what a drop does.
    const QModelIndex good = vmRow(m_h1, idle03);
    QVERIFY(good.isValid());
    QVERIFY(dragTo(tree->viewport(), tree->visualRect(good).center(), *mime, false));
    QVERIFY(c->dropHintAccepts());
    QVERIFY2(c->dropHint().contains(u"idle-03"), qPrintable(c->dropHint()));
    QCOMPARE(m_window->statusBar()->currentMessage(), c->dropHint());

    // Over a VM of the other host: refused, and the reason is named before the mouse is released.
    const QModelIndex other = vmRow(m_h2, idle03);
    QVERIFY(other.isValid());
    QVERIFY(!dragTo(tree->viewport(), tree->visualRect(other).center(), *mime, true));
    QVERIFY(!c->dropHintAccepts());
    const AssignmentVerdict elsewhere = c->validate(c->requestFor(*payload, {{m_h2, idle03}}));
    QVERIFY(elsewhere.has(AssignmentRule::DifferentHost));
    QCOMPARE(c->dropHint(), elsewhere.summary());
    QVERIFY2(c->dropHint().contains(u"gpu-node") || c->dropHint().contains(u"host"),
             qPrintable(c->dropHint()));

    // A16-4Q beside the 2Qs already there: refused for the equal-size rule.
    const auto fourQ = AssignDrag::payloadFor(
        {ObjectRef::Kind::MdevType, m_h1, QStringLiteral("0000:41:00.0/nvidia-700")}, before);
    QVERIFY(fourQ);
    std::unique_ptr<QMimeData> fourMime(AssignDrag::toMime(*fourQ));
    QVERIFY(!dragTo(tree->viewport(), tree->visualRect(good).center(), *fourMime, true));
    QVERIFY(c->validate(c->requestFor(*fourQ, {{m_h1, idle03}})).has(AssignmentRule::EqualSize));
    QCOMPARE(c->dropHint(), c->validate(c->requestFor(*fourQ, {{m_h1, idle03}})).summary());

    // The VM table judges the same way.
    QTableView *vms = m_window->vmTable();
    QModelIndex tableRow;
    for (int r = 0; r < vms->model()->rowCount(); ++r)
        if (vms->model()->index(r, 0).data(ObjectRoles::RefRole).value<ObjectRef>() ==
            ObjectRef{ObjectRef::Kind::Vm, m_h1, idle03})
            tableRow = vms->model()->index(r, 0);
    QVERIFY(tableRow.isValid());
    QVERIFY(dragTo(vms->viewport(), vms->visualRect(tableRow).center(), *mime, false));
    QVERIFY(!dragTo(vms->viewport(), vms->visualRect(tableRow).center(), *fourMime, false));

    // Refused drops changed nothing: no plan, no preview, the same host.
    QCoreApplication::processEvents();
    QVERIFY(!c->preview());
    QCOMPARE(m_inventory->host(m_h1)->snapshot, before);
    QVERIFY(m_audit->read()->records.isEmpty());
}

void TestAssignDragDrop::dropAppliesReleaseAndUndo()
{
    AssignController *c = m_window->assignment();
    QTreeView *tree = m_window->clusterTree();
    const HostSnapshot before = m_inventory->host(m_h1)->snapshot;
    const auto payload = AssignDrag::payloadFor(
        {ObjectRef::Kind::MdevType, m_h1, QStringLiteral("0000:41:00.0/nvidia-699")}, before);
    QVERIFY(payload);
    std::unique_ptr<QMimeData> mime(AssignDrag::toMime(*payload));
    QVERIFY(dragTo(tree->viewport(), tree->visualRect(vmRow(m_h1, idle03)).center(), *mime, true));

    // The preview shows the steps and the new hostdev in idle-03's configuration; Apply runs it.
    QTRY_VERIFY(c->preview());
    QCOMPARE(c->preview()->plan().steps.size(), 2);
    const PlanReport report = applyPreview();
    QVERIFY2(report.applied(), qPrintable(report.error.toString()));
    QVERIFY(!c->progressBar()->isVisible());

    // The new slice is on the A16's card, held by idle-03, and the hostdev is in the VM's XML.
    const QString uuid = report.steps[0].step.mdevUuid;
    QVERIFY(m_inventory->host(m_h1)->snapshot.mdevs.contains(uuid));
    QTRY_VERIFY([&] {
        for (const GpuBoardItem &item : m_window->board()->items())
            if (item.kind == GpuBoardItem::Kind::Slice && item.ref.key == uuid)
                return item.vmName == u"idle-03";
        return false;
    }());
    StaticHostConnection *conn = m_factory->connection(QStringLiteral("test:///gpu-node-01"));
    QVERIFY(conn->operations()
                .domainXml(idle03, true)
                ->contains(QStringLiteral("<address uuid='%1'/>").arg(uuid)));

    // Release through the Edit menu on the selected slice: the hostdev leaves the VM, the mdev the host.
    m_window->select({ObjectRef::Kind::Mdev, m_h1, uuid});
    QAction *release = menuAction(QStringLiteral("&Release"));
    QVERIFY(release);
    release->trigger();
    const PlanReport released = applyPreview();
    QVERIFY2(released.applied(), qPrintable(released.error.toString()));
    QVERIFY(m_inventory->host(m_h1)->snapshot.vms[idle03].hostdevs.isEmpty());
    QVERIFY(!conn->operations().domainXml(idle03, true)->contains(uuid));

    // Undo (Ctrl+Z) runs the release's inverse: the vGPU is back on idle-03.
    QAction *undo = c->undoAction();
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QSignalSpy finished(c, &AssignController::planFinished);
    undo->trigger();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished[0][0].value<PlanReport>().applied());
    QCOMPARE(m_inventory->host(m_h1)->snapshot.vms[idle03].hostdevs.size(), 1);
    QVERIFY(conn->operations().domainXml(idle03, true)->contains(uuid));

    // The report of the last plan stays viewable; the audit log view lists all three, filterable.
    c->reportAction()->trigger();
    QTRY_VERIFY(c->reportDialog() && c->reportDialog()->isVisible());
    m_window->auditDock()->toggleViewAction()->trigger();
    AuditLogView *log = m_window->auditLogView();
    QCOMPARE(log->table()->model()->rowCount(), 3);
    QVERIFY(log->details()->toPlainText().contains(u"\"operator\": \"alice@ws-17\""));
    log->vmFilter()->setText(QStringLiteral("idle-03"));
    QCOMPARE(log->table()->model()->rowCount(), 3);
    log->resultFilter()->setCurrentIndex(log->resultFilter()->findData(QStringLiteral("rolled-back")));
    QCOMPARE(log->table()->model()->rowCount(), 0);
}

void TestAssignDragDrop::cancelWhileThePlanRuns()
{
    AssignController *c = m_window->assignment();
    QTreeView *tree = m_window->clusterTree();
    const auto payload =
        AssignDrag::payloadFor({ObjectRef::Kind::MdevType, m_h1, QStringLiteral("0000:41:00.0/nvidia-699")},
                               m_inventory->host(m_h1)->snapshot);
    QVERIFY(payload);
    std::unique_ptr<QMimeData> mime(AssignDrag::toMime(*payload));
    QVERIFY(!c->cancelButton()->isVisible());
    QVERIFY(dragTo(tree->viewport(), tree->visualRect(vmRow(m_h1, idle03)).center(), *mime, true));
    QTRY_VERIFY(c->preview() && c->preview()->isVisible());
    QSignalSpy finished(c, &AssignController::planFinished);
    QTest::mouseClick(c->preview()->applyButton(), Qt::LeftButton);
    // While the plan runs the status bar offers Cancel next to its progress.
    QVERIFY(c->cancelButton()->isVisible() && c->cancelButton()->isEnabled());
    QVERIFY(!c->cancelButton()->text().isEmpty());
    QTest::mouseClick(c->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const PlanReport report = finished.value(0).value(0).value<PlanReport>();
    QVERIFY(!c->cancelButton()->isVisible());
    // Cancelled before its next step (or, on a fast host, just finished): never half done.
    if (report.cancelled) {
        QCOMPARE(report.result, PlanReport::Result::RolledBack);
        QVERIFY(m_inventory->host(m_h1)->snapshot.vms[idle03].hostdevs.isEmpty());
        QVERIFY2(m_window->messageBar()->isVisible(), "the cancellation is reported");
    } else {
        QVERIFY(report.applied());
        QCOMPARE(m_inventory->host(m_h1)->snapshot.vms[idle03].hostdevs.size(), 1);
    }
}

QTEST_MAIN(TestAssignDragDrop)
#include "tst_assigndragdrop.moc"
