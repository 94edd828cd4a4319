// The Readiness tab and the readiness warnings in the IOMMU and GPU views. Two fixtures: a fixture host
// whose agent status the test sets (empty states, the vfio remedy and its Copy button, device selection),
// and the demo cluster in a MainWindow with real in-process agents over TLS, as the console runs it.
#include "../unit/fixturesnapshots.h"
#include "agent/agenthub.h"
#include "agent/sysfsscanner.h"
#include "agent/sysfstreebuilder.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "inventory/iommugroupmodel.h"
#include "inventory/readinessmodel.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/statichostconnection.h"
#include "mainwindow.h"
#include "readinessview.h"
#include "security/identity.h"
#include "security/pinstore.h"
#include "selectionhub.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using Model = ReadinessModel;

class tst_ReadinessView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyStatesSayWhy();
    void problemsOnlyAndTheVfioRemedy();
    void pickingADeviceCheckSelectsTheDevice();
    void demoAgentsReportEverywhere();

private:
    ReadinessReport reportOf(const HostSnapshot &s, const SysfsTreeBuilder::PlatformOptions &o);
    QStringList rows(QAbstractItemModel *m, int role) const;

    QTemporaryDir m_dir;
    std::optional<Identity> m_identity;
    QList<DemoCluster::Host> m_hosts;
};

void tst_ReadinessView::initTestCase()
{
    auto identity = createIdentity(QStringLiteral("tst_readinessview"));
    QVERIFY(identity.ok());
    m_identity = identity.value();
    QDir(m_dir.path()).mkpath(QStringLiteral("demo"));
    auto hosts = DemoCluster::extract(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY(hosts.ok());
    m_hosts = hosts.value();
}

ReadinessReport tst_ReadinessView::reportOf(const HostSnapshot &s, const SysfsTreeBuilder::PlatformOptions &o)
{
    QTemporaryDir root(m_dir.filePath(QStringLiteral("tree-XXXXXX")));
    if (const Status built = SysfsTreeBuilder::buildFromSnapshot(s, s.agent, root.path(), o); !built)
        qFatal("%s", qPrintable(built.error().toString()));
    const Result<SysfsFacts> facts = SysfsScanner::scanHost(root.path());
    if (!facts)
        qFatal("%s", qPrintable(facts.error().toString()));
    return checkReadiness(facts.value());
}

QStringList tst_ReadinessView::rows(QAbstractItemModel *m, int role) const
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->index(r, 0).data(role).toString();
    return out;
}

void tst_ReadinessView::emptyStatesSayWhy()
{
    StaticHostConnectionFactory factory;
    factory.add(QStringLiteral("test:///gpu-node-01"), Fixtures::gpuHost());
    Inventory inventory(&factory);
    SelectionHub hub;
    ReadinessView view(&inventory, &hub);
    view.show();
    QVERIFY(view.emptyText().startsWith(QStringLiteral("Select a host")));

    const QString id =
        inventory.addHost(QStringLiteral("test:///gpu-node-01"), QStringLiteral("gpu-node-01"));
    QTRY_VERIFY(inventory.host(id)->loaded);
    hub.select({ObjectRef::Kind::Host, id, {}}, nullptr);
    QCOMPARE(view.host(), id);
    QCOMPARE(view.emptyText(),
             QStringLiteral("No agent configured for this host: add its address in the connection."));
    QVERIFY(view.statusText().contains(QStringLiteral("No agent")));

    AgentStatus a;
    a.state = AgentStatus::State::Connecting;
    a.address = QStringLiteral("10.0.0.5:7447");
    inventory.setAgentStatus(id, a);
    QCOMPARE(view.emptyText(), QStringLiteral("Waiting for the agent…"));
    QVERIFY(view.statusText().contains(QStringLiteral("Connecting · 10.0.0.5:7447")));

    a.state = AgentStatus::State::Refused;
    a.error = Error{QStringLiteral("The agent's certificate has changed since it was trusted"),
                    QStringLiteral("pinned AA:BB, presented CC:DD")};
    inventory.setAgentStatus(id, a);
    QVERIFY2(view.emptyText().contains(QStringLiteral("certificate has changed")),
             qPrintable(view.emptyText()));
    QVERIFY(view.emptyText().contains(QStringLiteral("presented CC:DD")));
    QVERIFY(view.statusText().contains(QStringLiteral("Refused")));

    // A report without problems: the table is empty with problems only, and says so.
    a = {};
    a.state = AgentStatus::State::Connected;
    a.readinessLoaded = true;
    a.readiness = reportOf(Fixtures::gpuHost(), {});
    for (ReadinessCheck &c : a.readiness.checks)
        c.severity = ReadinessSeverity::Ok;
    inventory.setAgentStatus(id, a);
    QVERIFY2(view.emptyText().startsWith(QStringLiteral("No warnings or errors in")),
             qPrintable(view.emptyText()));
    view.setProblemsOnly(false);
    QCOMPARE(view.emptyText(), QString());
    QCOMPARE(view.table()->model()->rowCount(), a.readiness.checks.size());
}

