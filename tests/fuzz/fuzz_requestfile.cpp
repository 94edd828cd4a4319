// libFuzzer target: a scheduler request file the operator imports, JSON or CSV (either parser sees every
// input: the content decides in the product, and content can mislead). Whatever is accepted must export
// to both forms and import again to as many requests: the console writes files it can read back.
#include "scheduler/requestfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void roundTrip(const Result<QList<Sched::PlacementRequest>> &r)
{
    if (!r.ok())
        return;
    const auto json = Sched::RequestFile::parseJson(Sched::RequestFile::toJson(*r), QStringLiteral("again.json"));
    const auto csv = Sched::RequestFile::parseCsv(Sched::RequestFile::toCsv(*r), QStringLiteral("again.csv"));
    if (!json.ok() || json->size() != r->size() || !csv.ok() || csv->size() != r->size())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    roundTrip(Sched::RequestFile::parseJson(bytes, QStringLiteral("requests.json")));
    roundTrip(Sched::RequestFile::parseCsv(bytes, QStringLiteral("requests.csv")));
    // Not yet round-tripped: the pod-list form (traceimport) skips validate(), so a pod name with a control
    // character imports and then exports to a CSV the console refuses (corpus 6600ee10…; open).
    (void)Sched::RequestFile::parse(bytes, QStringLiteral("requests"));
    return 0;
}
