// Loads NVML with dlopen, resolves what the driver offers, and turns every call into a fact or a recorded
// failure.
#include "nvmlapi.h"
#include "nvmlabi_p.h"

#include <dlfcn.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <set>

namespace nvml {

using namespace abi;

namespace {
template <typename F> using Fn = F *;

// Every symbol this file may call. Each may be missing in an older driver: the fact it gives is then unknown.
#define NVML_SYMBOLS(X)                                                                                      \
    X(nvmlInit_v2, Return())                                                                                 \
    X(nvmlInit, Return())                                                                                    \
    X(nvmlShutdown, Return())                                                                                \
    X(nvmlErrorString, const char *(Return))                                                                 \
    X(nvmlSystemGetDriverVersion, Return(char *, unsigned))                                                  \
    X(nvmlSystemGetNVMLVersion, Return(char *, unsigned))                                                    \
    X(nvmlSystemGetCudaDriverVersion_v2, Return(int *))                                                      \
    X(nvmlDeviceGetCount_v2, Return(unsigned *))                                                             \
    X(nvmlDeviceGetCount, Return(unsigned *))                                                                \
    X(nvmlDeviceGetHandleByIndex_v2, Return(unsigned, Device *))                                             \
    X(nvmlDeviceGetHandleByIndex, Return(unsigned, Device *))                                                \
    X(nvmlDeviceGetName, Return(Device, char *, unsigned))                                                   \
    X(nvmlDeviceGetUUID, Return(Device, char *, unsigned))                                                   \
    X(nvmlDeviceGetPciInfo_v3, Return(Device, PciInfo *))                                                    \
    X(nvmlDeviceGetPciInfo_v2, Return(Device, PciInfo *))                                                    \
    X(nvmlDeviceGetMemoryInfo_v2, Return(Device, MemoryV2 *))                                                \
    X(nvmlDeviceGetMemoryInfo, Return(Device, Memory *))                                                     \
    X(nvmlDeviceGetUtilizationRates, Return(Device, Utilization *))                                          \
    X(nvmlDeviceGetEncoderUtilization, Return(Device, unsigned *, unsigned *))                               \
    X(nvmlDeviceGetTemperature, Return(Device, unsigned, unsigned *))                                        \
    X(nvmlDeviceGetPowerUsage, Return(Device, unsigned *))                                                   \
    X(nvmlDeviceGetEnforcedPowerLimit, Return(Device, unsigned *))                                           \
    X(nvmlDeviceGetPowerManagementLimit, Return(Device, unsigned *))                                         \
    X(nvmlDeviceGetVirtualizationMode, Return(Device, int *))                                                \
    X(nvmlDeviceGetHostVgpuMode, Return(Device, int *))                                                      \
    X(nvmlDeviceGetMigMode, Return(Device, unsigned *, unsigned *))                                          \
    X(nvmlDeviceGetGpuInstanceProfileInfoV, Return(Device, unsigned, GpuInstanceProfileInfoV2 *))            \
    X(nvmlDeviceGetGpuInstanceProfileInfo, Return(Device, unsigned, GpuInstanceProfileInfo *))               \
    X(nvmlDeviceGetGpuInstances, Return(Device, unsigned, GpuInstanceHandle *, unsigned *))                  \
    X(nvmlGpuInstanceGetInfo, Return(GpuInstanceHandle, GpuInstanceInfo *))                                  \
    X(nvmlDeviceCreateGpuInstanceWithPlacement,                                                              \
      Return(Device, unsigned, const GpuInstancePlacement *, GpuInstanceHandle *))                           \
    X(nvmlGpuInstanceDestroy, Return(GpuInstanceHandle))                                                     \
    X(nvmlDeviceGetActiveVgpus, Return(Device, unsigned *, VgpuId *))                                        \
    X(nvmlDeviceGetVgpuUtilization,                                                                          \
      Return(Device, unsigned long long, int *, unsigned *, VgpuInstanceUtilizationSample *))                \
    X(nvmlDeviceGetVgpuSchedulerState, Return(Device, VgpuSchedulerGetState *))                              \
    X(nvmlDeviceGetVgpuSchedulerLog, Return(Device, VgpuSchedulerLog *))                                     \
    X(nvmlVgpuInstanceGetType, Return(VgpuId, VgpuTypeId *))                                                 \
    X(nvmlVgpuTypeGetName, Return(VgpuTypeId, char *, unsigned *))                                           \
    X(nvmlVgpuTypeGetFramebufferSize, Return(VgpuTypeId, unsigned long long *))                              \
    X(nvmlVgpuInstanceGetVmID, Return(VgpuId, char *, unsigned, int *))                                      \
    X(nvmlVgpuInstanceGetUUID, Return(VgpuId, char *, unsigned))                                             \
    X(nvmlVgpuInstanceGetMdevUUID, Return(VgpuId, char *, unsigned))                                         \
    X(nvmlVgpuInstanceGetFbUsage, Return(VgpuId, unsigned long long *))                                      \
    X(nvmlVgpuInstanceGetLicenseInfo_v2, Return(VgpuId, VgpuLicenseInfo *))                                  \
    X(nvmlVgpuInstanceGetLicenseStatus, Return(VgpuId, unsigned *))                                          \
    X(nvmlVgpuInstanceGetPlacementId, Return(VgpuId, VgpuPlacementId *))                                     \
    X(nvmlVgpuInstanceGetGpuInstanceId, Return(VgpuId, unsigned *))

struct Symbols
{
#define NVML_DECLARE(name, ...) Fn<__VA_ARGS__> name = nullptr;
    NVML_SYMBOLS(NVML_DECLARE)
#undef NVML_DECLARE
};

// The GPU instance profile indexes NVML_GPU_INSTANCE_PROFILE_1_SLICE (0) … and a margin for newer drivers.
constexpr unsigned kMaxGpuInstanceProfileIndex = 16;
constexpr int kMaxSizeRetries = 3;

std::string fromBuffer(const char *buffer, std::size_t size)
{
    return std::string(buffer, strnlen(buffer, size));
}

unsigned sampleValue(const Value &v, int type)
{
    switch (type) {
    case Double:
        return v.dVal < 0 ? 0u : unsigned(std::lround(v.dVal));
    case UnsignedLong:
    case UnsignedLongLong:
        return unsigned(v.ullVal);
    case SignedLongLong:
        return v.sllVal < 0 ? 0u : unsigned(v.sllVal);
    case SignedInt:
        return v.siVal < 0 ? 0u : unsigned(v.siVal);
    case UnsignedShort:
        return v.usVal;
    default:
        return v.uiVal;
    }
}
} // namespace

struct Library::Impl
{
    void *handle = nullptr;
    bool initialized = false;
    Snapshot::Unavailable why = Snapshot::Unavailable::None;
    std::string reason;
    Symbols sym;
    std::vector<std::string> missing;

