// "Apply…" of the scheduler preview, end to end on an in-memory host: placed instances are matched to idle
// VMs by name, a refused or unconvertible item is skipped and named, the plans are previewed together and
// applied one after another; the VMs then hold the new vGPUs and the audit log has a record per plan.
#include "../unit/assignfixtures.h"
#include "applyplacementdialog.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "assigncontroller.h"
#include "inventory/inventory.h"
#include "libvirt/statichostconnection.h"
#include "libvirt/statichostoperations.h"
#include "mainwindow.h"
#include "scheduler/placementresultmodel.h"
#include "scheduler/requestfile.h"
#include "scheduler/requestlistmodel.h"
#include "schedulerpreview.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Fixtures;

namespace {
const QString pool1 = QStringLiteral("e0000000-0000-4000-8000-000000000001");
const QString pool2 = QStringLiteral("e0000000-0000-4000-8000-000000000002");
const QString cad = QStringLiteral("e0000000-0000-4000-8000-000000000003");
} // namespace

class TestApplyPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void disabledWithoutResult();
    void previewAndApply();
    void stopsAtFirstFailure();
    void stopButtonStopsTheChain();

private:
    ApplyPlacementDialog *openPreview();
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh one per test: its own workspace and audit log
    std::unique_ptr<StaticHostConnectionFactory> m_factory;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<AuditLog> m_audit;
    std::unique_ptr<PlanRunner> m_runner;
    std::unique_ptr<MainWindow> m_window;
    QString m_h1;
};

void TestApplyPlacement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_factory = std::make_unique<StaticHostConnectionFactory>();
    HostSnapshot s = assignHost();
    s.hypervisor = QStringLiteral("TEST 9.0.0"); // configuration changes by define, mdevs through the agent
    s.vms.insert(pool1, vm(pool1, "pool-1", VmState::Shutoff, 2, 4));
    s.vms.insert(pool2, vm(pool2, "pool-02", VmState::Shutoff, 2, 4));
    VirtualMachine transient = vm(cad, "cad", VmState::Running, 2, 4);
    transient.persistent = false; // a vGPU cannot be attached live, and it has no configuration
    s.vms.insert(cad, transient);
    m_factory->add(QStringLiteral("test:///gpu-node-01"), s);
    m_inventory = std::make_unique<Inventory>(m_factory.get());
    m_workspace = std::make_unique<Workspace>(m_dir->filePath(QStringLiteral("ws.json")));
    m_audit = std::make_shared<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    m_runner = std::make_unique<PlanRunner>(m_inventory.get(), m_audit, QStringLiteral("alice@ws-17"));
    m_window = std::make_unique<MainWindow>(m_inventory.get(), m_workspace.get(), std::function<void()>());
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy loaded(m_inventory.get(), &Inventory::allHostsLoaded);
    m_h1 = m_inventory->addHost(QStringLiteral("test:///gpu-node-01"), QStringLiteral("gpu-node-01"));
    QVERIFY(loaded.wait(5000));
    m_inventory->setAgentFacts(m_h1, s.agent);
    m_runner->setAgentActions(m_h1,
                              m_factory->connection(QStringLiteral("test:///gpu-node-01"))->agentActions());

    const auto requests = Sched::RequestFile::parseCsv("name,count,kind,size\n"
                                                       "pool,2,vgpu,A16-2Q\n"
                                                       "cad,1,vgpu,RTX8000-2Q\n"
                                                       "notebook,1,milli,250\n",
                                                       {});
    QVERIFY(requests);
    m_window->schedulerPreview()->requestModel()->setRequests(requests.value());
}

void TestApplyPlacement::cleanup()
{
    m_window.reset();
    m_runner.reset();
    m_inventory.reset();
    m_factory.reset();
    m_dir.reset();
}

void TestApplyPlacement::disabledWithoutResult()
{
    SchedulerPreview *preview = m_window->schedulerPreview();
    QVERIFY(!preview->applyButton()->isEnabled()); // no result, no plans
    QSignalSpy finished(preview, &SchedulerPreview::finished);
    preview->run();
    QVERIFY(finished.wait(10000));
    QVERIFY(!preview->applyButton()->isEnabled()); // a result, but no assignment plans in this window
    m_window->setAssignment(m_runner.get(), m_audit);
    QVERIFY(preview->applyButton()->isEnabled());
    preview->clearPreview();
    QVERIFY(!preview->applyButton()->isEnabled());
}

