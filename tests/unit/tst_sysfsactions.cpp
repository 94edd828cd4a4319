// The privileged sysfs actions on generated trees: every bad argument is refused before anything is
// written, the kernel emulator makes the good ones happen, and a kernel that does not act (the plain
// writer on a tree without a kernel) gives a clear error. Writes only ever reach the fixed paths.
#include "agent/sysfsactions.h"
#include "agent/sysfsio.h"
#include "agent/sysfskernelemulator.h"
#include "agent/sysfsscanner.h"
#include "sysfsfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SysfsFixtures;

namespace {
const QString newUuid = QStringLiteral("5f7a1c2e-9b3d-4e6f-8a1b-2c3d4e5f6a7b");

// Passes writes on and remembers their paths.
class RecordingWriter final : public SysfsWriter
{
public:
    explicit RecordingWriter(SysfsWriter &inner) : m_inner(inner) {}
    Status write(const QString &path, const QByteArray &value) override
    {
        paths << path;
        values << value;
        return m_inner.write(path, value);
    }
    QStringList paths;
    QList<QByteArray> values;

private:
    SysfsWriter &m_inner;
};

struct Host
{
    QTemporaryDir dir;
    SysfsKernelEmulator emulator{dir.path()};
    KernelSysfsWriter kernel;
    RecordingWriter recorder{emulator};
    RecordingWriter plain{kernel};
    QStringList log;
    SysfsActions actions{dir.path(), recorder, [this](const QString &l) { log << l; }};
    SysfsActions noKernel{dir.path(), plain};

    QString root() const { return dir.path(); }
    QString dev(const char *a) const { return SysfsScanner::functionPath(dir.path(), addr(a)); }
    SysfsFunction scan(const char *a) const
    {
        return SysfsScanner::scanFunction(dir.path(), addr(a)).value_or(SysfsFunction{});
    }
    int available(const char *a, const char *type) const
    {
        return SysfsScanner::parseInt(*SysfsIo::read(dev(a) + QStringLiteral("/mdev_supported_types/") +
                                                     QLatin1String(type) +
                                                     QStringLiteral("/available_instances")))
            .value_or(-99);
    }
};

bool allowedPath(const QString &root, const QString &path)
{
    const QString r = QRegularExpression::escape(root);
    static const QString addrRe = QStringLiteral("[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]");
    static const QString uuidRe =
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    const QRegularExpression allowed(
        QStringLiteral(
            "^%1/sys/bus/pci/devices/%2/(driver_override|driver/unbind|sriov_numvfs|nvidia/current_vgpu_type|"
            "mdev_supported_types/nvidia-[0-9]+/create)$|^%1/sys/bus/pci/drivers_probe$|^%1/sys/bus/mdev/"
            "devices/%3/(remove|nvidia/placement_id)$")
            .arg(r, addrRe, uuidRe));
    return allowed.match(path).hasMatch();
}
} // namespace

#define REFUSED(result, errorCode)                                                                           \
    do {                                                                                                     \
        const auto &res_ = (result);                                                                         \
        QVERIFY2(!res_.ok(), "expected a refusal");                                                          \
        QCOMPARE(res_.error().code, int(errorCode));                                                         \
        QVERIFY(!res_.error().summary.isEmpty());                                                            \
    } while (false)

class TestSysfsActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createMdevRefusesBadArguments_data();
    void createMdevRefusesBadArguments();
    void createMdev();
    void createMdevAtPlacement();
    void createMdevKernelDoesNotAct();
    void createMdevWriteFails();
    void removeMdev();
    void bindVfioRefuses();
    void bindAndUnbindVfio();
    void bindVfioWithoutTheModuleRestores();
    void bindVfioKernelDoesNotAct();
    void setSriovNumVfs();
    void setSriovNumVfsRefuses();
    void emulatorKeepsTheKernelsRules();
    void setVgpuType();
    void hostileArgumentsWriteNothing();
    void resultJson();

private:
    std::unique_ptr<Host> m_host;
};

void TestSysfsActions::init()
{
    m_host = std::make_unique<Host>();
    buildA16Host(m_host->root());
}

