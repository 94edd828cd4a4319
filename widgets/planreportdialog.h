// What happened when a plan ran: the result, the error that stopped it, and every step with its outcome,
// what libvirt or the agent said, and how its undo went.
#pragma once

#include "assign/planreport.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

class PlanReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanReportDialog)
public:
    explicit PlanReportDialog(const PlanReport &report, QWidget *parent = nullptr);
    QTreeWidget *steps() const { return m_steps; }
    QLabel *result() const { return m_result; }

    static QString outcomeText(StepReport::Outcome o);
    // The report as plain text, for the message bar's Details and for copying.
    static QString text(const PlanReport &report);

private:
    QLabel *m_result;
    QTreeWidget *m_steps;
};
