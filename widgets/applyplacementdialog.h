// Applying a placement preview for real: each placed instance gets an idle VM of its host (matched by
// name, changeable), the validator's live verdict, then one combined preview of every plan, and Apply runs
// them one after another through the PlanRunner, stopping at the first failure.
#pragma once

#include "assign/assignmentplan.h"
#include "assign/planreport.h"
#include "scheduler/placement.h"

#include <QDialog>
#include <QHash>

class Inventory;
class PlanRunner;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

class ApplyPlacementDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyPlacementDialog)
public:
    struct Item
    {
        Sched::PlacementRequest request;
        Sched::PlacedItem placed;
        QString hostId; // inventory id
    };
    ApplyPlacementDialog(Inventory *inventory, PlanRunner *runner, const QList<Item> &items,
                         QWidget *parent = nullptr);

    // For tests and accessibility tools.
    QTableWidget *table() const { return m_table; }
    QComboBox *vmBox(int row) const;
    QString verdictText(int row) const;
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    QTreeWidget *plans() const { return m_plans; }
    QTabWidget *diffs() const { return m_diffs; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *progressBar() const { return m_progress; }
    QList<PlanReport> reports() const { return m_reports; }

    enum Column { RequestColumn, InstanceColumn, HostColumn, GpuColumn, WhatColumn, VmColumn, VerdictColumn };

    // While plans run: stops the chain (stop()) instead of closing.
    void reject() override;
    // The running plan is cancelled and undone; the plans before it stay applied, the rest do not run.
    void stop();

Q_SIGNALS:
    void plansPrepared(); // the combined preview is shown
    void done();          // Apply ran: every plan applied, or stopped at a failure

private:
    void fillTable();
    void updateRow(int row);
    void prepareAll();
    void onPlanReady(const AssignmentPlan &plan);
    void onPlanFailed(const QString &planId, const Error &error);
    void showPlans();
    void applyAll();
    void runNext();
    void onFinished(const PlanReport &report);
    void finish(const QString &stoppedBy);
    QList<AssignmentRequest> requestsOf(int row, QString *why) const;

    Inventory *m_inventory;
    PlanRunner *m_runner;
    QList<Item> m_items;
    QStringList m_skipped; // "request #n: why", for items left out
    // Preparing: plan ids asked for, in order, and what came back.
    QStringList m_pending;
    QList<AssignmentRequest> m_pendingRequests;
    QHash<QString, AssignmentPlan> m_ready;
    QStringList m_failures;
    QList<AssignmentPlan> m_planList; // in order
    // Applying.
    int m_next = 0;
    QString m_replanId; // a later plan on a host an earlier one changed, planned again
    QString m_runningId;
    QList<PlanReport> m_reports;
    bool m_applying = false;
    bool m_stopping = false;

    QStackedWidget *m_pages;
    QTableWidget *m_table;
    QTreeWidget *m_plans;
    QTabWidget *m_diffs;
    QLabel *m_intro;
    QLabel *m_planNote;
    QLabel *m_result;
    QProgressBar *m_progress;
    QPushButton *m_previewButton;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
};
