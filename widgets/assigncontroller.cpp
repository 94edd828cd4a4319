#include "assigncontroller.h"
#include "retranslator.h"

#include "assign/assignmentvalidator.h"
#include "assign/planrunner.h"
#include "inventory/inventory.h"
#include "messagebar.h"
#include "planpreviewdialog.h"
#include "planreportdialog.h"
#include "vmpickerdialog.h"

#include <QAction>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

AssignController::AssignController(Inventory *inventory, PlanRunner *runner, QWidget *window,
                                   MessageBar *messages, QStatusBar *status, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_runner(runner), m_window(window), m_messages(messages),
      m_status(status)
{
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    // Stops the running plan before its next step; the steps done are undone, as after a failure.
    m_cancel = new QToolButton(window);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_runner->cancel(m_runningPlan))
            m_cancel->setEnabled(false);
    });
    if (m_status) {
        m_status->addPermanentWidget(m_progress);
        m_status->addPermanentWidget(m_cancel);
    }

    m_undo = new QAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (!m_runner->undo())
            m_messages->show(MessageBar::Kind::Info,
                             Error{tr("Nothing to undo, or the host is busy with another plan."), {}});
    });
    connect(m_runner, &PlanRunner::undoAvailableChanged, this, [this](bool available) {
        m_undo->setEnabled(available);
        const auto plan = m_runner->undoPlan();
        m_undo->setToolTip(plan ? plan->summary() : QString());
    });
    m_showReport = new QAction(this);
    // The window's language change reaches the actions through this controller.
    (new Retranslator(window, this))->bind([this] {
        m_progress->setAccessibleName(tr("Plan progress"));
        m_cancel->setText(tr("Cancel", "@action:button stop the running assignment plan"));
        m_cancel->setToolTip(tr("Stop the plan before its next step and undo the steps already done"));
        m_undo->setText(tr("&Undo Assignment"));
        m_showReport->setText(tr("Last Plan &Report…"));
    });
    m_showReport->setEnabled(false);
    connect(m_showReport, &QAction::triggered, this, &AssignController::showReport);

    connect(m_runner, &PlanRunner::planReady, this, &AssignController::onPlanReady);
    connect(m_runner, &PlanRunner::planFailed, this, [this](const QString &id, const Error &error) {
        if (id != m_pendingPlan)
            return;
        m_pendingPlan.clear();
        if (m_preview)
            m_preview->setPlanFailed(error.summary);
        else
            m_messages->show(MessageBar::Kind::Error, error);
    });
    connect(m_runner, &PlanRunner::progress, this,
            [this](const QString &, int step, int steps, bool undoing, const QString &text) {
                m_progress->setRange(0, steps);
                m_progress->setValue(step);
                m_progress->setFormat(undoing ? tr("Undoing %1/%2").arg(step).arg(steps)
                                              : tr("Step %1/%2").arg(step).arg(steps));
                m_progress->show();
                if (m_status)
                    m_status->showMessage(text);
            });
    connect(m_runner, &PlanRunner::finished, this, &AssignController::onFinished);
}

AssignController::~AssignController() = default;

PlanPreviewDialog *AssignController::preview() const
{
    return m_preview;
}

PlanReportDialog *AssignController::reportDialog() const
{
    return m_reportDialog;
}

const HostSnapshot *AssignController::snapshotOf(const QString &hostId) const
{
    const Inventory::Host *h = m_inventory->host(hostId);
    return h && h->loaded ? &h->snapshot : nullptr;
}

AssignmentRequest AssignController::requestFor(const AssignDrag::Payload &payload,
                                               const QList<AssignmentTarget> &targets) const
{
    if (payload.held() && targets.isEmpty())
        return AssignmentRequest::releaseFrom({payload.source.hostId, payload.heldBy}, payload.hostdev,
                                              payload.hostdev.kind == Hostdev::Kind::Mdev);
    return AssignmentRequest::assign(payload.source, targets);
}

AssignmentVerdict AssignController::validate(const AssignmentRequest &request) const
{
    const QString hostId = request.action == AssignmentRequest::Action::Release
                               ? request.targets.value(0).hostId
                               : request.source.hostId;
    const HostSnapshot *s = snapshotOf(hostId);
    if (!s) {
        AssignmentVerdict v;
        v.refuse(AssignmentRule::UnknownDevice, {request.source.address.toString()});
        return v;
    }
    return AssignmentValidator::validate(request, *s);
}

