// The time-slicing tab on the demo cluster: vGPUs loaded from a GPU of the snapshot or added by type,
// one chart series per vGPU after a run, the results table, refused configurations shown; and the
// RmPVMRL panel encoding, decoding and refusing invalid values with the reason.
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "messagebar.h"
#include "rmpvmrlpanel.h"
#include "scheduler/simvgpulistmodel.h"
#include "timeslicepanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using Sched::SimVgpuListModel;

class TestTimeSlicePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartHasOneSeriesPerVgpu();
    void loadsTheVgpusOfAGpu();
    void addsVgpusByType();
    void refusedConfigurationIsShown();
    void rmpvmrlEncodesAndDecodes();
    void rmpvmrlRefusesInvalidValues_data();
    void rmpvmrlRefusesInvalidValues();

private:
    void simulate();
    std::unique_ptr<LibvirtEventLoop> m_loop;
    std::unique_ptr<LibvirtConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<TimeSlicePanel> m_panel;
    QTemporaryDir m_dir;
    QList<DemoCluster::Host> m_hosts;
};

void TestTimeSlicePanel::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
    auto hosts = DemoCluster::extract(m_dir.path());
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
}

void TestTimeSlicePanel::init()
{
    m_factory = std::make_unique<LibvirtConnectionFactory>(m_loop.get(), LibvirtWorker::Options{});
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    QSignalSpy all(m_inventory.get(), &Inventory::allHostsLoaded);
    for (const auto &h : m_hosts)
        m_inventory->setAgentFacts(m_inventory->addHost(h.uri, h.name, true), h.facts);
    QVERIFY(all.wait(20000));
    m_panel = std::make_unique<TimeSlicePanel>(m_inventory.get());
    m_panel->resize(1200, 800);
    m_panel->show();
}

void TestTimeSlicePanel::cleanup()
{
    m_panel.reset();
    m_inventory.reset();
    m_factory.reset();
}

