// libFuzzer target: cluster trace CSV (the openb node and pod lists), as downloaded or hand-edited.
#include "scheduler/traceimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Sched::Trace::parseNodes(bytes, QStringLiteral("nodes.csv"));
    (void)Sched::Trace::parsePods(bytes, QStringLiteral("pods.csv"));
    return 0;
}
