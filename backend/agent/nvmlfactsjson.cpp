// The JSON of NvmlFacts as the agent sends it: unknown facts are left out, their reasons sit in "errors".
#include "factjson.h"
#include "nvmlfacts.h"

#include <QCoreApplication>

#include <climits>

using namespace Qt::StringLiterals;

namespace {
struct NvmlText
{
    Q_DECLARE_TR_FUNCTIONS(Nvml)
};

template <typename T> void put(QJsonObject &o, QLatin1StringView key, const std::optional<T> &v)
{
    if (v)
        o.insert(key, QJsonValue(*v));
}
void put(QJsonObject &o, QLatin1StringView key, const std::optional<quint64> &v)
{
    if (v)
        o.insert(key, qint64(*v));
}
void put(QJsonObject &o, QLatin1StringView key, const std::optional<uint> &v)
{
    if (v)
        o.insert(key, qint64(*v));
}
void put(QJsonObject &o, QLatin1StringView key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}

QJsonObject errorsJson(const NvmlErrors &errors)
{
    QJsonObject o;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        o.insert(it.key(), QJsonObject{{"code"_L1, it->code}, {"message"_L1, it->message}});
    return o;
}

void putErrors(QJsonObject &o, const NvmlErrors &errors)
{
    if (!errors.isEmpty())
        o.insert("errors"_L1, errorsJson(errors));
}

QJsonObject schedulerJson(const NvmlScheduler &s)
{
    QJsonObject o{
        {"policy"_L1, s.policy}, {"arrMode"_L1, s.arrMode}, {"timesliceNs"_L1, qint64(s.timesliceNs)}};
    put(o, "averagingFactor"_L1, s.averagingFactor);
    return o;
}

QJsonObject vgpuJson(const NvmlVgpu &v)
{
    QJsonObject o{{"instance"_L1, qint64(v.instance)}};
    put(o, "typeId"_L1, v.typeId);
    put(o, "type"_L1, v.type);
    put(o, "framebufferMiB"_L1, v.framebufferMiB);
    put(o, "vmId"_L1, v.vmId);
    put(o, "vmIdType"_L1, v.vmIdType);
    put(o, "uuid"_L1, v.uuid);
    put(o, "mdevUuid"_L1, v.mdevUuid);
    put(o, "fbUsedMiB"_L1, v.fbUsedMiB);
    if (v.license) {
        QJsonObject l{{"state"_L1, licenseStateKey(v.license->state)}};
        put(l, "expiryStatus"_L1, v.license->expiryStatus);
        if (v.license->expiry.isValid())
            l.insert("expiry"_L1, v.license->expiry.toUTC().toString(Qt::ISODate));
        o.insert("license"_L1, l);
    }
    put(o, "placementId"_L1, v.placementId);
    put(o, "gpuInstanceId"_L1, v.gpuInstanceId);
    put(o, "gpuUtil"_L1, v.gpuUtil);
    put(o, "memUtil"_L1, v.memUtil);
    put(o, "encoderUtil"_L1, v.encoderUtil);
    put(o, "decoderUtil"_L1, v.decoderUtil);
    putErrors(o, v.errors);
    return o;
}

QJsonObject gpuJson(const NvmlGpu &g)
{
    QJsonObject o{{"index"_L1, g.index}};
    put(o, "name"_L1, g.name);
    put(o, "uuid"_L1, g.uuid);
    put(o, "busId"_L1, g.busId);
    put(o, "memoryTotalMiB"_L1, g.memoryTotalMiB);
    put(o, "memoryUsedMiB"_L1, g.memoryUsedMiB);
    put(o, "gpuUtil"_L1, g.gpuUtil);
    put(o, "memUtil"_L1, g.memUtil);
    put(o, "encoderUtil"_L1, g.encoderUtil);
    put(o, "temperatureC"_L1, g.temperatureC);
    put(o, "powerW"_L1, g.powerW);
    put(o, "powerLimitW"_L1, g.powerLimitW);
    put(o, "virtualizationMode"_L1, g.virtualizationMode);
    put(o, "hostVgpuMode"_L1, g.hostVgpuMode);
    put(o, "migEnabled"_L1, g.migEnabled);
    put(o, "migPendingEnabled"_L1, g.migPendingEnabled);
    if (!g.gpuInstances.isEmpty()) {
        QJsonArray list;
        for (const NvmlGpuInstance &gi : g.gpuInstances)
            list.append(QJsonObject{{"id"_L1, qint64(gi.id)},
                                    {"profileId"_L1, qint64(gi.profileId)},
                                    {"profile"_L1, gi.profile},
                                    {"slices"_L1, gi.slices},
                                    {"memoryMiB"_L1, qint64(gi.memoryMiB)},
                                    {"start"_L1, gi.placementStart},
                                    {"size"_L1, gi.placementSize}});
        o.insert("gpuInstances"_L1, list);
    }
    if (!g.vgpus.isEmpty()) {
        QJsonArray list;
        for (const NvmlVgpu &v : g.vgpus)
            list.append(vgpuJson(v));
        o.insert("vgpus"_L1, list);
    }
    if (g.scheduler)
        o.insert("scheduler"_L1, schedulerJson(*g.scheduler));
    if (g.schedulerLogState) {
        QJsonObject log = schedulerJson(*g.schedulerLogState);
        QJsonArray entries;
        for (const NvmlSchedulerLogEntry &e : g.schedulerLog)
            entries.append(QJsonObject{{"timestampNs"_L1, qint64(e.timestampNs)},
                                       {"runTotalNs"_L1, qint64(e.runTotalNs)},
                                       {"runNs"_L1, qint64(e.runNs)},
                                       {"runlistId"_L1, qint64(e.runlistId)},
                                       {"targetTimesliceNs"_L1, qint64(e.targetTimesliceNs)},
                                       {"preemptionNs"_L1, qint64(e.preemptionNs)}});
        log.insert("entries"_L1, entries);
        o.insert("schedulerLog"_L1, log);
    }
    putErrors(o, g.errors);
    return o;
}

// Reading back: each helper fills what is there and leaves the rest unknown.
class Reader : public FactReader
{
public:
    NvmlErrors errors(const QJsonObject &parent, const QString &at)
    {
        NvmlErrors out;
        const QJsonObject o = object(parent, "errors"_L1, at);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString where = path(at, "errors"_L1) + u'.' + it.key();
            const QJsonObject e = element(it.value(), where);
            out.insert(it.key(), NvmlError{int(integer(e, "code"_L1, where, INT_MIN, INT_MAX).value_or(0)),
                                           string(e, "message"_L1, where).value_or(QString())});
        }
        return out;
    }
    std::optional<uint> uinteger(const QJsonObject &o, QLatin1StringView key, const QString &at)
    {
        const auto v = integer(o, key, at, 0, UINT_MAX);
        return v ? std::optional<uint>(uint(*v)) : std::nullopt;
    }
    std::optional<quint64> u64(const QJsonObject &o, QLatin1StringView key, const QString &at)
    {
        const auto v = integer(o, key, at);
        return v ? std::optional<quint64>(quint64(*v)) : std::nullopt;
    }
    std::optional<int> pct(const QJsonObject &o, QLatin1StringView key, const QString &at)
    {
        const auto v = integer(o, key, at, 0, 100000); // NVML may exceed 100 briefly; keep what it said
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    }
    QString str(const QJsonObject &o, QLatin1StringView key, const QString &at)
    {
        return string(o, key, at).value_or(QString());
    }
    NvmlScheduler scheduler(const QJsonObject &o, const QString &at)
    {
        NvmlScheduler s;
        s.policy = str(o, "policy"_L1, at);
        s.arrMode = str(o, "arrMode"_L1, at);
        s.averagingFactor = uinteger(o, "averagingFactor"_L1, at);
        s.timesliceNs = u64(o, "timesliceNs"_L1, at).value_or(0);
        return s;
    }
    NvmlVgpu vgpu(const QJsonObject &o, const QString &at);
    NvmlGpu gpu(const QJsonObject &o, const QString &at);
};