    template <typename F, typename... Args> int call(F *fn, Args... args) const
    {
        return fn ? int(fn(args...)) : ErrorFunctionNotFound;
    }
    std::string message(int rc, const char *symbol, bool present) const
    {
        if (!present)
            return std::string(symbol) + " is not in this driver's NVML";
        if (sym.nvmlErrorString)
            if (const char *text = sym.nvmlErrorString(rc); text && *text)
                return text;
        return "NVML error " + std::to_string(rc);
    }
    template <typename F>
    void fail(Failures &errors, std::initializer_list<const char *> keys, int rc, const char *symbol,
              F *fn) const
    {
        for (const char *key : keys)
            errors[key] = Failure{rc, message(rc, symbol, fn != nullptr)};
    }

    // The GPU whose normalised bus id is busId, or the failure that says why there is none.
    std::optional<Failure> findDevice(const std::string &busId, Device &out) const;
    // NVML's id of the GPU instance profile with the given NVML_GPU_INSTANCE_PROFILE_* index.
    std::optional<Failure> profileId(Device dev, unsigned profileIndex, unsigned &id,
                                     unsigned &instanceCount) const;
    void collectGpu(Device dev, Gpu &g, Scope scope) const;
    void collectMig(Device dev, Gpu &g) const;
    void collectVgpus(Device dev, Gpu &g, Scope scope) const;
    void collectVgpu(VgpuId id, nvml::VgpuInstance &v, Scope scope, bool mig) const;
    void collectVgpuUtilization(Device dev, Gpu &g) const;
    void collectScheduler(Device dev, Gpu &g) const;
};

#define NVML_CALL(name, ...) call(sym.name, __VA_ARGS__)
#define NVML_FAIL(errors, rc, name, ...) fail(errors, {__VA_ARGS__}, rc, #name, sym.name)

std::string normalizeBusId(const std::string &nvmlBusId)
{
    // DOMAIN:BB:DD.F, DOMAIN of 1 to 8 hex digits.
    const auto colon = nvmlBusId.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 8 || nvmlBusId.size() != colon + 8)
        return {};
    const std::string rest = nvmlBusId.substr(colon); // ":BB:DD.F"
    auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    if (rest[3] != ':' || rest[6] != '.' || !hex(rest[1]) || !hex(rest[2]) || !hex(rest[4]) ||
        !hex(rest[5]) || rest[7] < '0' || rest[7] > '7')
        return {};
    std::string domain = nvmlBusId.substr(0, colon);
    if (!std::all_of(domain.begin(), domain.end(), hex))
        return {};
    const auto first = domain.find_first_not_of('0');
    domain = first == std::string::npos ? std::string() : domain.substr(first);
    if (domain.size() < 4)
        domain.insert(0, 4 - domain.size(), '0');
    std::string out = domain + rest;
    for (char &c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string migProfileName(const std::string &nvmlName, unsigned slices, unsigned long long memoryMB)
{
    std::string name = nvmlName;
    if (name.rfind("MIG ", 0) == 0)
        name.erase(0, 4);
    if (!name.empty())
        return name;
    // Only drivers before R470 lack the name, and only A100/A30 ran MIG then. Their profiles are named after
    // the slice's nominal GB, of which 1-2 % is not usable: 3g.40gb has 40192 MiB, 7g.80gb 80896 MiB.
    const auto gb = static_cast<long long>(std::ceil(double(memoryMB) * 1.0125 / 1024.0));
    return std::to_string(slices) + "g." + std::to_string(gb) + "gb";
}

Library::Library(const std::string &path) : d(std::make_unique<Impl>())
{
    dlerror();
    d->handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!d->handle) {
        const char *err = dlerror();
        d->why = Snapshot::Unavailable::LibraryNotFound;
        d->reason = path + " not found: " + (err ? err : "unknown dlopen error");
        return;
    }
    // Predecessors and alternatives of newer entry points: their absence alone is not worth reporting.
    static const std::set<std::string> fallbacks = {"nvmlInit",
                                                    "nvmlDeviceGetCount",
                                                    "nvmlDeviceGetHandleByIndex",
                                                    "nvmlDeviceGetPciInfo_v2",
                                                    "nvmlDeviceGetPowerManagementLimit",
                                                    "nvmlDeviceGetGpuInstanceProfileInfo",
                                                    "nvmlVgpuInstanceGetLicenseStatus"};
#define NVML_RESOLVE(name, ...)                                                                              \
    d->sym.name = reinterpret_cast<Fn<__VA_ARGS__>>(dlsym(d->handle, #name));                                \
    if (!d->sym.name && !fallbacks.count(#name))                                                             \
        d->missing.push_back(#name);
    NVML_SYMBOLS(NVML_RESOLVE)
#undef NVML_RESOLVE

    // The versioned entry points came with R3xx drivers; the plain ones are their predecessors.
    if (!d->sym.nvmlInit_v2)
        d->sym.nvmlInit_v2 = d->sym.nvmlInit;
    if (!d->sym.nvmlDeviceGetCount_v2)
        d->sym.nvmlDeviceGetCount_v2 = d->sym.nvmlDeviceGetCount;
    if (!d->sym.nvmlDeviceGetHandleByIndex_v2)
        d->sym.nvmlDeviceGetHandleByIndex_v2 = d->sym.nvmlDeviceGetHandleByIndex;
    if (!d->sym.nvmlDeviceGetPciInfo_v3)
        d->sym.nvmlDeviceGetPciInfo_v3 = d->sym.nvmlDeviceGetPciInfo_v2;
    if (!d->sym.nvmlDeviceGetEnforcedPowerLimit)
        d->sym.nvmlDeviceGetEnforcedPowerLimit = d->sym.nvmlDeviceGetPowerManagementLimit;

    if (!d->sym.nvmlInit_v2 || !d->sym.nvmlShutdown || !d->sym.nvmlDeviceGetCount_v2 ||
        !d->sym.nvmlDeviceGetHandleByIndex_v2) {
        d->why = Snapshot::Unavailable::SymbolMissing;
        d->reason =
            path + " is not a usable NVML: nvmlInit, nvmlShutdown or the device enumeration is missing";
        return;
    }
    const int rc = d->sym.nvmlInit_v2();
    if (rc != Success) {
        d->why = Snapshot::Unavailable::InitFailed;
        d->reason = "nvmlInit failed: " + d->message(rc, "nvmlInit_v2", true);
        return;
    }
    d->initialized = true;
}

Library::~Library()
{
    if (d->initialized)
        d->sym.nvmlShutdown();
    if (d->handle)
        dlclose(d->handle);
}

bool Library::available() const
{
    return d->initialized;
}

std::string Library::errorString(int code) const
{
    return d->message(code, "nvmlErrorString", true);
}

std::vector<std::string> Library::missingSymbols() const
{
    return d->missing;
}

Snapshot Library::collect(Scope scope) const
{
    Snapshot s;
    if (!d->initialized) {
        s.why = d->why;
        s.unavailableReason = d->reason;
        return s;
    }
    s.available = true;
    const Impl &m = *d;
    const Symbols &sym = m.sym;
    if (scope == Scope::Full) {
        char buffer[SystemDriverVersionBufferSize] = {};
        if (int rc = m.NVML_CALL(nvmlSystemGetDriverVersion, buffer, unsigned(sizeof buffer)); rc == Success)
            s.driverVersion = fromBuffer(buffer, sizeof buffer);
        else
            m.NVML_FAIL(s.errors, rc, nvmlSystemGetDriverVersion, "driverVersion");
        char nvmlBuffer[SystemNvmlVersionBufferSize] = {};
        if (int rc = m.NVML_CALL(nvmlSystemGetNVMLVersion, nvmlBuffer, unsigned(sizeof nvmlBuffer));
            rc == Success)
            s.nvmlVersion = fromBuffer(nvmlBuffer, sizeof nvmlBuffer);
        else
            m.NVML_FAIL(s.errors, rc, nvmlSystemGetNVMLVersion, "nvmlVersion");
        int cuda = 0;
        if (int rc = m.NVML_CALL(nvmlSystemGetCudaDriverVersion_v2, &cuda); rc == Success)
            s.cudaDriverVersion = cuda;
        else
            m.NVML_FAIL(s.errors, rc, nvmlSystemGetCudaDriverVersion_v2, "cudaDriverVersion");
    }
    unsigned count = 0;
    if (int rc = m.NVML_CALL(nvmlDeviceGetCount_v2, &count); rc != Success) {
        m.NVML_FAIL(s.errors, rc, nvmlDeviceGetCount_v2, "gpus");
        return s;
    }
    for (unsigned i = 0; i < count; ++i) {
        Gpu g;
        g.index = i;
        Device dev = nullptr;
        if (int rc = m.NVML_CALL(nvmlDeviceGetHandleByIndex_v2, i, &dev); rc != Success)
            m.NVML_FAIL(g.errors, rc, nvmlDeviceGetHandleByIndex_v2, "handle");
        else
            m.collectGpu(dev, g, scope);
        s.gpus.push_back(std::move(g));
    }
    return s;
}

void Library::Impl::collectGpu(Device dev, Gpu &g, Scope scope) const
{
    Failures &e = g.errors;
    if (scope == Scope::Full) {
        char name[DeviceNameBufferSize] = {};
        if (int rc = NVML_CALL(nvmlDeviceGetName, dev, name, unsigned(sizeof name)); rc == Success)
            g.name = fromBuffer(name, sizeof name);
        else
            NVML_FAIL(e, rc, nvmlDeviceGetName, "name");
        char uuid[DeviceUuidBufferSize] = {};
        if (int rc = NVML_CALL(nvmlDeviceGetUUID, dev, uuid, unsigned(sizeof uuid)); rc == Success)
            g.uuid = fromBuffer(uuid, sizeof uuid);
        else
            NVML_FAIL(e, rc, nvmlDeviceGetUUID, "uuid");
    }
    PciInfo pci = {};
    if (int rc = NVML_CALL(nvmlDeviceGetPciInfo_v3, dev, &pci); rc != Success) {
        NVML_FAIL(e, rc, nvmlDeviceGetPciInfo_v3, "busId");
    } else if (std::string bus = normalizeBusId(fromBuffer(pci.busId, sizeof pci.busId)); !bus.empty()) {
        g.busId = bus;
    } else {
        e["busId"] =
            Failure{ErrorUnknown, "unreadable bus id \"" + fromBuffer(pci.busId, sizeof pci.busId) + "\""};
    }
    MemoryV2 mem2 = {};
    mem2.version = kMemoryV2Version;
    Memory mem = {};
    if (NVML_CALL(nvmlDeviceGetMemoryInfo_v2, dev, &mem2) == Success) {
        g.memoryTotalBytes = mem2.total;
        g.memoryUsedBytes = mem2.used;
    } else if (int rc = NVML_CALL(nvmlDeviceGetMemoryInfo, dev, &mem); rc == Success) {
        g.memoryTotalBytes = mem.total;
        g.memoryUsedBytes = mem.used;
    } else {
        NVML_FAIL(e, rc, nvmlDeviceGetMemoryInfo, "memoryTotalMiB", "memoryUsedMiB");
    }
    Utilization util = {};
    if (int rc = NVML_CALL(nvmlDeviceGetUtilizationRates, dev, &util); rc == Success) {
        g.gpuUtil = util.gpu;
        g.memUtil = util.memory;
    } else {
        NVML_FAIL(e, rc, nvmlDeviceGetUtilizationRates, "gpuUtil", "memUtil");
    }
    unsigned value = 0, period = 0;
    if (int rc = NVML_CALL(nvmlDeviceGetEncoderUtilization, dev, &value, &period); rc == Success)
        g.encoderUtil = value;
    else
        NVML_FAIL(e, rc, nvmlDeviceGetEncoderUtilization, "encoderUtil");
    if (int rc = NVML_CALL(nvmlDeviceGetTemperature, dev, TemperatureGpu, &value); rc == Success)
        g.temperatureC = value;
    else
        NVML_FAIL(e, rc, nvmlDeviceGetTemperature, "temperatureC");
    if (int rc = NVML_CALL(nvmlDeviceGetPowerUsage, dev, &value); rc == Success)
        g.powerMilliwatts = value;
    else
        NVML_FAIL(e, rc, nvmlDeviceGetPowerUsage, "powerW");
    if (int rc = NVML_CALL(nvmlDeviceGetEnforcedPowerLimit, dev, &value); rc == Success)
        g.powerLimitMilliwatts = value;
    else
        NVML_FAIL(e, rc, nvmlDeviceGetEnforcedPowerLimit, "powerLimitW");
    int mode = 0;
    if (int rc = NVML_CALL(nvmlDeviceGetVirtualizationMode, dev, &mode); rc == Success)
        g.virtualizationMode = mode;
    else
        NVML_FAIL(e, rc, nvmlDeviceGetVirtualizationMode, "virtualizationMode");

    if (scope == Scope::Full) {
        unsigned current = 0, pending = 0;
        if (int rc = NVML_CALL(nvmlDeviceGetMigMode, dev, &current, &pending); rc == Success) {
            g.migCurrent = current;
            g.migPending = pending;
        } else {
            NVML_FAIL(e, rc, nvmlDeviceGetMigMode, "migEnabled", "migPendingEnabled");
        }
        if (g.migCurrent == 1u)
            collectMig(dev, g);
    }
    // Only a vGPU host has vGPUs and a vGPU scheduler; elsewhere asking just yields NOT_SUPPORTED noise.
    // When the mode itself is unknown, ask anyway and let the answers speak.
    const bool vgpuHost = !g.virtualizationMode || *g.virtualizationMode == 3 || *g.virtualizationMode == 4;
    if (!vgpuHost)
        return;
    if (scope == Scope::Full) {
        if (int rc = NVML_CALL(nvmlDeviceGetHostVgpuMode, dev, &mode); rc == Success)
            g.hostVgpuMode = mode;
        else
            NVML_FAIL(e, rc, nvmlDeviceGetHostVgpuMode, "hostVgpuMode");
    }
    collectVgpus(dev, g, scope);
    if (scope == Scope::Full)
        collectScheduler(dev, g);
}

std::optional<Failure> Library::Impl::findDevice(const std::string &busId, Device &out) const
{
    unsigned count = 0;
    if (int rc = NVML_CALL(nvmlDeviceGetCount_v2, &count); rc != Success)
        return Failure{rc, message(rc, "nvmlDeviceGetCount_v2", true)};
    for (unsigned i = 0; i < count; ++i) {
        Device dev = nullptr;
        PciInfo pci = {};
        if (NVML_CALL(nvmlDeviceGetHandleByIndex_v2, i, &dev) != Success ||
            NVML_CALL(nvmlDeviceGetPciInfo_v3, dev, &pci) != Success)
            continue;
        if (normalizeBusId(fromBuffer(pci.busId, sizeof pci.busId)) == busId) {
            out = dev;
            return std::nullopt;
        }
    }
    return Failure{ErrorNotFound, "no NVIDIA GPU at " + busId + " in NVML's device list"};
}

std::optional<Failure> Library::Impl::profileId(Device dev, unsigned profileIndex, unsigned &id,
                                                unsigned &instanceCount) const
{
    GpuInstanceProfileInfoV2 info = {};
    info.version = GpuInstanceProfileInfoV2Version;
    int rc = NVML_CALL(nvmlDeviceGetGpuInstanceProfileInfoV, dev, profileIndex, &info);
    if (rc == ErrorFunctionNotFound || rc == ErrorArgumentVersionMismatch) {
        GpuInstanceProfileInfo v1 = {};
        rc = NVML_CALL(nvmlDeviceGetGpuInstanceProfileInfo, dev, profileIndex, &v1);
        info.id = v1.id;
        info.instanceCount = v1.instanceCount;
    }
    if (rc != Success)
        return Failure{rc, message(rc, "nvmlDeviceGetGpuInstanceProfileInfo", true)};
    id = info.id;
    instanceCount = info.instanceCount;
    return std::nullopt;
}

MigChange Library::createGpuInstance(const std::string &busId, unsigned profileIndex, unsigned start,
                                     unsigned size) const
{
    MigChange out;
    const Impl &m = *d;
    if (!m.initialized)
        return {Failure{ErrorUninitialized, m.reason}};
    Device dev = nullptr;
    unsigned id = 0, most = 0;
    if ((out.failure = m.findDevice(busId, dev)) || (out.failure = m.profileId(dev, profileIndex, id, most)))
        return out;
    const GpuInstancePlacement placement{start, size};
    GpuInstanceHandle handle = nullptr;
    if (int rc = m.call(m.sym.nvmlDeviceCreateGpuInstanceWithPlacement, dev, id, &placement, &handle);
        rc != Success)
        return {Failure{rc, m.message(rc, "nvmlDeviceCreateGpuInstanceWithPlacement",
                                      m.sym.nvmlDeviceCreateGpuInstanceWithPlacement != nullptr)}};
    GpuInstanceInfo info = {};
    if (m.call(m.sym.nvmlGpuInstanceGetInfo, handle, &info) == Success)
        out.instanceId = info.id;
    return out;
}

MigChange Library::destroyGpuInstance(const std::string &busId, unsigned profileIndex, unsigned start) const
{
    MigChange out;
    const Impl &m = *d;
    if (!m.initialized)
        return {Failure{ErrorUninitialized, m.reason}};
    Device dev = nullptr;
    unsigned id = 0, most = 0;
    if ((out.failure = m.findDevice(busId, dev)) || (out.failure = m.profileId(dev, profileIndex, id, most)))
        return out;
    std::vector<GpuInstanceHandle> handles(std::max(most, 1u));
    unsigned count = 0;
    if (int rc = m.call(m.sym.nvmlDeviceGetGpuInstances, dev, id, handles.data(), &count); rc != Success)
        return {Failure{
            rc, m.message(rc, "nvmlDeviceGetGpuInstances", m.sym.nvmlDeviceGetGpuInstances != nullptr)}};
    for (unsigned k = 0; k < std::min<unsigned>(count, unsigned(handles.size())); ++k) {
        GpuInstanceInfo info = {};
        if (m.call(m.sym.nvmlGpuInstanceGetInfo, handles[k], &info) != Success ||
            info.placement.start != start)
            continue;
        if (int rc = m.call(m.sym.nvmlGpuInstanceDestroy, handles[k]); rc != Success)
            return {Failure{
                rc, m.message(rc, "nvmlGpuInstanceDestroy", m.sym.nvmlGpuInstanceDestroy != nullptr)}};
        out.instanceId = info.id;
        return out;
    }
    return {Failure{ErrorNotFound, "no GPU instance of that profile starts at memory slice " +
                                       std::to_string(start) + " on " + busId}};
}

void Library::Impl::collectMig(Device dev, Gpu &g) const
{
    std::set<unsigned> seenProfiles;
    for (unsigned index = 0; index < kMaxGpuInstanceProfileIndex; ++index) {
        GpuInstanceProfileInfoV2 info = {};
        info.version = GpuInstanceProfileInfoV2Version;
        int rc = NVML_CALL(nvmlDeviceGetGpuInstanceProfileInfoV, dev, index, &info);
        const bool v1 = rc == ErrorFunctionNotFound || rc == ErrorArgumentVersionMismatch;
        if (v1) {
            // Pre-R470 drivers: the unversioned call, without the profile's name.
            GpuInstanceProfileInfo v1 = {};
            rc = NVML_CALL(nvmlDeviceGetGpuInstanceProfileInfo, dev, index, &v1);
            info = {};
            info.id = v1.id;
            info.sliceCount = v1.sliceCount;
            info.instanceCount = v1.instanceCount;
            info.memorySizeMB = v1.memorySizeMB;
        }
        // A profile index this GPU does not offer answers NOT_SUPPORTED or INVALID_ARGUMENT: not a failure.
        if (rc == ErrorNotSupported || rc == ErrorInvalidArgument)
            continue;
        if (rc != Success) {
            if (v1)
                NVML_FAIL(g.errors, rc, nvmlDeviceGetGpuInstanceProfileInfo, "gpuInstances");
            else
                NVML_FAIL(g.errors, rc, nvmlDeviceGetGpuInstanceProfileInfoV, "gpuInstances");
            continue;
        }
        if (info.instanceCount == 0 || !seenProfiles.insert(info.id).second)
            continue;
        std::vector<GpuInstanceHandle> handles(info.instanceCount);
        unsigned count = 0;
        rc = NVML_CALL(nvmlDeviceGetGpuInstances, dev, info.id, handles.data(), &count);
        if (rc != Success) {
            NVML_FAIL(g.errors, rc, nvmlDeviceGetGpuInstances, "gpuInstances");
            continue;
        }
        const std::string name =
            migProfileName(fromBuffer(info.name, sizeof info.name), info.sliceCount, info.memorySizeMB);
        for (unsigned k = 0; k < std::min<unsigned>(count, info.instanceCount); ++k) {
            GpuInstanceInfo gi = {};
            if (rc = NVML_CALL(nvmlGpuInstanceGetInfo, handles[k], &gi); rc != Success) {
                NVML_FAIL(g.errors, rc, nvmlGpuInstanceGetInfo, "gpuInstances");
                continue;
            }
            nvml::GpuInstance out;
            out.id = gi.id;
            out.profileId = gi.profileId;
            out.profileName = name;
            out.sliceCount = info.sliceCount;
            out.memorySizeMB = info.memorySizeMB;
            out.placementStart = gi.placement.start;
            out.placementSize = gi.placement.size;
            g.gpuInstances.push_back(out);
        }
    }
    std::sort(g.gpuInstances.begin(), g.gpuInstances.end(),
              [](const nvml::GpuInstance &a, const nvml::GpuInstance &b) {
                  return a.placementStart != b.placementStart ? a.placementStart < b.placementStart
                                                              : a.id < b.id;
              });
}

void Library::Impl::collectVgpus(Device dev, Gpu &g, Scope scope) const
{
    std::vector<VgpuId> ids;
    unsigned count = 0;
    int rc = NVML_CALL(nvmlDeviceGetActiveVgpus, dev, &count, static_cast<VgpuId *>(nullptr));
    // The list may grow between the size query and the fetch: ask again a few times.
    for (int attempt = 0; rc == ErrorInsufficientSize && attempt < kMaxSizeRetries; ++attempt) {
        ids.assign(count + 2, 0);
        count = unsigned(ids.size());
        rc = NVML_CALL(nvmlDeviceGetActiveVgpus, dev, &count, ids.data());
    }
    if (rc != Success) {
        NVML_FAIL(g.errors, rc, nvmlDeviceGetActiveVgpus, "vgpus");
        return;
    }
    ids.resize(std::min<std::size_t>(count, ids.size()));
    const bool mig = g.migCurrent == 1u;
    for (VgpuId id : ids) {
        nvml::VgpuInstance v;
        v.instance = id;
        collectVgpu(id, v, scope, mig);
        g.vgpus.push_back(std::move(v));
    }
    if (!g.vgpus.empty())
        collectVgpuUtilization(dev, g);
}

void Library::Impl::collectVgpu(VgpuId id, nvml::VgpuInstance &v, Scope scope, bool mig) const
{
    Failures &e = v.errors;
    char buffer[VgpuUuidBufferSize] = {};
    int idType = -1;
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetVmID, id, buffer, unsigned(sizeof buffer), &idType);
        rc == Success) {
        v.vmId = fromBuffer(buffer, sizeof buffer);
        v.vmIdType = idType;
    } else {
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetVmID, "vmId");
    }
    std::memset(buffer, 0, sizeof buffer);
    // Empty on hosts where the vGPU is not a mediated device (vendor-specific VFIO on newer kernels).
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetMdevUUID, id, buffer, unsigned(sizeof buffer)); rc == Success) {
        if (buffer[0])
            v.mdevUuid = fromBuffer(buffer, sizeof buffer);
    } else {
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetMdevUUID, "mdevUuid");
    }
    unsigned long long bytes = 0;
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetFbUsage, id, &bytes); rc == Success)
        v.fbUsedBytes = bytes;
    else
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetFbUsage, "fbUsedMiB");
    VgpuLicenseInfo lic = {};
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetLicenseInfo_v2, id, &lic); rc == Success) {
        License l;
        l.licensed = lic.isLicensed != 0;
        l.state = lic.currentState;
        l.expiryStatus = lic.licenseExpiry.status;
        l.year = lic.licenseExpiry.year;
        l.month = lic.licenseExpiry.month;
        l.day = lic.licenseExpiry.day;
        l.hour = lic.licenseExpiry.hour;
        l.minute = lic.licenseExpiry.min;
        l.second = lic.licenseExpiry.sec;
        v.license = l;
    } else if (unsigned licensed = 0; rc == ErrorFunctionNotFound &&
                                      NVML_CALL(nvmlVgpuInstanceGetLicenseStatus, id, &licensed) == Success) {
        License l; // pre-R510: only a yes or no
        l.licensed = licensed != 0;
        v.license = l;
    } else {
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetLicenseInfo_v2, "license");
    }
    if (scope != Scope::Full)
        return;

    VgpuTypeId type = 0;
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetType, id, &type); rc == Success) {
        v.typeId = type;
        char name[VgpuNameBufferSize] = {};
        unsigned size = sizeof name;
        if (rc = NVML_CALL(nvmlVgpuTypeGetName, type, name, &size); rc == Success)
            v.typeName = fromBuffer(name, sizeof name);
        else
            NVML_FAIL(e, rc, nvmlVgpuTypeGetName, "type");
        if (rc = NVML_CALL(nvmlVgpuTypeGetFramebufferSize, type, &bytes); rc == Success)
            v.typeFramebufferBytes = bytes;
        else
            NVML_FAIL(e, rc, nvmlVgpuTypeGetFramebufferSize, "framebufferMiB");
    } else {
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetType, "typeId", "type", "framebufferMiB");
    }
    std::memset(buffer, 0, sizeof buffer);
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetUUID, id, buffer, unsigned(sizeof buffer)); rc == Success)
        v.uuid = fromBuffer(buffer, sizeof buffer);
    else
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetUUID, "uuid");
    VgpuPlacementId placement = {};
    placement.version = VgpuPlacementIdVersion;
    if (int rc = NVML_CALL(nvmlVgpuInstanceGetPlacementId, id, &placement); rc == Success)
        v.placementId = placement.placementId;
    else
        NVML_FAIL(e, rc, nvmlVgpuInstanceGetPlacementId, "placementId");
    if (mig) {
        unsigned gi = 0;
        if (int rc = NVML_CALL(nvmlVgpuInstanceGetGpuInstanceId, id, &gi); rc == Success) {
            if (gi != InvalidGpuInstanceId)
                v.gpuInstanceId = gi;
        } else {
            NVML_FAIL(e, rc, nvmlVgpuInstanceGetGpuInstanceId, "gpuInstanceId");
        }
    }
}

