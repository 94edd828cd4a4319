// The scheduler preview on the demo cluster (real libvirt test driver), driven offscreen: requests are
// edited through the table with undo, imported and exported; a run shows placed rows, totals, one
// comparison row per policy with its chart, and ghost slices on the GPU board that go when cleared.
#include "demo/democluster.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "inventory/modelnames.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "messagebar.h"
#include "policycomparisonchart.h"
#include "requesteditor.h"
#include "scheduler/placementresultmodel.h"
#include "scheduler/policycomparisonmodel.h"
#include "scheduler/requestfile.h"
#include "scheduler/requestlistmodel.h"
#include "schedulerpreview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Sched;
using Kind = PlacementRequest::Kind;
using Item = GpuBoardItem;

class TestSchedulerPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorEditsTheModelWithUndo();
    void refusedEditIsShown();
    void importAndExport();
    void runShowsPlacementsAndGhosts();
    void comparisonHasOneRowPerPolicy();
    void applyNeedsAPlacedResult();
    void invalidRequestIsNotRun();

private:
    QString hostIdOf(const QString &name) const;
    void runAndWait();
    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<GpuBoardView> m_board;
    std::unique_ptr<SchedulerPreview> m_preview;
    QTemporaryDir m_dir;
    QList<DemoCluster::Host> m_hosts;
};

void TestSchedulerPreview::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_dir.path());
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
}

void TestSchedulerPreview::init()
{
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), LibvirtWorker::Options{});
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    for (const auto &h : m_hosts)
        m_inventory->setAgentFacts(m_inventory->addHost(h.uri, h.name, true), h.facts);
    QVERIFY(all.wait(20000));
    m_board = std::make_unique<GpuBoardView>(m_inventory.get());
    m_board->resize(1000, 900);
    m_board->show();
    m_preview = std::make_unique<SchedulerPreview>(m_inventory.get(), m_board.get());
    m_preview->resize(1200, 500);
    m_preview->show();
}

void TestSchedulerPreview::cleanup()
{
    m_preview.reset();
    m_board.reset();
    m_inventory.reset();
    m_factory.reset();
}

QString TestSchedulerPreview::hostIdOf(const QString &name) const
{
    for (const QString &id : m_inventory->hostIds())
        if (ModelNames::hostLabel(*m_inventory->host(id)) == name)
            return id;
    return {};
}

void TestSchedulerPreview::runAndWait()
{
    QSignalSpy finished(m_preview.get(), &SchedulerPreview::finished);
    QTest::mouseClick(m_preview->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
}

void TestSchedulerPreview::editorEditsTheModelWithUndo()
{
    RequestEditor *editor = m_preview->editor();
    RequestListModel *model = m_preview->requestModel();
    const int rows = model->rowCount();
    QVERIFY(rows > 0);
    // Type a new name into the first row's name cell, as a user would.
    QTableView *view = editor->view();
    const QModelIndex name = model->index(0, RequestListModel::NameColumn);
    view->setCurrentIndex(name);
    view->edit(name);
    auto *line = view->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("desktops"));
    QTest::keyClick(line, Qt::Key_Return); // the view commits on the next event loop turn
    QTRY_COMPARE(model->requests()[0].name, QStringLiteral("desktops"));
    QCOMPARE(editor->undoStack()->count(), 1);

    editor->addRequest();
    QCOMPARE(model->rowCount(), rows + 1);
    QCOMPARE(view->currentIndex().row(), rows);
    view->selectRow(0);
    editor->removeSelected();
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->requests()[0].name, m_preview->requestModel()->requests()[0].name);

    // Undo all three steps: the first row is back with its old name.
    editor->undoStack()->undo();
    QCOMPARE(model->requests()[0].name, QStringLiteral("desktops"));
    editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), rows);
    editor->undoStack()->undo();
    QCOMPARE(model->requests()[0].name, QStringLiteral("vdi-pool"));
    editor->undoStack()->redo();
    QCOMPARE(model->requests()[0].name, QStringLiteral("desktops"));
}

