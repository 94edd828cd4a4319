// A licence server as the operator registers it: what it is, where it listens, whom it serves and what it
// is entitled to hand out. Kept in the workspace; JSON keys are documented in docs/licensing.md.
#pragma once

#include "core/result.h"
#include "model/vgputype.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

enum class LicenceServerKind {
    Dls,   // NVIDIA License System, on-premises delegated service instance
    Cls,   // NVIDIA License System, cloud service instance
    Legacy // the legacy NVIDIA vGPU software licence server (end of life 2023), plain TCP on 7070
};

struct Entitlement
{
    LicenseEdition edition = LicenseEdition::VPC;
    int count = 0;
    QDate expires; // invalid: does not expire (perpetual)
    bool activeOn(const QDate &day) const { return !expires.isValid() || expires >= day; }
    friend bool operator==(const Entitlement &, const Entitlement &) = default;
};

struct LicenceServer
{
    Q_DECLARE_TR_FUNCTIONS(LicenceServer)
public:
    QString name; // unique in the registry; the key
    LicenceServerKind kind = LicenceServerKind::Dls;
    QString address; // host name or IP address
    quint16 port = 443;
    // Whom it serves; all three empty: every guest of the fleet.
    QStringList hosts; // host names as the console shows them
    QStringList pools; // VM name patterns with * and ?: "vdi-pool-a-*"
    QStringList vms;   // VM names or uuids
    QList<Entitlement> entitlements;
    QString caFile;    // PEM file of a CA to pin for the probe; empty: the system's trust store
    bool demo = false; // the demo's invented servers: shown, never probed over the network

    bool servesEverything() const { return hosts.isEmpty() && pools.isEmpty() && vms.isEmpty(); }
    bool serves(const QString &hostName, const QString &vmName, const QString &vmUuid) const;
    // Sum of the entitlements of an edition still valid on `day`.
    int entitled(LicenseEdition edition, const QDate &day) const;
    bool usesTls() const { return kind != LicenceServerKind::Legacy; }

    // Everything an operator must fix before it is saved; an empty list when it is fine.
    QStringList problems() const;

    QJsonObject toJson() const;
    static Result<LicenceServer> fromJson(const QJsonObject &o);

    static QString kindKey(LicenceServerKind k); // "dls", "cls", "legacy"
    static std::optional<LicenceServerKind> kindFromKey(QStringView key);
    static QString kindText(LicenceServerKind k);                         // translated, short
    static quint16 defaultPort(LicenceServerKind k);                      // 443, 443, 7070
    static std::optional<LicenseEdition> editionFromKey(QStringView key); // "vWS" … (not "")
    static QList<LicenseEdition> editions();                              // vApps, vPC, vWS, vCS

    friend bool operator==(const LicenceServer &, const LicenceServer &) = default;
};

Q_DECLARE_METATYPE(LicenceServer)

// The list the workspace keeps: names unique, order as the operator made it.
namespace LicenceServers {
QJsonArray toJson(const QList<LicenceServer> &servers);
Result<QList<LicenceServer>> fromJson(const QJsonValue &value);
const LicenceServer *find(const QList<LicenceServer> &servers, const QString &name);
} // namespace LicenceServers
