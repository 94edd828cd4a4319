// The policy comparison as a chart: per policy the GPUs touched, left free and lost to fragmentation
// (bars, left axis) and the share of the GPU demand placed (line, right axis, percent).
#pragma once

#include <QChartView>

class QBarSeries;
class QLineSeries;

namespace Sched {
class PolicyComparisonModel;
}

class PolicyComparisonChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyComparisonChart)
public:
    explicit PolicyComparisonChart(Sched::PolicyComparisonModel *model, QWidget *parent = nullptr);

    QBarSeries *bars() const { return m_bars; }
    QLineSeries *demandLine() const { return m_line; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void fitToHeight(); // a low chart drops its legend and axis titles to keep the bars

    Sched::PolicyComparisonModel *m_model;
    QBarSeries *m_bars = nullptr;
    QLineSeries *m_line = nullptr;
};
