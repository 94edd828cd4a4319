// View → Language switches the console between English and Chinese at run time: menus, tabs, docks,
// status line and table headers take the new language at once, and the window keeps its state.
#include "core/translations.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "mainwindow.h"
#include "selectionhub.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestLanguageSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void switchesWithoutRestart();

private:
    QAction *languageAction(const QString &code) const;
    static bool hasHan(const QString &text);
    QStringList headers(QAbstractItemModel *model) const;
    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestLanguageSwitch::initTestCase()
{
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_dir.path());
    QVERIFY(hosts.ok());
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), LibvirtWorker::Options{});
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir.filePath(QStringLiteral("ws.json")));
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), std::function<void()>{});
    m_window->setLanguage(QStringLiteral("en"));
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    for (const auto &h : hosts.value())
        m_inventory->addHost(h.uri, h.name, true);
    QVERIFY(all.wait(20000));
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_window.reset();
    m_inventory.reset();
    m_factory.reset();
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

QAction *TestLanguageSwitch::languageAction(const QString &code) const
{
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->isCheckable() && a->data().typeId() == QMetaType::QString && a->data().toString() == code &&
            a->actionGroup())
            return a;
    return nullptr;
}

bool TestLanguageSwitch::hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

QStringList TestLanguageSwitch::headers(QAbstractItemModel *model) const
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
    return out;
}

void TestLanguageSwitch::switchesWithoutRestart()
{
    MainWindow *w = m_window.get();
    QVERIFY(languageAction(QString()) && languageAction(QStringLiteral("en")) &&
            languageAction(QStringLiteral("zh_CN")));
    QVERIFY(languageAction(QStringLiteral("en"))->isChecked());
    QCOMPARE(w->tabs()->tabText(0), QStringLiteral("GPU Board"));
    QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    // State that must survive: the selected host, the current tab, the splitter, the docked preview.
    QString hostId;
    for (const QString &id : m_inventory->hostIds())
        if (m_inventory->host(id)->displayName == u"vdi-a16-01")
            hostId = id;
    QVERIFY(!hostId.isEmpty());
    w->select({ObjectRef::Kind::Host, hostId, {}});
    w->tabs()->setCurrentWidget(w->profileTable());
    w->schedulerDock()->show();
    auto *splitter = w->findChild<QSplitter *>();
    QVERIFY(splitter);
    splitter->setSizes({300, 1100});
    const QList<int> sizes = splitter->sizes();
    const QStringList englishHeaders = headers(w->profileTable()->model());
    const QStringList englishVmHeaders = headers(w->vmTable()->model());
    // The status line is compared after the switch back: wait until every host is connected, so that it
    // does not change on its own meanwhile (it is updated once per event-loop turn).
    QTRY_COMPARE(w->statusBar()->findChild<QLabel *>()->text(), QStringLiteral("8 hosts · 8 connected"));
    const QString englishStatus = w->statusBar()->findChild<QLabel *>()->text();

    QSignalSpy chosen(w, &MainWindow::languageChosen);
    QSignalSpy headerChanged(w->profileTable()->model(), &QAbstractItemModel::headerDataChanged);
    languageAction(QStringLiteral("zh_CN"))->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QVERIFY(languageAction(QStringLiteral("zh_CN"))->isChecked());
    QVERIFY(!languageAction(QStringLiteral("en"))->isChecked());

    // Qt posts the LanguageChange events; everything visible takes the new texts.
    QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("GPU 面板"));
    for (int t = 0; t < w->tabs()->count(); ++t)
        QVERIFY2(hasHan(w->tabs()->tabText(t)), qPrintable(w->tabs()->tabText(t)));
    for (QAction *menu : w->menuBar()->actions())
        QVERIFY2(hasHan(menu->text()), qPrintable(menu->text()));
    QCOMPARE(w->schedulerDock()->windowTitle(), QStringLiteral("调度预览"));
    QVERIFY(w->statusBar()->findChild<QLabel *>()->text().contains(QStringLiteral("8 台主机")));
    QVERIFY(hasHan(w->filterEdit()->placeholderText()));
    QVERIFY(hasHan(w->filterEdit()->accessibleName()));
    QVERIFY(headerChanged.size() > 0); // the tables draw their headers again
    const QStringList chineseHeaders = headers(w->profileTable()->model());
    QVERIFY(chineseHeaders != englishHeaders);
    QVERIFY2(hasHan(chineseHeaders.first()), qPrintable(chineseHeaders.join(u',')));
    QVERIFY(headers(w->vmTable()->model()) != englishVmHeaders);

    // Same window, same state.
    QCOMPARE(w->tabs()->currentWidget(), w->profileTable());
    QCOMPARE(w->selection()->current().hostId, hostId);
    QCOMPARE(splitter->sizes(), sizes);
    QVERIFY(w->schedulerDock()->isVisible());

    languageAction(QStringLiteral("en"))->trigger();
    QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("GPU Board"));
    QCOMPARE(headers(w->profileTable()->model()), englishHeaders);
    QCOMPARE(w->statusBar()->findChild<QLabel *>()->text(), englishStatus);
    QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    // "System": the test runs in the C locale, which has English.
    languageAction(QStringLiteral("zh_CN"))->trigger();
    QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("GPU 面板"));
    languageAction(QString())->trigger();
    QTRY_COMPARE(w->tabs()->tabText(0), QStringLiteral("GPU Board"));
    QCOMPARE(chosen.size(), 4);
    QCOMPARE(chosen.last().at(0).toString(), QString());
    QCOMPARE(w->language(), QString());
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
