// The preview of a plan before it runs: the verdict's warnings and offers, the licence the guest needs,
// when the change reaches the VM, the ordered steps, and each VM's domain XML before and after as a
// coloured diff. Changing an offer or the timing asks for a new plan (requestChanged); Apply accepts.
#pragma once

#include "assign/assignmentplan.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextEdit;
class QTreeWidget;
class QVBoxLayout;

class PlanPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPreviewDialog)
public:
    explicit PlanPreviewDialog(const AssignmentPlan &plan, QWidget *parent = nullptr);

    // The plan for the changed request arrived (or replanning failed: `error` set, Apply stays off).
    void setPlan(const AssignmentPlan &plan);
    void setPlanFailed(const QString &error);
    const AssignmentPlan &plan() const { return m_plan; }

    // For tests and accessibility tools.
    QTreeWidget *steps() const { return m_steps; }
    QTabWidget *diffs() const { return m_diffs; }
    QTextEdit *diffView(int domain = 0) const;
    QList<QCheckBox *> offerBoxes() const { return m_offerBoxes; }
    QCheckBox *removeMdevBox() const { return m_removeMdev; } // shown when a vGPU is released
    QRadioButton *nextStartButton() const { return m_nextStart; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *reasons() const { return m_reasons; }

    // Fills a text view with a coloured diff of two texts; the one place that knows the colours.
    static void showDiff(QTextEdit *view, const QString &before, const QString &after);

Q_SIGNALS:
    void requestChanged(const AssignmentRequest &request);

private:
    void fill();
    void emitRequest();

    AssignmentPlan m_plan;
    QList<AssignmentOffer> m_offers; // every offer seen, so an accepted one keeps its box
    bool m_liveChoice = false;       // a live attach is possible: the operator may defer to the next start
    QLabel *m_summary;
    QLabel *m_reasons;
    QLabel *m_licence;
    QWidget *m_offerBox;
    QVBoxLayout *m_offerLayout;
    QList<QCheckBox *> m_offerBoxes;
    QCheckBox *m_removeMdev = nullptr;
    QWidget *m_timingBox;
    QRadioButton *m_live;
    QRadioButton *m_nextStart;
    QTreeWidget *m_steps;
    QTabWidget *m_diffs;
    QDialogButtonBox *m_buttons;
    QPushButton *m_apply;
};