void TestTimeSlicePanel::simulate()
{
    QSignalSpy finished(m_panel.get(), &TimeSlicePanel::finished);
    QTest::mouseClick(m_panel->runButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
}

void TestTimeSlicePanel::chartHasOneSeriesPerVgpu()
{
    const int vgpus = m_panel->vgpuModel()->rowCount();
    QVERIFY(vgpus >= 2);
    m_panel->policyBox()->setCurrentIndex(m_panel->policyBox()->findData(int(SchedulerSetting::EqualShare)));
    simulate();
    const QList<QAbstractSeries *> series = m_panel->chartView()->chart()->series();
    QCOMPARE(series.size(), vgpus);
    for (int i = 0; i < vgpus; ++i) {
        QCOMPARE(series[i]->name(), m_panel->vgpuModel()->vgpus()[i].name);
        QCOMPARE(static_cast<QLineSeries *>(series[i])->count(), int(m_panel->result().sampleStartMs.size()));
    }
    QCOMPARE(m_panel->resultTable()->rowCount(), vgpus);
    QCOMPARE(m_panel->resultTable()->item(0, 0)->text(), m_panel->vgpuModel()->vgpus()[0].name);
    // Nobody runs more than it asks for, and together they never exceed the GPU.
    double sum = 0;
    for (const SimVgpuResult &v : m_panel->result().vgpus) {
        QVERIFY(v.averageShare <= v.averageDemand + 1e-6);
        sum += v.averageShare;
    }
    QVERIFY(sum <= 1.0 + 1e-6);
    QVERIFY(m_panel->resultTable()->item(0, 3)->text().endsWith(QStringLiteral("ms")));
}

void TestTimeSlicePanel::loadsTheVgpusOfAGpu()
{
    QComboBox *gpus = m_panel->gpuBox();
    QVERIFY(gpus->count() > 0);
    int withVgpus = -1;
    for (int i = 0; i < gpus->count() && withVgpus < 0; ++i)
        if (!gpus->itemText(i).contains(QStringLiteral("(0 vGPU")))
            withVgpus = i;
    QVERIFY(withVgpus >= 0);
    gpus->setCurrentIndex(withVgpus);
    const QStringList key = gpus->currentData().toString().split(u'|');
    m_panel->loadGpu(key[0], key[1]);
    const Inventory::Host *h = m_inventory->host(key[0]);
    int mdevs = 0;
    for (const MediatedDevice &m : h->snapshot.mdevs)
        mdevs += m.parent.toString() == key[1] ||
                         h->snapshot.pciDevices.value(m.parent).physFunction == PciAddress::parse(key[1])
                     ? 1
                     : 0;
    QCOMPARE(m_panel->vgpuModel()->rowCount(), mdevs);
    simulate();
    QCOMPARE(m_panel->chartView()->chart()->series().size(), mdevs);
}

void TestTimeSlicePanel::addsVgpusByType()
{
    m_panel->vgpuModel()->setVgpus({});
    QVERIFY(m_panel->addVgpusOfType(QStringLiteral("L40S-4Q"), 3));
    QCOMPARE(m_panel->vgpuModel()->rowCount(), 3);
    QCOMPARE(m_panel->vgpuModel()->vgpus()[0].maxInstances, 12);        // 48 GB / 4 GB
    QVERIFY(!m_panel->addVgpusOfType(QStringLiteral("A100-3-40C"), 1)); // MIG-backed: not time-sliced
    QVERIFY(m_panel->messageBar()->isVisible());
}

void TestTimeSlicePanel::refusedConfigurationIsShown()
{
    // Fixed share is not allowed with vGPUs of different sizes.
    QVERIFY(m_panel->addVgpusOfType(QStringLiteral("A16-4Q"), 1));
    m_panel->policyBox()->setCurrentIndex(m_panel->policyBox()->findData(int(SchedulerSetting::FixedShare)));
    QTest::mouseClick(m_panel->runButton(), Qt::LeftButton);
    QTRY_VERIFY(m_panel->messageBar()->isVisible());
    QVERIFY2(m_panel->messageBar()->text().contains(QStringLiteral("one size")),
             qPrintable(m_panel->messageBar()->text()));
    // A time slice with best effort is refused too.
    m_panel->policyBox()->setCurrentIndex(m_panel->policyBox()->findData(int(SchedulerSetting::BestEffort)));
    m_panel->timeSliceBox()->setValue(5);
    m_panel->messageBar()->hide();
    QTRY_VERIFY(m_panel->runButton()->isEnabled());
    QTest::mouseClick(m_panel->runButton(), Qt::LeftButton);
    QTRY_VERIFY(m_panel->messageBar()->isVisible());
    QVERIFY(m_panel->messageBar()->text().contains(QStringLiteral("time slice")));
}

void TestTimeSlicePanel::rmpvmrlEncodesAndDecodes()
{
    RmPVMRLPanel *rm = m_panel->rmpvmrl();
    SchedulerSetting s;
    s.policy = SchedulerSetting::EqualShare;
    s.timeSliceMs = 10;
    rm->setFieldSetting(s);
    QTest::mouseClick(rm->encodeButton(), Qt::LeftButton);
    QCOMPARE(rm->valueEdit()->text(), QStringLiteral("0x000A0001"));
    QVERIFY(!rm->hasError());

    rm->valueEdit()->setText(QStringLiteral("0x211E0011")); // averaging 33, 480 Hz, fixed share
    QTest::mouseClick(rm->decodeButton(), Qt::LeftButton);
    QVERIFY(!rm->hasError());
    QCOMPARE(rm->fieldSetting().policy, SchedulerSetting::FixedShare);
    QCOMPARE(rm->fieldSetting().frequencyHz, 480);
    QCOMPARE(rm->fieldSetting().averagingFactor, 33);
    QVERIFY(rm->statusLabel()->text().contains(QStringLiteral("Fixed share")));

    // "Use in Simulation" hands the setting to the simulator's fields.
    rm->valueEdit()->setText(QStringLiteral("0x00050001"));
    QVERIFY(rm->decode());
    QTest::mouseClick(rm->useButton(), Qt::LeftButton);
    QCOMPARE(m_panel->policyBox()->currentData().toInt(), int(SchedulerSetting::EqualShare));
    QCOMPARE(m_panel->timeSliceBox()->value(), 5);
}

void TestTimeSlicePanel::rmpvmrlRefusesInvalidValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("time slice too long") << QStringLiteral("0x001F0001") << QStringLiteral("1–30 ms");
    QTest::newRow("unknown policy") << QStringLiteral("0x00000002")
                                    << QStringLiteral("unknown scheduling policy");
    QTest::newRow("not hex") << QStringLiteral("0xZZ") << QStringLiteral("Not an RmPVMRL value");
    QTest::newRow("frequency too low") << QStringLiteral("0x21010001") << QStringLiteral("63–960 Hz");
}

void TestTimeSlicePanel::rmpvmrlRefusesInvalidValues()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    RmPVMRLPanel *rm = m_panel->rmpvmrl();
    const SchedulerSetting before = rm->fieldSetting();
    rm->valueEdit()->setText(value);
    QTest::keyClick(rm->valueEdit(), Qt::Key_Return);
    QVERIFY(rm->hasError());
    QVERIFY2(rm->statusLabel()->text().startsWith(QStringLiteral("Refused")),
             qPrintable(rm->statusLabel()->text()));
    QVERIFY2(rm->statusLabel()->text().contains(reason), qPrintable(rm->statusLabel()->text()));
    QCOMPARE(rm->fieldSetting(), before); // the fields keep what they had
}

QTEST_MAIN(TestTimeSlicePanel)
#include "tst_timeslicepanel.moc"
