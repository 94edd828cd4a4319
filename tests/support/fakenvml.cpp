// A stand-in libnvidia-ml for tests, loaded with real dlopen: two GPUs with canned answers.
//   GPU 0: H100 80GB HBM3, bare metal, MIG on with a 3g.40gb (slices 0-3) and a 2g.20gb (slices 4-5).
//          Utilization answers NOT_SUPPORTED there, as a real GPU in MIG mode does.
//   GPU 1: L40S in vGPU host mode (SR-IOV) with two L40S-4Q vGPUs, one licensed, one not; no MIG.
// Environment, read on every call so that one process can try several cases:
//   FAKENVML_FAIL="nvmlDeviceGetTemperature,nvmlInit_v2=9,nvmlDeviceGetPowerUsage@1=15"
//       makes the listed functions return the code (default 999, NVML_ERROR_UNKNOWN), for every GPU
//       or only for the GPU index after '@'.
//   FAKENVML_SCENARIO=h200: one H200 with MIG off, passed through to the VM, as a real one was seen to
//   answer.
// nvmlSystemGetCudaDriverVersion_v2 is left out on purpose, to stand for a symbol an older driver lacks.
#include "agent/nvmlabi_p.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <mutex>
#include <string>
#include <vector>

using namespace nvml::abi;

