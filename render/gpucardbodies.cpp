// The bodies of a GPU card: time-sliced framebuffer bar, MIG slot grid, SR-IOV VF boxes.
#include "gpuboardstyle.h"
#include "gpucardwalker.h"

#include <QLocale>
#include <QPainter>

namespace S = GpuBoardStyle;

namespace {
// Left edge of column i of n columns spread over [x, x + w) with gap between them; integer and gap-exact.
int colLeft(int x, int w, int gap, int n, int i)
{
    return x + (i * (w + gap)) / n;
}
int colRight(int x, int w, int gap, int n, int i) // exclusive
{
    return x + ((i + 1) * (w + gap)) / n - gap;
}
} // namespace

void GpuCardWalker::timeSliced()
{
    const QLocale l;
    if (m_card.totalMB > 0 && m_card.usedMB() > 0)
        caption(tr("vGPU framebuffer · %1 of %2 in use")
                    .arg(GpuCard::sizeText(m_card.usedMB()), GpuCard::sizeText(m_card.totalMB)));
    else if (m_card.totalMB > 0)
        caption(tr("vGPU framebuffer · %1").arg(GpuCard::sizeText(m_card.totalMB)));
    else
        caption(tr("vGPU · %n slice(s)", "", int(m_card.slices.size())));
    if (m_card.mixedSizes)
        proportionalBar();
    else
        tiledBar();
    m_y += 4;
    QString mode;
    QString free;
    if (m_card.slices.isEmpty()) {
        mode = tr("Equal-size mode: the first vGPU fixes the slice size");
        free = m_card.totalMB > 0
                   ? tr("free: %1", "@label free framebuffer").arg(GpuCard::sizeText(m_card.totalMB))
                   : QString();
    } else if (m_card.mixedSizes) {
        mode = tr("Mixed-size mode");
        free = tr("free: %1", "@label free framebuffer")
                   .arg(GpuCard::sizeText(m_card.totalMB - m_card.usedMB()));
    } else {
        if (m_card.sliceMB > 0)
            mode = tr("Equal-size mode: %1 slices").arg(GpuCard::sizeText(m_card.sliceMB));
        free = m_card.freeSlices() > 0 ? tr("free: %1 × %2", "@label free vGPU slices: count × type")
                                             .arg(l.toString(m_card.freeSlices()), m_card.freeTypeName)
                                       : tr("Full: no room for another %1").arg(m_card.freeTypeName);
    }
    if (!mode.isEmpty())
        caption(mode);
    if (!free.isEmpty())
        caption(free);
    if (m_card.mixedSizes) {
        // Narrow segments cannot carry their names: a row each says who holds what.
        for (const GpuCard::Slice &sl : m_card.slices)
            legendRow(ref(ObjectRef::Kind::Mdev, sl.uuid), sl.holder,
                      sl.holder.uuid.isEmpty()
                          ? tr("%1 · not assigned", "@label vGPU type").arg(sl.typeName)
                          : tr("%1 · %2 (%3)", "@label vGPU type · VM (state)")
                                .arg(sl.typeName, sl.holder.name, GpuCard::stateText(sl.holder)));
    } else {
        m_y -= 4;
    }
}