void TestSchedulerPreview::refusedEditIsShown()
{
    QTableView *view = m_preview->editor()->view();
    const QModelIndex size = m_preview->requestModel()->index(0, RequestListModel::SizeColumn);
    view->setCurrentIndex(size);
    view->edit(size);
    auto *line = view->findChild<QLineEdit *>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("A16-lots"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_VERIFY(m_preview->messageBar()->isVisible());
    QCOMPARE(m_preview->requestModel()->requests()[0].vgpuType, QStringLiteral("A16-2Q"));
    QVERIFY2(m_preview->messageBar()->text().contains(QStringLiteral("not a vGPU type name")),
             qPrintable(m_preview->messageBar()->text()));
    QCOMPARE(m_preview->editor()->undoStack()->count(), 0);
}

void TestSchedulerPreview::importAndExport()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("requests.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,count,kind,size,hosts\nws,3,vgpu,L40S-8Q,vdi-l40s-01\ntrain,1,gpus,2,\n");
    f.close();
    RequestEditor *editor = m_preview->editor();
    const int before = m_preview->requestModel()->rowCount();
    QVERIFY(editor->importFile(csv).ok());
    QCOMPARE(m_preview->requestModel()->rowCount(), 2);
    QCOMPARE(m_preview->requestModel()->index(0, RequestListModel::HostsColumn).data().toString(),
             QStringLiteral("vdi-l40s-01"));
    editor->undoStack()->undo(); // an import is one undo step
    QCOMPARE(m_preview->requestModel()->rowCount(), before);
    editor->undoStack()->redo();

    const QString json = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(editor->exportFile(json).ok());
    const auto back = RequestFile::read(json);
    QVERIFY(back.ok());
    QCOMPARE(back->size(), 2);
    QCOMPARE(back->at(0).count, 3);

    f.setFileName(dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,kind,size\nok,gpus,1\nbad,vgpu,A16\n");
    f.close();
    const Status bad = editor->importFile(f.fileName());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().summary.contains(QStringLiteral("bad.csv: line 3")),
             qPrintable(bad.error().summary));
    QCOMPARE(m_preview->requestModel()->rowCount(), 2); // unchanged
}

