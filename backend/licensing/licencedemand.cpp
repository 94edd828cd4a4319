#include "licencedemand.h"

#include "model/labels.h"
#include "scheduler/placement.h"

#include <QJsonArray>

namespace {
int rank(LicenseEdition e)
{
    switch (e) {
    case LicenseEdition::VWS:
        return 4;
    case LicenseEdition::VCS:
        return 3;
    case LicenseEdition::VPC:
        return 2;
    case LicenseEdition::VApps:
        return 1;
    case LicenseEdition::None:
        break;
    }
    return 0;
}

QString typeNameOf(const HostSnapshot &s, const MediatedDevice &m)
{
    const auto parent = s.pciDevices.constFind(m.parent);
    if (parent != s.pciDevices.cend())
        for (const MdevType &t : parent->mdevTypes)
            if (t.id == m.typeId)
                return t.vgpu ? t.vgpu->canonicalName() : t.name;
    // SR-IOV vGPU boards list the types on the VF; be lenient about where.
    for (const PciDevice &d : s.pciDevices)
        for (const MdevType &t : d.mdevTypes)
            if (t.id == m.typeId)
                return t.vgpu ? t.vgpu->canonicalName() : t.name;
    return {};
}

bool isRunning(VmState s)
{
    return s == VmState::Running || s == VmState::Blocked || s == VmState::Paused;
}

// The first server in registry order that names the guest's host, pool or VM; else the first that
// serves everyone.
const LicenceServer *serverFor(const QList<LicenceServer> &servers, const QString &host, const QString &vm,
                               const QString &uuid)
{
    for (const LicenceServer &s : servers)
        if (!s.servesEverything() && s.serves(host, vm, uuid))
            return &s;
    for (const LicenceServer &s : servers)
        if (s.servesEverything())
            return &s;
    return nullptr;
}

QString editionName(LicenseEdition e)
{
    return Labels::editionText(e);
}
} // namespace

bool LicenceGuest::leaseExpiresWithin(const QDateTime &now, qint64 seconds) const
{
    return running && leaseExpiry.isValid() && now.secsTo(leaseExpiry) <= seconds;
}

QString LicenceWarning::kindKey() const
{
    switch (kind) {
    case Kind::OverSubscribed:
        return QStringLiteral("over-subscribed");
    case Kind::OverSubscribedWithPreview:
        return QStringLiteral("over-subscribed-with-preview");
    case Kind::EntitlementExpiring:
        return QStringLiteral("entitlement-expiring");
    case Kind::CertificateExpiring:
        return QStringLiteral("certificate-expiring");
    case Kind::ServerUnreachable:
        return QStringLiteral("server-unreachable");
    case Kind::Unserved:
        return QStringLiteral("unserved");
    case Kind::Unlicensed:
        return QStringLiteral("unlicensed");
    case Kind::LeaseExpiring:
        return QStringLiteral("lease-expiring");
    }
    return {};
}

LicenseEdition LicenceDemand::editionForTypes(const QStringList &vgpuTypes)
{
    LicenseEdition best = LicenseEdition::None;
    for (const QString &t : vgpuTypes)
        if (const auto name = VgpuTypeName::parse(t); name && rank(name->edition()) > rank(best))
            best = name->edition();
    return best;
}

QList<PlannedVgpu> LicenceDemand::plannedFrom(const Sched::PlacementResult &result,
                                              const QList<Sched::PlacementRequest> &requests)
{
    QList<PlannedVgpu> out;
    for (const Sched::PlacedItem &item : result.items) {
        if (!item.placed)
            continue;
        const auto req =
            std::find_if(requests.cbegin(), requests.cend(),
                         [&](const Sched::PlacementRequest &r) { return r.name == item.request; });
        if (req == requests.cend() || req->kind != Sched::PlacementRequest::Kind::VgpuType)
            continue;
        const QString vm =
            req->count <= 1 ? req->name : QStringLiteral("%1-%2").arg(req->name).arg(item.instance + 1);
        out.append({item.host, vm, req->vgpuType});
    }
    return out;
}

