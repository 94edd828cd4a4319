// NVML loaded at run time with dlopen: a raw, Qt-free collector of driver facts and telemetry.
// Plain C++20 on purpose, so that tests/manual/nvmldump.cpp builds from this file alone on a GPU host.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace nvml {

inline constexpr const char *DefaultLibrary = "libnvidia-ml.so.1";

// NVML return codes this code reacts to (nvmlReturn_t values from nvml.h).
enum ReturnCode : int {
    Success = 0,
    ErrorUninitialized = 1,
    ErrorInvalidArgument = 2,
    ErrorNotSupported = 3,
    ErrorNoPermission = 4,
    ErrorNotFound = 6,
    ErrorInsufficientSize = 7,
    ErrorDriverNotLoaded = 9,
    ErrorFunctionNotFound = 13, // also used when the symbol is missing from the loaded library
    ErrorGpuIsLost = 15,
    ErrorArgumentVersionMismatch = 25,
    ErrorUnknown = 999,
};

// Why one fact is unknown: the NVML code and nvmlErrorString's text (or our own for a missing symbol).
struct Failure
{
    int code = 0;
    std::string message;
};
// Keyed by the fact's name as NvmlFacts' JSON spells it ("temperatureC", "vgpus" …).
using Failures = std::map<std::string, Failure>;

struct GpuInstance
{
    unsigned id = 0;
    unsigned profileId = 0;
    std::string profileName; // "3g.40gb"
    unsigned sliceCount = 0;
    unsigned long long memorySizeMB = 0;
    unsigned placementStart = 0; // first memory slice
    unsigned placementSize = 0;  // memory slices
};

struct License
{
    bool licensed = false;
    unsigned state = 0;        // NVML_GRID_LICENSE_STATE_*: 0 unknown … 5 licensed
    unsigned expiryStatus = 0; // NVML_GRID_LICENSE_EXPIRY_*: 0 n/a, 1 invalid, 2 valid, 3 n/a, 4 permanent
    unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0; // UTC
};

struct VgpuInstance
{
    unsigned instance = 0; // NVML's vGPU instance handle
    std::optional<unsigned> typeId;
    std::optional<std::string> typeName; // "NVIDIA L40S-4Q"
    std::optional<unsigned long long> typeFramebufferBytes;
    std::optional<std::string> vmId;
    int vmIdType = -1; // 0 domain id, 1 UUID (KVM); -1 unknown
    std::optional<std::string> uuid;
    std::optional<std::string> mdevUuid;
    std::optional<unsigned long long> fbUsedBytes;
    std::optional<License> license;
    std::optional<unsigned> placementId;
    std::optional<unsigned> gpuInstanceId; // MIG-backed vGPUs only
    // From nvmlDeviceGetVgpuUtilization, matched by instance.
    std::optional<unsigned> gpuUtil, memUtil, encoderUtil, decoderUtil;
    Failures errors;
};

struct SchedulerLogEntry
{
    unsigned long long timestampNs = 0;
    unsigned long long runTotalNs = 0;
    unsigned long long runNs = 0;
    unsigned runlistId = 0;
    unsigned long long targetTimesliceNs = 0;
    unsigned long long preemptionNs = 0;
};

struct Scheduler
{
    unsigned policy =
        0; // NVML_VGPU_SCHEDULER_POLICY_*: 0 unknown, 1 best effort, 2 equal share, 3 fixed share
    unsigned arrMode =
        0; // NVML_VGPU_SCHEDULER_ARR_*: 0 default, 1 disabled, 2 enabled (adaptive round robin)
    std::optional<unsigned> averagingFactor; // with adaptive round robin only
    unsigned timesliceNs = 0;
};

struct SchedulerLog
{
    unsigned engineId = 0;
    Scheduler state;
    std::vector<SchedulerLogEntry> entries;
};

struct Gpu
{
    unsigned index = 0;
    std::optional<std::string> name;
    std::optional<std::string> uuid;
    std::optional<std::string> busId; // normalised: "0000:41:00.0"
    std::optional<unsigned long long> memoryTotalBytes, memoryUsedBytes;
    std::optional<unsigned> gpuUtil, memUtil, encoderUtil;
    std::optional<unsigned> temperatureC;
    std::optional<unsigned> powerMilliwatts, powerLimitMilliwatts;
    std::optional<int>
        virtualizationMode;          // NVML_GPU_VIRTUALIZATION_MODE_*: 0 none … 3 host vGPU, 4 host vSGA
    std::optional<int> hostVgpuMode; // 0 non-SR-IOV, 1 SR-IOV
    std::optional<unsigned> migCurrent, migPending; // 0 disabled, 1 enabled
    std::vector<GpuInstance> gpuInstances;          // filled when MIG is on
    std::vector<VgpuInstance> vgpus;                // filled on vGPU hosts
    std::optional<Scheduler> scheduler;
    std::optional<SchedulerLog> schedulerLog;
    Failures errors;
};

struct Snapshot
{
    bool available = false;
    enum class Unavailable { None, LibraryNotFound, SymbolMissing, InitFailed };
    Unavailable why = Unavailable::None;
    std::string unavailableReason; // "libnvidia-ml.so.1 not found: <dlerror>"
    std::optional<std::string> driverVersion, nvmlVersion;
    std::optional<int> cudaDriverVersion; // 12040 for CUDA 12.4
    std::vector<Gpu> gpus;
    Failures errors; // system-level facts, and "gpus" when the device count is unknown
};

enum class Scope {
    Full,      // everything above, once per inventory refresh
    Telemetry, // the moving numbers only: cheap enough for one call a second
};

// "00000000:1B:00.0" -> "0000:1b:00.0": at least four domain digits, lower case; empty when malformed.
std::string normalizeBusId(const std::string &nvmlBusId);
// "MIG 3g.40gb" -> "3g.40gb"; a name-less profile from its slices and memory: 3, 40192 -> "3g.40gb".
std::string migProfileName(const std::string &nvmlName, unsigned slices, unsigned long long memoryMB);

// What a MIG change did: the GPU instance's id, or why it failed.
struct MigChange
{
    std::optional<Failure> failure;
    unsigned instanceId = 0;
};

// One loaded NVML: dlopen and nvmlInit in the constructor, nvmlShutdown and dlclose in the destructor.
// Thread-safe for concurrent collect() calls as NVML itself is.
class Library
{
public:
    explicit Library(const std::string &path = DefaultLibrary);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    bool available() const;
    // A snapshot with available=false and the reason when the library is not usable.
    Snapshot collect(Scope scope = Scope::Full) const;
    std::string errorString(int code) const;
    // MIG GPU instances (needs root and MIG mode on). profileIndex is NVML_GPU_INSTANCE_PROFILE_* (0 for
    // one slice … 9 for 1g.20gb); start and size are in memory slices. The GPU is found by its bus id
    // ("0000:1b:00.0"); an instance is removed by its profile and start.
    MigChange createGpuInstance(const std::string &busId, unsigned profileIndex, unsigned start,
                                unsigned size) const;
    MigChange destroyGpuInstance(const std::string &busId, unsigned profileIndex, unsigned start) const;
    // Symbols this code can use that the loaded library lacks (older drivers), for diagnostics.
    std::vector<std::string> missingSymbols() const;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace nvml
