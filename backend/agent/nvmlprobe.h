// The agent's handle on NVML: loads the library once and answers with facts (full) or a telemetry sample.
// Calls block for a few milliseconds per GPU: run them on a worker thread, not the GUI thread.
#pragma once

#include "core/result.h"
#include "model/miglayout.h"
#include "model/pciaddress.h"
#include "nvmlfacts.h"
#include "telemetry.h"

#include <QString>

#include <memory>

namespace nvml {
class Library;
}

class NvmlProbe final
{
public:
    // An empty path loads "libnvidia-ml.so.1" the way the dynamic linker finds it.
    explicit NvmlProbe(const QString &libraryPath = QString());
    ~NvmlProbe();
    NvmlProbe(const NvmlProbe &) = delete;
    NvmlProbe &operator=(const NvmlProbe &) = delete;

    bool available() const;
    QString unavailableReason() const;  // translated; empty when available
    QString unavailableDetail() const;  // raw dlerror / NVML text
    QStringList missingSymbols() const; // newer NVML entry points this driver lacks

    NvmlFacts facts() const;        // everything, for an inventory refresh
    TelemetrySample sample() const; // the moving numbers only: cheap enough for 1 Hz

    // A MIG GPU instance of `profile` at memory slice `start` on `gpu` (root and MIG mode needed). The
    // result is NVML's id of the instance made or removed; an Error carries NVML's code and words.
    Result<unsigned> createMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) const;
    Result<unsigned> destroyMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) const;
    // NVML_GPU_INSTANCE_PROFILE_* for a profile: 1g.20gb is 1_SLICE_REV2 (9), the rest follow slices.
    static unsigned nvmlProfileIndex(MigLayout::Profile profile);

private:
    std::unique_ptr<nvml::Library> m_library;
    NvmlFacts m_unavailable; // the answer while the library is unusable
};
