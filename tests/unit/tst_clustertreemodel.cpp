#include "fixturesnapshots.h"
#include "inventory/clustertreemodel.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"
#include "model/topology.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Role = ClusterTreeModel::Role;
using NodeType = ClusterTreeModel::NodeType;

class tst_ClusterTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsWhatTheHostHas();
    void slicesAndVirtualFunctions();
    void vmStateChangeSignalsOneRow();
    void newVmInsertsOneRow();
    void removedVmRemovesOneRow();
    void assigningASliceChangesItsHolder();
    void mdevCreatedAndRemoved();
    void hostStateAndError();
    void indexForRoundTrips();
    void hostRemoved();
    void randomChangesStayConsistent();
    void thousandHosts();

private:
    QModelIndex child(const QModelIndex &parent, const QString &text) const;
    QModelIndex gpu(const QString &address) const
    {
        return m_model->indexFor({ObjectRef::Kind::Gpu, m_host, address});
    }
    StaticHostConnection *connection() const { return m_factory->connection(m_uri); }

    const QString m_uri = QStringLiteral("test:///gpu-node-01");
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<ClusterTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_host;
};

void tst_ClusterTreeModel::init()
{
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    m_factory->add(m_uri, Fixtures::gpuHost());
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_model = std::make_unique<ClusterTreeModel>(m_inventory.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_host = m_inventory->addHost(m_uri);
    QTRY_COMPARE(m_inventory->loadedHostCount(), 1);
}

void tst_ClusterTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_inventory.reset();
    m_factory.reset();
}

QModelIndex tst_ClusterTreeModel::child(const QModelIndex &parent, const QString &text) const
{
    for (int r = 0; r < m_model->rowCount(parent); ++r) {
        const QModelIndex i = m_model->index(r, 0, parent);
        if (i.data().toString() == text)
            return i;
    }
    return {};
}

void tst_ClusterTreeModel::showsWhatTheHostHas()
{
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex host = m_model->index(0, 0);
    QCOMPARE(host.data().toString(), QStringLiteral("gpu-node-01"));
    QCOMPARE(host.data(Role::ConnectionStateRole).toInt(), int(HostConnection::State::Connected));
    QCOMPARE(host.data(Role::IsDemoRole).toBool(), false);
    QVERIFY(host.data(ObjectRoles::SearchTextRole).toString().contains(m_uri));
    // Four GPUs (the BMC's ASPEED display is not one) and the VM folder.
    QCOMPARE(m_model->rowCount(host), 5);
    QCOMPARE(m_model->index(0, 0, host).data().toString(),
             QStringLiteral("0000:06:00.0 Tesla T4 — ml-train"));
    QCOMPARE(m_model->index(1, 0, host).data().toString(), QStringLiteral("0000:21:00.0 RTX A4000"));
    QCOMPARE(m_model->index(2, 0, host).data().toString(), QStringLiteral("0000:41:00.0 A16"));
    QCOMPARE(m_model->index(3, 0, host).data().toString(), QStringLiteral("0000:83:00.0 Radeon Pro V620"));
    const QModelIndex folder = m_model->index(4, 0, host);
    QCOMPARE(folder.data().toString(), QStringLiteral("Virtual machines"));
    QCOMPARE(folder.data(Role::NodeTypeRole).toInt(), int(NodeType::VmFolder));
    QCOMPARE(m_model->rowCount(folder), 4);
    QCOMPARE(m_model->index(0, 0, folder).data().toString(), QStringLiteral("cad-02"));
    const QModelIndex vdi = child(folder, QStringLiteral("vdi-01"));
    QCOMPARE(vdi.data(Role::VmStateRole).toInt(), int(VmState::Running));
    QCOMPARE(vdi.data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::Vm));
    QCOMPARE(vdi.data(ObjectRoles::KeyRole).toString(), Fixtures::vdi01);

    const QModelIndex t4 = m_model->index(0, 0, host);
    QCOMPARE(t4.data(Role::HolderVmRole).toString(), Fixtures::mlTrain);
    QCOMPARE(t4.data(Role::HolderNameRole).toString(), QStringLiteral("ml-train"));
    QCOMPARE(t4.data(Role::AssignedRole).toBool(), true);
    QCOMPARE(t4.data(Role::ProductRole).toString(), QStringLiteral("Tesla T4"));
    // The A4000 carries its HDMI audio function.
    const QModelIndex a4000 = gpu(QStringLiteral("0000:21:00.0"));
    QCOMPARE(m_model->rowCount(a4000), 1);
    const QModelIndex audio = m_model->index(0, 0, a4000);
    QCOMPARE(audio.data().toString(), QStringLiteral("0000:21:00.1 GA104 High Definition Audio Controller"));
    QCOMPARE(audio.data(Role::NodeTypeRole).toInt(), int(NodeType::Companion));
    QCOMPARE(audio.data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::Function));
}

