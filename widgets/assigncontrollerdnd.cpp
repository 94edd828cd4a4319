// AssignController's mouse and keyboard side: starting drags from views and the board, and telling the
// operator at every drag move what a drop there would do, or why it is refused.
#include "assigncontroller.h"

#include "gpuboardview.h"
#include "inventory/inventory.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QDragMoveEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMimeData>
#include <QStatusBar>
#include <QToolTip>

void AssignController::attachView(QAbstractItemView *view, bool dragSource, bool dropTarget)
{
    m_views.insert(view->viewport(), view);
    if (dragSource)
        m_dragSources.append(view->viewport());
    if (dropTarget)
        view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this); // Delete
}

void AssignController::attachBoard(GpuBoardView *board)
{
    m_board = board;
    m_dragSources.append(board->viewport());
    board->viewport()->setAcceptDrops(true);
    board->viewport()->installEventFilter(this);
    board->installEventFilter(this);
}

ObjectRef AssignController::refAt(QObject *viewport, const QPoint &pos) const
{
    if (m_board && viewport == m_board->viewport()) {
        const QList<GpuBoardItem> items = m_board->items();
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (!it->rect.contains(pos) || it->kind == GpuBoardItem::Kind::Ghost ||
                it->kind == GpuBoardItem::Kind::Badge)
                continue;
            // "Free · any vGPU profile" names no type: nothing to drag from it but the card.
            if (it->kind == GpuBoardItem::Kind::FreeSpace && it->ref.kind != ObjectRef::Kind::MdevType)
                return {};
            return it->ref;
        }
        return {};
    }
    if (QAbstractItemView *view = m_views.value(viewport))
        return view->indexAt(pos).data(ObjectRoles::RefRole).value<ObjectRef>();
    return {};
}

AssignController::DropSite AssignController::siteAt(QObject *viewport, const QPoint &pos) const
{
    DropSite site;
    if (m_board && viewport == m_board->viewport()) {
        site.hostId = m_board->host();
        const QList<GpuBoardItem> items = m_board->items();
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (!it->rect.contains(pos) || it->kind == GpuBoardItem::Kind::Ghost)
                continue;
            const QString vm = it->ref.kind == ObjectRef::Kind::Vm ? it->ref.key : it->vmUuid;
            if (!vm.isEmpty()) {
                site.vms = {{site.hostId, vm}};
                site.rect = it->rect;
                break;
            }
        }
        return site;
    }
    QAbstractItemView *view = m_views.value(viewport);
    if (!view)
        return site;
    const QModelIndex idx = view->indexAt(pos);
    const ObjectRef ref = idx.data(ObjectRoles::RefRole).value<ObjectRef>();
    site.hostId = ref.hostId;
    if (ref.kind != ObjectRef::Kind::Vm)
        return site;
    site.rect = view->visualRect(idx);
    // A drop on one of several selected VMs goes to all of them (one new mdev each).
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const bool onSelection = std::any_of(rows.cbegin(), rows.cend(), [&](const QModelIndex &r) {
        return r.row() == idx.row() && r.parent() == idx.parent();
    });
    if (onSelection && rows.size() > 1) {
        for (const QModelIndex &r : rows)
            if (const ObjectRef vm = r.data(ObjectRoles::RefRole).value<ObjectRef>(); vm.kind == ObjectRef::Kind::Vm)
                site.vms.append({vm.hostId, vm.key});
    } else {
        site.vms = {{ref.hostId, ref.key}};
    }
    return site;
}

void AssignController::setHint(const QString &text, bool accepts)
{
    m_hint = text;
    m_hintAccepts = accepts;
    if (m_status) {
        if (text.isEmpty())
            m_status->clearMessage();
        else
            m_status->showMessage(text);
    }
}

