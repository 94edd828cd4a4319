// A host's GPU board drawn without a widget, by the same layout and painter code the console's board uses:
// for the PNG export and the report's pages.
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPalette>

class GpuBoardLayout;
class Inventory;
class QPainter;

struct BoardImage
{
    Q_DECLARE_TR_FUNCTIONS(BoardImage)
public:
    // The cards of a host (readiness badges and load bars included) laid out for a content width.
    // Returns false when the host is unknown, not loaded or has no GPUs.
    static bool layout(GpuBoardLayout &board, const Inventory &inventory, const QString &hostId, int width,
                       const QFont &font, const QPalette &palette);
    // The board as an image `width` logical pixels wide (times devicePixelRatio); null when nothing to draw.
    static QImage render(const Inventory &inventory, const QString &hostId, int width, const QFont &font,
                         const QPalette &palette, qreal devicePixelRatio = 1);
    // Draws a laid-out board at the painter's origin (scaled by the caller as needed).
    static void paint(QPainter *painter, const GpuBoardLayout &board);
    // A light palette for printed pages, whatever the desktop's theme.
    static QPalette printPalette();
    static Status savePng(const QImage &image, const QString &path);
};
