// The "Apply…" of the scheduler preview: placed instances to VMs, one combined plan preview, sequential run.
#include "applyplacementdialog.h"

#include "assign/assignmentvalidator.h"
#include "assign/planrunner.h"
#include "inventory/inventory.h"
#include "inventory/modelnames.h"
#include "planpreviewdialog.h"
#include "scheduler/placementapply.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Sched;

ApplyPlacementDialog::ApplyPlacementDialog(Inventory *inventory, PlanRunner *runner, const QList<Item> &items,
                                           QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_runner(runner), m_items(items)
{
    setWindowTitle(tr("Apply Placement"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *first = new QWidget(m_pages);
    auto *fl = new QVBoxLayout(first);
    fl->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(tr("Choose the VM each placed instance is for. Only VMs of the instance's host "
                            "that hold no device are offered; rows left at \"— skip —\" are not applied."),
                         first);
    m_intro->setWordWrap(true);
    fl->addWidget(m_intro);
    m_table = new QTableWidget(first);
    m_table->setTabKeyNavigation(false); // Tab goes through the VM boxes, not every cell
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Request"), tr("#", "@title instance number"), tr("Host"),
                                        tr("GPU"), tr("What"), tr("VM"), tr("Verdict")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Placed instances"));
    fl->addWidget(m_table, 1);
    m_pages->addWidget(first);

    auto *second = new QWidget(m_pages);
    auto *sl = new QVBoxLayout(second);
    sl->setContentsMargins(0, 0, 0, 0);
    m_planNote = new QLabel(second);
    m_planNote->setWordWrap(true);
    sl->addWidget(m_planNote);
    auto *split = new QSplitter(Qt::Vertical, second);
    m_plans = new QTreeWidget(split);
    m_plans->setHeaderLabels({tr("Plan and steps")});
    m_plans->setAccessibleName(tr("Plans"));
    m_diffs = new QTabWidget(split);
    sl->addWidget(split, 1);
    m_progress = new QProgressBar(second);
    m_progress->hide();
    sl->addWidget(m_progress);
    m_result = new QLabel(second);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_result);
    m_pages->addWidget(second);

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("&Preview and Apply…"), QDialogButtonBox::AcceptRole);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->hide();
    m_closeButton = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_previewButton, &QPushButton::clicked, this, &ApplyPlacementDialog::prepareAll);
    connect(m_applyButton, &QPushButton::clicked, this, &ApplyPlacementDialog::applyAll);
    connect(m_closeButton, &QPushButton::clicked, this, &ApplyPlacementDialog::reject);
    connect(m_runner, &PlanRunner::planReady, this, &ApplyPlacementDialog::onPlanReady);
    connect(m_runner, &PlanRunner::planFailed, this, &ApplyPlacementDialog::onPlanFailed);
    connect(m_runner, &PlanRunner::finished, this, &ApplyPlacementDialog::onFinished);
    connect(m_runner, &PlanRunner::progress, this,
            [this](const QString &planId, int step, int steps, bool, const QString &text) {
                if (planId != m_runningId || steps <= 0)
                    return;
                // One bar for all plans: each plan is an equal share of it.
                const int total = int(m_planList.size()) * 1000;
                m_progress->setMaximum(total);
                m_progress->setValue(m_next * 1000 + step * 1000 / steps);
                m_progress->setFormat(text);
            });
    fillTable();
    resize(960, 560);
}

void ApplyPlacementDialog::reject()
{
    if (m_applying)
        stop(); // Escape or the window's close button while plans run: stop, as the Stop button does
    else
        QDialog::reject();
}

void ApplyPlacementDialog::stop()
{
    if (!m_applying || m_stopping)
        return;
    // The running plan stops before its next step and undoes its steps; the plans before it stay applied,
    // the ones after it do not run.
    m_stopping = true;
    m_closeButton->setEnabled(false);
    if (!m_runningId.isEmpty())
        m_runner->cancel(m_runningId);
}

QComboBox *ApplyPlacementDialog::vmBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, VmColumn));
}

QString ApplyPlacementDialog::verdictText(int row) const
{
    const QTableWidgetItem *it = m_table->item(row, VerdictColumn);
    return it ? it->text() : QString();
}

