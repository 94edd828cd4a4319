#include "fixturesnapshots.h"
#include "inventory/inventory.h"
#include "inventory/iommugroupmodel.h"
#include "libvirt/statichostconnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

using Role = IommuGroupModel::Role;
using Col = IommuGroupModel::Column;

class tst_IommuGroupModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsGroupsAndMembers();
    void sharedGroupIsAProblem();
    void bootVga();
    void releasingADeviceChangesOneCell();
    void newGroupInsertsOneRow();
    void indexForRoundTrips();
    void hostRemoved();
    void readinessSeverityOfGroupsAndMembers();

private:
    QModelIndex group(int id) const
    {
        return m_model->indexFor({ObjectRef::Kind::IommuGroup, m_host, QString::number(id)});
    }
    QModelIndex function(const char *address, int column = 0) const
    {
        return m_model->indexFor({ObjectRef::Kind::Function, m_host, QLatin1String(address)})
            .siblingAtColumn(column);
    }
    StaticHostConnection *connection() const { return m_factory->connection(m_uri); }

    const QString m_uri = QStringLiteral("test:///gpu-node-01");
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<IommuGroupModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_host;
};

void tst_IommuGroupModel::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_factory->add(m_uri, Fixtures::gpuHost());
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_model = std::make_unique<IommuGroupModel>(m_inventory.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_host = m_inventory->addHost(m_uri);
    QTRY_COMPARE(m_inventory->loadedHostCount(), 1);
    // The agent reports drivers and the boot display apart from libvirt.
    m_inventory->setAgentFacts(m_host, Fixtures::gpuHost().agent);
}

void tst_IommuGroupModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_inventory.reset();
    m_factory.reset();
}

void tst_IommuGroupModel::listsGroupsAndMembers()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex host = m_model->index(0, 0);
    QCOMPARE(host.data().toString(), QStringLiteral("gpu-node-01"));
    // ASPEED, A4000, T4+NIC, A16 PF and 4 VFs, V620 PF and 4 VFs.
    QCOMPARE(m_model->rowCount(host), 13);
    QCOMPARE(m_model->columnCount(host), int(Col::ColumnCount));
    QCOMPARE(m_model->index(0, 0, host).data().toString(), QStringLiteral("Group 12"));
    QCOMPARE(m_model->index(2, 0, host).data().toString(), QStringLiteral("Group 30"));
    QCOMPARE(m_model->headerData(Col::HolderColumn, Qt::Horizontal).toString(), QStringLiteral("Held by"));

    // The A4000 and its HDMI audio are one device: their group is fine.
    const QModelIndex g20 = group(20);
    QCOMPARE(m_model->rowCount(g20), 2);
    QCOMPARE(g20.data(Role::SharedAcrossDevicesRole).toBool(), false);
    QCOMPARE(g20.data(Role::ContainsGpuRole).toBool(), true);
    QCOMPARE(g20.data(Role::ProblemTextRole).toString(), QString());
    // The group row names its GPU; the audio function is part of the same device, not "another device".
    QCOMPARE(m_model->index(g20.row(), Col::ProductColumn, g20.parent()).data().toString(),
             function("0000:21:00.0", Col::ProductColumn).data().toString());
    QCOMPARE(function("0000:21:00.1", Col::ProductColumn).data().toString(),
             QStringLiteral("GA104 High Definition Audio Controller"));
    QCOMPARE(function("0000:21:00.1", Col::DriverColumn).data().toString(), QStringLiteral("snd_hda_intel"));

    QCOMPARE(function("0000:06:00.0", Col::HolderColumn).data().toString(), QStringLiteral("ml-train"));
    QCOMPARE(function("0000:06:00.0").data(Role::HolderVmRole).toString(), Fixtures::mlTrain);
    QCOMPARE(function("0000:06:00.0", Col::DriverColumn).data().toString(), QStringLiteral("vfio-pci"));
    QCOMPARE(function("0000:06:00.0").data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::Gpu));
    QCOMPARE(function("0000:41:00.0", Col::DriverColumn).data().toString(), QStringLiteral("nvidia"));
    QCOMPARE(function("0000:83:02.0", Col::HolderColumn).data().toString(), QStringLiteral("cad-02"));
    QCOMPARE(function("0000:83:02.0").data(Role::GroupIdRole).toInt(), 51);
}

void tst_IommuGroupModel::sharedGroupIsAProblem()
{
    const QModelIndex g30 = group(30);
    QCOMPARE(g30.data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::IommuGroup));
    QCOMPARE(g30.data(Role::SharedAcrossDevicesRole).toBool(), true);
    QCOMPARE(g30.data(Role::ContainsGpuRole).toBool(), true);
    QCOMPARE(g30.data(Role::DeviceCountRole).toInt(), 2);
    QVERIFY(m_model->index(g30.row(), Col::ProductColumn, g30.parent())
                .data()
                .toString()
                .endsWith(QStringLiteral(" and 1 other device(s)")));
    QCOMPARE(
        g30.data(Role::ProblemTextRole).toString(),
        QStringLiteral("2 devices share this IOMMU group: they can only be assigned together, to one VM"));
    QCOMPARE(m_model->rowCount(g30), 3);

    // The root port is a bridge: it is listed but not part of the problem.
    const QModelIndex bridge = function("0000:00:1c.0");
    QCOMPARE(bridge.data(Role::IsBridgeRole).toBool(), true);
    QCOMPARE(bridge.data(Role::ProblemTextRole).toString(), QString());
    QCOMPARE(
        function("0000:05:00.0").data(Role::ProblemTextRole).toString(),
        QStringLiteral(
            "Shares its IOMMU group with 0000:06:00.0 Tesla T4: all of them must be assigned to the same VM "
            "or bound to vfio-pci"));
    QVERIFY(function("0000:06:00.0")
                .data(Role::ProblemTextRole)
                .toString()
                .contains(QStringLiteral("Ethernet Controller X550")));
}

