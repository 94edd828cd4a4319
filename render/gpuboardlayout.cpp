#include "gpuboardlayout.h"

#include "model/topology.h"

#include <QPainter>

std::vector<GpuCard> GpuBoardLayout::cardsOf(const QString &hostId, const HostSnapshot &s)
{
    std::vector<GpuCard> out;
    const Topology::Holders holders = Topology::holders(s);
    const QList<Topology::IommuGroup> groups = Topology::iommuGroups(s);
    for (const PciAddress &gpu : Topology::gpus(s))
        out.push_back(GpuCard::build(hostId, s, holders, groups, gpu));
    return out;
}

QList<QRect> GpuBoardLayout::update(std::vector<GpuCard> cards, bool *relaidOut)
{
    *relaidOut = false;
    bool sameGpus = cards.size() == m_cards.size();
    for (size_t i = 0; sameGpus && i < cards.size(); ++i)
        sameGpus = cards[i].address == m_cards[i].card.address;
    if (!sameGpus) { // GPUs came or went: a new grid
        m_cards.clear();
        for (GpuCard &c : cards)
            m_cards.push_back(Entry{std::move(c), {}, {}});
        relayout();
        *relaidOut = true;
        return {};
    }
    // Same GPUs: only cards whose content changed are laid out again and repainted.
    QList<QRect> dirty;
    for (size_t i = 0; i < cards.size(); ++i) {
        Entry &e = m_cards[i];
        if (e.card == cards[i])
            continue;
        e.card = std::move(cards[i]);
        const int before = e.painter.height();
        if (e.painter.layout(e.card, e.rect.width(), m_font, m_palette) != before)
            *relaidOut = true;
        dirty.append(e.rect);
    }
    if (*relaidOut)
        relayout();
    return dirty;
}

void GpuBoardLayout::setGeometry(int viewportWidth, const QFont &font, const QPalette &pal)
{
    m_viewportWidth = viewportWidth;
    m_font = font;
    m_palette = pal;
    relayout();
}

void GpuBoardLayout::relayout()
{
    // As many columns of at least MinCardWidth as fit, cards at most MaxCardWidth; one column at least,
    // wider than the viewport if need be (the view then scrolls sideways).
    const int avail = m_viewportWidth - 2 * Margin;
    const int n = count();
    m_columns = std::max(1, std::min(n, (avail + Spacing) / (MinCardWidth + Spacing)));
    const int cardW = std::clamp((avail - (m_columns - 1) * Spacing) / m_columns, MinCardWidth, MaxCardWidth);
    int y = Margin;
    for (int first = 0; first < n; first += m_columns) {
        const int last = std::min(n, first + m_columns);
        int rowH = 0;
        for (int i = first; i < last; ++i)
            rowH = std::max(rowH, m_cards[i].painter.layout(m_cards[i].card, cardW, m_font, m_palette));
        for (int i = first; i < last; ++i)
            m_cards[i].rect = QRect(Margin + (i - first) * (cardW + Spacing), y, cardW, rowH);
        y += rowH + Spacing;
    }
    m_contentSize =
        n == 0 ? QSize()
               : QSize(2 * Margin + m_columns * cardW + (m_columns - 1) * Spacing, y - Spacing + Margin);
}

void GpuBoardLayout::paint(QPainter *p, const QPoint &offset, const QRect &dirty, const ObjectRef &current,
                           int focusCard) const
{
    for (int i = 0; i < count(); ++i) {
        const Entry &e = m_cards[i];
        const QRect r = e.rect.translated(offset);
        if (!r.adjusted(-4, -4, 4, 4).intersects(dirty)) // the current outline reaches past the card
            continue;
        e.painter.paint(p, e.card, r, m_font, m_palette, GpuCardPainter::State{current, i == focusCard});
    }
}

QList<GpuBoardItem> GpuBoardLayout::items(const QPoint &offset, const ObjectRef &current) const
{
    QList<GpuBoardItem> out;
    for (const Entry &e : m_cards) {
        GpuBoardItem card;
        card.kind = GpuBoardItem::Kind::Card;
        card.ref = e.card.ref();
        card.rect = e.rect.translated(offset);
        card.label = e.card.title;
        card.vmUuid = e.card.assignedTo.uuid;
        card.vmName = e.card.assignedTo.name;
        card.current = card.ref == current;
        out.append(card);
        for (GpuBoardItem item : e.painter.items()) {
            item.rect.translate(e.rect.topLeft() + offset);
            item.current = GpuCardPainter::isCurrent(item, current);
            out.append(item);
        }
    }
    return out;
}

const GpuBoardItem *GpuBoardLayout::itemAt(const QPoint &content, int *cardIndex) const
{
    *cardIndex = -1;
    for (int i = 0; i < count(); ++i) {
        const Entry &e = m_cards[i];
        if (!e.rect.contains(content))
            continue;
        *cardIndex = i;
        const QPoint local = content - e.rect.topLeft();
        for (const GpuBoardItem &item : e.painter.items()) // items on a card never overlap
            if (item.rect.contains(local))
                return &item;
        return nullptr;
    }
    return nullptr;
}

int GpuBoardLayout::cardIndexOf(const ObjectRef &ref) const
{
    for (int i = 0; i < count(); ++i) {
        const Entry &e = m_cards[i];
        if (e.card.ref() == ref)
            return i;
        for (const GpuBoardItem &item : e.painter.items())
            if (GpuCardPainter::isCurrent(item, ref))
                return i;
    }
    return -1;
}

QRect GpuBoardLayout::rectOf(const ObjectRef &ref) const
{
    const int i = cardIndexOf(ref);
    if (i < 0)
        return {};
    const Entry &e = m_cards[i];
    for (const GpuBoardItem &item : e.painter.items())
        if (GpuCardPainter::isCurrent(item, ref))
            return item.rect.translated(e.rect.topLeft());
    return e.rect;
}

QString GpuBoardLayout::describe(const ObjectRef &ref) const
{
    for (const Entry &e : m_cards)
        if (const QString t = e.card.describe(ref); !t.isEmpty())
            return t;
    return {};
}
