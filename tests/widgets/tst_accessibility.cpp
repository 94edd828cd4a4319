// What a screen-reader or keyboard-only user meets: every control the keyboard can reach has a name that
// assistive technology reads (its own, its text, or its buddy label's), in the main window with its docks
// and in every dialog; Tab goes round all the views; Ctrl+1 … Ctrl+n bring the tabs to front.
#include "applyplacementdialog.h"
#include "assign/assignmentvalidator.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "assigncontroller.h"
#include "assigndrag.h"
#include "connectiondialog.h"
#include "core/translations.h"
#include "demo/democluster.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "mainwindow.h"
#include "planpreviewdialog.h"
#include "planreportdialog.h"
#include "schedulerpreview.h"
#include "timeslicepanel.h"
#include "vmpickerdialog.h"
#include "workspace/workspace.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowControlsHaveNames();
    void dialogsControlsHaveNames();
    void tabShortcuts();
    void tabKeyVisitsEveryView();

private:
    static QStringList unnamedControls(QWidget *root);
    static QString describe(QWidget *w);
    QString hostId(const QString &name) const;
    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<AuditLog> m_audit;
    std::unique_ptr<PlanRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestAccessibility::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_dir.path());
    QVERIFY(hosts.ok());
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), LibvirtWorker::Options{});
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.json")));
    m_audit = std::make_shared<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
    m_runner = std::make_unique<PlanRunner>(m_inventory.get(), m_audit, QStringLiteral("alice@ws-17"));
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), std::function<void()>{});
    m_window->setAssignment(m_runner.get(), m_audit);
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    for (const auto &h : hosts.value())
        m_inventory->addHost(h.uri, h.name, true);
    QVERIFY(all.wait(20000));
    m_window->select({ObjectRef::Kind::Host, hostId(QStringLiteral("vdi-a16-01")), {}});
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_runner.reset();
    m_inventory.reset();
    m_factory.reset();
}

QString TestAccessibility::hostId(const QString &name) const
{
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == name)
            return id;
    return {};
}

QString TestAccessibility::describe(QWidget *w)
{
    QStringList chain;
    for (QWidget *p = w; p; p = p->parentWidget())
        chain << QStringLiteral("%1%2").arg(QString::fromLatin1(p->metaObject()->className()),
                                            p->objectName().isEmpty() ? QString() : u'#' + p->objectName());
    return chain.join(QStringLiteral(" < "));
}

QStringList TestAccessibility::unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->focusProxy())
            continue; // the focus goes to the proxy, which is checked itself (a tab widget's tab bar)
        QWidget *control = w;
        // The line edit inside a spin box or an editable combo box speaks for its owner.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            control = w->parentWidget();
        if (qobject_cast<QTabBar *>(control))
            continue; // each tab is read by its title
        // The name assistive technology reads: the accessible name, else the button's text or the buddy
        // label's, as Qt's accessibility bridge derives it.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(control);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << describe(control);
    }
    out.removeDuplicates();
    return out;
}

void TestAccessibility::mainWindowControlsHaveNames()
{
    MainWindow *w = m_window.get();
    // Everything at once: the docks open, and every tab in turn (hidden tabs are not reachable).
    w->schedulerDock()->show();
    w->auditDock()->show();
    for (int t = 0; t < w->tabs()->count(); ++t) {
        w->tabs()->setCurrentIndex(t);
        QCoreApplication::processEvents();
        const QStringList unnamed = unnamedControls(w);
        QVERIFY2(unnamed.isEmpty(), qPrintable(w->tabs()->tabText(t) + u'\n' + unnamed.join(u'\n')));
    }
    w->schedulerDock()->hide();
    w->auditDock()->hide();
}

