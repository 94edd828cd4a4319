#include "fixturesnapshots.h"
#include "inventory/inventory.h"
#include "inventory/vmtablemodel.h"
#include "libvirt/statichostconnection.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Role = VmTableModel::Role;

class tst_VmTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsEveryVm();
    void stateChangeSignalsOneRow();
    void newVmInsertsOneRow();
    void removedVmRemovesOneRow();
    void assigningAnMdevChangesTheDevices();
    void secondHostAndItsRemoval();
    void indexForRoundTrips();
    void randomChangesKeepRowsInOrder();

private:
    QModelIndex row(const QString &uuid, int column = 0) const
    {
        return m_model->indexFor({ObjectRef::Kind::Vm, m_host, uuid}).siblingAtColumn(column);
    }
    StaticHostConnection *connection() const { return m_factory->connection(m_uri); }

    const QString m_uri = QStringLiteral("test:///gpu-node-01");
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<VmTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_host;
};

void tst_VmTableModel::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_factory->add(m_uri, Fixtures::gpuHost());
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_model = std::make_unique<VmTableModel>(m_inventory.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_host = m_inventory->addHost(m_uri);
    QTRY_COMPARE(m_model->rowCount(), 4);
}

void tst_VmTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_inventory.reset();
    m_factory.reset();
}

void tst_VmTableModel::showsEveryVm()
{
    QCOMPARE(m_model->columnCount(), int(VmTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(VmTableModel::DevicesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Assigned devices"));
    // Rows of a host in name order.
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("cad-02"));
    QCOMPARE(m_model->index(3, 0).data().toString(), QStringLiteral("vdi-01"));

    QCOMPARE(row(Fixtures::vdi01, VmTableModel::HostColumn).data().toString(), QStringLiteral("gpu-node-01"));
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::StateColumn).data(Role::VmStateRole).toInt(),
             int(VmState::Running));
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::VcpusColumn).data().toInt(), 4);
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::MemoryColumn).data().toString(), QStringLiteral("8 GiB"));
    QCOMPARE(row(Fixtures::vdi01).data(Role::MemoryKiBRole).toULongLong(), quint64(8) * 1024 * 1024);
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::DevicesColumn).data().toString(),
             QStringLiteral("A16-2Q vGPU (0000:41:00.4)"));
    QCOMPARE(row(Fixtures::mlTrain, VmTableModel::DevicesColumn).data().toString(),
             QStringLiteral("0000:06:00.0 Tesla T4"));
    QCOMPARE(row(Fixtures::mlTrain, VmTableModel::StateColumn).data().toString(), QStringLiteral("Shut off"));
    QCOMPARE(row(Fixtures::cad02, VmTableModel::DevicesColumn).data().toString(),
             QStringLiteral("0000:83:02.0 Radeon Pro V620 MxGPU"));
    QCOMPARE(row(Fixtures::idle03, VmTableModel::DevicesColumn).data().toString(), QString());
    QCOMPARE(row(Fixtures::idle03, VmTableModel::UuidColumn).data().toString(), Fixtures::idle03);

    const auto refs = row(Fixtures::mlTrain).data(Role::AssignedRefsRole).value<QList<ObjectRef>>();
    QCOMPARE(refs.size(), 1);
    QCOMPARE(refs.first(), (ObjectRef{ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:06:00.0")}));
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::MemoryColumn).data(Role::SortRole).toULongLong(),
             quint64(8) * 1024 * 1024);
    QVERIFY(
        row(Fixtures::vdi01).data(ObjectRoles::SearchTextRole).toString().contains(QStringLiteral("A16-2Q")));
}

void tst_VmTableModel::stateChangeSignalsOneRow()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VirtualMachine v = connection()->snapshot().vms.value(Fixtures::vdi01);
    v.state = VmState::Paused;
    connection()->setVm(v);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), row(Fixtures::vdi01, VmTableModel::StateColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), row(Fixtures::vdi01, VmTableModel::StateColumn));
    QCOMPARE(row(Fixtures::vdi01, VmTableModel::StateColumn).data().toString(), QStringLiteral("Paused"));
}

void tst_VmTableModel::newVmInsertsOneRow()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString uuid = QStringLiteral("55555555-5555-4555-8555-555555555555");
    connection()->setVm(Fixtures::vm(uuid, "dev-01", VmState::Running, 16, 64));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1); // between cad-02 and idle-03
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(row(uuid, VmTableModel::MemoryColumn).data().toString(), QStringLiteral("64 GiB"));
}