void GpuCardWalker::tiledBar()
{
    const QString gpuKey = m_card.address.toString();
    if (m_card.slices.isEmpty()) {
        // Nothing created: one free area, any profile can still be the first.
        const QRect r(m_x, m_y, m_w, 2 * lineHeight() + 8);
        if (m_p)
            S::drawFree(m_p, r, m_pal);
        const QString label = tr("Free · any vGPU profile");
        text(r, label, m_small, S::dimText(m_pal), Qt::AlignCenter);
        GpuBoardItem &item = add(GpuBoardItem::Kind::FreeSpace, m_card.ref(), r, label);
        item.tooltip = tr("No vGPU on this GPU yet. In equal-size mode the first vGPU created fixes the "
                          "framebuffer size of all others.");
        m_y += r.height();
        return;
    }
    const int tiles = m_card.tiles;
    const int gap = 4;
    const int maxCols = std::max(1, (m_w + gap) / (64 + gap));
    int cols = std::min(tiles, maxCols);
    // Prefer full rows: the largest column count at least half the maximum that divides the tile count.
    for (int c = cols; c >= std::max(1, (cols + 1) / 2); --c) {
        if (tiles % c == 0) {
            cols = c;
            break;
        }
    }
    const int rows = (tiles + cols - 1) / cols;
    const int tileWidth = colRight(m_x, m_w, gap, cols, 0) - m_x;
    const bool twoLines = tileWidth >= 56;
    const int tileH = twoLines ? 2 * lineHeight() + 8 : lineHeight() + 8;
    // Many small slices of one type: the type is named once below the bar ("free: 4 × A16-1Q") and the
    // tiles give both lines to the VM name, which is what tells them apart.
    bool oneType = true;
    for (const GpuCard::Slice &sl : m_card.slices)
        oneType = oneType && sl.typeId == m_card.slices.front().typeId;
    const bool namesOnly = oneType && tiles > 8;
    QFont bold = m_small;
    bold.setBold(true);
    const ObjectRef freeRef =
        m_card.freeTypeId.isEmpty()
            ? m_card.ref()
            : ref(ObjectRef::Kind::MdevType, gpuKey + QLatin1Char('/') + m_card.freeTypeId);
    for (int i = 0; i < tiles; ++i) {
        const int row = i / cols;
        const int col = i % cols;
        const int top = m_y + row * (tileH + gap);
        const QRect r(QPoint(colLeft(m_x, m_w, gap, cols, col), top),
                      QPoint(colRight(m_x, m_w, gap, cols, col) - 1, top + tileH - 1));
        if (i >= m_card.slices.size()) {
            if (m_p)
                S::drawFree(m_p, r, m_pal);
            GpuBoardItem &item =
                add(GpuBoardItem::Kind::FreeSpace, freeRef, r, tr("free", "@label free vGPU slot"));
            item.tooltip = m_card.describe(freeRef);
            continue;
        }
        const GpuCard::Slice &sl = m_card.slices[i];
        const QColor fill = fillFor(sl.holder);
        const QColor fg = S::textOn(fill, m_pal);
        if (m_p)
            S::drawBox(m_p, r, fill, S::blend(fill, fg, 0.3), 3);
        const QRect inner = r.adjusted(4, 4, -4, -4);
        if (twoLines && namesOnly) {
            wrapText(inner, sl.holder.uuid.isEmpty() ? holderText(sl.holder) : sl.holder.name, m_small, fg,
                     2);
        } else if (twoLines) {
            text(QRect(inner.left(), inner.top(), inner.width(), lineHeight()), sl.typeName, bold, fg);
            text(QRect(inner.left(), inner.top() + lineHeight(), inner.width(), lineHeight()),
                 holderText(sl.holder), m_small, fg);
        } else {
            text(inner, sl.holder.uuid.isEmpty() ? shortType(sl) : sl.holder.name, m_small, fg,
                 Qt::AlignCenter);
        }
        add(GpuBoardItem::Kind::Slice, ref(ObjectRef::Kind::Mdev, sl.uuid), r,
            tr("%1 · %2", "@label vGPU type · VM name").arg(sl.typeName, holderText(sl.holder)), sl.holder);
    }
    m_y += rows * tileH + (rows - 1) * gap;
}

