// The time-sliced vGPU placement rule of both modes: placement sizes and IDs, the equal-size rule, the
// 32-vGPU ceiling, no overlap, and the deterministic layout of vGPUs that already exist.
#include "model/vgpuplacement.h"

#include <QTest>

using namespace VgpuPlacement;

namespace {
VgpuTypeName type(const char *name)
{
    return *VgpuTypeName::parse(QString::fromLatin1(name));
}
constexpr int GB = 1024;
} // namespace

class TestVgpuPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void equalSizeIdsAreConsecutive()
    {
        const Geometry g = geometry(type("A16-2Q"), 16 * GB, Mode::EqualSize);
        QCOMPARE(g.size, 4); // 2 GB in 512 MB slots
        QCOMPARE(g.ids, (QList<int>{0, 4, 8, 12, 16, 20, 24, 28}));
        // The ceiling: 48 x 1 GB would fit an L40S, 32 may exist.
        QCOMPARE(geometry(type("L40S-1Q"), 48 * GB, Mode::EqualSize).ids.size(), 32);
        // One vGPU per VF on SR-IOV vGPU boards.
        QCOMPARE(geometry(type("A16-1Q"), 16 * GB, Mode::EqualSize, 4).ids.size(), 4);
        // 512 MB types take one slot each.
        QCOMPARE(geometry(type("A16-0B"), 16 * GB, Mode::EqualSize).ids.size(), 32);
    }

    void mixedSizeIdsAreAlignedToTheSize()
    {
        QCOMPARE(geometry(type("L40S-8Q"), 48 * GB, Mode::MixedSize).ids,
                 (QList<int>{0, 16, 32, 48, 64, 80}));
        QCOMPARE(geometry(type("L40S-16Q"), 48 * GB, Mode::MixedSize).ids, (QList<int>{0, 32, 64}));
        QCOMPARE(geometry(type("L40S-24Q"), 48 * GB, Mode::MixedSize).ids, (QList<int>{0, 48}));
        // The board comes from the catalogue when the GPU does not say.
        QCOMPARE(geometry(type("L40S-24Q"), 0, Mode::MixedSize).slotCount, 96);
        // MIG-backed types are not time-sliced: no geometry.
        QVERIFY(geometry(type("A100-3-40C"), 80 * GB, Mode::MixedSize).ids.isEmpty());
    }

    void equalSizeRefusesOtherSizesAndStopsAtTheBound()
    {
        GpuVgpus gpu;
        QCOMPARE(take(gpu, type("A16-4Q"), 16 * GB), 0);
        QCOMPARE(gpu.fixedMB, 4 * GB);
        QCOMPARE(fit(gpu, type("A16-2Q"), 16 * GB), Fit::OtherSize);
        QCOMPARE(take(gpu, type("A16-4Q"), 16 * GB), 8);
        QCOMPARE(take(gpu, type("A16-4Q"), 16 * GB), 16);
        QCOMPARE(take(gpu, type("A16-4Q"), 16 * GB), 24);
        QCOMPARE(fit(gpu, type("A16-4Q"), 16 * GB), Fit::Ceiling);
        QCOMPARE(take(gpu, type("A16-4Q"), 16 * GB), -1);
        QCOMPARE(gpu.count, 4);
    }

    void mixedSizeTakesTheLowestFreeValidId()
    {
        GpuVgpus gpu;
        gpu.mode = Mode::MixedSize;
        QCOMPARE(take(gpu, type("L40S-4Q"), 48 * GB), 0);  // slots 0..7
        QCOMPARE(take(gpu, type("L40S-8Q"), 48 * GB), 16); // 0 overlaps the 4Q
        QCOMPARE(take(gpu, type("L40S-2Q"), 48 * GB), 8);  // 0 and 4 are taken, 8 is free
        QCOMPARE(take(gpu, type("L40S-16Q"), 48 * GB), 32);
        QCOMPARE(gpu.count, 4);
        QCOMPARE(gpu.occupied.taken(), 8 + 16 + 4 + 32);
    }

    void mixedSizeStrandsFramebufferNoIdReaches()
    {
        GpuVgpus gpu;
        gpu.mode = Mode::MixedSize;
        QCOMPARE(take(gpu, type("L40S-2Q"), 48 * GB), 0);   // slots 0..3
        QCOMPARE(take(gpu, type("L40S-24Q"), 48 * GB), 48); // slots 48..95
        // 22 GB are free (slots 4..47), but a 16 GB vGPU may start only at 0, 32 or 64.
        int id = -1;
        QCOMPARE(fit(gpu, type("L40S-16Q"), 48 * GB, 0, &id), Fit::NoPlacementId);
        QCOMPARE(id, -1);
        QCOMPARE(fit(gpu, type("L40S-8Q"), 48 * GB, 0, &id), Fit::Fits);
        QCOMPARE(id, 16);
    }

    void ceilingHoldsInMixedSizeMode()
    {
        GpuVgpus gpu;
        gpu.mode = Mode::MixedSize;
        for (int i = 0; i < MaxVgpus; ++i)
            QVERIFY(take(gpu, type("L40S-1Q"), 48 * GB) >= 0);
        QCOMPARE(fit(gpu, type("L40S-1Q"), 48 * GB), Fit::Ceiling);
    }

    void layoutIsLargestFirst()
    {
        GpuVgpus gpu;
        gpu.mode = Mode::MixedSize;
        QCOMPARE(layout(gpu, {type("L40S-2Q"), type("L40S-8Q"), type("L40S-4Q")}, 48 * GB), 3);
        QVERIFY(gpu.occupied.any(0, 16));   // the 8Q at 0
        QVERIFY(gpu.occupied.any(16, 8));   // the 4Q at 16
        QVERIFY(gpu.occupied.any(24, 4));   // the 2Q at 24
        QVERIFY(!gpu.occupied.any(28, 68)); // the rest is free
        // What no valid ID can take is reported, not dropped silently.
        GpuVgpus full;
        full.mode = Mode::MixedSize;
        QCOMPARE(layout(full, {type("L40S-48Q"), type("L40S-1Q")}, 48 * GB), 1);
    }

    void slotMaskAcrossWords()
    {
        SlotMask m;
        m.take(60, 8);
        QVERIFY(m.any(63, 1));
        QVERIFY(m.any(64, 1));
        QVERIFY(!m.any(68, 1));
        QVERIFY(!m.any(0, 60));
        QCOMPARE(m.taken(), 8);
        QVERIFY(m.any(MaxSlots - 1, 2)); // past the end counts as taken
    }
};

QTEST_GUILESS_MAIN(TestVgpuPlacement)
#include "tst_vgpuplacement.moc"