void TestSchedulerPreview::runShowsPlacementsAndGhosts()
{
    // Two desktops on the A16 host, one workstation on the L40S host, and one that cannot be placed.
    QList<PlacementRequest> requests;
    for (const char *line :
         {"vdi,2,vgpu,A16-2Q,vdi-a16-01", "ws,1,vgpu,L40S-8Q,vdi-l40s-01", "huge,1,gpus,16,"}) {
        const auto r = RequestFile::parseCsv(QByteArray("name,count,kind,size,hosts\n") + line, {});
        QVERIFY(r.ok());
        requests += r.value();
    }
    m_preview->requestModel()->setRequests(requests);
    m_preview->policyBox()->setCurrentIndex(m_preview->policyBox()->findData(QStringLiteral("best-fit")));
    runAndWait();

    PlacementResultModel *result = m_preview->resultModel();
    QCOMPARE(m_preview->resultTable()->model()->rowCount(), 4);
    QCOMPARE(result->result().policy, Policy::BestFit);
    QCOMPARE(result->index(0, PlacementResultModel::HostColumn).data().toString(),
             QStringLiteral("vdi-a16-01"));
    QVERIFY(result->index(1, 0).data(PlacementResultModel::PlacedRole).toBool());
    QCOMPARE(result->index(2, PlacementResultModel::HostColumn).data().toString(),
             QStringLiteral("vdi-l40s-01"));
    QVERIFY(!result->index(3, 0).data(PlacementResultModel::PlacedRole).toBool());
    QVERIFY(result->index(3, PlacementResultModel::OutcomeColumn)
                .data()
                .toString()
                .contains(QStringLiteral("16")));
    QVERIFY2(m_preview->totalsLabel()->text().contains(QStringLiteral("placed 3 of 4")),
             qPrintable(m_preview->totalsLabel()->text()));

    // The board of the A16 host shows a ghost per placed desktop, on the GPU the result names.
    m_board->setHost(hostIdOf(QStringLiteral("vdi-a16-01")));
    QList<Item> ghosts;
    QHash<QString, QRect> cards;
    for (const Item &i : m_board->items()) {
        if (i.kind == Item::Kind::Card)
            cards.insert(i.ref.key, i.rect);
        if (i.kind == Item::Kind::Ghost)
            ghosts.append(i);
    }
    QCOMPARE(ghosts.size(), 2);
    const QStringList gpus = result->index(0, 0).data(PlacementResultModel::GpuAddressesRole).toStringList();
    QCOMPARE(ghosts[0].ref.key, gpus.first());
    QVERIFY(ghosts[0].label.startsWith(QStringLiteral("vdi #1")));
    QVERIFY(ghosts[0].label.contains(QStringLiteral("A16-2Q")));
    for (const Item &g : ghosts) {
        QVERIFY(!g.rect.isEmpty());
        QVERIFY(cards.value(g.ref.key).contains(g.rect));
        QVERIFY(g.tooltip.contains(QStringLiteral("not applied")));
    }
    // The ghost sits where the card shows free room: over a free tile, not over a slice.
    for (const Item &i : m_board->items()) {
        if (i.kind == Item::Kind::Slice)
            QVERIFY(!i.rect.intersects(ghosts[0].rect));
    }
    // The L40S host has its workstation ghost; picking it in the table names its GPU.
    m_board->setHost(hostIdOf(QStringLiteral("vdi-l40s-01")));
    const auto l40s = m_board->items();
    QCOMPARE(
        std::count_if(l40s.cbegin(), l40s.cend(), [](const Item &i) { return i.kind == Item::Kind::Ghost; }),
        1);
    QSignalSpy activated(m_preview.get(), &SchedulerPreview::objectActivated);
    m_preview->resultTable()->setCurrentIndex(result->index(2, 0));
    emit m_preview->resultTable()->activated(result->index(2, 0));
    QCOMPARE(activated.count(), 1);
    const auto ref = activated.at(0).at(0).value<ObjectRef>();
    QCOMPARE(ref.kind, ObjectRef::Kind::Gpu);
    QCOMPARE(ref.hostId, hostIdOf(QStringLiteral("vdi-l40s-01")));

    // Clearing the preview takes the ghosts off the board.
    m_preview->clearPreview();
    QCOMPARE(m_board->ghosts().size(), 0);
    for (const Item &i : m_board->items())
        QVERIFY(i.kind != Item::Kind::Ghost);
    QCOMPARE(result->rowCount(), 0);
}

void TestSchedulerPreview::comparisonHasOneRowPerPolicy()
{
    runAndWait();
    QCOMPARE(m_preview->comparisonTable()->model()->rowCount(), int(allPolicies().size()));
    QCOMPARE(m_preview->comparisonModel()->policies(), allPolicies());
    PolicyComparisonChart *chart = m_preview->chart();
    QCOMPARE(chart->bars()->count(), 3); // touched, left free, fragmentation
    for (QBarSet *set : chart->bars()->barSets())
        QCOMPARE(set->count(), int(allPolicies().size()));
    QCOMPARE(chart->demandLine()->count(), int(allPolicies().size()));
    // Choosing another policy shows its placements without running again.
    m_preview->policyBox()->setCurrentIndex(0);
    QCOMPARE(m_preview->resultModel()->result().policy, allPolicies().at(0));
}

void TestSchedulerPreview::applyNeedsAPlacedResult()
{
    QVERIFY(!m_preview->applyButton()->isEnabled());
    QVERIFY(m_preview->applyButton()->toolTip().contains(QStringLiteral("assignment plans")));
}

void TestSchedulerPreview::invalidRequestIsNotRun()
{
    m_preview->requestModel()->setRequests({});
    QTest::mouseClick(m_preview->runButton(), Qt::LeftButton);
    QVERIFY(!m_preview->isRunning());
    QVERIFY(m_preview->messageBar()->isVisible());
    QVERIFY(m_preview->messageBar()->text().contains(QStringLiteral("Add a request")));
}

QTEST_MAIN(TestSchedulerPreview)
#include "tst_schedulerpreview.moc"