void GpuCardWalker::proportionalBar()
{
    // Mixed-size mode: one row, each slice as wide as its share of the framebuffer, at least a sliver.
    const QRect bar(m_x, m_y, m_w, 2 * lineHeight() + 8);
    const int total = std::max(1, std::max(m_card.totalMB, m_card.usedMB()));
    if (m_p)
        S::drawFree(m_p, bar, m_pal);
    int x = m_x;
    QFont bold = m_small;
    bold.setBold(true);
    for (const GpuCard::Slice &sl : m_card.slices) {
        const int mb = sl.vgpu ? sl.vgpu->framebufferMB : 0;
        const int w = std::max(6, int(qint64(m_w) * mb / total));
        const QRect r(x, bar.top(), std::min(w, bar.right() + 1 - x), bar.height());
        if (r.width() <= 0)
            break;
        const QColor fill = fillFor(sl.holder);
        const QColor fg = S::textOn(fill, m_pal);
        if (m_p)
            S::drawBox(m_p, r.adjusted(0, 0, -1, 0), fill, S::blend(fill, fg, 0.3), 3);
        const QRect inner = r.adjusted(4, 4, -5, -4);
        text(QRect(inner.left(), inner.top(), inner.width(), lineHeight()), shortType(sl), bold, fg);
        text(QRect(inner.left(), inner.top() + lineHeight(), inner.width(), lineHeight()),
             holderText(sl.holder), m_small, fg);
        add(GpuBoardItem::Kind::Slice, ref(ObjectRef::Kind::Mdev, sl.uuid), r,
            tr("%1 · %2", "@label vGPU type · VM name").arg(sl.typeName, holderText(sl.holder)), sl.holder);
        x += r.width();
    }
    m_y += bar.height();
}

