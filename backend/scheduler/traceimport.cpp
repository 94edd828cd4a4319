// CSV reading for the trace files. Errors name the file and the 1-based line so a hand-edited trace can
// be fixed without guessing; the first problem found is reported.
#include "traceimport.h"

#include "requestfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

// Gives these strings the "Scheduler" context that lupdate can see (a free tr() would not).
struct SchedulerTraceText
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

namespace Sched::Trace {

namespace {

Error lineError(const QString &file, int line, const QString &what)
{
    return Error{SchedulerTraceText::tr("%1: line %2: %3").arg(file).arg(line).arg(what), {}, 0};
}

// The trace's rows: the header's columns by name, then each data row with its line number.
struct Table
{
    QHash<QString, int> columns;
    int width = 0;
    QList<QList<QByteArray>> rows;
    QList<int> lines;
};

Result<Table> split(const QByteArray &csv, const QString &file, const QStringList &required)
{
    Table t;
    const QList<QByteArray> lines = csv.split('\n');
    bool header = true;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue; // blank lines (a trailing newline) carry nothing
        QList<QByteArray> fields = line.split(',');
        if (header) {
            header = false;
            t.width = int(fields.size());
            for (int c = 0; c < fields.size(); ++c)
                t.columns.insert(QString::fromUtf8(fields[c].trimmed()), c);
            QStringList missing;
            for (const QString &r : required) {
                if (!t.columns.contains(r))
                    missing.append(r);
            }
            if (!missing.isEmpty())
                return lineError(
                    file, i + 1,
                    SchedulerTraceText::tr("the header lacks the column(s) %1").arg(missing.join(u", ")));
            continue;
        }
        if (fields.size() != t.width)
            return lineError(
                file, i + 1,
                SchedulerTraceText::tr("expected %1 fields, found %2").arg(t.width).arg(fields.size()));
        t.rows.append(fields);
        t.lines.append(i + 1);
    }
    if (header)
        return Error{
            SchedulerTraceText::tr("%1: the file is empty; a header line is expected").arg(file), {}, 0};
    return t;
}

// A non-negative integer field, or the error that names it.
std::optional<qint64> number(const Table &t, int row, const QString &column, const QString &file,
                             Error &error)
{
    const QByteArray &raw = t.rows[row][t.columns.value(column)];
    bool ok = false;
    const qint64 v = raw.trimmed().toLongLong(&ok);
    if (!ok) {
        error = lineError(
            file, t.lines[row],
            SchedulerTraceText::tr("%1 \"%2\" is not a number").arg(column, QString::fromUtf8(raw)));
        return std::nullopt;
    }
    if (v < 0) {
        error = lineError(file, t.lines[row], SchedulerTraceText::tr("%1 %2 is negative").arg(column).arg(v));
        return std::nullopt;
    }
    return v;
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{SchedulerTraceText::tr("Cannot open the trace file %1").arg(path), f.errorString(), 0};
    return f.readAll();
}

} // namespace

Result<SchedCluster> parseNodes(const QByteArray &csv, const QString &file)
{
    auto table = split(csv, file,
                       {QStringLiteral("sn"), QStringLiteral("cpu_milli"), QStringLiteral("memory_mib"),
                        QStringLiteral("gpu"), QStringLiteral("model")});
    if (!table)
        return table.error();
    const Table &t = *table;
    SchedCluster cluster;
    cluster.nodes.reserve(t.rows.size());
    Error error;
    for (int row = 0; row < t.rows.size(); ++row) {
        const auto cpu = number(t, row, QStringLiteral("cpu_milli"), file, error);
        const auto mem = number(t, row, QStringLiteral("memory_mib"), file, error);
        const auto gpus = number(t, row, QStringLiteral("gpu"), file, error);
        if (!cpu || !mem || !gpus)
            return error;
        if (*gpus > 64) // the placer keeps a node's GPUs on the stack; no real server has more
            return lineError(file, t.lines[row], SchedulerTraceText::tr("gpu %1 is more than 64").arg(*gpus));
        SchedNode node;
        node.host = QString::fromUtf8(t.rows[row][t.columns.value(QStringLiteral("sn"))].trimmed());
        if (node.host.isEmpty())
            return lineError(file, t.lines[row], SchedulerTraceText::tr("sn is empty"));
        node.cpuMilli = *cpu;
        node.memoryMiB = *mem;
        const QString model =
            QString::fromUtf8(t.rows[row][t.columns.value(QStringLiteral("model"))].trimmed());
        if (*gpus > 0 && model.isEmpty())
            return lineError(file, t.lines[row],
                             SchedulerTraceText::tr("model is empty on a node with GPUs"));
        SchedGpu gpu;
        gpu.model = *gpus > 0 ? cluster.modelIndex(model) : -1;
        for (int g = 0; g < *gpus; ++g) {
            node.gpus.append(gpu);
            node.companions.append(QStringList());
            node.offeredTypes.append(QStringList());
        }
        cluster.nodes.append(node);
    }
    return cluster;
}