NvmlVgpu Reader::vgpu(const QJsonObject &o, const QString &at)
{
    NvmlVgpu v;
    v.instance = uinteger(o, "instance"_L1, at).value_or(0);
    v.typeId = uinteger(o, "typeId"_L1, at);
    v.type = str(o, "type"_L1, at);
    v.framebufferMiB = u64(o, "framebufferMiB"_L1, at);
    v.vmId = str(o, "vmId"_L1, at);
    v.vmIdType = str(o, "vmIdType"_L1, at);
    v.uuid = str(o, "uuid"_L1, at);
    v.mdevUuid = str(o, "mdevUuid"_L1, at).toLower();
    v.fbUsedMiB = u64(o, "fbUsedMiB"_L1, at);
    const QJsonObject l = object(o, "license"_L1, at);
    if (!l.isEmpty()) {
        const QString where = path(at, "license"_L1);
        NvmlLicense lic;
        if (const auto key = string(l, "state"_L1, where)) {
            if (const auto s = licenseStateFromKey(*key))
                lic.state = *s;
            else
                fail(path(where, "state"_L1), QStringLiteral("unknown licence state \"%1\"").arg(*key));
        }
        lic.expiryStatus = str(l, "expiryStatus"_L1, where);
        lic.expiry = dateTime(l, "expiry"_L1, where).value_or(QDateTime());
        v.license = lic;
    }
    v.placementId = uinteger(o, "placementId"_L1, at);
    v.gpuInstanceId = uinteger(o, "gpuInstanceId"_L1, at);
    v.gpuUtil = pct(o, "gpuUtil"_L1, at);
    v.memUtil = pct(o, "memUtil"_L1, at);
    v.encoderUtil = pct(o, "encoderUtil"_L1, at);
    v.decoderUtil = pct(o, "decoderUtil"_L1, at);
    v.errors = errors(o, at);
    return v;
}