void tst_ClusterTreeModel::slicesAndVirtualFunctions()
{
    // The A16's VFs carry its vGPU types: the tree shows the slices, not the VFs.
    const QModelIndex a16 = gpu(QStringLiteral("0000:41:00.0"));
    QCOMPARE(m_model->rowCount(a16), 2);
    const QModelIndex held = m_model->index(0, 0, a16);
    QCOMPARE(held.data().toString(), QStringLiteral("A16-2Q — vdi-01"));
    QCOMPARE(held.data(Role::HolderVmRole).toString(), Fixtures::vdi01);
    QCOMPARE(held.data(Role::VgpuTypeRole).toString(), QStringLiteral("A16-2Q"));
    QCOMPARE(held.data(Role::MdevTypeIdRole).toString(), QStringLiteral("nvidia-699"));
    QCOMPARE(held.data(Role::AddressRole).toString(), QStringLiteral("0000:41:00.4"));
    QCOMPARE(held.data(ObjectRoles::KindRole).toInt(), int(ObjectRef::Kind::Mdev));
    QVERIFY(held.data(ObjectRoles::SearchTextRole).toString().contains(QStringLiteral("NVIDIA A16-2Q")));
    const QModelIndex free = m_model->index(1, 0, a16);
    QCOMPARE(free.data().toString(), QStringLiteral("A16-2Q"));
    QCOMPARE(free.data(Role::AssignedRole).toBool(), false);

    // The AMD GPU's VFs are assigned as functions: one row each.
    const QModelIndex amd = gpu(QStringLiteral("0000:83:00.0"));
    QCOMPARE(m_model->rowCount(amd), 4);
    const QModelIndex vf0 = m_model->index(0, 0, amd);
    QCOMPARE(vf0.data().toString(), QStringLiteral("0000:83:02.0 — cad-02"));
    QCOMPARE(vf0.data(Role::IsVfRole).toBool(), true);
    QCOMPARE(vf0.data(Role::HolderVmRole).toString(), Fixtures::cad02);
    QCOMPARE(m_model->index(1, 0, amd).data().toString(), QStringLiteral("0000:83:02.1"));
    QCOMPARE(m_model->index(1, 0, amd).data(Role::AssignedRole).toBool(), false);
}

void tst_ClusterTreeModel::vmStateChangeSignalsOneRow()
{
    const QModelIndex vm = m_model->indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::vdi01});
    QVERIFY(vm.isValid());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VirtualMachine v = connection()->snapshot().vms.value(Fixtures::vdi01);
    v.state = VmState::Paused;
    connection()->setVm(v);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), vm);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), vm);
    QCOMPARE(vm.data(Role::VmStateRole).toInt(), int(VmState::Paused));
}

void tst_ClusterTreeModel::newVmInsertsOneRow()
{
    const QModelIndex folder = m_model->index(4, 0, m_model->index(0, 0));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString uuid = QStringLiteral("55555555-5555-4555-8555-555555555555");
    connection()->setVm(Fixtures::vm(uuid, "zz-new", VmState::Shutoff, 2, 2));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), folder);
    QCOMPARE(inserted.at(0).at(1).toInt(), 4);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Vm, m_host, uuid}).data().toString(),
             QStringLiteral("zz-new"));
}

void tst_ClusterTreeModel::removedVmRemovesOneRow()
{
    const QModelIndex folder = m_model->index(4, 0, m_model->index(0, 0));
    const QModelIndex idle = m_model->indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::idle03});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    connection()->removeVm(Fixtures::idle03);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toModelIndex(), folder);
    QCOMPARE(removed.at(0).at(1).toInt(), idle.row());
    QCOMPARE(m_model->rowCount(folder), 3);
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::idle03}).isValid());
}

