// Lays out and draws one GPU card; the same walk measures (no painter) and paints, so hit rects match pixels.
#pragma once

#include "gpuboarditem.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPalette>

class QPainter;
struct GpuCard;

class GpuCardPainter
{
    Q_DECLARE_TR_FUNCTIONS(GpuBoardView)

public:
    struct State
    {
        ObjectRef current;
        bool focused = false; // the view has focus and this card is its keyboard position
    };

    // Lays the card out at the given width; returns its natural height. items() then holds card-local rects.
    int layout(const GpuCard &card, int width, const QFont &font, const QPalette &pal);
    // Draws the laid-out card into rect, whose height may exceed the natural one (a taller grid row).
    void paint(QPainter *p, const GpuCard &card, const QRect &rect, const QFont &font, const QPalette &pal,
               const State &state) const;
    const QList<GpuBoardItem> &items() const { return m_items; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    // Whether an item shows the current object (itself, or something held by the current VM).
    static bool isCurrent(const GpuBoardItem &item, const ObjectRef &current);

private:
    QList<GpuBoardItem> m_items;
    int m_width = 0;
    int m_height = 0;
};