void TestSysfsActions::createMdevRefusesBadArguments_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<int>("code");
    const int invalid = SysfsActionError::InvalidArgument;
    QTest::newRow("uuid traversal") << "0000:43:00.6"
                                    << "nvidia-712"
                                    << "../../x" << invalid;
    QTest::newRow("uuid short") << "0000:43:00.6"
                                << "nvidia-712"
                                << "5f7a1c2e-9b3d-4e6f-8a1b-2c3d4e5f6a7" << invalid;
    QTest::newRow("uuid empty") << "0000:43:00.6"
                                << "nvidia-712"
                                << "" << invalid;
    QTest::newRow("address with slashes") << "0000:43:00.6/../../.."
                                          << "nvidia-712" << newUuid << invalid;
    QTest::newRow("address with trailing text") << "0000:43:00.6x"
                                                << "nvidia-712" << newUuid << invalid;
    QTest::newRow("type traversal") << "0000:43:00.6"
                                    << "../nvidia-712" << newUuid << invalid;
    QTest::newRow("type with slash") << "0000:43:00.6"
                                     << "nvidia-712/../../x" << newUuid << invalid;
    QTest::newRow("type not listed") << "0000:43:00.6"
                                     << "nvidia-999" << newUuid << int(SysfsActionError::NotFound);
    QTest::newRow("parent missing") << "0000:99:00.0"
                                    << "nvidia-712" << newUuid << int(SysfsActionError::NotFound);
    QTest::newRow("parent without types") << "0000:44:00.0"
                                          << "nvidia-712" << newUuid << int(SysfsActionError::NotFound);
    QTest::newRow("no instances left") << "0000:43:00.4"
                                       << "nvidia-712" << newUuid << int(SysfsActionError::Unavailable);
    QTest::newRow("uuid taken") << "0000:43:00.6"
                                << "nvidia-712" << mdevA << int(SysfsActionError::AlreadyExists);
}

void TestSysfsActions::createMdevRefusesBadArguments()
{
    QFETCH(QString, parent);
    QFETCH(QString, type);
    QFETCH(QString, uuid);
    QFETCH(int, code);
    REFUSED(m_host->actions.createMdev(parent, type, uuid), code);
    QVERIFY(m_host->recorder.paths.isEmpty());
    QCOMPARE(SysfsScanner::scanMdevs(m_host->root()).size(), 2);
    QVERIFY(!m_host->log.isEmpty()); // the refusal is logged too
}

void TestSysfsActions::createMdev()
{
    Host &h = *m_host;
    QCOMPARE(h.available("0000:43:00.6", "nvidia-712"), 1);
    auto r =
        h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid.toUpper());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->subject, newUuid);
    QCOMPARE(r->after, QStringLiteral("nvidia-712@0000:43:00.6"));
    QVERIFY(r->changed);
    QCOMPARE(h.recorder.paths,
             QStringList{h.dev("0000:43:00.6") + QStringLiteral("/mdev_supported_types/nvidia-712/create")});
    QCOMPARE(h.recorder.values, QList<QByteArray>{newUuid.toLatin1()});
    const auto m = SysfsScanner::scanMdev(h.root(), newUuid);
    QVERIFY(m);
    QCOMPARE(m->parent, addr("0000:43:00.6"));
    QCOMPARE(m->typeId, QStringLiteral("nvidia-712"));
    QVERIFY(m->iommuGroup >= 0);
    // One vGPU per VF: the VF offers nothing more, the next VF is untouched.
    QCOMPARE(h.available("0000:43:00.6", "nvidia-712"), 0);
    QCOMPARE(h.available("0000:43:00.6", "nvidia-709"), 0);
    QCOMPARE(h.available("0000:43:00.7", "nvidia-712"), 1);
    QVERIFY(h.log.last().contains(QStringLiteral("done")));
    // The same UUID again is refused, the live count now refuses the VF.
    REFUSED(h.actions.createMdev(QStringLiteral("0000:43:00.7"), QStringLiteral("nvidia-712"), newUuid),
            SysfsActionError::AlreadyExists);
    REFUSED(h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-709"),
                                 mdevA.left(35) + u'0'),
            SysfsActionError::Unavailable);
}

