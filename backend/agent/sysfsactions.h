// The agent's privileged sysfs actions: create/remove a mediated device, bind a function to vfio-pci and
// back, set the SR-IOV VF count, set a VF's NVIDIA vGPU type. Every argument is validated against the
// live tree before anything is written; writes go only to fixed paths composed from validated values,
// and each write's effect is read back.
#pragma once

#include "sysfswriter.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

// Error.code of refusals; a failed write carries errno instead (all below 1000).
namespace SysfsActionError {
enum : int {
    InvalidArgument = 1001, // malformed UUID/address/type id, count out of range, wrong kind of function
    NotFound = 1002,        // no such function, mdev or type
    Unavailable = 1003,     // the type has no available instances
    Busy = 1004,            // in use: mdevs on the function, VFs enabled, a vGPU type already set
    AlreadyExists = 1005,   // an mdev with that UUID exists
    KernelDidNotAct = 1006, // the write succeeded but the state did not change
};
}

struct SysfsActionResult
{
    QString action;  // "createMdev", "removeMdev", "bindVfio", "unbindVfio", "setSriovNumVfs", "setVgpuType"
    QString subject; // the mdev UUID or the PCI address acted on
    QString before;  // createMdev: ""; removeMdev: "<type>@<parent>"; bind/unbind: the driver ("" = none);
    QString after;   //   setSriovNumVfs: the VF count; setVgpuType: the type id ("0" = none)
    bool changed = true; // false: already in the requested state, nothing written
    QStringList writes;  // "<path> <- <value>" in order, for the audit log

    // {"action","subject","before","after","changed","writes":[…]}
    QJsonObject toJson() const;
};

struct SysfsFunction;

class SysfsActions
{
public:
    using Log = std::function<void(const QString &line)>;
    // `root` as for the scanner; `writer` outlives this object; `log` gets one line per step and outcome.
    SysfsActions(QString root, SysfsWriter &writer, Log log = {});

    // Writes uuid to <parent>/mdev_supported_types/<type>/create. The type must be listed live on that
    // parent with available_instances > 0.
    // placementId: on a mixed-size GPU, where the vGPU goes (NVIDIA vGPU 17+: written to the new mdev's
    // nvidia/placement_id before any VM uses it); the mdev is removed again when that fails.
    Result<SysfsActionResult> createMdev(const QString &parent, const QString &typeId, const QString &uuid,
                                         std::optional<int> placementId = std::nullopt);
    // Writes 1 to /sys/bus/mdev/devices/<uuid>/remove.
    Result<SysfsActionResult> removeMdev(const QString &uuid);
    // driver_override <- vfio-pci, driver/unbind <- address, /sys/bus/pci/drivers_probe <- address.
    // Refused for bridges, and while the function has mdevs or enabled VFs. On failure the override is
    // cleared and the old driver probed again.
    Result<SysfsActionResult> bindVfio(const QString &address);
    // driver_override cleared, driver/unbind, drivers_probe: the host driver (if any) takes it back.
    Result<SysfsActionResult> unbindVfio(const QString &address);
    // sriov_numvfs <- count, after 0 when a different non-zero count is enabled (the kernel requires it).
    // Refused while a VF holds an mdev or is bound to vfio-pci.
    Result<SysfsActionResult> setSriovNumVfs(const QString &address, int count);
    // nvidia/current_vgpu_type <- typeId on a VF of the vendor-specific VFIO framework; 0 clears it. The
    // type must be in the VF's live nvidia/creatable_vgpu_types.
    Result<SysfsActionResult> setVgpuType(const QString &address, int typeId);

private:
    Status write(SysfsActionResult &r, const QString &path, const QByteArray &value, const QString &failure);
    Status place(SysfsActionResult &r, int placementId);
    void log(const QString &line) const;
    Result<SysfsActionResult> finish(Result<SysfsActionResult> r) const;
    // The function at a PCI address as the tree has it now, or why the argument is refused.
    Result<SysfsFunction> liveFunction(const QString &text) const;

    QString m_root;
    SysfsWriter &m_writer;
    Log m_log;
};
