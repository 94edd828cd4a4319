// Private to TelemetryView: small helpers its two files share.
#pragma once

#include "inventory/telemetryhistory.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QLineSeries>
#include <QLocale>
#include <QTime>

#include <algorithm>

namespace TelemetryCharts {
constexpr TelemetryHistory::Metric gpuMetrics[] = {
    TelemetryHistory::Metric::Utilization, TelemetryHistory::Metric::FramebufferUsed,
    TelemetryHistory::Metric::Temperature, TelemetryHistory::Metric::Power,
    TelemetryHistory::Metric::Encoder};

inline bool isPercent(TelemetryHistory::Metric m)
{
    return m == TelemetryHistory::Metric::Utilization || m == TelemetryHistory::Metric::Encoder;
}

// Chart units: framebuffer in GiB, the rest as stored.
inline double chartValue(TelemetryHistory::Metric m, double v)
{
    return m == TelemetryHistory::Metric::FramebufferUsed ? v / 1024.0 : v;
}

// The locale's short time format, with seconds for the five-minute view.
inline QString timeFormat(const QLocale &locale, bool seconds)
{
    QString f = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !f.contains(QStringLiteral("ss")))
        f.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
    else if (!seconds)
        f.remove(QStringLiteral(":ss")); // the C locale's short format has seconds
    return f;
}

// As many time labels as fit the chart's width, between two and six.
inline int timeTicks(const QChart *chart, const QLocale &locale, const QString &format)
{
    const QFontMetrics fm(
        chart->axes(Qt::Horizontal).value(0) ? chart->axes(Qt::Horizontal).first()->labelsFont() : QFont());
    const int label = fm.horizontalAdvance(locale.toString(QTime(23, 59, 59), format)) + 18;
    return std::clamp(int(chart->size().width() * 0.8) / std::max(1, label), 2, 6);
}

inline QLineSeries *avgSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            return line;
    return nullptr;
}

inline QAreaSeries *bandSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series())
        if (auto *area = qobject_cast<QAreaSeries *>(s))
            return area;
    return nullptr;
}
} // namespace TelemetryCharts
