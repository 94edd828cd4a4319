// The plan preview: the domain XML diff coloured line by line, offers as boxes that ask for a new plan,
// the steps in order, and Apply only for an accepted plan.
#include "../unit/assignfixtures.h"
#include "assign/assignmentplanner.h"
#include "planpreviewdialog.h"
#include "planreportdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Fixtures;
using Kind = AssignmentSource::Kind;

class TestPlanPreviewDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffIsColoured();
    void offersAskForANewPlan();
    void releaseCanKeepTheMdev();
    void reportShowsEveryStep();

private:
    static AssignmentPlan plan(const AssignmentRequest &r, const HostSnapshot &s = assignHost())
    {
        Result<AssignmentPlan> p = AssignmentPlanner::plan(r, kHost, s, HostCapabilities::of(s), xmlOf(s));
        if (!p)
            qFatal("no plan: %s", qPrintable(p.error().toString()));
        return p.value();
    }
};

void TestPlanPreviewDialog::diffIsColoured()
{
    const AssignmentPlan p = plan(request(
        source(Kind::VgpuType, QStringLiteral("0000:41:00.0"), QStringLiteral("nvidia-699")), {idle03}));
    PlanPreviewDialog dialog(p);
    QCOMPARE(dialog.steps()->topLevelItemCount(), p.steps.size());
    QVERIFY(dialog.steps()->topLevelItem(0)->text(0).startsWith(u"1. "));
    QCOMPARE(dialog.diffs()->count(), 1);
    QVERIFY(dialog.diffs()->tabText(0).contains(u"idle-03"));
    QVERIFY(dialog.applyButton()->isEnabled());
    int added = 0, removed = 0;
    for (QTextBlock b = dialog.diffView()->document()->begin(); b.isValid(); b = b.next()) {
        const QColor bg = b.blockFormat().background().color();
        if (b.text().startsWith(u'+')) {
            ++added;
            QVERIFY2(bg.green() > bg.red() + 20, qPrintable(b.text())); // green
        } else if (b.text().startsWith(u'-')) {
            ++removed;
            QVERIFY2(bg.red() > bg.green() + 20, qPrintable(b.text())); // red
        } else if (b.text().startsWith(u' ')) {
            QCOMPARE(b.blockFormat().background().style(), Qt::NoBrush); // context stays plain
        }
    }
    QVERIFY(added >= 3); // <hostdev …>, <source>, <address …/>, </hostdev>
    QVERIFY(dialog.diffView()->toPlainText().contains(u"+    <hostdev mode='subsystem' type='mdev'"));
}

void TestPlanPreviewDialog::offersAskForANewPlan()
{
    // The A4000: its audio function is offered; ticking it asks for the plan that takes it along.
    const AssignmentPlan p =
        plan(request(source(Kind::PciFunction, QStringLiteral("0000:21:00.0")), {idle03}));
    QCOMPARE(p.verdict.offers.size(), 1);
    PlanPreviewDialog dialog(p);
    QCOMPARE(dialog.offerBoxes().size(), 1);
    QVERIFY(dialog.offerBoxes()[0]->text().contains(u"0000:21:00.1"));
    QVERIFY(!dialog.offerBoxes()[0]->isChecked());
    QSignalSpy changed(&dialog, &PlanPreviewDialog::requestChanged);
    dialog.offerBoxes()[0]->setChecked(true);
    QCOMPARE(changed.size(), 1);
    const AssignmentRequest r = changed[0][0].value<AssignmentRequest>();
    QCOMPARE(r.alsoAssign, QList<PciAddress>{addr("0000:21:00.1")});
    QVERIFY(!dialog.applyButton()->isEnabled()); // until the new plan is here
    // The new plan takes the audio function: no offer left, but its box stays, ticked.
    dialog.setPlan(plan(r));
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.offerBoxes().size(), 1);
    QVERIFY(dialog.offerBoxes()[0]->isChecked());
    QVERIFY(dialog.diffView()->toPlainText().contains(u"function='0x1'"));
}

void TestPlanPreviewDialog::releaseCanKeepTheMdev()
{
    // vdi-01 holds an A16-2Q (and is off here, so that its mdev may go): releasing it offers to remove the
    // mdev too; unticking asks for a plan that keeps it, which has no removal step.
    HostSnapshot off = assignHost();
    off.vms[vdi01].state = VmState::Shutoff;
    const AssignmentPlan removing =
        plan(AssignmentRequest::releaseFrom({kHost, vdi01}, mdevHostdev(sliceHeld), true), off);
    PlanPreviewDialog dialog(removing);
    QVERIFY(!dialog.removeMdevBox()->isHidden());
    QVERIFY(dialog.removeMdevBox()->isChecked());
    QSignalSpy changed(&dialog, &PlanPreviewDialog::requestChanged);
    dialog.removeMdevBox()->setChecked(false);
    QCOMPARE(changed.size(), 1);
    const AssignmentRequest keep = changed[0][0].value<AssignmentRequest>();
    QVERIFY(!keep.removeMdev);
    const AssignmentPlan keeping = plan(keep, off);
    QVERIFY(keeping.steps.size() < removing.steps.size());
    dialog.setPlan(keeping);
    QVERIFY(!dialog.removeMdevBox()->isChecked());

    // Assigning shows no such box.
    PlanPreviewDialog assigning(plan(request(
        source(Kind::VgpuType, QStringLiteral("0000:41:00.0"), QStringLiteral("nvidia-699")), {idle03})));
    QVERIFY(assigning.removeMdevBox()->isHidden());
}

void TestPlanPreviewDialog::reportShowsEveryStep()
{
    const AssignmentPlan p = plan(request(
        source(Kind::VgpuType, QStringLiteral("0000:41:00.0"), QStringLiteral("nvidia-699")), {idle03}));
    PlanReport r;
    r.summary = p.summary();
    r.hostName = QStringLiteral("gpu-node-01");
    r.result = PlanReport::Result::RolledBack;
    r.error = Error{QStringLiteral("Defining idle-03 failed"), QStringLiteral("define refused"), 1};
    r.steps = {StepReport{p.steps[0],
                          StepReport::Outcome::Undone,
                          QStringLiteral("created"),
                          {},
                          QStringLiteral("removed"),
                          {}},
               StepReport{p.steps[1], StepReport::Outcome::Failed, {}, r.error, {}, {}}};
    PlanReportDialog dialog(r);
    QCOMPARE(dialog.steps()->topLevelItemCount(), 2);
    QCOMPARE(dialog.steps()->topLevelItem(0)->text(1), QStringLiteral("undone"));
    QCOMPARE(dialog.steps()->topLevelItem(1)->text(1), QStringLiteral("failed"));
    QVERIFY(dialog.steps()->topLevelItem(0)->child(1)->text(0).contains(u"removed"));
    QVERIFY(dialog.result()->text().contains(u"define refused"));
    QVERIFY(PlanReportDialog::text(r).contains(u"define refused"));
}

QTEST_MAIN(TestPlanPreviewDialog)
#include "tst_planpreviewdialog.moc"
