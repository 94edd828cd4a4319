// The Telemetry tab shows the selected GPU's history and its vGPUs; the host overview and the GPU board's
// load bars follow the agent's latest sample.
#include "gpuboardfixture.h"
#include "gpuboardview.h"
#include "hostloadoverview.h"
#include "inventory/inventory.h"
#include "inventory/telemetryhistory.h"
#include "libvirt/statichostconnection.h"
#include "selectionhub.h"
#include "telemetryview.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace BoardFixture;
using Metric = TelemetryHistory::Metric;
using Span = TelemetryHistory::Span;

class tst_TelemetryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chartsOfTheSelectedGpu();
    void hourSpanShowsBands();
    void followsSelection();
    void noTelemetry();
    void boardLoadBars();

private:
    void feed(int seconds, int util);

    StaticHostConnectionFactory *m_factory = nullptr;
    Inventory *m_inventory = nullptr;
    TelemetryHistory *m_history = nullptr;
    SelectionHub *m_hub = nullptr;
    TelemetryView *m_view = nullptr;
    QString m_host;
    qint64 m_clock = 0;
};

namespace {
QLineSeries *lineOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            return l;
    return nullptr;
}
QAreaSeries *bandOf(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *a = qobject_cast<QAreaSeries *>(s))
            return a;
    return nullptr;
}
} // namespace

void tst_TelemetryView::init()
{
    m_factory = new StaticHostConnectionFactory;
    m_factory->add(QStringLiteral("test:///board"), boardHost());
    m_inventory = new Inventory(m_factory);
    m_host = m_inventory->addHost(QStringLiteral("test:///board"), QStringLiteral("gpu-node-07"));
    QTRY_COMPARE(m_inventory->loadedHostCount(), 1);
    m_history = new TelemetryHistory(m_inventory);
    m_hub = new SelectionHub;
    m_view = new TelemetryView(m_inventory, m_history, m_hub);
    m_view->resize(1300, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_clock = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
}

void tst_TelemetryView::cleanup()
{
    delete m_view;
    delete m_hub;
    delete m_history;
    delete m_inventory;
    delete m_factory;
}

// `seconds` samples a second apart for the A16 (with its two vGPUs) and the A100.
void tst_TelemetryView::feed(int seconds, int util)
{
    for (int i = 0; i < seconds; ++i) {
        TelemetrySample s;
        s.time = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC);
        m_clock += 1000;
        GpuSample a16;
        a16.address = addr("0000:41:00.0");
        a16.gpuUtil = util;
        a16.encoderUtil = 5;
        a16.fbUsedMiB = 4096;
        a16.fbTotalMiB = 16384;
        a16.temperatureC = 48;
        a16.powerW = 31.5;
        a16.powerLimitW = 62.5;
        for (const QString &m : {MdevA, MdevB}) {
            VgpuSample v;
            v.mdevUuid = m;
            v.gpuUtil = util / 2;
            v.fbUsedMiB = 1024;
            a16.vgpus.append(v);
        }
        GpuSample a100;
        a100.address = addr("0000:81:00.0");
        a100.gpuUtil = 90;
        a100.fbUsedMiB = 40960;
        a100.fbTotalMiB = 81920;
        s.gpus = {a16, a100};
        m_inventory->setTelemetry(m_host, s);
    }
}

void tst_TelemetryView::chartsOfTheSelectedGpu()
{
    feed(30, 40);
    m_hub->select({ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:41:00.0")}, nullptr);
    QCOMPARE(m_view->gpu(), addr("0000:41:00.0"));
    QLineSeries *util = lineOf(m_view->chart(Metric::Utilization));
    QCOMPARE(util->count(), 30);
    QCOMPARE(util->at(29).y(), 40.0);
    QCOMPARE(qint64(util->at(29).x()), m_clock - 1000);
    // Framebuffer in GiB, up to the GPU's total; power up to its limit.
    QCOMPARE(lineOf(m_view->chart(Metric::FramebufferUsed))->at(0).y(), 4.0);
    auto *fbAxis =
        qobject_cast<QValueAxis *>(m_view->chart(Metric::FramebufferUsed)->axes(Qt::Vertical).first());
    QCOMPARE(fbAxis->max(), 16.0);
    auto *powerAxis = qobject_cast<QValueAxis *>(m_view->chart(Metric::Power)->axes(Qt::Vertical).first());
    QVERIFY(powerAxis->max() >= 62.5 && powerAxis->max() <= 80); // the limit, rounded up to a nice number
    QCOMPARE(lineOf(m_view->chart(Metric::Encoder))->at(0).y(), 5.0);
    // The time axis spans the last five minutes up to the newest sample.
    auto *x = qobject_cast<QDateTimeAxis *>(m_view->chart(Metric::Utilization)->axes(Qt::Horizontal).first());
    QCOMPARE(x->max().toMSecsSinceEpoch() - x->min().toMSecsSinceEpoch(), qint64(300000));
    QVERIFY(!bandOf(m_view->chart(Metric::Utilization))->isVisible());

    // Its vGPUs, named by the VMs that hold them.
    QChart *vgpus = m_view->vgpuChart();
    QCOMPARE(vgpus->series().size(), 2);
    QStringList names;
    for (QAbstractSeries *s : vgpus->series())
        names.append(s->name());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("vdi-desk-01"), QStringLiteral("vdi-desk-02")}));
    QCOMPARE(static_cast<QLineSeries *>(vgpus->series().first())->at(0).y(), 20.0);

    // New samples reach the charts within the throttle's second.
    feed(5, 70);
    QTRY_COMPARE(util->count(), 35);
    QCOMPARE(util->at(34).y(), 70.0);

    // The host overview lists every GPU with the latest figures.
    const auto &rows = m_view->overview()->rows();
    QCOMPARE(rows.size(), 5);
    for (const auto &r : rows) {
        if (r.address == addr("0000:41:00.0")) {
            QCOMPARE(r.gpuPct, 70);
            QCOMPARE(r.fbPct, 25);
            QCOMPARE(r.temperatureC, 48);
        } else if (r.address == addr("0000:81:00.0")) {
            QCOMPARE(r.gpuPct, 90);
            QCOMPARE(r.fbPct, 50);
        } else {
            QCOMPARE(r.gpuPct, -1); // no telemetry for the others
        }
    }
}

