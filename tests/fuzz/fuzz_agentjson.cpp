// libFuzzer target: the JSON documents an agent sends (NVML facts, sysfs facts, readiness, telemetry), as
// a hostile or broken agent could send them. Each reader gets the same object; whatever one accepts must
// write out again and read back to the same facts.
#include "agent/nvmlfacts.h"
#include "agent/readiness.h"
#include "agent/sysfsfacts.h"
#include "agent/telemetry.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    const QJsonObject o = doc.object();
    if (const Result<NvmlFacts> n = NvmlFacts::fromJson(o); n.ok())
        (void)NvmlFacts::fromJson(n->toJson());
    if (const Result<SysfsFacts> s = SysfsFactsJson::fromJson(o); s.ok()) {
        const Result<SysfsFacts> again = SysfsFactsJson::fromJson(SysfsFactsJson::toJson(*s));
        if (!again.ok() || !(*again == *s))
            std::abort(); // what the console wrote, it must read back unchanged
    }
    if (const Result<ReadinessReport> r = ReadinessJson::fromJson(o); r.ok())
        (void)ReadinessJson::fromJson(ReadinessJson::toJson(*r));
    if (const Result<TelemetrySample> t = TelemetrySample::fromJson(o); t.ok())
        (void)TelemetrySample::fromJson(t->toJson());
    return 0;
}