void GpuCardWalker::mig()
{
    using namespace MigLayout;
    int computeUsed = 0;
    int memoryUsed = 0;
    int unplaced = 0;
    for (const GpuCard::Slice &sl : m_card.slices) {
        if (sl.placement) {
            computeUsed += sl.placement->computeSlices();
            memoryUsed += sl.placement->memorySlices();
        } else {
            ++unplaced;
        }
    }
    caption(tr("MIG · %n instance(s)", "", int(m_card.slices.size())));
    const QString computeLabel = tr("Compute", "@label MIG compute slices row");
    const QString memoryLabel = tr("Memory", "@label MIG memory slices row");
    const int labelW =
        std::max(m_smallFm.horizontalAdvance(computeLabel), m_smallFm.horizontalAdvance(memoryLabel)) + 8;
    const int gx = m_x + labelW;
    const int gw = m_w - labelW;
    const int rowH = lineHeight() + 8;
    const int gap = 3;
    const int computeTop = m_y;
    const int memoryTop = m_y + rowH + gap;
    text(QRect(m_x, computeTop, labelW, rowH), computeLabel, m_small, S::dimText(m_pal));
    text(QRect(m_x, memoryTop, labelW, rowH), memoryLabel, m_small, S::dimText(m_pal));
    auto cell = [&](int col, int top) {
        return QRect(QPoint(colLeft(gx, gw, gap, MemorySlices, col), top),
                     QPoint(colRight(gx, gw, gap, MemorySlices, col) - 1, top + rowH - 1));
    };
    if (m_p) { // empty slots; memory slice 7 has no compute slice of its own
        for (int c = 0; c < MemorySlices; ++c) {
            if (c < ComputeSlices)
                S::drawBox(m_p, cell(c, computeTop), S::cardFill(m_pal), S::line(m_pal), 2);
            S::drawBox(m_p, cell(c, memoryTop), S::cardFill(m_pal), S::line(m_pal), 2);
        }
    }
    QFont bold = m_small;
    bold.setBold(true);
    for (const GpuCard::Slice &sl : m_card.slices) {
        if (!sl.placement)
            continue;
        const Placement &pl = *sl.placement;
        const int last = pl.start + pl.memorySlices() - 1;
        const QRect r(cell(pl.start, computeTop).topLeft(), cell(last, memoryTop).bottomRight());
        const QColor fill = fillFor(sl.holder);
        const QColor fg = S::textOn(fill, m_pal);
        if (m_p) {
            S::drawBox(m_p, r, fill, S::blend(fill, fg, 0.35), 3);
            // Slots the instance spans but has no compute slice in: hatched, so 1g.20gb reads as 1 × 2.
            for (int c = pl.start + pl.computeSlices(); c <= last; ++c)
                m_p->fillRect(cell(c, computeTop).adjusted(1, 1, -1, -1),
                              QBrush(S::blend(fill, fg, 0.35), Qt::BDiagPattern));
            m_p->setPen(S::blend(fill, fg, 0.3));
            for (int c = pl.start + 1; c <= last;
                 ++c) { // slot boundaries as ticks at the edges, clear of the label
                const int x = cell(c, computeTop).left() - 2;
                m_p->drawLine(x, r.top() + 1, x, r.top() + rowH / 3);
                m_p->drawLine(x, r.bottom() - rowH / 3, x, r.bottom() - 1);
            }
        }
        const QRect inner = r.adjusted(3, 2, -3, -2);
        const QString name = m_smallFm.horizontalAdvance(sl.migProfile) <= inner.width()
                                 ? sl.migProfile
                                 : tr("%1g", "@label short MIG profile").arg(pl.computeSlices());
        const int mid = inner.top() + inner.height() / 2;
        const bool room = inner.width() >= 44;
        text(QRect(inner.left(), room ? mid - lineHeight() : inner.top(), inner.width(),
                   room ? lineHeight() : inner.height()),
             name, bold, fg, Qt::AlignHCenter);
        if (room)
            text(QRect(inner.left(), mid, inner.width(), lineHeight()), holderText(sl.holder), m_small, fg,
                 Qt::AlignHCenter);
        GpuBoardItem &item =
            add(GpuBoardItem::Kind::MigInstance, ref(ObjectRef::Kind::Mdev, sl.uuid), r,
                tr("%1 · %2", "@label MIG profile · VM name").arg(sl.migProfile, holderText(sl.holder)),
                sl.holder);
        item.memoryStart = pl.start;
        item.memorySlices = pl.memorySlices();
        item.computeStart = pl.start;
        item.computeSlices = pl.computeSlices();
    }
    // Empty slots are drag sources: a new MIG-backed vGPU of the smallest offered profile that may start
    // there and fits (larger ones come from the vGPU Profiles table, placed at their first fit).
    quint8 taken = 0;
    int instances = 0;
    for (const GpuCard::Slice &sl : m_card.slices)
        if (sl.placement) {
            taken |= memoryMask(*sl.placement);
            ++instances;
        }
    for (int c = 0; c < MemorySlices && instances < MaxInstances; ++c) {
        if (taken & (1u << c))
            continue;
        const auto offer =
            std::find_if(m_card.migOffers.cbegin(), m_card.migOffers.cend(), [&](const GpuCard::MigOffer &o) {
                return isLegalStart(o.profile, c) && (memoryMask({o.profile, c}) & taken) == 0;
            });
        if (offer == m_card.migOffers.cend())
            continue;
        const QRect r(cell(c, computeTop).topLeft(), cell(c, memoryTop).bottomRight());
        if (m_p) { // hatched like the free tiles of time-sliced GPUs: something can be made here
            if (c < ComputeSlices)
                S::drawFree(m_p, cell(c, computeTop), m_pal);
            S::drawFree(m_p, cell(c, memoryTop), m_pal);
        }
        GpuBoardItem &item =
            add(GpuBoardItem::Kind::FreeSpace,
                ref(ObjectRef::Kind::MdevType,
                    QStringLiteral("%1/%2@%3").arg(m_card.address.toString(), offer->typeId).arg(c)),
                r, tr("free slot %1", "@label empty MIG slot").arg(c));
        item.memoryStart = c;
        item.memorySlices = info(offer->profile).memorySlices;
        item.tooltip = tr("Free MIG slot %1: drag it onto a VM to create a %2 (%3) starting here")
                           .arg(c)
                           .arg(offer->typeName, info(offer->profile).name);
    }
    m_y = memoryTop + rowH + 6;
    const QLocale l;
    caption(tr("free: %1 of %2 compute, %3 of %4 memory slices")
                .arg(l.toString(ComputeSlices - computeUsed), l.toString(ComputeSlices),
                     l.toString(MemorySlices - memoryUsed), l.toString(MemorySlices)));
    if (unplaced > 0) {
        const QRect r(m_x, m_y, m_w, lineHeight());
        text(r, tr("%n instance(s) not in the grid: no legal slot left", "", unplaced), m_small,
             m_pal.color(QPalette::Text));
        m_y += lineHeight() + 4;
    }
    for (const GpuCard::Slice &sl : m_card.slices)
        legendRow(
            ref(ObjectRef::Kind::Mdev, sl.uuid), sl.holder,
            sl.holder.uuid.isEmpty()
                ? tr("%1 · %2 · not assigned", "@label MIG profile · type").arg(sl.migProfile, sl.typeName)
                : tr("%1 · %2 · %3 (%4)", "@label MIG profile · type · VM (state)")
                      .arg(sl.migProfile, sl.typeName, sl.holder.name, GpuCard::stateText(sl.holder)));
}