void ApplyPlacementDialog::fillTable()
{
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const Item &item = m_items[row];
        const Inventory::Host *h = m_inventory->host(item.hostId);
        auto cell = [&](int column, const QString &text) {
            m_table->setItem(row, column, new QTableWidgetItem(text));
        };
        cell(RequestColumn, item.placed.request);
        cell(InstanceColumn, QLocale().toString(item.placed.instance + 1));
        cell(HostColumn, h ? ModelNames::hostLabel(*h) : item.placed.host);
        cell(GpuColumn, item.placed.gpuAddresses.join(QStringLiteral(", ")));
        cell(WhatColumn, PlacementApply::whatText(item.request, item.placed));
        auto *box = new QComboBox(m_table);
        box->addItem(tr("— skip —"), QString());
        if (h) {
            for (const VirtualMachine &vm : PlacementApply::idleVms(h->snapshot))
                box->addItem(vm.name, vm.uuid);
            const QString match = PlacementApply::matchVm(
                h->snapshot, item.placed.request, std::max(1, item.request.count), item.placed.instance + 1);
            box->setCurrentIndex(std::max(0, box->findData(match)));
        }
        m_table->setCellWidget(row, VmColumn, box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            for (int r = 0; r < m_table->rowCount(); ++r)
                updateRow(r); // one VM chosen for two rows is refused on both
        });
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    m_table->resizeColumnsToContents();
}

QList<AssignmentRequest> ApplyPlacementDialog::requestsOf(int row, QString *why) const
{
    const Item &item = m_items[row];
    const QString vm = vmBox(row) ? vmBox(row)->currentData().toString() : QString();
    const Inventory::Host *h = m_inventory->host(item.hostId);
    if (vm.isEmpty() || !h) {
        *why = tr("skipped: no VM chosen");
        return {};
    }
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (r != row && vmBox(r) && m_items[r].hostId == item.hostId &&
            vmBox(r)->currentData().toString() == vm) {
            *why = tr("refused: the VM is chosen for another instance too");
            return {};
        }
    }
    const auto requests = PlacementApply::toRequests(item.request, item.placed, item.hostId, h->snapshot, vm);
    if (!requests) {
        *why = tr("cannot be applied: %1").arg(requests.error().summary);
        return {};
    }
    for (const AssignmentRequest &r : requests.value()) {
        const AssignmentVerdict v = AssignmentValidator::validate(r, h->snapshot);
        if (!v.accepted()) {
            *why = tr("refused: %1").arg(v.summary());
            return {};
        }
    }
    why->clear();
    return requests.value();
}

void ApplyPlacementDialog::updateRow(int row)
{
    QString why;
    const QList<AssignmentRequest> requests = requestsOf(row, &why);
    QString text = why;
    if (!requests.isEmpty()) {
        const Inventory::Host *h = m_inventory->host(m_items[row].hostId);
        const AssignmentVerdict v = AssignmentValidator::validate(requests.front(), h->snapshot);
        text = v.decision() == AssignmentVerdict::Decision::Warn
                   ? tr("accepted, with warnings: %1").arg(v.summary())
                   : tr("accepted");
    }
    auto *it = new QTableWidgetItem(text);
    it->setToolTip(text);
    it->setForeground(requests.isEmpty() ? palette().color(QPalette::PlaceholderText)
                                         : palette().color(QPalette::Text));
    m_table->setItem(row, VerdictColumn, it);
}

void ApplyPlacementDialog::prepareAll()
{
    m_pending.clear();
    m_pendingRequests.clear();
    m_ready.clear();
    m_failures.clear();
    m_skipped.clear();
    for (int row = 0; row < m_items.size(); ++row) {
        QString why;
        const QList<AssignmentRequest> requests = requestsOf(row, &why);
        if (requests.isEmpty()) {
            m_skipped.append(tr("%1 #%2: %3")
                                 .arg(m_items[row].placed.request)
                                 .arg(m_items[row].placed.instance + 1)
                                 .arg(why));
            continue;
        }
        m_pendingRequests += requests;
    }
    if (m_pendingRequests.isEmpty()) {
        m_intro->setText(
            tr("Nothing to apply: choose a VM that the validator accepts for at least one instance."));
        return;
    }
    m_previewButton->setEnabled(false);
    m_table->setEnabled(false);
    for (const AssignmentRequest &r : m_pendingRequests)
        m_pending.append(m_runner->prepare(r));
}

void ApplyPlacementDialog::onPlanReady(const AssignmentPlan &plan)
{
    if (plan.id == m_replanId) {
        m_replanId.clear();
        m_planList[m_next] = plan;
        if (m_stopping) {
            finish(tr("stopped by the operator"));
            return;
        }
        m_runningId = plan.id;
        if (!m_runner->execute(plan))
            finish(tr("the host is busy with another plan"));
        return;
    }
    if (!m_pending.contains(plan.id))
        return;
    m_ready.insert(plan.id, plan);
    if (m_ready.size() + m_failures.size() == m_pending.size())
        showPlans();
}

void ApplyPlacementDialog::onPlanFailed(const QString &planId, const Error &error)
{
    if (planId == m_replanId) {
        m_replanId.clear();
        finish(error.summary);
        return;
    }
    if (!m_pending.contains(planId))
        return;
    m_failures.append(error.summary);
    if (m_ready.size() + m_failures.size() == m_pending.size())
        showPlans();
}

