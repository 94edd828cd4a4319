#include "gpuboardghosts.h"

#include "gpuboardstyle.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace S = GpuBoardStyle;

// Gives these strings a context lupdate can see.
struct GpuBoardGhostText
{
    Q_DECLARE_TR_FUNCTIONS(GpuBoardView)
};

namespace GpuBoardGhosts {

namespace {

constexpr int Pad = 12; // GpuCardWalker::Pad: ghosts in a strip keep the card's inner margins

bool onGpu(const GpuBoardItem &item, const QString &address)
{
    if (item.ref.kind == ObjectRef::Kind::Gpu)
        return item.ref.key == address;
    if (item.ref.kind == ObjectRef::Kind::MdevType)
        return item.ref.key.startsWith(address + QLatin1Char('/'));
    return false;
}

// Everything the board shows of one card, in drawing order.
struct Card
{
    QRect rect;
    QList<QRect> freeTiles;  // time-sliced free space, in order
    QList<QRect> freeVfs;    // VF boxes nobody holds, in order
    QList<GpuBoardItem> mig; // MIG instances, for the slot grid's geometry
    int contentBottom = 0;   // below the last item
    int strip = 0;           // ghosts already put in the bottom strip
};

QRect migRect(const Card &c, int start, int slices)
{
    // The slot grid's pitch and origin, from any instance the card draws (GpuCardWalker spaces cells
    // evenly with a 3 px gap); nothing drawn: no grid to put it on.
    for (const GpuBoardItem &m : c.mig) {
        if (m.memorySlices <= 0)
            continue;
        const double pitch = double(m.rect.width() + 3) / m.memorySlices;
        const double x0 = m.rect.left() - m.memoryStart * pitch;
        const int left = int(x0 + start * pitch + 0.5);
        const int right = int(x0 + (start + slices) * pitch - 3 + 0.5);
        return QRect(QPoint(left, m.rect.top()), QPoint(right, m.rect.bottom()));
    }
    return {};
}

// "vdi-pool #3" in a narrow tile: the name gives way, the instance number stays ("vdi-p… #3").
QString fitName(const QString &text, const QFontMetrics &fm, int width)
{
    if (fm.horizontalAdvance(text) <= width)
        return text;
    const qsizetype hash = text.lastIndexOf(QStringLiteral(" #"));
    if (hash <= 0)
        return fm.elidedText(text, Qt::ElideRight, width);
    const QString instance = text.mid(hash);
    return fm.elidedText(text.left(hash), Qt::ElideRight, width - fm.horizontalAdvance(instance)) + instance;
}

} // namespace

QList<GpuBoardItem> place(const QList<GpuBoardItem> &boardItems, const QList<GpuBoardGhost> &ghosts,
                          const QFont &font)
{
    QList<GpuBoardItem> out;
    if (ghosts.isEmpty())
        return out;
    const int rowH = QFontMetrics(S::smallFont(font)).height() + 8;
    QHash<QString, Card> cards; // by GPU address, for the shown host only
    QString hostId;
    for (const GpuBoardItem &item : boardItems) {
        if (item.kind == GpuBoardItem::Kind::Card) {
            hostId = item.ref.hostId;
            cards[item.ref.key].rect = item.rect;
            cards[item.ref.key].contentBottom = item.rect.top();
        }
    }
    for (auto it = cards.begin(); it != cards.end(); ++it) {
        Card &c = it.value();
        for (const GpuBoardItem &item : boardItems) {
            if (item.kind == GpuBoardItem::Kind::Card || !c.rect.contains(item.rect.center()))
                continue;
            c.contentBottom = std::max(c.contentBottom, item.rect.bottom());
            if (item.kind == GpuBoardItem::Kind::FreeSpace && onGpu(item, it.key()))
                c.freeTiles.append(item.rect);
            else if (item.kind == GpuBoardItem::Kind::VirtualFunction && !item.held())
                c.freeVfs.append(item.rect);
            else if (item.kind == GpuBoardItem::Kind::MigInstance)
                c.mig.append(item);
        }
    }
    // Ghosts per GPU, to share a single free area between several of them.
    QHash<QString, int> vgpuGhosts, vgpuDone;
    for (const GpuBoardGhost &g : ghosts) {
        if (g.hostId == hostId && g.shape == GpuBoardGhost::Shape::Vgpu)
            ++vgpuGhosts[g.gpuAddress];
    }
    for (const GpuBoardGhost &g : ghosts) {
        if (g.hostId != hostId || !cards.contains(g.gpuAddress))
            continue;
        Card &c = cards[g.gpuAddress];
        GpuBoardItem item;
        item.kind = GpuBoardItem::Kind::Ghost;
        item.ref = {ObjectRef::Kind::Gpu, g.hostId, g.gpuAddress};
        item.label =
            g.what.isEmpty()
                ? g.label
                : GpuBoardGhostText::tr("%1 · %2", "@label request · what it takes").arg(g.label, g.what);
        item.tooltip = GpuBoardGhostText::tr("Scheduler preview, not applied: %1 would take %2 here")
                           .arg(g.label, g.what.isEmpty() ? GpuBoardGhostText::tr("this GPU") : g.what);
        switch (g.shape) {
        case GpuBoardGhost::Shape::Vgpu: {
            const int done = vgpuDone[g.gpuAddress]++;
            if (c.freeTiles.size() > 1 && done < c.freeTiles.size()) {
                item.rect = c.freeTiles[done];
            } else if (c.freeTiles.size() == 1) {
                // One free area (nothing created yet): split it between this GPU's ghosts.
                const QRect area = c.freeTiles.first();
                const int n = vgpuGhosts[g.gpuAddress];
                const int left = area.left() + done * area.width() / n;
                const int right = area.left() + (done + 1) * area.width() / n - (done + 1 < n ? 3 : 0);
                item.rect = QRect(QPoint(left, area.top()), QPoint(right - 1, area.bottom()));
            }
            break;
        }
        case GpuBoardGhost::Shape::Mig:
            item.memoryStart = g.migStart;
            item.memorySlices = g.migSlices;
            item.rect = migRect(c, g.migStart, g.migSlices);
            break;
        case GpuBoardGhost::Shape::VirtualFunction:
            if (!c.freeVfs.isEmpty())
                item.rect = c.freeVfs.takeFirst();
            break;
        case GpuBoardGhost::Shape::WholeGpu:
            item.rect = c.rect.adjusted(3, 3, -3, -3);
            break;
        case GpuBoardGhost::Shape::Share:
            break;
        }
        if (item.rect.isEmpty()) {
            // Nothing on the card stands for the place: a row of its own below the card's content, or
            // over its lower part when the card has no room left.
            const int top =
                std::min(c.contentBottom + 6 + c.strip * (rowH + 4), c.rect.bottom() - Pad - rowH);
            item.rect =
                QRect(c.rect.left() + Pad, std::max(c.rect.top() + Pad, top), c.rect.width() - 2 * Pad, rowH);
            ++c.strip;
        }
        out.append(item);
    }
    return out;
}

void paint(QPainter *p, const QList<GpuBoardItem> &ghostItems, const QFont &font, const QPalette &pal)
{
    const QFont small = S::smallFont(font);
    QFont bold = small;
    bold.setBold(true);
    const QFontMetrics fm(small);
    const QColor accent = pal.color(QPalette::Highlight);
    // A tint of the accent over the card: light enough to read as "not there yet", opaque enough that
    // what the card draws underneath (a free area's caption) does not show through the name.
    const QColor fill = S::blend(S::cardFill(pal), accent, 0.22);
    const QColor fg = S::textOn(fill, pal);
    const QString separator = QStringLiteral(" · ");
    p->save();
    for (const GpuBoardItem &g : ghostItems) {
        const QRectF r = QRectF(g.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(r, 4, 4);
        p->setRenderHint(QPainter::Antialiasing, true);
        QColor translucent = fill;
        translucent.setAlphaF(g.rect.height() > 4 * fm.height() ? 0.55f : 1.0f); // whole cards stay readable
        p->fillPath(path, translucent);
        p->setPen(QPen(accent, 1.5, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setPen(fg);
        const QRect inner = g.rect.adjusted(4, 2, -4, -2);
        const qsizetype cut = g.label.lastIndexOf(separator);
        if (cut > 0 && inner.height() >= 2 * fm.height()) {
            // Two lines, like a slice: the request, then what it takes.
            const int top = inner.top() + (inner.height() - 2 * fm.height()) / 2;
            const QRect first(inner.left(), top, inner.width(), fm.height());
            p->setFont(bold);
            p->drawText(first, Qt::AlignHCenter | Qt::AlignVCenter,
                        fitName(g.label.left(cut), QFontMetrics(bold), inner.width()));
            p->setFont(small);
            p->drawText(first.translated(0, fm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                        fm.elidedText(g.label.mid(cut + separator.size()), Qt::ElideRight, inner.width()));
        } else {
            p->setFont(small);
            p->drawText(inner, Qt::AlignCenter, fitName(g.label, fm, inner.width()));
        }
    }
    p->restore();
}

} // namespace GpuBoardGhosts
