#include "timesliceresultview.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

TimeSliceResultView::TimeSliceResultView(QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_chart(new QChartView(this))
{
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(140);
    m_chart->setMinimumWidth(240);
    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(bottom);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(bottom);
    m_table->setTabKeyNavigation(false);
    m_table->setColumnCount(4);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumHeight(3 * m_table->fontMetrics().height() + 24);
    bl->addWidget(m_summary);
    bl->addWidget(m_table, 1);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    retranslate();
}

void TimeSliceResultView::retranslate()
{
    m_chart->setAccessibleName(tr("Share of the GPU over time"));
    m_table->setAccessibleName(tr("Time-slicing results per vGPU"));
    m_table->setHorizontalHeaderLabels({tr("vGPU", "@title:column"), tr("Average share", "@title:column"),
                                        tr("Average demand", "@title:column"),
                                        tr("Worst wait", "@title:column")});
    if (m_chart->chart()->series().isEmpty())
        m_chart->chart()->setTitle(tr("Simulate to see each vGPU's share of the GPU over time"));
    for (QAbstractAxis *x : m_chart->chart()->axes(Qt::Horizontal))
        x->setTitleText(tr("Time (s)"));
    for (QAbstractAxis *y : m_chart->chart()->axes(Qt::Vertical))
        y->setTitleText(tr("Share of the GPU (%)"));
}

void TimeSliceResultView::changeEvent(QEvent *event)
{
    QSplitter::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // A light or dark system palette chosen while the console runs: the chart follows it.
    if (event->type() == QEvent::PaletteChange && m_chart->chart()) {
        m_chart->chart()->setTheme(palette().color(QPalette::Window).lightness() < 128
                                       ? QChart::ChartThemeDark
                                       : QChart::ChartThemeLight);
        m_chart->chart()->setBackgroundVisible(false);
    }
}

void TimeSliceResultView::setResult(const SimConfig &config, const SimResult &result)
{
    auto *chart = new QChart;
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *x = new QValueAxis;
    x->setTitleText(tr("Time (s)"));
    x->setRange(0, config.durationMs / 1000.0);
    x->setLabelFormat(QStringLiteral("%.1f"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Share of the GPU (%)"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const SimVgpuResult &v : result.vgpus) {
        auto *series = new QLineSeries(chart);
        series->setName(v.name);
        for (int i = 0; i < v.share.size() && i < result.sampleStartMs.size(); ++i)
            series->append(result.sampleStartMs[i] / 1000.0, v.share[i] * 100);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;

    const QLocale l;
    m_table->setRowCount(int(result.vgpus.size()));
    for (int r = 0; r < result.vgpus.size(); ++r) {
        const SimVgpuResult &v = result.vgpus[r];
        const QStringList cells{v.name, tr("%1 %").arg(l.toString(v.averageShare * 100, 'f', 1)),
                                tr("%1 %").arg(l.toString(v.averageDemand * 100, 'f', 1)),
                                tr("%1 ms").arg(l.toString(v.worstWaitMs, 'f', 1))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1, time slice %2 ms, frame-rate limiter %3")
                           .arg(RmPVMRL::policyDisplayName(config.scheduler.policy),
                                l.toString(result.timeSliceUs / 1000.0, 'f', 2),
                                result.frameRateLimiterActive ? tr("on", "@label frame-rate limiter")
                                                              : tr("off", "@label frame-rate limiter")));
}
