// Reads an inventory dump (`gpuvirtctl inventory --format json`, docs/inventory-json.md) back into host
// snapshots, so a placement can be previewed on a cluster captured elsewhere, offline.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

#include <QByteArray>
#include <QList>

namespace InventoryJson {

// The snapshots hold what the dump says: each GPU with its slot's other functions, VFs, mdev types and
// mdevs, the IOMMU groups, the VMs and what they hold, boot VGA when an agent reported it. Host CPU and
// memory are not in the dump (0: unknown). Hosts that were not connected when dumped are left out.
Result<QList<HostSnapshot>> readSnapshots(const QByteArray &json, const QString &fileName);
Result<QList<HostSnapshot>> readSnapshotsFile(const QString &path);

} // namespace InventoryJson
