// Lays the report out page by page: A4 landscape at 96 dpi, so that the board's pixel layout fits as drawn.
#include "reportpdf.h"

#include "boardimage.h"
#include "gpuboardlayout.h"
#include "inventory/inventory.h"
#include "report/reportdata.h"

#include <QDir>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextOption>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
constexpr int Dpi = 96;

QFont sized(QFont f, qreal points, bool bold = false)
{
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A painter on the writer that knows where it is on the page and starts new pages with a footer.
class Pages
{
public:
    Pages(QPdfWriter *writer, QPainter *p, const QFont &font) : m_writer(writer), m_p(p), m_font(font)
    {
        m_area = QRect(QPoint(0, 0), writer->pageLayout().paintRectPixels(Dpi).size());
        m_area.setBottom(m_area.bottom() - QFontMetrics(sized(font, 7), writer).height() - 6);
        footer();
    }
    QPainter *painter() const { return m_p; }
    QRect area() const { return m_area; }
    int y() const { return m_y; }
    void advance(int dy) { m_y += dy; }
    int left() const { return m_area.bottom() - m_y; }
    void newPage()
    {
        m_writer->newPage();
        m_y = 0;
        ++m_page;
        footer();
    }
    void ensure(int height)
    {
        if (m_y > 0 && height > left())
            newPage();
    }
    void heading(const QString &text)
    {
        const QFont f = sized(m_font, 14, true);
        const int h = QFontMetrics(f, m_writer).height();
        ensure(h * 3);
        m_p->setFont(f);
        m_p->setPen(QColor(0x20, 0x20, 0x20));
        m_p->drawText(QRect(0, m_y, m_area.width(), h), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += h + 6;
    }
    void paragraph(const QString &text, qreal points = 9, const QColor &color = QColor(0x40, 0x40, 0x40))
    {
        const QFont f = sized(m_font, points);
        const QRect r = QFontMetrics(f, m_writer)
                            .boundingRect(QRect(0, 0, m_area.width(), 10000), Qt::TextWordWrap, text);
        ensure(r.height());
        m_p->setFont(f);
        m_p->setPen(color);
        m_p->drawText(QRect(0, m_y, m_area.width(), r.height()), Qt::TextWordWrap, text);
        m_y += r.height() + 6;
    }

private:
    void footer()
    {
        const QFont f = sized(m_font, 7);
        m_p->setFont(f);
        m_p->setPen(QColor(0x70, 0x70, 0x70));
        const int h = QFontMetrics(f, m_writer).height();
        m_p->drawText(QRect(0, m_area.bottom() + 6, m_area.width(), h), Qt::AlignRight,
                      ReportPdf::tr("Page %1").arg(m_page));
    }

    QPdfWriter *m_writer;
    QPainter *m_p;
    QFont m_font;
    QRect m_area;
    int m_y = 0;
    int m_page = 1;
};

// Column widths: each column's natural width (its longest line), shrunk towards its longest word where the
// page is too narrow, so that addresses and names stay whole and lists wrap between their items.
QList<int> columnWidths(const ReportTable &t, const QFontMetrics &body, const QFontMetrics &head, int total,
                        int pad)
{
    QList<int> natural, minimum;
    auto longestWord = [](const QFontMetrics &fm, const QString &text) {
        int w = 0;
        static const QRegularExpression space(QStringLiteral("\\s+"));
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            w = std::max(w, fm.horizontalAdvance(word));
        return w;
    };
    for (qsizetype c = 0; c < t.headers.size(); ++c) {
        int n = head.horizontalAdvance(t.headers[c]);
        int m = longestWord(head, t.headers[c]);
        for (const QStringList &row : t.rows) {
            if (c < row.size()) {
                n = std::max(n, body.horizontalAdvance(row[c]));
                m = std::max(m, longestWord(body, row[c]));
            }
        }
        // A few pixels of slack: the PDF's glyph advances round differently from the metrics.
        natural.append(std::min(n, total / 2) + 2 * pad + 3);
        minimum.append(std::min({m, n, total / 5}) + 2 * pad + 3);
    }
    // The widest columns give way first: find the cap that makes the table fit (no column below its
    // longest word); when even the words do not fit, shrink everything in proportion.
    auto widthsAt = [&](int cap) {
        QList<int> w;
        for (qsizetype c = 0; c < natural.size(); ++c)
            w.append(std::max(minimum[c], std::min(natural[c], cap)));
        return w;
    };
    auto sumOf = [](const QList<int> &w) { return std::accumulate(w.begin(), w.end(), 0); };
    QList<int> w = natural;
    if (sumOf(natural) > total) {
        int lo = 0, hi = total;
        while (lo < hi) {
            const int mid = (lo + hi + 1) / 2;
            if (sumOf(widthsAt(mid)) <= total)
                lo = mid;
            else
                hi = mid - 1;
        }
        w = widthsAt(lo);
        if (const int sum = sumOf(w); sum > total)
            for (int &x : w)
                x = x * total / sum;
    }
    // Room left over goes to the columns in proportion.
    const int sum = std::accumulate(w.begin(), w.end(), 0);
    if (sum > 0 && sum < total)
        for (int &x : w)
            x = x * total / sum;
    return w;
}

void drawTable(Pages &pages, QPdfWriter *writer, const ReportTable &t, const QFont &font)
{
    pages.heading(t.title);
    if (!t.note.isEmpty())
        pages.paragraph(t.note);
    if (t.rows.isEmpty()) {
        pages.paragraph(ReportPdf::tr("Nothing to list."), 9, QColor(0x70, 0x70, 0x70));
        pages.advance(10);
        return;
    }
    QPainter *p = pages.painter();
    const QFont body = sized(font, 7.5), head = sized(font, 7.5, true);
    const QFontMetrics bfm(body, writer), hfm(head, writer);
    constexpr int Pad = 4, MaxLines = 6;
    const QList<int> widths = columnWidths(t, bfm, hfm, pages.area().width(), Pad);
    // Wrap between words, and inside a word only when it is wider than its column (URIs).
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    auto rowHeight = [&](const QStringList &cells, const QFont &f, const QFontMetrics &fm) {
        p->setFont(f);
        int lines = 1;
        for (qsizetype c = 0; c < widths.size() && c < cells.size(); ++c) {
            const QRectF r = p->boundingRect(QRectF(0, 0, widths[c] - 2 * Pad, 10000), cells[c], wrap);
            lines = std::max(lines, std::min(MaxLines, int(std::ceil(r.height() / fm.height() - 0.01))));
        }
        return lines * fm.height() + 2 * Pad;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, int h, const QColor &fill) {
        if (fill.isValid())
            p->fillRect(QRect(0, pages.y(), pages.area().width(), h), fill);
        p->setFont(f);
        p->setPen(QColor(0x20, 0x20, 0x20));
        int x = 0;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QRect cell(x + Pad, pages.y() + Pad, widths[c] - 2 * Pad, h - 2 * Pad);
            p->save();
            p->setClipRect(cell);
            p->drawText(QRectF(cell), cells.value(c), wrap);
            p->restore();
            x += widths[c];
        }
        p->setPen(QColor(0xd0, 0xd0, 0xd0));
        p->drawLine(0, pages.y() + h, pages.area().width(), pages.y() + h);
        pages.advance(h);
    };
    const int headH = rowHeight(t.headers, head, hfm);
    auto header = [&] { drawRow(t.headers, head, headH, QColor(0xe4, 0xea, 0xf2)); };
    pages.ensure(headH + rowHeight(t.rows.first(), body, bfm));
    header();
    for (qsizetype i = 0; i < t.rows.size(); ++i) {
        const int h = rowHeight(t.rows[i], body, bfm);
        if (h > pages.left()) {
            pages.newPage();
            header();
        }
        drawRow(t.rows[i], body, h, i % 2 ? QColor(0xf6, 0xf6, 0xf6) : QColor());
    }
    pages.advance(18);
}

void drawBoard(Pages &pages, const Inventory &inventory, const QString &hostId, const QFont &font)
{
    const Inventory::Host *h = inventory.host(hostId);
    GpuBoardLayout board;
    const QFont boardFont = sized(font, 9);
    if (!h || !BoardImage::layout(board, inventory, hostId, pages.area().width(), boardFont,
                                  BoardImage::printPalette()))
        return;
    pages.newPage();
    pages.heading(ReportPdf::tr("GPU board: %1").arg(h->displayName.isEmpty() ? h->uri : h->displayName));
    const QSize content = board.contentSize();
    const qreal scale = std::min(
        {1.0, qreal(pages.area().width()) / content.width(), qreal(pages.left()) / content.height()});
    QPainter *p = pages.painter();
    p->save();
    p->translate(0, pages.y());
    p->scale(scale, scale);
    p->fillRect(QRect(QPoint(0, 0), content), BoardImage::printPalette().color(QPalette::Window));
    BoardImage::paint(p, board);
    p->restore();
    pages.advance(int(content.height() * scale) + 12);
}

void titlePage(Pages &pages, const ReportData &r, const QFont &font)
{
    QPainter *p = pages.painter();
    pages.advance(pages.area().height() / 5);
    const QFont big = sized(font, 26, true);
    p->setFont(big);
    p->setPen(QColor(0x20, 0x20, 0x20));
    const int bh = QFontMetrics(big, p->device()).height();
    p->drawText(QRect(0, pages.y(), pages.area().width(), bh), Qt::AlignLeft, r.title);
    pages.advance(bh + 12);
    pages.paragraph(r.cluster, 16, QColor(0x30, 0x30, 0x30));
    pages.advance(12);
    pages.paragraph(ReportPdf::tr("Created: %1").arg(r.createdText), 11);
    pages.paragraph(ReportPdf::tr("Language: %1").arg(r.language), 11);
    pages.advance(18);
    QStringList counts;
    for (const ReportTable &t : r.tables)
        counts.append(
            ReportPdf::tr("%1: %2", "@info table title: row count").arg(t.title).arg(t.rows.size()));
    pages.paragraph(counts.join(QStringLiteral(" · ")), 10);
}
} // namespace

