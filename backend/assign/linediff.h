// A small line diff for the plan preview: hunks with context, as structured lines (for a view that colours
// them) and as unified-diff text (for copying and the CLI).
#pragma once

#include <QList>
#include <QString>

namespace LineDiff {

struct Line
{
    enum class Kind { Context, Added, Removed };
    Kind kind = Kind::Context;
    QString text;    // without the newline
    int oldLine = 0; // 1-based; 0 for added lines
    int newLine = 0; // 1-based; 0 for removed lines
};

struct Hunk
{
    int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
    QList<Line> lines;
};

QList<Hunk> diff(const QString &before, const QString &after, int context = 3);
// "--- a\n+++ b\n@@ -1,4 +1,9 @@\n …"; empty when the texts are equal.
QString unified(const QString &before, const QString &after,
                const QString &beforeName = QStringLiteral("before"),
                const QString &afterName = QStringLiteral("after"), int context = 3);

} // namespace LineDiff