void TestSysfsActions::createMdevAtPlacement()
{
    Host &h = *m_host;
    REFUSED(h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid, -1),
            SysfsActionError::InvalidArgument);
    QVERIFY(h.recorder.paths.isEmpty());

    auto r = h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid, 3);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->after, QStringLiteral("nvidia-712@0000:43:00.6 placement 3"));
    const QString placement = SysfsScanner::sysPath(h.root(), u"/sys/bus/mdev/devices/") + newUuid +
                              QStringLiteral("/nvidia/placement_id");
    QCOMPARE(h.recorder.paths.last(), placement);
    QCOMPARE(SysfsIo::read(placement).value_or(QByteArray()).trimmed(), QByteArray("3"));

    // A vGPU manager that refuses the placement: the new mdev is removed again, its instance given back.
    class RefusePlacement final : public SysfsWriter
    {
    public:
        explicit RefusePlacement(SysfsWriter &inner) : m_inner(inner) {}
        Status write(const QString &path, const QByteArray &value) override
        {
            if (path.endsWith(QLatin1String("/placement_id")))
                return Error{QStringLiteral("write"), path + QStringLiteral(": Invalid argument"), EINVAL};
            return m_inner.write(path, value);
        }

    private:
        SysfsWriter &m_inner;
    } refusing(h.emulator);
    SysfsActions strict(h.root(), refusing);
    const QString other = QStringLiteral("6a8b2d3f-0c4e-4f70-9b2c-3d4e5f6a7b8c");
    QCOMPARE(h.available("0000:43:00.7", "nvidia-712"), 1);
    auto refused = strict.createMdev(QStringLiteral("0000:43:00.7"), QStringLiteral("nvidia-712"), other, 5);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().summary.contains(QStringLiteral("placement 5")));
    QVERIFY(!SysfsScanner::scanMdev(h.root(), other));
    QCOMPARE(h.available("0000:43:00.7", "nvidia-712"), 1);
}

void TestSysfsActions::createMdevKernelDoesNotAct()
{
    Host &h = *m_host;
    auto r = h.noKernel.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid);
    REFUSED(r, SysfsActionError::KernelDidNotAct);
    QVERIFY(r.error().summary.contains(QStringLiteral("did not create")));
    QCOMPARE(h.plain.paths.size(), 1); // it did write
}

void TestSysfsActions::createMdevWriteFails()
{
    // Without the attribute the write fails with ENOENT: the actions never create files.
    Host &h = *m_host;
    const QString create = h.dev("0000:43:00.6") + QStringLiteral("/mdev_supported_types/nvidia-712/create");
    QVERIFY(QFile::remove(create));
    auto r = h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid);
    REFUSED(r, ENOENT);
    QVERIFY(r.error().detail.contains(create));
    QVERIFY(!QFile::exists(create));
    QVERIFY(!SysfsScanner::scanMdev(h.root(), newUuid));
}

void TestSysfsActions::removeMdev()
{
    Host &h = *m_host;
    REFUSED(h.actions.removeMdev(QStringLiteral("../../../sys/bus/pci/devices")),
            SysfsActionError::InvalidArgument);
    REFUSED(h.actions.removeMdev(newUuid), SysfsActionError::NotFound);
    QVERIFY(h.recorder.paths.isEmpty());
    // Without a kernel the file takes the write but the mdev stays.
    REFUSED(h.noKernel.removeMdev(mdevA), SysfsActionError::KernelDidNotAct);
    QVERIFY(SysfsScanner::scanMdev(h.root(), mdevA));

    auto r = h.actions.removeMdev(mdevA.toUpper());
    QVERIFY(r.ok());
    QCOMPARE(r->before, QStringLiteral("nvidia-712@0000:43:00.4"));
    QCOMPARE(h.recorder.paths, QStringList{h.root() + QStringLiteral("/sys/bus/mdev/devices/") + mdevA +
                                           QStringLiteral("/remove")});
    QVERIFY(!SysfsScanner::scanMdev(h.root(), mdevA));
    QCOMPARE(SysfsScanner::scanMdevs(h.root()).size(), 1);
    QCOMPARE(h.available("0000:43:00.4", "nvidia-712"), 1); // the instance is back
    // Created and removed again through the emulator: the VF's counts come back as they were.
    QVERIFY(h.actions.createMdev(QStringLiteral("0000:43:00.7"), QStringLiteral("nvidia-713"), newUuid).ok());
    QCOMPARE(h.available("0000:43:00.7", "nvidia-712"), 0);
    QVERIFY(h.actions.removeMdev(newUuid).ok());
    QCOMPARE(h.available("0000:43:00.7", "nvidia-712"), 1);
    QCOMPARE(h.available("0000:43:00.7", "nvidia-713"), 1);
}

