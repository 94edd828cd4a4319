#include "licenceusagechart.h"

#include "licensing/licencecontroller.h"
#include "model/labels.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace {
QColor colourOf(LicenseEdition e)
{
    switch (e) {
    case LicenseEdition::VApps:
        return QColor(0x8e, 0x6c, 0xc4);
    case LicenseEdition::VPC:
        return QColor(0x2b, 0x7b, 0xd6);
    case LicenseEdition::VWS:
        return QColor(0x76, 0xb9, 0x00); // NVIDIA green
    case LicenseEdition::VCS:
        return QColor(0xe0, 0x8a, 0x1e);
    case LicenseEdition::None:
        break;
    }
    return Qt::gray;
}
} // namespace

LicenceUsageChart::LicenceUsageChart(LicenceController *controller, QWidget *parent)
    : QChartView(parent), m_controller(controller)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Licence use over time"));
    setMinimumHeight(160);
    connect(m_controller, &LicenceController::historyChanged, this, &LicenceUsageChart::rebuild);
    rebuild();
}

void LicenceUsageChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void LicenceUsageChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitToSize();
}

void LicenceUsageChart::fitToSize()
{
    // Narrow: fewer time labels, and the legend below the plot rather than beside it.
    const int em = fontMetrics().averageCharWidth();
    for (QAbstractAxis *a : chart()->axes(Qt::Horizontal))
        if (auto *x = qobject_cast<QDateTimeAxis *>(a))
            x->setTickCount(std::clamp(width() / (12 * em), 2, 6));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->legend()->setVisible(height() > 10 * fontMetrics().height());
}

int LicenceUsageChart::seriesCount() const
{
    return int(chart()->series().size());
}

void LicenceUsageChart::rebuild()
{
    auto *c = new QChart;
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignRight);
    c->setTitle(tr("Leases in use (solid) against entitlement (dashed)"));
    QFont titleFont = font();
    c->setTitleFont(titleFont);
    QList<LicenceUsageSample> samples = m_controller->history().samples();
    std::stable_sort(
        samples.begin(), samples.end(),
        [](const LicenceUsageSample &a, const LicenceUsageSample &b) { return a.time < b.time; });
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    int top = 1;
    for (LicenseEdition e : LicenceServer::editions()) {
        bool any = false;
        for (const LicenceUsageSample &s : samples)
            any = any || s.inUse.value(e) > 0 || s.entitled.value(e) > 0;
        if (!any)
            continue;
        auto *use = new QLineSeries(c);
        auto *ent = new QLineSeries(c);
        use->setName(Labels::editionText(e)); // the title says which line is which
        ent->setName(tr("%1 entitled").arg(Labels::editionText(e)));
        for (const LicenceUsageSample &s : samples) {
            const qreal t = qreal(s.time.toMSecsSinceEpoch());
            use->append(t, s.inUse.value(e));
            ent->append(t, s.entitled.value(e));
            top = std::max({top, s.inUse.value(e), s.entitled.value(e)});
        }
        // A single sample draws nothing; a second one a moment later makes it a visible line.
        if (samples.size() == 1) {
            const qreal t = qreal(samples.first().time.addSecs(1).toMSecsSinceEpoch());
            use->append(t, samples.first().inUse.value(e));
            ent->append(t, samples.first().entitled.value(e));
        }
        QPen pen(colourOf(e), 2);
        use->setPen(pen);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        ent->setPen(pen);
        for (QLineSeries *s : {use, ent}) {
            c->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        // One legend entry per edition: its colour.
        for (QLegendMarker *m : c->legend()->markers(ent))
            m->setVisible(false);
    }
    y->setRange(0, top + std::max(1, top / 10));
    if (!samples.isEmpty()) {
        const QDateTime first = samples.first().time.toLocalTime();
        QDateTime last = samples.last().time.toLocalTime();
        if (last <= first.addSecs(60))
            last = first.addSecs(60);
        x->setRange(first, last);
    }
    QChart *old = chart();
    setChart(c);
    delete old;
    fitToSize();
}
