#include "licenceserver.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {
QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

std::optional<QStringList> stringList(const QJsonObject &o, const char *key, QString *problem)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return QStringList{};
    if (!v.isArray()) {
        *problem = QStringLiteral("\"%1\" is not a list").arg(QLatin1String(key));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            *problem = QStringLiteral("\"%1\" holds something other than text").arg(QLatin1String(key));
            return std::nullopt;
        }
        out.append(e.toString());
    }
    return out;
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern.compare(text, Qt::CaseInsensitive) == 0;
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}
} // namespace

bool LicenceServer::serves(const QString &hostName, const QString &vmName, const QString &vmUuid) const
{
    if (servesEverything())
        return true;
    for (const QString &h : hosts)
        if (h.compare(hostName, Qt::CaseInsensitive) == 0)
            return true;
    for (const QString &p : pools)
        if (wildcardMatch(p, vmName))
            return true;
    for (const QString &v : vms)
        if (v == vmName || v.compare(vmUuid, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

int LicenceServer::entitled(LicenseEdition edition, const QDate &day) const
{
    int n = 0;
    for (const Entitlement &e : entitlements)
        if (e.edition == edition && e.activeOn(day))
            n += e.count;
    return n;
}

QStringList LicenceServer::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out.append(tr("The server needs a name."));
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*\\.?$"));
    if (address.trimmed().isEmpty())
        out.append(tr("The server needs an address."));
    else if (QHostAddress(address).isNull() && !hostName.match(address).hasMatch())
        out.append(tr("\"%1\" is neither a host name nor an IP address.").arg(address));
    if (port == 0)
        out.append(tr("The port must be between 1 and 65535."));
    for (const Entitlement &e : entitlements)
        if (e.count < 0)
            out.append(tr("An entitlement count cannot be negative."));
    return out;
}

QString LicenceServer::kindKey(LicenceServerKind k)
{
    switch (k) {
    case LicenceServerKind::Dls:
        return QStringLiteral("dls");
    case LicenceServerKind::Cls:
        return QStringLiteral("cls");
    case LicenceServerKind::Legacy:
        return QStringLiteral("legacy");
    }
    return {};
}

std::optional<LicenceServerKind> LicenceServer::kindFromKey(QStringView key)
{
    for (LicenceServerKind k : {LicenceServerKind::Dls, LicenceServerKind::Cls, LicenceServerKind::Legacy})
        if (key == kindKey(k))
            return k;
    return std::nullopt;
}

QString LicenceServer::kindText(LicenceServerKind k)
{
    switch (k) {
    case LicenceServerKind::Dls:
        return tr("DLS instance", "@label NVIDIA License System on premises");
    case LicenceServerKind::Cls:
        return tr("CLS instance", "@label NVIDIA License System in the cloud");
    case LicenceServerKind::Legacy:
        return tr("Legacy licence server");
    }
    return {};
}

quint16 LicenceServer::defaultPort(LicenceServerKind k)
{
    return k == LicenceServerKind::Legacy ? 7070 : 443;
}

QList<LicenseEdition> LicenceServer::editions()
{
    return {LicenseEdition::VApps, LicenseEdition::VPC, LicenseEdition::VWS, LicenseEdition::VCS};
}

std::optional<LicenseEdition> LicenceServer::editionFromKey(QStringView key)
{
    for (LicenseEdition e : editions())
        if (key.compare(VgpuTypeName::editionKey(e), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

QJsonObject LicenceServer::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("port"), int(port)}};
    if (!hosts.isEmpty())
        o.insert(QStringLiteral("hosts"), strings(hosts));
    if (!pools.isEmpty())
        o.insert(QStringLiteral("pools"), strings(pools));
    if (!vms.isEmpty())
        o.insert(QStringLiteral("vms"), strings(vms));
    QJsonArray ents;
    for (const Entitlement &e : entitlements) {
        QJsonObject eo{{QStringLiteral("edition"), VgpuTypeName::editionKey(e.edition)},
                       {QStringLiteral("count"), e.count}};
        if (e.expires.isValid())
            eo.insert(QStringLiteral("expires"), e.expires.toString(Qt::ISODate));
        ents.append(eo);
    }
    o.insert(QStringLiteral("entitlements"), ents);
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), caFile);
    if (demo)
        o.insert(QStringLiteral("demo"), true);
    return o;
}