void Library::Impl::collectVgpuUtilization(Device dev, Gpu &g) const
{
    int type = 0;
    unsigned count = 0;
    std::vector<VgpuInstanceUtilizationSample> samples;
    int rc = NVML_CALL(nvmlDeviceGetVgpuUtilization, dev, 0ULL, &type, &count,
                       static_cast<VgpuInstanceUtilizationSample *>(nullptr));
    for (int attempt = 0; rc == ErrorInsufficientSize && attempt < kMaxSizeRetries; ++attempt) {
        samples.assign(count + 2, VgpuInstanceUtilizationSample{});
        count = unsigned(samples.size());
        rc = NVML_CALL(nvmlDeviceGetVgpuUtilization, dev, 0ULL, &type, &count, samples.data());
    }
    if (rc != Success) {
        for (nvml::VgpuInstance &v : g.vgpus)
            NVML_FAIL(v.errors, rc, nvmlDeviceGetVgpuUtilization, "gpuUtil", "memUtil", "encoderUtil",
                      "decoderUtil");
        return;
    }
    samples.resize(std::min<std::size_t>(count, samples.size()));
    for (nvml::VgpuInstance &v : g.vgpus) {
        // Several samples of one vGPU may come back; the newest counts.
        const VgpuInstanceUtilizationSample *best = nullptr;
        for (const VgpuInstanceUtilizationSample &s : samples)
            if (s.vgpuInstance == v.instance && (!best || s.timeStamp > best->timeStamp))
                best = &s;
        if (!best) {
            for (const char *key : {"gpuUtil", "memUtil", "encoderUtil", "decoderUtil"})
                v.errors[key] = Failure{ErrorNotFound, "no utilization sample for this vGPU yet"};
            continue;
        }
        v.gpuUtil = sampleValue(best->smUtil, type);
        v.memUtil = sampleValue(best->memUtil, type);
        v.encoderUtil = sampleValue(best->encUtil, type);
        v.decoderUtil = sampleValue(best->decUtil, type);
    }
}

