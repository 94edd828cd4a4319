// Readiness checks of a host for passthrough and vGPU, computed by the agent from its sysfs facts. A check
// carries a stable id, its subject and arguments, never text: the console renders the text in its own
// language (readinesstext.h).
#pragma once

#include "sysfsfacts.h"

#include <QJsonObject>
#include <QVariantMap>

enum class ReadinessSeverity { Ok, Info, Warning, Error };

struct ReadinessCheck
{
    QString id;         // "iommu.enabled", "gpu.bootVga" … (see readiness.cpp for each id's arguments)
    PciAddress subject; // the function checked; invalid for a host-wide check
    ReadinessSeverity severity = ReadinessSeverity::Ok;
    QVariantMap arguments; // strings, numbers, booleans, string lists, lists of maps; JSON-safe

    bool isHostCheck() const { return !subject.isValid(); }
    friend bool operator==(const ReadinessCheck &, const ReadinessCheck &) = default;
};

struct ReadinessReport
{
    QList<ReadinessCheck> checks; // host checks first, then per device in address order
    QDateTime checkedAt;          // when the facts were scanned

    ReadinessSeverity worst() const;
    const ReadinessCheck *find(QStringView id, const PciAddress &subject = {}) const;
    friend bool operator==(const ReadinessReport &, const ReadinessReport &) = default;
};

ReadinessReport checkReadiness(const SysfsFacts &facts);

// Helpers the checks and their text share.
namespace Readiness {
// NVIDIA boards that can host vGPU: data-centre (3D controller class) boards, and any NVIDIA GPU that
// shows mdev types, the vGPU files or SR-IOV. A workstation/GeForce VGA-class board without those is not.
bool isNvidiaVgpuCapable(const SysfsFacts &facts, const SysfsFunction &gpu);
// The drivers a GPU of this vendor is expected to have: its vendor's, vfio-pci or pci-stub.
QStringList expectedDrivers(quint16 vendorId);
// "intel_iommu=on" or "amd_iommu=on" for the platform's CPU vendor.
QString iommuParameter(const PlatformFacts &p);
} // namespace Readiness

namespace ReadinessJson {
QString severityKey(ReadinessSeverity s); // "ok", "info", "warning", "error"
std::optional<ReadinessSeverity> severityFromKey(QStringView key);
// {"checks":[{"id","subject":"host"|"0000:41:00.0","severity","arguments":{…}}],"worst","checkedAt"}
QJsonObject toJson(const ReadinessReport &r);
// Tolerant like the facts: unknown ids and keys are kept or ignored, wrong types give an Error.
Result<ReadinessReport> fromJson(const QJsonObject &o);
} // namespace ReadinessJson

Q_DECLARE_METATYPE(ReadinessReport)