LicenceDemand LicenceDemand::compute(const QList<LicenceFleetHost> &hosts,
                                     const QList<LicenceServer> &servers,
                                     const QHash<QString, LicenceProbeResult> &probes,
                                     const QList<PlannedVgpu> &planned, const QDateTime &now)
{
    LicenceDemand d;
    d.computedAt = now.toUTC();
    const QDate today = now.toUTC().date();
    for (LicenseEdition e : LicenceServer::editions())
        d.fleet[e] = {};
    for (const LicenceServer &s : servers)
        for (LicenseEdition e : LicenceServer::editions()) {
            d.perServer[s.name][e].entitled = s.entitled(e, today);
            d.fleet[e].entitled += s.entitled(e, today);
        }

    // Guests with assigned vGPUs, and what NVML says about their licence.
    for (const LicenceFleetHost &h : hosts) {
        if (!h.snapshot)
            continue;
        QHash<QString, NvmlLicense> byMdev, byVm;
        if (h.nvml && h.nvml->available)
            for (const NvmlGpu &g : h.nvml->gpus)
                for (const NvmlVgpu &v : g.vgpus)
                    if (v.license) {
                        if (!v.mdevUuid.isEmpty())
                            byMdev.insert(v.mdevUuid.toLower(), *v.license);
                        if (!v.vmId.isEmpty())
                            byVm.insert(v.vmId.toLower(), *v.license);
                    }
        for (const VirtualMachine &vm : h.snapshot->vms) {
            QStringList types;
            std::optional<NvmlLicense> licence;
            for (const Hostdev &hd : vm.hostdevs) {
                if (hd.kind != Hostdev::Kind::Mdev)
                    continue;
                const auto m = h.snapshot->mdevs.constFind(hd.uuid.toLower());
                if (m == h.snapshot->mdevs.cend())
                    continue;
                types.append(typeNameOf(*h.snapshot, *m));
                if (!licence && byMdev.contains(m->uuid))
                    licence = byMdev.value(m->uuid);
            }
            const LicenseEdition edition = editionForTypes(types);
            if (edition == LicenseEdition::None)
                continue;
            if (!licence && byVm.contains(vm.uuid))
                licence = byVm.value(vm.uuid);
            LicenceGuest g;
            g.hostId = h.id;
            g.host = h.name;
            g.vmUuid = vm.uuid;
            g.vmName = vm.name;
            g.vgpuType = types.value(0);
            g.edition = edition;
            g.running = isRunning(vm.state);
            if (const LicenceServer *s = serverFor(servers, h.name, vm.name, vm.uuid))
                g.server = s->name;
            if (licence && g.running) {
                g.state = licence->state;
                if (licence->expiryStatus == u"valid")
                    g.leaseExpiry = licence->expiry;
            }
            d.guests.append(g);
        }
    }
    for (const PlannedVgpu &p : planned) {
        LicenceGuest g;
        g.host = p.host;
        g.vmName = p.vmName;
        g.vgpuType = p.vgpuType;
        g.edition = editionForTypes({p.vgpuType});
        g.planned = true;
        if (g.edition == LicenseEdition::None)
            continue;
        if (const LicenceServer *s = serverFor(servers, p.host, p.vmName, {}))
            g.server = s->name;
        d.guests.append(g);
    }

    int unservedRunning = 0;
    for (const LicenceGuest &g : std::as_const(d.guests)) {
        EditionCount &f = d.fleet[g.edition];
        EditionCount *s = g.server.isEmpty() ? nullptr : &d.perServer[g.server][g.edition];
        for (EditionCount *c : {&f, s}) {
            if (!c)
                continue;
            if (g.planned) {
                ++c->planned;
                continue;
            }
            ++c->assigned;
            if (g.running)
                ++c->running;
            if (g.running && g.state && isLicensed(*g.state))
                ++c->licensed;
        }
        if (!g.planned && g.running && g.server.isEmpty())
            ++unservedRunning;
    }

    // Warnings, most urgent kinds first.
    auto warn = [&](LicenceWarning::Kind kind, bool critical, const QString &server, LicenseEdition e,
                    const QString &guest, const QString &text) {
        d.warnings.append({kind, critical, server, e, guest, text});
    };
    for (const LicenceServer &s : servers) {
        const LicenceProbeResult p = probes.value(s.name);
        int runningServed = 0;
        for (LicenseEdition e : LicenceServer::editions())
            runningServed += d.perServer[s.name][e].running;
        const bool probedDown = p.state != LicenceProbeResult::State::NotProbed &&
                                p.state != LicenceProbeResult::State::Demo && !p.reachable();
        if (probedDown && runningServed > 0)
            warn(LicenceWarning::Kind::ServerUnreachable, true, s.name, LicenseEdition::None, {},
                 tr("%1 is unreachable (%2) and serves %n running guest(s)", nullptr, runningServed)
                     .arg(s.name, p.stateText()));
        if (p.certificate && p.certificate->notAfter.isValid()) {
            const qint64 days = now.secsTo(p.certificate->notAfter) / 86400;
            if (p.certificate->notAfter <= now)
                warn(LicenceWarning::Kind::CertificateExpiring, true, s.name, LicenseEdition::None, {},
                     tr("The certificate of %1 expired on %2")
                         .arg(s.name, p.certificate->notAfter.date().toString(Qt::ISODate)));
            else if (days < kExpiryWarningDays)
                warn(LicenceWarning::Kind::CertificateExpiring, false, s.name, LicenseEdition::None, {},
                     tr("The certificate of %1 expires on %2, in %n day(s)", nullptr, int(days))
                         .arg(s.name, p.certificate->notAfter.date().toString(Qt::ISODate)));
        }
        for (const Entitlement &e : s.entitlements) {
            if (!e.expires.isValid())
                continue;
            const qint64 days = today.daysTo(e.expires);
            if (days < 0)
                warn(LicenceWarning::Kind::EntitlementExpiring, true, s.name, e.edition, {},
                     tr("%n %1 licence(s) on %2 expired on %3", nullptr, e.count)
                         .arg(editionName(e.edition), s.name, e.expires.toString(Qt::ISODate)));
            else if (days <= kExpiryWarningDays)
                warn(LicenceWarning::Kind::EntitlementExpiring, false, s.name, e.edition, {},
                     tr("%n %1 licence(s) on %2 expire on %3", nullptr, e.count)
                         .arg(editionName(e.edition), s.name, e.expires.toString(Qt::ISODate)));
        }
        for (LicenseEdition e : LicenceServer::editions()) {
            const EditionCount &c = d.perServer[s.name][e];
            if (c.overSubscribed())
                warn(LicenceWarning::Kind::OverSubscribed, c.running > c.entitled, s.name, e, {},
                     tr("%1 on %2: %3 guests assigned, %n entitled", nullptr, c.entitled)
                         .arg(editionName(e), s.name)
                         .arg(c.assigned));
            else if (c.overSubscribedWithPreview())
                warn(LicenceWarning::Kind::OverSubscribedWithPreview, false, s.name, e, {},
                     tr("%1 on %2: the preview would need %3, %n entitled", nullptr, c.entitled)
                         .arg(editionName(e), s.name)
                         .arg(c.assigned + c.planned));
        }
    }
    for (LicenseEdition e : LicenceServer::editions()) {
        const EditionCount &c = d.fleet[e];
        if (c.overSubscribed())
            warn(LicenceWarning::Kind::OverSubscribed, c.running > c.entitled, {}, e, {},
                 tr("%1 across the fleet: %2 guests assigned, %n entitled", nullptr, c.entitled)
                     .arg(editionName(e))
                     .arg(c.assigned));
    }
    if (unservedRunning > 0)
        warn(LicenceWarning::Kind::Unserved, true, {}, LicenseEdition::None, {},
             tr("%n running guest(s) with a vGPU are served by no registered licence server", nullptr,
                unservedRunning));
    for (const LicenceGuest &g : std::as_const(d.guests)) {
        if (g.unlicensed())
            warn(LicenceWarning::Kind::Unlicensed, true, g.server, g.edition, g.vmName,
                 *g.state == VgpuLicenseState::Unlicensed
                     ? tr("%1 on %2 runs unlicensed; its vGPU will be restricted").arg(g.vmName, g.host)
                     : tr("%1 on %2 runs unlicensed (%3); its vGPU will be restricted")
                           .arg(g.vmName, g.host, licenseStateKey(*g.state)));
        else if (g.leaseExpiresWithin(now, kLeaseSoonSeconds))
            warn(LicenceWarning::Kind::LeaseExpiring, false, g.server, g.edition, g.vmName,
                 tr("The %1 lease of %2 on %3 ends %4")
                     .arg(editionName(g.edition), g.vmName, g.host,
                          g.leaseExpiry.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
    std::stable_sort(
        d.warnings.begin(), d.warnings.end(),
        [](const LicenceWarning &a, const LicenceWarning &b) { return a.critical && !b.critical; });
    return d;
}

QList<LicenceGuest> LicenceDemand::unlicensedOrExpiring() const
{
    QList<LicenceGuest> out;
    for (const LicenceGuest &g : guests)
        if (g.unlicensed() || g.leaseExpiresWithin(computedAt, kLeaseSoonSeconds))
            out.append(g);
    return out;
}

namespace {
QJsonObject countJson(const EditionCount &c)
{
    return {{QStringLiteral("assigned"), c.assigned},
            {QStringLiteral("running"), c.running},
            {QStringLiteral("planned"), c.planned},
            {QStringLiteral("licensed"), c.licensed},
            {QStringLiteral("entitled"), c.entitled},
            {QStringLiteral("overSubscribed"), c.overSubscribed()},
            {QStringLiteral("overSubscribedWithPreview"), c.overSubscribedWithPreview()}};
}

QJsonObject editionsJson(const QMap<LicenseEdition, EditionCount> &m)
{
    QJsonObject o;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        o.insert(VgpuTypeName::editionKey(it.key()), countJson(it.value()));
    return o;
}
} // namespace

QJsonObject LicenceDemand::toJson() const
{
    QJsonObject servers;
    for (auto it = perServer.cbegin(); it != perServer.cend(); ++it)
        servers.insert(it.key(), editionsJson(it.value()));
    QJsonArray guestArray;
    for (const LicenceGuest &g : guests) {
        QJsonObject o{{QStringLiteral("host"), g.host},
                      {QStringLiteral("vm"), g.vmName},
                      {QStringLiteral("vgpuType"), g.vgpuType},
                      {QStringLiteral("edition"), VgpuTypeName::editionKey(g.edition)},
                      {QStringLiteral("running"), g.running},
                      {QStringLiteral("planned"), g.planned},
                      {QStringLiteral("server"), g.server.isEmpty() ? QJsonValue() : QJsonValue(g.server)}};
        if (!g.vmUuid.isEmpty())
            o.insert(QStringLiteral("uuid"), g.vmUuid);
        if (g.state)
            o.insert(QStringLiteral("licenseState"), licenseStateKey(*g.state));
        if (g.leaseExpiry.isValid())
            o.insert(QStringLiteral("leaseExpiry"), g.leaseExpiry.toUTC().toString(Qt::ISODate));
        guestArray.append(o);
    }
    QJsonArray warningArray;
    for (const LicenceWarning &w : warnings) {
        QJsonObject o{{QStringLiteral("kind"), w.kindKey()},
                      {QStringLiteral("critical"), w.critical},
                      {QStringLiteral("text"), w.text}};
        if (!w.server.isEmpty())
            o.insert(QStringLiteral("server"), w.server);
        if (w.edition != LicenseEdition::None)
            o.insert(QStringLiteral("edition"), VgpuTypeName::editionKey(w.edition));
        if (!w.guest.isEmpty())
            o.insert(QStringLiteral("guest"), w.guest);
        warningArray.append(o);
    }
    return {{QStringLiteral("computedAt"), computedAt.toString(Qt::ISODate)},
            {QStringLiteral("fleet"), editionsJson(fleet)},
            {QStringLiteral("servers"), servers},
            {QStringLiteral("guests"), guestArray},
            {QStringLiteral("warnings"), warningArray}};
}
