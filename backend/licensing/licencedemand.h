// Demand against entitlement: every guest holding a vGPU needs one lease of the edition its vGPU series
// asks for; summed per edition across the fleet and per licence server, with the planned vGPUs of a
// scheduler preview as a second series, the guests NVML reports unlicensed or about to lose their lease,
// and the warnings an operator must see. A pure function of its inputs.
#pragma once

#include "agent/nvmlfacts.h"
#include "licenceprobe.h"
#include "licenceserver.h"
#include "model/hostsnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace Sched {
struct PlacementRequest;
struct PlacementResult;
} // namespace Sched

struct LicenceFleetHost
{
    QString id;   // inventory id
    QString name; // as the console shows it; what servers' "hosts" name
    const HostSnapshot *snapshot = nullptr;
    const NvmlFacts *nvml = nullptr; // null or unavailable: licence states unknown
};

// A vGPU the scheduler preview would create (not yet on any host).
struct PlannedVgpu
{
    QString host;
    QString vmName;   // the instance's name ("vdi-pool-b-3"); pools match it
    QString vgpuType; // "A16-2Q"
};

struct LicenceGuest
{
    QString hostId, host, vmUuid, vmName;
    QString vgpuType; // the first vGPU's name, "A16-2Q"
    LicenseEdition edition = LicenseEdition::None;
    bool running = false;
    bool planned = false;                  // from the scheduler preview
    QString server;                        // the server it counts against; empty: none serves it
    std::optional<VgpuLicenseState> state; // from NVML; unknown when the agent does not say
    QDateTime leaseExpiry;                 // UTC; invalid when unknown or permanent
    bool unlicensed() const { return running && state && !isLicensed(*state); }
    bool leaseExpiresWithin(const QDateTime &now, qint64 seconds) const;
};

struct EditionCount
{
    int assigned = 0; // guests holding a vGPU of the edition, running or not
    int running = 0;  // of those, running: what leases are in use for
    int planned = 0;  // the preview's vGPUs on top
    int licensed = 0; // running guests NVML reports licensed
    int entitled = 0; // valid entitlements today
    bool overSubscribed() const { return assigned > entitled; }
    bool overSubscribedWithPreview() const { return assigned + planned > entitled; }
    friend bool operator==(const EditionCount &, const EditionCount &) = default;
};

struct LicenceWarning
{
    enum class Kind {
        OverSubscribed,            // assigned guests exceed the entitlement (fleet or one server)
        OverSubscribedWithPreview, // the preview's vGPUs would exceed it
        EntitlementExpiring,       // within 30 days (or expired)
        CertificateExpiring,       // within 30 days (or expired)
        ServerUnreachable,         // and it serves running guests
        Unserved,                  // running guests that no registered server serves
        Unlicensed,                // a running guest NVML reports unlicensed
        LeaseExpiring,             // a running guest's lease ends within kLeaseSoonSeconds
    };
    Kind kind = Kind::OverSubscribed;
    bool critical = false; // already broken (expired, running beyond the entitlement, unreachable)
    QString server;        // the server concerned; empty: the fleet
    LicenseEdition edition = LicenseEdition::None;
    QString guest;           // VM name for guest warnings
    QString text;            // translated, one line
    QString kindKey() const; // "over-subscribed", "certificate-expiring" …
};

struct LicenceDemand
{
    Q_DECLARE_TR_FUNCTIONS(LicenceDemand)
public:
    static constexpr int kExpiryWarningDays = 30;
    static constexpr qint64 kLeaseSoonSeconds = 3 * 24 * 3600;

    QDateTime computedAt;                                        // UTC
    QMap<LicenseEdition, EditionCount> fleet;                    // every edition of LicenceServer::editions()
    QMap<QString, QMap<LicenseEdition, EditionCount>> perServer; // by server name
    QList<LicenceGuest> guests; // every guest holding (or planned to hold) a vGPU that needs a licence
    QList<LicenceWarning> warnings;

    static LicenceDemand compute(const QList<LicenceFleetHost> &hosts, const QList<LicenceServer> &servers,
                                 const QHash<QString, LicenceProbeResult> &probes,
                                 const QList<PlannedVgpu> &planned = {},
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The vGPUs a preview placed (time-sliced and MIG-backed vGPU types; not whole GPUs or VFs), named as
    // the apply dialog would match idle VMs.
    static QList<PlannedVgpu> plannedFrom(const Sched::PlacementResult &result,
                                          const QList<Sched::PlacementRequest> &requests);
    // The edition a guest with these vGPU types leases: the highest one it needs (vWS over vCS over vPC
    // over vApps); None when none needs a licence.
    static LicenseEdition editionForTypes(const QStringList &vgpuTypes);

    QList<LicenceGuest> unlicensedOrExpiring() const;
    QJsonObject toJson() const; // docs/licensing.md
};
