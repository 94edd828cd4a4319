#include "sysfstreebuilder.h"

#include "sysfsio.h"
#include "sysfsscanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
QByteArray hexAttr(quint32 v, int digits)
{
    return QByteArray("0x") + QByteArray::number(v, 16).rightJustified(digits, '0') + '\n';
}

QByteArray line(const QString &s)
{
    return s.toUtf8() + '\n';
}

QByteArray speedText(double gts)
{
    return gts > 0 ? QString::asprintf("%.1f GT/s PCIe\n", gts).toUtf8() : QByteArray("Unknown\n");
}

// The first 64 bytes of configuration space: ids, class and subsystem, little endian.
QByteArray configSpace(const SysfsFunction &f)
{
    QByteArray c(64, '\0');
    const auto put16 = [&](int at, quint16 v) {
        c[at] = char(v & 0xff);
        c[at + 1] = char(v >> 8);
    };
    put16(0, f.vendorId);
    put16(2, f.productId);
    c[9] = char(f.classCode & 0xff);
    c[10] = char((f.classCode >> 8) & 0xff);
    c[11] = char((f.classCode >> 16) & 0xff);
    c[14] = char(f.isBridge() ? 0x01 : 0x00); // header type
    put16(0x2c, f.subsystemVendorId);
    put16(0x2e, f.subsystemId);
    return c;
}

QString dirOf(const QString &path)
{
    return path.left(path.lastIndexOf(u'/'));
}

int routingId(const PciAddress &a)
{
    return (a.bus() << 8) | (a.slot() << 3) | a.function();
}
} // namespace

SysfsTreeBuilder::SysfsTreeBuilder(QString root) : m_root(std::move(root)) {}

QString SysfsTreeBuilder::path(QStringView sysPath) const
{
    return SysfsScanner::sysPath(m_root, sysPath);
}

Status SysfsTreeBuilder::take()
{
    if (m_error.isNull())
        return Done{};
    return std::exchange(m_error, Error{});
}

bool SysfsTreeBuilder::mkdir(const QString &p)
{
    if (!m_error.isNull())
        return false;
    if (QDir().mkpath(p))
        return true;
    m_error = Error{
        QCoreApplication::translate("SysfsTreeBuilder", "Cannot create the directory %1").arg(p), {}, 0};
    return false;
}

bool SysfsTreeBuilder::writeFile(const QString &p, const QByteArray &content)
{
    if (!m_error.isNull())
        return false;
    QFile f(p);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size())
        return true;
    m_error =
        Error{QCoreApplication::translate("SysfsTreeBuilder", "Cannot write %1").arg(p), f.errorString(), 0};
    return false;
}

bool SysfsTreeBuilder::link(const QString &linkPath, const QString &targetPath)
{
    if (!m_error.isNull())
        return false;
    const QByteArray native = QFile::encodeName(linkPath);
    if (SysfsIo::isLink(linkPath))
        ::unlink(native.constData());
    const QString target = SysfsIo::relativePath(dirOf(linkPath), targetPath);
    if (::symlink(QFile::encodeName(target).constData(), native.constData()) == 0)
        return true;
    const int e = errno;
    m_error =
        Error{QCoreApplication::translate("SysfsTreeBuilder", "Cannot create the link %1").arg(linkPath),
              QString::fromLocal8Bit(std::strerror(e)), e};
    return false;
}

bool SysfsTreeBuilder::removeTree(const QString &p)
{
    if (!m_error.isNull())
        return false;
    if (SysfsIo::isLink(p) || QFileInfo(p).isFile()) {
        if (::unlink(QFile::encodeName(p).constData()) == 0)
            return true;
    } else if (!QFileInfo::exists(p) || QDir(p).removeRecursively()) {
        return true;
    }
    m_error = Error{QCoreApplication::translate("SysfsTreeBuilder", "Cannot remove %1").arg(p), {}, 0};
    return false;
}

bool SysfsTreeBuilder::ensureSkeleton()
{
    if (m_skeleton)
        return m_error.isNull();
    for (const char *d : {"/sys/bus/pci/devices", "/sys/bus/pci/drivers", "/sys/devices",
                          "/sys/kernel/iommu_groups", "/sys/module", "/sys/class/iommu", "/proc/sys/kernel"})
        mkdir(path(QString::fromLatin1(d)));
    if (!QFileInfo::exists(path(u"/sys/bus/pci/drivers_probe")))
        writeFile(path(u"/sys/bus/pci/drivers_probe"), {});
    m_skeleton = m_error.isNull();
    return m_skeleton;
}

