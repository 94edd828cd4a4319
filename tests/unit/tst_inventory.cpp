// The inventory: precise change signals from a host connection, one host's trouble staying its own.
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"

#include <QSignalSpy>
#include <QTest>

namespace {
HostSnapshot snapshot(const QString &hostname)
{
    HostSnapshot s;
    s.hostname = hostname;
    PciDevice gpu;
    gpu.address = PciAddress(0, 0x41, 0, 0);
    gpu.classCode = 0x030200;
    gpu.vendorId = 0x10de;
    gpu.productId = 0x1eb8;
    s.pciDevices.insert(gpu.address, gpu);
    VirtualMachine vm;
    vm.uuid = QStringLiteral("11111111-2222-3333-4444-555555555555");
    vm.name = QStringLiteral("vdi-001");
    vm.state = VmState::Running;
    s.vms.insert(vm.uuid, vm);
    return s;
}
} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsHosts();
    void preciseVmSignals();
    void unchangedUpdateIsSilent();
    void lostHostKeepsOthers();
    void agentFactsSurviveReload();
    void duplicateUriReturnsSameHost();
};

void TestInventory::loadsHosts()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    f.add(QStringLiteral("test:///b"), snapshot(QStringLiteral("b")));
    Inventory inv(&f);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    QSignalSpy added(&inv, &Inventory::hostAdded);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    const QString b = inv.addHost(QStringLiteral("test:///b"), QStringLiteral("Label B"));
    QCOMPARE(added.size(), 2);
    QVERIFY(all.wait(2000));
    QCOMPARE(all.size(), 1);
    QCOMPARE(inv.loadedHostCount(), 2);
    QCOMPARE(inv.host(a)->displayName, QStringLiteral("a")); // from the host
    QCOMPARE(inv.host(b)->displayName, QStringLiteral("Label B")); // the user's label wins
    QCOMPARE(inv.host(a)->state, HostConnection::State::Connected);
}

void TestInventory::preciseVmSignals()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    Inventory inv(&f);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    QVERIFY(all.wait(2000));
    QSignalSpy changed(&inv, &Inventory::vmChanged);
    QSignalSpy removed(&inv, &Inventory::vmRemoved);
    QSignalSpy reset(&inv, &Inventory::hostReset);
    VirtualMachine vm = inv.host(a)->snapshot.vms.first();
    vm.state = VmState::Shutoff;
    f.connection(QStringLiteral("test:///a"))->setVm(vm);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(1).toString(), vm.uuid);
    QCOMPARE(inv.host(a)->snapshot.vms[vm.uuid].state, VmState::Shutoff);
    f.connection(QStringLiteral("test:///a"))->removeVm(vm.uuid);
    QCOMPARE(removed.size(), 1);
    QVERIFY(inv.host(a)->snapshot.vms.isEmpty());
    QCOMPARE(reset.size(), 0);
}

void TestInventory::unchangedUpdateIsSilent()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    Inventory inv(&f);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    QVERIFY(all.wait(2000));
    const quint64 v = inv.version();
    QSignalSpy changed(&inv, &Inventory::vmChanged);
    f.connection(QStringLiteral("test:///a"))->setVm(inv.host(a)->snapshot.vms.first());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inv.version(), v);
}

void TestInventory::lostHostKeepsOthers()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    Inventory inv(&f);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    const QString gone = inv.addHost(QStringLiteral("test:///unknown"));
    QVERIFY(all.wait(2000));
    QCOMPARE(inv.host(gone)->state, HostConnection::State::Lost);
    QVERIFY(!inv.host(gone)->lastError.isNull());
    QCOMPARE(inv.host(a)->state, HostConnection::State::Connected);
    QSignalSpy state(&inv, &Inventory::hostStateChanged);
    f.connection(QStringLiteral("test:///a"))->loseConnection(Error{QStringLiteral("Lost"), QStringLiteral("EOF")}, 4);
    QCOMPARE(state.size(), 1);
    QCOMPARE(inv.host(a)->retryInSeconds, 4);
    QCOMPARE(inv.host(a)->snapshot.vms.size(), 1); // the last known picture stays visible
}

void TestInventory::agentFactsSurviveReload()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    Inventory inv(&f);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    AgentFacts facts;
    facts.present = true;
    facts.bootVga = {PciAddress(0, 0x41, 0, 0)};
    inv.setAgentFacts(a, facts);
    QVERIFY(all.wait(2000));
    QCOMPARE(inv.host(a)->snapshot.agent.bootVga.size(), 1);
    QSignalSpy reset(&inv, &Inventory::hostReset);
    inv.refreshHost(a);
    QVERIFY(reset.wait(2000));
    QCOMPARE(inv.host(a)->snapshot.agent.bootVga.size(), 1);
}

void TestInventory::duplicateUriReturnsSameHost()
{
    StaticHostConnectionFactory f;
    f.add(QStringLiteral("test:///a"), snapshot(QStringLiteral("a")));
    Inventory inv(&f);
    const QString a = inv.addHost(QStringLiteral("test:///a"));
    QCOMPARE(inv.addHost(QStringLiteral("test:///a")), a);
    QCOMPARE(inv.hostCount(), 1);
    inv.removeHost(a);
    QCOMPARE(inv.hostCount(), 0);
    QVERIFY(!inv.host(a));
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
