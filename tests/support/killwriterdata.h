// What killwriter writes, shared with tst_killwrites so that the test can tell an exact generation from a
// damaged one.
#pragma once

#include "workspace/workspace.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace KillWriter {

// Generation n of the workspace: 1 + n % 7 connections, names of varying length, so that the file's size
// (and so where a kill can land in it) changes from save to save.
inline QList<SavedConnection> connections(int n)
{
    QList<SavedConnection> c;
    for (int i = 0; i <= n % 7; ++i)
        c.append({QStringLiteral("qemu+ssh://gen-%1-host-%2/system").arg(n).arg(i),
                  QString(100 * ((n + i) % 5), QLatin1Char('a' + i)), QStringLiteral("10.0.%1.%2:7070").arg(n % 250).arg(i)});
    return c;
}

// The generation a workspace holds, 0 for an empty one, -1 when it is not one of connections(n).
inline int generation(const QList<SavedConnection> &c)
{
    if (c.isEmpty())
        return 0;
    const QString uri = c.first().uri;
    const QString prefix = QStringLiteral("qemu+ssh://gen-");
    if (!uri.startsWith(prefix))
        return -1;
    bool ok = false;
    const int n = uri.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toInt(&ok);
    return ok && n > 0 && connections(n) == c ? n : -1;
}

inline QJsonObject auditRecord(int run, int seq)
{
    return {{QStringLiteral("run"), run},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("pad"), QString(200 + 37 * (seq % 9), QLatin1Char('x'))},
            {QStringLiteral("result"), QStringLiteral("applied")}};
}

} // namespace KillWriter
