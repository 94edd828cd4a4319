// The GPU board without the widget: its cards, their grid geometry, hit testing and drawing.
// GpuBoardView owns one and adds scrolling, input, signals and the inventory.
#pragma once

#include "gpuboarditem.h"
#include "gpucard.h"
#include "gpucardpainter.h"

#include <QFont>
#include <QPalette>
#include <QSize>

#include <vector>

class GpuBoardLayout
{
public:
    static constexpr int Margin = 12;
    static constexpr int Spacing = 12;
    static constexpr int MinCardWidth = 300;
    static constexpr int MaxCardWidth = 360;

    // The cards of a host's GPUs, in address order.
    static std::vector<GpuCard> cardsOf(const QString &hostId, const HostSnapshot &s);

    // Takes new card contents. Returns the content rects to repaint; sets *relaidOut when the grid moved
    // (GPUs added or removed, a card changed height) and everything needs repainting.
    QList<QRect> update(std::vector<GpuCard> cards, bool *relaidOut);
    void setGeometry(int viewportWidth, const QFont &font, const QPalette &pal); // relays out
    void clear() { m_cards.clear(); }

    int count() const { return int(m_cards.size()); }
    int columns() const { return m_columns; }
    QSize contentSize() const { return m_contentSize; }
    const GpuCard &card(int i) const { return m_cards[i].card; }
    QRect cardRect(int i) const { return m_cards[i].rect; }

    // offset maps content to viewport coordinates; focusCard gets the focus rectangle (-1: none).
    void paint(QPainter *p, const QPoint &offset, const QRect &dirty, const ObjectRef &current,
               int focusCard) const;
    QList<GpuBoardItem> items(const QPoint &offset, const ObjectRef &current) const;
    // The innermost item at a content position; nullptr on a card's background (then *cardIndex says which).
    const GpuBoardItem *itemAt(const QPoint &content, int *cardIndex) const;
    int cardIndexOf(const ObjectRef &ref) const;
    QRect rectOf(const ObjectRef &ref) const; // content coordinates; null when not shown
    QString describe(const ObjectRef &ref) const;

private:
    void relayout();

    struct Entry
    {
        GpuCard card;
        GpuCardPainter painter;
        QRect rect; // content coordinates, stretched to the grid row's height
    };
    std::vector<Entry> m_cards;
    int m_viewportWidth = 0;
    QFont m_font;
    QPalette m_palette;
    int m_columns = 1;
    QSize m_contentSize;
};