void tst_VmTableModel::removedVmRemovesOneRow()
{
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    connection()->removeVm(Fixtures::idle03);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(!row(Fixtures::idle03).isValid());
}

void tst_VmTableModel::assigningAnMdevChangesTheDevices()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VirtualMachine v = connection()->snapshot().vms.value(Fixtures::idle03);
    v.hostdevs = {Fixtures::mdevHostdev(Fixtures::sliceFree), Fixtures::pciHostdev("0000:83:02.1")};
    connection()->setVm(v);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), row(Fixtures::idle03, VmTableModel::DevicesColumn));
    QCOMPARE(row(Fixtures::idle03, VmTableModel::DevicesColumn).data().toString(),
             QStringLiteral("A16-2Q vGPU (0000:41:00.5), 0000:83:02.1 Radeon Pro V620 MxGPU"));
    QCOMPARE(row(Fixtures::idle03).data(Role::AssignedCountRole).toInt(), 2);

    // The mdev goes away on the host: the VM still names it, by uuid.
    changed.clear();
    connection()->removeMdev(Fixtures::sliceFree);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(row(Fixtures::idle03, VmTableModel::DevicesColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("vGPU ") + Fixtures::sliceFree));
}

void tst_VmTableModel::secondHostAndItsRemoval()
{
    const QString uri2 = QStringLiteral("test:///gpu-node-02");
    m_factory->add(uri2, Fixtures::gpuHost(QStringLiteral("gpu-node-02")));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const QString second = m_inventory->addHost(uri2);
    QTRY_COMPARE(m_model->rowCount(), 8);
    QCOMPARE(inserted.count(), 1); // the whole block at once
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 7);
    QCOMPARE(m_model->index(4, VmTableModel::HostColumn).data().toString(), QStringLiteral("gpu-node-02"));

    // A change on the first host moves nothing on the second.
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    connection()->removeVm(Fixtures::cad02);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Vm, second, Fixtures::cad02}).row(), 3);

    removed.clear();
    m_inventory->removeHost(m_host);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, VmTableModel::HostColumn).data().toString(), QStringLiteral("gpu-node-02"));
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Vm, second, Fixtures::cad02}).row(), 0);
}

void tst_VmTableModel::indexForRoundTrips()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        const ObjectRef ref = i.data(ObjectRoles::RefRole).value<ObjectRef>();
        QCOMPARE(ref.kind, ObjectRef::Kind::Vm);
        QCOMPARE(m_model->indexFor(ref), i);
    }
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::Gpu, m_host, QStringLiteral("0000:06:00.0")}).isValid());
}

void tst_VmTableModel::randomChangesKeepRowsInOrder()
{
    // Renames move rows, new VMs insert, removals remove; the tester checks every step, we check the order.
    QRandomGenerator random(20240611);
    QStringList uuids;
    for (int i = 0; i < 12; ++i)
        uuids << QStringLiteral("66666666-6666-4666-8666-%1").arg(i, 12, 10, QLatin1Char('0'));
    for (int step = 0; step < 300; ++step) {
        const QString uuid = uuids.at(random.bounded(int(uuids.size())));
        if (random.bounded(4) == 0) {
            connection()->removeVm(uuid);
        } else {
            const QByteArray name = "vm-" + QByteArray::number(random.bounded(20));
            connection()->setVm(
                Fixtures::vm(uuid, name.constData(), VmState(random.bounded(8)), 1 + random.bounded(8), 4));
        }
        QList<VirtualMachine> expected = connection()->snapshot().vms.values();
        std::sort(expected.begin(), expected.end(), [](const VirtualMachine &a, const VirtualMachine &b) {
            const int c = a.name.compare(b.name, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.uuid < b.uuid;
        });
        QCOMPARE(m_model->rowCount(), int(expected.size()));
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QCOMPARE(m_model->index(r, VmTableModel::UuidColumn).data().toString(), expected.at(r).uuid);
            QCOMPARE(m_model->index(r, VmTableModel::StateColumn).data(Role::VmStateRole).toInt(),
                     int(expected.at(r).state));
        }
    }
}

QTEST_GUILESS_MAIN(tst_VmTableModel)
#include "tst_vmtablemodel.moc"
