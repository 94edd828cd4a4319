#include "agentprobe.h"

#include "core/textcolumns.h"

#include <QJsonArray>
#include <QSet>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
const QStringList kVfioModules{QStringLiteral("vfio"), QStringLiteral("vfio_pci"),
                               QStringLiteral("vfio_iommu_type1")};

QString hex4(quint16 v)
{
    return QString::asprintf("%04x", v);
}

// What a GPU offers for slicing: mdev types and vendor vGPU types of the function and its VFs, by id.
struct Offer
{
    QSet<QString> mdevTypes;
    QSet<int> vgpuTypes;
};

Offer offerOf(const SysfsFacts &facts, const SysfsFunction &gpu)
{
    Offer o;
    auto add = [&](const SysfsFunction &f) {
        for (const SysfsMdevType &t : f.mdevTypes)
            o.mdevTypes.insert(t.id);
        for (const SysfsVgpuType &t : f.creatableVgpuTypes)
            o.vgpuTypes.insert(t.id);
    };
    add(gpu);
    for (const PciAddress &vf : gpu.virtFns)
        if (const SysfsFunction *f = facts.function(vf))
            add(*f);
    return o;
}

QStringList loadedVfioModules(const PlatformFacts &p)
{
    QStringList out;
    for (const QString &m : kVfioModules)
        if (p.hasModule(m))
            out.append(m);
    return out;
}

QString driverVersion(const AgentProbe &probe)
{
    if (probe.nvml && !probe.nvml->driverVersion.isEmpty())
        return probe.nvml->driverVersion;
    return probe.sysfs ? probe.sysfs->platform.nvidiaDriverVersion : QString();
}

QJsonObject nvmlJson(const AgentProbe &probe)
{
    // agent.hello says why NVML is off even when the facts are empty (--nvml-library none).
    const QJsonObject hello = probe.hello.value(u"nvml").toObject();
    QJsonObject o{{u"available"_s, hello.value(u"available").toBool(probe.nvml && probe.nvml->available)}};
    QString reason = hello.value(u"reason").toString();
    if (reason.isEmpty() && probe.nvml)
        reason = probe.nvml->unavailableReason;
    if (!o.value(u"available").toBool() && !reason.isEmpty())
        o.insert(u"reason"_s, reason);
    if (hello.value(u"simulated").toBool())
        o.insert(u"simulated"_s, true);
    if (probe.nvml) {
        if (!probe.nvml->driverVersion.isEmpty())
            o.insert(u"driverVersion"_s, probe.nvml->driverVersion);
        o.insert(u"gpus"_s, int(probe.nvml->gpus.size()));
    }
    return o;
}
} // namespace

QString AgentProbe::pinKey(Pin pin)
{
    switch (pin) {
    case Pin::Unknown:
        return QStringLiteral("unknown");
    case Pin::Pinned:
        return QStringLiteral("pinned");
    case Pin::PinnedNow:
        return QStringLiteral("pinnedNow");
    }
    return {};
}

Status AgentProbe::setFacts(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    Result<SysfsFacts> s = SysfsFactsJson::fromJson(o.value(u"sysfs").toObject());
    if (!s) {
        factsError = s.error();
        return factsError;
    }
    sysfs = s.value();
    if (o.value(u"nvml").isObject()) {
        Result<NvmlFacts> n = NvmlFacts::fromJson(o.value(u"nvml").toObject());
        if (!n) {
            factsError = n.error();
            return factsError;
        }
        nvml = n.value();
    }
    return Done{};
}

QJsonObject AgentProbe::toJson() const
{
    QJsonObject agent{{u"address"_s, hostPort}, {u"fingerprint"_s, fingerprint}, {u"pin"_s, pinKey(pin)}};
    if (pinnedAt.isValid())
        agent.insert(u"pinnedAt"_s, pinnedAt.toUTC().toString(Qt::ISODate));
    if (!name.isEmpty())
        agent.insert(u"name"_s, name);
    for (const char *key : {"hostname", "agentVersion", "protocol", "role", "simulated"})
        if (hello.contains(QLatin1String(key)))
            agent.insert(QLatin1String(key), hello.value(QLatin1String(key)));
    QJsonObject root{{u"formatVersion"_s, 1},
                     {u"agent"_s, agent},
                     {u"console"_s, QJsonObject{{u"fingerprint"_s, consoleFingerprint}}}};
    if (!factsError.isNull())
        root.insert(u"factsError"_s, QJsonObject{{u"message"_s, factsError.summary},
                                                 {u"detail"_s, factsError.detail},
                                                 {u"code"_s, factsError.code}});
    if (!sysfs)
        return root;

    QJsonArray gpus;
    for (const SysfsFunction &f : sysfs->functions) {
        if (!f.isGpu())
            continue;
        const Offer offer = offerOf(*sysfs, f);
        QJsonObject g{
            {u"address"_s, f.address.toString()},
            {u"vendorId"_s, hex4(f.vendorId)},
            {u"productId"_s, hex4(f.productId)},
            {u"driver"_s, f.driver.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.driver)},
            {u"bootVga"_s, f.bootVga},
            {u"iommuGroup"_s, f.iommuGroup < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(f.iommuGroup)},
            {u"iommuGroupSize"_s, int(f.iommuGroupMembers.size())},
            {u"mdevTypes"_s, int(offer.mdevTypes.size())},
            {u"vgpuTypes"_s, int(offer.vgpuTypes.size())},
            {u"sriovNumVfs"_s, f.sriovNumVfs},
            {u"sriovTotalVfs"_s, f.sriovTotalVfs}};
        gpus.append(g);
    }
    const PlatformFacts &p = sysfs->platform;
    const QJsonObject platform{{u"iommuActive"_s, p.iommuActive()},
                               {u"iommuOnCmdline"_s, p.iommuOnCmdline},
                               {u"iommuPassthrough"_s, p.iommuPassthrough},
                               {u"iommuGroups"_s, p.iommuGroupCount},
                               {u"cpuVirtualization"_s, p.vmx || p.svm},
                               {u"vfioModules"_s, QJsonArray::fromStringList(loadedVfioModules(p))},
                               {u"vfioReady"_s, loadedVfioModules(p).size() == kVfioModules.size()},
                               {u"kernelRelease"_s, p.kernelRelease},
                               {u"nvidiaDriverVersion"_s, driverVersion(*this)},
                               {u"vgpuManager"_s, p.vgpuManager}};
    root.insert(u"gpus"_s, gpus);
    root.insert(u"mdevs"_s, int(sysfs->mdevs.size()));
    root.insert(u"platform"_s, platform);
    root.insert(u"nvml"_s, nvmlJson(*this));
    return root;
}

