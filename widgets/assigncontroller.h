// Assignment in the window: drags from the board, the tree and the profile table; drops on VMs with the
// verdict shown before release; "Assign to…", "Release" and Delete; the plan preview, execution with
// progress, the report, and undo. The backend's PlanRunner does the work; this turns it into interaction.
#pragma once

#include "assign/assignmentrequest.h"
#include "assign/assignmentverdict.h"
#include "assign/planreport.h"
#include "assigndrag.h"
#include "core/result.h"

#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QRect>

#include <optional>

class GpuBoardView;
class Inventory;
class MessageBar;
class PlanPreviewDialog;
class PlanReportDialog;
class PlanRunner;
class QAbstractItemView;
class QAction;
class QDropEvent;
class QProgressBar;
class QToolButton;
class QStatusBar;
class QWidget;

class AssignController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignController)
public:
    // Dialogs open over `window`; failures go to `messages`, progress and hints to `status`.
    AssignController(Inventory *inventory, PlanRunner *runner, QWidget *window, MessageBar *messages,
                     QStatusBar *status, QObject *parent = nullptr);
    ~AssignController() override;

    // Item views whose rows publish ObjectRoles::RefRole: drag what rows show, drop on VM rows.
    void attachView(QAbstractItemView *view, bool dragSource, bool dropTarget);
    void attachBoard(GpuBoardView *board);

    // What a drop of `payload` on these VMs asks for (Release when a held device is dropped away from its
    // VM: `targets` empty), and what the validator says of it.
    AssignmentRequest requestFor(const AssignDrag::Payload &payload,
                                 const QList<AssignmentTarget> &targets) const;
    AssignmentVerdict validate(const AssignmentRequest &request) const;

    // The flow: plan on the host, preview, execute on Apply.
    void propose(const AssignmentRequest &request);
    // Menu actions on an object of the cluster.
    bool canAssign(const ObjectRef &ref) const;
    bool canRelease(const ObjectRef &ref) const;
    void assignTo(const ObjectRef &source); // asks for the VMs
    void release(const ObjectRef &device);  // from the VM that holds it
    // Release one of a VM's devices.
    void releaseFromVm(const QString &hostId, const QString &vmUuid, const Hostdev &device);

    // The runner plans go through (the scheduler preview's Apply prepares and executes with it).
    PlanRunner *runner() const { return m_runner; }
    QAction *undoAction() const { return m_undo; }
    QAction *reportAction() const { return m_showReport; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; } // shown while a plan runs
    // For tests and accessibility tools: the preview now open, the last drag hint and report.
    PlanPreviewDialog *preview() const;
    PlanReportDialog *reportDialog() const;
    QString dropHint() const { return m_hint; }
    bool dropHintAccepts() const { return m_hintAccepts; }
    std::optional<PlanReport> lastReport() const { return m_lastReport; }
    void showReport();

Q_SIGNALS:
    void planFinished(const PlanReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct DropSite
    {
        QList<AssignmentTarget> vms; // empty: not on a VM
        QString hostId;              // the host of what is under the cursor; empty: nothing
        QRect rect;                  // what to highlight, viewport coordinates
    };
    ObjectRef refAt(QObject *viewport, const QPoint &pos) const;
    DropSite siteAt(QObject *viewport, const QPoint &pos) const;
    bool dragMove(QObject *viewport, QDropEvent *event, bool drop);
    void startDrag(QObject *viewport);
    void setHint(const QString &text, bool accepts);
    void onPlanReady(const AssignmentPlan &plan);
    void onFinished(const PlanReport &report);
    void execute(const AssignmentPlan &plan);
    const HostSnapshot *snapshotOf(const QString &hostId) const;

    Inventory *m_inventory;
    PlanRunner *m_runner;
    QWidget *m_window;
    MessageBar *m_messages;
    QStatusBar *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QString m_runningPlan;
    QAction *m_undo;
    QAction *m_showReport;
    QHash<QObject *, QAbstractItemView *> m_views; // by viewport
    QList<QObject *> m_dragSources;
    GpuBoardView *m_board = nullptr;
    QPoint m_pressPos;
    QObject *m_pressed = nullptr;
    QString m_pendingPlan;
    QPointer<PlanPreviewDialog> m_preview;
    QPointer<PlanReportDialog> m_reportDialog;
    QString m_hint;
    bool m_hintAccepts = false;
    std::optional<PlanReport> m_lastReport;
};