void ApplyPlacementDialog::showPlans()
{
    m_planList.clear();
    for (const QString &id : std::as_const(m_pending))
        if (m_ready.contains(id))
            m_planList.append(m_ready[id]);
    m_plans->clear();
    m_diffs->clear();
    for (const AssignmentPlan &plan : std::as_const(m_planList)) {
        auto *top = new QTreeWidgetItem(m_plans, {tr("%1 (on %2)").arg(plan.summary(), plan.hostName)});
        for (const AssignmentReason &r : plan.verdict.reasons)
            if (r.severity == Severity::Warning)
                new QTreeWidgetItem(top, {tr("Warning: %1").arg(r.text())});
        for (const PlanStep &s : plan.steps)
            new QTreeWidgetItem(top, {s.description()});
        top->setExpanded(true);
        for (const DomainChange &d : plan.domains) {
            auto *view = new QTextEdit(m_diffs);
            view->setReadOnly(true);
            PlanPreviewDialog::showDiff(view, d.before, d.after);
            m_diffs->addTab(view, d.vmName);
        }
    }
    QStringList notes;
    notes.append(tr("%n plan(s) will run one after another; the first failure stops the rest (its own steps "
                    "are rolled back). A plan on a host an earlier one changed is planned again just before "
                    "it runs.",
                    nullptr, int(m_planList.size())));
    if (!m_failures.isEmpty())
        notes.append(tr("Could not be planned: %1").arg(m_failures.join(QStringLiteral("; "))));
    if (!m_skipped.isEmpty())
        notes.append(tr("Skipped: %1").arg(m_skipped.join(QStringLiteral("; "))));
    m_planNote->setText(notes.join(QLatin1Char('\n')));
    m_pages->setCurrentIndex(1);
    m_previewButton->hide();
    m_applyButton->show();
    m_applyButton->setEnabled(!m_planList.isEmpty());
    m_applyButton->setDefault(true);
    Q_EMIT plansPrepared();
}

void ApplyPlacementDialog::applyAll()
{
    m_applying = true;
    m_stopping = false;
    m_applyButton->setEnabled(false);
    m_closeButton->setText(tr("&Stop", "@action:button stop applying the plans"));
    m_closeButton->setToolTip(
        tr("Stop after undoing the running plan's steps; the plans already applied stay"));
    m_reports.clear();
    m_next = 0;
    m_progress->setMaximum(int(m_planList.size()) * 1000);
    m_progress->setValue(0);
    m_progress->show();
    runNext();
}

void ApplyPlacementDialog::runNext()
{
    if (m_stopping) {
        finish(tr("stopped by the operator"));
        return;
    }
    if (m_next >= m_planList.size()) {
        finish({});
        return;
    }
    const AssignmentPlan &plan = m_planList[m_next];
    bool hostChanged = false;
    for (int i = 0; i < m_next; ++i)
        hostChanged = hostChanged || m_planList[i].hostId == plan.hostId;
    if (hostChanged) {
        // The earlier plan changed the host this one was planned on: plan it on the host as it is now.
        m_replanId = m_runner->prepare(plan.request);
        return;
    }
    m_runningId = plan.id;
    if (!m_runner->execute(plan))
        finish(tr("the host is busy with another plan"));
}

void ApplyPlacementDialog::onFinished(const PlanReport &report)
{
    if (!m_applying || report.planId != m_runningId)
        return;
    m_runningId.clear();
    m_reports.append(report);
    if (!report.applied()) {
        finish(report.cancelled ? tr("stopped by the operator") : report.error.summary);
        return;
    }
    ++m_next;
    m_progress->setValue(m_next * 1000);
    runNext();
}

void ApplyPlacementDialog::finish(const QString &stoppedBy)
{
    m_applying = false;
    m_progress->hide();
    QStringList applied;
    for (const PlanReport &r : std::as_const(m_reports))
        if (r.applied())
            applied.append(r.summary);
    QStringList lines;
    lines.append(tr("Applied %1 of %2 plan(s).").arg(applied.size()).arg(m_planList.size()));
    for (const QString &s : std::as_const(applied))
        lines.append(QStringLiteral("✓ ") + s);
    if (!stoppedBy.isEmpty() && m_next < m_planList.size())
        lines.append(tr("Stopped at \"%1\": %2").arg(m_planList[m_next].summary(), stoppedBy));
    if (!m_skipped.isEmpty())
        lines.append(tr("Skipped: %1").arg(m_skipped.join(QStringLiteral("; "))));
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_closeButton->setEnabled(true);
    m_closeButton->setText(tr("Close"));
    m_closeButton->setToolTip(QString());
    disconnect(m_closeButton, nullptr, this, nullptr);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    Q_EMIT done();
}