void TestSysfsActions::bindVfioRefuses()
{
    Host &h = *m_host;
    REFUSED(h.actions.bindVfio(QStringLiteral("0000:44:00.0/driver")), SysfsActionError::InvalidArgument);
    REFUSED(h.actions.bindVfio(QStringLiteral("44:00")), SysfsActionError::InvalidArgument);
    REFUSED(h.actions.bindVfio(QStringLiteral("0000:99:00.0")), SysfsActionError::NotFound);
    REFUSED(h.actions.bindVfio(QStringLiteral("0000:40:01.1")),
            SysfsActionError::InvalidArgument);                                          // a bridge
    REFUSED(h.actions.bindVfio(QStringLiteral("0000:43:00.0")), SysfsActionError::Busy); // VFs hold mdevs
    REFUSED(h.actions.bindVfio(QStringLiteral("0000:43:00.4")), SysfsActionError::Busy); // holds an mdev
    QVERIFY(h.recorder.paths.isEmpty());
    QCOMPARE(h.scan("0000:43:00.0").driver, QStringLiteral("nvidia"));
}

void TestSysfsActions::bindAndUnbindVfio()
{
    Host &h = *m_host;
    auto r = h.actions.bindVfio(QStringLiteral("44:00.0"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->subject, QStringLiteral("0000:44:00.0"));
    QCOMPARE(r->before, QStringLiteral("nvidia"));
    QCOMPARE(r->after, QStringLiteral("vfio-pci"));
    QCOMPARE(h.recorder.paths, (QStringList{h.dev("0000:44:00.0") + QStringLiteral("/driver_override"),
                                            h.dev("0000:44:00.0") + QStringLiteral("/driver/unbind"),
                                            h.root() + QStringLiteral("/sys/bus/pci/drivers_probe")}));
    QCOMPARE(h.recorder.values, (QList<QByteArray>{"vfio-pci", "0000:44:00.0", "0000:44:00.0"}));
    QCOMPARE(h.scan("0000:44:00.0").driver, QStringLiteral("vfio-pci"));
    QCOMPARE(h.scan("0000:44:00.0").driverOverride, QStringLiteral("vfio-pci"));
    QVERIFY(SysfsIo::isLink(h.root() + QStringLiteral("/sys/bus/pci/drivers/vfio-pci/0000:44:00.0")));

    // Again: nothing to do, nothing written.
    h.recorder.paths.clear();
    auto again = h.actions.bindVfio(QStringLiteral("0000:44:00.0"));
    QVERIFY(again.ok());
    QVERIFY(!again->changed);
    QVERIFY(h.recorder.paths.isEmpty());

    auto back = h.actions.unbindVfio(QStringLiteral("0000:44:00.0"));
    QVERIFY(back.ok());
    QCOMPARE(back->before, QStringLiteral("vfio-pci"));
    QCOMPARE(back->after, QStringLiteral("nvidia"));
    QCOMPARE(h.scan("0000:44:00.0").driver, QStringLiteral("nvidia"));
    QVERIFY(h.scan("0000:44:00.0").driverOverride.isEmpty());

    // The A2000 was never on a host driver: the emulator gives it the vendor's driver, which is loaded here.
    auto a2000 = h.actions.unbindVfio(QStringLiteral("0000:81:00.0"));
    QVERIFY(a2000.ok());
    QCOMPARE(a2000->after, QStringLiteral("nvidia"));
    QVERIFY(!h.actions.unbindVfio(QStringLiteral("0000:81:00.0"))->changed);

    // An override that vfio-pci never honoured (the module was missing): clearing it lets the host driver in.
    SysfsTreeBuilder b(h.root());
    QVERIFY(b.setDriver(addr("0000:45:00.0"), {}).ok());
    QVERIFY(SysfsIo::write(h.dev("0000:45:00.0") + QStringLiteral("/driver_override"), "vfio-pci").ok());
    auto stray = h.actions.unbindVfio(QStringLiteral("0000:45:00.0"));
    QVERIFY(stray.ok());
    QCOMPARE(stray->before, QString());
    QCOMPARE(stray->after, QStringLiteral("nvidia"));
}

void TestSysfsActions::bindVfioWithoutTheModuleRestores()
{
    Host &h = *m_host;
    QVERIFY(
        QDir(h.root() + QStringLiteral("/sys/bus/pci/drivers/vfio-pci")).removeRecursively()); // not loaded
    QVERIFY(QFile::remove(h.root() + QStringLiteral("/sys/bus/pci/devices/0000:81:00.0/driver")));
    auto r = h.actions.bindVfio(QStringLiteral("0000:44:00.0"));
    REFUSED(r, SysfsActionError::KernelDidNotAct);
    QVERIFY(r.error().summary.contains(QStringLiteral("modprobe vfio-pci")));
    QVERIFY(r.error().detail.contains(QStringLiteral("now bound to \"nvidia\"")));
    // Back where it was.
    QCOMPARE(h.scan("0000:44:00.0").driver, QStringLiteral("nvidia"));
    QVERIFY(h.scan("0000:44:00.0").driverOverride.isEmpty());
}

void TestSysfsActions::bindVfioKernelDoesNotAct()
{
    Host &h = *m_host;
    auto r = h.noKernel.bindVfio(QStringLiteral("0000:44:00.0"));
    REFUSED(r, SysfsActionError::KernelDidNotAct);
    QVERIFY(r.error().summary.contains(QStringLiteral("did not unbind")));
    QCOMPARE(h.scan("0000:44:00.0").driver, QStringLiteral("nvidia"));
    QVERIFY(h.scan("0000:44:00.0").driverOverride.isEmpty()); // the override was cleared again
}

void TestSysfsActions::setSriovNumVfs()
{
    Host &h = *m_host;
    auto on = h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), 4);
    QVERIFY2(on.ok(), qPrintable(on.ok() ? QString() : on.error().toString()));
    QCOMPARE(on->before, QStringLiteral("0"));
    QCOMPARE(on->after, QStringLiteral("4"));
    SysfsFunction pf = h.scan("0000:44:00.0");
    QCOMPARE(pf.sriovNumVfs, 4);
    QCOMPARE(pf.virtFns, (QList<PciAddress>{addr("0000:44:00.4"), addr("0000:44:00.5"), addr("0000:44:00.6"),
                                            addr("0000:44:00.7")}));
    const SysfsFunction vf = h.scan("0000:44:00.5");
    QCOMPARE(vf.physFn, std::optional<PciAddress>(pf.address));
    QCOMPARE(vf.productId, quint16(0x25b6));
    QCOMPARE(vf.driver, QStringLiteral("nvidia"));
    QVERIFY(vf.iommuGroup >= 0);
    QCOMPARE(vf.iommuGroupMembers, QList<PciAddress>{vf.address});

    // 4 -> 8 goes through 0, as the kernel requires.
    h.recorder.values.clear();
    auto more = h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), 8);
    QVERIFY(more.ok());
    QCOMPARE(h.recorder.values, (QList<QByteArray>{"0", "8"}));
    pf = h.scan("0000:44:00.0");
    QCOMPARE(pf.virtFns.size(), 8);
    QCOMPARE(pf.virtFns.last(), addr("0000:44:01.3"));
    QVERIFY(!h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), 8)->changed);

    auto off = h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), 0);
    QVERIFY(off.ok());
    QVERIFY(h.scan("0000:44:00.0").virtFns.isEmpty());
    QVERIFY(!SysfsIo::exists(h.dev("0000:44:00.4")));

    // VFs that offered vGPU types offer them again once re-enabled.
    QVERIFY(h.actions.removeMdev(mdevA).ok());
    QVERIFY(h.actions.removeMdev(mdevB).ok());
    QVERIFY(h.actions.setSriovNumVfs(QStringLiteral("0000:43:00.0"), 0).ok());
    QVERIFY(h.actions.setSriovNumVfs(QStringLiteral("0000:43:00.0"), 2).ok());
    QCOMPARE(h.scan("0000:43:00.5").mdevTypes.size(), a16Types(1).size());
}

