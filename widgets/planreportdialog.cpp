#include "planreportdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

PlanReportDialog::PlanReportDialog(const PlanReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Plan Report"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(report.summary, this);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    QString result = tr("%1 on %2, %3")
                         .arg(report.resultText(), report.hostName,
                              QLocale().toString(report.finished.toLocalTime(), QLocale::ShortFormat));
    if (!report.error.isNull())
        result += QStringLiteral("<br>") + tr("Stopped by: %1").arg(report.error.toString().toHtmlEscaped());
    if (!report.auditError.isNull())
        result +=
            QStringLiteral("<br>") +
            tr("The audit log could not be written: %1").arg(report.auditError.toString().toHtmlEscaped());
    m_result = new QLabel(result, this);
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_steps = new QTreeWidget(this);
    m_steps->setHeaderLabels({tr("Step"), tr("Outcome")});
    m_steps->setAccessibleName(tr("Plan steps and their outcome"));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->setWordWrap(true);
    int n = 0;
    for (const StepReport &s : report.steps) {
        auto *item = new QTreeWidgetItem(
            m_steps, {tr("%1. %2").arg(++n).arg(s.step.description()), outcomeText(s.outcome)});
        item->setData(1, Qt::UserRole, s.outcomeKey());
        if (s.outcome == StepReport::Outcome::Failed || s.outcome == StepReport::Outcome::UndoFailed)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        auto child = [item](const QString &what, const QString &text) {
            if (!text.isEmpty())
                new QTreeWidgetItem(item, {what.arg(text)});
        };
        child(tr("Said: %1", "@info what libvirt or the agent answered"), s.detail);
        if (!s.error.isNull())
            child(tr("Failed: %1"), s.error.toString());
        child(tr("Undo: %1"), s.undoDetail);
        if (!s.undoError.isNull())
            child(tr("Undo failed: %1"), s.undoError.toString());
    }
    m_steps->expandAll();
    layout->addWidget(m_steps, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 460);
}

QString PlanReportDialog::outcomeText(StepReport::Outcome o)
{
    switch (o) {
    case StepReport::Outcome::NotRun:
        return tr("not run");
    case StepReport::Outcome::Done:
        return tr("done");
    case StepReport::Outcome::Failed:
        return tr("failed");
    case StepReport::Outcome::Undone:
        return tr("undone");
    case StepReport::Outcome::UndoFailed:
        return tr("undo failed");
    }
    return {};
}

QString PlanReportDialog::text(const PlanReport &report)
{
    QStringList lines{report.summary + QStringLiteral(": ") + report.resultText()};
    if (!report.error.isNull())
        lines << report.error.toString();
    int n = 0;
    for (const StepReport &s : report.steps) {
        lines << QStringLiteral("%1. %2 — %3").arg(++n).arg(s.step.description(), outcomeText(s.outcome));
        for (const QString &t : {s.detail, s.error.toString(), s.undoDetail, s.undoError.toString()})
            if (!t.isEmpty())
                lines << QStringLiteral("    ") + t;
    }
    return lines.join(QLatin1Char('\n'));
}
