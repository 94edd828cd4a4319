#include "readinesslisting.h"

#include "readinesstext.h"

#include "core/textcolumns.h"

#include <QJsonArray>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
constexpr ReadinessSeverity kWorstFirst[] = {ReadinessSeverity::Error, ReadinessSeverity::Warning,
                                             ReadinessSeverity::Info, ReadinessSeverity::Ok};

QString indented(const QString &text, int by)
{
    const QString pad(by, u' ');
    return pad + QString(text).replace(u'\n', u'\n' + pad);
}
} // namespace

int ReadinessListing::count(const ReadinessReport &report, ReadinessSeverity severity)
{
    return int(std::count_if(report.checks.cbegin(), report.checks.cend(),
                             [&](const ReadinessCheck &c) { return c.severity == severity; }));
}

QJsonObject ReadinessListing::toJson(const ReadinessReport &report, const QString &source)
{
    QJsonObject root = ReadinessJson::toJson(report);
    QJsonArray checks = root.value(u"checks").toArray();
    for (qsizetype i = 0; i < checks.size() && i < report.checks.size(); ++i) {
        const ReadinessText text = ReadinessText::render(report.checks[i]);
        QJsonObject c = checks[i].toObject();
        c.insert(u"title"_s, text.title);
        c.insert(u"reason"_s, text.reason);
        c.insert(u"remedy"_s, text.remedy);
        c.insert(u"lines"_s, QJsonArray::fromStringList(text.lines));
        checks[i] = c;
    }
    root.insert(u"checks"_s, checks);
    QJsonObject counts;
    for (ReadinessSeverity s : kWorstFirst)
        counts.insert(ReadinessJson::severityKey(s), count(report, s));
    root.insert(u"counts"_s, counts);
    root.insert(u"source"_s, source);
    root.insert(u"formatVersion"_s, 1);
    return root;
}

QString ReadinessListing::toTable(const ReadinessReport &report, const QString &source)
{
    QString out;
    QTextStream ts(&out);
    QStringList counts;
    counts << tr("%n error(s)", "", count(report, ReadinessSeverity::Error))
           << tr("%n warning(s)", "", count(report, ReadinessSeverity::Warning))
           << tr("%n note(s)", "@info readiness checks of severity information",
                 count(report, ReadinessSeverity::Info))
           << tr("%n passed", "@info readiness checks", count(report, ReadinessSeverity::Ok));
    ts << tr("Readiness of %1, checked %2: %3")
              .arg(source, report.checkedAt.toUTC().toString(Qt::ISODate), counts.join(QStringLiteral(", ")))
       << "\n";
    // Problems first, so that a long report starts with what needs doing.
    for (ReadinessSeverity severity : kWorstFirst) {
        for (const ReadinessCheck &c : report.checks) {
            if (c.severity != severity)
                continue;
            const ReadinessText text = ReadinessText::render(c);
            ts << "\n"
               << TextColumns::padded(ReadinessText::severityText(c.severity), 12) << ' '
               << TextColumns::padded(ReadinessText::subjectText(c), 13) << ' ' << text.title << '\n';
            if (!text.reason.isEmpty())
                ts << indented(text.reason, 4) << '\n';
            if (!text.remedy.isEmpty())
                ts << indented(tr("To do: %1").arg(text.remedy), 4) << '\n';
        }
    }
    return out;
}