void tst_TelemetryView::hourSpanShowsBands()
{
    feed(15, 10);
    feed(15, 30);
    m_hub->select({ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:41:00.0")}, nullptr);
    m_view->setSpan(Span::Hour);
    QChart *chart = m_view->chart(Metric::Utilization);
    QLineSeries *avg = lineOf(chart);
    QCOMPARE(avg->count(), 2);
    QCOMPARE(avg->at(0).y(), 10.0);
    QCOMPARE(avg->at(1).y(), 30.0);
    QAreaSeries *band = bandOf(chart);
    QVERIFY(band->isVisible());
    QCOMPARE(band->upperSeries()->count(), 2);
    auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(x->max().toMSecsSinceEpoch() - x->min().toMSecsSinceEpoch(), qint64(3600000));
    m_view->setSpan(Span::Recent);
    QCOMPARE(avg->count(), 30);
}

void tst_TelemetryView::followsSelection()
{
    feed(3, 40);
    // A vGPU selects its GPU; a VM the GPU of what it holds; a host keeps its GPU.
    m_hub->select({ObjectRef::Kind::Mdev, m_host, Mig3g}, nullptr);
    QCOMPARE(m_view->gpu(), addr("0000:81:00.0"));
    QCOMPARE(lineOf(m_view->chart(Metric::Utilization))->at(0).y(), 90.0);
    m_hub->select({ObjectRef::Kind::Vm, m_host, Desk1}, nullptr);
    QCOMPARE(m_view->gpu(), addr("0000:41:00.0"));
    m_hub->select({ObjectRef::Kind::Host, m_host, {}}, nullptr);
    QCOMPARE(m_view->gpu(), addr("0000:41:00.0"));
    // Clicking a row of the overview selects that GPU everywhere.
    QSignalSpy selected(m_hub, &SelectionHub::currentChanged);
    QTest::mouseClick(m_view->overview(), Qt::LeftButton, {}, QPoint(30, 12)); // inside the first row
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_hub->current().key, m_view->overview()->rows().first().address.toString());
}

void tst_TelemetryView::noTelemetry()
{
    m_hub->select({ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:17:00.0")}, nullptr);
    QCOMPARE(m_view->gpu(), addr("0000:17:00.0"));
    QVERIFY(lineOf(m_view->chart(Metric::Utilization))->count() == 0);
    QVERIFY(m_view->findChild<QLabel *>() != nullptr);
    bool explained = false;
    for (QLabel *l : m_view->findChildren<QLabel *>())
        explained = explained || (l->isVisible() && l->text().contains(QStringLiteral("no host agent")));
    QVERIFY(explained);
}

void tst_TelemetryView::boardLoadBars()
{
    GpuBoardView board(m_inventory);
    board.resize(1400, 900);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    board.setHost(m_host);
    auto loads = [&board] {
        QList<GpuBoardItem> out;
        for (const GpuBoardItem &i : board.items())
            if (i.kind == GpuBoardItem::Kind::Load)
                out.append(i);
        return out;
    };
    QVERIFY(loads().isEmpty()); // no telemetry yet: no bars
    feed(1, 42);
    QTRY_COMPARE(loads().size(), 2); // the A16 and the A100
    const GpuBoardItem a16 = loads().first().ref.key == u"0000:41:00.0" ? loads().first() : loads().last();
    QCOMPARE(a16.label, QStringLiteral("Utilization 42 % · framebuffer 25 % · 48 °C · 32 W"));
    // The bars follow the figures, at most once a second.
    feed(1, 43);
    QTRY_VERIFY(loads().first().label.contains(QStringLiteral("43 %")) ||
                loads().last().label.contains(QStringLiteral("43 %")));
}

QTEST_MAIN(tst_TelemetryView)
#include "tst_telemetryview.moc"
