// Telemetry samples: their compact JSON and their making from NVML facts.
#include "telemetry.h"
#include "factjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct TelemetryText
{
    Q_DECLARE_TR_FUNCTIONS(Telemetry)
};

double tenth(double w)
{
    return std::round(w * 10.0) / 10.0;
}

void put(QJsonObject &o, QLatin1StringView key, const std::optional<int> &v)
{
    if (v)
        o.insert(key, *v);
}
void put(QJsonObject &o, QLatin1StringView key, const std::optional<quint64> &v)
{
    if (v)
        o.insert(key, qint64(*v));
}
void put(QJsonObject &o, QLatin1StringView key, const std::optional<double> &v)
{
    if (v)
        o.insert(key, tenth(*v));
}

std::optional<int> pct(FactReader &r, const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const auto v = r.integer(o, key, at, 0, 100000);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}
std::optional<quint64> u64(FactReader &r, const QJsonObject &o, QLatin1StringView key, const QString &at)
{
    const auto v = r.integer(o, key, at);
    return v ? std::optional<quint64>(quint64(*v)) : std::nullopt;
}
} // namespace

const GpuSample *TelemetrySample::gpu(const PciAddress &address) const
{
    for (const GpuSample &g : gpus)
        if (g.address == address)
            return &g;
    return nullptr;
}

QJsonObject TelemetrySample::toJson() const
{
    QJsonObject o{{"t"_L1, time.toMSecsSinceEpoch()}};
    if (simulated)
        o.insert("sim"_L1, true);
    QJsonArray list;
    for (const GpuSample &g : gpus) {
        QJsonObject j{{"a"_L1, g.address.toString()}};
        put(j, "u"_L1, g.gpuUtil);
        put(j, "m"_L1, g.memUtil);
        put(j, "e"_L1, g.encoderUtil);
        put(j, "fb"_L1, g.fbUsedMiB);
        put(j, "ft"_L1, g.fbTotalMiB);
        put(j, "tc"_L1, g.temperatureC);
        put(j, "p"_L1, g.powerW);
        put(j, "pl"_L1, g.powerLimitW);
        if (!g.vgpus.isEmpty()) {
            QJsonArray vs;
            for (const VgpuSample &v : g.vgpus) {
                QJsonObject vj;
                if (!v.mdevUuid.isEmpty())
                    vj.insert("id"_L1, v.mdevUuid);
                if (!v.vmName.isEmpty())
                    vj.insert("vm"_L1, v.vmName);
                if (!v.vmUuid.isEmpty())
                    vj.insert("vu"_L1, v.vmUuid);
                put(vj, "u"_L1, v.gpuUtil);
                put(vj, "e"_L1, v.encoderUtil);
                put(vj, "fb"_L1, v.fbUsedMiB);
                if (v.license != VgpuLicenseState::Unknown)
                    vj.insert("lic"_L1, licenseStateKey(v.license));
                if (v.licenseExpiry.isValid())
                    vj.insert("exp"_L1, v.licenseExpiry.toMSecsSinceEpoch());
                vs.append(vj);
            }
            j.insert("v"_L1, vs);
        }
        list.append(j);
    }
    o.insert("g"_L1, list);
    return o;
}

Result<TelemetrySample> TelemetrySample::fromJson(const QJsonObject &json)
{
    FactReader r;
    TelemetrySample s;
    s.time = r.epochMs(json, "t"_L1, {}).value_or(QDateTime());
    s.simulated = r.boolean(json, "sim"_L1, {}).value_or(false);
    const QJsonArray gpus = r.array(json, "g"_L1, {});
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const QString at = FactReader::index({}, "g"_L1, i);
        const QJsonObject o = r.element(gpus[i], at);
        GpuSample g;
        if (const auto a = r.string(o, "a"_L1, at)) {
            if (const auto address = PciAddress::parse(*a))
                g.address = *address;
            else
                r.fail(FactReader::path(at, "a"_L1), QStringLiteral("expected a PCI address"));
        }
        g.gpuUtil = pct(r, o, "u"_L1, at);
        g.memUtil = pct(r, o, "m"_L1, at);
        g.encoderUtil = pct(r, o, "e"_L1, at);
        g.fbUsedMiB = u64(r, o, "fb"_L1, at);
        g.fbTotalMiB = u64(r, o, "ft"_L1, at);
        if (const auto t = r.integer(o, "tc"_L1, at, -273, 1000))
            g.temperatureC = int(*t);
        g.powerW = r.number(o, "p"_L1, at);
        g.powerLimitW = r.number(o, "pl"_L1, at);
        const QJsonArray vgpus = r.array(o, "v"_L1, at);
        for (qsizetype k = 0; k < vgpus.size(); ++k) {
            const QString vat = FactReader::index(at, "v"_L1, k);
            const QJsonObject vo = r.element(vgpus[k], vat);
            VgpuSample v;
            v.mdevUuid = r.string(vo, "id"_L1, vat).value_or(QString()).toLower();
            v.vmName = r.string(vo, "vm"_L1, vat).value_or(QString());
            v.vmUuid = r.string(vo, "vu"_L1, vat).value_or(QString());
            v.gpuUtil = pct(r, vo, "u"_L1, vat);
            v.encoderUtil = pct(r, vo, "e"_L1, vat);
            v.fbUsedMiB = u64(r, vo, "fb"_L1, vat);
            if (const auto key = r.string(vo, "lic"_L1, vat)) {
                if (const auto state = licenseStateFromKey(*key))
                    v.license = *state;
                else
                    r.fail(FactReader::path(vat, "lic"_L1),
                           QStringLiteral("unknown licence state \"%1\"").arg(*key));
            }
            v.licenseExpiry = r.epochMs(vo, "exp"_L1, vat).value_or(QDateTime());
            g.vgpus.append(v);
        }
        s.gpus.append(g);
    }
    if (!r.ok())
        return Error{TelemetryText::tr("The GPU telemetry from the host agent is malformed"), r.problem()};
    return s;
}

TelemetrySample TelemetrySample::fromFacts(const NvmlFacts &facts)
{
    TelemetrySample s;
    s.time = facts.collectedAt.toUTC();
    s.simulated = facts.simulated;
    for (const NvmlGpu &f : facts.gpus) {
        if (!f.address.isValid())
            continue; // nothing to attach the numbers to
        GpuSample g;
        g.address = f.address;
        g.gpuUtil = f.gpuUtil;
        g.memUtil = f.memUtil;
        g.encoderUtil = f.encoderUtil;
        g.fbUsedMiB = f.memoryUsedMiB;
        g.fbTotalMiB = f.memoryTotalMiB;
        g.temperatureC = f.temperatureC;
        g.powerW = f.powerW;
        g.powerLimitW = f.powerLimitW;
        for (const NvmlVgpu &fv : f.vgpus) {
            VgpuSample v;
            v.mdevUuid = fv.mdevUuid;
            if (fv.vmIdType == u"uuid")
                v.vmUuid = fv.vmId.toLower();
            v.gpuUtil = fv.gpuUtil;
            v.encoderUtil = fv.encoderUtil;
            v.fbUsedMiB = fv.fbUsedMiB;
            if (fv.license) {
                v.license = fv.license->state;
                v.licenseExpiry = fv.license->expiry;
            }
            g.vgpus.append(v);
        }
        s.gpus.append(g);
    }
    return s;
}
