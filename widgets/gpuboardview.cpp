#include "gpuboardview.h"

#include "gpuboardlayout.h"
#include "gpuboardstyle.h"
#include "inventory/inventory.h"
#include "model/labels.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolTip>

using Layout = GpuBoardLayout;
static_assert(GpuBoardView::MinCardWidth == Layout::MinCardWidth &&
              GpuBoardView::MaxCardWidth == Layout::MaxCardWidth);

GpuBoardView::GpuBoardView(Inventory *inventory, QWidget *parent)
    : QAbstractScrollArea(parent), m_inventory(inventory), m_board(std::make_unique<GpuBoardLayout>())
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Window); // cards are drawn on Base: they stand out in both modes
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    // Each signal names its host; everything for another host is dropped before any work is done.
    auto forHost = [this](const QString &id) {
        if (id == m_hostId && !m_hostId.isEmpty())
            rebuild();
    };
    connect(m_inventory, &Inventory::hostReset, this, forHost);
    connect(m_inventory, &Inventory::hostStateChanged, this, forHost);
    connect(m_inventory, &Inventory::agentFactsChanged, this, forHost);
    connect(m_inventory, &Inventory::agentStatusChanged, this, forHost); // readiness badges
    connect(m_inventory, &Inventory::vmChanged, this, forHost);
    connect(m_inventory, &Inventory::vmRemoved, this, forHost);
    connect(m_inventory, &Inventory::pciDeviceChanged, this, forHost);
    connect(m_inventory, &Inventory::pciDeviceRemoved, this, forHost);
    connect(m_inventory, &Inventory::mdevChanged, this, forHost);
    connect(m_inventory, &Inventory::mdevRemoved, this, forHost);
    // Telemetry comes every second per host: the load bars follow at most once a second, and only the cards
    // whose rounded figures changed repaint (GpuBoardLayout::update compares cards).
    m_telemetryTimer = new QTimer(this);
    m_telemetryTimer->setSingleShot(true);
    m_telemetryTimer->setInterval(1000);
    connect(m_telemetryTimer, &QTimer::timeout, this, &GpuBoardView::rebuild);
    connect(m_inventory, &Inventory::telemetryChanged, this, [this](const QString &id) {
        if (id == m_hostId && !m_hostId.isEmpty() && !m_telemetryTimer->isActive())
            m_telemetryTimer->start();
    });
    connect(m_inventory, &Inventory::hostRemoved, this, [this](const QString &id) {
        if (id == m_hostId)
            setHost({});
    });
    updateAccessibleText();
}

GpuBoardView::~GpuBoardView() = default;

int GpuBoardView::columnCount() const
{
    return m_board->columns();
}

void GpuBoardView::setHost(const QString &hostId)
{
    if (hostId == m_hostId)
        return;
    m_hostId = hostId;
    m_board->clear();
    m_current = {};
    m_keyboardCard = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    rebuild();
    relayout();
    viewport()->update();
}

void GpuBoardView::rebuild()
{
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    std::vector<GpuCard> cards;
    if (h && h->loaded)
        cards = GpuBoardLayout::cardsOf(m_hostId, h->snapshot);
    for (GpuCard &card : cards) {
        card.attachReadiness(h->agent.readiness, h->agent.readinessLoaded);
        card.attachTelemetry(h->agent.telemetry);
    }
    if (cards.empty() && m_board->count() == 0) { // the empty-state text may have changed (connecting, lost)
        viewport()->update();
        updateAccessibleText();
        return;
    }
    bool relaidOut = false;
    const QList<QRect> dirty = m_board->update(std::move(cards), &relaidOut);
    if (relaidOut) {
        if (m_keyboardCard >= m_board->count())
            m_keyboardCard = m_board->count() - 1;
        relayout();
        viewport()->update();
    } else {
        for (const QRect &r : dirty)
            viewport()->update(r.translated(offset()).adjusted(-4, -4, 4, 4));
    }
    updateAccessibleText();
}

void GpuBoardView::relayout()
{
    m_board->setGeometry(viewport()->width(), font(), palette());
    const QSize content = m_board->contentSize();
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - viewport()->height()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - viewport()->width()));
}

QPoint GpuBoardView::offset() const
{
    return {-horizontalScrollBar()->value(), -verticalScrollBar()->value()};
}

QString GpuBoardView::emptyText() const
{
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    if (!h)
        return tr("Select a host to see its GPUs");
    const QString name = h->displayName.isEmpty() ? h->uri : h->displayName;
    if (!h->loaded)
        return tr("%1: %2", "@info host name: connection state")
            .arg(name, Labels::connectionStateText(h->state));
    return tr("No GPUs found on %1").arg(name);
}

void GpuBoardView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    if (m_board->count() == 0) {
        p.setPen(GpuBoardStyle::dimText(palette()));
        p.drawText(
            viewport()->rect().adjusted(Layout::Margin, Layout::Margin, -Layout::Margin, -Layout::Margin),
            Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    m_board->paint(&p, offset(), event->rect(), m_current, hasFocus() ? m_keyboardCard : -1);
    if (!m_ghosts.isEmpty())
        GpuBoardGhosts::paint(&p,
                              GpuBoardGhosts::place(m_board->items(offset(), m_current), m_ghosts, font()),
                              font(), palette());
}

void GpuBoardView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void GpuBoardView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void GpuBoardView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        relayout();
        viewport()->update();
    } else if (event->type() == QEvent::LanguageChange) {
        m_board->clear(); // every text is rebuilt in the new language
        rebuild();
    }
}

