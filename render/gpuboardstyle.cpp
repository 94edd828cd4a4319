#include "gpuboardstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QRect>
#include <QString>

#include <cmath>

namespace GpuBoardStyle {

namespace {
double luminance(const QColor &c)
{
    // WCAG relative luminance.
    auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

bool isDark(const QPalette &pal)
{
    return pal.color(QPalette::Window).lightness() < 128;
}

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QColor vmColor(const QString &vmUuid, const QPalette &pal)
{
    // FNV-1a: stable across runs and Qt versions, unlike qHash with its per-process seed.
    quint32 h = 2166136261u;
    for (QChar c : vmUuid) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    // Spread neighbouring hashes over the circle with the golden angle; pastel on light, deep on dark.
    const int hue = int((h % 1000u) * 137.508) % 360;
    return isDark(pal) ? QColor::fromHsl(hue, 110, 78) : QColor::fromHsl(hue, 150, 205);
}

QColor textOn(const QColor &fill, const QPalette &pal)
{
    const QColor a = pal.color(QPalette::Text);
    const QColor b = pal.color(QPalette::Base);
    return contrast(fill, a) >= contrast(fill, b) ? a : b;
}

QColor dimText(const QPalette &pal)
{
    // Secondary text: still above 4.5:1 against the card on both light and dark palettes.
    return blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.3);
}

QColor cardFill(const QPalette &pal)
{
    return pal.color(QPalette::Base);
}

QColor line(const QPalette &pal)
{
    return blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.7);
}

QColor warning(const QPalette &pal)
{
    return isDark(pal) ? QColor::fromHsl(32, 160, 70) : QColor::fromHsl(38, 230, 200);
}

QColor error(const QPalette &pal)
{
    return isDark(pal) ? QColor::fromHsl(2, 150, 80) : QColor::fromHsl(2, 200, 205);
}

QColor unassigned(const QPalette &pal)
{
    return blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.82);
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    if (base.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.5, base.pointSizeF() * 0.88));
    else
        f.setPixelSize(std::max(10, int(base.pixelSize() * 0.88)));
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

void drawFree(QPainter *p, const QRect &r, const QPalette &pal)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    p->fillPath(path, blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.04));
    p->setClipPath(path);
    p->setRenderHint(QPainter::Antialiasing, false);
    p->fillRect(r,
                QBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18), Qt::BDiagPattern));
    p->setClipping(false);
    p->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(line(pal), 1, Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->restore();
}

void drawBox(QPainter *p, const QRect &r, const QColor &fill, const QColor &outline, int radius)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(outline.isValid() ? QPen(outline, 1) : QPen(Qt::NoPen));
    p->setBrush(fill);
    p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p->restore();
}

void drawCurrent(QPainter *p, const QRect &r, const QPalette &pal, int radius)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setPen(QPen(pal.color(QPalette::Highlight), 2));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(QRectF(r).adjusted(-1, -1, 1, 1), radius, radius);
    p->restore();
}

void drawFocus(QPainter *p, const QRect &r, const QPalette &pal)
{
    p->save();
    QPen pen(pal.color(QPalette::Text), 1, Qt::DotLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawRect(r.adjusted(-4, -4, 3, 3));
    p->restore();
}

} // namespace GpuBoardStyle