namespace {
enum : int {
    kSuccess = 0,
    kUninitialized = 1,
    kInvalidArgument = 2,
    kNotSupported = 3,
    kNotFound = 6,
    kInsufficientSize = 7,
    kUnknown = 999,
};

struct FakeGpu
{
    const char *name = nullptr;
    const char *uuid = nullptr;
    const char *busId = nullptr;
    unsigned domain = 0, bus = 0, device = 0, pciDeviceId = 0;
    unsigned long long memTotal = 0, memUsed = 0;
    int utilRc = 0;
    unsigned gpuUtil = 0, memUtil = 0, encUtil = 0, temperature = 0, powerMw = 0, limitMw = 0;
    int virtMode = 0, hostVgpuMode = 0; // NVML_GPU_VIRTUALIZATION_MODE_*, NVML_HOST_VGPU_MODE_*
    int migRc = 0;
    unsigned migCurrent = 0, migPending = 0;
};

// Designated initialisers: what each number means stays visible.
FakeGpu gpus[2] = {
    {.name = "NVIDIA H100 80GB HBM3",
     .uuid = "GPU-9a3e5c2d-1b7f-4e3a-8c6d-2f4b1a0e9d11",
     .busId = "00000000:1B:00.0",
     .bus = 0x1b,
     .pciDeviceId = 0x233010de,
     .memTotal = 85520809984ULL,
     .memUsed = 5368709120ULL,
     .utilRc = kNotSupported,
     .temperature = 41,
     .powerMw = 312345,
     .limitMw = 700000,
     .virtMode = 0,
     .migRc = kSuccess,
     .migCurrent = 1,
     .migPending = 1},
    {.name = "NVIDIA L40S",
     .uuid = "GPU-5d0c7a19-8e42-4b6f-9f31-0c2e8b7a6d44",
     .busId = "00000000:C1:00.0",
     .bus = 0xc1,
     .pciDeviceId = 0x26b910de,
     .memTotal = 51527024640ULL,
     .memUsed = 8589934592ULL,
     .utilRc = kSuccess,
     .gpuUtil = 23,
     .memUtil = 9,
     .encUtil = 8,
     .temperature = 55,
     .powerMw = 180500,
     .limitMw = 350000,
     .virtMode = 3,
     .hostVgpuMode = 1,
     .migRc = kNotSupported},
};

struct Profile
{
    unsigned index, id, slices, count;
    unsigned long long memoryMB;
    const char *name;
};
// H100 80GB profile table as nvidia-smi mig -lgip lists it.
const Profile profiles[] = {
    {0, 19, 1, 7, 9856, "MIG 1g.10gb"},  {1, 14, 2, 3, 19968, "MIG 2g.20gb"},
    {2, 9, 3, 2, 40192, "MIG 3g.40gb"},  {3, 5, 4, 1, 40192, "MIG 4g.40gb"},
    {4, 0, 7, 1, 80896, "MIG 7g.80gb"},  {7, 20, 1, 1, 9856, "MIG 1g.10gb+me"},
    {9, 15, 1, 4, 19968, "MIG 1g.20gb"},
};

struct FakeGi
{
    unsigned gpu, id, profileId, start, size;
};
// A list: handles are pointers into it and must stay valid while other instances come and go.
std::list<FakeGi> gis = {{0, 1, 9, 0, 4}, {0, 5, 14, 4, 2}};
std::mutex gisMutex;

struct LegalPlacement
{
    unsigned profileId, size;
    std::vector<unsigned> starts;
};
// The placements nvidia-smi mig -lgipp lists on an H100 80GB, by profile id.
const LegalPlacement legalPlacements[] = {
    {19, 1, {0, 1, 2, 3, 4, 5, 6}},
    {20, 1, {0, 1, 2, 3, 4, 5, 6}},
    {15, 2, {0, 2, 4, 6}},
    {14, 2, {0, 2, 4}},
    {9, 4, {0, 4}},
    {5, 4, {0}},
    {0, 8, {0}},
};

struct FakeVgpu
{
    VgpuId id;
    const char *vmId, *uuid, *mdev;
    unsigned long long fbUsage;
    VgpuLicenseInfo license;
    unsigned placement;
};
const FakeVgpu vgpus[] = {
    {7,
     "11111111-1111-4111-8111-111111111111",
     "e1c5f6a2-3b4d-4c5e-8f60-718293a4b5c6",
     "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1",
     1610612736ULL,
     {1, {2031, 5, 17, 8, 30, 0, 2}, 5},
     0},
    {8,
     "22222222-2222-4222-8222-222222222222",
     "f2d6a7b3-4c5e-4d6f-9071-8293a4b5c6d7",
     "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2",
     536870912ULL,
     {0, {0, 0, 0, 0, 0, 0, 0}, 4},
     1},
};
constexpr VgpuTypeId kL40s4q = 1;
constexpr unsigned long long kL40s4qBytes = 4294967296ULL;

struct UtilSample
{
    VgpuId id;
    unsigned long long ts;
    unsigned sm, mem, enc, dec;
};
// Two samples of vGPU 7: the newer one must win.
const UtilSample utilSamples[] = {{7, 100, 10, 3, 1, 0}, {8, 150, 3, 1, 0, 0}, {7, 200, 37, 12, 5, 1}};

int initCount = 0;

bool h200()
{
    const char *s = std::getenv("FAKENVML_SCENARIO");
    return s && std::strcmp(s, "h200") == 0;
}

unsigned gpuCount()
{
    return h200() ? 1 : 2;
}

// The injected return code for `fn` (on `gpu`, or any GPU when gpu < 0), 0 when none.
int injected(const char *fn, int gpu = -1)
{
    const char *env = std::getenv("FAKENVML_FAIL");
    if (!env)
        return 0;
    const std::string list = env;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        const std::size_t end = std::min(list.find(',', pos), list.size());
        std::string item = list.substr(pos, end - pos);
        pos = end + 1;
        int code = kUnknown;
        int onGpu = -1;
        if (const auto eq = item.find('='); eq != std::string::npos) {
            code = std::atoi(item.c_str() + eq + 1);
            item.resize(eq);
        }
        if (const auto at = item.find('@'); at != std::string::npos) {
            onGpu = std::atoi(item.c_str() + at + 1);
            item.resize(at);
        }
        if (item == fn && (onGpu < 0 || onGpu == gpu))
            return code;
    }
    return 0;
}

int gpuIndex(Device d)
{
    for (unsigned i = 0; i < gpuCount(); ++i)
        if (reinterpret_cast<Device>(&gpus[i]) == d)
            return int(i);
    return -1;
}

const FakeVgpu *findVgpu(VgpuId id)
{
    for (const FakeVgpu &v : vgpus)
        if (v.id == id)
            return &v;
    return nullptr;
}