QList<GpuBoardView::Item> GpuBoardView::items() const
{
    QList<Item> out = m_board->items(offset(), m_current);
    if (!m_ghosts.isEmpty())
        out += GpuBoardGhosts::place(out, m_ghosts, font());
    return out;
}

void GpuBoardView::setGhosts(const QList<GpuBoardGhost> &ghosts)
{
    if (ghosts == m_ghosts)
        return;
    m_ghosts = ghosts;
    viewport()->update();
}

void GpuBoardView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    int index = -1;
    const Item *item = m_board->itemAt(event->position().toPoint() - offset(), &index);
    if (index < 0)
        return;
    const ObjectRef ref = item ? item->ref : m_board->card(index).ref();
    m_keyboardCard = index;
    setCurrent(ref);
    Q_EMIT objectActivated(ref);
}

void GpuBoardView::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept(); // the press did the work
}

void GpuBoardView::moveToCard(int index)
{
    if (m_board->count() == 0)
        return;
    index = std::clamp(index, 0, m_board->count() - 1);
    m_keyboardCard = index;
    const ObjectRef ref = m_board->card(index).ref();
    setCurrent(ref);
    Q_EMIT objectActivated(ref);
}

void GpuBoardView::keyPressEvent(QKeyEvent *event)
{
    const int at = m_keyboardCard;
    const int rowStep = m_board->columns();
    const int n = m_board->count();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
        moveToCard(at < 0 ? 0 : at + (rtl ? 1 : -1));
        break;
    case Qt::Key_Right:
        moveToCard(at < 0 ? 0 : at + (rtl ? -1 : 1));
        break;
    case Qt::Key_Up:
        moveToCard(at < 0 ? 0 : (at - rowStep >= 0 ? at - rowStep : at));
        break;
    case Qt::Key_Down:
        moveToCard(at < 0 ? 0 : (at + rowStep < n ? at + rowStep : at));
        break;
    case Qt::Key_Home:
        moveToCard(0);
        break;
    case Qt::Key_End:
        moveToCard(n - 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current.isValid())
            Q_EMIT objectActivated(m_current);
        else
            moveToCard(0);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GpuBoardView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if (m_keyboardCard < 0 && m_board->count() > 0)
        m_keyboardCard = 0; // the focus rectangle needs a place; selection stays until a key is pressed
    viewport()->update();
}

void GpuBoardView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool GpuBoardView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int index = -1;
        const Item *item = m_board->itemAt(help->pos() - offset(), &index);
        QString text;
        if (item)
            text = item->tooltip.isEmpty() ? describe(item->ref) : item->tooltip;
        else if (index >= 0)
            text = describe(m_board->card(index).ref());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void GpuBoardView::setCurrent(const ObjectRef &ref)
{
    if (ref == m_current)
        return;
    m_current = ref;
    if (const int i = m_board->cardIndexOf(ref); i >= 0) {
        m_keyboardCard = i;
        scrollTo(m_board->rectOf(ref));
    }
    viewport()->update();
    updateAccessibleText();
}

void GpuBoardView::scrollTo(const QRect &contentRect)
{
    // The least scrolling that shows the rect with a margin; when it is taller than the view, its top.
    const QRect r = contentRect.adjusted(-Layout::Margin, -Layout::Margin, Layout::Margin, Layout::Margin);
    auto bring = [](QScrollBar *bar, int low, int high, int extent) {
        if (low < bar->value())
            bar->setValue(low);
        else if (high > bar->value() + extent)
            bar->setValue(std::min(low, high - extent));
    };
    bring(verticalScrollBar(), r.top(), r.bottom() + 1, viewport()->height());
    bring(horizontalScrollBar(), r.left(), r.right() + 1, viewport()->width());
}

QString GpuBoardView::describe(const ObjectRef &ref) const
{
    if (ref.hostId != m_hostId || !ref.isValid())
        return {};
    if (ref.kind == ObjectRef::Kind::Vm) {
        const Inventory::Host *h = m_inventory->host(m_hostId);
        if (!h || !h->snapshot.vms.contains(ref.key))
            return {};
        const VirtualMachine &vm = h->snapshot.vms[ref.key];
        QStringList held;
        for (const Item &item : items())
            if (item.vmUuid == ref.key && item.kind != Item::Kind::LegendEntry &&
                item.kind != Item::Kind::Banner)
                held << item.label;
        QString t = tr("VM %1 (%2)").arg(vm.name, Labels::vmStateText(vm.state));
        if (!held.isEmpty())
            t += QLatin1Char('\n') + tr("Holds: %1").arg(held.join(QStringLiteral(", ")));
        return t;
    }
    return m_board->describe(ref);
}

void GpuBoardView::updateAccessibleText()
{
    setAccessibleName(tr("GPU board", "@info accessible name"));
    QString d;
    if (m_board->count() == 0) {
        d = emptyText();
    } else {
        int slices = 0;
        for (int i = 0; i < m_board->count(); ++i)
            slices += int(m_board->card(i).slices.size());
        d = tr("%n GPU(s)", "", m_board->count()) + QStringLiteral("; ") + tr("%n vGPU(s)", "", slices) +
            QStringLiteral(". ") + tr("Arrow keys move between GPUs.");
    }
    if (m_current.isValid())
        d += QLatin1Char('\n') + describe(m_current);
    setAccessibleDescription(d);
}

QSize GpuBoardView::sizeHint() const
{
    // Two columns of comfortable cards and room for a couple of rows.
    return {2 * Layout::Margin + 2 * 330 + Layout::Spacing + style()->pixelMetric(QStyle::PM_ScrollBarExtent),
            560};
}

QSize GpuBoardView::minimumSizeHint() const
{
    return {2 * Layout::Margin + MinCardWidth / 2, 160};
}
