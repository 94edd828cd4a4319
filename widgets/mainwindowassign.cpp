// MainWindow's assignment wiring: the controller on the views, the Edit menu with undo, the context menu
// entries and the audit log dock. Kept apart so the window's layout code stays about layout.
#include "assigncontroller.h"
#include "auditlogview.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "licencepanel.h"
#include "licensing/licencecontroller.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "retranslator.h"
#include "schedulerpreview.h"
#include "selectionhub.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

void MainWindow::setAssignment(PlanRunner *runner, std::shared_ptr<AuditLog> audit)
{
    if (m_assign)
        return;
    m_assign = new AssignController(m_inventory, runner, this, m_message, statusBar(), this);
    m_assign->attachView(m_tree, true, true);
    m_assign->attachView(m_vmTable, false, true);
    m_assign->attachView(m_profileTable, true, false);
    m_assign->attachBoard(m_board);
    m_preview->setAssignment(m_assign);
    // Several VMs at once: select them in the table, drop on one of them.
    m_vmTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (QAbstractItemView *v : std::initializer_list<QAbstractItemView *>{m_vmTable, m_profileTable}) {
        v->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(v, &QWidget::customContextMenuRequested, this,
                [this, v](const QPoint &pos) { showAssignContextMenu(v, pos); });
    }
    m_board->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_board, &QWidget::customContextMenuRequested, this, [this](const QPoint &) {
        QMenu menu(this);
        addAssignActions(&menu, m_board->current());
        if (!menu.isEmpty())
            menu.exec(QCursor::pos());
    });

    QMenu *edit = new QMenu(this);
    edit->addAction(m_assign->undoAction());
    edit->addSeparator();
    QAction *assign = edit->addAction(QString(), this, [this] { m_assign->assignTo(m_hub->current()); });
    QAction *release = edit->addAction(QString(), this, [this] { m_assign->release(m_hub->current()); });
    m_tx->bind([=] {
        edit->setTitle(tr("&Edit"));
        assign->setText(tr("&Assign to…"));
        release->setText(tr("&Release"));
    });
    connect(edit, &QMenu::aboutToShow, this, [this, assign, release] {
        assign->setEnabled(m_assign->canAssign(m_hub->current()));
        release->setEnabled(m_assign->canRelease(m_hub->current()));
    });
    edit->addAction(m_assign->reportAction());
    const QList<QAction *> top = menuBar()->actions();
    menuBar()->insertMenu(top.value(1), edit); // after File

    if (audit) {
        m_auditView = new AuditLogView(std::move(audit), this);
        m_auditDock = new QDockWidget(this);
        m_auditDock->setObjectName(QStringLiteral("auditLogDock"));
        m_auditDock->setWidget(m_auditView);
        addDockWidget(Qt::BottomDockWidgetArea, m_auditDock);
        m_auditDock->hide();
        connect(m_auditDock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
            if (shown)
                m_auditView->refresh();
        });
        connect(m_assign, &AssignController::planFinished, m_auditView, &AuditLogView::refresh);
        QAction *show = m_auditDock->toggleViewAction();
        m_tx->bind([this, show] {
            m_auditDock->setWindowTitle(tr("Audit Log"));
            show->setText(tr("&Audit Log"));
        });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        if (QMenu *view = top.value(1) ? top.value(1)->menu() : nullptr)
            view->addAction(show);
    }
}

void MainWindow::showAssignContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex idx = view->indexAt(pos);
    if (!idx.isValid())
        return;
    QMenu menu(this);
    addAssignActions(&menu, idx.data(ObjectRoles::RefRole).value<ObjectRef>());
    if (!menu.isEmpty())
        menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::addAssignActions(QMenu *menu, const ObjectRef &ref)
{
    if (!m_assign)
        return;
    if (m_assign->canAssign(ref))
        menu->addAction(tr("&Assign to…"), this, [this, ref] { m_assign->assignTo(ref); });
    if (m_assign->canRelease(ref))
        menu->addAction(tr("Re&lease"), this, [this, ref] { m_assign->release(ref); });
    const Inventory::Host *h = m_inventory->host(ref.hostId);
    if (ref.kind != ObjectRef::Kind::Vm || !h || !h->snapshot.vms.contains(ref.key))
        return;
    // A VM: release any of its devices.
    const VirtualMachine &vm = h->snapshot.vms[ref.key];
    if (vm.hostdevs.isEmpty())
        return;
    QMenu *sub = menu->addMenu(tr("Re&lease"));
    for (const Hostdev &d : vm.hostdevs) {
        QString label;
        if (d.kind == Hostdev::Kind::Mdev) {
            const MediatedDevice m = h->snapshot.mdevs.value(d.uuid);
            label =
                tr("vGPU %1 (%2)").arg(d.uuid.left(8), m.typeId.isEmpty() ? tr("unknown type") : m.typeId);
        } else {
            const PciDevice p = h->snapshot.pciDevices.value(d.address);
            label = p.productName.isEmpty() ? d.address.toString()
                                            : tr("%1 (%2)").arg(d.address.toString(), p.productName);
        }
        sub->addAction(label, this, [this, host = ref.hostId, uuid = vm.uuid, d] {
            m_assign->releaseFromVm(host, uuid, d);
        });
    }
    menu->addSeparator();
}

void MainWindow::setLicensing(LicenceController *controller, PlanRunner *runner)
{
    if (m_licences)
        return;
    m_licences = new LicencePanel(controller, m_inventory, m_tabs);
    m_licences->setPlanRunner(runner);
    m_tabs->addTab(m_licences, tr("Licences"));
    // The preview's vGPUs count as planned demand while they are shown.
    connect(m_preview, &SchedulerPreview::shownChanged, controller, [this, controller] {
        const Sched::PlacementResult *r = m_preview->shownResult();
        controller->setPlanned(r ? LicenceDemand::plannedFrom(*r, m_preview->ranRequests())
                                 : QList<PlannedVgpu>{});
    });
}