QString SysfsTreeBuilder::deviceDir(const PciAddress &address) const
{
    const QString bus = path(u"/sys/bus/pci/devices/") + address.toString();
    const QString target = SysfsIo::linkTarget(bus);
    if (target.isEmpty())
        return {};
    return QDir::cleanPath(target.startsWith(u'/') ? target : dirOf(bus) + u'/' + target);
}

int SysfsTreeBuilder::nextIommuGroup() const
{
    int next = 0;
    for (const QString &g : SysfsIo::list(path(u"/sys/kernel/iommu_groups")))
        next = std::max(next, g.toInt() + 1);
    return next;
}

Status SysfsTreeBuilder::addDriver(const QString &driver)
{
    if (driver.isEmpty() || driver.contains(u'/') || driver.startsWith(u'.'))
        return Error{
            QCoreApplication::translate("SysfsTreeBuilder", "Invalid driver name \"%1\"").arg(driver),
            {},
            EINVAL};
    if (!ensureSkeleton())
        return take();
    const QString dir = path(u"/sys/bus/pci/drivers/") + driver;
    if (!SysfsIo::isDir(dir)) {
        mkdir(dir);
        for (const char *f : {"bind", "unbind", "new_id", "remove_id"})
            writeFile(dir + u'/' + QLatin1String(f), {});
    }
    return take();
}

Status SysfsTreeBuilder::setDriver(const PciAddress &address, const QString &driver)
{
    const QString dir = deviceDir(address);
    if (dir.isEmpty())
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "No function %1 in the tree")
                         .arg(address.toString()),
                     {},
                     ENOENT};
    const QString old = SysfsIo::linkName(dir + QStringLiteral("/driver"));
    if (!old.isEmpty()) {
        removeTree(path(u"/sys/bus/pci/drivers/") + old + u'/' + address.toString());
        removeTree(dir + QStringLiteral("/driver"));
    }
    if (!driver.isEmpty()) {
        if (auto s = addDriver(driver); !s)
            return s;
        const QString drvDir = path(u"/sys/bus/pci/drivers/") + driver;
        link(dir + QStringLiteral("/driver"), drvDir);
        link(drvDir + u'/' + address.toString(), dir);
    }
    return take();
}

