#include "gpucardpainter.h"

#include "gpuboardstyle.h"
#include "gpucard.h"
#include "gpucardwalker.h"

#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace S = GpuBoardStyle;

int GpuCardPainter::layout(const GpuCard &card, int width, const QFont &font, const QPalette &pal)
{
    m_items.clear();
    m_width = width;
    m_height = GpuCardWalker(card, width, font, pal, nullptr, &m_items).run();
    return m_height;
}

bool GpuCardPainter::isCurrent(const GpuBoardItem &item, const ObjectRef &current)
{
    if (!current.isValid() || item.kind == GpuBoardItem::Kind::Load) // the card's outline says it
        return false;
    if (item.ref == current)
        return true;
    // Selecting a VM elsewhere lights up everything it holds here.
    return current.kind == ObjectRef::Kind::Vm && item.vmUuid == current.key &&
           item.ref.hostId == current.hostId && item.kind != GpuBoardItem::Kind::LegendEntry;
}

void GpuCardPainter::paint(QPainter *p, const GpuCard &card, const QRect &rect, const QFont &font,
                           const QPalette &pal, const State &state) const
{
    p->save();
    const bool cardCurrent = state.current == card.ref();
    S::drawBox(p, rect, S::cardFill(pal), S::line(pal), 6);
    p->translate(rect.topLeft());
    GpuCardWalker(card, rect.width(), font, pal, p, nullptr).run();
    const GpuBoardItem *focusItem = nullptr;
    for (const GpuBoardItem &item : m_items) {
        if (!isCurrent(item, state.current))
            continue;
        S::drawCurrent(p, item.rect, pal);
        if (item.ref == state.current && !focusItem)
            focusItem = &item;
    }
    p->restore();
    if (cardCurrent)
        S::drawCurrent(p, rect, pal, 7);
    if (state.focused)
        S::drawFocus(p, focusItem ? focusItem->rect.translated(rect.topLeft()) : rect.adjusted(5, 5, -5, -5),
                     pal);
}

GpuCardWalker::GpuCardWalker(const GpuCard &card, int width, const QFont &font, const QPalette &pal,
                             QPainter *p, QList<GpuBoardItem> *items)
    : m_card(card), m_pal(pal), m_p(p), m_items(items), m_font(font), m_small(S::smallFont(font)),
      m_title(S::titleFont(font)), m_fm(m_font), m_smallFm(m_small), m_titleFm(m_title), m_w(width - 2 * Pad)
{
}

int GpuCardWalker::run()
{
    header();
    loadBars();
    badges();
    banner();
    m_y += Section;
    switch (m_card.body) {
    case GpuCard::Body::TimeSliced:
        timeSliced();
        break;
    case GpuCard::Body::Mig:
        mig();
        break;
    case GpuCard::Body::VirtualFunctions:
        virtualFunctions();
        break;
    case GpuCard::Body::PassthroughOnly:
    case GpuCard::Body::NoVgpu:
        note();
        break;
    }
    companions();
    return m_y + Pad;
}

void GpuCardWalker::header()
{
    text(QRect(m_x, m_y, m_w, m_titleFm.height()), m_card.title, m_title, m_pal.color(QPalette::Text));
    m_y += m_titleFm.height() + 2;
    // Facts flow onto as many lines as the width needs, breaking only between facts.
    const QString sep = QStringLiteral(" · ");
    QString lineText;
    auto flush = [&] {
        text(QRect(m_x, m_y, m_w, lineHeight()), lineText, m_small, S::dimText(m_pal));
        m_y += lineHeight();
        lineText.clear();
    };
    for (const QString &fact : m_card.facts) {
        const QString joined = lineText.isEmpty() ? fact : lineText + sep + fact;
        if (!lineText.isEmpty() && m_smallFm.horizontalAdvance(joined) > m_w)
            flush();
        lineText = lineText.isEmpty() ? fact : lineText + sep + fact;
    }
    if (!lineText.isEmpty())
        flush();
}

