// For fuzz targets whose parser reads a file: one scratch file per process, in memory where the system has
// /dev/shm, rewritten with each input.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <unistd.h>

inline QString fuzzScratchFile(const char *name, const QByteArray &bytes)
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/gpuvirt-fuzz-%1").arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    // Corrupt-file handling moves a bad file aside; clear those too, or they pile up over millions of runs.
    for (const QString &f : QDir(dir).entryList(QDir::Files))
        QFile::remove(dir + QLatin1Char('/') + f);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
    return path;
}
