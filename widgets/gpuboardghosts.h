// Ghost slices: where a scheduler preview would put its placements, drawn over the GPU board as
// translucent, dashed boxes carrying the request's name. They are placed from the board's own items
// (free vGPU tiles, MIG slots, VF boxes, the card itself), so the cards need no change; GpuBoardView only
// keeps the list, adds their items and paints them last.
#pragma once

#include "gpuboarditem.h"

#include <QList>
#include <QString>

class QFont;
class QPainter;
class QPalette;

struct GpuBoardGhost
{
    enum class Shape { Vgpu, Mig, VirtualFunction, WholeGpu, Share };

    QString hostId;
    QString gpuAddress; // "0000:41:00.0"
    Shape shape = Shape::Vgpu;
    QString label;     // the request and instance: "vdi-pool #2"
    QString what;      // what it takes, shown after the label: "A16-2Q", "3g.40gb", "250 milli-GPU"
    int migStart = -1; // Mig: first memory slice and how many
    int migSlices = 0;
    friend bool operator==(const GpuBoardGhost &, const GpuBoardGhost &) = default;
};

namespace GpuBoardGhosts {
// Items of kind Ghost (ref: the GPU) for the ghosts whose GPU is among the board items (viewport
// coordinates), in the ghosts' order.
QList<GpuBoardItem> place(const QList<GpuBoardItem> &boardItems, const QList<GpuBoardGhost> &ghosts,
                          const QFont &font);
void paint(QPainter *p, const QList<GpuBoardItem> &ghostItems, const QFont &font, const QPalette &pal);
} // namespace GpuBoardGhosts