void TestSysfsActions::setSriovNumVfsRefuses()
{
    Host &h = *m_host;
    REFUSED(h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), 17), SysfsActionError::InvalidArgument);
    REFUSED(h.actions.setSriovNumVfs(QStringLiteral("0000:44:00.0"), -1), SysfsActionError::InvalidArgument);
    REFUSED(h.actions.setSriovNumVfs(QStringLiteral("0000:81:00.0"), 1),
            SysfsActionError::InvalidArgument); // no SR-IOV
    REFUSED(h.actions.setSriovNumVfs(QStringLiteral("0000:43:00.0"), 0),
            SysfsActionError::Busy); // mdevs on VFs
    QVERIFY(h.recorder.paths.isEmpty());
    // Without a kernel the count file takes the number but no VF appears.
    auto r = h.noKernel.setSriovNumVfs(QStringLiteral("0000:45:00.0"), 2);
    REFUSED(r, SysfsActionError::KernelDidNotAct);
    QVERIFY(r.error().detail.contains(QStringLiteral("0 virtfn links")));

    // AMD MxGPU: three VFs are on vfio-pci (maybe in a VM), so the count stays.
    QTemporaryDir amd;
    buildAmdHost(amd.path());
    SysfsKernelEmulator emulator(amd.path());
    SysfsActions actions(amd.path(), emulator);
    auto busy = actions.setSriovNumVfs(QStringLiteral("0000:23:00.0"), 8);
    REFUSED(busy, SysfsActionError::Busy);
    QVERIFY(busy.error().summary.contains(QStringLiteral("0000:23:02.0")));
}

