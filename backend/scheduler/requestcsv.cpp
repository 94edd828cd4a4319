// The CSV form of request files: a header naming the columns, one request per line, RFC 4180 quoting;
// lists inside a field separated by '|'.
#include "requestfile.h"

#include <QCoreApplication>
#include <QHash>

// Gives these strings the "Scheduler" context that lupdate can see (a free tr() would not).
struct SchedulerRequestCsvText
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

namespace Sched::RequestFile {

namespace {

const QStringList &columns()
{
    static const QStringList c{
        QStringLiteral("name"),      QStringLiteral("count"),         QStringLiteral("kind"),
        QStringLiteral("size"),      QStringLiteral("gpu_models"),    QStringLiteral("hosts"),
        QStringLiteral("labels"),    QStringLiteral("anti_affinity"), QStringLiteral("numa_node"),
        QStringLiteral("cpu_milli"), QStringLiteral("memory_mib")};
    return c;
}

Error at(const QString &file, int line, const QString &what)
{
    return Error{SchedulerRequestCsvText::tr("%1: line %2: %3").arg(file).arg(line).arg(what), {}, 0};
}

// One line split into fields; quoted fields may hold commas and doubled quotes. nullopt: an open quote.
std::optional<QStringList> fields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out.append(field.trimmed());
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    out.append(field.trimmed());
    return out;
}

QString quote(const QString &s)
{
    // A field that starts with # would make its line a comment when it comes first (found by fuzzing).
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && s.trimmed() == s && !s.startsWith(u'#'))
        return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QStringList list(const QString &field)
{
    return field.split(u'|', Qt::SkipEmptyParts);
}

} // namespace

Result<QList<PlacementRequest>> parseCsv(const QByteArray &csv, const QString &file)
{
    const QStringList lines = QString::fromUtf8(csv).split(u'\n');
    QHash<QString, int> column;
    bool header = true;
    QList<PlacementRequest> out;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue; // blank lines and comments carry nothing
        const auto f = fields(line);
        if (!f)
            return at(file, i + 1, SchedulerRequestCsvText::tr("a quoted field is not closed"));
        if (header) {
            header = false;
            for (int c = 0; c < f->size(); ++c) {
                const QString name = f->at(c).toLower();
                if (!columns().contains(name))
                    return at(file, i + 1,
                              SchedulerRequestCsvText::tr("unknown column \"%1\" (known: %2)")
                                  .arg(f->at(c), columns().join(QStringLiteral(", "))));
                column.insert(name, c);
            }
            for (const QString &required :
                 {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("size")}) {
                if (!column.contains(required))
                    return at(file, i + 1,
                              SchedulerRequestCsvText::tr("the header lacks the column %1").arg(required));
            }
            continue;
        }
        if (f->size() != column.size())
            return at(file, i + 1,
                      SchedulerRequestCsvText::tr("expected %1 fields, found %2")
                          .arg(column.size())
                          .arg(f->size()));
        auto value = [&](const QString &name) {
            return column.contains(name) ? f->at(column.value(name)) : QString();
        };
        // Optional whole numbers: empty is the default.
        auto number = [&](const QString &name, qint64 fallback, qint64 low,
                          std::optional<qint64> &out) -> QString {
            const QString v = value(name);
            if (v.isEmpty()) {
                out = fallback;
                return {};
            }
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < low)
                return SchedulerRequestCsvText::tr("%1 \"%2\" is not a whole number of at least %3")
                    .arg(name, v)
                    .arg(low);
            out = n;
            return {};
        };
        PlacementRequest r;
        r.name = value(QStringLiteral("name"));
        const auto kind = kindFromKey(value(QStringLiteral("kind")));
        if (!kind)
            return at(file, i + 1,
                      SchedulerRequestCsvText::tr("kind \"%1\" is not one of vgpu, mig, gpus, vf, milli")
                          .arg(value(QStringLiteral("kind"))));
        if (const QString why = setSize(r, *kind, value(QStringLiteral("size"))); !why.isEmpty())
            return at(file, i + 1, why);
        std::optional<qint64> count, numa, cpu, memory;
        for (const QString &why :
             {number(QStringLiteral("count"), 1, 1, count), number(QStringLiteral("numa_node"), -1, 0, numa),
              number(QStringLiteral("cpu_milli"), 0, 0, cpu),
              number(QStringLiteral("memory_mib"), 0, 0, memory)}) {
            if (!why.isEmpty())
                return at(file, i + 1, why);
        }
        r.count = int(std::min<qint64>(*count, 1000000));
        r.numaNode = int(*numa);
        r.cpuMilli = *cpu;
        r.memoryMiB = *memory;
        r.gpuModels = list(value(QStringLiteral("gpu_models")));
        r.hosts = list(value(QStringLiteral("hosts")));
        r.labels = list(value(QStringLiteral("labels")));
        r.antiAffinity = value(QStringLiteral("anti_affinity"));
        if (const QString why = validate(r); !why.isEmpty())
            return at(file, i + 1, why);
        out.append(r);
    }
    if (header)
        return Error{
            SchedulerRequestCsvText::tr("%1: the file is empty; a header line is expected").arg(file), {}, 0};
    return out;
}

QByteArray toCsv(const QList<PlacementRequest> &requests)
{
    QString out = columns().join(u',') + u'\n';
    for (const PlacementRequest &r : requests) {
        const QStringList f{quote(r.name),
                            QString::number(r.count),
                            kindKey(r.kind),
                            quote(sizeText(r)),
                            quote(r.gpuModels.join(u'|')),
                            quote(r.hosts.join(u'|')),
                            quote(r.labels.join(u'|')),
                            quote(r.antiAffinity),
                            r.numaNode >= 0 ? QString::number(r.numaNode) : QString(),
                            r.cpuMilli > 0 ? QString::number(r.cpuMilli) : QString(),
                            r.memoryMiB > 0 ? QString::number(r.memoryMiB) : QString()};
        out += f.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace Sched::RequestFile
