#include "sysfsfacts.h"

#include "jsonreader.h"
#include "sysfsscanner.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int intMax = std::numeric_limits<int>::max();

QString hex4(quint16 v)
{
    return QString::asprintf("%04x", v);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue intOrNull(int v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonArray addresses(const QList<PciAddress> &list)
{
    QJsonArray a;
    for (const PciAddress &p : list)
        a.append(p.toString());
    return a;
}

QString factsWhat()
{
    return QCoreApplication::translate("SysfsFacts", "host facts");
}

SysfsFunction readFunction(JsonReader &r)
{
    SysfsFunction f;
    f.address = r.address(u"address");
    if (!f.address.isValid() && !r.failed())
        r.fail(r.path(u"address"), QStringLiteral("missing"));
    f.classCode = r.hex(u"class", 0, 0xffffff);
    f.vendorId = quint16(r.hex(u"vendorId", 0, 0xffff));
    f.productId = quint16(r.hex(u"productId", 0, 0xffff));
    f.subsystemVendorId = quint16(r.hex(u"subsystemVendorId", 0, 0xffff));
    f.subsystemId = quint16(r.hex(u"subsystemId", 0, 0xffff));
    f.driver = r.string(u"driver");
    f.driverOverride = r.string(u"driverOverride");
    f.bootVga = r.boolean(u"bootVga");
    f.numaNode = int(r.integer(u"numaNode", -1, -1, 65535));
    f.iommuGroup = int(r.integer(u"iommuGroup", -1, -1, intMax));
    f.iommuGroupMembers = r.addressList(u"iommuGroupMembers");
    f.sriovTotalVfs = int(r.integer(u"sriovTotalVfs", 0, 0, 65535));
    f.sriovNumVfs = int(r.integer(u"sriovNumVfs", 0, 0, 65535));
    f.physFn = r.optionalAddress(u"physFn");
    f.virtFns = r.addressList(u"virtFns");
    const QJsonArray types = r.array(u"mdevTypes");
    for (qsizetype i = 0; i < types.size() && !r.failed(); ++i) {
        const auto o = r.element(types, i, u"mdevTypes");
        if (!o)
            break;
        JsonReader t(*o, r, r.path(u"mdevTypes", i));
        SysfsMdevType m;
        m.id = t.string(u"id");
        m.name = t.string(u"name");
        m.description = t.string(u"description");
        m.deviceApi = t.string(u"deviceApi");
        m.availableInstances = int(t.integer(u"availableInstances", -1, -1, intMax));
        if (m.id.isEmpty() && !t.failed())
            t.fail(t.path(u"id"), QStringLiteral("missing"));
        f.mdevTypes.append(m);
    }
    if (const auto nv = r.object(u"nvidiaVgpu")) {
        JsonReader n(*nv, r, r.path(u"nvidiaVgpu"));
        f.hasNvidiaVgpu = true;
        f.currentVgpuType = int(n.integer(u"currentType", 0, 0, intMax));
        const QJsonArray list = n.array(u"creatableTypes");
        for (qsizetype i = 0; i < list.size() && !n.failed(); ++i) {
            const auto o = n.element(list, i, u"creatableTypes");
            if (!o)
                break;
            JsonReader t(*o, n, n.path(u"creatableTypes", i));
            f.creatableVgpuTypes.append({int(t.integer(u"id", 0, 0, intMax)), t.string(u"name")});
        }
    }
    if (const auto l = r.object(u"link")) {
        JsonReader k(*l, r, r.path(u"link"));
        f.link.speedGTs = k.number(u"speedGTs", 0, 0, 1e6);
        f.link.width = int(k.integer(u"width", 0, 0, 1024));
        f.link.maxSpeedGTs = k.number(u"maxSpeedGTs", 0, 0, 1e6);
        f.link.maxWidth = int(k.integer(u"maxWidth", 0, 0, 1024));
    }
    return f;
}

SysfsMdev readMdev(JsonReader &r)
{
    SysfsMdev m;
    m.uuid = r.string(u"uuid").toLower();
    m.typeId = r.string(u"type");
    m.parent = r.address(u"parent");
    m.iommuGroup = int(r.integer(u"iommuGroup", -1, -1, intMax));
    if (!SysfsScanner::isUuid(m.uuid) && !r.failed())
        r.fail(r.path(u"uuid"),
               m.uuid.isEmpty() ? QStringLiteral("missing") : QStringLiteral("expected a UUID"));
    return m;
}

PlatformFacts readPlatform(JsonReader &r)
{
    PlatformFacts p;
    p.cpuVendor = r.string(u"cpuVendor");
    p.cpuModel = r.string(u"cpuModel");
    p.vmx = r.boolean(u"vmx");
    p.svm = r.boolean(u"svm");
    p.kernelRelease = r.string(u"kernelRelease");
    p.kernelCmdline = r.string(u"kernelCmdline");
    p.iommuOnCmdline = r.boolean(u"iommuOnCmdline");
    p.iommuOffOnCmdline = r.boolean(u"iommuOffOnCmdline");
    p.iommuPassthrough = r.boolean(u"iommuPassthrough");
    p.iommuUnits = r.stringList(u"iommuUnits");
    p.iommuGroupCount = int(r.integer(u"iommuGroupCount", 0, 0, intMax));
    const QJsonArray mods = r.array(u"modules");
    for (qsizetype i = 0; i < mods.size() && !r.failed(); ++i) {
        const auto o = r.element(mods, i, u"modules");
        if (!o)
            break;
        JsonReader m(*o, r, r.path(u"modules", i));
        KernelModule k{m.string(u"name"), m.string(u"version"), m.boolean(u"builtin")};
        if (k.name.isEmpty() && !m.failed())
            m.fail(m.path(u"name"), QStringLiteral("missing"));
        p.modules.append(k);
    }
    p.nvidiaDriverVersion = r.string(u"nvidiaDriverVersion");
    p.vgpuManager = r.boolean(u"vgpuManager");
    return p;
}
} // namespace

bool PlatformFacts::hasModule(QStringView name) const
{
    return std::any_of(modules.cbegin(), modules.cend(),
                       [&](const KernelModule &m) { return m.name == name; });
}

QString PlatformFacts::moduleVersion(QStringView name) const
{
    for (const KernelModule &m : modules)
        if (m.name == name)
            return m.version;
    return {};
}

const SysfsFunction *SysfsFacts::function(const PciAddress &a) const
{
    const auto it =
        std::lower_bound(functions.cbegin(), functions.cend(), a,
                         [](const SysfsFunction &f, const PciAddress &x) { return f.address < x; });
    if (it != functions.cend() && it->address == a)
        return &*it;
    // Not sorted (hand-made facts): fall back to a scan.
    for (const SysfsFunction &f : functions)
        if (f.address == a)
            return &f;
    return nullptr;
}

QJsonObject SysfsFactsJson::toJson(const SysfsFunction &f)
{
    QJsonObject o;
    o[u"address"] = f.address.toString();
    o[u"class"] = QString::asprintf("%06x", f.classCode);
    o[u"vendorId"] = hex4(f.vendorId);
    o[u"productId"] = hex4(f.productId);
    o[u"subsystemVendorId"] = hex4(f.subsystemVendorId);
    o[u"subsystemId"] = hex4(f.subsystemId);
    o[u"driver"] = orNull(f.driver);
    o[u"driverOverride"] = orNull(f.driverOverride);
    o[u"bootVga"] = f.bootVga;
    o[u"numaNode"] = intOrNull(f.numaNode);
    o[u"iommuGroup"] = intOrNull(f.iommuGroup);
    o[u"iommuGroupMembers"] = addresses(f.iommuGroupMembers);
    o[u"sriovTotalVfs"] = f.sriovTotalVfs;
    o[u"sriovNumVfs"] = f.sriovNumVfs;
    o[u"physFn"] = f.physFn ? QJsonValue(f.physFn->toString()) : QJsonValue(QJsonValue::Null);
    o[u"virtFns"] = addresses(f.virtFns);
    QJsonArray types;
    for (const SysfsMdevType &t : f.mdevTypes)
        types.append(QJsonObject{{u"id"_s, t.id},
                                 {u"name"_s, t.name},
                                 {u"description"_s, t.description},
                                 {u"deviceApi"_s, t.deviceApi},
                                 {u"availableInstances"_s, intOrNull(t.availableInstances)}});
    o[u"mdevTypes"] = types;
    if (f.hasNvidiaVgpu) {
        QJsonArray list;
        for (const SysfsVgpuType &t : f.creatableVgpuTypes)
            list.append(QJsonObject{{u"id"_s, t.id}, {u"name"_s, t.name}});
        o[u"nvidiaVgpu"] = QJsonObject{{u"creatableTypes"_s, list}, {u"currentType"_s, f.currentVgpuType}};
    } else {
        o[u"nvidiaVgpu"] = QJsonValue::Null;
    }
    o[u"link"] = QJsonObject{{u"speedGTs"_s, f.link.speedGTs},
                             {u"width"_s, f.link.width},
                             {u"maxSpeedGTs"_s, f.link.maxSpeedGTs},
                             {u"maxWidth"_s, f.link.maxWidth}};
    return o;
}

QJsonObject SysfsFactsJson::toJson(const SysfsMdev &m)
{
    return QJsonObject{
        {u"uuid"_s, m.uuid},
        {u"type"_s, orNull(m.typeId)},
        {u"parent"_s, m.parent.isValid() ? QJsonValue(m.parent.toString()) : QJsonValue(QJsonValue::Null)},
        {u"iommuGroup"_s, intOrNull(m.iommuGroup)}};
}

QJsonObject SysfsFactsJson::toJson(const PlatformFacts &p)
{
    QJsonObject o;
    o[u"cpuVendor"] = p.cpuVendor;
    o[u"cpuModel"] = p.cpuModel;
    o[u"vmx"] = p.vmx;
    o[u"svm"] = p.svm;
    o[u"kernelRelease"] = p.kernelRelease;
    o[u"kernelCmdline"] = p.kernelCmdline;
    o[u"iommuOnCmdline"] = p.iommuOnCmdline;
    o[u"iommuOffOnCmdline"] = p.iommuOffOnCmdline;
    o[u"iommuPassthrough"] = p.iommuPassthrough;
    o[u"iommuUnits"] = QJsonArray::fromStringList(p.iommuUnits);
    o[u"iommuGroupCount"] = p.iommuGroupCount;
    o[u"iommuActive"] = p.iommuActive(); // derived; for readers of the JSON, ignored on input
    QJsonArray mods;
    for (const KernelModule &m : p.modules)
        mods.append(
            QJsonObject{{u"name"_s, m.name}, {u"version"_s, orNull(m.version)}, {u"builtin"_s, m.builtin}});
    o[u"modules"] = mods;
    o[u"nvidiaDriverVersion"] = orNull(p.nvidiaDriverVersion);
    o[u"vgpuManager"] = p.vgpuManager;
    return o;
}

QJsonObject SysfsFactsJson::toJson(const SysfsFacts &f)
{
    QJsonArray functions, mdevs;
    for (const SysfsFunction &fn : f.functions)
        functions.append(toJson(fn));
    for (const SysfsMdev &m : f.mdevs)
        mdevs.append(toJson(m));
    return QJsonObject{{u"functions"_s, functions},
                       {u"mdevs"_s, mdevs},
                       {u"platform"_s, toJson(f.platform)},
                       {u"scannedAt"_s, f.scannedAt.isValid()
                                            ? QJsonValue(f.scannedAt.toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue(QJsonValue::Null)}};
}

Result<SysfsFunction> SysfsFactsJson::functionFromJson(const QJsonObject &o)
{
    JsonReader r(o, {}, factsWhat());
    SysfsFunction f = readFunction(r);
    if (r.failed())
        return r.error();
    return f;
}

Result<SysfsMdev> SysfsFactsJson::mdevFromJson(const QJsonObject &o)
{
    JsonReader r(o, {}, factsWhat());
    SysfsMdev m = readMdev(r);
    if (r.failed())
        return r.error();
    return m;
}

Result<PlatformFacts> SysfsFactsJson::platformFromJson(const QJsonObject &o)
{
    JsonReader r(o, {}, factsWhat());
    PlatformFacts p = readPlatform(r);
    if (r.failed())
        return r.error();
    return p;
}

Result<SysfsFacts> SysfsFactsJson::fromJson(const QJsonObject &o)
{
    JsonReader r(o, {}, factsWhat());
    SysfsFacts facts;
    const QJsonArray functions = r.array(u"functions");
    for (qsizetype i = 0; i < functions.size() && !r.failed(); ++i) {
        const auto fo = r.element(functions, i, u"functions");
        if (!fo)
            break;
        JsonReader fr(*fo, r, r.path(u"functions", i));
        facts.functions.append(readFunction(fr));
    }
    std::sort(facts.functions.begin(), facts.functions.end(),
              [](const SysfsFunction &a, const SysfsFunction &b) { return a.address < b.address; });
    const QJsonArray mdevs = r.array(u"mdevs");
    for (qsizetype i = 0; i < mdevs.size() && !r.failed(); ++i) {
        const auto mo = r.element(mdevs, i, u"mdevs");
        if (!mo)
            break;
        JsonReader mr(*mo, r, r.path(u"mdevs", i));
        facts.mdevs.append(readMdev(mr));
    }
    if (const auto po = r.object(u"platform")) {
        JsonReader pr(*po, r, QStringLiteral("platform"));
        facts.platform = readPlatform(pr);
    }
    const QString when = r.string(u"scannedAt");
    if (!when.isEmpty()) {
        facts.scannedAt = QDateTime::fromString(when, Qt::ISODateWithMs);
        if (!facts.scannedAt.isValid())
            r.fail(r.path(u"scannedAt"), QStringLiteral("expected an ISO 8601 date and time"));
    }
    if (r.failed())
        return r.error();
    return facts;
}