bool AssignController::dragMove(QObject *viewport, QDropEvent *event, bool drop)
{
    const auto payload = AssignDrag::fromMime(event->mimeData());
    if (!payload) {
        event->ignore();
        return true;
    }
    const QPoint pos = event->position().toPoint();
    const DropSite site = siteAt(viewport, pos);
    auto refuse = [&](const QString &why) {
        setHint(why, false);
        if (!why.isEmpty())
            QToolTip::showText(static_cast<QWidget *>(viewport)->mapToGlobal(pos), why,
                               static_cast<QWidget *>(viewport));
        else
            QToolTip::hideText();
        if (auto *move = dynamic_cast<QDragMoveEvent *>(event))
            move->ignore(site.rect); // no acceptance highlight: the cursor says "no"
        else
            event->ignore();
        return true;
    };
    // A held device dropped on its own VM changes nothing; away from any VM it is released.
    const bool onHolder = site.vms.size() == 1 && payload->held() && site.vms.front().vmUuid == payload->heldBy;
    if (onHolder || (site.vms.isEmpty() && (!payload->held() || site.hostId.isEmpty())))
        return refuse({});
    const AssignmentRequest request = requestFor(*payload, site.vms);
    const AssignmentVerdict verdict = validate(request);
    if (!verdict.accepted())
        return refuse(verdict.summary());

    QStringList names;
    if (const Inventory::Host *h = m_inventory->host(site.vms.value(0).hostId))
        for (const AssignmentTarget &t : site.vms)
            names << h->snapshot.vms.value(t.vmUuid).name;
    QString text = request.action == AssignmentRequest::Action::Release
                       ? tr("Drop to release %1 from its VM").arg(payload->label)
                       : tr("Drop to assign %1 to %2").arg(payload->label, names.join(QStringLiteral(", ")));
    if (!verdict.summary().isEmpty())
        text += QLatin1Char('\n') + verdict.summary();
    setHint(text, true);
    QToolTip::showText(static_cast<QWidget *>(viewport)->mapToGlobal(pos), text, static_cast<QWidget *>(viewport));
    event->setDropAction(Qt::CopyAction);
    if (auto *move = dynamic_cast<QDragMoveEvent *>(event); move && !drop)
        move->accept(site.rect);
    else
        event->accept();
    if (drop) {
        QToolTip::hideText();
        setHint({}, false);
        propose(request);
    }
    return true;
}

void AssignController::startDrag(QObject *viewport)
{
    const ObjectRef ref = refAt(viewport, m_pressPos);
    const Inventory::Host *h = m_inventory->host(ref.hostId);
    if (!ref.isValid() || !h || !h->loaded)
        return;
    const auto payload = AssignDrag::payloadFor(ref, h->snapshot);
    if (!payload)
        return;
    auto *drag = new QDrag(viewport);
    drag->setMimeData(AssignDrag::toMime(*payload));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
    QToolTip::hideText();
    setHint({}, false);
}

bool AssignController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && m_dragSources.contains(watched)) {
            m_pressPos = e->position().toPoint();
            m_pressed = watched;
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_pressed == watched && (e->buttons() & Qt::LeftButton) &&
            (e->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_pressed = nullptr;
            startDrag(watched);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease:
        m_pressed = nullptr;
        break;
    case QEvent::DragEnter:
        // Accepted whenever it carries something assignable, so the moves that decide come at all.
        if (AssignDrag::fromMime(static_cast<QDropEvent *>(event)->mimeData())) {
            static_cast<QDropEvent *>(event)->acceptProposedAction();
            return true;
        }
        break;
    case QEvent::DragMove:
        if (m_views.contains(watched) || (m_board && watched == m_board->viewport()))
            return dragMove(watched, static_cast<QDropEvent *>(event), false);
        break;
    case QEvent::Drop:
        if (m_views.contains(watched) || (m_board && watched == m_board->viewport()))
            return dragMove(watched, static_cast<QDropEvent *>(event), true);
        break;
    case QEvent::DragLeave:
        QToolTip::hideText();
        setHint({}, false);
        break;
    case QEvent::KeyPress: {
        // Delete releases the current device from the VM that holds it.
        auto *e = static_cast<QKeyEvent *>(event);
        if (e->key() != Qt::Key_Delete || e->modifiers() != Qt::NoModifier)
            break;
        ObjectRef ref;
        if (m_board && watched == m_board)
            ref = m_board->current();
        else if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            ref = view->currentIndex().data(ObjectRoles::RefRole).value<ObjectRef>();
        if (canRelease(ref)) {
            release(ref);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