void tst_ClusterTreeModel::assigningASliceChangesItsHolder()
{
    const QModelIndex slice = m_model->indexFor({ObjectRef::Kind::Mdev, m_host, Fixtures::sliceFree});
    QCOMPARE(slice.data().toString(), QStringLiteral("A16-2Q"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    VirtualMachine v = connection()->snapshot().vms.value(Fixtures::idle03);
    v.hostdevs = {Fixtures::mdevHostdev(Fixtures::sliceFree)};
    connection()->setVm(v);
    // The VM row shows nothing that changed; only the slice row does.
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), slice);
    QCOMPARE(slice.data().toString(), QStringLiteral("A16-2Q — idle-03"));
    QCOMPARE(slice.data(Role::HolderVmRole).toString(), Fixtures::idle03);

    // Renaming the holder renames the slice's holder text too, and moves the VM row into name order.
    changed.clear();
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    v.name = QStringLiteral("aa-first");
    connection()->setVm(v);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(slice.data().toString(), QStringLiteral("A16-2Q — aa-first"));
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::idle03}).row(), 0);
}

void tst_ClusterTreeModel::mdevCreatedAndRemoved()
{
    const QModelIndex a16 = gpu(QStringLiteral("0000:41:00.0"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QString uuid = QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3");
    connection()->setMdev(Fixtures::mdev(uuid, "0000:41:00.6", "nvidia-700", 62));
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), a16);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(m_model->index(2, 0, a16).data().toString(), QStringLiteral("A16-4Q"));
    QCOMPARE(changed.count(), 0);

    connection()->removeMdev(Fixtures::sliceHeld);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toModelIndex(), a16);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(a16), 2);
    QCOMPARE(inserted.count(), 1);
}

void tst_ClusterTreeModel::hostStateAndError()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    connection()->loseConnection(
        Error{QStringLiteral("Host unreachable"), QStringLiteral("ssh: timeout"), 38}, 10);
    QTRY_COMPARE(changed.count(), 1);
    const QModelIndex host = m_model->index(0, 0);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), host);
    QCOMPARE(host.data(Role::ConnectionStateRole).toInt(), int(HostConnection::State::Lost));
    QCOMPARE(host.data(Role::ErrorRole).toString(), QStringLiteral("Host unreachable"));
    QCOMPARE(host.data(Role::ErrorDetailRole).toString(), QStringLiteral("ssh: timeout"));
    QCOMPARE(host.data(Role::RetryInSecondsRole).toInt(), 10);

    // A host that never connects shows under its URI with the reason.
    const QString id = m_inventory->addHost(QStringLiteral("qemu+ssh://nowhere/system"), {}, true);
    const QModelIndex other = m_model->indexFor({ObjectRef::Kind::Host, id, {}});
    QCOMPARE(other.row(), 1);
    QCOMPARE(other.data().toString(), QStringLiteral("qemu+ssh://nowhere/system"));
    QCOMPARE(other.data(Role::IsDemoRole).toBool(), true);
    QTRY_COMPARE(other.data(Role::ConnectionStateRole).toInt(), int(HostConnection::State::Lost));
    QCOMPARE(other.data(Role::ErrorRole).toString(), QStringLiteral("No such host"));
    QCOMPARE(other.data(Role::LoadedRole).toBool(), false);
    QCOMPARE(m_model->rowCount(other), 0);
}

void tst_ClusterTreeModel::indexForRoundTrips()
{
    int checked = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            const ObjectRef ref = i.data(ObjectRoles::RefRole).value<ObjectRef>();
            if (i.data(Role::NodeTypeRole).toInt() != int(NodeType::VmFolder)) {
                QVERIFY(ref.isValid());
                QCOMPARE(ref.hostId, m_host);
                QCOMPARE(m_model->indexFor(ref), i);
                ++checked;
            }
            walk(i);
        }
    };
    walk({});
    QCOMPARE(checked, 1 + 4 + 1 + 2 + 4 + 4);
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::Vm, m_host, QStringLiteral("nope")}).isValid());
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::Gpu, QStringLiteral("h99"), QStringLiteral("0000:41:00.0")})
                 .isValid());
    // A function address that is a GPU names the GPU row.
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Function, m_host, QStringLiteral("0000:41:00.0")}),
             gpu(QStringLiteral("0000:41:00.0")));
}

void tst_ClusterTreeModel::hostRemoved()
{
    const QString uri2 = QStringLiteral("test:///gpu-node-02");
    m_factory->add(uri2, Fixtures::gpuHost(QStringLiteral("gpu-node-02")));
    const QString second = m_inventory->addHost(uri2);
    QTRY_COMPARE(m_inventory->loadedHostCount(), 2);
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_inventory->removeHost(m_host);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toModelIndex(), QModelIndex());
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->indexFor({ObjectRef::Kind::Host, second, {}}).row(), 0);
    QVERIFY(!m_model->indexFor({ObjectRef::Kind::Vm, m_host, Fixtures::vdi01}).isValid());
    const QModelIndex vm = m_model->indexFor({ObjectRef::Kind::Vm, second, Fixtures::vdi01});
    QCOMPARE(vm.data().toString(), QStringLiteral("vdi-01"));
    QCOMPARE(vm.parent().parent().row(), 0);
}

