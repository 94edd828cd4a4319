// The scheduler preview: requests edited in place, placed on the current snapshot under every policy in a
// worker thread, the chosen policy's placements as a table and as ghost slices on the GPU board, and all
// policies compared side by side. Nothing is applied to any host.
#pragma once

#include "core/result.h"
#include "gpuboardghosts.h"
#include "inventory/objectref.h"
#include "scheduler/placement.h"

#include <QPointer>
#include <QWidget>

class ApplyPlacementDialog;
class AssignController;
class GpuBoardView;
class Inventory;
class MessageBar;
class PolicyComparisonChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class RequestEditor;

namespace Sched {
class PlacementResultModel;
class PlacementRunner;
class PolicyComparisonModel;
class RequestListModel;
} // namespace Sched

class SchedulerPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulerPreview)
public:
    // The board gets the ghost slices; it is not owned.
    SchedulerPreview(Inventory *inventory, GpuBoardView *board, QWidget *parent = nullptr);
    ~SchedulerPreview() override;

    // Places the requests on every loaded host's snapshot under every policy (in a worker thread).
    void run();
    // Drops the results and takes the ghost slices off the board.
    void clearPreview();
    bool isRunning() const;
    // Enables "Apply…": placements become assignment plans through the controller's runner.
    void setAssignment(AssignController *controller);
    // Opens the dialog that turns the shown placements into plans (what "Apply…" does).
    void applyPlacement();
    ApplyPlacementDialog *applyDialog() const;
    // The ghost slices of the shown policy's placements (what the board draws).
    QList<GpuBoardGhost> ghosts() const;
    // The shown policy's result (null when none) and the requests it placed: the licence panel counts the
    // planned vGPUs as demand.
    const Sched::PlacementResult *shownResult() const;
    QList<Sched::PlacementRequest> ranRequests() const { return m_ranRequests; }

    // For tests and accessibility tools.
    Sched::RequestListModel *requestModel() const { return m_requests; }
    Sched::PlacementResultModel *resultModel() const { return m_result; }
    Sched::PolicyComparisonModel *comparisonModel() const { return m_comparison; }
    RequestEditor *editor() const { return m_editor; }
    QComboBox *policyBox() const { return m_policy; }
    QCheckBox *mixedSizeBox() const { return m_mixedSize; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *applyButton() const { return m_apply; }
    QTableView *resultTable() const { return m_resultTable; }
    QTableView *comparisonTable() const { return m_comparisonTable; }
    PolicyComparisonChart *chart() const { return m_chart; }
    QLabel *totalsLabel() const { return m_totals; }
    MessageBar *messageBar() const { return m_message; }
    QTabWidget *resultTabs() const { return m_tabs; }

Q_SIGNALS:
    void finished();     // a run's results are shown
    void shownChanged(); // another policy's result is shown, or none
    // The user picked a placed row: its GPU (the board shows that host).
    void objectActivated(const ObjectRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildViews();
    void showPolicy();
    void onFinished(const QList<Sched::PlacementResult> &results);
    void updateTotals();
    void showProblem(const Error &error);
    void retranslate();
    void updateApply();

    Inventory *m_inventory;
    QPointer<GpuBoardView> m_board; // may go first when the window closes
    Sched::RequestListModel *m_requests;
    Sched::PlacementResultModel *m_result;
    Sched::PolicyComparisonModel *m_comparison;
    Sched::PlacementRunner *m_runner;
    QList<Sched::PlacementResult> m_results;
    QList<Sched::PlacementRequest> m_ranRequests; // what the results were computed for
    QStringList m_hostIds;                        // by node index of the planned cluster
    RequestEditor *m_editor = nullptr;
    MessageBar *m_message = nullptr;
    QComboBox *m_policy = nullptr;
    QCheckBox *m_mixedSize = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_apply = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_resultTable = nullptr;
    QTableView *m_comparisonTable = nullptr;
    PolicyComparisonChart *m_chart = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_policyLabel = nullptr;
    QPointer<AssignController> m_assign;
    QPointer<ApplyPlacementDialog> m_applyDialog;
};
