#include "policycomparisonchart.h"

#include "scheduler/policycomparisonmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

using M = Sched::PolicyComparisonModel;

PolicyComparisonChart::PolicyComparisonChart(M *model, QWidget *parent) : QChartView(parent), m_model(model)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Policy comparison chart"));
    setMinimumHeight(110);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PolicyComparisonChart::rebuild);
    rebuild();
}

void PolicyComparisonChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void PolicyComparisonChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    fitToHeight();
}

void PolicyComparisonChart::fitToHeight()
{
    const int line = fontMetrics().height();
    chart()->legend()->setVisible(height() > 12 * line);
    for (QAbstractAxis *axis : chart()->axes())
        axis->setTitleVisible(height() > 10 * line);
}

void PolicyComparisonChart::rebuild()
{
    auto *chart = new QChart;
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_bars = new QBarSeries;
    m_line = new QLineSeries;
    m_line->setName(tr("GPU demand placed (%)"));
    auto *touched = new QBarSet(tr("GPUs touched"));
    auto *free = new QBarSet(tr("GPUs left free"));
    auto *frag = new QBarSet(tr("Fragmentation (GPUs)"));
    QStringList categories;
    double top = 1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Sched::PlacementTotals &t = m_model->totals(r);
        categories << m_model->index(r, M::PolicyColumn).data().toString();
        *touched << t.gpusTouched;
        *free << t.gpusFree;
        *frag << t.fragmentationGpus;
        m_line->append(r, t.allocatedShare() * 100);
        top = std::max({top, double(t.gpusTouched), double(t.gpusFree), t.fragmentationGpus});
    }
    m_bars->append({touched, free, frag});
    chart->addSeries(m_bars);
    chart->addSeries(m_line);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *gpus = new QValueAxis;
    gpus->setTitleText(tr("GPUs"));
    gpus->setRange(0, std::ceil(top * 1.1));
    gpus->setLabelFormat(QStringLiteral("%.0f"));
    auto *percent = new QValueAxis;
    percent->setTitleText(tr("% placed", "@title:axis share of the GPU demand placed"));
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(gpus, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    m_bars->attachAxis(x);
    m_bars->attachAxis(gpus);
    m_line->attachAxis(x);
    m_line->attachAxis(percent);
    m_line->setPointsVisible(true);
    // The theme would give the line a bar set's colour; it is another measure, so another colour.
    QPen pen(palette().color(QPalette::Window).lightness() < 128 ? QColor(0xf6, 0x61, 0x51)
                                                                 : QColor(0xc0, 0x1c, 0x28));
    pen.setWidth(2);
    m_line->setPen(pen);
    if (m_model->rowCount() == 0)
        chart->setTitle(tr("Run the preview to compare the policies"));
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    fitToHeight();
}
