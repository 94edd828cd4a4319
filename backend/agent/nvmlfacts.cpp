// NVML's raw snapshot in Qt types: units, enum keys and translated reasons.
#include "nvmlfacts.h"
#include "nvmlapi.h"

#include <QCoreApplication>

namespace {
struct NvmlText
{
    Q_DECLARE_TR_FUNCTIONS(Nvml)
};

constexpr quint64 kMiB = 1024 * 1024;

NvmlErrors toErrors(const nvml::Failures &failures)
{
    NvmlErrors out;
    for (const auto &[key, f] : failures)
        out.insert(QString::fromStdString(key), NvmlError{f.code, QString::fromStdString(f.message)});
    return out;
}

QString text(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

template <typename T> std::optional<int> percent(const std::optional<T> &v)
{
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

std::optional<quint64> mib(const std::optional<unsigned long long> &bytes)
{
    return bytes ? std::optional<quint64>(*bytes / kMiB) : std::nullopt;
}

std::optional<double> watts(const std::optional<unsigned> &milliwatts)
{
    return milliwatts ? std::optional<double>(*milliwatts / 1000.0) : std::nullopt;
}

QString virtualizationKey(int mode)
{
    switch (mode) {
    case 0:
        return QStringLiteral("none");
    case 1:
        return QStringLiteral("passthrough");
    case 2:
        return QStringLiteral("vgpu");
    case 3:
        return QStringLiteral("hostVgpu");
    case 4:
        return QStringLiteral("hostVsga");
    default:
        return QStringLiteral("unknown");
    }
}

QString policyKey(unsigned policy)
{
    switch (policy) {
    case 1:
        return QStringLiteral("bestEffort");
    case 2:
        return QStringLiteral("equalShare");
    case 3:
        return QStringLiteral("fixedShare");
    default:
        return QStringLiteral("unknown");
    }
}

QString arrKey(unsigned mode)
{
    switch (mode) {
    case 0:
        return QStringLiteral("default");
    case 1:
        return QStringLiteral("disabled");
    case 2:
        return QStringLiteral("enabled");
    default:
        return QStringLiteral("unknown");
    }
}

QString expiryKey(unsigned status)
{
    switch (status) {
    case 1:
        return QStringLiteral("invalid");
    case 2:
        return QStringLiteral("valid");
    case 3:
        return QStringLiteral("notApplicable");
    case 4:
        return QStringLiteral("permanent");
    default:
        return QStringLiteral("notAvailable");
    }
}

NvmlLicense toLicense(const nvml::License &l)
{
    NvmlLicense out;
    if (l.state >= 1 && l.state <= 5)
        out.state = VgpuLicenseState(l.state);
    else // drivers before the licence state API only say yes or no
        out.state = l.licensed ? VgpuLicenseState::Licensed : VgpuLicenseState::Unlicensed;
    out.expiryStatus = expiryKey(l.expiryStatus);
    if (l.expiryStatus == 2) {
        const QDate date(int(l.year), int(l.month), int(l.day));
        const QTime time(int(l.hour), int(l.minute), int(l.second));
        if (date.isValid() && time.isValid())
            out.expiry = QDateTime(date, time, Qt::UTC);
    }
    return out;
}

NvmlScheduler toScheduler(const nvml::Scheduler &s)
{
    NvmlScheduler out;
    out.policy = policyKey(s.policy);
    out.arrMode = arrKey(s.arrMode);
    if (s.averagingFactor)
        out.averagingFactor = *s.averagingFactor;
    out.timesliceNs = s.timesliceNs;
    return out;
}

NvmlVgpu toVgpu(const nvml::VgpuInstance &v)
{
    NvmlVgpu out;
    out.instance = v.instance;
    if (v.typeId)
        out.typeId = *v.typeId;
    out.type = text(v.typeName);
    out.framebufferMiB = mib(v.typeFramebufferBytes);
    out.vmId = text(v.vmId);
    if (v.vmIdType == 0)
        out.vmIdType = QStringLiteral("domain");
    else if (v.vmIdType == 1)
        out.vmIdType = QStringLiteral("uuid");
    out.uuid = text(v.uuid);
    out.mdevUuid = text(v.mdevUuid).toLower();
    out.fbUsedMiB = mib(v.fbUsedBytes);
    if (v.license)
        out.license = toLicense(*v.license);
    if (v.placementId)
        out.placementId = *v.placementId;
    if (v.gpuInstanceId)
        out.gpuInstanceId = *v.gpuInstanceId;
    out.gpuUtil = percent(v.gpuUtil);
    out.memUtil = percent(v.memUtil);
    out.encoderUtil = percent(v.encoderUtil);
    out.decoderUtil = percent(v.decoderUtil);
    out.errors = toErrors(v.errors);
    return out;
}

NvmlGpu toGpu(const nvml::Gpu &g)
{
    NvmlGpu out;
    out.index = int(g.index);
    out.name = text(g.name);
    out.uuid = text(g.uuid);
    out.busId = text(g.busId);
    if (const auto a = PciAddress::parse(out.busId))
        out.address = *a;
    out.memoryTotalMiB = mib(g.memoryTotalBytes);
    out.memoryUsedMiB = mib(g.memoryUsedBytes);
    out.gpuUtil = percent(g.gpuUtil);
    out.memUtil = percent(g.memUtil);
    out.encoderUtil = percent(g.encoderUtil);
    out.temperatureC = percent(g.temperatureC);
    out.powerW = watts(g.powerMilliwatts);
    out.powerLimitW = watts(g.powerLimitMilliwatts);
    if (g.virtualizationMode)
        out.virtualizationMode = virtualizationKey(*g.virtualizationMode);
    if (g.hostVgpuMode)
        out.hostVgpuMode = *g.hostVgpuMode == 1 ? QStringLiteral("sriov") : QStringLiteral("nonSriov");
    if (g.migCurrent)
        out.migEnabled = *g.migCurrent == 1;
    if (g.migPending)
        out.migPendingEnabled = *g.migPending == 1;
    for (const nvml::GpuInstance &gi : g.gpuInstances)
        out.gpuInstances.append({gi.id, gi.profileId, QString::fromStdString(gi.profileName),
                                 int(gi.sliceCount), gi.memorySizeMB, int(gi.placementStart),
                                 int(gi.placementSize)});
    for (const nvml::VgpuInstance &v : g.vgpus)
        out.vgpus.append(toVgpu(v));
    if (g.scheduler)
        out.scheduler = toScheduler(*g.scheduler);
    if (g.schedulerLog) {
        out.schedulerLogState = toScheduler(g.schedulerLog->state);
        for (const nvml::SchedulerLogEntry &e : g.schedulerLog->entries)
            out.schedulerLog.append(
                {e.timestampNs, e.runTotalNs, e.runNs, e.runlistId, e.targetTimesliceNs, e.preemptionNs});
    }
    out.errors = toErrors(g.errors);
    return out;
}
} // namespace

QString licenseStateKey(VgpuLicenseState s)
{
    switch (s) {
    case VgpuLicenseState::Uninitialized:
        return QStringLiteral("uninitialized");
    case VgpuLicenseState::UnlicensedUnrestricted:
        return QStringLiteral("unlicensedUnrestricted");
    case VgpuLicenseState::UnlicensedRestricted:
        return QStringLiteral("unlicensedRestricted");
    case VgpuLicenseState::Unlicensed:
        return QStringLiteral("unlicensed");
    case VgpuLicenseState::Licensed:
        return QStringLiteral("licensed");
    case VgpuLicenseState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<VgpuLicenseState> licenseStateFromKey(QStringView key)
{
    for (int i = int(VgpuLicenseState::Unknown); i <= int(VgpuLicenseState::Licensed); ++i)
        if (licenseStateKey(VgpuLicenseState(i)) == key)
            return VgpuLicenseState(i);
    return std::nullopt;
}

const NvmlGpu *NvmlFacts::gpu(const PciAddress &address) const
{
    for (const NvmlGpu &g : gpus)
        if (g.address.isValid() && g.address == address)
            return &g;
    return nullptr;
}

NvmlFacts NvmlFacts::fromSnapshot(const nvml::Snapshot &s, const QDateTime &collectedAt)
{
    NvmlFacts f;
    f.collectedAt = collectedAt.toUTC();
    f.available = s.available;
    if (!s.available) {
        switch (s.why) {
        case nvml::Snapshot::Unavailable::LibraryNotFound:
            f.unavailableReason =
                NvmlText::tr("The NVIDIA management library (NVML) is not installed on this host");
            break;
        case nvml::Snapshot::Unavailable::SymbolMissing:
            f.unavailableReason = NvmlText::tr("The NVIDIA management library on this host is not usable");
            break;
        case nvml::Snapshot::Unavailable::InitFailed:
        case nvml::Snapshot::Unavailable::None:
            f.unavailableReason = NvmlText::tr("The NVIDIA management library could not start");
            break;
        }
        f.unavailableDetail = QString::fromStdString(s.unavailableReason);
        return f;
    }
    f.driverVersion = text(s.driverVersion);
    f.nvmlVersion = text(s.nvmlVersion);
    f.cudaDriverVersion = s.cudaDriverVersion;
    for (const nvml::Gpu &g : s.gpus)
        f.gpus.append(toGpu(g));
    f.errors = toErrors(s.errors);
    return f;
}