Status SysfsTreeBuilder::addFunction(const SysfsFunction &f, const PciAddress &parentBridge)
{
    if (!f.address.isValid())
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "Invalid PCI address"), {}, EINVAL};
    if (!ensureSkeleton())
        return take();
    const QString name = f.address.toString();
    QString parentDir;
    if (f.physFn)
        if (const QString pf = deviceDir(*f.physFn); !pf.isEmpty())
            parentDir = dirOf(pf);
    if (parentDir.isEmpty() && parentBridge.isValid())
        parentDir = deviceDir(parentBridge);
    if (parentDir.isEmpty())
        parentDir =
            path(u"/sys/devices/") + QString::asprintf("pci%04x:%02x", f.address.domain(), f.address.bus());
    const QString dir = parentDir + u'/' + name;
    mkdir(dir);
    const auto attr = [&](const char *n) { return dir + u'/' + QLatin1String(n); };
    writeFile(attr("class"), hexAttr(f.classCode, 6));
    writeFile(attr("vendor"), hexAttr(f.vendorId, 4));
    writeFile(attr("device"), hexAttr(f.productId, 4));
    writeFile(attr("subsystem_vendor"), hexAttr(f.subsystemVendorId, 4));
    writeFile(attr("subsystem_device"), hexAttr(f.subsystemId, 4));
    writeFile(attr("config"), configSpace(f));
    writeFile(attr("numa_node"), QByteArray::number(f.numaNode) + '\n');
    writeFile(attr("driver_override"),
              f.driverOverride.isEmpty() ? QByteArray("(null)\n") : line(f.driverOverride));
    if ((f.classCode >> 8) == 0x0300 || f.bootVga) // the kernel adds boot_vga to VGA-class functions only
        writeFile(attr("boot_vga"), f.bootVga ? "1\n" : "0\n");
    if (f.link.width > 0 || f.link.maxWidth > 0) {
        writeFile(attr("current_link_speed"), speedText(f.link.speedGTs));
        writeFile(attr("current_link_width"), QByteArray::number(f.link.width) + '\n');
        writeFile(attr("max_link_speed"), speedText(f.link.maxSpeedGTs));
        writeFile(attr("max_link_width"), QByteArray::number(f.link.maxWidth) + '\n');
    }
    if (f.sriovTotalVfs > 0) {
        int offset = 4, stride = 1;
        if (!f.virtFns.isEmpty()) {
            offset = routingId(f.virtFns.first()) - routingId(f.address);
            if (f.virtFns.size() > 1)
                stride = routingId(f.virtFns.at(1)) - routingId(f.virtFns.first());
        }
        writeFile(attr("sriov_totalvfs"), QByteArray::number(f.sriovTotalVfs) + '\n');
        writeFile(attr("sriov_numvfs"), QByteArray::number(f.sriovNumVfs) + '\n');
        writeFile(attr("sriov_offset"), QByteArray::number(offset) + '\n');
        writeFile(attr("sriov_stride"), QByteArray::number(stride) + '\n');
        writeFile(attr("sriov_vf_device"), QByteArray::number(f.productId, 16) + '\n');
        writeFile(attr("sriov_drivers_autoprobe"), "1\n");
    }
    for (qsizetype i = 0; i < f.virtFns.size(); ++i)
        link(dir + QStringLiteral("/virtfn%1").arg(i), parentDir + u'/' + f.virtFns[i].toString());
    if (f.physFn)
        link(attr("physfn"), parentDir + u'/' + f.physFn->toString());
    if (!f.mdevTypes.isEmpty()) {
        for (const SysfsMdevType &t : f.mdevTypes) {
            if (t.id.isEmpty() || t.id.contains(u'/') || t.id.startsWith(u'.'))
                continue;
            const QString td = attr("mdev_supported_types/") + t.id;
            mkdir(td + QStringLiteral("/devices"));
            writeFile(td + QStringLiteral("/name"), line(t.name));
            writeFile(td + QStringLiteral("/description"), line(t.description));
            writeFile(td + QStringLiteral("/device_api"), line(t.deviceApi));
            writeFile(td + QStringLiteral("/available_instances"),
                      QByteArray::number(t.availableInstances) + '\n');
            writeFile(td + QStringLiteral("/create"), {});
        }
    }
    if (f.hasNvidiaVgpu) {
        QByteArray list = "ID    : vGPU Name\n";
        for (const SysfsVgpuType &t : f.creatableVgpuTypes)
            list += QByteArray::number(t.id).leftJustified(5) + " : " + t.name.toUtf8() + '\n';
        mkdir(attr("nvidia"));
        writeFile(attr("nvidia/creatable_vgpu_types"), list);
        writeFile(attr("nvidia/current_vgpu_type"), QByteArray::number(f.currentVgpuType) + '\n');
    }
    if (f.iommuGroup >= 0) {
        const QString group = path(u"/sys/kernel/iommu_groups/") + QString::number(f.iommuGroup);
        mkdir(group + QStringLiteral("/devices"));
        if (!QFileInfo::exists(group + QStringLiteral("/type")))
            writeFile(group + QStringLiteral("/type"), "DMA\n");
        link(group + QStringLiteral("/devices/") + name, dir);
        link(attr("iommu_group"), group);
    }
    link(path(u"/sys/bus/pci/devices/") + name, dir);
    if (!m_error.isNull())
        return take();
    if (!f.driver.isEmpty())
        return setDriver(f.address, f.driver);
    return Done{};
}

Status SysfsTreeBuilder::setVirtfnLinks(const PciAddress &pf, const QList<PciAddress> &vfs)
{
    const QString dir = deviceDir(pf);
    if (dir.isEmpty())
        return Error{
            QCoreApplication::translate("SysfsTreeBuilder", "No function %1 in the tree").arg(pf.toString()),
            {},
            ENOENT};
    for (const QString &e : SysfsIo::list(dir))
        if (e.startsWith(u"virtfn"))
            removeTree(dir + u'/' + e);
    for (qsizetype i = 0; i < vfs.size(); ++i)
        link(dir + QStringLiteral("/virtfn%1").arg(i), dirOf(dir) + u'/' + vfs[i].toString());
    return take();
}