void TestSysfsActions::emulatorKeepsTheKernelsRules()
{
    Host &h = *m_host;
    const QString numvfs = h.dev("0000:44:00.0") + QStringLiteral("/sriov_numvfs");
    QVERIFY(h.emulator.write(numvfs, "2").ok());
    auto busy = h.emulator.write(numvfs, "3");
    QVERIFY(!busy.ok());
    QCOMPARE(busy.error().code, EBUSY);
    QCOMPARE(h.emulator.write(numvfs, "17").error().code, ERANGE);
    QCOMPARE(h.scan("0000:44:00.0").sriovNumVfs, 2);
    // No PF driver, no SR-IOV.
    QVERIFY(h.emulator.write(h.dev("0000:45:00.0") + QStringLiteral("/driver/unbind"), "0000:45:00.0").ok());
    QCOMPARE(h.emulator.write(h.dev("0000:45:00.0") + QStringLiteral("/sriov_numvfs"), "1").error().code,
             ENOENT);
    // A type without instances.
    QCOMPARE(h.emulator
                 .write(h.dev("0000:43:00.4") + QStringLiteral("/mdev_supported_types/nvidia-712/create"),
                        newUuid.toLatin1())
                 .error()
                 .code,
             EUSERS);
    // Unbinding a device from a driver it is not bound to.
    QCOMPARE(
        h.emulator.write(h.root() + QStringLiteral("/sys/bus/pci/drivers/vfio-pci/unbind"), "0000:44:00.0")
            .error()
            .code,
        ENODEV);
}

