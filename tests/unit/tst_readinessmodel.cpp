// The readiness table: the checks the agent computed on a generated sysfs tree of the fixture host, one
// block per host, with translated title, reason and remedy, and precise signals when a report changes.
#include "agent/readinesstext.h"
#include "agent/sysfsscanner.h"
#include "agent/sysfstreebuilder.h"
#include "fixturesnapshots.h"
#include "inventory/inventory.h"
#include "inventory/readinessmodel.h"
#include "libvirt/statichostconnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Model = ReadinessModel;

class tst_ReadinessModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void noReportNoRows();
    void showsEveryCheckInTheAgentsOrder();
    void deviceChecksNameTheirDevice();
    void vfioRemedyHasTheIdsLine();
    void severityChangeSignalsOneRow();
    void otherHostsRowsStayQuiet();
    void lostReportRemovesTheRows();
    void indexForCheckRoundTrips();

private:
    // The report the agent would compute for a host built from the snapshot.
    ReadinessReport reportOf(const HostSnapshot &s, const SysfsTreeBuilder::PlatformOptions &o);
    AgentStatus connected(const ReadinessReport &r) const
    {
        AgentStatus a;
        a.state = AgentStatus::State::Connected;
        a.address = QStringLiteral("10.0.0.5:7447");
        a.readinessLoaded = true;
        a.readiness = r;
        return a;
    }
    QString addHost(const QString &name);

    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_host;
    ReadinessReport m_report;
    QTemporaryDir m_dir;
};

ReadinessReport tst_ReadinessModel::reportOf(const HostSnapshot &s,
                                             const SysfsTreeBuilder::PlatformOptions &o)
{
    QTemporaryDir root(m_dir.filePath(QStringLiteral("tree-XXXXXX")));
    const Status built = SysfsTreeBuilder::buildFromSnapshot(s, s.agent, root.path(), o);
    if (!built)
        qFatal("%s", qPrintable(built.error().toString()));
    const Result<SysfsFacts> facts = SysfsScanner::scanHost(root.path());
    if (!facts)
        qFatal("%s", qPrintable(facts.error().toString()));
    return checkReadiness(facts.value());
}

QString tst_ReadinessModel::addHost(const QString &name)
{
    const QString uri = QStringLiteral("test:///") + name;
    m_factory->add(uri, Fixtures::gpuHost(name));
    const QString id = m_inventory->addHost(uri, name);
    if (!QTest::qWaitFor([&] { return m_inventory->host(id)->loaded; }))
        qFatal("the fixture host %s did not load", qPrintable(name));
    return id;
}

void tst_ReadinessModel::init()
{
    SysfsTreeBuilder::PlatformOptions o;
    o.vfioModules = false; // the T4 on vfio-pci then asks for "options vfio-pci ids=10de:1eb8"
    o.iommuPassthrough = false;
    m_report = reportOf(Fixtures::gpuHost(), o);
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_model = std::make_unique<Model>(m_inventory.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_host = addHost(QStringLiteral("gpu-node-01"));
}

void tst_ReadinessModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_inventory.reset();
    m_factory.reset();
}

void tst_ReadinessModel::noReportNoRows()
{
    QCOMPARE(m_model->rowCount(), 0);
    AgentStatus waiting;
    waiting.state = AgentStatus::State::Connecting;
    m_inventory->setAgentStatus(m_host, waiting);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ReadinessModel::showsEveryCheckInTheAgentsOrder()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    QCOMPARE(m_model->rowCount(), m_report.checks.size());
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ReadinessCheck &c = m_report.checks[r];
        const QModelIndex idx = m_model->index(r, 0);
        QCOMPARE(idx.data(Model::CheckIdRole).toString(), c.id);
        QCOMPARE(idx.data(Model::ReadinessSeverityRole).toInt(), int(c.severity));
        QCOMPARE(idx.data().toString(), ReadinessText::severityText(c.severity));
        QCOMPARE(idx.siblingAtColumn(Model::HostColumn).data().toString(), QStringLiteral("gpu-node-01"));
        QVERIFY(!idx.siblingAtColumn(Model::TitleColumn).data().toString().isEmpty());
        QVERIFY(!idx.siblingAtColumn(Model::ReasonColumn).data().toString().isEmpty());
        QCOMPARE(idx.data(ObjectRoles::HostIdRole).toString(), m_host);
    }
    // Host checks first: the CPU, the IOMMU, iommu=pt (an Info here), vfio (a Warning here).
    const QModelIndex cpu = m_model->index(0, Model::SubjectColumn);
    QCOMPARE(cpu.data(Model::CheckIdRole).toString(), QStringLiteral("cpu.virtualization"));
    QVERIFY(cpu.data(Model::IsHostCheckRole).toBool());
    QCOMPARE(cpu.data().toString(), QStringLiteral("Host"));
    QCOMPARE(cpu.data(Model::SubjectRole).toString(), QString());
    QCOMPARE(ObjectRef::Kind(cpu.data(ObjectRoles::KindRole).toInt()), ObjectRef::Kind::Host);
    QCOMPARE(cpu.data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Ok));
    QVERIFY(cpu.data(Model::RemedyRole).toString().isEmpty());
    const QModelIndex pt = m_model->indexForCheck(m_host, QStringLiteral("iommu.passthrough"));
    QCOMPARE(pt.data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Info));
    QVERIFY(pt.data(Model::RemedyLinesRole).toStringList().contains(QStringLiteral("iommu=pt")));
}