int copyString(char *out, unsigned size, const char *text)
{
    if (!out || std::strlen(text) + 1 > size)
        return kInsufficientSize;
    std::strcpy(out, text);
    return kSuccess;
}

// Applies the H200 scenario to GPU 0 (idempotent: the data is rewritten on every look).
const FakeGpu &gpu(int i)
{
    if (i == 0 && h200()) {
        // As a real H200 passed through to a VM answers (R550+): virtualization mode PASSTHROUGH, MIG off.
        static FakeGpu h = {.name = "NVIDIA H200",
                            .uuid = "GPU-0b7e6c5d-4a3f-4e2d-9c1b-0a9f8e7d6c5b",
                            .busId = "00000000:00:06.0",
                            .device = 6,
                            .pciDeviceId = 0x233510de,
                            .memTotal = 150754820096ULL,
                            .memUsed = 629145600ULL,
                            .utilRc = kSuccess,
                            .temperature = 33,
                            .powerMw = 76543,
                            .limitMw = 700000,
                            .virtMode = 1,
                            .migRc = kSuccess,
                            .migCurrent = 0,
                            .migPending = 0};
        return h;
    }
    return gpus[i];
}
} // namespace

// Every entry point: the injected failure first, then "not initialized", then the device lookup.
#define FAKE_ENTER()                                                                                         \
    if (int rc = injected(__func__))                                                                         \
        return rc;                                                                                           \
    if (initCount <= 0)                                                                                      \
        return kUninitialized;
#define FAKE_DEVICE(dev)                                                                                     \
    FAKE_ENTER()                                                                                             \
    const int index = gpuIndex(dev);                                                                         \
    if (index < 0)                                                                                           \
        return kInvalidArgument;                                                                             \
    if (int rc = injected(__func__, index))                                                                  \
        return rc;                                                                                           \
    const FakeGpu &g = gpu(index);                                                                           \
    (void)g;

