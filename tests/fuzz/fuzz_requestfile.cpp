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
    roundTrip(Sched::RequestFile::parse(bytes, QStringLiteral("requests"))); // also the pod-list form
    return 0;
}
