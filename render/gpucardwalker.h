// Private to GpuCardPainter: one top-to-bottom pass over a card that places every element and, when given a
// painter, draws it. Header and frame parts live in gpucardpainter.cpp, the bodies in gpucardbodies.cpp.
#pragma once

#include "gpuboarditem.h"
#include "gpucard.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPalette>

class QPainter;

class GpuCardWalker
{
    Q_DECLARE_TR_FUNCTIONS(GpuBoardView)

public:
    static constexpr int Pad = 12;     // inside the card frame
    static constexpr int Section = 10; // between header, body and companions

    GpuCardWalker(const GpuCard &card, int width, const QFont &font, const QPalette &pal, QPainter *p,
                  QList<GpuBoardItem> *items);
    int run(); // returns the natural height

private:
    void header();
    void loadBars(); // utilization and framebuffer, when the agent sends telemetry
    void badges();
    void banner();
    void timeSliced();
    void tiledBar();
    void proportionalBar();
    void mig();
    void virtualFunctions();
    void note();
    void companions();
    void legendRow(const ObjectRef &ref, const GpuCard::Holder &holder, const QString &text);

    // Drawing helpers; each is a no-op while measuring.
    void text(const QRect &r, const QString &s, const QFont &f, const QColor &c, int flags = Qt::AlignLeft);
    // Up to maxLines lines, broken at word boundaries (or anywhere, for long names), the last one elided.
    void wrapText(const QRect &r, const QString &s, const QFont &f, const QColor &c, int maxLines);
    void caption(const QString &s); // a dim one-line caption, advancing the cursor
    GpuBoardItem &add(GpuBoardItem::Kind kind, const ObjectRef &ref, const QRect &r, const QString &label,
                      const GpuCard::Holder &holder = {});
    ObjectRef ref(ObjectRef::Kind kind, const QString &key) const { return {kind, m_card.hostId, key}; }
    QColor fillFor(const GpuCard::Holder &h) const;
    QString holderText(const GpuCard::Holder &h) const;
    QString shortType(const GpuCard::Slice &s) const; // "2Q" for "A16-2Q": the card already names the board
    int lineHeight() const { return m_smallFm.height(); }

    const GpuCard &m_card;
    const QPalette &m_pal;
    QPainter *m_p;
    QList<GpuBoardItem> *m_items;
    QFont m_font;
    QFont m_small;
    QFont m_title;
    QFontMetrics m_fm;
    QFontMetrics m_smallFm;
    QFontMetrics m_titleFm;
    int m_x = Pad;
    int m_w = 0; // inner width
    int m_y = Pad;
};
