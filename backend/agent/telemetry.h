// The moving numbers of a host's GPUs, sent once a second to every console: compact JSON, unknown values left
// out. TelemetrySimulator invents them, plausibly and reproducibly, for the demo.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"
#include "nvmlfacts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct VgpuSample
{
    QString mdevUuid; // lower case; the key to the inventory's mediated device
    QString vmName;   // empty when the source only knows the VM's UUID
    QString vmUuid;
    std::optional<int> gpuUtil, encoderUtil; // percent
    std::optional<quint64> fbUsedMiB;
    VgpuLicenseState license = VgpuLicenseState::Unknown;
    QDateTime licenseExpiry; // UTC; invalid when none or unknown
    friend bool operator==(const VgpuSample &, const VgpuSample &) = default;
};

struct GpuSample
{
    PciAddress address;
    std::optional<int> gpuUtil, memUtil, encoderUtil; // percent
    std::optional<quint64> fbUsedMiB, fbTotalMiB;
    std::optional<int> temperatureC;
    std::optional<double> powerW, powerLimitW; // rounded to 0.1 W
    QList<VgpuSample> vgpus;
    friend bool operator==(const GpuSample &, const GpuSample &) = default;
};

struct TelemetrySample
{
    QDateTime time; // UTC, millisecond precision
    bool simulated = false;
    QList<GpuSample> gpus;

    const GpuSample *gpu(const PciAddress &address) const;
    // Keys: t (ms since epoch), sim, g[]: a (PCI address), u, m, e (gpu/memory/encoder %), fb, ft (MiB),
    // tc (°C), p, pl (W), v[]: id (mdev uuid), vm, vu (VM uuid), u, e, fb, lic (licence state key), exp (ms).
    QJsonObject toJson() const;
    static Result<TelemetrySample> fromJson(const QJsonObject &json);
    // The telemetry part of NVML facts (what NvmlProbe::sample() collects). VM names stay empty.
    static TelemetrySample fromFacts(const NvmlFacts &facts);

    friend bool operator==(const TelemetrySample &, const TelemetrySample &) = default;
};

// Plausible, clearly simulated figures for a host snapshot, a pure function of (seed, snapshot, time): the
// same inputs give the same sample, and samples a second apart differ by little. Idle GPUs sit near 0 %,
// vGPUs of running VMs (VDI guests) move between 5 and 60 % with bursts; framebuffer stays below each vGPU's
// size and the GPU's total; temperature (35-80 °C) and power follow the load with a lag; most guests are
// licensed, a few expire soon, and on a host with two or more running vGPUs exactly one is unlicensed.
class TelemetrySimulator
{
public:
    explicit TelemetrySimulator(quint64 seed = 1) : m_seed(seed) {}

    TelemetrySample sample(const HostSnapshot &host, const QDateTime &time) const;
    // NVIDIA GPUs the host driver sees (not those bound to vfio-pci), with versions marked simulated.
    NvmlFacts facts(const HostSnapshot &host, const QDateTime &time) const;

private:
    quint64 m_seed;
};
