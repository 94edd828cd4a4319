#include "hostloadoverview.h"

#include "gpuboardstyle.h"
#include "inventory/inventory.h"
#include "model/topology.h"

#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace S = GpuBoardStyle;

HostLoadOverview::HostLoadOverview(Inventory *inventory, QWidget *parent)
    : QWidget(parent), m_inventory(inventory)
{
    setAccessibleName(tr("Host load overview"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void HostLoadOverview::setHost(const QString &hostId)
{
    if (hostId == m_hostId)
        return;
    m_hostId = hostId;
    m_rows.clear();
    refresh();
    updateGeometry();
    update();
}

void HostLoadOverview::setCurrentGpu(const PciAddress &address)
{
    if (address != m_current) {
        m_current = address;
        update();
    }
}

void HostLoadOverview::refresh()
{
    QList<Row> rows;
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    if (h && h->loaded) {
        for (const PciAddress &a : Topology::gpus(h->snapshot)) {
            Row r;
            r.address = a;
            r.title = Topology::productLabel(h->snapshot.pciDevices[a]);
            if (const GpuSample *g = h->agent.telemetry ? h->agent.telemetry->gpu(a) : nullptr) {
                r.gpuPct = g->gpuUtil.value_or(-1);
                if (g->fbUsedMiB && g->fbTotalMiB && *g->fbTotalMiB > 0)
                    r.fbPct = int(*g->fbUsedMiB * 100 / *g->fbTotalMiB);
                r.temperatureC = g->temperatureC.value_or(-1000);
                r.powerW = g->powerW ? int(std::lround(*g->powerW)) : -1;
            }
            rows.append(r);
        }
    }
    if (rows == m_rows)
        return;
    const bool resized = rows.size() != m_rows.size();
    m_rows = rows;
    if (resized)
        updateGeometry();
    update();
}

int HostLoadOverview::rowHeight() const
{
    return fontMetrics().height() * 3 + 12;
}

QSize HostLoadOverview::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 38, std::max(1, int(m_rows.size())) * rowHeight() + 8};
}

QSize HostLoadOverview::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 34, rowHeight() + 8};
}

void HostLoadOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QLocale loc = locale();
    if (m_rows.isEmpty()) {
        p.setPen(S::dimText(pal));
        p.drawText(rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No GPUs on this host"));
        return;
    }
    const int lh = fontMetrics().height();
    const int rh = rowHeight();
    const QFont small = S::smallFont(font());
    const QFontMetrics sfm(small);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        const QRect row(4, 4 + i * rh, width() - 8, rh - 4);
        S::drawBox(&p, row, S::cardFill(pal), S::line(pal), 4);
        if (r.address == m_current)
            S::drawCurrent(&p, row, pal);
        p.setPen(pal.color(QPalette::Text));
        const QString head = tr("%1 · %2", "@item GPU address · product").arg(r.address.toString(), r.title);
        p.drawText(QRect(row.x() + 6, row.y() + 3, row.width() - 12, lh), Qt::AlignLeft,
                   fontMetrics().elidedText(head, Qt::ElideRight, row.width() - 12));
        // Second line: two bars side by side; third: temperature and power.
        QString extra;
        if (r.temperatureC > -1000)
            extra = tr("%1 °C").arg(loc.toString(r.temperatureC));
        if (r.powerW >= 0)
            extra += (extra.isEmpty() ? QString() : QStringLiteral(" · ")) +
                     tr("%1 W", "@info watts").arg(loc.toString(r.powerW));
        if (r.gpuPct < 0 && r.fbPct < 0 && extra.isEmpty())
            extra = tr("no telemetry");
        const int y = row.y() + 5 + lh;
        const int each = (row.width() - 12) / 2;
        p.setFont(small);
        const struct
        {
            QString label;
            int pct;
        } bars[] = {{tr("GPU", "@label load bar: utilization"), r.gpuPct},
                    {tr("FB", "@label load bar: framebuffer used"), r.fbPct}};
        const int pctW = sfm.horizontalAdvance(tr("%1 %", "@label percent").arg(loc.toString(100))) + 6;
        int x = row.x() + 6;
        for (const auto &b : bars) {
            const int labelW = sfm.horizontalAdvance(b.label) + 4;
            const QString pct =
                b.pct < 0 ? QStringLiteral("–") : tr("%1 %", "@label percent").arg(loc.toString(b.pct));
            p.setPen(S::dimText(pal));
            p.drawText(QRect(x, y, labelW, lh), Qt::AlignLeft | Qt::AlignVCenter, b.label);
            const QRect track(x + labelW, y + lh / 2 - 3, std::max(10, each - labelW - pctW - 8), 6);
            S::drawBox(&p, track, S::blend(S::line(pal), S::cardFill(pal), 0.5), S::line(pal), 3);
            if (b.pct > 0) {
                const QColor fill = b.pct >= 90   ? S::error(pal)
                                    : b.pct >= 75 ? S::warning(pal)
                                                  : pal.color(QPalette::Highlight);
                S::drawBox(
                    &p, QRect(track.x(), track.y(), std::max(3, track.width() * b.pct / 100), track.height()),
                    fill, fill, 3);
            }
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRect(track.right() + 4, y, pctW, lh), Qt::AlignLeft | Qt::AlignVCenter, pct);
            x += each;
        }
        p.setPen(S::dimText(pal));
        p.drawText(QRect(row.x() + 6, y + lh, row.width() - 12, lh), Qt::AlignLeft | Qt::AlignVCenter, extra);
        p.setFont(font());
    }
}

void HostLoadOverview::mousePressEvent(QMouseEvent *event)
{
    const int i = (event->position().toPoint().y() - 4) / rowHeight();
    if (i >= 0 && i < m_rows.size()) {
        setCurrentGpu(m_rows[i].address);
        Q_EMIT gpuActivated(m_rows[i].address);
    }
}
