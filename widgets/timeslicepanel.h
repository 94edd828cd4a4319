// Time slicing on one physical GPU: its vGPUs (taken from a GPU of the snapshot, or added by type) with
// workload patterns, the scheduler policy, time slice, frequency and frame-rate limiter; the simulated
// share of each vGPU over time as a line chart, its average share and worst wait as a table; and the
// RmPVMRL value that sets the scheduler.
#pragma once

#include "scheduler/timeslice.h"

#include <QWidget>

class Inventory;
class MessageBar;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;
class QTableWidget;
class QThread;
class RmPVMRLPanel;
class TimeSliceResultView;

namespace Sched {
class SimVgpuListModel;
}

class TimeSlicePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSlicePanel)
public:
    explicit TimeSlicePanel(Inventory *inventory, QWidget *parent = nullptr);
    ~TimeSlicePanel() override;

    // The vGPUs of a GPU of the snapshot: one per mdev, named after the VM that holds it.
    void loadGpu(const QString &hostId, const QString &gpuAddress);
    // Adds `count` vGPUs of a time-sliced type ("A16-2Q"); false (message shown) when it is not one.
    bool addVgpusOfType(const QString &typeName, int count);
    // The configuration the fields describe.
    SimConfig config() const;
    // Simulates in a worker thread; finished() when the chart and table show the result.
    void run();
    bool isRunning() const { return m_thread != nullptr; }
    const SimResult &result() const { return m_result; }

    Sched::SimVgpuListModel *vgpuModel() const { return m_vgpus; }
    QComboBox *gpuBox() const { return m_gpu; }
    QComboBox *policyBox() const { return m_policy; }
    QSpinBox *timeSliceBox() const { return m_timeSlice; }
    QSpinBox *frequencyBox() const { return m_frequency; }
    QCheckBox *limiterBox() const { return m_limiter; }
    QPushButton *runButton() const { return m_run; }
    QChartView *chartView() const;
    QTableWidget *resultTable() const;
    RmPVMRLPanel *rmpvmrl() const { return m_rmpvmrl; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildViews();
    void retranslate();
    void refreshGpus();
    void applySetting(const SchedulerSetting &s);

    Inventory *m_inventory;
    Sched::SimVgpuListModel *m_vgpus;
    SimResult m_result;
    QThread *m_thread = nullptr;
    MessageBar *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QComboBox *m_gpu = nullptr;
    QPushButton *m_load = nullptr;
    QLineEdit *m_type = nullptr;
    QSpinBox *m_typeCount = nullptr;
    QPushButton *m_addType = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableView *m_vgpuTable = nullptr;
    QComboBox *m_policy = nullptr;
    QSpinBox *m_timeSlice = nullptr;
    QSpinBox *m_frequency = nullptr;
    QCheckBox *m_limiter = nullptr;
    QSpinBox *m_duration = nullptr;
    QPushButton *m_run = nullptr;
    TimeSliceResultView *m_view = nullptr;
    RmPVMRLPanel *m_rmpvmrl = nullptr;
    QList<QLabel *> m_labels;
    QList<class QGroupBox *> m_groups;
};