void GpuCardWalker::loadBars()
{
    if (!m_card.load)
        return;
    const GpuCard::Load &l = *m_card.load;
    const QLocale locale;
    const int h = lineHeight();
    const QRect row(m_x, m_y + 3, m_w, h);
    // Two bars side by side, each "label [bar] nn %"; temperature and power at the right when room is left.
    struct Bar
    {
        QString label;
        int pct;
    };
    const Bar bars[] = {{tr("GPU", "@label load bar: utilization"), l.gpuPct},
                        {tr("FB", "@label load bar: framebuffer used"), l.fbPct}};
    const QString pctWidest = tr("%1 %", "@label percent").arg(locale.toString(100));
    const int pctW = m_smallFm.horizontalAdvance(pctWidest) + 4;
    QString extra;
    if (l.temperatureC > -1000)
        extra = tr("%1 °C").arg(locale.toString(l.temperatureC));
    if (l.powerW >= 0)
        extra += (extra.isEmpty() ? QString() : QStringLiteral(" · ")) +
                 tr("%1 W", "@info watts").arg(locale.toString(l.powerW));
    const int extraW = extra.isEmpty() ? 0 : m_smallFm.horizontalAdvance(extra) + 8;
    const bool showExtra = extraW > 0 && m_w - extraW >= 2 * (pctW + 80);
    const int barsW = showExtra ? m_w - extraW : m_w;
    const int each = (barsW - 8) / 2;
    int x = m_x;
    for (const Bar &b : bars) {
        const int labelW = m_smallFm.horizontalAdvance(b.label) + 4;
        text(QRect(x, row.y(), labelW, h), b.label, m_small, S::dimText(m_pal));
        const QRect track(x + labelW, row.y() + h / 2 - 3, std::max(10, each - labelW - pctW), 6);
        if (m_p) {
            S::drawBox(m_p, track, S::blend(S::line(m_pal), S::cardFill(m_pal), 0.5), S::line(m_pal), 3);
            if (b.pct > 0) {
                const QColor fill = b.pct >= 90   ? S::error(m_pal)
                                    : b.pct >= 75 ? S::warning(m_pal)
                                                  : m_pal.color(QPalette::Highlight);
                S::drawBox(
                    m_p,
                    QRect(track.x(), track.y(), std::max(3, track.width() * b.pct / 100), track.height()),
                    fill, fill, 3);
            }
        }
        const QString pct =
            b.pct < 0 ? QStringLiteral("–") : tr("%1 %", "@label percent").arg(locale.toString(b.pct));
        text(QRect(track.right() + 4, row.y(), pctW, h), pct, m_small, m_pal.color(QPalette::Text));
        x += each + 8;
    }
    if (showExtra)
        text(QRect(m_x + m_w - extraW, row.y(), extraW, h), extra, m_small, S::dimText(m_pal),
             Qt::AlignRight);
    add(GpuBoardItem::Kind::Load, m_card.ref(), row, m_card.loadText());
    m_y += h + 6;
}

void GpuCardWalker::badges()
{
    struct Badge
    {
        QString text;
        QColor fill;
        ObjectRef ref;
        QString tooltip;
        bool warn;
    };
    QList<Badge> list;
    if (m_card.bootVga)
        list.append(
            {tr("Boot VGA", "@label badge"),
             S::blend(m_pal.color(QPalette::Highlight), S::cardFill(m_pal), 0.7), m_card.ref(),
             tr("The host boots on this GPU's display. Passing it through can leave the host without a "
                "console."),
             false});
    if (!m_card.groupPeers.isEmpty())
        list.append({tr("Shared IOMMU group %1", "@label badge").arg(m_card.iommuGroup),
                     S::warning(m_pal),
                     ref(ObjectRef::Kind::IommuGroup, QString::number(m_card.iommuGroup)),
                     {},
                     true});
    if (const auto worst = m_card.worstReadiness()) {
        const bool error = *worst == ReadinessSeverity::Error;
        list.append(
            {error ? tr("%n error(s)", "@label badge: failed readiness checks", int(m_card.readiness.size()))
                   : tr("%n warning(s)", "@label badge: readiness checks with warnings",
                        int(m_card.readiness.size())),
             error ? S::error(m_pal) : S::warning(m_pal), m_card.ref(), m_card.readinessText(), true});
    }
    if (list.isEmpty())
        return;
    m_y += 6;
    const int h = lineHeight() + 4;
    int x = m_x;
    for (const Badge &b : list) {
        const int icon = b.warn ? h - 6 + 4 : 0;
        const int w = std::min(m_w, m_smallFm.horizontalAdvance(b.text) + 14 + icon);
        if (x > m_x && x + w > m_x + m_w) { // wrap to the next row
            x = m_x;
            m_y += h + 4;
        }
        const QRect r(x, m_y, w, h);
        const QColor fg = S::textOn(b.fill, m_pal);
        if (m_p) {
            S::drawBox(m_p, r, b.fill, S::blend(b.fill, fg, 0.25), h / 2);
            if (b.warn) { // a drawn "!" in a circle: no dependence on an emoji font
                const QRect c(r.left() + 5, r.top() + 3, h - 6, h - 6);
                m_p->save();
                m_p->setRenderHint(QPainter::Antialiasing, true);
                m_p->setPen(Qt::NoPen);
                m_p->setBrush(fg);
                m_p->drawEllipse(c);
                m_p->restore();
                QFont bold = m_small;
                bold.setBold(true);
                text(c, QStringLiteral("!"), bold, b.fill, Qt::AlignCenter);
            }
        }
        GpuBoardItem &item = add(GpuBoardItem::Kind::Badge, b.ref, r, b.text);
        item.tooltip = b.tooltip;
        text(r.adjusted(7 + icon, 0, -7, 0), b.text, m_small, fg, Qt::AlignVCenter | Qt::AlignLeft);
        x += w + 6;
    }
    m_y += h;
}

