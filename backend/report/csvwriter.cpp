// CSV files of report tables, written through QSaveFile so a failed export leaves no half file.
#include "csvwriter.h"

#include "reportdata.h"

#include <QDir>
#include <QSaveFile>

QString CsvWriter::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\r') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvWriter::encode(const ReportTable &table, bool byteOrderMark)
{
    QString text;
    auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += u',';
            text += field(cells[i]);
        }
        text += QStringLiteral("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    QByteArray out = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += text.toUtf8();
    return out;
}

Status CsvWriter::writeTable(const ReportTable &table, const QString &path, bool byteOrderMark)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1").arg(QDir::toNativeSeparators(path)), file.errorString()};
    file.write(encode(table, byteOrderMark));
    if (!file.commit())
        return Error{tr("Cannot write %1").arg(QDir::toNativeSeparators(path)), file.errorString()};
    return Done{};
}

Result<QStringList> CsvWriter::writeTables(const ReportData &report, const QString &dir,
                                           const QStringList &keys, bool byteOrderMark)
{
    for (const QString &key : keys)
        if (!report.table(key))
            return Error{tr("Unknown table \"%1\"; the tables are: %2")
                             .arg(key, ReportData::tableKeys().join(QStringLiteral(", "))),
                         {}};
    if (!QDir(dir).exists())
        return Error{tr("The folder %1 does not exist").arg(QDir::toNativeSeparators(dir)), {}};
    QStringList written;
    for (const ReportTable &t : report.tables) {
        if (!keys.isEmpty() && !keys.contains(t.key))
            continue;
        const QString path = QDir(dir).filePath(t.key + QStringLiteral(".csv"));
        if (Status s = writeTable(t, path, byteOrderMark); !s)
            return s.error();
        written.append(path);
    }
    return written;
}