void TestAccessibility::dialogsControlsHaveNames()
{
    {
        ConnectionDialog d(m_window.get());
        d.show();
        QVERIFY2(unnamedControls(&d).isEmpty(), qPrintable(unnamedControls(&d).join(u'\n')));
    }
    const QString host = hostId(QStringLiteral("vdi-a16-01"));
    const HostSnapshot &snap = m_inventory->host(host)->snapshot;
    AssignController *c = m_window->assignment();
    {
        VmPickerDialog d(
            QStringLiteral("A16-2Q"), host, snap,
            [](const QList<AssignmentTarget> &) { return AssignmentVerdict{}; }, m_window.get());
        d.show();
        QVERIFY2(unnamedControls(&d).isEmpty(), qPrintable(unnamedControls(&d).join(u'\n')));
    }
    // The plan preview and report of an assignment, as a drop would open them.
    m_window->tabs()->setCurrentWidget(m_window->board());
    QCoreApplication::processEvents();
    std::optional<AssignmentRequest> request;
    for (const GpuBoardItem &item : m_window->board()->items()) {
        const auto p = AssignDrag::payloadFor(item.ref, snap);
        if (request || !p || p->held() || item.kind != GpuBoardItem::Kind::FreeSpace)
            continue;
        for (const VirtualMachine &vm : snap.vms)
            if (!request && c->validate(c->requestFor(*p, {{host, vm.uuid}})).accepted())
                request = c->requestFor(*p, {{host, vm.uuid}});
    }
    QVERIFY(request);
    QSignalSpy finished(c, &AssignController::planFinished);
    c->propose(*request);
    QTRY_VERIFY(c->preview() && c->preview()->isVisible());
    QVERIFY2(unnamedControls(c->preview()).isEmpty(), qPrintable(unnamedControls(c->preview()).join(u'\n')));
    c->preview()->accept();
    QVERIFY(finished.wait(20000));
    c->reportAction()->trigger();
    QTRY_VERIFY(c->reportDialog() && c->reportDialog()->isVisible());
    QVERIFY2(unnamedControls(c->reportDialog()).isEmpty(),
             qPrintable(unnamedControls(c->reportDialog()).join(u'\n')));
    c->reportDialog()->close();

    // Applying a scheduler preview.
    m_window->schedulerDock()->show();
    QSignalSpy placed(m_window->schedulerPreview(), &SchedulerPreview::finished);
    m_window->schedulerPreview()->run();
    QVERIFY(placed.wait(20000));
    m_window->schedulerPreview()->applyPlacement();
    QTRY_VERIFY(m_window->schedulerPreview()->applyDialog() &&
                m_window->schedulerPreview()->applyDialog()->isVisible());
    QWidget *apply = m_window->schedulerPreview()->applyDialog();
    QVERIFY2(unnamedControls(apply).isEmpty(), qPrintable(unnamedControls(apply).join(u'\n')));
    m_window->schedulerPreview()->applyDialog()->close();
    m_window->schedulerDock()->hide();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::tabShortcuts()
{
    MainWindow *w = m_window.get();
    const int tabs = std::min(w->tabs()->count(), 9);
    QVERIFY(tabs >= 6);
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    w->filterEdit()->setFocus(Qt::OtherFocusReason);
    for (int i = tabs - 1; i >= 0; --i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QVERIFY2(
            w->tabs()->currentIndex() == i,
            qPrintable(
                QStringLiteral("Ctrl+%1: tab %2, focus %3, active %4")
                    .arg(i + 1)
                    .arg(w->tabs()->currentIndex())
                    .arg(QApplication::focusWidget() ? describe(QApplication::focusWidget()) : QString())
                    .arg(QApplication::activeWindow() ? describe(QApplication::activeWindow()) : QString())));
        // The keyboard lands in the view that came to front, not somewhere behind it.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus &&
                     (w->tabs()->currentWidget()->isAncestorOf(focus) || focus == w->tabs()->currentWidget()),
                 qPrintable(focus ? describe(focus) : QStringLiteral("no focus")));
    }
}

void TestAccessibility::tabKeyVisitsEveryView()
{
    MainWindow *w = m_window.get();
    for (int t = 0; t < w->tabs()->count(); ++t) {
        w->tabs()->setCurrentIndex(t);
        w->filterEdit()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->filterEdit()));
        bool tree = false, tabBar = false, page = false, back = false;
        QStringList path;
        for (int presses = 0; presses < 100 && !back; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *f = QApplication::focusWidget();
            QVERIFY(f);
            path << describe(f).section(u' ', 0, 0);
            tree = tree || f == w->clusterTree();
            tabBar = tabBar || f == w->tabs()->tabBar();
            page = page || f == w->tabs()->currentWidget() || w->tabs()->currentWidget()->isAncestorOf(f);
            back = f == w->filterEdit();
        }
        const QString where = w->tabs()->tabText(t) + QStringLiteral(": ") + path.join(QStringLiteral(" → "));
        QVERIFY2(tree && tabBar && page, qPrintable(where));
        QVERIFY2(back, qPrintable(QStringLiteral("Tab does not come round: ") + where));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
