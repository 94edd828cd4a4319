#include "nvmlprobe.h"
#include "nvmlapi.h"

#include <QCoreApplication>

namespace {
struct NvmlProbeText
{
    Q_DECLARE_TR_FUNCTIONS(NvmlProbe)
};

Result<unsigned> migResult(const nvml::MigChange &c, const QString &summary)
{
    if (c.failure)
        return Error{summary, QString::fromStdString(c.failure->message), c.failure->code};
    return c.instanceId;
}
} // namespace

NvmlProbe::NvmlProbe(const QString &libraryPath)
    : m_library(std::make_unique<nvml::Library>(libraryPath.isEmpty() ? std::string(nvml::DefaultLibrary)
                                                                      : libraryPath.toStdString()))
{
    if (!m_library->available())
        m_unavailable = NvmlFacts::fromSnapshot(m_library->collect(), QDateTime::currentDateTimeUtc());
}

NvmlProbe::~NvmlProbe() = default;

bool NvmlProbe::available() const
{
    return m_library->available();
}

QString NvmlProbe::unavailableReason() const
{
    return m_unavailable.unavailableReason;
}

QString NvmlProbe::unavailableDetail() const
{
    return m_unavailable.unavailableDetail;
}

QStringList NvmlProbe::missingSymbols() const
{
    QStringList out;
    for (const std::string &s : m_library->missingSymbols())
        out.append(QString::fromStdString(s));
    return out;
}

NvmlFacts NvmlProbe::facts() const
{
    return NvmlFacts::fromSnapshot(m_library->collect(nvml::Scope::Full), QDateTime::currentDateTimeUtc());
}

TelemetrySample NvmlProbe::sample() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return TelemetrySample::fromFacts(
        NvmlFacts::fromSnapshot(m_library->collect(nvml::Scope::Telemetry), now));
}

unsigned NvmlProbe::nvmlProfileIndex(MigLayout::Profile profile)
{
    switch (profile) {
    case MigLayout::Profile::G1_10:
        return 0; // NVML_GPU_INSTANCE_PROFILE_1_SLICE
    case MigLayout::Profile::G1_20:
        return 9; // NVML_GPU_INSTANCE_PROFILE_1_SLICE_REV2
    case MigLayout::Profile::G2_20:
        return 1;
    case MigLayout::Profile::G3_40:
        return 2;
    case MigLayout::Profile::G4_40:
        return 3;
    case MigLayout::Profile::G7_80:
        return 4;
    }
    return 0;
}

Result<unsigned> NvmlProbe::createMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                              int start) const
{
    const MigLayout::ProfileInfo info = MigLayout::info(profile);
    return migResult(m_library->createGpuInstance(gpu.toString().toStdString(), nvmlProfileIndex(profile),
                                                  unsigned(start), unsigned(info.memorySlices)),
                     NvmlProbeText::tr("NVML could not create a %1 GPU instance at slice %2 on %3")
                         .arg(info.name)
                         .arg(start)
                         .arg(gpu.toString()));
}

Result<unsigned> NvmlProbe::destroyMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                               int start) const
{
    const MigLayout::ProfileInfo info = MigLayout::info(profile);
    return migResult(m_library->destroyGpuInstance(gpu.toString().toStdString(), nvmlProfileIndex(profile),
                                                   unsigned(start)),
                     NvmlProbeText::tr("NVML could not remove the %1 GPU instance at slice %2 on %3")
                         .arg(info.name)
                         .arg(start)
                         .arg(gpu.toString()));
}
