// The GPU board: what a user sees on each kind of GPU, clicks, keyboard, live updates and repaint scoping.
#include "assigndrag.h"
#include "gpuboardfixture.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

using Kind = GpuBoardItem::Kind;
using namespace BoardFixture;

class PaintCounter : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

class TestGpuBoardView : public QObject
{
    Q_OBJECT

private:
    const QString uri = QStringLiteral("test:///board");
    const QString otherUri = QStringLiteral("test:///other");
    StaticHostConnectionFactory *factory = nullptr;
    Inventory *inventory = nullptr;
    GpuBoardView *view = nullptr;
    QString hostId;
    QString otherId;

    QList<GpuBoardItem> itemsOf(Kind kind, const QString &cardKey = {}) const
    {
        QList<GpuBoardItem> out;
        QString card;
        for (const GpuBoardItem &i : view->items()) {
            if (i.kind == Kind::Card)
                card = i.ref.key;
            if (i.kind == kind && (cardKey.isEmpty() || card == cardKey))
                out.append(i);
        }
        return out;
    }
    GpuBoardItem find(Kind kind, const QString &key) const
    {
        for (const GpuBoardItem &i : view->items())
            if (i.kind == kind && i.ref.key == key)
                return i;
        return {};
    }
    ObjectRef ref(ObjectRef::Kind kind, const QString &key) const { return {kind, hostId, key}; }

private Q_SLOTS:
    void init()
    {
        factory = new StaticHostConnectionFactory;
        factory->add(uri, boardHost());
        factory->add(otherUri, otherHost());
        inventory = new Inventory(factory);
        hostId = inventory->addHost(uri);
        otherId = inventory->addHost(otherUri);
        QTRY_COMPARE(inventory->loadedHostCount(), 2);
        AgentFacts facts;
        facts.present = true;
        facts.bootVga = {addr("0000:17:00.0")};
        inventory->setAgentFacts(hostId, facts);
        view = new GpuBoardView(inventory);
        view->resize(1400, 900);
        view->show(); // a hidden widget gets its resize events only when shown
        QVERIFY(QTest::qWaitForWindowExposed(view));
    }
    void cleanup()
    {
        delete view;
        delete inventory;
        delete factory;
    }

