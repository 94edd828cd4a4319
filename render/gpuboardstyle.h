// Colours, fonts and small drawing helpers of the GPU board, all derived from the palette (dark mode
// follows).
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QPainter;
class QRect;
class QString;

namespace GpuBoardStyle {

bool isDark(const QPalette &pal);
QColor blend(const QColor &a, const QColor &b, double t); // t = 0: a, 1: b
// A stable, pleasant fill per VM: the hue comes from a hash of its uuid, lightness from the palette.
QColor vmColor(const QString &vmUuid, const QPalette &pal);
// The palette's text or base colour, whichever contrasts more with the fill.
QColor textOn(const QColor &fill, const QPalette &pal);
QColor dimText(const QPalette &pal);
QColor cardFill(const QPalette &pal);
QColor line(const QPalette &pal);       // outlines of empty slots
QColor warning(const QPalette &pal);    // fill of warning badges
QColor error(const QPalette &pal);      // fill of error badges
QColor unassigned(const QPalette &pal); // slices nobody holds

QFont smallFont(const QFont &base);
QFont titleFont(const QFont &base);

// Free space: a dim fill with diagonal hatching and a dashed outline.
void drawFree(QPainter *p, const QRect &r, const QPalette &pal);
// A rounded box filled and outlined, with an optional focus/current outline drawn outside it.
void drawBox(QPainter *p, const QRect &r, const QColor &fill, const QColor &outline, int radius = 3);
void drawCurrent(QPainter *p, const QRect &r, const QPalette &pal, int radius = 4);
void drawFocus(QPainter *p, const QRect &r, const QPalette &pal);

} // namespace GpuBoardStyle
