// Report tables as CSV (RFC 4180): a header row, CRLF line ends, fields quoted where they must be,
// UTF-8 with an optional byte order mark (Excel needs it to read Chinese text).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

struct ReportData;
struct ReportTable;

struct CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    static QString field(const QString &value); // quoted when it holds a comma, quote, CR or LF
    static QByteArray encode(const ReportTable &table, bool byteOrderMark);
    // Writes one file per table, <dir>/<key>.csv, each atomically; `keys` empty means all tables.
    // Returns the paths written.
    static Result<QStringList> writeTables(const ReportData &report, const QString &dir,
                                           const QStringList &keys, bool byteOrderMark);
    // Writes one table to a file, atomically.
    static Status writeTable(const ReportTable &table, const QString &path, bool byteOrderMark);
};
