#include "nvmlprobe.h"
#include "nvmlapi.h"

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