void tst_ReadinessView::problemsOnlyAndTheVfioRemedy()
{
    StaticHostConnectionFactory factory;
    factory.add(QStringLiteral("test:///gpu-node-01"), Fixtures::gpuHost());
    Inventory inventory(&factory);
    SelectionHub hub;
    ReadinessView view(&inventory, &hub);
    view.resize(1000, 700);
    view.show();
    const QString id =
        inventory.addHost(QStringLiteral("test:///gpu-node-01"), QStringLiteral("gpu-node-01"));
    QTRY_VERIFY(inventory.host(id)->loaded);
    SysfsTreeBuilder::PlatformOptions o;
    o.vfioModules = false; // the T4 on vfio-pci: "options vfio-pci ids=10de:1eb8"
    AgentStatus a;
    a.state = AgentStatus::State::Connected;
    a.address = QStringLiteral("10.0.0.5:7447");
    a.fingerprint = QStringLiteral("AB:CD:EF");
    a.role = QStringLiteral("operator");
    a.readinessLoaded = true;
    a.readiness = reportOf(Fixtures::gpuHost(), o);
    inventory.setAgentStatus(id, a);
    hub.select({ObjectRef::Kind::Host, id, {}}, nullptr);

    QVERIFY(view.problemsOnly());
    QVERIFY(view.problemsOnlyBox()->isChecked());
    QAbstractItemModel *table = view.table()->model();
    const int problems =
        int(std::count_if(a.readiness.checks.cbegin(), a.readiness.checks.cend(),
                          [](const ReadinessCheck &c) { return c.severity >= ReadinessSeverity::Warning; }));
    QVERIFY(problems >= 2);
    QCOMPARE(table->rowCount(), problems);
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(table->index(r, 0).data(Model::ReadinessSeverityRole).toInt() >=
                int(ReadinessSeverity::Warning));
        QVERIFY(!table->index(r, 0).data(Qt::DecorationRole).value<QIcon>().isNull()); // the severity icon
    }
    QVERIFY(rows(table, Model::CheckIdRole).contains(QStringLiteral("vfio.modules")));
    QVERIFY(!rows(table, Model::CheckIdRole).contains(QStringLiteral("cpu.virtualization")));
    QVERIFY2(view.summaryText().contains(QStringLiteral("warning")), qPrintable(view.summaryText()));
    QVERIFY(view.statusText().contains(QStringLiteral("Connected · 10.0.0.5:7447 · role Operator")));
    QVERIFY(view.statusText().contains(QStringLiteral("AB:CD:EF")));

    QTest::mouseClick(view.problemsOnlyBox(), Qt::LeftButton);
    QVERIFY(!view.problemsOnly());
    QCOMPARE(table->rowCount(), a.readiness.checks.size());
    QCOMPARE(table->index(0, 0).data(Model::CheckIdRole).toString(), QStringLiteral("cpu.virtualization"));
    QTest::mouseClick(view.problemsOnlyBox(), Qt::LeftButton);
    QCOMPARE(table->rowCount(), problems);

    // The vfio check's remedy, in the monospace box, with the exact line; Copy puts the lines on the
    // clipboard.
    const int vfio = int(rows(table, Model::CheckIdRole).indexOf(QStringLiteral("vfio.modules")));
    view.table()->setCurrentIndex(table->index(vfio, Model::TitleColumn));
    QVERIFY2(view.detailTitle().contains(QStringLiteral("VFIO modules")), qPrintable(view.detailTitle()));
    QVERIFY2(view.remedyText().contains(QStringLiteral("options vfio-pci ids=10de:1eb8")),
             qPrintable(view.remedyText()));
    QVERIFY(view.copyButton()->isEnabled());
    QTest::mouseClick(view.copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("modprobe vfio-pci\n")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("options vfio-pci ids=10de:1eb8\n")));

    // The operator fixed it: the row goes, the rest stays.
    for (ReadinessCheck &c : a.readiness.checks)
        if (c.id == u"vfio.modules")
            c.severity = ReadinessSeverity::Ok;
    inventory.setAgentStatus(id, a);
    QCOMPARE(table->rowCount(), problems - 1);
    QVERIFY(!rows(table, Model::CheckIdRole).contains(QStringLiteral("vfio.modules")));
}