NvmlGpu Reader::gpu(const QJsonObject &o, const QString &at)
{
    NvmlGpu g;
    g.index = int(integer(o, "index"_L1, at, 0, INT_MAX).value_or(0));
    g.name = str(o, "name"_L1, at);
    g.uuid = str(o, "uuid"_L1, at);
    g.busId = str(o, "busId"_L1, at);
    if (!g.busId.isEmpty()) {
        if (const auto a = PciAddress::parse(g.busId))
            g.address = *a;
    }
    g.memoryTotalMiB = u64(o, "memoryTotalMiB"_L1, at);
    g.memoryUsedMiB = u64(o, "memoryUsedMiB"_L1, at);
    g.gpuUtil = pct(o, "gpuUtil"_L1, at);
    g.memUtil = pct(o, "memUtil"_L1, at);
    g.encoderUtil = pct(o, "encoderUtil"_L1, at);
    if (const auto t = integer(o, "temperatureC"_L1, at, -273, 1000))
        g.temperatureC = int(*t);
    g.powerW = number(o, "powerW"_L1, at);
    g.powerLimitW = number(o, "powerLimitW"_L1, at);
    g.virtualizationMode = str(o, "virtualizationMode"_L1, at);
    g.hostVgpuMode = str(o, "hostVgpuMode"_L1, at);
    g.migEnabled = boolean(o, "migEnabled"_L1, at);
    g.migPendingEnabled = boolean(o, "migPendingEnabled"_L1, at);
    const QJsonArray instances = array(o, "gpuInstances"_L1, at);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QString where = index(at, "gpuInstances"_L1, i);
        const QJsonObject e = element(instances[i], where);
        g.gpuInstances.append(
            {uinteger(e, "id"_L1, where).value_or(0), uinteger(e, "profileId"_L1, where).value_or(0),
             str(e, "profile"_L1, where), int(integer(e, "slices"_L1, where, 0, 64).value_or(0)),
             u64(e, "memoryMiB"_L1, where).value_or(0), int(integer(e, "start"_L1, where, 0, 64).value_or(0)),
             int(integer(e, "size"_L1, where, 0, 64).value_or(0))});
    }
    const QJsonArray vgpus = array(o, "vgpus"_L1, at);
    for (qsizetype i = 0; i < vgpus.size(); ++i) {
        const QString where = index(at, "vgpus"_L1, i);
        g.vgpus.append(vgpu(element(vgpus[i], where), where));
    }
    if (const QJsonObject s = object(o, "scheduler"_L1, at); !s.isEmpty())
        g.scheduler = scheduler(s, path(at, "scheduler"_L1));
    if (const QJsonObject log = object(o, "schedulerLog"_L1, at); !log.isEmpty()) {
        const QString where = path(at, "schedulerLog"_L1);
        g.schedulerLogState = scheduler(log, where);
        const QJsonArray entries = array(log, "entries"_L1, where);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString w = index(where, "entries"_L1, i);
            const QJsonObject e = element(entries[i], w);
            g.schedulerLog.append(
                {u64(e, "timestampNs"_L1, w).value_or(0), u64(e, "runTotalNs"_L1, w).value_or(0),
                 u64(e, "runNs"_L1, w).value_or(0), uinteger(e, "runlistId"_L1, w).value_or(0),
                 u64(e, "targetTimesliceNs"_L1, w).value_or(0), u64(e, "preemptionNs"_L1, w).value_or(0)});
        }
    }
    g.errors = errors(o, at);
    return g;
}
} // namespace

