// libFuzzer target: the audit log as read back after crashes, disk trouble or tampering: every complete
// record is returned, the rest is counted as skipped lines, and a filter may be applied to anything.
#include "assign/auditlog.h"
#include "fuzzfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzzScratchFile("audit.log", QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const AuditLog log(path);
    (void)log.read();
    AuditFilter f;
    f.host = QStringLiteral("gpu-01");
    f.vm = QStringLiteral("vm-1");
    f.result = QStringLiteral("applied");
    f.from = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    f.to = QDateTime::fromSecsSinceEpoch(4102444800, Qt::UTC);
    (void)log.read(f);
    return 0;
}
