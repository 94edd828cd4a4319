#include "sysfskernelemulator.h"

#include "sysfsio.h"
#include "sysfsscanner.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace {
std::optional<int> readInt(const QString &path)
{
    const auto t = SysfsIo::read(path);
    return t ? SysfsScanner::parseInt(*t) : std::nullopt;
}

// The driver the kernel would pick for a function without an override, by vendor and class.
QString nativeDriver(const SysfsFunction &f)
{
    if ((f.classCode >> 8) == 0x0403)
        return QStringLiteral("snd_hda_intel");
    if (!f.isDisplay())
        return {};
    switch (f.vendorId) {
    case 0x10de:
        return QStringLiteral("nvidia");
    case 0x1002:
        return QStringLiteral("amdgpu");
    case 0x8086:
        return QStringLiteral("i915");
    default:
        return {};
    }
}

void writeCount(const QString &typeDir, int n)
{
    SysfsIo::write(typeDir + QStringLiteral("/available_instances"),
                   QByteArray::number(std::max(0, n)) + '\n');
}
} // namespace

SysfsKernelEmulator::SysfsKernelEmulator(QString root) : m_root(root), m_tree(std::move(root)) {}

Status SysfsKernelEmulator::refuse(const QString &path, int error) const
{
    return Error{QCoreApplication::translate("SysfsIo", "The kernel refused the write to %1").arg(path),
                 QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))), error};
}

Status SysfsKernelEmulator::effect(Status s) const
{
    if (s)
        return s;
    Error e = s.error();
    e.code = EIO;
    return e;
}

Status SysfsKernelEmulator::write(const QString &path, const QByteArray &value)
{
    const QString sys = SysfsScanner::sysPath(m_root, u"/sys/");
    const QStringList p = path.startsWith(sys) ? path.mid(sys.size()).split(u'/') : QStringList();
    const auto is = [&](std::initializer_list<const char *> pattern) {
        if (p.size() != qsizetype(pattern.size()))
            return false;
        qsizetype i = 0;
        for (const char *part : pattern) {
            if (part && p[i] != QLatin1String(part))
                return false;
            ++i;
        }
        return true;
    };
    // nullptr in a pattern matches any component.
    if (is({"bus", "pci", "devices", nullptr, "mdev_supported_types", nullptr, "create"}))
        if (const auto a = PciAddress::parse(p[3]))
            return createMdev(path, *a, p[5], value);
    if (is({"bus", "mdev", "devices", nullptr, "remove"}))
        return removeMdev(path, p[3], value);
    if (is({"bus", "mdev", "devices", nullptr, "nvidia", "placement_id"})) {
        bool ok = false;
        const int id = value.trimmed().toInt(&ok);
        if (!ok || id < 0)
            return refuse(path, EINVAL);
        return SysfsIo::write(path, QByteArray::number(id) + '\n');
    }
    if (is({"bus", "pci", "devices", nullptr, "driver", "unbind"}))
        return unbind(
            path,
            SysfsIo::linkName(sys + QStringLiteral("bus/pci/devices/") + p[3] + QStringLiteral("/driver")),
            value);
    if (is({"bus", "pci", "drivers", nullptr, "unbind"}))
        return unbind(path, p[3], value);
    if (is({"bus", "pci", "drivers_probe"}))
        return probe(path, value);
    if (is({"bus", "pci", "devices", nullptr, "sriov_numvfs"}))
        if (const auto a = PciAddress::parse(p[3]))
            return setNumVfs(path, *a, value);
    if (is({"bus", "pci", "devices", nullptr, "nvidia", "current_vgpu_type"}))
        if (const auto a = PciAddress::parse(p[3]))
            return setVgpuType(path, *a, value);
    return SysfsIo::write(path, value); // driver_override and other plain attributes
}