void tst_IommuGroupModel::bootVga()
{
    QCOMPARE(function("0000:02:00.0").data(Role::IsBootVgaRole).toBool(), true);
    QCOMPARE(group(12).data(Role::IsBootVgaRole).toBool(), true);
    // The BMC's display is not a GPU one would pass through: no problem.
    QCOMPARE(function("0000:02:00.0").data(Role::ProblemTextRole).toString(), QString());

    AgentFacts facts = Fixtures::gpuHost().agent;
    facts.bootVga = {Fixtures::addr("0000:21:00.0")};
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_inventory->setAgentFacts(m_host, facts);
    QTRY_COMPARE(changed.count(), 4); // both groups and both members
    QCOMPARE(function("0000:21:00.0").data(Role::IsBootVgaRole).toBool(), true);
    QVERIFY(function("0000:21:00.0")
                .data(Role::ProblemTextRole)
                .toString()
                .contains(QStringLiteral("boots its console")));
    QCOMPARE(function("0000:02:00.0").data(Role::IsBootVgaRole).toBool(), false);
}

void tst_IommuGroupModel::releasingADeviceChangesOneCell()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VirtualMachine v = connection()->snapshot().vms.value(Fixtures::cad02);
    v.hostdevs.clear();
    connection()->setVm(v);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), function("0000:83:02.0", Col::HolderColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), function("0000:83:02.0", Col::HolderColumn));
    QCOMPARE(function("0000:83:02.0", Col::HolderColumn).data().toString(), QString());
}

void tst_IommuGroupModel::newGroupInsertsOneRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    connection()->setPciDevice(Fixtures::pci("0000:07:00.0", 0x010802, 0x144d, 0xa808,
                                             "Samsung Electronics Co Ltd", "NVMe SSD Controller SM981/PM981",
                                             31, "nvme"));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(group(31).row(), 3);
    QCOMPARE(m_model->rowCount(group(31)), 1);
    QCOMPARE(function("0000:07:00.0", Col::DriverColumn).data().toString(), QStringLiteral("nvme"));
}

void tst_IommuGroupModel::indexForRoundTrips()
{
    int checked = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            QCOMPARE(m_model->indexFor(i.data(ObjectRoles::RefRole).value<ObjectRef>()), i);
            ++checked;
            walk(i);
        }
    };
    walk({});
    QCOMPARE(checked, 1 + 13 + 1 + 2 + 3 + 1 + 4 + 1 + 4);
}

void tst_IommuGroupModel::hostRemoved()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_inventory->removeHost(m_host);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!group(30).isValid());
}

void tst_IommuGroupModel::readinessSeverityOfGroupsAndMembers()
{
    // No report: no severity.
    QVERIFY(!function("0000:06:00.0").data(Role::ReadinessSeverityRole).isValid());
    QVERIFY(function("0000:06:00.0").data(Role::ReadinessProblemsRole).toStringList().isEmpty());

    const auto check = [](const char *id, const char *subject, ReadinessSeverity s) {
        ReadinessCheck c;
        c.id = QString::fromLatin1(id);
        c.subject = Fixtures::addr(subject);
        c.severity = s;
        return c;
    };
    AgentStatus a;
    a.state = AgentStatus::State::Connected;
    a.readinessLoaded = true;
    a.readiness.checks = {check("gpu.bootVga", "0000:06:00.0", ReadinessSeverity::Ok),
                          check("iommu.group.shared", "0000:06:00.0", ReadinessSeverity::Warning),
                          check("gpu.driverBound", "0000:21:00.0", ReadinessSeverity::Ok)};
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_inventory->setAgentStatus(m_host, a);
    const QModelIndex t4 = function("0000:06:00.0");
    QCOMPARE(t4.data(Role::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    QCOMPARE(t4.data(Role::ReadinessProblemsRole).toStringList(),
             QStringList{QStringLiteral("IOMMU group isolation")});
    // Its group takes the worst of its members and names the member; the NIC has no checks of its own.
    QCOMPARE(t4.parent().data(Role::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Warning));
    QCOMPARE(t4.parent().data(Role::ReadinessProblemsRole).toStringList(),
             QStringList{QStringLiteral("0000:06:00.0: IOMMU group isolation")});
    QVERIFY(!function("0000:05:00.0").data(Role::ReadinessSeverityRole).isValid());
    const QModelIndex a4000 = function("0000:21:00.0");
    QCOMPARE(a4000.data(Role::ReadinessSeverityRole).toInt(), int(ReadinessSeverity::Ok));
    QVERIFY(a4000.data(Role::ReadinessProblemsRole).toStringList().isEmpty());
    // Only the rows whose readiness changed: the T4, its group, the A4000 and its group.
    QCOMPARE(changed.size(), 4);
}

QTEST_GUILESS_MAIN(tst_IommuGroupModel)
#include "tst_iommugroupmodel.moc"