QJsonObject NvmlFacts::toJson() const
{
    QJsonObject o{{"available"_L1, available}};
    if (simulated)
        o.insert("simulated"_L1, true);
    put(o, "unavailableReason"_L1, unavailableReason);
    put(o, "unavailableDetail"_L1, unavailableDetail);
    if (collectedAt.isValid())
        o.insert("collectedAt"_L1, collectedAt.toUTC().toString(Qt::ISODateWithMs));
    put(o, "driverVersion"_L1, driverVersion);
    put(o, "nvmlVersion"_L1, nvmlVersion);
    put(o, "cudaDriverVersion"_L1, cudaDriverVersion);
    QJsonArray list;
    for (const NvmlGpu &g : gpus)
        list.append(gpuJson(g));
    o.insert("gpus"_L1, list);
    putErrors(o, errors);
    return o;
}

Result<NvmlFacts> NvmlFacts::fromJson(const QJsonObject &json)
{
    Reader r;
    NvmlFacts f;
    f.available = r.boolean(json, "available"_L1, {}).value_or(false);
    f.simulated = r.boolean(json, "simulated"_L1, {}).value_or(false);
    f.unavailableReason = r.str(json, "unavailableReason"_L1, {});
    f.unavailableDetail = r.str(json, "unavailableDetail"_L1, {});
    f.collectedAt = r.dateTime(json, "collectedAt"_L1, {}).value_or(QDateTime());
    f.driverVersion = r.str(json, "driverVersion"_L1, {});
    f.nvmlVersion = r.str(json, "nvmlVersion"_L1, {});
    if (const auto v = r.integer(json, "cudaDriverVersion"_L1, {}, 0, INT_MAX))
        f.cudaDriverVersion = int(*v);
    const QJsonArray gpus = r.array(json, "gpus"_L1, {});
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const QString where = FactReader::index({}, "gpus"_L1, i);
        f.gpus.append(r.gpu(r.element(gpus[i], where), where));
    }
    f.errors = r.errors(json, {});
    if (!r.ok())
        return Error{NvmlText::tr("The NVIDIA facts from the host agent are malformed"), r.problem()};
    return f;
}
