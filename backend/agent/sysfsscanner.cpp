// PCI functions and mediated devices. One listing per function directory and one read per attribute: a
// host has ~200 functions (an A16 host with VFs ~100 more), which scan in a few milliseconds.
#include "sysfsscanner.h"

#include "sysfsio.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace {
QList<PciAddress> groupMembers(const QString &root, int group, QHash<int, QList<PciAddress>> &cache)
{
    if (group < 0)
        return {};
    const auto it = cache.constFind(group);
    if (it != cache.cend())
        return *it;
    QList<PciAddress> members;
    const QString dir =
        SysfsScanner::sysPath(root, QStringLiteral("/sys/kernel/iommu_groups/%1/devices").arg(group));
    for (const QString &name : SysfsIo::list(dir))
        if (const auto a = PciAddress::parse(name))
            members.append(*a);
    std::sort(members.begin(), members.end());
    cache.insert(group, members);
    return members;
}

int intAttr(const QString &path, int fallback)
{
    const auto text = SysfsIo::read(path);
    const auto v = text ? SysfsScanner::parseInt(*text) : std::nullopt;
    return v.value_or(fallback);
}

quint32 hexAttr(const QString &path, quint32 max)
{
    const auto text = SysfsIo::read(path);
    const auto v = text ? SysfsScanner::parseHex(*text) : std::nullopt;
    return v && *v <= max ? *v : 0;
}

QString textAttr(const QString &path)
{
    const auto text = SysfsIo::read(path);
    return text ? QString::fromUtf8(*text).trimmed() : QString();
}

QList<SysfsMdevType> mdevTypes(const QString &dir)
{
    QList<SysfsMdevType> out;
    QStringList ids = SysfsIo::list(dir);
    std::sort(ids.begin(), ids.end());
    for (const QString &id : ids) {
        const QString t = dir + u'/' + id;
        if (!SysfsIo::isDir(t))
            continue;
        SysfsMdevType m;
        m.id = id;
        m.name = textAttr(t + QStringLiteral("/name"));
        m.description = textAttr(t + QStringLiteral("/description"));
        m.deviceApi = textAttr(t + QStringLiteral("/device_api"));
        m.availableInstances = intAttr(t + QStringLiteral("/available_instances"), -1);
        if (m.availableInstances < -1)
            m.availableInstances = -1;
        out.append(m);
    }
    return out;
}

SysfsFunction readFunction(const QString &root, const QString &dir, const PciAddress &address,
                           QHash<int, QList<PciAddress>> &groups)
{
    SysfsFunction f;
    f.address = address;
    const QStringList entries = SysfsIo::list(dir);
    const QSet<QString> has(entries.cbegin(), entries.cend());
    const auto attr = [&](const char *name) { return dir + u'/' + QLatin1String(name); };
    f.classCode = hexAttr(attr("class"), 0xffffff);
    f.vendorId = quint16(hexAttr(attr("vendor"), 0xffff));
    f.productId = quint16(hexAttr(attr("device"), 0xffff));
    f.subsystemVendorId = quint16(hexAttr(attr("subsystem_vendor"), 0xffff));
    f.subsystemId = quint16(hexAttr(attr("subsystem_device"), 0xffff));
    if (has.contains(QStringLiteral("driver")))
        f.driver = SysfsIo::linkName(attr("driver"));
    if (has.contains(QStringLiteral("driver_override"))) {
        f.driverOverride = textAttr(attr("driver_override"));
        if (f.driverOverride == u"(null)")
            f.driverOverride.clear();
    }
    f.bootVga = has.contains(QStringLiteral("boot_vga")) && intAttr(attr("boot_vga"), 0) == 1;
    f.numaNode = std::max(-1, intAttr(attr("numa_node"), -1));
    if (has.contains(QStringLiteral("iommu_group"))) {
        const auto g = SysfsScanner::parseInt(SysfsIo::linkName(attr("iommu_group")).toLatin1());
        f.iommuGroup = g && *g >= 0 ? *g : -1;
        f.iommuGroupMembers = groupMembers(root, f.iommuGroup, groups);
    }
    if (has.contains(QStringLiteral("sriov_totalvfs"))) {
        f.sriovTotalVfs = std::max(0, intAttr(attr("sriov_totalvfs"), 0));
        f.sriovNumVfs = std::max(0, intAttr(attr("sriov_numvfs"), 0));
    }
    if (has.contains(QStringLiteral("physfn")))
        f.physFn = PciAddress::parse(SysfsIo::linkName(attr("physfn")));
    QList<std::pair<int, PciAddress>> vfs;
    for (const QString &e : entries) {
        if (!e.startsWith(u"virtfn"))
            continue;
        const auto index = SysfsScanner::parseInt(QStringView(e).mid(6).toLatin1());
        const auto vf = PciAddress::parse(SysfsIo::linkName(dir + u'/' + e));
        if (index && vf)
            vfs.append({*index, *vf});
    }
    std::sort(vfs.begin(), vfs.end());
    for (const auto &vf : vfs)
        f.virtFns.append(vf.second);
    if (has.contains(QStringLiteral("mdev_supported_types")))
        f.mdevTypes = mdevTypes(attr("mdev_supported_types"));
    if (has.contains(QStringLiteral("nvidia")) && SysfsIo::isDir(attr("nvidia"))) {
        f.hasNvidiaVgpu = true;
        if (const auto list = SysfsIo::read(attr("nvidia/creatable_vgpu_types"), 65536))
            f.creatableVgpuTypes = SysfsScanner::parseCreatableVgpuTypes(*list);
        f.currentVgpuType = std::max(0, intAttr(attr("nvidia/current_vgpu_type"), 0));
    }
    if (const auto s = SysfsIo::read(attr("current_link_speed")))
        f.link.speedGTs = SysfsScanner::parseLinkSpeed(*s);
    if (const auto s = SysfsIo::read(attr("max_link_speed")))
        f.link.maxSpeedGTs = SysfsScanner::parseLinkSpeed(*s);
    f.link.width = std::clamp(intAttr(attr("current_link_width"), 0), 0, 1024);
    f.link.maxWidth = std::clamp(intAttr(attr("max_link_width"), 0), 0, 1024);
    return f;
}