QString AgentProbe::toTable() const
{
    QString out;
    QTextStream ts(&out);
    const int w = 13;
    auto row = [&](const QString &label, const QString &value) {
        ts << TextColumns::padded(label, w) << value << '\n';
    };
    row(tr("Agent"), name.isEmpty() ? hostPort : tr("%1 at %2").arg(name, hostPort));
    if (!hello.isEmpty())
        row(tr("Version"), tr("%1, protocol %2, our role: %3")
                               .arg(hello.value(u"agentVersion").toString())
                               .arg(hello.value(u"protocol").toInt())
                               .arg(hello.value(u"role").toString()));
    row(tr("Fingerprint"), fingerprint);
    switch (pin) {
    case Pin::Unknown:
        row(tr("Trust"), tr("not pinned: first contact"));
        break;
    case Pin::Pinned:
        row(tr("Trust"), pinnedAt.isValid() ? tr("pinned on %1").arg(pinnedAt.toUTC().toString(Qt::ISODate))
                                            : tr("pinned"));
        break;
    case Pin::PinnedNow:
        row(tr("Trust"), tr("pinned now (accepted with --accept)"));
        break;
    }
    if (!factsError.isNull())
        row(tr("Facts"), factsError.toString());
    if (!sysfs)
        return out;

    const PlatformFacts &p = sysfs->platform;
    QString iommu =
        p.iommuActive() ? tr("on, %n group(s)", "@info IOMMU", p.iommuGroupCount) : tr("off", "@info IOMMU");
    if (p.iommuActive() && p.iommuPassthrough)
        iommu += tr(", passthrough mode (iommu=pt)");
    row(tr("IOMMU"), iommu);
    const QStringList vfio = loadedVfioModules(p);
    QStringList missing;
    for (const QString &m : kVfioModules)
        if (!vfio.contains(m))
            missing.append(m);
    row(tr("vfio"), missing.isEmpty() ? tr("loaded: %1").arg(vfio.join(QStringLiteral(", ")))
                                      : tr("not loaded: %1").arg(missing.join(QStringLiteral(", "))));
    const QJsonObject nvmlInfo = nvmlJson(*this);
    row(tr("NVML"),
        nvmlInfo.value(u"available").toBool()
            ? (nvmlInfo.value(u"simulated").toBool() ? tr("available (simulated)") : tr("available"))
            : tr("not available: %1").arg(nvmlInfo.value(u"reason").toString()));
    const QString driver = driverVersion(*this);
    row(tr("Driver"), driver.isEmpty() ? tr("no NVIDIA driver") : tr("NVIDIA %1").arg(driver));
    int gpuCount = 0;
    for (const SysfsFunction &f : sysfs->functions)
        gpuCount += f.isGpu() ? 1 : 0;
    row(tr("GPUs"), QString::number(gpuCount));
    for (const SysfsFunction &f : sysfs->functions) {
        if (!f.isGpu())
            continue;
        const Offer offer = offerOf(*sysfs, f);
        QStringList parts{f.address.toString(), hex4(f.vendorId) + u':' + hex4(f.productId),
                          TextColumns::padded(f.driver.isEmpty() ? tr("no driver") : f.driver, 9),
                          f.iommuGroup < 0 ? tr("no IOMMU group") : tr("group %1").arg(f.iommuGroup)};
        if (f.bootVga)
            parts << tr("boot VGA");
        if (!offer.mdevTypes.isEmpty())
            parts << tr("%n mdev type(s)", "", int(offer.mdevTypes.size()));
        if (!offer.vgpuTypes.isEmpty())
            parts << tr("%n vGPU type(s)", "", int(offer.vgpuTypes.size()));
        if (f.sriovTotalVfs > 0)
            parts << tr("%1/%2 VFs").arg(f.sriovNumVfs).arg(f.sriovTotalVfs);
        ts << "  " << parts.join(QStringLiteral("  ")) << '\n';
    }
    return out;
}