Status SysfsKernelEmulator::createMdev(const QString &path, const PciAddress &parent, const QString &type,
                                       const QByteArray &value)
{
    const QString uuid = QString::fromLatin1(value.trimmed()).toLower();
    if (!SysfsScanner::isUuid(uuid))
        return refuse(path, EINVAL);
    if (SysfsScanner::scanMdev(m_root, uuid))
        return refuse(path, EEXIST);
    const QString typeDir = path.left(path.lastIndexOf(u'/'));
    const QString typesDir = typeDir.left(typeDir.lastIndexOf(u'/'));
    if (readInt(typeDir + QStringLiteral("/available_instances")).value_or(0) <= 0)
        return refuse(path, EUSERS); // what the mdev core answers without instances
    if (auto s = SysfsIo::write(path, value); !s)
        return s;
    if (auto s = m_tree.addMdev(uuid, parent, type); !s)
        return effect(s);
    // One vGPU per VF on SR-IOV boards: every type of the VF goes to 0. On a PF, only the type's count.
    QHash<QString, int> before;
    const bool onVf = SysfsIo::isLink(SysfsScanner::functionPath(m_root, parent) + QStringLiteral("/physfn"));
    for (const QString &t : SysfsIo::list(typesDir)) {
        if (!onVf && t != type)
            continue;
        const int n = readInt(typesDir + u'/' + t + QStringLiteral("/available_instances")).value_or(0);
        before.insert(t, n);
        writeCount(typesDir + u'/' + t, onVf ? 0 : n - 1);
    }
    m_availability.insert(uuid, before);
    return Done{};
}