void TestApplyPlacement::previewAndApply()
{
    m_window->setAssignment(m_runner.get(), m_audit);
    SchedulerPreview *preview = m_window->schedulerPreview();
    QSignalSpy finished(preview, &SchedulerPreview::finished);
    preview->run();
    QVERIFY(finished.wait(10000));
    QVERIFY(!preview->ghosts().isEmpty());
    QVERIFY(preview->applyButton()->isEnabled());
    QTest::mouseClick(preview->applyButton(), Qt::LeftButton);
    ApplyPlacementDialog *dialog = preview->applyDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Rows in request order; VMs prefilled by name; the verdict of each shown.
    QTableWidget *t = dialog->table();
    QCOMPARE(t->rowCount(), 4);
    QStringList vms, requests;
    for (int row = 0; row < t->rowCount(); ++row) {
        requests.append(t->item(row, ApplyPlacementDialog::RequestColumn)->text());
        vms.append(dialog->vmBox(row)->currentText());
    }
    QCOMPARE(requests, (QStringList{"pool", "pool", "cad", "notebook"}));
    QCOMPARE(vms, (QStringList{"pool-1", "pool-02", "cad", "— skip —"}));
    QCOMPARE(dialog->verdictText(0), QStringLiteral("accepted"));
    QVERIFY2(dialog->verdictText(2).startsWith(u"refused"), qPrintable(dialog->verdictText(2)));
    QVERIFY2(dialog->verdictText(2).contains(u"cad"), qPrintable(dialog->verdictText(2)));
    QVERIFY(dialog->verdictText(3).startsWith(u"skipped"));
    // Only idle VMs are offered: vdi-01 holds a vGPU.
    QVERIFY(dialog->vmBox(0)->findText(QStringLiteral("vdi-01")) < 0);
    QVERIFY(dialog->vmBox(0)->findText(QStringLiteral("idle-03")) >= 0);

    // One combined preview: both plans with their steps and the two VMs' diffs.
    QSignalSpy prepared(dialog, &ApplyPlacementDialog::plansPrepared);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    QVERIFY(prepared.count() == 1 || prepared.wait(5000));
    QCOMPARE(dialog->plans()->topLevelItemCount(), 2);
    QVERIFY(dialog->plans()->topLevelItem(0)->childCount() > 0);
    QVERIFY2(dialog->plans()->topLevelItem(0)->text(0).contains(u"pool-1"),
             qPrintable(dialog->plans()->topLevelItem(0)->text(0)));
    QCOMPARE(dialog->diffs()->count(), 2);
    QVERIFY(dialog->applyButton()->isEnabled());

    // Apply: both run one after another; the refused and the fractional request are named as skipped.
    QSignalSpy done(dialog, &ApplyPlacementDialog::done);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(dialog->reports().size(), 2);
    for (const PlanReport &r : dialog->reports())
        QVERIFY2(r.applied(), qPrintable(r.error.summary + QLatin1Char(' ') + r.error.detail));
    const QString result = dialog->resultLabel()->text();
    QVERIFY2(result.contains(u"Applied 2 of 2"), qPrintable(result));
    QVERIFY2(result.contains(u"cad #1") && result.contains(u"notebook #1"), qPrintable(result));

    // The VMs hold their new vGPUs, on two different VFs; the ghosts are gone.
    const HostSnapshot &after = m_inventory->host(m_h1)->snapshot;
    QStringList parents;
    for (const QString &uuid : {pool1, pool2}) {
        const VirtualMachine &v = after.vms[uuid];
        QCOMPARE(v.hostdevs.size(), 1);
        QCOMPARE(v.hostdevs.front().kind, Hostdev::Kind::Mdev);
        QVERIFY(after.mdevs.contains(v.hostdevs.front().uuid));
        QCOMPARE(after.mdevs[v.hostdevs.front().uuid].typeId, QStringLiteral("nvidia-699"));
        parents.append(after.mdevs[v.hostdevs.front().uuid].parent.toString());
    }
    QVERIFY2(parents[0] != parents[1], qPrintable(parents.join(u' ')));
    QVERIFY(after.vms[cad].hostdevs.isEmpty());
    QVERIFY(preview->ghosts().isEmpty());
    QVERIFY(!preview->applyButton()->isEnabled());

    // The audit log has a record per plan, both applied, naming the VMs.
    const auto log = m_audit->read();
    QVERIFY(log);
    QCOMPARE(log->records.size(), 2);
    QStringList audited;
    for (const AuditRecord &r : log->records) {
        QCOMPARE(r.result, QStringLiteral("applied"));
        QCOMPARE(r.action, QStringLiteral("assign"));
        audited += r.vmNames;
    }
    QCOMPARE(audited, (QStringList{"pool-1", "pool-02"}));
}

