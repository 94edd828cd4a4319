// What NVML says about a host, in Qt types: the agent sends it, the console shows it. Every fact is optional;
// an unknown fact usually comes with the reason in `errors`, keyed by the fact's JSON name.
#pragma once

#include "core/result.h"
#include "model/pciaddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace nvml {
struct Snapshot;
}

// NVML_GRID_LICENSE_STATE_* of a vGPU's guest.
enum class VgpuLicenseState {
    Unknown,
    Uninitialized,
    UnlicensedUnrestricted,
    UnlicensedRestricted,
    Unlicensed,
    Licensed
};
QString licenseStateKey(VgpuLicenseState s); // "licensed", "unlicensedRestricted" …
std::optional<VgpuLicenseState> licenseStateFromKey(QStringView key);
inline bool isLicensed(VgpuLicenseState s)
{
    return s == VgpuLicenseState::Licensed;
}

struct NvmlError
{
    int code = 0;    // the NVML return code (3: not supported, 13: function missing from this driver)
    QString message; // nvmlErrorString's text, untranslated
    bool notSupported() const { return code == 3 || code == 13; }
    friend bool operator==(const NvmlError &, const NvmlError &) = default;
};
using NvmlErrors = QMap<QString, NvmlError>;

struct NvmlGpuInstance
{
    uint id = 0;
    uint profileId = 0;
    QString profile; // "3g.40gb"
    int slices = 0;
    quint64 memoryMiB = 0;
    int placementStart = 0; // memory slices
    int placementSize = 0;
    friend bool operator==(const NvmlGpuInstance &, const NvmlGpuInstance &) = default;
};

struct NvmlLicense
{
    VgpuLicenseState state = VgpuLicenseState::Unknown;
    QString expiryStatus; // "valid", "permanent", "notAvailable", "invalid", "notApplicable"
    QDateTime expiry;     // UTC; valid only with expiryStatus "valid"
    friend bool operator==(const NvmlLicense &, const NvmlLicense &) = default;
};

struct NvmlVgpu
{
    uint instance = 0;
    std::optional<uint> typeId;
    QString type;                          // "NVIDIA L40S-4Q"
    std::optional<quint64> framebufferMiB; // the type's
    QString vmId;
    QString vmIdType; // "uuid" (KVM), "domain"
    QString uuid;
    QString mdevUuid; // lower case; empty when the vGPU is not a mediated device
    std::optional<quint64> fbUsedMiB;
    std::optional<NvmlLicense> license;
    std::optional<uint> placementId;
    std::optional<uint> gpuInstanceId;
    std::optional<int> gpuUtil, memUtil, encoderUtil, decoderUtil; // percent
    NvmlErrors errors;
    friend bool operator==(const NvmlVgpu &, const NvmlVgpu &) = default;
};

struct NvmlScheduler
{
    QString policy;  // "bestEffort", "equalShare", "fixedShare", "unknown"
    QString arrMode; // adaptive round robin: "default", "disabled", "enabled"
    std::optional<uint> averagingFactor;
    quint64 timesliceNs = 0;
    friend bool operator==(const NvmlScheduler &, const NvmlScheduler &) = default;
};

struct NvmlSchedulerLogEntry
{
    quint64 timestampNs = 0;
    quint64 runTotalNs = 0;
    quint64 runNs = 0;
    uint runlistId = 0;
    quint64 targetTimesliceNs = 0;
    quint64 preemptionNs = 0;
    friend bool operator==(const NvmlSchedulerLogEntry &, const NvmlSchedulerLogEntry &) = default;
};

struct NvmlGpu
{
    int index = 0;
    QString name;
    QString uuid;
    PciAddress address; // invalid when NVML did not say, or said something PciAddress cannot hold
    QString busId;      // NVML's, normalised: "0000:41:00.0"
    std::optional<quint64> memoryTotalMiB, memoryUsedMiB;
    std::optional<int> gpuUtil, memUtil, encoderUtil; // percent
    std::optional<int> temperatureC;
    std::optional<double> powerW, powerLimitW;
    QString virtualizationMode; // "none", "passthrough", "vgpu", "hostVgpu", "hostVsga"; empty when unknown
    QString hostVgpuMode;       // "sriov", "nonSriov"; empty when unknown
    std::optional<bool> migEnabled, migPendingEnabled;
    QList<NvmlGpuInstance> gpuInstances;
    QList<NvmlVgpu> vgpus;
    std::optional<NvmlScheduler> scheduler;
    std::optional<NvmlScheduler> schedulerLogState;
    QList<NvmlSchedulerLogEntry> schedulerLog;
    NvmlErrors errors;

    bool isVgpuHost() const { return virtualizationMode == u"hostVgpu"; }
    friend bool operator==(const NvmlGpu &, const NvmlGpu &) = default;
};

struct NvmlFacts
{
    bool available = false;
    QString unavailableReason; // translated, one line: what the console shows
    QString unavailableDetail; // raw: the dlerror text or the NVML error
    bool simulated = false;    // the demo's invented facts
    QDateTime collectedAt;     // UTC
    QString driverVersion;
    QString nvmlVersion;
    std::optional<int> cudaDriverVersion; // 12040 for CUDA 12.4
    QList<NvmlGpu> gpus;
    NvmlErrors errors;

    const NvmlGpu *gpu(const PciAddress &address) const;
    QJsonObject toJson() const;
    static Result<NvmlFacts> fromJson(const QJsonObject &json);
    // Unit conversions: bytes to MiB, milliwatts to watts, NVML enums to the keys above.
    static NvmlFacts fromSnapshot(const nvml::Snapshot &snapshot, const QDateTime &collectedAt);

    friend bool operator==(const NvmlFacts &, const NvmlFacts &) = default;
};