    void emptyState()
    {
        QVERIFY(view->items().isEmpty());
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("Select a host")));
        QVERIFY(view->sizeHint().width() >= 2 * GpuBoardView::MinCardWidth);
    }

    void cardsAndHeaders()
    {
        view->setHost(hostId);
        const QList<GpuBoardItem> cards = itemsOf(Kind::Card);
        QCOMPARE(cards.size(), 5);
        QCOMPARE(cards[2].label, QStringLiteral("GA107GL [A2 / A16]"));
        QCOMPARE(view->columnCount(), 4);
        for (const GpuBoardItem &c : cards)
            QVERIFY(c.rect.width() >= GpuBoardView::MinCardWidth &&
                    c.rect.width() <= GpuBoardView::MaxCardWidth);
        // Badges: boot VGA on the A6000, the shared IOMMU group on the T4; the T4 is passed through whole.
        QCOMPARE(itemsOf(Kind::Badge, QStringLiteral("0000:17:00.0")).size(), 1);
        const GpuBoardItem group = find(Kind::Badge, QStringLiteral("30"));
        QCOMPARE(group.ref.kind, ObjectRef::Kind::IommuGroup);
        QVERIFY(view->describe(group.ref).contains(QStringLiteral("0000:3c:00.0")));
        const GpuBoardItem banner = find(Kind::Banner, Inference);
        QVERIFY(banner.label.contains(QStringLiteral("inference-01")));
        QCOMPARE(cards[1].vmName, QStringLiteral("inference-01"));
        QVERIFY(view->describe(cards[1].ref).contains(QStringLiteral("Gen3 x16 (of Gen4 x16)")));
        // The HDMI audio function is listed on its GPU's card.
        QCOMPARE(find(Kind::Companion, QStringLiteral("0000:17:00.1")).ref.kind, ObjectRef::Kind::Function);
    }

    void timeSlicedSlices()
    {
        view->setHost(hostId);
        const QList<GpuBoardItem> slices = itemsOf(Kind::Slice, QStringLiteral("0000:41:00.0"));
        QCOMPARE(slices.size(), 2);
        QVERIFY(slices[0].label.contains(QStringLiteral("A16-2Q")));
        QVERIFY(slices[0].label.contains(QStringLiteral("vdi-desk-01")));
        QVERIFY(slices[1].label.contains(QStringLiteral("vdi-desk-02")));
        QCOMPARE(slices[0].ref, ref(ObjectRef::Kind::Mdev, MdevA));
        // 16 GB board, 2 GB slices: six free slots of the fixed type; each slot is as wide as a slice.
        const QList<GpuBoardItem> free = itemsOf(Kind::FreeSpace, QStringLiteral("0000:41:00.0"));
        QCOMPARE(free.size(), 6);
        QCOMPARE(free[0].ref, ref(ObjectRef::Kind::MdevType, QStringLiteral("0000:41:00.0/nvidia-699")));
        QCOMPARE(free[0].rect.height(), slices[0].rect.height());
        QVERIFY(qAbs(free[0].rect.width() - slices[0].rect.width()) <= 1); // integer spread of the row
        const QString tip = view->describe(slices[0].ref);
        for (const char *part :
             {"A16-2Q", "2 GB", "Q", "RTX Virtual Workstation (vWS)", "vdi-desk-01", "Running"})
            QVERIFY2(tip.contains(QLatin1String(part)), part);
    }

    void migInstancesOccupyTheirSlots()
    {
        view->setHost(hostId);
        const GpuBoardItem big = find(Kind::MigInstance, Mig3g);
        const GpuBoardItem small = find(Kind::MigInstance, Mig1g);
        QCOMPARE(big.memoryStart, 0);
        QCOMPARE(big.memorySlices, 4);
        QCOMPARE(big.computeSlices, 3);
        QCOMPARE(small.memoryStart, 4); // first fit after the larger instance
        QCOMPARE(small.memorySlices, 1);
        QCOMPARE(small.computeStart, 4);
        QVERIFY(small.rect.left() > big.rect.right());
        QVERIFY(qAbs(big.rect.width() - 4 * small.rect.width()) < 16); // 4 slots against 1, gaps aside
        QVERIFY(big.label.contains(QStringLiteral("ml-train-01")));
        QCOMPARE(find(Kind::LegendEntry, Mig1g).vmName, QStringLiteral("jupyter-07"));
        QVERIFY(view->describe(small.ref).contains(QStringLiteral("Paused")));

        // Slots 5 and 6 are free and a 1g.10gb may start there; slot 7 is free but no profile starts at 7.
        QList<GpuBoardItem> freeSlots;
        for (const GpuBoardItem &i : view->items())
            if (i.kind == Kind::FreeSpace && i.ref.key.contains(u'@'))
                freeSlots.append(i);
        QCOMPARE(freeSlots.size(), 2);
        QCOMPARE(freeSlots[0].ref,
                 ref(ObjectRef::Kind::MdevType, QStringLiteral("0000:81:00.0/nvidia-474@5")));
        QCOMPARE(freeSlots[1].memoryStart, 6);
        QVERIFY(freeSlots[0].rect.left() > small.rect.right());
        QVERIFY(freeSlots[0].tooltip.contains(QStringLiteral("A100-1-10C")));
        const auto payload = AssignDrag::payloadFor(freeSlots[1].ref, boardHost());
        QVERIFY(payload);
        QCOMPARE(payload->source.kind, AssignmentSource::Kind::MigSlot);
        QCOMPARE(payload->source.typeId, QStringLiteral("nvidia-474"));
        QCOMPARE(payload->source.migStart, 6);
    }

    void virtualFunctionsShowHolders()
    {
        view->setHost(hostId);
        const QList<GpuBoardItem> vfs = itemsOf(Kind::VirtualFunction, QStringLiteral("0000:c1:00.0"));
        QCOMPARE(vfs.size(), 4); // enabled ones; the other four are drawn as could-be
        int held = 0;
        for (const GpuBoardItem &vf : vfs) {
            if (!vf.held())
                continue;
            ++held;
            QCOMPARE(vf.ref, ref(ObjectRef::Kind::Function, QStringLiteral("0000:c1:02.1")));
            QCOMPARE(vf.vmName, QStringLiteral("cad-ws-03"));
            QVERIFY(view->describe(vf.ref).contains(QStringLiteral("cad-ws-03")));
        }
        QCOMPARE(held, 1);
    }

    void clickEmitsTheObject()
    {
        view->setHost(hostId);
        QSignalSpy spy(view, &GpuBoardView::objectActivated);
        auto click = [&](const QPoint &at) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            return spy.isEmpty() ? ObjectRef() : spy.takeLast().at(0).value<ObjectRef>();
        };
        QCOMPARE(click(find(Kind::Slice, MdevB).rect.center()), ref(ObjectRef::Kind::Mdev, MdevB));
        QCOMPARE(click(find(Kind::VirtualFunction, QStringLiteral("0000:c1:02.1")).rect.center()),
                 ref(ObjectRef::Kind::Function, QStringLiteral("0000:c1:02.1")));
        QCOMPARE(click(find(Kind::MigInstance, Mig3g).rect.center()), ref(ObjectRef::Kind::Mdev, Mig3g));
        const GpuBoardItem card = find(Kind::Card, QStringLiteral("0000:81:00.0"));
        QCOMPARE(click(card.rect.topLeft() + QPoint(card.rect.width() - 6, 6)),
                 ref(ObjectRef::Kind::Gpu, QStringLiteral("0000:81:00.0")));
        QVERIFY(find(Kind::Card, QStringLiteral("0000:81:00.0")).current);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2)); // the margin: nothing
        QVERIFY(spy.isEmpty());
    }

    void setCurrentHighlightsAndScrolls()
    {
        view->resize(700, 400);
        view->setHost(hostId);
        QTRY_COMPARE(view->columnCount(), 2);
        QSignalSpy spy(view, &GpuBoardView::objectActivated);
        const ObjectRef vf = ref(ObjectRef::Kind::Function, QStringLiteral("0000:c1:02.1"));
        view->setCurrent(vf);
        QVERIFY(spy.isEmpty()); // programmatic selection does not echo back
        const GpuBoardItem item = find(Kind::VirtualFunction, vf.key);
        QVERIFY(item.current);
        QVERIFY(view->verticalScrollBar()->value() > 0);
        QVERIFY(view->viewport()->rect().contains(item.rect));
        QVERIFY(!find(Kind::Slice, MdevA).current);
        // A VM lights up what it holds.
        view->setCurrent(ref(ObjectRef::Kind::Vm, Desk1));
        QVERIFY(find(Kind::Slice, MdevA).current);
        QVERIFY(!find(Kind::Slice, MdevB).current);
        QVERIFY(view->accessibleDescription().contains(QStringLiteral("vdi-desk-01")));
    }

    void keyboardMovesBetweenCards()
    {
        view->resize(700, 900);
        view->setHost(hostId);
        QTRY_COMPARE(view->columnCount(), 2);
        view->setFocus();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
        QSignalSpy spy(view, &GpuBoardView::objectActivated);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(spy.takeLast().at(0).value<ObjectRef>().key, QStringLiteral("0000:17:00.0"));
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(spy.takeLast().at(0).value<ObjectRef>().key, QStringLiteral("0000:3b:00.0"));
        QTest::keyClick(view, Qt::Key_Down); // two columns: one row down
        QCOMPARE(spy.takeLast().at(0).value<ObjectRef>().key, QStringLiteral("0000:81:00.0"));
        QTest::keyClick(view, Qt::Key_End);
        QCOMPARE(view->current(), ref(ObjectRef::Kind::Gpu, QStringLiteral("0000:c1:00.0")));
    }

    void liveRenameUpdatesLabel()
    {
        view->setHost(hostId);
        VirtualMachine renamed = factory->connection(uri)->snapshot().vms.value(Desk1);
        renamed.name = QStringLiteral("finance-desk-01");
        const QRect before = find(Kind::Card, QStringLiteral("0000:41:00.0")).rect;
        factory->connection(uri)->setVm(renamed);
        QTRY_VERIFY(find(Kind::Slice, MdevA).label.contains(QStringLiteral("finance-desk-01")));
        QCOMPARE(find(Kind::Card, QStringLiteral("0000:41:00.0")).rect, before); // no relayout
    }

    void gpuAddedRelayouts()
    {
        view->setHost(hostId);
        factory->connection(uri)->setPciDevice(function("0000:e1:00.0", 0x10de, 0x2236,
                                                        QStringLiteral("GA102GL [A10]"), 0x030200,
                                                        QStringLiteral("vfio-pci"), 140));
        QTRY_COMPARE(itemsOf(Kind::Card).size(), 6);
        QVERIFY(view->describe(ref(ObjectRef::Kind::Gpu, QStringLiteral("0000:e1:00.0")))
                    .contains(QStringLiteral("A10")));
    }

    void otherHostDoesNotRepaint()
    {
        view->setHost(hostId);
        PaintCounter counter;
        view->viewport()->installEventFilter(&counter);
        QCoreApplication::processEvents();
        counter.count = 0;
        QSignalSpy changed(inventory, &Inventory::vmChanged);
        VirtualMachine v = factory->connection(otherUri)->snapshot().vms.first();
        v.name = QStringLiteral("renamed-elsewhere");
        factory->connection(otherUri)->setVm(v);
        QCOMPARE(changed.size(), 1);
        QCoreApplication::processEvents(); // a scheduled repaint would be delivered here
        QCOMPARE(counter.count, 0);
        // The shown host's change does repaint.
        VirtualMachine mine = factory->connection(uri)->snapshot().vms.value(Jupyter);
        mine.state = VmState::Running;
        factory->connection(uri)->setVm(mine);
        QTRY_VERIFY(counter.count > 0);
    }

    void narrowViewNeverOverlaps()
    {
        view->setHost(hostId);
        for (int width : {900, 640, 320, 200}) {
            view->resize(width, 500);
            const QList<GpuBoardItem> cards = itemsOf(Kind::Card);
            for (int i = 0; i < cards.size(); ++i)
                for (int j = i + 1; j < cards.size(); ++j)
                    QVERIFY(!cards[i].rect.intersects(cards[j].rect));
            // Every item stays inside its card.
            QRect card;
            for (const GpuBoardItem &item : view->items()) {
                if (item.kind == Kind::Card)
                    card = item.rect;
                else
                    QVERIFY2(card.contains(item.rect), qPrintable(item.label));
            }
        }
        QCOMPARE(view->columnCount(), 1);
        QVERIFY(view->horizontalScrollBar()->maximum() > 0); // 200 px: the 300 px card scrolls
    }

    void screenshots()
    {
        // For a person reviewing the looks: GPUVIRT_SCREENSHOT_DIR=/tmp ./tst_gpuboardview screenshots
        const QString dir = qEnvironmentVariable("GPUVIRT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set GPUVIRT_SCREENSHOT_DIR to render the board to PNG files");
        view->setHost(hostId);
        view->setCurrent(ref(ObjectRef::Kind::Mdev, MdevA));
        view->resize(1400, 900);
        QVERIFY(view->grab().save(dir + QStringLiteral("/board-1400.png")));
        view->resize(700, 600);
        QVERIFY(view->grab().save(dir + QStringLiteral("/board-700.png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
        view->setPalette(dark);
        view->resize(1400, 900);
        QVERIFY(view->grab().save(dir + QStringLiteral("/board-dark.png")));
        view->setPalette(QPalette());
        for (const auto &[uuid, name] : {std::pair{Desk1, QStringLiteral("财务部虚拟桌面-第一会议室-01")},
                                         std::pair{Train, QStringLiteral("深度学习训练节点")},
                                         std::pair{Cad, QStringLiteral("设计部工作站")},
                                         std::pair{Inference, QStringLiteral("推理服务-生产环境")}}) {
            VirtualMachine v = factory->connection(uri)->snapshot().vms.value(uuid);
            v.name = name;
            factory->connection(uri)->setVm(v);
        }
        QVERIFY(view->grab().save(dir + QStringLiteral("/board-cjk.png")));
    }
};

QTEST_MAIN(TestGpuBoardView)
#include "tst_gpuboardview.moc"
