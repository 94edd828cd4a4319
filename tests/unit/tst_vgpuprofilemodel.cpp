#include "fixturesnapshots.h"
#include "inventory/inventory.h"
#include "inventory/vgpuprofilemodel.h"
#include "libvirt/statichostconnection.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Role = VgpuProfileModel::Role;
using Col = VgpuProfileModel::Column;

class tst_VgpuProfileModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheTypesOfEachGpu();
    void creatingAnMdevCountsIt();
    void availabilityChangesOnTheVfs();
    void newTypeInsertsOneRow();
    void indexForRoundTrips();
    void hostRemoved();

private:
    QModelIndex row(const char *typeId, int column = 0) const
    {
        const QString key = QStringLiteral("0000:41:00.0/") + QLatin1String(typeId);
        return m_model->indexFor({ObjectRef::Kind::MdevType, m_host, key}).siblingAtColumn(column);
    }
    StaticHostConnection *connection() const { return m_factory->connection(m_uri); }

    const QString m_uri = QStringLiteral("test:///gpu-node-01");
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<VgpuProfileModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_host;
};

void tst_VgpuProfileModel::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_factory->add(m_uri, Fixtures::gpuHost());
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_model = std::make_unique<VgpuProfileModel>(m_inventory.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_host = m_inventory->addHost(m_uri);
    QTRY_COMPARE(m_model->rowCount(), 3);
}

void tst_VgpuProfileModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_inventory.reset();
    m_factory.reset();
}

void tst_VgpuProfileModel::listsTheTypesOfEachGpu()
{
    QCOMPARE(m_model->columnCount(), int(Col::ColumnCount));
    QCOMPARE(m_model->headerData(Col::EditionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Licence edition"));
    QCOMPARE(m_model->index(0, Col::TypeColumn).data().toString(), QStringLiteral("A16-1B"));
    QCOMPARE(m_model->index(1, Col::TypeColumn).data().toString(), QStringLiteral("A16-2Q"));
    QCOMPARE(m_model->index(2, Col::TypeColumn).data().toString(), QStringLiteral("A16-4Q"));

    QCOMPARE(row("nvidia-699", Col::HostColumn).data().toString(), QStringLiteral("gpu-node-01"));
    QCOMPARE(row("nvidia-699", Col::GpuColumn).data().toString(), QStringLiteral("0000:41:00.0 A16"));
    QCOMPARE(row("nvidia-699", Col::FramebufferColumn).data().toString(), QStringLiteral("2 GiB"));
    QCOMPARE(row("nvidia-699").data(Role::FramebufferMBRole).toInt(), 2048);
    QCOMPARE(row("nvidia-699", Col::SeriesColumn).data().toString(), QStringLiteral("Q"));
    QCOMPARE(row("nvidia-699", Col::EditionColumn).data().toString(), QStringLiteral("RTX vWS"));
    QCOMPARE(row("nvidia-699", Col::EditionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("NVIDIA RTX Virtual Workstation (vWS)"));
    QCOMPARE(row("nvidia-699").data(Role::EditionRole).toInt(), int(LicenseEdition::VWS));
    QCOMPARE(row("nvidia-699").data(Role::EditionKeyRole).toString(), QStringLiteral("vWS"));
    // Two VFs are still free; both slices on the GPU are of this type.
    QCOMPARE(row("nvidia-699", Col::AvailableColumn).data().toInt(), 2);
    QCOMPARE(row("nvidia-699", Col::MaximumColumn).data().toInt(), 8);
    QCOMPARE(row("nvidia-699", Col::CreatedColumn).data().toInt(), 2);
    QCOMPARE(row("nvidia-699", Col::TypeIdColumn).data().toString(), QStringLiteral("nvidia-699"));
    QCOMPARE(row("nvidia-699").data(Role::RawTypeNameRole).toString(), QStringLiteral("NVIDIA A16-2Q"));

    QCOMPARE(row("nvidia-697", Col::EditionColumn).data().toString(), QStringLiteral("vPC"));
    QCOMPARE(row("nvidia-697", Col::FramebufferColumn).data().toString(), QStringLiteral("1 GiB"));
    QCOMPARE(row("nvidia-697", Col::MaximumColumn).data().toInt(), 16);
    QCOMPARE(row("nvidia-697", Col::CreatedColumn).data().toInt(), 0);
    QCOMPARE(row("nvidia-697").data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::MdevType));
    QCOMPARE(row("nvidia-697").data(ObjectRoles::KeyRole).toString(),
             QStringLiteral("0000:41:00.0/nvidia-697"));
    QCOMPARE(row("nvidia-697", Col::MaximumColumn).data(Role::SortRole).toInt(), 16);
}

void tst_VgpuProfileModel::creatingAnMdevCountsIt()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString uuid = QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3");
    connection()->setMdev(Fixtures::mdev(uuid, "0000:41:00.6", "nvidia-700", 62));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), row("nvidia-700", Col::CreatedColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), row("nvidia-700", Col::CreatedColumn));
    QCOMPARE(row("nvidia-700", Col::CreatedColumn).data().toInt(), 1);

    changed.clear();
    connection()->removeMdev(Fixtures::sliceFree);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(row("nvidia-699", Col::CreatedColumn).data().toInt(), 1);
}

void tst_VgpuProfileModel::availabilityChangesOnTheVfs()
{
    // The VF that received an mdev has no room left for any type: three rows change, nothing else.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    PciDevice vf = connection()->snapshot().pciDevices.value(Fixtures::addr("0000:41:00.6"));
    for (MdevType &t : vf.mdevTypes)
        t.availableInstances = 0;
    connection()->setPciDevice(vf);
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(inserted.count(), 0);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(changed.at(r).at(0).toModelIndex(), m_model->index(r, Col::AvailableColumn));
        QCOMPARE(m_model->index(r, Col::AvailableColumn).data().toInt(), 1);
    }
}

void tst_VgpuProfileModel::newTypeInsertsOneRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    PciDevice vf = connection()->snapshot().pciDevices.value(Fixtures::addr("0000:41:00.7"));
    vf.mdevTypes.append(Fixtures::mdevType("nvidia-999", "Custom Profile", 1));
    connection()->setPciDevice(vf);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(row("nvidia-999", Col::TypeColumn).data().toString(), QStringLiteral("Custom Profile"));
    QCOMPARE(row("nvidia-999", Col::MaximumColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(row("nvidia-999", Col::FramebufferColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(row("nvidia-999").data(Role::MaxInstancesRole).toInt(), 0);
    QCOMPARE(row("nvidia-999", Col::EditionColumn).data().toString(), QString());
}

void tst_VgpuProfileModel::indexForRoundTrips()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        QCOMPARE(m_model->indexFor(i.data(ObjectRoles::RefRole).value<ObjectRef>()), i);
    }
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::MdevType, m_host, QStringLiteral("0000:06:00.0/nvidia-699")})
                 .isValid());
}

void tst_VgpuProfileModel::hostRemoved()
{
    const QString uri2 = QStringLiteral("test:///gpu-node-02");
    m_factory->add(uri2, Fixtures::gpuHost(QStringLiteral("gpu-node-02")));
    const QString second = m_inventory->addHost(uri2);
    QTRY_COMPARE(m_model->rowCount(), 6);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_inventory->removeHost(m_host);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(0, Col::HostColumn).data().toString(), QStringLiteral("gpu-node-02"));
    QCOMPARE(m_model->index(0, 0).data(ObjectRoles::HostIdRole).toString(), second);
}

QTEST_GUILESS_MAIN(tst_VgpuProfileModel)
#include "tst_vgpuprofilemodel.moc"