Status SysfsTreeBuilder::removeFunction(const PciAddress &address)
{
    const QString dir = deviceDir(address);
    if (dir.isEmpty())
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "No function %1 in the tree")
                         .arg(address.toString()),
                     {},
                     ENOENT};
    if (auto s = setDriver(address, {}); !s)
        return s;
    const QString group = SysfsIo::linkName(dir + QStringLiteral("/iommu_group"));
    if (!group.isEmpty()) {
        const QString groupDir = path(u"/sys/kernel/iommu_groups/") + group;
        removeTree(groupDir + QStringLiteral("/devices/") + address.toString());
        if (SysfsIo::list(groupDir + QStringLiteral("/devices")).isEmpty())
            removeTree(groupDir);
    }
    removeTree(path(u"/sys/bus/pci/devices/") + address.toString());
    removeTree(dir);
    return take();
}

Status SysfsTreeBuilder::addMdev(const QString &uuid, const PciAddress &parent, const QString &typeId,
                                 int iommuGroup)
{
    if (!SysfsScanner::isUuid(uuid) || typeId.isEmpty() || typeId.contains(u'/') || typeId.startsWith(u'.'))
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "Invalid mediated device %1 of type %2")
                         .arg(uuid, typeId),
                     {},
                     EINVAL};
    const QString parentDir = deviceDir(parent);
    if (parentDir.isEmpty())
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "No function %1 in the tree")
                         .arg(parent.toString()),
                     {},
                     ENOENT};
    const QString id = uuid.toLower();
    const QString dir = parentDir + u'/' + id;
    const QString typeDir = parentDir + QStringLiteral("/mdev_supported_types/") + typeId;
    mkdir(dir);
    mkdir(path(u"/sys/bus/mdev/devices"));
    writeFile(dir + QStringLiteral("/remove"), {});
    link(dir + QStringLiteral("/mdev_type"), typeDir);
    if (SysfsIo::isDir(typeDir + QStringLiteral("/devices")))
        link(typeDir + QStringLiteral("/devices/") + id, dir);
    const int group = iommuGroup >= 0 ? iommuGroup : nextIommuGroup();
    const QString groupDir = path(u"/sys/kernel/iommu_groups/") + QString::number(group);
    mkdir(groupDir + QStringLiteral("/devices"));
    link(groupDir + QStringLiteral("/devices/") + id, dir);
    link(dir + QStringLiteral("/iommu_group"), groupDir);
    link(path(u"/sys/bus/mdev/devices/") + id, dir);
    // NVIDIA's vGPU manager (17 and later) lets a new vGPU be placed on a mixed-size GPU by writing its
    // placement id here before the VM starts; it reads "Not Applicable" until then.
    if (typeId.startsWith(QLatin1String("nvidia-"))) {
        mkdir(dir + QStringLiteral("/nvidia"));
        writeFile(dir + QStringLiteral("/nvidia/placement_id"), "Not Applicable\n");
    }
    return take();
}

Status SysfsTreeBuilder::removeMdev(const QString &uuid)
{
    if (!SysfsScanner::isUuid(uuid))
        return Error{QCoreApplication::translate("SysfsTreeBuilder", "Invalid mediated device %1").arg(uuid),
                     {},
                     EINVAL};
    const QString id = uuid.toLower();
    const QString bus = path(u"/sys/bus/mdev/devices/") + id;
    const QString target = SysfsIo::linkTarget(bus);
    if (target.isEmpty())
        return Error{
            QCoreApplication::translate("SysfsTreeBuilder", "No mediated device %1 in the tree").arg(id),
            {},
            ENOENT};
    const QString dir = QDir::cleanPath(dirOf(bus) + u'/' + target);
    const QString type = SysfsIo::linkName(dir + QStringLiteral("/mdev_type"));
    const QString group = SysfsIo::linkName(dir + QStringLiteral("/iommu_group"));
    if (!type.isEmpty())
        removeTree(dirOf(dir) + QStringLiteral("/mdev_supported_types/") + type +
                   QStringLiteral("/devices/") + id);
    if (!group.isEmpty())
        removeTree(path(u"/sys/kernel/iommu_groups/") + group);
    removeTree(bus);
    removeTree(dir);
    return take();
}
