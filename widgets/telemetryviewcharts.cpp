// The Telemetry tab's charts: the GPU's figures as an average line with a min–max band, and its vGPUs.
#include "inventory/inventory.h"
#include "model/topology.h"
#include "telemetryview.h"
#include "telemetryview_p.h"

#include <QChartView>
#include <QComboBox>
#include <QValueAxis>

using namespace TelemetryCharts;

void TelemetryView::fillChart(QChart *chart, const QList<TelemetryHistory::Point> &points, Metric metric,
                              double top)
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor text = palette().color(QPalette::WindowText);
    chart->setTitleBrush(text);
    chart->setLocale(locale());
    QList<QPointF> avg, lo, hi;
    avg.reserve(points.size());
    double max = 0;
    for (const auto &p : points) {
        avg.append({double(p.msecs), chartValue(metric, p.avg)});
        if (m_span == Span::Hour) {
            lo.append({double(p.msecs), chartValue(metric, p.min)});
            hi.append({double(p.msecs), chartValue(metric, p.max)});
        }
        max = std::max(max, chartValue(metric, p.max));
    }
    QLineSeries *line = avgSeries(chart);
    QAreaSeries *band = bandSeries(chart);
    const QColor accent = palette().color(QPalette::Highlight);
    line->setPen(QPen(accent, 2));
    line->replace(avg);
    band->upperSeries()->replace(hi);
    band->lowerSeries()->replace(lo);
    band->setVisible(m_span == Span::Hour);
    QColor fill = accent;
    fill.setAlpha(dark ? 90 : 60);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);

    const qint64 span = m_span == Span::Recent ? qint64(TelemetryHistory::RecentSeconds) * 1000
                                               : qint64(TelemetryHistory::HourSeconds) * 1000;
    qint64 end = m_history->lastMsecs(m_hostId);
    if (end <= 0)
        end = QDateTime::currentMSecsSinceEpoch();
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        a->setLabelsBrush(text);
        a->setGridLinePen(QPen(dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30)));
        if (auto *x = qobject_cast<QDateTimeAxis *>(a)) {
            x->setFormat(timeFormat(locale(), m_span == Span::Recent));
            x->setTickCount(timeTicks(chart, locale(), x->format()));
            x->setRange(QDateTime::fromMSecsSinceEpoch(end - span), QDateTime::fromMSecsSinceEpoch(end));
        } else if (auto *y = qobject_cast<QValueAxis *>(a)) {
            double upper = isPercent(metric)
                               ? 100
                               : std::max({top, max * 1.1, metric == Metric::FramebufferUsed ? 1.0 : 10.0});
            y->setRange(0, upper);
            if (metric ==
                Metric::Power) // tick labels at round watts (0, 20, 40 …), not at quarters of the limit
                y->applyNiceNumbers();
            y->setLabelFormat(metric == Metric::FramebufferUsed && upper < 10 ? QStringLiteral("%.1f")
                                                                              : QStringLiteral("%.0f"));
        }
    }
}

QString TelemetryView::vgpuName(const QString &mdevUuid) const
{
    const Inventory::Host *h = m_inventory->host(m_hostId);
    if (!h)
        return mdevUuid.left(8);
    const Topology::Holders holders = Topology::holders(h->snapshot);
    const QString vm = holders.mdev.value(mdevUuid);
    if (const auto it = h->snapshot.vms.constFind(vm); it != h->snapshot.vms.cend())
        return it->name;
    return tr("vGPU %1", "@item mdev uuid prefix").arg(mdevUuid.left(8));
}

void TelemetryView::fillVgpuChart()
{
    QChart *chart = m_vgpuView->chart();
    const QStringList vgpus = m_history->vgpusOf(m_hostId, m_gpu);
    const Metric metric = Metric(m_vgpuMetric->currentData().toInt());
    chart->setTitle(vgpus.isEmpty() ? tr("No vGPUs on this GPU") : m_vgpuMetric->currentText());
    chart->setTitleBrush(palette().color(QPalette::WindowText));
    chart->setLocale(locale());
    m_vgpuMetric->setEnabled(!vgpus.isEmpty());
    // One line per vGPU: series are made again only when the set of vGPUs changes.
    QStringList shown;
    for (QAbstractSeries *s : chart->series())
        shown.append(s->property("mdev").toString());
    constexpr int MaxLines = 16;
    const QStringList wanted = vgpus.mid(0, MaxLines);
    if (shown != wanted) {
        chart->removeAllSeries();
        for (const QString &m : wanted) {
            auto *s = new QLineSeries;
            s->setProperty("mdev", m);
            s->setName(vgpuName(m));
            chart->addSeries(s);
            for (QAbstractAxis *a : chart->axes())
                s->attachAxis(a);
        }
        chart->legend()->setVisible(!wanted.isEmpty());
        chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    }
    double top = isPercent(metric) ? 100 : 1;
    for (QAbstractSeries *s : chart->series()) {
        auto *line = static_cast<QLineSeries *>(s);
        QList<QPointF> pts;
        for (const auto &p :
             m_history->vgpuSeries(m_hostId, s->property("mdev").toString(), metric, m_span)) {
            pts.append({double(p.msecs), chartValue(metric, p.avg)});
            top = std::max(top, chartValue(metric, p.avg) * 1.1);
        }
        line->replace(pts);
    }
    const qint64 span = m_span == Span::Recent ? qint64(TelemetryHistory::RecentSeconds) * 1000
                                               : qint64(TelemetryHistory::HourSeconds) * 1000;
    qint64 end = m_history->lastMsecs(m_hostId);
    if (end <= 0)
        end = QDateTime::currentMSecsSinceEpoch();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QAbstractAxis *a : chart->axes()) {
        a->setLabelsBrush(palette().color(QPalette::WindowText));
        a->setGridLinePen(QPen(dark ? QColor(255, 255, 255, 40) : QColor(0, 0, 0, 30)));
        if (auto *x = qobject_cast<QDateTimeAxis *>(a)) {
            x->setFormat(timeFormat(locale(), m_span == Span::Recent));
            x->setTickCount(timeTicks(chart, locale(), x->format()));
            x->setRange(QDateTime::fromMSecsSinceEpoch(end - span), QDateTime::fromMSecsSinceEpoch(end));
        } else if (auto *y = qobject_cast<QValueAxis *>(a)) {
            y->setRange(0, isPercent(metric) ? 100 : top);
            if (!isPercent(metric))
                y->applyNiceNumbers();
            y->setLabelFormat(isPercent(metric) || top >= 10 ? QStringLiteral("%.0f")
                                                             : QStringLiteral("%.1f"));
        }
    }
}
