// The Telemetry tab: for the selected GPU, charts of utilization, framebuffer used, temperature, power and
// encoder over the last five minutes or the last hour, its vGPUs' figures, and every GPU of its host at a
// glance. Reads TelemetryHistory; redraws at most once a second, and only while shown.
#pragma once

#include "inventory/telemetryhistory.h"
#include "model/pciaddress.h"

#include <QHash>
#include <QWidget>

class HostLoadOverview;
class Inventory;
class QAbstractButton;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;
class SelectionHub;
struct ObjectRef;

class TelemetryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryView)
public:
    using Metric = TelemetryHistory::Metric;
    using Span = TelemetryHistory::Span;

    TelemetryView(Inventory *inventory, TelemetryHistory *history, SelectionHub *hub,
                  QWidget *parent = nullptr);

    void setSpan(Span span);
    Span span() const { return m_span; }
    QString hostId() const { return m_hostId; }
    PciAddress gpu() const { return m_gpu; }
    // For tests and screenshots.
    QChart *chart(Metric metric) const; // the GPU's chart of one metric
    QChart *vgpuChart() const;
    HostLoadOverview *overview() const { return m_overview; }
    void refreshNow();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override; // the time axes' label count follows the width
    void changeEvent(QEvent *event) override;

private:
    void follow(const ObjectRef &ref);
    void showGpu(const QString &hostId, const PciAddress &gpu);
    void scheduleRefresh();
    void refresh();
    void retranslate();
    void fillChart(QChart *chart, const QList<TelemetryHistory::Point> &points, Metric metric, double top);
    void fillVgpuChart();
    QString vgpuName(const QString &mdevUuid) const;

    Inventory *m_inventory;
    TelemetryHistory *m_history;
    SelectionHub *m_hub;
    QString m_hostId;
    PciAddress m_gpu;
    Span m_span = Span::Recent;
    QLabel *m_title;
    QAbstractButton *m_recent;
    QAbstractButton *m_hour;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    HostLoadOverview *m_overview;
    QHash<int, QChartView *> m_views; // by Metric
    QChartView *m_vgpuView;
    QComboBox *m_vgpuMetric;
    QTimer *m_timer;
};
