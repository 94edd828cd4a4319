// libFuzzer target: inventory snapshot JSON (docs/inventory-json.md) as gpuvirtctl and the demo read it.
#include "inventory/inventoryjsonreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)InventoryJson::readSnapshots(bytes, QStringLiteral("inventory.json"));
    return 0;
}
