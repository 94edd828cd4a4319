// Licence use against entitlement per edition over time: a solid line for the leases in use and a dashed
// one for the entitlement, in the edition's colour, from the controller's bounded history.
#pragma once

#include <QChartView>

class LicenceController;

class LicenceUsageChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceUsageChart)
public:
    explicit LicenceUsageChart(LicenceController *controller, QWidget *parent = nullptr);
    void rebuild();
    int seriesCount() const; // for tests

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitToSize();
    LicenceController *m_controller;
};
