// Request files: what both formats share (kinds, sizes, validation, reading and writing files). The JSON
// form is in requestjson.cpp, the CSV form in requestcsv.cpp.
#include "requestfile.h"

#include "traceimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

// Gives these strings the "Scheduler" context that lupdate can see (a free tr() would not).
struct SchedulerRequestText
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

namespace Sched::RequestFile {

using Kind = PlacementRequest::Kind;

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::VgpuType:
        return QStringLiteral("vgpu");
    case Kind::MigProfile:
        return QStringLiteral("mig");
    case Kind::WholeGpus:
        return QStringLiteral("gpus");
    case Kind::VirtualFunction:
        return QStringLiteral("vf");
    case Kind::MilliGpu:
        return QStringLiteral("milli");
    }
    return {};
}

std::optional<Kind> kindFromKey(QStringView key)
{
    for (Kind k :
         {Kind::VgpuType, Kind::MigProfile, Kind::WholeGpus, Kind::VirtualFunction, Kind::MilliGpu}) {
        if (key.trimmed().compare(kindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

std::optional<MigLayout::Profile> migProfileFromText(QStringView text)
{
    const QStringView t = text.trimmed();
    for (MigLayout::Profile p : MigLayout::allProfiles()) {
        if (t.compare(MigLayout::info(p).name, Qt::CaseInsensitive) == 0)
            return p;
    }
    if (const auto type = VgpuTypeName::parse(t); type && type->migBacked)
        return MigLayout::profileFor(*type, GpuBoardInfo::lookup(type->board).framebufferMB);
    return std::nullopt;
}

QString sizeText(const PlacementRequest &r)
{
    switch (r.kind) {
    case Kind::VgpuType:
        return r.vgpuType;
    case Kind::MigProfile:
        return MigLayout::info(r.migProfile).name;
    case Kind::WholeGpus:
        return QString::number(r.gpus);
    case Kind::VirtualFunction:
        return {};
    case Kind::MilliGpu:
        return QString::number(r.milli);
    }
    return {};
}

QString setSize(PlacementRequest &r, Kind kind, const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    switch (kind) {
    case Kind::VgpuType: {
        const auto type = VgpuTypeName::parse(t);
        if (!type)
            return SchedulerRequestText::tr("\"%1\" is not a vGPU type name such as A16-2Q").arg(t);
        if (type->migBacked) // a MIG-backed vGPU is placed as its MIG profile
            return setSize(r, Kind::MigProfile, t);
        r.vgpuType = type->canonicalName();
        break;
    }
    case Kind::MigProfile: {
        const auto p = migProfileFromText(t);
        if (!p)
            return SchedulerRequestText::tr("\"%1\" is not a MIG profile such as 3g.40gb").arg(t);
        r.migProfile = *p;
        break;
    }
    case Kind::WholeGpus: {
        const int n = t.toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return SchedulerRequestText::tr("\"%1\" is not a number of whole GPUs (1 to 64)").arg(t);
        r.gpus = n;
        break;
    }
    case Kind::VirtualFunction:
        if (!t.isEmpty())
            return SchedulerRequestText::tr("a virtual function takes no size, found \"%1\"").arg(t);
        break;
    case Kind::MilliGpu: {
        const int n = t.toInt(&ok);
        if (!ok || n < 1 || n > 999)
            return SchedulerRequestText::tr("\"%1\" is not a share of one GPU in milli-GPU (1 to 999)")
                .arg(t);
        r.milli = n;
        break;
    }
    }
    r.kind = kind;
    return {};
}

QString validate(const PlacementRequest &r)
{
    if (r.name.trimmed().isEmpty())
        return SchedulerRequestText::tr("the request has no name");
    if (r.count < 1 || r.count > 100000)
        return SchedulerRequestText::tr("count %1 is outside 1 to 100000").arg(r.count);
    if (r.numaNode < -1)
        return SchedulerRequestText::tr("NUMA node %1 is negative").arg(r.numaNode);
    if (r.cpuMilli < 0 || r.memoryMiB < 0)
        return SchedulerRequestText::tr("CPU and memory cannot be negative");
    // Every request must survive the CSV form, one line per request with lists separated by '|' (fuzzing
    // found a JSON name with a line break that exported to a CSV the import refused).
    const auto control = [](const QString &t) {
        return std::any_of(t.begin(), t.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    };
    for (const QString &t : QStringList{r.name, r.antiAffinity} + r.gpuModels + r.hosts + r.labels)
        if (control(t))
            return SchedulerRequestText::tr("\"%1\" contains a line break or another control character")
                .arg(t.simplified());
    for (const QString &t : r.gpuModels + r.hosts + r.labels)
        if (t.contains(u'|'))
            return SchedulerRequestText::tr("\"%1\": a list entry cannot contain |").arg(t);
    PlacementRequest copy = r;
    return setSize(copy, r.kind, sizeText(r));
}

Format formatFor(const QString &path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

Result<QList<PlacementRequest>> parse(const QByteArray &data, const QString &fileName)
{
    const QByteArray start = data.left(256).trimmed();
    if (start.startsWith('{') || start.startsWith('['))
        return parseJson(data, fileName);
    const QByteArray header = data.left(data.indexOf('\n'));
    if (header.contains("num_gpu"))
        return Trace::parsePods(data, fileName);
    return parseCsv(data, fileName);
}

Result<QList<PlacementRequest>> read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{SchedulerRequestText::tr("Cannot open the request file %1").arg(path), f.errorString(),
                     0};
    return parse(f.readAll(), QFileInfo(path).fileName());
}

Status write(const QString &path, const QList<PlacementRequest> &requests)
{
    QSaveFile f(path);
    const QByteArray data = formatFor(path) == Format::Csv ? toCsv(requests) : toJson(requests);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error{SchedulerRequestText::tr("Cannot write the request file %1").arg(path), f.errorString(),
                     0};
    return Done{};
}

} // namespace Sched::RequestFile
