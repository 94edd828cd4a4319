// A time-slice simulation's result: each vGPU's share of the GPU over time as a line chart (one series
// per vGPU), and a table of average share, average demand and worst wait.
#pragma once

#include "scheduler/timeslice.h"

#include <QSplitter>

class QChartView;
class QLabel;
class QTableWidget;

class TimeSliceResultView final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSliceResultView)
public:
    explicit TimeSliceResultView(QWidget *parent = nullptr);

    void setResult(const SimConfig &config, const SimResult &result);

    QChartView *chartView() const { return m_chart; }
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QChartView *m_chart;
    QLabel *m_summary;
    QTableWidget *m_table;
};