void tst_ReadinessModel::deviceChecksNameTheirDevice()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    const QModelIndex t4 =
        m_model->indexForCheck(m_host, QStringLiteral("iommu.group.shared"), Fixtures::addr("0000:06:00.0"));
    QVERIFY(t4.isValid());
    QCOMPARE(t4.data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    QCOMPARE(t4.data(Model::SubjectRole).toString(), QStringLiteral("0000:06:00.0"));
    QCOMPARE(t4.siblingAtColumn(Model::SubjectColumn).data().toString(), QStringLiteral("0000:06:00.0"));
    QCOMPARE(t4.data(Model::ProductRole).toString(), QStringLiteral("Tesla T4"));
    const auto ref = t4.data(ObjectRoles::RefRole).value<ObjectRef>();
    QCOMPARE(ref, (ObjectRef{ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:06:00.0")}));
    // The finding names the NIC the T4 shares its group with.
    QVERIFY2(t4.data(Model::ReasonRole).toString().contains(QStringLiteral("0000:05:00.0")),
             qPrintable(t4.data(Model::ReasonRole).toString()));
    QVERIFY(!t4.data(Model::RemedyRole).toString().isEmpty());
    // The RTX A4000 is not the boot display (the BMC's ASPEED is): its check passed.
    const QModelIndex boot =
        m_model->indexForCheck(m_host, QStringLiteral("gpu.bootVga"), Fixtures::addr("0000:21:00.0"));
    QVERIFY(boot.isValid());
    QCOMPARE(boot.data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Ok));
    QCOMPARE(boot.data(Model::ProductRole).toString(), QStringLiteral("RTX A4000"));
}

void tst_ReadinessModel::vfioRemedyHasTheIdsLine()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    const QModelIndex vfio = m_model->indexForCheck(m_host, QStringLiteral("vfio.modules"));
    QCOMPARE(vfio.data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    const QString remedy = vfio.data(Model::RemedyRole).toString();
    QVERIFY2(remedy.contains(QStringLiteral("options vfio-pci ids=10de:1eb8")), qPrintable(remedy));
    QVERIFY(remedy.contains(QStringLiteral("modprobe vfio-pci")));
    const QStringList lines = vfio.data(Model::RemedyLinesRole).toStringList();
    QVERIFY(lines.contains(QStringLiteral("modprobe vfio-pci")));
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.startsWith(QStringLiteral("options vfio-pci ids="));
    }));
}

void tst_ReadinessModel::severityChangeSignalsOneRow()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    // The operator loaded vfio-pci: only that check changes.
    ReadinessReport fixed = m_report;
    for (ReadinessCheck &c : fixed.checks)
        if (c.id == u"vfio.modules") {
            c.severity = ReadinessSeverity::Ok;
            c.arguments.clear();
        }
    const int row = m_model->indexForCheck(m_host, QStringLiteral("vfio.modules")).row();
    m_inventory->setAgentStatus(m_host, connected(fixed));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), row);
    QCOMPARE(changed[0][1].toModelIndex().row(), row);
    QCOMPARE(changed[0][0].toModelIndex().column(), int(Model::SeverityColumn));
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(m_model->index(row, 0).data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Ok));
    QVERIFY(m_model->index(row, 0).data(Model::RemedyRole).toString().isEmpty());

    // The same report again: nothing at all.
    changed.clear();
    m_inventory->setAgentStatus(m_host, connected(fixed));
    QCOMPARE(changed.size(), 0);
}

void tst_ReadinessModel::otherHostsRowsStayQuiet()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    const QString second = addHost(QStringLiteral("gpu-node-02"));
    const int firstBlock = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_inventory->setAgentStatus(second, connected(m_report));
    QCOMPARE(m_model->rowCount(), 2 * firstBlock);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), firstBlock); // appended after the first host's block
    QCOMPARE(m_model->index(firstBlock, Model::HostColumn).data().toString(), QStringLiteral("gpu-node-02"));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    ReadinessReport worse = m_report;
    worse.checks[0].severity = ReadinessSeverity::Error;
    worse.checks[0].arguments.insert(QStringLiteral("problem"), QStringLiteral("flag"));
    m_inventory->setAgentStatus(second, connected(worse));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), firstBlock);
    QCOMPARE(changed[0][1].toModelIndex().column(), int(Model::ReasonColumn)); // the finding changed too
    QCOMPARE(m_model->index(0, 0).data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Ok));

    // Removing the first host moves the second's block up.
    m_inventory->removeHost(m_host);
    QCOMPARE(m_model->rowCount(), firstBlock);
    QCOMPARE(m_model->index(0, 0).data(Model::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Error));
}

void tst_ReadinessModel::lostReportRemovesTheRows()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    QVERIFY(m_model->rowCount() > 0);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_inventory->setAgentStatus(m_host, {}); // the agent was detached
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(removed.size() >= 1);
}

void tst_ReadinessModel::indexForCheckRoundTrips()
{
    m_inventory->setAgentStatus(m_host, connected(m_report));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex idx = m_model->index(r, 0);
        const QString subject = idx.data(Model::SubjectRole).toString();
        const PciAddress address = subject.isEmpty() ? PciAddress() : *PciAddress::parse(subject);
        QCOMPARE(m_model->indexForCheck(m_host, idx.data(Model::CheckIdRole).toString(), address), idx);
    }
    QVERIFY(!m_model->indexForCheck(m_host, QStringLiteral("no.such.check")).isValid());
    QVERIFY(!m_model->indexForCheck(QStringLiteral("h99"), QStringLiteral("vfio.modules")).isValid());
}

QTEST_GUILESS_MAIN(tst_ReadinessModel)
#include "tst_readinessmodel.moc"
