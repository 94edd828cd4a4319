// The slice of nvml.h's ABI this project calls, written out by hand (no NVIDIA header is needed to build).
// Layouts follow nvml.h (CUDA 12 / R535+ drivers; the older fields are unchanged); the static_asserts pin
// each size and offset to the natural x86-64/aarch64 C layout of those declarations. Checked against a real
// H200's driver: every symbol nvmlapi.cpp resolves exists, and PciInfo, Memory and GpuInstanceProfileInfoV2
// come back written to exactly the sizes and offsets below. Shared by the loader and by the test double
// tests/support/fakenvml.cpp.
#pragma once

#include <cstddef>

namespace nvml::abi {

using Return = int; // nvmlReturn_t: a C enum, passed as int
struct DeviceSt;
using Device = DeviceSt *; // nvmlDevice_t (opaque)
struct GpuInstanceSt;
using GpuInstanceHandle = GpuInstanceSt *; // nvmlGpuInstance_t (opaque)
using VgpuId = unsigned int;               // nvmlVgpuInstance_t
using VgpuTypeId = unsigned int;           // nvmlVgpuTypeId_t

inline constexpr unsigned SystemDriverVersionBufferSize = 80; // NVML_SYSTEM_DRIVER_VERSION_BUFFER_SIZE
inline constexpr unsigned SystemNvmlVersionBufferSize = 80;   // NVML_SYSTEM_NVML_VERSION_BUFFER_SIZE
inline constexpr unsigned DeviceNameBufferSize = 96;          // NVML_DEVICE_NAME_V2_BUFFER_SIZE
inline constexpr unsigned DeviceUuidBufferSize = 96;          // NVML_DEVICE_UUID_V2_BUFFER_SIZE
inline constexpr unsigned VgpuUuidBufferSize = 80;            // NVML_DEVICE_UUID_BUFFER_SIZE (vGPU, VM, mdev)
inline constexpr unsigned VgpuNameBufferSize = 64;            // NVML_VGPU_NAME_BUFFER_SIZE
inline constexpr unsigned SchedulerMaxLogEntries = 200;       // NVML_SCHEDULER_SW_MAX_LOG_ENTRIES
inline constexpr unsigned TemperatureGpu = 0;                 // NVML_TEMPERATURE_GPU
inline constexpr unsigned InvalidGpuInstanceId = 0xFFFFFFFFu; // INVALID_GPU_INSTANCE_ID

// NVML_STRUCT_VERSION(data, ver): sizeof(struct) | (ver << 24)
constexpr unsigned structVersion(std::size_t size, unsigned version)
{
    return unsigned(size) | (version << 24U);
}

struct PciInfo // nvmlPciInfo_t
{
    char busIdLegacy[16]; // NVML_DEVICE_PCI_BUS_ID_BUFFER_V2_SIZE
    unsigned int domain;
    unsigned int bus;
    unsigned int device;
    unsigned int pciDeviceId;
    unsigned int pciSubSystemId;
    char busId[32]; // NVML_DEVICE_PCI_BUS_ID_BUFFER_SIZE, "%08X:%02X:%02X.0"
};
static_assert(sizeof(PciInfo) == 68 && offsetof(PciInfo, domain) == 16 && offsetof(PciInfo, busId) == 36);

struct Memory // nvmlMemory_t (v1)
{
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
static_assert(sizeof(Memory) == 24);

// nvmlMemory_v2_t: "used" without the driver's reserved memory, as nvidia-smi shows it (v1's "used"
// counts the reserved part: 615 MiB on an idle H200).
struct MemoryV2
{
    unsigned int version; // sizeof | 2 << 24
    unsigned long long total;
    unsigned long long reserved;
    unsigned long long free;
    unsigned long long used;
};
static_assert(sizeof(MemoryV2) == 40 && offsetof(MemoryV2, total) == 8 && offsetof(MemoryV2, used) == 32);
constexpr unsigned int kMemoryV2Version = unsigned(sizeof(MemoryV2)) | (2u << 24);

struct Utilization // nvmlUtilization_t
{
    unsigned int gpu;
    unsigned int memory;
};
static_assert(sizeof(Utilization) == 8);

struct GpuInstanceProfileInfo // nvmlGpuInstanceProfileInfo_t (v1)
{
    unsigned int id;
    unsigned int isP2pSupported;
    unsigned int sliceCount;
    unsigned int instanceCount;
    unsigned int multiprocessorCount;
    unsigned int copyEngineCount;
    unsigned int decoderCount;
    unsigned int encoderCount;
    unsigned int jpegCount;
    unsigned int ofaCount;
    unsigned long long memorySizeMB;
};
static_assert(sizeof(GpuInstanceProfileInfo) == 48 && offsetof(GpuInstanceProfileInfo, memorySizeMB) == 40);

struct GpuInstanceProfileInfoV2 // nvmlGpuInstanceProfileInfo_v2_t, for nvmlDeviceGetGpuInstanceProfileInfoV
{
    unsigned int version; // structVersion(sizeof, 2)
    unsigned int id;
    unsigned int isP2pSupported;
    unsigned int sliceCount;
    unsigned int instanceCount;
    unsigned int multiprocessorCount;
    unsigned int copyEngineCount;
    unsigned int decoderCount;
    unsigned int encoderCount;
    unsigned int jpegCount;
    unsigned int ofaCount;
    unsigned long long memorySizeMB;
    char name[96]; // NVML_DEVICE_NAME_V2_BUFFER_SIZE: "MIG 3g.40gb"
};
static_assert(sizeof(GpuInstanceProfileInfoV2) == 152 &&
              offsetof(GpuInstanceProfileInfoV2, memorySizeMB) == 48 &&
              offsetof(GpuInstanceProfileInfoV2, name) == 56);
inline constexpr unsigned GpuInstanceProfileInfoV2Version =
    structVersion(sizeof(GpuInstanceProfileInfoV2), 2);

struct GpuInstancePlacement // nvmlGpuInstancePlacement_t
{
    unsigned int start;
    unsigned int size;
};

struct GpuInstanceInfo // nvmlGpuInstanceInfo_t
{
    Device device;
    unsigned int id;
    unsigned int profileId;
    GpuInstancePlacement placement;
};
static_assert(sizeof(GpuInstanceInfo) == 24 && offsetof(GpuInstanceInfo, placement) == 16);

union Value // nvmlValue_t
{
    double dVal;
    int siVal;
    unsigned int uiVal;
    unsigned long ulVal;
    unsigned long long ullVal;
    signed long long sllVal;
    unsigned short usVal;
};
static_assert(sizeof(Value) == 8);
// nvmlValueType_t
enum ValueType : int {
    Double = 0,
    UnsignedInt = 1,
    UnsignedLong = 2,
    UnsignedLongLong = 3,
    SignedLongLong = 4,
    SignedInt = 5,
    UnsignedShort = 6
};

struct VgpuInstanceUtilizationSample // nvmlVgpuInstanceUtilizationSample_t
{
    VgpuId vgpuInstance;
    unsigned long long timeStamp; // CPU time, microseconds
    Value smUtil;
    Value memUtil;
    Value encUtil;
    Value decUtil;
};
static_assert(sizeof(VgpuInstanceUtilizationSample) == 48 &&
              offsetof(VgpuInstanceUtilizationSample, smUtil) == 16);

struct VgpuLicenseExpiry // nvmlVgpuLicenseExpiry_t
{
    unsigned int year;
    unsigned short month;
    unsigned short day;
    unsigned short hour;
    unsigned short min;
    unsigned short sec;
    unsigned char status; // NVML_GRID_LICENSE_EXPIRY_*
};
static_assert(sizeof(VgpuLicenseExpiry) == 16 && offsetof(VgpuLicenseExpiry, status) == 14);

struct VgpuLicenseInfo // nvmlVgpuLicenseInfo_t, as filled by nvmlVgpuInstanceGetLicenseInfo_v2
{
    unsigned char isLicensed;
    VgpuLicenseExpiry licenseExpiry;
    unsigned int currentState; // NVML_GRID_LICENSE_STATE_*
};
static_assert(sizeof(VgpuLicenseInfo) == 24 && offsetof(VgpuLicenseInfo, licenseExpiry) == 4 &&
              offsetof(VgpuLicenseInfo, currentState) == 20);

struct VgpuPlacementId // nvmlVgpuPlacementId_v1_t
{
    unsigned int version; // structVersion(sizeof, 1)
    unsigned int placementId;
};
inline constexpr unsigned VgpuPlacementIdVersion = structVersion(sizeof(VgpuPlacementId), 1);

union VgpuSchedulerParams // nvmlVgpuSchedulerParams_t
{
    struct
    {
        unsigned int avgFactor;
        unsigned int timeslice; // ns
    } vgpuSchedDataWithARR;
    struct
    {
        unsigned int timeslice; // ns
    } vgpuSchedData;
};
static_assert(sizeof(VgpuSchedulerParams) == 8);

struct VgpuSchedulerGetState // nvmlVgpuSchedulerGetState_t
{
    unsigned int schedulerPolicy; // NVML_VGPU_SCHEDULER_POLICY_*
    unsigned int arrMode;         // NVML_VGPU_SCHEDULER_ARR_* (R525 headers call it isEnabledARR)
    VgpuSchedulerParams schedulerParams;
};
static_assert(sizeof(VgpuSchedulerGetState) == 16);

struct VgpuSchedulerLogEntry // nvmlVgpuSchedulerLogEntry_t
{
    unsigned long long timestamp;
    unsigned long long timeRunTotal;
    unsigned long long timeRun;
    unsigned int swRunlistId;
    unsigned long long targetTimeSlice;
    unsigned long long cumulativePreemptionTime;
};
static_assert(sizeof(VgpuSchedulerLogEntry) == 48 && offsetof(VgpuSchedulerLogEntry, targetTimeSlice) == 32);

struct VgpuSchedulerLog // nvmlVgpuSchedulerLog_t
{
    unsigned int engineId;
    unsigned int schedulerPolicy;
    unsigned int arrMode;
    VgpuSchedulerParams schedulerParams;
    unsigned int entriesCount;
    VgpuSchedulerLogEntry logEntries[SchedulerMaxLogEntries];
};
static_assert(offsetof(VgpuSchedulerLog, entriesCount) == 20 &&
              offsetof(VgpuSchedulerLog, logEntries) == 24 && sizeof(VgpuSchedulerLog) == 24 + 200 * 48);

} // namespace nvml::abi