Result<LicenceServer> LicenceServer::fromJson(const QJsonObject &o)
{
    LicenceServer s;
    s.name = o.value(QStringLiteral("name")).toString().trimmed();
    const auto fail = [&](const QString &problem) {
        return Error{tr("The licence server \"%1\" cannot be read").arg(s.name), problem};
    };
    if (s.name.isEmpty())
        return fail(QStringLiteral("no \"name\""));
    const auto kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(QStringLiteral("unknown \"kind\" %1").arg(o.value(QStringLiteral("kind")).toString()));
    s.kind = *kind;
    s.address = o.value(QStringLiteral("address")).toString().trimmed();
    const int port = o.value(QStringLiteral("port")).toInt(defaultPort(s.kind));
    if (port < 1 || port > 65535)
        return fail(QStringLiteral("\"port\" %1 is out of range").arg(port));
    s.port = quint16(port);
    QString problem;
    const auto hosts = stringList(o, "hosts", &problem), pools = stringList(o, "pools", &problem),
               vms = stringList(o, "vms", &problem);
    if (!hosts || !pools || !vms)
        return fail(problem);
    s.hosts = *hosts;
    s.pools = *pools;
    s.vms = *vms;
    const QJsonValue ents = o.value(QStringLiteral("entitlements"));
    if (!ents.isUndefined() && !ents.isArray())
        return fail(QStringLiteral("\"entitlements\" is not a list"));
    for (const QJsonValue &v : ents.toArray()) {
        const QJsonObject eo = v.toObject();
        Entitlement e;
        const auto edition = editionFromKey(eo.value(QStringLiteral("edition")).toString());
        if (!edition)
            return fail(QStringLiteral("an entitlement of unknown edition \"%1\"")
                            .arg(eo.value(QStringLiteral("edition")).toString()));
        e.edition = *edition;
        if (!eo.value(QStringLiteral("count")).isDouble() || eo.value(QStringLiteral("count")).toInt(-1) < 0)
            return fail(QStringLiteral("an entitlement without a count of 0 or more"));
        e.count = eo.value(QStringLiteral("count")).toInt();
        const QString expires = eo.value(QStringLiteral("expires")).toString();
        if (!expires.isEmpty()) {
            e.expires = QDate::fromString(expires, Qt::ISODate);
            if (!e.expires.isValid())
                return fail(QStringLiteral("\"expires\" %1 is not a date (YYYY-MM-DD)").arg(expires));
        }
        s.entitlements.append(e);
    }
    s.caFile = o.value(QStringLiteral("caFile")).toString();
    s.demo = o.value(QStringLiteral("demo")).toBool();
    return s;
}

QJsonArray LicenceServers::toJson(const QList<LicenceServer> &servers)
{
    QJsonArray a;
    for (const LicenceServer &s : servers)
        a.append(s.toJson());
    return a;
}

Result<QList<LicenceServer>> LicenceServers::fromJson(const QJsonValue &value)
{
    if (!value.isArray())
        return Error{LicenceServer::tr("The licence servers cannot be read"),
                     QStringLiteral("\"licenceServers\" is not a list")};
    QList<LicenceServer> out;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isObject())
            return Error{LicenceServer::tr("The licence servers cannot be read"),
                         QStringLiteral("an entry is not an object")};
        Result<LicenceServer> s = LicenceServer::fromJson(v.toObject());
        if (!s)
            return s.error();
        if (find(out, s->name))
            return Error{LicenceServer::tr("The licence servers cannot be read"),
                         QStringLiteral("the name \"%1\" appears twice").arg(s->name)};
        out.append(s.value());
    }
    return out;
}

const LicenceServer *LicenceServers::find(const QList<LicenceServer> &servers, const QString &name)
{
    for (const LicenceServer &s : servers)
        if (s.name == name)
            return &s;
    return nullptr;
}
