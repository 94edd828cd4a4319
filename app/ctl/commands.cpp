#include "commands.h"

#include <QCommandLineParser>

#include <cstdio>

void ctlError(const QString &text)
{
    std::fprintf(stderr, "gpuvirtctl: %s\n", qPrintable(text));
}

void addFormatOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"), Ctl::tr("json or table (default json)."), QStringLiteral("format"),
                 QStringLiteral("json")});
}

std::optional<Format> formatOf(const QCommandLineParser &p)
{
    const QString format = p.value(QStringLiteral("format"));
    if (format == u"json")
        return Format::Json;
    if (format == u"table")
        return Format::Table;
    ctlError(Ctl::tr("unknown format \"%1\": use json or table").arg(format));
    return std::nullopt;
}