void GpuCardWalker::virtualFunctions()
{
    const QLocale l;
    caption(
        tr("SR-IOV · %1 of %n VF(s) enabled", "", int(m_card.vfs.size())).arg(l.toString(m_card.vfEnabled)));
    const int box = lineHeight() + 8;
    const int gap = 4;
    const int perRow = std::max(1, (m_w + gap) / (box + gap));
    QList<const GpuCard::Vf *> held;
    for (int i = 0; i < m_card.vfs.size(); ++i) {
        const GpuCard::Vf &vf = m_card.vfs[i];
        const QRect r(m_x + (i % perRow) * (box + gap), m_y + (i / perRow) * (box + gap), box, box);
        const QString number = l.toString(vf.index);
        if (!vf.address.isValid()) { // could be enabled (sriov_numvfs) but is not
            if (m_p) {
                m_p->save();
                m_p->setPen(QPen(S::line(m_pal), 1, Qt::DotLine));
                m_p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
                m_p->restore();
            }
            text(r, number, m_small, S::line(m_pal), Qt::AlignCenter);
            continue;
        }
        const bool isHeld = !vf.holder.uuid.isEmpty();
        const QColor fill = isHeld ? S::vmColor(vf.holder.uuid, m_pal)
                                   : S::blend(S::cardFill(m_pal), m_pal.color(QPalette::Text), 0.05);
        const QColor fg = S::textOn(fill, m_pal);
        if (m_p)
            S::drawBox(m_p, r, fill, isHeld ? S::blend(fill, fg, 0.35) : S::line(m_pal), 3);
        text(r, number, m_small, isHeld ? fg : S::dimText(m_pal), Qt::AlignCenter);
        const QString label = isHeld
                                  ? tr("VF %1 · %2", "@label VF number · VM name").arg(number, vf.holder.name)
                                  : tr("VF %1 · free", "@label VF number").arg(number);
        add(GpuBoardItem::Kind::VirtualFunction, ref(ObjectRef::Kind::Function, vf.address.toString()), r,
            label, vf.holder);
        if (isHeld)
            held.append(&vf);
    }
    const int rows = (int(m_card.vfs.size()) + perRow - 1) / perRow;
    m_y += rows * box + (rows - 1) * gap + 6;
    // Who holds which VF, in words; long lists stop after a few rows with a count.
    const int shown = held.size() > 6 ? 5 : int(held.size());
    for (int i = 0; i < shown; ++i) {
        const GpuCard::Vf &vf = *held[i];
        legendRow(ref(ObjectRef::Kind::Function, vf.address.toString()), vf.holder,
                  tr("VF %1 · %2 (%3)", "@label VF number · VM (state)")
                      .arg(l.toString(vf.index), vf.holder.name, GpuCard::stateText(vf.holder)));
    }
    if (shown < held.size())
        caption(tr("… and %n more assigned VF(s)", "", int(held.size()) - shown));
    if (held.isEmpty() && m_card.vfEnabled > 0)
        caption(tr("All VFs free"));
}