extern "C" {

// For tests: how many nvmlInit calls are not yet matched by nvmlShutdown.
int fakenvml_active_inits()
{
    return initCount;
}

Return nvmlInit_v2()
{
    if (int rc = injected(__func__))
        return rc;
    ++initCount;
    return kSuccess;
}

Return nvmlShutdown()
{
    if (initCount <= 0)
        return kUninitialized;
    --initCount;
    return kSuccess;
}

const char *nvmlErrorString(Return rc)
{
    switch (rc) {
    case kSuccess:
        return "Success";
    case kUninitialized:
        return "Uninitialized";
    case kInvalidArgument:
        return "Invalid Argument";
    case kNotSupported:
        return "Not Supported";
    case 4:
        return "Insufficient Permissions";
    case kNotFound:
        return "Not Found";
    case kInsufficientSize:
        return "Insufficient Size";
    case 9:
        return "Driver Not Loaded";
    case 23:
        return "Insufficient Resources";
    case 15:
        return "GPU is lost";
    default:
        return "Unknown Error";
    }
}

Return nvmlSystemGetDriverVersion(char *out, unsigned size)
{
    FAKE_ENTER()
    return copyString(out, size, "550.90.07");
}

Return nvmlSystemGetNVMLVersion(char *out, unsigned size)
{
    FAKE_ENTER()
    return copyString(out, size, "12.550.90.07");
}

Return nvmlDeviceGetCount_v2(unsigned *count)
{
    FAKE_ENTER()
    *count = gpuCount();
    return kSuccess;
}

Return nvmlDeviceGetHandleByIndex_v2(unsigned index, Device *dev)
{
    FAKE_ENTER()
    if (index >= gpuCount())
        return kInvalidArgument;
    if (int rc = injected(__func__, int(index)))
        return rc;
    *dev = reinterpret_cast<Device>(&gpus[index]);
    return kSuccess;
}

Return nvmlDeviceGetName(Device dev, char *out, unsigned size)
{
    FAKE_DEVICE(dev)
    return copyString(out, size, g.name);
}

Return nvmlDeviceGetUUID(Device dev, char *out, unsigned size)
{
    FAKE_DEVICE(dev)
    return copyString(out, size, g.uuid);
}

Return nvmlDeviceGetPciInfo_v3(Device dev, PciInfo *pci)
{
    FAKE_DEVICE(dev)
    std::memset(pci, 0, sizeof *pci);
    std::snprintf(pci->busIdLegacy, sizeof pci->busIdLegacy, "%04X:%02X:%02X.0", g.domain, g.bus, g.device);
    std::strcpy(pci->busId, g.busId);
    pci->domain = g.domain;
    pci->bus = g.bus;
    pci->device = g.device;
    pci->pciDeviceId = g.pciDeviceId;
    return kSuccess;
}

Return nvmlDeviceGetMemoryInfo(Device dev, Memory *mem)
{
    FAKE_DEVICE(dev)
    mem->total = g.memTotal;
    mem->used = g.memUsed;
    mem->free = g.memTotal - g.memUsed;
    return kSuccess;
}

Return nvmlDeviceGetMemoryInfo_v2(Device dev, MemoryV2 *mem)
{
    FAKE_DEVICE(dev)
    if (mem->version != kMemoryV2Version)
        return 25; // NVML_ERROR_ARGUMENT_VERSION_MISMATCH
    mem->total = g.memTotal;
    mem->reserved = 0;
    mem->used = g.memUsed;
    mem->free = g.memTotal - g.memUsed;
    return kSuccess;
}

Return nvmlDeviceGetUtilizationRates(Device dev, Utilization *util)
{
    FAKE_DEVICE(dev)
    if (g.utilRc != kSuccess)
        return g.utilRc;
    util->gpu = g.gpuUtil;
    util->memory = g.memUtil;
    return kSuccess;
}

Return nvmlDeviceGetEncoderUtilization(Device dev, unsigned *util, unsigned *periodUs)
{
    FAKE_DEVICE(dev)
    *util = g.encUtil;
    *periodUs = 167000;
    return kSuccess;
}

Return nvmlDeviceGetTemperature(Device dev, unsigned sensor, unsigned *temp)
{
    FAKE_DEVICE(dev)
    if (sensor != TemperatureGpu)
        return kInvalidArgument;
    *temp = g.temperature;
    return kSuccess;
}

Return nvmlDeviceGetPowerUsage(Device dev, unsigned *mw)
{
    FAKE_DEVICE(dev)
    *mw = g.powerMw;
    return kSuccess;
}

Return nvmlDeviceGetEnforcedPowerLimit(Device dev, unsigned *mw)
{
    FAKE_DEVICE(dev)
    *mw = g.limitMw;
    return kSuccess;
}

Return nvmlDeviceGetVirtualizationMode(Device dev, int *mode)
{
    FAKE_DEVICE(dev)
    *mode = g.virtMode;
    return kSuccess;
}

Return nvmlDeviceGetHostVgpuMode(Device dev, int *mode)
{
    FAKE_DEVICE(dev)
    if (g.virtMode != 3)
        return kNotSupported;
    *mode = g.hostVgpuMode;
    return kSuccess;
}

Return nvmlDeviceGetMigMode(Device dev, unsigned *current, unsigned *pending)
{
    FAKE_DEVICE(dev)
    if (g.migRc != kSuccess)
        return g.migRc;
    *current = g.migCurrent;
    *pending = g.migPending;
    return kSuccess;
}

Return nvmlDeviceGetGpuInstanceProfileInfoV(Device dev, unsigned profile, GpuInstanceProfileInfoV2 *info)
{
    FAKE_DEVICE(dev)
    if (info->version != GpuInstanceProfileInfoV2Version)
        return 25; // NVML_ERROR_ARGUMENT_VERSION_MISMATCH
    if (g.migRc != kSuccess)
        return kNotSupported;
    if (profile > 12)
        return kInvalidArgument;
    for (const Profile &p : profiles) {
        if (p.index != profile)
            continue;
        const unsigned version = info->version;
        std::memset(info, 0, sizeof *info);
        info->version = version;
        info->id = p.id;
        info->sliceCount = p.slices;
        info->instanceCount = p.count;
        info->memorySizeMB = p.memoryMB;
        std::strcpy(info->name, p.name);
        return kSuccess;
    }
    return kNotSupported;
}

Return nvmlDeviceGetGpuInstances(Device dev, unsigned profileId, GpuInstanceHandle *out, unsigned *count)
{
    FAKE_DEVICE(dev)
    if (g.migCurrent != 1)
        return kNotSupported;
    *count = 0;
    const std::lock_guard lock(gisMutex);
    for (FakeGi &gi : gis)
        if (int(gi.gpu) == index && gi.profileId == profileId)
            out[(*count)++] = reinterpret_cast<GpuInstanceHandle>(&gi);
    return kSuccess;
}

Return nvmlGpuInstanceGetInfo(GpuInstanceHandle handle, GpuInstanceInfo *info)
{
    FAKE_ENTER()
    const std::lock_guard lock(gisMutex);
    const FakeGi *gi = reinterpret_cast<const FakeGi *>(handle);
    info->device = reinterpret_cast<Device>(&gpus[gi->gpu]);
    info->id = gi->id;
    info->profileId = gi->profileId;
    info->placement = {gi->start, gi->size};
    return kSuccess;
}

Return nvmlDeviceCreateGpuInstanceWithPlacement(Device dev, unsigned profileId,
                                                const GpuInstancePlacement *placement, GpuInstanceHandle *out)
{
    FAKE_DEVICE(dev)
    if (g.migCurrent != 1)
        return kNotSupported;
    const LegalPlacement *legal = nullptr;
    for (const LegalPlacement &l : legalPlacements)
        if (l.profileId == profileId)
            legal = &l;
    if (!legal || !placement || placement->size != legal->size ||
        std::find(legal->starts.begin(), legal->starts.end(), placement->start) == legal->starts.end())
        return kInvalidArgument;
    const std::lock_guard lock(gisMutex);
    unsigned instances = 0, nextId = 1;
    for (const FakeGi &gi : gis) {
        if (int(gi.gpu) != index)
            continue;
        ++instances;
        nextId = std::max(nextId, gi.id + 1);
        if (placement->start < gi.start + gi.size && gi.start < placement->start + placement->size)
            return 23; // NVML_ERROR_INSUFFICIENT_RESOURCES: the slices are taken
    }
    if (instances >= 7)
        return 23;
    gis.push_back({unsigned(index), nextId, profileId, placement->start, placement->size});
    *out = reinterpret_cast<GpuInstanceHandle>(&gis.back());
    return kSuccess;
}

Return nvmlGpuInstanceDestroy(GpuInstanceHandle handle)
{
    FAKE_ENTER()
    const std::lock_guard lock(gisMutex);
    for (auto it = gis.begin(); it != gis.end(); ++it)
        if (reinterpret_cast<GpuInstanceHandle>(&*it) == handle) {
            gis.erase(it);
            return kSuccess;
        }
    return kInvalidArgument;
}

Return nvmlDeviceGetActiveVgpus(Device dev, unsigned *count, VgpuId *ids)
{
    FAKE_DEVICE(dev)
    if (g.virtMode != 3)
        return kNotSupported;
    const unsigned n = sizeof vgpus / sizeof vgpus[0];
    if (*count < n || !ids) {
        *count = n;
        return kInsufficientSize;
    }
    for (unsigned i = 0; i < n; ++i)
        ids[i] = vgpus[i].id;
    *count = n;
    return kSuccess;
}

Return nvmlDeviceGetVgpuUtilization(Device dev, unsigned long long lastSeen, int *type, unsigned *count,
                                    VgpuInstanceUtilizationSample *out)
{
    FAKE_DEVICE(dev)
    if (g.virtMode != 3)
        return kNotSupported;
    const unsigned n = sizeof utilSamples / sizeof utilSamples[0];
    if (*count < n || !out) {
        *count = n;
        return kInsufficientSize;
    }
    *type = UnsignedInt;
    for (unsigned i = 0; i < n; ++i) {
        std::memset(&out[i], 0, sizeof out[i]);
        out[i].vgpuInstance = utilSamples[i].id;
        out[i].timeStamp = utilSamples[i].ts;
        out[i].smUtil.uiVal = utilSamples[i].sm;
        out[i].memUtil.uiVal = utilSamples[i].mem;
        out[i].encUtil.uiVal = utilSamples[i].enc;
        out[i].decUtil.uiVal = utilSamples[i].dec;
    }
    *count = n;
    return kSuccess;
}

Return nvmlDeviceGetVgpuSchedulerState(Device dev, VgpuSchedulerGetState *state)
{
    FAKE_DEVICE(dev)
    if (g.virtMode != 3)
        return kNotSupported;
    state->schedulerPolicy = 2; // equal share
    state->arrMode = 1;         // disabled
    state->schedulerParams.vgpuSchedData.timeslice = 2000000;
    return kSuccess;
}

Return nvmlDeviceGetVgpuSchedulerLog(Device dev, VgpuSchedulerLog *log)
{
    FAKE_DEVICE(dev)
    if (g.virtMode != 3)
        return kNotSupported;
    log->engineId = 1;
    log->schedulerPolicy = 2;
    log->arrMode = 1;
    log->schedulerParams.vgpuSchedData.timeslice = 2000000;
    log->entriesCount = 3;
    for (unsigned i = 0; i < 3; ++i)
        log->logEntries[i] = {1000000000ULL + i * 2000000ULL,
                              (i + 1) * 2000000ULL,
                              2000000ULL,
                              7 + (i % 2),
                              2000000ULL,
                              1000ULL * (i + 1)};
    return kSuccess;
}

Return nvmlVgpuInstanceGetType(VgpuId id, VgpuTypeId *type)
{
    FAKE_ENTER()
    if (!findVgpu(id))
        return kNotFound;
    *type = kL40s4q;
    return kSuccess;
}

Return nvmlVgpuTypeGetName(VgpuTypeId type, char *out, unsigned *size)
{
    FAKE_ENTER()
    if (type != kL40s4q)
        return kInvalidArgument;
    return copyString(out, *size, "NVIDIA L40S-4Q");
}

Return nvmlVgpuTypeGetFramebufferSize(VgpuTypeId type, unsigned long long *bytes)
{
    FAKE_ENTER()
    if (type != kL40s4q)
        return kInvalidArgument;
    *bytes = kL40s4qBytes;
    return kSuccess;
}

Return nvmlVgpuInstanceGetVmID(VgpuId id, char *out, unsigned size, int *type)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    if (!v)
        return kNotFound;
    *type = 1; // NVML_VGPU_VM_ID_UUID
    return copyString(out, size, v->vmId);
}