void AssignController::propose(const AssignmentRequest &request)
{
    m_pendingPlan = m_runner->prepare(request);
}

void AssignController::onPlanReady(const AssignmentPlan &plan)
{
    if (plan.id != m_pendingPlan)
        return;
    m_pendingPlan.clear();
    if (m_preview) { // a changed offer or timing: the same dialog shows the new plan
        m_preview->setPlan(plan);
        return;
    }
    m_preview = new PlanPreviewDialog(plan, m_window);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &PlanPreviewDialog::requestChanged, this, &AssignController::propose);
    connect(m_preview, &QDialog::accepted, this,
            [this, dialog = m_preview.data()] { execute(dialog->plan()); });
    connect(m_preview, &QDialog::rejected, this, [this] { m_pendingPlan.clear(); });
    m_preview->open();
}

void AssignController::execute(const AssignmentPlan &plan)
{
    if (!m_runner->execute(plan)) {
        m_messages->show(
            MessageBar::Kind::Warning,
            Error{tr("%1 is busy with another plan; try again when it has finished.").arg(plan.hostName),
                  {}});
        return;
    }
    m_progress->setRange(0, std::max<qsizetype>(1, plan.steps.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_runningPlan = plan.id;
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void AssignController::onFinished(const PlanReport &report)
{
    m_progress->hide();
    if (report.planId == m_runningPlan) {
        m_runningPlan.clear();
        m_cancel->hide();
    }
    m_lastReport = report;
    m_showReport->setEnabled(true);
    if (report.applied()) {
        if (m_status)
            m_status->showMessage(tr("Done: %1").arg(report.summary), 15000);
    } else {
        if (m_status)
            m_status->clearMessage(); // the last step's text would read as if it were still running
        const QString what =
            report.cancelled ? tr("%1 was cancelled; the steps already done were undone.").arg(report.summary)
            : report.result == PlanReport::Result::RolledBack
                ? tr("%1 failed; the steps already done were undone.").arg(report.summary)
                : tr("%1 failed and could not be undone completely; the host needs a look.")
                      .arg(report.summary);
        m_messages->show(MessageBar::Kind::Error, Error{what, PlanReportDialog::text(report)});
    }
    if (!report.auditError.isNull())
        m_messages->show(MessageBar::Kind::Warning, report.auditError);
    Q_EMIT planFinished(report);
}

void AssignController::showReport()
{
    if (!m_lastReport)
        return;
    if (m_reportDialog)
        m_reportDialog->close();
    m_reportDialog = new PlanReportDialog(*m_lastReport, m_window);
    m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reportDialog->show();
}

bool AssignController::canAssign(const ObjectRef &ref) const
{
    const HostSnapshot *s = snapshotOf(ref.hostId);
    const auto p = s ? AssignDrag::payloadFor(ref, *s) : std::nullopt;
    return p && !p->held();
}

bool AssignController::canRelease(const ObjectRef &ref) const
{
    const HostSnapshot *s = snapshotOf(ref.hostId);
    const auto p = s ? AssignDrag::payloadFor(ref, *s) : std::nullopt;
    return p && p->held();
}

void AssignController::assignTo(const ObjectRef &source)
{
    const HostSnapshot *s = snapshotOf(source.hostId);
    const auto p = s ? AssignDrag::payloadFor(source, *s) : std::nullopt;
    if (!p || p->held())
        return;
    auto *picker = new VmPickerDialog(
        p->label, source.hostId, *s,
        [this, payload = *p](const QList<AssignmentTarget> &t) { return validate(requestFor(payload, t)); },
        m_window);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setObjectName(QStringLiteral("vmPicker"));
    connect(picker, &QDialog::accepted, this,
            [this, picker, payload = *p] { propose(requestFor(payload, picker->targets())); });
    picker->open();
}

void AssignController::release(const ObjectRef &device)
{
    const HostSnapshot *s = snapshotOf(device.hostId);
    const auto p = s ? AssignDrag::payloadFor(device, *s) : std::nullopt;
    if (p && p->held())
        propose(requestFor(*p, {}));
}

void AssignController::releaseFromVm(const QString &hostId, const QString &vmUuid, const Hostdev &device)
{
    propose(AssignmentRequest::releaseFrom({hostId, vmUuid}, device, device.kind == Hostdev::Kind::Mdev));
}
