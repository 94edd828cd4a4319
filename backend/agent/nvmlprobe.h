// The agent's handle on NVML: loads the library once and answers with facts (full) or a telemetry sample.
// Calls block for a few milliseconds per GPU: run them on a worker thread, not the GUI thread.
#pragma once

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

private:
    std::unique_ptr<nvml::Library> m_library;
    NvmlFacts m_unavailable; // the answer while the library is unusable
};
