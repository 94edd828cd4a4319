// Renders a host's GPU board offscreen: GpuBoardLayout into a QImage, written atomically as PNG.
#include "boardimage.h"

#include "gpuboardlayout.h"
#include "inventory/inventory.h"

#include <QDir>
#include <QPainter>
#include <QSaveFile>

bool BoardImage::layout(GpuBoardLayout &board, const Inventory &inventory, const QString &hostId, int width,
                        const QFont &font, const QPalette &palette)
{
    const Inventory::Host *h = inventory.host(hostId);
    if (!h || !h->loaded)
        return false;
    std::vector<GpuCard> cards = GpuBoardLayout::cardsOf(hostId, h->snapshot);
    if (cards.empty())
        return false;
    for (GpuCard &card : cards) {
        card.attachReadiness(h->agent.readiness, h->agent.readinessLoaded);
        card.attachTelemetry(h->agent.telemetry);
    }
    bool relaidOut = false;
    board.update(std::move(cards), &relaidOut);
    board.setGeometry(width, font, palette);
    return true;
}

void BoardImage::paint(QPainter *painter, const GpuBoardLayout &board)
{
    board.paint(painter, QPoint(0, 0), QRect(QPoint(0, 0), board.contentSize()), ObjectRef{}, -1);
}

QImage BoardImage::render(const Inventory &inventory, const QString &hostId, int width, const QFont &font,
                          const QPalette &palette, qreal devicePixelRatio)
{
    GpuBoardLayout board;
    if (!layout(board, inventory, hostId, width, font, palette))
        return {};
    const QSize size = board.contentSize();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(palette.color(QPalette::Window));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(&p, board);
    return image;
}

QPalette BoardImage::printPalette()
{
    QPalette pal(QColor(0xef, 0xef, 0xef), QColor(0xf6, 0xf6, 0xf6));
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    pal.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    pal.setColor(QPalette::HighlightedText, Qt::white);
    return pal;
}

Status BoardImage::savePng(const QImage &image, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (image.isNull())
        return Error{tr("There is no GPU board to export: select a host with GPUs"), {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1").arg(where), file.errorString()};
    if (!image.save(&file, "PNG"))
        return Error{tr("Cannot write %1").arg(where), tr("PNG encoding failed")};
    if (!file.commit())
        return Error{tr("Cannot write %1").arg(where), file.errorString()};
    return Done{};
}