void TestSysfsActions::setVgpuType()
{
    QTemporaryDir dir;
    buildH100Host(dir.path());
    SysfsKernelEmulator emulator(dir.path());
    RecordingWriter recorder(emulator);
    SysfsActions actions(dir.path(), recorder);
    REFUSED(actions.setVgpuType(QStringLiteral("0000:41:00.0"), 1062),
            SysfsActionError::InvalidArgument); // the PF
    REFUSED(actions.setVgpuType(QStringLiteral("0000:41:00.5"), 9999), SysfsActionError::NotFound);
    REFUSED(actions.setVgpuType(QStringLiteral("0000:41:00.4"), 1061), SysfsActionError::Busy);
    REFUSED(actions.setVgpuType(QStringLiteral("0000:41:00.5"), -5), SysfsActionError::InvalidArgument);
    QVERIFY(recorder.paths.isEmpty());
    auto r = actions.setVgpuType(QStringLiteral("0000:41:00.5"), 1062);
    QVERIFY(r.ok());
    QCOMPARE(r->before, QStringLiteral("0"));
    QCOMPARE(SysfsScanner::scanFunction(dir.path(), addr("0000:41:00.5"))->currentVgpuType, 1062);
    auto clear = actions.setVgpuType(QStringLiteral("0000:41:00.4"), 0);
    QVERIFY(clear.ok());
    QCOMPARE(SysfsScanner::scanFunction(dir.path(), addr("0000:41:00.4"))->currentVgpuType, 0);
    for (const QString &p : recorder.paths)
        QVERIFY2(allowedPath(dir.path(), p), qPrintable(p));
}

void TestSysfsActions::hostileArgumentsWriteNothing()
{
    SysfsActions &act = m_host->actions;
    const QStringList hostileAddresses{QStringLiteral("../../../../etc/passwd"),
                                       QStringLiteral("0000:44:00.0/../../44:00.0"),
                                       QStringLiteral("0000:44:00.0\n"),
                                       QStringLiteral("0000:44:00.0 "),
                                       QString(),
                                       QStringLiteral("0000:44:00.8"),
                                       QStringLiteral("0000:44:20.0"),
                                       QStringLiteral("/0000:44:00.0")};
    const auto refused = [&](const Result<SysfsActionResult> &r, const QString &what) {
        QVERIFY2(!r.ok(), qPrintable(what));
        QCOMPARE(r.error().code, int(SysfsActionError::InvalidArgument));
    };
    for (const QString &a : hostileAddresses) {
        refused(act.bindVfio(a), a);
        refused(act.unbindVfio(a), a);
        refused(act.setSriovNumVfs(a, 2), a);
        refused(act.setVgpuType(a, 1062), a);
        refused(act.createMdev(a, QStringLiteral("nvidia-712"), newUuid), a);
    }
    refused(act.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"),
                           newUuid + QStringLiteral("/../x")),
            {});
    refused(act.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("/etc/passwd"), newUuid), {});
    refused(act.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral(".."), newUuid), {});
    refused(act.removeMdev(QStringLiteral("../../devices/x")), {});
    QVERIFY(m_host->recorder.paths.isEmpty());
}

void TestSysfsActions::resultJson()
{
    Host &h = *m_host;
    auto r = h.actions.bindVfio(QStringLiteral("0000:45:00.0"));
    QVERIFY(r.ok());
    const QJsonObject o = r->toJson();
    QCOMPARE(o[u"action"].toString(), QStringLiteral("bindVfio"));
    QCOMPARE(o[u"subject"].toString(), QStringLiteral("0000:45:00.0"));
    QCOMPARE(o[u"before"].toString(), QStringLiteral("nvidia"));
    QCOMPARE(o[u"after"].toString(), QStringLiteral("vfio-pci"));
    QVERIFY(o[u"changed"].toBool());
    QCOMPARE(o[u"writes"].toArray().size(), 3);
    QVERIFY(o[u"writes"][0].toString().endsWith(QStringLiteral("/driver_override <- \"vfio-pci\"")));
    // Every write of every successful flow in this file went to a fixed path.
    QVERIFY(h.actions.setSriovNumVfs(QStringLiteral("0000:46:00.0"), 2).ok());
    QVERIFY(h.actions.createMdev(QStringLiteral("0000:43:00.6"), QStringLiteral("nvidia-712"), newUuid).ok());
    QVERIFY(h.actions.removeMdev(newUuid).ok());
    QVERIFY(h.actions.unbindVfio(QStringLiteral("0000:45:00.0")).ok());
    QVERIFY(h.recorder.paths.size() >= 8);
    for (const QString &p : h.recorder.paths)
        QVERIFY2(allowedPath(h.root(), p), qPrintable(p));
}

QTEST_GUILESS_MAIN(TestSysfsActions)
#include "tst_sysfsactions.moc"
