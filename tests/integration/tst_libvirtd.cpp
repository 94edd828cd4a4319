// A real libvirtd with QEMU (TCG): the console reads this machine's PCI devices, follows a VM defined,
// started and removed by someone else through events (and through polling where events are off), and
// survives the daemon going away and coming back.
#include "inventory/inventory.h"
#include "inventory/vmtablemodel.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirtdaemon.h"
#include "model/labels.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString kUri = QStringLiteral("qemu:///system"); // with the private daemon's socket once it runs

QString virsh(const QStringList &args, int *rc = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"), kUri} + args);
    p.waitForFinished(30000);
    if (rc)
        *rc = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString vmXml(const QString &name)
{
    return QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
                          "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon "
                          "model='none'/></devices></domain>")
        .arg(name);
}

QString vmUuid(const Inventory &inv, const QString &id, const QString &name)
{
    for (const VirtualMachine &vm : inv.host(id)->snapshot.vms)
        if (vm.name == name)
            return vm.uuid;
    return {};
}
} // namespace

class TestLibvirtd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readsRealHost();
    void followsVmThroughEvents();
    void pollingFallbackSeesTheSame();
    void reconnectsAfterDaemonRestart();

private:
    void defineVm();
    // A daemon of the test's own: other tests (and a system daemon) cannot disturb it.
    LibvirtDaemon m_daemon{LibvirtDaemon::Mode::Private};
    std::unique_ptr<LibvirtEventLoop> m_loop;
    QString m_vm = QStringLiteral("gpuvirt-itest-%1").arg(QCoreApplication::applicationPid());
    QTemporaryDir m_dir;
};

void TestLibvirtd::initTestCase()
{
    if (!m_daemon.start())
        QSKIP(qPrintable(QStringLiteral("no libvirtd here: ") + m_daemon.skipReason()));
    kUri = m_daemon.uri();
    m_loop = std::make_unique<LibvirtEventLoop>();
}

void TestLibvirtd::cleanup()
{
    virsh({QStringLiteral("destroy"), m_vm});
    virsh({QStringLiteral("undefine"), m_vm});
}