ApplyPlacementDialog *TestApplyPlacement::openPreview()
{
    m_window->setAssignment(m_runner.get(), m_audit);
    SchedulerPreview *preview = m_window->schedulerPreview();
    QSignalSpy finished(preview, &SchedulerPreview::finished);
    preview->run();
    [&] { QVERIFY(finished.wait(10000)); }();
    QTest::mouseClick(preview->applyButton(), Qt::LeftButton);
    ApplyPlacementDialog *dialog = preview->applyDialog();
    if (!dialog)
        return nullptr;
    QSignalSpy prepared(dialog, &ApplyPlacementDialog::plansPrepared);
    QTest::mouseClick(dialog->previewButton(), Qt::LeftButton);
    [&] { QVERIFY(prepared.wait(5000)); }();
    return dialog;
}

void TestApplyPlacement::stopsAtFirstFailure()
{
    ApplyPlacementDialog *dialog = openPreview();
    QVERIFY(dialog);
    QCOMPARE(dialog->plans()->topLevelItemCount(), 2);
    // The first plan's configuration change fails: it is rolled back and the second never runs.
    m_factory->connection(QStringLiteral("test:///gpu-node-01"))
        ->operations()
        .failNext(QStringLiteral("define"),
                  Error{QStringLiteral("define refused"), QStringLiteral("test"), 1});
    QSignalSpy done(dialog, &ApplyPlacementDialog::done);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QCOMPARE(dialog->reports().size(), 1);
    QVERIFY(!dialog->reports().front().applied());
    const QString result = dialog->resultLabel()->text();
    QVERIFY2(result.contains(u"Applied 0 of 2") && result.contains(u"Stopped at") &&
                 result.contains(u"pool-1"),
             qPrintable(result));
    const HostSnapshot &after = m_inventory->host(m_h1)->snapshot;
    QVERIFY(after.vms[pool1].hostdevs.isEmpty());
    QVERIFY(after.vms[pool2].hostdevs.isEmpty());
    const auto log = m_audit->read();
    QVERIFY(log);
    QCOMPARE(log->records.size(), 1);
    QCOMPARE(log->records.front().result, QStringLiteral("rolled-back"));
}

void TestApplyPlacement::stopButtonStopsTheChain()
{
    ApplyPlacementDialog *dialog = openPreview();
    QVERIFY(dialog);
    QCOMPARE(dialog->plans()->topLevelItemCount(), 2);
    QSignalSpy done(dialog, &ApplyPlacementDialog::done);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    // While the plans run the dialog's Cancel button is a Stop button, and it is enabled.
    QPushButton *stop = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == ApplyPlacementDialog::tr("&Stop", "@action:button stop applying the plans"))
            stop = b;
    QVERIFY(stop);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(done.count() == 1 || done.wait(10000));
    // The first plan is cancelled and undone (or had just finished); the second never runs.
    QCOMPARE(dialog->reports().size(), 1);
    const PlanReport first = dialog->reports().front();
    const QString result = dialog->resultLabel()->text();
    QVERIFY2(result.contains(u"stopped by the operator"), qPrintable(result));
    const HostSnapshot &after = m_inventory->host(m_h1)->snapshot;
    QVERIFY(after.vms[pool2].hostdevs.isEmpty());
    if (first.cancelled) {
        QCOMPARE(first.result, PlanReport::Result::RolledBack);
        QVERIFY(after.vms[pool1].hostdevs.isEmpty());
    }
    QVERIFY(dialog->findChildren<QPushButton *>().contains(stop) && stop->isEnabled()); // now "Close"
}

QTEST_MAIN(TestApplyPlacement)
#include "tst_applyplacement.moc"