std::optional<SysfsMdev> readMdev(const QString &root, const QString &name)
{
    if (!SysfsScanner::isUuid(name))
        return std::nullopt;
    const QString dir = SysfsScanner::sysPath(root, u"/sys/bus/mdev/devices/") + name;
    if (!SysfsIo::isDir(dir))
        return std::nullopt; // dangling: the mdev is being removed, or the tree is broken
    SysfsMdev m;
    m.uuid = name.toLower();
    // The bus entry links to <parent function>/<uuid>: the parent is the second-last component.
    const QStringList parts = SysfsIo::linkTarget(dir).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        m.parent = PciAddress::parse(parts.at(parts.size() - 2)).value_or(PciAddress());
    m.typeId = SysfsIo::linkName(dir + QStringLiteral("/mdev_type"));
    const auto g = SysfsScanner::parseInt(SysfsIo::linkName(dir + QStringLiteral("/iommu_group")).toLatin1());
    m.iommuGroup = g && *g >= 0 ? *g : -1;
    return m;
}
} // namespace

QString SysfsScanner::sysPath(const QString &root, QStringView path)
{
    QString base = root;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + path.toString();
}

QString SysfsScanner::functionPath(const QString &root, const PciAddress &address)
{
    return sysPath(root, u"/sys/bus/pci/devices/") + address.toString();
}

std::optional<SysfsFunction> SysfsScanner::scanFunction(const QString &root, const PciAddress &address)
{
    const QString dir = functionPath(root, address);
    if (!address.isValid() || !SysfsIo::isDir(dir))
        return std::nullopt;
    QHash<int, QList<PciAddress>> groups;
    return readFunction(root, dir, address, groups);
}

std::optional<SysfsMdev> SysfsScanner::scanMdev(const QString &root, const QString &uuid)
{
    return readMdev(root, uuid);
}

QList<SysfsMdev> SysfsScanner::scanMdevs(const QString &root)
{
    QList<SysfsMdev> out;
    for (const QString &name : SysfsIo::list(sysPath(root, u"/sys/bus/mdev/devices")))
        if (auto m = readMdev(root, name))
            out.append(*m);
    std::sort(out.begin(), out.end(), [](const SysfsMdev &a, const SysfsMdev &b) { return a.uuid < b.uuid; });
    return out;
}

Result<SysfsFacts> SysfsScanner::scanHost(const QString &root)
{
    const QString devices = sysPath(root, u"/sys/bus/pci/devices");
    auto names = SysfsIo::listChecked(devices);
    if (!names)
        return Error{
            QCoreApplication::translate("SysfsScanner", "Cannot read the PCI devices under %1").arg(root),
            names.error().detail, names.error().code};
    SysfsFacts facts;
    QHash<int, QList<PciAddress>> groups;
    for (const QString &name : names.value()) {
        const auto address = PciAddress::parse(name);
        const QString dir = devices + u'/' + name;
        if (!address || !SysfsIo::isDir(dir))
            continue; // not a function, or a dangling link
        facts.functions.append(readFunction(root, dir, *address, groups));
    }
    std::sort(facts.functions.begin(), facts.functions.end(),
              [](const SysfsFunction &a, const SysfsFunction &b) { return a.address < b.address; });
    facts.mdevs = scanMdevs(root);
    facts.platform = scanPlatform(root, facts.functions);
    facts.scannedAt = QDateTime::currentDateTimeUtc();
    return facts;
}