void tst_ReadinessView::pickingADeviceCheckSelectsTheDevice()
{
    StaticHostConnectionFactory factory;
    factory.add(QStringLiteral("test:///gpu-node-01"), Fixtures::gpuHost());
    Inventory inventory(&factory);
    SelectionHub hub;
    ReadinessView view(&inventory, &hub);
    view.resize(1000, 700);
    view.show();
    const QString id =
        inventory.addHost(QStringLiteral("test:///gpu-node-01"), QStringLiteral("gpu-node-01"));
    QTRY_VERIFY(inventory.host(id)->loaded);
    AgentStatus a;
    a.state = AgentStatus::State::Connected;
    a.readinessLoaded = true;
    a.readiness = reportOf(Fixtures::gpuHost(), {});
    inventory.setAgentStatus(id, a);
    hub.select({ObjectRef::Kind::Host, id, {}}, nullptr);

    QAbstractItemModel *table = view.table()->model();
    const int t4 = int(rows(table, Model::SubjectRole).indexOf(QStringLiteral("0000:06:00.0")));
    QVERIFY(t4 >= 0);
    const QRect cell = view.table()->visualRect(table->index(t4, Model::TitleColumn));
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(hub.current(), (ObjectRef{ObjectRef::Kind::Gpu, id, QStringLiteral("0000:06:00.0")}));
    QCOMPARE(view.host(), id);
    QVERIFY(view.remedyText().contains(QStringLiteral("0000:05:00.0"))); // the NIC to move

    // Selecting a device elsewhere brings its check up here.
    view.setProblemsOnly(false);
    hub.select({ObjectRef::Kind::Gpu, id, QStringLiteral("0000:41:00.0")}, nullptr);
    QCOMPARE(view.table()->currentIndex().data(Model::SubjectRole).toString(),
             QStringLiteral("0000:41:00.0"));
}