void tst_ClusterTreeModel::randomChangesStayConsistent()
{
    // VMs renamed, added, removed; slices created and removed: the tester checks each step, indexFor must
    // follow.
    QRandomGenerator random(7);
    const char *parents[] = {"0000:41:00.4", "0000:41:00.5", "0000:41:00.6", "0000:41:00.7"};
    for (int step = 0; step < 200; ++step) {
        const QString uuid =
            QStringLiteral("77777777-7777-4777-8777-%1").arg(random.bounded(10), 12, 10, QLatin1Char('0'));
        switch (random.bounded(4)) {
        case 0:
            connection()->removeVm(uuid);
            break;
        case 1:
            connection()->removeMdev(uuid);
            break;
        case 2:
            connection()->setMdev(Fixtures::mdev(uuid, parents[random.bounded(4)], "nvidia-699", 70));
            break;
        default: {
            VirtualMachine v =
                Fixtures::vm(uuid, QByteArray("vm-" + QByteArray::number(random.bounded(9))).constData(),
                             VmState::Running, 2, 2);
            v.hostdevs = {Fixtures::mdevHostdev(QStringLiteral("77777777-7777-4777-8777-%1")
                                                    .arg(random.bounded(10), 12, 10, QLatin1Char('0')))};
            connection()->setVm(v);
        }
        }
        const HostSnapshot &s = connection()->snapshot();
        const Topology::Holders holders = Topology::holders(s);
        for (const VirtualMachine &v : s.vms)
            QCOMPARE(m_model->indexFor({ObjectRef::Kind::Vm, m_host, v.uuid}).data().toString(), v.name);
        for (const MediatedDevice &m : s.mdevs)
            QCOMPARE(m_model->indexFor({ObjectRef::Kind::Mdev, m_host, m.uuid})
                         .data(Role::HolderVmRole)
                         .toString(),
                     holders.mdev.value(m.uuid));
        QCOMPARE(m_model->rowCount(m_model->index(4, 0, m_model->index(0, 0))), int(s.vms.size()));
        QCOMPARE(m_model->rowCount(gpu(QStringLiteral("0000:41:00.0"))), int(s.mdevs.size()));
    }
}

void tst_ClusterTreeModel::thousandHosts()
{
    // 1,000 hosts × 8 GPUs × 20 VMs: a change on one host must cost that host only.
    cleanup();
    HostSnapshot s = Fixtures::gpuHost();
    s.vms.clear();
    for (int g = 0; g < 8; ++g) {
        PciDevice d = Fixtures::pci("0000:41:00.0", 0x030200, 0x10de, 0x26b9, "NVIDIA Corporation", "L40S",
                                    100 + g, "nvidia");
        d.address = PciAddress(0, quint8(0xa0 + g), 0, 0);
        d.iommuGroupMembers = {d.address};
        d.mdevTypes = {Fixtures::mdevType("nvidia-1155", "NVIDIA L40S-4Q", 12)};
        s.pciDevices.insert(d.address, d);
    }
    for (int i = 0; i < 20; ++i) {
        const QString uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        s.vms.insert(uuid, Fixtures::vm(uuid, "vm", VmState::Running, 2, 4));
    }
    StaticHostConnectionFactory factory;
    for (int h = 0; h < 1000; ++h)
        factory.add(QStringLiteral("test:///host-%1").arg(h), s);
    Inventory inventory(&factory);
    ClusterTreeModel model(&inventory);
    QElapsedTimer timer;
    timer.start();
    for (int h = 0; h < 1000; ++h)
        inventory.addHost(QStringLiteral("test:///host-%1").arg(h));
    QTRY_COMPARE_WITH_TIMEOUT(inventory.loadedHostCount(), 1000, 60000);
    qInfo("1000 hosts loaded in %lld ms", qint64(timer.elapsed()));
    QCOMPARE(model.rowCount(), 1000);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    StaticHostConnection *c = factory.connection(QStringLiteral("test:///host-500"));
    VirtualMachine v = s.vms.first();
    v.state = VmState::Paused;
    timer.restart();
    c->setVm(v);
    qInfo("one VM change took %lld µs", qint64(timer.nsecsElapsed() / 1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(),
             model.indexFor({ObjectRef::Kind::Vm, inventory.hostIds().at(500), v.uuid}));
}

QTEST_GUILESS_MAIN(tst_ClusterTreeModel)
#include "tst_clustertreemodel.moc"