void GpuCardWalker::banner()
{
    const GpuCard::Holder &h = m_card.assignedTo;
    if (h.uuid.isEmpty())
        return;
    m_y += 8;
    const QRect r(m_x, m_y, m_w, m_fm.height() + 10);
    const QColor fill = S::vmColor(h.uuid, m_pal);
    if (m_p)
        S::drawBox(m_p, r, fill, S::blend(fill, S::textOn(fill, m_pal), 0.3), 4);
    const QString label = tr("Assigned to %1", "@label whole GPU passed through to a VM").arg(h.name);
    QFont bold = m_font;
    bold.setBold(true);
    const int stateW = m_smallFm.horizontalAdvance(GpuCard::stateText(h)) + 8;
    text(r.adjusted(8, 0, -8 - stateW, 0), label, bold, S::textOn(fill, m_pal),
         Qt::AlignVCenter | Qt::AlignLeft);
    text(r.adjusted(8, 0, -8, 0), GpuCard::stateText(h), m_small, S::textOn(fill, m_pal),
         Qt::AlignVCenter | Qt::AlignRight);
    add(GpuBoardItem::Kind::Banner, ref(ObjectRef::Kind::Vm, h.uuid), r, label, h);
    m_y += r.height();
}

void GpuCardWalker::note()
{
    QString s;
    if (m_card.body == GpuCard::Body::PassthroughOnly)
        s = tr("No vGPU · passthrough only (vfio-pci)");
    else if (m_card.driver.isEmpty())
        s = tr("No vGPU types offered");
    else
        s = tr("No vGPU types offered · driver %1").arg(m_card.driver);
    const QRect r(m_x, m_y, m_w, lineHeight() + 12);
    if (m_p)
        S::drawBox(m_p, r, S::blend(S::cardFill(m_pal), m_pal.color(QPalette::Text), 0.04), S::line(m_pal),
                   4);
    text(r.adjusted(8, 0, -8, 0), s, m_small, S::dimText(m_pal), Qt::AlignCenter);
    m_y += r.height();
}

void GpuCardWalker::companions()
{
    if (m_card.companions.isEmpty())
        return;
    m_y += Section;
    if (m_p) {
        m_p->setPen(S::line(m_pal));
        m_p->drawLine(m_x, m_y, m_x + m_w, m_y);
    }
    m_y += 6;
    for (const GpuCard::Companion &f : m_card.companions) {
        const QRect r(m_x, m_y, m_w, lineHeight() + 2);
        QString label =
            tr("%1 · %2", "@label function address · product").arg(f.address.toString(), f.product);
        if (!f.driver.isEmpty())
            label = tr("%1 · %2", "@label function · driver").arg(label, f.driver);
        int right = 0;
        if (!f.holder.uuid.isEmpty()) {
            // The holder as a small coloured pill at the right edge.
            right = std::min(m_w / 2, m_smallFm.horizontalAdvance(f.holder.name) + 12);
            const QRect pill(r.right() - right + 1, r.top(), right, r.height());
            const QColor fill = S::vmColor(f.holder.uuid, m_pal);
            if (m_p)
                S::drawBox(m_p, pill, fill, QColor(), r.height() / 2);
            text(pill.adjusted(6, 0, -6, 0), f.holder.name, m_small, S::textOn(fill, m_pal), Qt::AlignCenter);
        }
        text(r.adjusted(0, 0, -right - 6, 0), label, m_small, S::dimText(m_pal),
             Qt::AlignVCenter | Qt::AlignLeft);
        add(GpuBoardItem::Kind::Companion, ref(ObjectRef::Kind::Function, f.address.toString()), r, label,
            f.holder);
        m_y += r.height() + 2;
    }
}

