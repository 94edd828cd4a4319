// The demo cluster through libvirt's real test driver: every host loads on its own worker, the inventory
// merges them, and broken hosts fail alone with a clear error.
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "inventory/inventoryjson.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "model/topology.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A thread's nice value: field 19 of /proc/self/task/<tid>/stat, counted after the command name's ")".
int niceOf(const QString &taskDir)
{
    QFile f(taskDir + QStringLiteral("/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -100;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 16 ? fields[16].toInt() : -100;
}
} // namespace

class TestMultiHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoClusterLoads();
    void brokenHostsFailAlone();
    void removeHostLeavesOthers();

private:
    std::unique_ptr<LibvirtEventLoop> m_loop;
};

void TestMultiHost::initTestCase()
{
    m_loop = std::make_unique<LibvirtEventLoop>();
}

void TestMultiHost::demoClusterLoads()
{
    const QString self = QStringLiteral("/proc/self/task/%1").arg(QCoreApplication::applicationPid());
    const int niceBefore = niceOf(self); // 0, unless the whole test runs under nice
    QTemporaryDir dir;
    auto hosts = DemoCluster::extract(dir.path());
    QVERIFY2(hosts.ok(), qPrintable(hosts.ok() ? QString() : hosts.error().toString()));
    QVERIFY(hosts->size() >= 8);
    LibvirtConnectionFactory factory(m_loop.get(), {});
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    for (const auto &h : hosts.value())
        inv.setAgentFacts(inv.addHost(h.uri, h.name, true), h.facts);
    QVERIFY(all.wait(20000));
    QCOMPARE(inv.loadedHostCount(), int(hosts->size()));

    int vms = 0, running = 0, withVgpu = 0, withPci = 0;
    for (const QString &id : inv.hostIds()) {
        const Inventory::Host *h = inv.host(id);
        QCOMPARE(h->state, HostConnection::State::Connected);
        for (const VirtualMachine &vm : h->snapshot.vms) {
            ++vms;
            running += vm.state == VmState::Running;
            bool mdev = false, pci = false;
            for (const Hostdev &d : vm.hostdevs) {
                mdev = mdev || d.kind == Hostdev::Kind::Mdev;
                pci = pci || d.kind == Hostdev::Kind::Pci;
                // Every device a VM holds exists on its host.
                if (d.kind == Hostdev::Kind::Mdev)
                    QVERIFY2(h->snapshot.mdevs.contains(d.uuid),
                             qPrintable(vm.name + QStringLiteral(" holds unknown mdev ") + d.uuid));
                else
                    QVERIFY2(h->snapshot.pciDevices.contains(d.address),
                             qPrintable(vm.name + QStringLiteral(" holds unknown ") + d.address.toString()));
            }
            withVgpu += mdev;
            withPci += pci;
        }
    }
    QVERIFY2(vms >= 40, qPrintable(QString::number(vms)));
    QVERIFY(running > 0 && running < vms);
    QVERIFY(withVgpu >= 10);
    QVERIFY(withPci >= 3);

    // The A16 board: four GPUs whose vGPU types live on their VFs, and slices in use.
    const Inventory::Host *a16 = inv.host(inv.hostIdForUri(
        hosts
            ->at(std::find_if(hosts->cbegin(), hosts->cend(),
                              [](const DemoCluster::Host &h) { return h.name == u"vdi-a16-01"; }) -
                 hosts->cbegin())
            .uri));
    QVERIFY(a16);
    const QList<PciAddress> gpus = Topology::gpus(a16->snapshot);
    QCOMPARE(gpus.size(), 4);
    int slices = 0;
    for (const PciAddress &g : gpus) {
        QVERIFY(Topology::vgpuOnVirtualFunctions(a16->snapshot, g));
        slices += int(Topology::mdevsOfGpu(a16->snapshot, g).size());
        const auto offers = Topology::typesOfGpu(a16->snapshot, g);
        QVERIFY(std::any_of(offers.cbegin(), offers.cend(), [](const Topology::GpuTypeOffer &o) {
            return o.type.vgpu && o.type.vgpu->canonicalName() == u"A16-2Q" && o.maxInstances == 8;
        }));
    }
    QVERIFY(slices >= 4);

    // An IOMMU group mixing a GPU with another device somewhere in the cluster; a boot VGA GPU.
    bool mixed = false, bootVga = false;
    for (const QString &id : inv.hostIds()) {
        for (const auto &g : Topology::iommuGroups(inv.host(id)->snapshot))
            mixed = mixed || (g.containsGpu && g.sharedAcrossDevices);
        bootVga = bootVga || !inv.host(id)->snapshot.agent.bootVga.isEmpty();
    }
    QVERIFY(mixed);
    QVERIFY(bootVga);

    // The JSON carries the documented keys.
    const QJsonObject json = InventoryJson::toJson(inv);
    const QJsonArray jhosts = json.value(u"hosts").toArray();
    QCOMPARE(jhosts.size(), hosts->size());
    const QJsonObject first = jhosts.first().toObject();
    for (const char *key : {"name", "uri", "state", "gpus", "iommuGroups", "vms"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    const QJsonObject gpu = first.value(u"gpus").toArray().first().toObject();
    for (const char *key : {"address", "vendorId", "deviceId", "vendor", "product", "driver", "numaNode",
                            "iommuGroup", "bootVga", "mdevTypes", "mdevs", "virtualFunctions", "assignedTo"})
        QVERIFY2(gpu.contains(QLatin1String(key)), key);

#if defined(__linux__)
    // With a thousand hosts on two cores the GUI thread must still get a CPU: every host's worker runs at a
    // lower priority (nice 10), the thread that made them keeps its own. Qt names each worker's OS thread
    // after its QThread ("libvirt:test:///…", cut to 15 bytes).
    QVERIFY(niceBefore > -100);
    int workers = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid) + QStringLiteral("/comm"));
        if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("libvirt:"))
            continue;
        ++workers;
        QCOMPARE(niceOf(tasks.filePath(tid)), std::max(niceBefore, 10));
    }
    QCOMPARE(workers, int(hosts->size()));
    QCOMPARE(niceOf(self), niceBefore);
