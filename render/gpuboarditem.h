// One thing the GPU board shows and where: the board's hit-test record and its testing/accessibility view.
#pragma once

#include "inventory/objectref.h"

#include <QRect>
#include <QString>

struct GpuBoardItem
{
    enum class Kind {
        Card,            // the whole GPU
        Badge,           // "Boot VGA", shared IOMMU group, readiness warnings or errors
        Banner,          // "Assigned to <VM>" when the whole GPU is passed through; ref is the VM
        Slice,           // a time-sliced vGPU (mdev)
        FreeSpace,       // room for more time-sliced vGPUs; ref is the creatable type or the GPU
        MigInstance,     // a MIG-backed vGPU drawn over its slots
        VirtualFunction, // an enabled SR-IOV VF
        Companion,       // another function of the GPU's slot (HDMI audio …)
        LegendEntry,     // a row naming a MIG instance's or VF's holder; same ref as the drawn item
        Ghost,           // a scheduler preview's placement, not applied (GpuBoardGhosts); ref is the GPU
        Load,            // the GPU's live load bars (utilization, framebuffer); ref is the GPU
    };

    Kind kind = Kind::Card;
    ObjectRef ref;
    QRect rect;      // card-local while a card lays out; viewport coordinates from GpuBoardView::items()
    QString label;   // the full text the item shows (drawn elided when short of room)
    QString tooltip; // set where describe(ref) would not say the point (badges, free space)
    QString vmUuid;  // the holder; empty when free
    QString vmName;
    bool current = false; // highlighted as the current object
    // MIG instances: the slots they are drawn over (memory slices 0..7, compute slices 0..6).
    int memoryStart = -1;
    int memorySlices = 0;
    int computeStart = -1;
    int computeSlices = 0;

    bool held() const { return !vmUuid.isEmpty(); }
};