void GpuCardWalker::legendRow(const ObjectRef &ref, const GpuCard::Holder &holder, const QString &label)
{
    const QRect r(m_x, m_y, m_w, lineHeight() + 4);
    const int sw = lineHeight() - 4;
    const QRect swatch(r.left(), r.top() + (r.height() - sw) / 2, sw, sw);
    if (m_p)
        S::drawBox(m_p, swatch, fillFor(holder), S::line(m_pal), 2);
    text(r.adjusted(sw + 6, 0, 0, 0), label, m_small, m_pal.color(QPalette::Text),
         Qt::AlignVCenter | Qt::AlignLeft);
    add(GpuBoardItem::Kind::LegendEntry, ref, r, label, holder);
    m_y += r.height();
}

void GpuCardWalker::text(const QRect &r, const QString &s, const QFont &f, const QColor &c, int flags)
{
    if (!m_p || s.isEmpty() || r.width() <= 0)
        return;
    // elidedText() shortens text whose advance equals the width exactly; only elide what does not fit.
    // Names of a pool share their start ("vdi-pool-a-0…"): keep both ends so they stay distinguishable.
    // Phrases ("not assigned") read better cut at the end.
    const QFontMetrics fm(f);
    const Qt::TextElideMode mode = s.contains(u' ') ? Qt::ElideRight : Qt::ElideMiddle;
    const QString elided = fm.horizontalAdvance(s) <= r.width() ? s : fm.elidedText(s, mode, r.width());
    m_p->setFont(f);
    m_p->setPen(c);
    if (!(flags & Qt::AlignVertical_Mask))
        flags |= Qt::AlignVCenter;
    m_p->drawText(r, flags | Qt::TextSingleLine, elided);
}

void GpuCardWalker::wrapText(const QRect &r, const QString &s, const QFont &f, const QColor &c, int maxLines)
{
    if (!m_p || s.isEmpty() || r.width() <= 0)
        return;
    QTextLayout layout(s, f);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics fm(f);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(r.width());
        if (lines.size() == maxLines - 1) { // the last line takes the rest, elided
            lines << fm.elidedText(s.mid(line.textStart()), Qt::ElideRight, r.width());
            break;
        }
        lines << s.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    const int h = fm.height();
    int y = r.top() + (r.height() - h * int(lines.size())) / 2;
    for (const QString &l : std::as_const(lines)) {
        text(QRect(r.left(), y, r.width(), h), l, f, c, Qt::AlignHCenter);
        y += h;
    }
}

void GpuCardWalker::caption(const QString &s)
{
    text(QRect(m_x, m_y, m_w, lineHeight()), s, m_small, S::dimText(m_pal));
    m_y += lineHeight() + 4;
}

GpuBoardItem &GpuCardWalker::add(GpuBoardItem::Kind kind, const ObjectRef &ref, const QRect &r,
                                 const QString &label, const GpuCard::Holder &holder)
{
    static GpuBoardItem scratch; // while painting, items are not collected
    if (!m_items)
        return scratch = GpuBoardItem{};
    GpuBoardItem item;
    item.kind = kind;
    item.ref = ref;
    item.rect = r;
    item.label = label;
    item.vmUuid = holder.uuid;
    item.vmName = holder.name;
    m_items->append(item);
    return m_items->back();
}

QColor GpuCardWalker::fillFor(const GpuCard::Holder &h) const
{
    return h.uuid.isEmpty() ? S::unassigned(m_pal) : S::vmColor(h.uuid, m_pal);
}

QString GpuCardWalker::shortType(const GpuCard::Slice &s) const
{
    if (!s.vgpu)
        return s.typeName;
    const QString name = s.vgpu->canonicalName();
    return name.mid(s.vgpu->board.size() + 1);
}

QString GpuCardWalker::holderText(const GpuCard::Holder &h) const
{
    return h.uuid.isEmpty() ? tr("not assigned", "@label vGPU without VM") : h.name;
}