Return nvmlVgpuInstanceGetUUID(VgpuId id, char *out, unsigned size)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    return v ? copyString(out, size, v->uuid) : kNotFound;
}

Return nvmlVgpuInstanceGetMdevUUID(VgpuId id, char *out, unsigned size)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    return v ? copyString(out, size, v->mdev) : kNotFound;
}

Return nvmlVgpuInstanceGetFbUsage(VgpuId id, unsigned long long *bytes)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    if (!v)
        return kNotFound;
    *bytes = v->fbUsage;
    return kSuccess;
}

Return nvmlVgpuInstanceGetLicenseInfo_v2(VgpuId id, VgpuLicenseInfo *info)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    if (!v)
        return kNotFound;
    *info = v->license;
    return kSuccess;
}

Return nvmlVgpuInstanceGetPlacementId(VgpuId id, VgpuPlacementId *placement)
{
    FAKE_ENTER()
    const FakeVgpu *v = findVgpu(id);
    if (!v)
        return kNotFound;
    if (placement->version != VgpuPlacementIdVersion)
        return 25;
    placement->placementId = v->placement;
    return kSuccess;
}

Return nvmlVgpuInstanceGetGpuInstanceId(VgpuId id, unsigned *gi)
{
    FAKE_ENTER()
    if (!findVgpu(id))
        return kNotFound;
    *gi = InvalidGpuInstanceId;
    return kSuccess;
}

} // extern "C"