Status SysfsKernelEmulator::removeMdev(const QString &path, const QString &uuidText, const QByteArray &value)
{
    const QString uuid = uuidText.toLower();
    const auto m = SysfsScanner::scanMdev(m_root, uuid);
    if (!m)
        return refuse(path, ENOENT);
    if (value.trimmed() != "1")
        return refuse(path, EINVAL);
    if (auto s = SysfsIo::write(path, value); !s)
        return s;
    if (auto s = m_tree.removeMdev(uuid); !s)
        return effect(s);
    const QString typesDir =
        SysfsScanner::functionPath(m_root, m->parent) + QStringLiteral("/mdev_supported_types/");
    const QHash<QString, int> before = m_availability.take(uuid);
    if (before.isEmpty()) { // made by the tree builder: give its instance back
        const int n = readInt(typesDir + m->typeId + QStringLiteral("/available_instances")).value_or(0);
        writeCount(typesDir + m->typeId, n + 1);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        writeCount(typesDir + it.key(), it.value());
    return Done{};
}

Status SysfsKernelEmulator::unbind(const QString &path, const QString &driver, const QByteArray &value)
{
    const auto a = PciAddress::parse(QString::fromLatin1(value.trimmed()));
    if (driver.isEmpty())
        return refuse(path, ENOENT); // no driver link: the path does not exist
    const auto f = a ? SysfsScanner::scanFunction(m_root, *a) : std::nullopt;
    if (!f || f->driver != driver)
        return refuse(path, ENODEV);
    if (auto s = SysfsIo::write(path, value); !s)
        return s;
    m_lastDriver.insert(*a, driver);
    return effect(m_tree.setDriver(*a, {}));
}

Status SysfsKernelEmulator::probe(const QString &path, const QByteArray &value)
{
    const auto a = PciAddress::parse(QString::fromLatin1(value.trimmed()));
    const auto f = a ? SysfsScanner::scanFunction(m_root, *a) : std::nullopt;
    if (!f)
        return refuse(path, ENODEV);
    if (auto s = SysfsIo::write(path, value); !s)
        return s;
    if (!f->driver.isEmpty())
        return Done{};
    QString driver = f->driverOverride;
    if (driver.isEmpty()) {
        driver = m_lastDriver.value(*a);
        if (driver.isEmpty() || driver == u"vfio-pci" || driver == u"pci-stub")
            driver = nativeDriver(*f);
    }
    // Only a loaded driver binds; with an override nothing else may.
    if (driver.isEmpty() || !SysfsIo::isDir(SysfsScanner::sysPath(m_root, u"/sys/bus/pci/drivers/") + driver))
        return Done{};
    return effect(m_tree.setDriver(*a, driver));
}

Status SysfsKernelEmulator::setNumVfs(const QString &path, const PciAddress &pfAddress,
                                      const QByteArray &value)
{
    const auto pf = SysfsScanner::scanFunction(m_root, pfAddress);
    const auto n = SysfsScanner::parseInt(value);
    if (!pf || !n || *n < 0)
        return refuse(path, EINVAL);
    if (*n > pf->sriovTotalVfs)
        return refuse(path, ERANGE);
    if (*n == pf->sriovNumVfs)
        return SysfsIo::write(path, value);
    if (pf->driver.isEmpty())
        return refuse(path, ENOENT); // "no driver bound to device; cannot configure SR-IOV"
    if (*n > 0 && pf->sriovNumVfs > 0)
        return refuse(path, EBUSY); // "VFs already enabled. Disable before enabling"
    const QString dir = SysfsScanner::functionPath(m_root, pfAddress);
    if (*n == 0) {
        for (const SysfsMdev &m : SysfsScanner::scanMdevs(m_root))
            if (pf->virtFns.contains(m.parent))
                return refuse(path, EBUSY);
        if (auto s = SysfsIo::write(path, value); !s)
            return s;
        for (const PciAddress &vf : pf->virtFns) {
            if (const auto v = SysfsScanner::scanFunction(m_root, vf);
                v && !v->mdevTypes.isEmpty() && !m_vfTypes.contains(pfAddress))
                m_vfTypes.insert(pfAddress, v->mdevTypes);
            if (auto s = m_tree.removeFunction(vf); !s)
                return effect(s);
        }
        return effect(m_tree.setVirtfnLinks(pfAddress, {}));
    }
    const int offset = readInt(dir + QStringLiteral("/sriov_offset")).value_or(4);
    const int stride = std::max(1, readInt(dir + QStringLiteral("/sriov_stride")).value_or(1));
    const auto vfDevice = SysfsIo::read(dir + QStringLiteral("/sriov_vf_device"));
    const quint32 product =
        (vfDevice ? SysfsScanner::parseHex(*vfDevice) : std::nullopt).value_or(pf->productId);
    if (auto s = SysfsIo::write(path, value); !s)
        return s;
    const int pfRid = (pfAddress.bus() << 8) | (pfAddress.slot() << 3) | pfAddress.function();
    QList<PciAddress> vfs;
    for (int i = 0; i < *n; ++i) {
        const int rid = pfRid + offset + i * stride;
        SysfsFunction vf;
        vf.address = PciAddress(pfAddress.domain(), quint8((rid >> 8) & 0xff), quint8((rid >> 3) & 0x1f),
                                quint8(rid & 7));
        vf.classCode = pf->classCode;
        vf.vendorId = pf->vendorId;
        vf.productId = quint16(product);
        vf.subsystemVendorId = pf->subsystemVendorId;
        vf.subsystemId = pf->subsystemId;
        vf.numaNode = pf->numaNode;
        vf.iommuGroup = pf->iommuGroup >= 0 ? m_tree.nextIommuGroup() : -1;
        vf.physFn = pfAddress;
        vf.driver = pf->driver == u"nvidia" ? pf->driver : QString(); // NVIDIA's driver probes its VFs
        vf.mdevTypes = m_vfTypes.value(pfAddress);
        if (auto s = m_tree.addFunction(vf); !s)
            return effect(s);
        vfs.append(vf.address);
    }
    return effect(m_tree.setVirtfnLinks(pfAddress, vfs));
}

Status SysfsKernelEmulator::setVgpuType(const QString &path, const PciAddress &vfAddress,
                                        const QByteArray &value)
{
    const auto vf = SysfsScanner::scanFunction(m_root, vfAddress);
    const auto id = SysfsScanner::parseInt(value);
    if (!vf || !id || *id < 0)
        return refuse(path, EINVAL);
    if (*id != 0) {
        if (vf->currentVgpuType != 0)
            return refuse(path, EBUSY);
        if (std::none_of(vf->creatableVgpuTypes.cbegin(), vf->creatableVgpuTypes.cend(),
                         [&](const SysfsVgpuType &t) { return t.id == *id; }))
            return refuse(path, EINVAL);
    }
    return SysfsIo::write(path, value);
}