Status ReportPdf::write(const ReportData &report, const Inventory &inventory, const QString &path,
                        const Options &options)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1").arg(where), file.errorString()};
    auto cancelled = [&](int percent) { return options.progress && !options.progress(percent); };
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("gpuvirt %1").arg(QStringLiteral(GPUVIRT_VERSION)));
        QPainter p;
        if (!p.begin(&writer))
            return Error{tr("Cannot write %1").arg(where), tr("the PDF writer did not start")};
        p.setRenderHint(QPainter::Antialiasing);
        Pages pages(&writer, &p, options.font);
        titlePage(pages, report, options.font);

        QStringList boards = options.boards;
        if (boards.isEmpty() && options.boardPages)
            for (const QString &id : inventory.hostIds())
                if (const auto *h = inventory.host(id); h && h->loaded)
                    boards.append(id);
        const int steps = int(report.tables.size() + boards.size());
        int step = 0;
        for (const ReportTable &t : report.tables) {
            if (cancelled(100 * step++ / std::max(1, steps))) {
                p.end();
                file.cancelWriting();
                return Error{tr("The export was cancelled"), {}};
            }
            if (t.key == u"hosts" || t.key == u"vgpus" || t.key == u"readiness")
                pages.newPage();
            drawTable(pages, &writer, t, options.font);
            if (t.key == u"gpus" && options.boardPages) {
                for (const QString &id : boards) {
                    if (cancelled(100 * step++ / std::max(1, steps))) {
                        p.end();
                        file.cancelWriting();
                        return Error{tr("The export was cancelled"), {}};
                    }
                    drawBoard(pages, inventory, id, options.font);
                }
            }
        }
        p.end();
    }
    if (!file.commit())
        return Error{tr("Cannot write %1").arg(where), file.errorString()};
    if (options.progress)
        options.progress(100);
    return Done{};
}
