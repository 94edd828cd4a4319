// Longest common subsequence over the lines between the common head and tail. Domain XML is a few hundred
// lines and an edit touches a handful, so the table stays small; past a bound the middle is shown as
// replaced wholesale rather than spending seconds on it.
#include "linediff.h"

#include <QStringList>

#include <vector>

namespace LineDiff {

namespace {
constexpr qsizetype MaxTable = 4'000'000;

QStringList splitLines(const QString &s)
{
    QStringList lines = s.split(u'\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast(); // a final newline ends the last line, it does not start another
    return lines;
}

// The whole edit script, one Line per line of either text.
QList<Line> script(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail, m = b.size() - head - tail;

    QList<Line> out;
    int oldNo = 0, newNo = 0;
    auto same = [&](const QString &t) { out.append({Line::Kind::Context, t, ++oldNo, ++newNo}); };
    auto removed = [&](const QString &t) { out.append({Line::Kind::Removed, t, ++oldNo, 0}); };
    auto added = [&](const QString &t) { out.append({Line::Kind::Added, t, 0, ++newNo}); };

    for (qsizetype i = 0; i < head; ++i)
        same(a[i]);
    if ((n + 1) * (m + 1) > MaxTable) {
        for (qsizetype i = 0; i < n; ++i)
            removed(a[head + i]);
        for (qsizetype j = 0; j < m; ++j)
            added(b[head + j]);
    } else {
        // lcs[i][j]: common lines of a[head+i..] and b[head+j..]
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) =
                    a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                same(a[head + i]);
                ++i, ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                removed(a[head + i]); // removals before additions within a change, as diff(1) shows them
                ++i;
            } else {
                added(b[head + j]);
                ++j;
            }
        }
    }
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        same(a[i]);
    return out;
}
} // namespace

QList<Hunk> diff(const QString &before, const QString &after, int context)
{
    const QList<Line> lines = script(splitLines(before), splitLines(after));
    QList<Hunk> hunks;
    const qsizetype count = lines.size();
    qsizetype i = 0;
    while (i < count) {
        if (lines[i].kind == Line::Kind::Context) {
            ++i;
            continue;
        }
        // A change: open a hunk with context before it, extend while changes come within 2×context.
        qsizetype from = std::max<qsizetype>(0, i - context);
        qsizetype to = i;
        while (to < count) {
            if (lines[to].kind != Line::Kind::Context) {
                ++to;
                continue;
            }
            qsizetype next = to;
            while (next < count && lines[next].kind == Line::Kind::Context)
                ++next;
            if (next < count && next - to <= 2 * context) {
                to = next;
                continue;
            }
            to = std::min(count, to + context);
            break;
        }
        Hunk h;
        for (qsizetype k = from; k < to; ++k) {
            const Line &l = lines[k];
            h.lines.append(l);
            if (l.kind != Line::Kind::Added)
                ++h.oldCount;
            if (l.kind != Line::Kind::Removed)
                ++h.newCount;
        }
        // Start lines: the first line of each side in the hunk, or the line before it when the side is empty.
        int oldBefore = 0, newBefore = 0;
        for (qsizetype k = 0; k < from; ++k) {
            if (lines[k].kind != Line::Kind::Added)
                ++oldBefore;
            if (lines[k].kind != Line::Kind::Removed)
                ++newBefore;
        }
        h.oldStart = h.oldCount > 0 ? oldBefore + 1 : oldBefore;
        h.newStart = h.newCount > 0 ? newBefore + 1 : newBefore;
        hunks.append(h);
        i = to;
    }
    return hunks;
}

QString unified(const QString &before, const QString &after, const QString &beforeName,
                const QString &afterName, int context)
{
    const QList<Hunk> hunks = diff(before, after, context);
    if (hunks.isEmpty())
        return {};
    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(beforeName, afterName);
    for (const Hunk &h : hunks) {
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(h.oldStart)
                   .arg(h.oldCount)
                   .arg(h.newStart)
                   .arg(h.newCount);
        for (const Line &l : h.lines) {
            out += l.kind == Line::Kind::Added ? u'+' : l.kind == Line::Kind::Removed ? u'-' : u' ';
            out += l.text;
            out += u'\n';
        }
    }
    return out;
}

} // namespace LineDiff