void tst_ReadinessView::demoAgentsReportEverywhere()
{
    LibvirtEventLoop loop;
    LibvirtConnectionFactory factory(&loop, {});
    Inventory inventory(&factory);
    PinStore pins(m_dir.filePath(QStringLiteral("pins.json")));
    AgentHub agents(&inventory, *m_identity, &pins);
    DemoAgents demo(&inventory, &agents);
    QSignalSpy problems(&demo, &DemoAgents::problem);
    Workspace workspace(m_dir.filePath(QStringLiteral("ws.json")));
    MainWindow window(&inventory, &workspace, {});
    window.setAgentHub(&agents);
    window.resize(1400, 900);
    window.show();
    QString ws, edge;
    for (const DemoCluster::Host &h : m_hosts) {
        const QString id = inventory.addHost(h.uri, h.name, true);
        inventory.setAgentFacts(id, h.facts);
        demo.add(id);
        ws = h.name == u"ws-rtx-01" ? id : ws;
        edge = h.name == u"edge-t4-01" ? id : edge;
    }
    const auto reported = [&] {
        for (const QString &id : inventory.hostIds())
            if (!inventory.host(id)->agent.readinessLoaded)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 60000);
    QCOMPARE(problems.size(), 0);

    // The workstation: its only GPU is the boot display, vfio is not loaded, iommu=pt is not set.
    window.select({ObjectRef::Kind::Host, ws, {}});
    window.tabs()->setCurrentWidget(window.readinessView());
    ReadinessView *view = window.readinessView();
    QCOMPARE(view->host(), ws);
    QVERIFY2(view->statusText().contains(QStringLiteral("Agent: Connected · 127.0.0.1:")),
             qPrintable(view->statusText()));
    QVERIFY(view->statusText().contains(QStringLiteral("simulated")));
    QVERIFY(view->statusText().contains(QStringLiteral("NVML")));
    QAbstractItemModel *table = view->table()->model();
    const QStringList ids = rows(table, Model::CheckIdRole);
    QVERIFY2(ids.contains(QStringLiteral("gpu.bootVga")), qPrintable(ids.join(u',')));
    QVERIFY(ids.contains(QStringLiteral("vfio.modules")));
    QVERIFY(!ids.contains(QStringLiteral("iommu.passthrough"))); // an Info: not a problem
    view->setProblemsOnly(false);
    QVERIFY(rows(table, Model::CheckIdRole).contains(QStringLiteral("iommu.passthrough")));
    view->setProblemsOnly(true);

    // The IOMMU view: the workstation's GPU row and its group carry the warning, with the titles as tooltip.
    window.select({ObjectRef::Kind::Gpu, ws, QStringLiteral("0000:01:00.0")});
    const QModelIndex gpu = window.iommuTree()->currentIndex();
    QCOMPARE(gpu.data(IommuGroupModel::AddressRole).toString(), QStringLiteral("0000:01:00.0"));
    QCOMPARE(gpu.data(IommuGroupModel::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    QVERIFY2(gpu.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Boot")),
             qPrintable(gpu.data(Qt::ToolTipRole).toString()));
    QVERIFY2(gpu.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Readiness:\n• Boot display")),
             qPrintable(gpu.data(Qt::ToolTipRole).toString()));
    // A warning icon instead of the GPU glyph that a GPU without findings has (the edge host's first T4).
    window.select({ObjectRef::Kind::Gpu, edge, QStringLiteral("0000:18:00.0")});
    const QModelIndex healthy = window.iommuTree()->currentIndex();
    QVERIFY(!healthy.data(IommuGroupModel::ReadinessSeverityRole).isValid() ||
            healthy.data(IommuGroupModel::ReadinessSeverityRole).toInt() < int(ReadinessSeverity::Warning));
    const QImage warned = gpu.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    QVERIFY(!warned.isNull());
    QVERIFY(warned != healthy.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage());
    QCOMPARE(gpu.parent().data(IommuGroupModel::ReadinessSeverityRole).toInt(),
             int(ReadinessSeverity::Warning));
    // The T4 host's group 10, which mixes the T4 with a NIC on its host driver.
    window.select({ObjectRef::Kind::IommuGroup, edge, QStringLiteral("10")});
    const QModelIndex group10 = window.iommuTree()->currentIndex();
    QCOMPARE(group10.data(IommuGroupModel::GroupIdRole).toInt(), 10);
    QCOMPARE(group10.data(IommuGroupModel::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    QVERIFY(group10.data(IommuGroupModel::ReadinessProblemsRole)
                .toStringList()
                .join(u'\n')
                .contains(QStringLiteral("0000:3d:00.0")));

    // The board: the workstation's GPU card has a readiness badge whose tooltip names the check.
    window.select({ObjectRef::Kind::Host, ws, {}});
    const auto items = window.board()->items();
    const auto badge = std::find_if(items.cbegin(), items.cend(), [](const GpuBoardItem &i) {
        return i.kind == GpuBoardItem::Kind::Badge && i.tooltip.startsWith(QStringLiteral("Readiness:"));
    });
    QVERIFY(badge != items.cend());
    QCOMPARE(badge->ref.key, QStringLiteral("0000:01:00.0"));
    QVERIFY2(badge->tooltip.contains(QStringLiteral("Boot")), qPrintable(badge->tooltip));
    QVERIFY2(badge->label.startsWith(QStringLiteral("1 warning")), qPrintable(badge->label));
    // The L40S host runs a vGPU manager that does not match its loaded driver: a host-wide error.
    for (const QString &id : inventory.hostIds())
        if (inventory.host(id)->displayName == u"vdi-l40s-01")
            window.select({ObjectRef::Kind::Host, id, {}});
    QVERIFY(view->summaryText().contains(QStringLiteral("1 error")));
    QVERIFY(rows(table, Model::CheckIdRole).contains(QStringLiteral("driver.versionMismatch")));
}

QTEST_MAIN(tst_ReadinessView)
#include "tst_readinessview.moc"
