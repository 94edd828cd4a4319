// libFuzzer target: the workspace file as a user (or a crash, or another program) may leave it. Whatever
// load() accepts must save and load again to the same connections; whatever it rejects it moves aside.
#include "fuzzfile.h"
#include "workspace/workspace.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = fuzzScratchFile("workspace.json", QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    Workspace w(path);
    if (!w.load().ok())
        return 0;
    if (!w.save().ok())
        std::abort();
    Workspace again(path);
    if (!again.load().ok() || again.connections() != w.connections())
        std::abort();
    return 0;
}