#endif
}

void TestMultiHost::brokenHostsFailAlone()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.xml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<node><device><name>pci_0000_01_00_0</name><capability type='pci'>"); // truncated
    f.close();
    auto hosts = DemoCluster::extract(dir.path());
    QVERIFY(hosts.ok());

    LibvirtWorker::Options options;
    options.maxBackoffSeconds = 1;
    LibvirtConnectionFactory factory(m_loop.get(), options);
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString good = inv.addHost(hosts->first().uri);
    const QString broken = inv.addHost(QStringLiteral("test://") + bad);
    const QString missing =
        inv.addHost(QStringLiteral("test://") + dir.filePath(QStringLiteral("nowhere.xml")));
    const QString nonsense = inv.addHost(QStringLiteral("nosuchdriver:///system"));
    QVERIFY(all.wait(20000));
    QCOMPARE(inv.host(good)->state, HostConnection::State::Connected);
    for (const QString &id : {broken, missing, nonsense}) {
        const Inventory::Host *h = inv.host(id);
        QCOMPARE(h->state, HostConnection::State::Lost);
        QVERIFY(!h->loaded);
        QVERIFY2(h->lastError.summary.contains(h->uri), qPrintable(h->lastError.summary));
        QVERIFY(!h->lastError.detail.isEmpty());
        QVERIFY(h->retryInSeconds > 0); // it will be tried again, with backoff
    }
}

void TestMultiHost::removeHostLeavesOthers()
{
    QTemporaryDir dir;
    auto hosts = DemoCluster::extract(dir.path());
    QVERIFY(hosts.ok());
    LibvirtConnectionFactory factory(m_loop.get(), {});
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString a = inv.addHost(hosts->at(0).uri);
    const QString b = inv.addHost(hosts->at(1).uri);
    QVERIFY(all.wait(20000));
    QSignalSpy reset(&inv, &Inventory::hostReset);
    QSignalSpy removed(&inv, &Inventory::hostRemoved);
    inv.removeHost(a);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inv.hostIds(), QStringList{b});
    QVERIFY(inv.host(b)->loaded);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    QCOMPARE(reset.size(), 0); // nothing else reloaded
}

QTEST_GUILESS_MAIN(TestMultiHost)
#include "tst_multihost.moc"