void TestLibvirtd::defineVm()
{
    const QString path = m_dir.filePath(QStringLiteral("vm.xml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(vmXml(m_vm).toUtf8());
    f.close();
    int rc = 0;
    const QString out = virsh({QStringLiteral("define"), path}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
}

void TestLibvirtd::readsRealHost()
{
    LibvirtConnectionFactory factory(m_loop.get(), {});
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString id = inv.addHost(kUri);
    QVERIFY(all.wait(30000));
    const Inventory::Host *h = inv.host(id);
    QVERIFY2(h->state == HostConnection::State::Connected, qPrintable(h->lastError.toString()));
    // The same PCI functions virsh lists.
    const QStringList listed =
        virsh({QStringLiteral("nodedev-list"), QStringLiteral("--cap"), QStringLiteral("pci")})
            .split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(h->snapshot.pciDevices.size(), listed.size());
    for (const QString &name : listed)
        QVERIFY2(h->snapshot.pciDevices.contains(*PciAddress::fromNodeDeviceName(name.trimmed())),
                 qPrintable(name));
    QVERIFY(h->snapshot.hypervisor.startsWith(u"QEMU"));
}

void TestLibvirtd::followsVmThroughEvents()
{
    LibvirtWorker::Options options;
    options.pollIntervalMs = 60000; // events only: a poll would be too late to pass
    LibvirtConnectionFactory factory(m_loop.get(), options);
    Inventory inv(&factory);
    VmTableModel model(&inv);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString id = inv.addHost(kUri);
    QVERIFY(all.wait(30000));
    QSignalSpy resets(&inv, &Inventory::hostReset);

    QElapsedTimer t;
    t.start();
    defineVm();
    QTRY_VERIFY_WITH_TIMEOUT(!vmUuid(inv, id, m_vm).isEmpty(), 1000);
    qInfo("define reached the inventory in %lld ms", t.elapsed());
    const QString uuid = vmUuid(inv, id, m_vm);
    const QModelIndex row = model.indexFor({ObjectRef::Kind::Vm, id, uuid});
    QVERIFY(row.isValid());
    QCOMPARE(inv.host(id)->snapshot.vms[uuid].state, VmState::Shutoff);

    int rc = 0;
    const QString out = virsh({QStringLiteral("start"), m_vm}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    t.restart();
    QTRY_COMPARE_WITH_TIMEOUT(inv.host(id)->snapshot.vms[uuid].state, VmState::Running, 1000);
    qInfo("start reached the inventory in %lld ms", t.elapsed());
    // The model row shows it.
    const QModelIndex stateCell = model.indexFor({ObjectRef::Kind::Vm, id, uuid});
    QVERIFY(stateCell.isValid());
    bool shown = false;
    for (int c = 0; c < model.columnCount(); ++c)
        shown = shown ||
                model.index(stateCell.row(), c).data().toString() == Labels::vmStateText(VmState::Running);
    QVERIFY(shown);

    virsh({QStringLiteral("destroy"), m_vm});
    QTRY_COMPARE_WITH_TIMEOUT(inv.host(id)->snapshot.vms[uuid].state, VmState::Shutoff, 1000);
    QSignalSpy removed(&inv, &Inventory::vmRemoved);
    virsh({QStringLiteral("undefine"), m_vm});
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 1000);
    QCOMPARE(removed.first().at(1).toString(), uuid);
    QVERIFY(!model.indexFor({ObjectRef::Kind::Vm, id, uuid}).isValid());
    QCOMPARE(resets.size(), 0); // one VM changed: the host was never reloaded
}

void TestLibvirtd::pollingFallbackSeesTheSame()
{
    LibvirtWorker::Options options;
    options.forcePolling = true;
    options.pollIntervalMs = 200;
    LibvirtConnectionFactory factory(m_loop.get(), options);
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString id = inv.addHost(kUri);
    QVERIFY(all.wait(30000));
    QSignalSpy changed(&inv, &Inventory::vmChanged);
    defineVm();
    QTRY_VERIFY_WITH_TIMEOUT(!vmUuid(inv, id, m_vm).isEmpty(), 3000);
    const int afterDefine = int(changed.size());
    // Nothing changes: the next polls emit nothing. Proving an absence takes time: three poll intervals.
    QTest::qWait(600);
    QCOMPARE(int(changed.size()), afterDefine);
    virsh({QStringLiteral("undefine"), m_vm});
    QTRY_VERIFY_WITH_TIMEOUT(vmUuid(inv, id, m_vm).isEmpty(), 3000);
}

void TestLibvirtd::reconnectsAfterDaemonRestart()
{
    LibvirtWorker::Options options;
    options.maxBackoffSeconds = 1;
    LibvirtConnectionFactory factory(m_loop.get(), options);
    Inventory inv(&factory);
    QSignalSpy all(&inv, &Inventory::allHostsLoaded);
    const QString id = inv.addHost(kUri);
    QVERIFY(all.wait(30000));
    QSignalSpy resets(&inv, &Inventory::hostReset);

    m_daemon.stop();
    QTRY_COMPARE_WITH_TIMEOUT(inv.host(id)->state, HostConnection::State::Lost, 10000);
    QVERIFY(!inv.host(id)->lastError.isNull());
    QVERIFY(m_daemon.start());
    QElapsedTimer t;
    t.start();
    QTRY_COMPARE_WITH_TIMEOUT(inv.host(id)->state, HostConnection::State::Connected, 5000);
    qInfo("reconnected %lld ms after the daemon returned", t.elapsed());
    QVERIFY(resets.size() >= 1); // resynchronised
}

QTEST_GUILESS_MAIN(TestLibvirtd)
#include "tst_libvirtd.moc"
