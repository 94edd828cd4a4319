#include "miglayout.h"

#include <algorithm>
#include <numeric>

namespace MigLayout {

QList<Profile> allProfiles()
{
    return {Profile::G1_10, Profile::G1_20, Profile::G2_20, Profile::G3_40, Profile::G4_40, Profile::G7_80};
}

ProfileInfo info(Profile p)
{
    // NVIDIA MIG user guide, A100-80GB placement table ("nvidia-smi mig -lgipp").
    switch (p) {
    case Profile::G1_10:
        return {p, QStringLiteral("1g.10gb"), 1, 1, {0, 1, 2, 3, 4, 5, 6}};
    case Profile::G1_20:
        return {p, QStringLiteral("1g.20gb"), 1, 2, {0, 2, 4, 6}};
    case Profile::G2_20:
        return {p, QStringLiteral("2g.20gb"), 2, 2, {0, 2, 4}};
    case Profile::G3_40:
        return {p, QStringLiteral("3g.40gb"), 3, 4, {0, 4}};
    case Profile::G4_40:
        return {p, QStringLiteral("4g.40gb"), 4, 4, {0}};
    case Profile::G7_80:
        return {p, QStringLiteral("7g.80gb"), 7, 8, {0}};
    }
    return {};
}

std::optional<Profile> profileFor(const VgpuTypeName &type, int boardFramebufferMB)
{
    if (!type.migBacked || type.framebufferMB <= 0)
        return std::nullopt;
    const int board = boardFramebufferMB > 0 ? boardFramebufferMB : 80 * 1024;
    // Memory slices are eighths of the board; H200's 1g.18gb is one slice of 141 GB, A100-40GB's 1g.5gb
    // of 40.
    const int memory = std::max(1, int((qint64(type.framebufferMB) * MemorySlices + board / 2) / board));
    for (Profile p : allProfiles()) {
        const ProfileInfo i = info(p);
        if (i.computeSlices == type.computeSlices && i.memorySlices == memory)
            return p;
    }
    return std::nullopt;
}

bool overlaps(const Placement &a, const Placement &b)
{
    // Memory ranges decide; compute ranges start at the same index and are never wider, so they follow.
    const int aEnd = a.start + a.memorySlices();
    const int bEnd = b.start + b.memorySlices();
    return a.start < bEnd && b.start < aEnd;
}

bool isLegalStart(Profile p, int start)
{
    return info(p).starts.contains(start);
}

quint8 memoryMask(const Placement &p)
{
    return quint8(((1u << p.memorySlices()) - 1) << p.start);
}

std::optional<int> firstFit(quint8 taken, int instances, Profile p)
{
    if (instances >= MaxInstances)
        return std::nullopt;
    const ProfileInfo i = info(p); // once: the placement engine calls this in its inner loop
    const unsigned span = (1u << i.memorySlices) - 1;
    for (int start : i.starts) {
        if ((unsigned(taken) & (span << start)) == 0)
            return start;
    }
    return std::nullopt;
}

std::optional<int> firstFit(const QList<Placement> &placed, Profile p)
{
    quint8 taken = 0;
    for (const Placement &o : placed)
        taken |= memoryMask(o);
    return firstFit(taken, int(placed.size()), p);
}

QList<std::optional<Placement>> layout(const QList<Profile> &instances, const QList<Placement> &fixed)
{
    QList<int> order(instances.size());
    std::iota(order.begin(), order.end(), 0);
    // Largest first packs best with these tables (a 4g.40gb must be at 0, a 3g.40gb can go to 4).
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ProfileInfo ia = info(instances[a]);
        const ProfileInfo ib = info(instances[b]);
        if (ia.memorySlices != ib.memorySlices)
            return ia.memorySlices > ib.memorySlices;
        return ia.computeSlices > ib.computeSlices;
    });
    QList<std::optional<Placement>> out(instances.size());
    QList<Placement> placed = fixed;
    for (int i : order) {
        if (const std::optional<int> start = firstFit(placed, instances[i])) {
            placed.append(Placement{instances[i], *start});
            out[i] = placed.back();
        }
    }
    return out;
}

} // namespace MigLayout
