#include "vgpuplacement.h"

#include <algorithm>
#include <bit>

namespace VgpuPlacement {

namespace {
// The bits of word w that [from, from + count) covers.
quint64 maskFor(int w, int from, int count)
{
    const int lo = std::max(from, w * 64);
    const int hi = std::min(from + count, (w + 1) * 64);
    if (hi <= lo)
        return 0;
    const int n = hi - lo;
    const quint64 bits = n == 64 ? ~quint64(0) : ((quint64(1) << n) - 1);
    return bits << (lo - w * 64);
}

int boardMB(const VgpuTypeName &type, int boardFramebufferMB)
{
    return boardFramebufferMB > 0 ? boardFramebufferMB : GpuBoardInfo::lookup(type.board).framebufferMB;
}
} // namespace

bool SlotMask::any(int from, int count) const
{
    if (from < 0 || count <= 0 || from + count > MaxSlots)
        return true; // outside the GPU counts as taken
    for (int w = from / 64; w <= (from + count - 1) / 64; ++w) {
        if (words[w] & maskFor(w, from, count))
            return true;
    }
    return false;
}

void SlotMask::take(int from, int count)
{
    if (from < 0 || count <= 0 || from + count > MaxSlots)
        return;
    for (int w = from / 64; w <= (from + count - 1) / 64; ++w)
        words[w] |= maskFor(w, from, count);
}

int SlotMask::taken() const
{
    int n = 0;
    for (quint64 w : words)
        n += std::popcount(w);
    return n;
}

Geometry geometry(const VgpuTypeName &type, int boardFramebufferMB, Mode mode, int vfLimit)
{
    Geometry g;
    if (type.migBacked || type.framebufferMB <= 0)
        return g;
    g.size = std::max(1, (type.framebufferMB + SlotMB - 1) / SlotMB);
    const int board = boardMB(type, boardFramebufferMB);
    // An unknown board: room for the ceiling's worth of this type, so only the count limits it.
    g.slotCount = std::min(MaxSlots, board > 0 ? board / SlotMB : MaxVgpus * g.size);
    if (mode == Mode::EqualSize) {
        // The count is the one the assignment validator applies too.
        const int n = std::min(g.slotCount / g.size, vgpuLimit(type, board, vfLimit > 0 ? vfLimit : -1));
        for (int i = 0; i < n; ++i)
            g.ids.append(i * g.size);
    } else {
        for (int id = 0; id + g.size <= g.slotCount; id += g.size)
            g.ids.append(id);
    }
    return g;
}

Fit fit(const GpuVgpus &gpu, const VgpuTypeName &type, int boardFramebufferMB, int vfLimit, int *placementId)
{
    if (gpu.mode == Mode::EqualSize && gpu.count > 0 && !equalSizeAllows(gpu.fixedMB, type))
        return Fit::OtherSize;
    if (gpu.count >= MaxVgpus)
        return Fit::Ceiling;
    const Geometry g = geometry(type, boardFramebufferMB, gpu.mode, vfLimit);
    for (int id : g.ids) {
        if (!gpu.occupied.any(id, g.size)) {
            if (placementId)
                *placementId = id;
            return Fit::Fits;
        }
    }
    // Equal-size IDs are consecutive: none free means the count is at its bound.
    return gpu.mode == Mode::EqualSize ? Fit::Ceiling : Fit::NoPlacementId;
}

int take(GpuVgpus &gpu, const VgpuTypeName &type, int boardFramebufferMB, int vfLimit)
{
    int id = -1;
    if (fit(gpu, type, boardFramebufferMB, vfLimit, &id) != Fit::Fits)
        return -1;
    gpu.occupied.take(id, geometry(type, boardFramebufferMB, gpu.mode, vfLimit).size);
    if (gpu.mode == Mode::EqualSize)
        gpu.fixedMB = type.framebufferMB; // the first vGPU fixes the size
    ++gpu.count;
    return id;
}

int layout(GpuVgpus &gpu, const QList<VgpuTypeName> &existing, int boardFramebufferMB, int vfLimit)
{
    QList<VgpuTypeName> order = existing;
    std::stable_sort(order.begin(), order.end(), [](const VgpuTypeName &a, const VgpuTypeName &b) {
        return a.framebufferMB > b.framebufferMB;
    });
    int placed = 0;
    for (const VgpuTypeName &t : order) {
        if (take(gpu, t, boardFramebufferMB, vfLimit) >= 0)
            ++placed;
    }
    return placed;
}

} // namespace VgpuPlacement