Result<QList<PlacementRequest>> parsePods(const QByteArray &csv, const QString &file)
{
    auto table = split(csv, file,
                       {QStringLiteral("name"), QStringLiteral("cpu_milli"), QStringLiteral("memory_mib"),
                        QStringLiteral("num_gpu"), QStringLiteral("gpu_milli")});
    if (!table)
        return table.error();
    const Table &t = *table;
    const int specColumn = t.columns.value(QStringLiteral("gpu_spec"), -1); // absent in multigpu30
    QList<PlacementRequest> requests;
    requests.reserve(t.rows.size());
    Error error;
    for (int row = 0; row < t.rows.size(); ++row) {
        const auto cpu = number(t, row, QStringLiteral("cpu_milli"), file, error);
        const auto mem = number(t, row, QStringLiteral("memory_mib"), file, error);
        const auto numGpu = number(t, row, QStringLiteral("num_gpu"), file, error);
        const auto milli = number(t, row, QStringLiteral("gpu_milli"), file, error);
        if (!cpu || !mem || !numGpu || !milli)
            return error;
        if (*numGpu == 0)
            continue; // a CPU-only task asks nothing of the GPUs
        if (*numGpu > 64)
            return lineError(file, t.lines[row],
                             SchedulerTraceText::tr("num_gpu %1 is more than 64").arg(*numGpu));
        if (*milli < 1 || *milli > 1000)
            return lineError(file, t.lines[row],
                             SchedulerTraceText::tr("gpu_milli %1 is outside 1..1000").arg(*milli));
        PlacementRequest r;
        r.name = QString::fromUtf8(t.rows[row][t.columns.value(QStringLiteral("name"))].trimmed());
        r.cpuMilli = *cpu;
        r.memoryMiB = *mem;
        if (*numGpu == 1 && *milli < 1000) {
            r.kind = PlacementRequest::Kind::MilliGpu;
            r.milli = int(*milli);
        } else {
            r.kind = PlacementRequest::Kind::WholeGpus; // several GPUs are always whole ones
            r.gpus = int(*numGpu);
        }
        if (specColumn >= 0) {
            const QString spec = QString::fromUtf8(t.rows[row][specColumn].trimmed());
            if (!spec.isEmpty())
                r.gpuModels = spec.split(u'|', Qt::SkipEmptyParts);
        }
        // What is imported must export again: a name or model with a control character would make a
        // request file the console itself refuses (found by fuzzing).
        if (const QString why = RequestFile::validate(r); !why.isEmpty())
            return lineError(file, t.lines[row], why);
        requests.append(r);
    }
    return requests;
}

Result<SchedCluster> readNodes(const QString &path)
{
    auto data = readAll(path);
    if (!data)
        return data.error();
    return parseNodes(*data, QFileInfo(path).fileName());
}

Result<QList<PlacementRequest>> readPods(const QString &path)
{
    auto data = readAll(path);
    if (!data)
        return data.error();
    return parsePods(*data, QFileInfo(path).fileName());
}

QList<PlacementRequest> inflate(const QList<PlacementRequest> &tasks, qint64 capacityMilli)
{
    QList<PlacementRequest> arrived;
    qint64 demand = 0;
    for (qsizetype i = 0; demand < capacityMilli && !tasks.isEmpty(); ++i) {
        PlacementRequest r = tasks[i % tasks.size()];
        if (i >= tasks.size())
            r.name += QStringLiteral("#%1").arg(i / tasks.size());
        demand += r.demandMilli();
        arrived.append(std::move(r));
    }
    return arrived;
}

} // namespace Sched::Trace
