// The live load a GPU card shows: taken from the host's latest telemetry, rounded to what the bars draw.
#include "gpucard.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

void GpuCard::attachTelemetry(const std::optional<TelemetrySample> &sample)
{
    load.reset();
    const GpuSample *g = sample ? sample->gpu(address) : nullptr;
    if (!g)
        return;
    Load l;
    if (g->gpuUtil)
        l.gpuPct = std::clamp(*g->gpuUtil, 0, 100);
    if (g->fbUsedMiB && g->fbTotalMiB && *g->fbTotalMiB > 0)
        l.fbPct =
            int(std::clamp<quint64>((*g->fbUsedMiB * 100 + *g->fbTotalMiB / 2) / *g->fbTotalMiB, 0, 100));
    if (g->temperatureC)
        l.temperatureC = *g->temperatureC;
    if (g->powerW)
        l.powerW = int(std::lround(*g->powerW));
    if (l != Load{})
        load = l;
}

QString GpuCard::loadText() const
{
    if (!load)
        return {};
    const QLocale locale;
    QStringList parts;
    if (load->gpuPct >= 0)
        parts.append(tr("Utilization %1 %", "@info GPU load").arg(locale.toString(load->gpuPct)));
    if (load->fbPct >= 0)
        parts.append(tr("framebuffer %1 %", "@info GPU load").arg(locale.toString(load->fbPct)));
    if (load->temperatureC > -1000)
        parts.append(tr("%1 °C").arg(locale.toString(load->temperatureC)));
    if (load->powerW >= 0)
        parts.append(tr("%1 W", "@info watts").arg(locale.toString(load->powerW)));
    return parts.join(QStringLiteral(" · "));
}
