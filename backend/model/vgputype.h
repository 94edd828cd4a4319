// NVIDIA vGPU type names ("A16-2Q", "NVIDIA A100-3-40C") and what they imply.
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

enum class VgpuSeries { Unknown, Q, B, A, C };
// The NVIDIA licence edition a guest using a vGPU of a series must lease.
enum class LicenseEdition { None, VApps, VPC, VWS, VCS };

struct VgpuTypeName
{
    QString board;         // "A16", "A100", "RTX6000-Ada"
    int framebufferMB = 0; // per vGPU
    VgpuSeries series = VgpuSeries::Unknown;
    bool migBacked = false; // "<board>-<slices>-<GB>C"
    int computeSlices = 0;  // MIG-backed only: 1..7

    // Accepts the bare name and the "NVIDIA " / "GRID " prefixes that sysfs and libvirt report.
    static std::optional<VgpuTypeName> parse(QStringView name);

    QString canonicalName() const; // "A16-2Q", "A100-3-40C"
    LicenseEdition edition() const { return editionFor(series); }
    static LicenseEdition editionFor(VgpuSeries s);
    static QString seriesLetter(VgpuSeries s);   // "Q", "B" …, "" for Unknown
    static QString editionKey(LicenseEdition e); // stable keys for JSON: "vApps", "vPC", "vWS", "vCS", ""

    friend bool operator==(const VgpuTypeName &, const VgpuTypeName &) = default;
};

// What we know about a physical board model, for maximum instance counts.
struct GpuBoardInfo
{
    QString board;
    int framebufferMB = 0; // per physical GPU
    bool migCapable = false;
    // Largest framebuffer per GPU we know for the board, or 0 when the board is unknown.
    static GpuBoardInfo lookup(QStringView board);
};

// NVIDIA: a physical GPU holds at most 32 vGPUs, whatever their size.
inline constexpr int MaxVgpusPerGpu = 32;

// Ceiling of vGPUs on one physical GPU (NVIDIA: 32), and the usual bound framebuffer/vGPU size.
int maxInstancesPerGpu(const VgpuTypeName &type);

// How many time-sliced vGPUs of `type` one GPU can hold: at most 32, at most the board's framebuffer over
// the vGPU's (boardFramebufferMB 0: look the board up; unknown board: no bound), and on SR-IOV vGPU boards
// at most one per VF (vfSlots < 0: not such a board). The placement engine and the assignment validator
// both count with this.
int vgpuLimit(const VgpuTypeName &type, int boardFramebufferMB = 0, int vfSlots = -1);
// Equal-size mode: the first vGPU on a GPU fixes the framebuffer size of all others (0: none yet).
inline bool equalSizeAllows(int fixedFramebufferMB, const VgpuTypeName &type)
{
    return fixedFramebufferMB == 0 || fixedFramebufferMB == type.framebufferMB;
}

Q_DECLARE_METATYPE(VgpuSeries)
Q_DECLARE_METATYPE(LicenseEdition)