void Library::Impl::collectScheduler(Device dev, Gpu &g) const
{
    // ARR on (NVML_VGPU_SCHEDULER_ARR_ENABLE) uses the averaging-factor form of the parameters.
    auto read = [](unsigned policy, unsigned arr, const VgpuSchedulerParams &p) {
        Scheduler s;
        s.policy = policy;
        s.arrMode = arr;
        if (arr == 2) {
            s.averagingFactor = p.vgpuSchedDataWithARR.avgFactor;
            s.timesliceNs = p.vgpuSchedDataWithARR.timeslice;
        } else {
            s.timesliceNs = p.vgpuSchedData.timeslice;
        }
        return s;
    };
    VgpuSchedulerGetState state = {};
    if (int rc = NVML_CALL(nvmlDeviceGetVgpuSchedulerState, dev, &state); rc == Success)
        g.scheduler = read(state.schedulerPolicy, state.arrMode, state.schedulerParams);
    else
        NVML_FAIL(g.errors, rc, nvmlDeviceGetVgpuSchedulerState, "scheduler");

    auto log = std::make_unique<VgpuSchedulerLog>(); // 9.6 kB: not on the stack
    std::memset(log.get(), 0, sizeof *log);
    if (int rc = NVML_CALL(nvmlDeviceGetVgpuSchedulerLog, dev, log.get()); rc == Success) {
        SchedulerLog out;
        out.engineId = log->engineId;
        out.state = read(log->schedulerPolicy, log->arrMode, log->schedulerParams);
        const unsigned n = std::min(log->entriesCount, SchedulerMaxLogEntries);
        for (unsigned i = 0; i < n; ++i) {
            const VgpuSchedulerLogEntry &le = log->logEntries[i];
            out.entries.push_back({le.timestamp, le.timeRunTotal, le.timeRun, le.swRunlistId,
                                   le.targetTimeSlice, le.cumulativePreemptionTime});
        }
        g.schedulerLog = std::move(out);
    } else {
        NVML_FAIL(g.errors, rc, nvmlDeviceGetVgpuSchedulerLog, "schedulerLog");
    }
}

} // namespace nvml
