#include "licencecontroller.h"

#include "assign/auditlog.h"
#include "inventory/inventory.h"
#include "licenceaudit.h"
#include "workspace/workspace.h"

#include <QTimer>

LicenceController::LicenceController(Inventory *inventory, Workspace *workspace,
                                     std::shared_ptr<AuditLog> audit, const QString &operatorIdentity,
                                     const Options &options, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_workspace(workspace), m_audit(std::move(audit)),
      m_operator(operatorIdentity), m_options(options), m_monitor(new LicenceMonitor(options.monitor, this)),
      m_history(options.historyCapacity), m_recompute(new QTimer(this)), m_sample(new QTimer(this))
{
    if (m_workspace)
        m_servers = m_workspace->licenceServers();
    m_recompute->setSingleShot(true);
    m_recompute->setInterval(m_options.recomputeDelayMs);
    connect(m_recompute, &QTimer::timeout, this, &LicenceController::recomputeNow);
    m_sample->setInterval(m_options.sampleIntervalMs);
    connect(m_sample, &QTimer::timeout, this, [this] { sampleNow(); });
    m_sample->start();
    connect(m_monitor, &LicenceMonitor::resultChanged, this, [this](const QString &name) {
        Q_EMIT probeChanged(name);
        scheduleRecompute();
    });
    m_inventory->followHosts(this,
                             Inventory::Change::Snapshot | Inventory::Change::Vm | Inventory::Change::Device |
                                 Inventory::Change::Agent,
                             [this](const QString &) { scheduleRecompute(); });
    connect(m_inventory, &Inventory::hostRemoved, this, &LicenceController::scheduleRecompute);
    // The first figures worth charting are those of a fully loaded cluster.
    connect(m_inventory, &Inventory::allHostsLoaded, this, [this] {
        recomputeNow();
        sampleNow();
    });
    m_monitor->setServers(m_servers);
    recomputeNow(); // no sample yet: the hosts are still loading, and a zero would read as a drop
}

LicenceController::~LicenceController() = default;

QString LicenceController::validate(const LicenceServer &server, const QString &replacing) const
{
    const QStringList problems = server.problems();
    if (!problems.isEmpty())
        return problems.join(u' ');
    if (server.name != replacing && LicenceServers::find(m_servers, server.name))
        return LicenceServer::tr("A licence server named %1 exists already.").arg(server.name);
    return {};
}

Status LicenceController::addServer(const LicenceServer &server)
{
    if (const QString why = validate(server, {}); !why.isEmpty())
        return Error{LicenceServer::tr("The licence server was not added"), why};
    QList<LicenceServer> next = m_servers;
    next.append(server);
    return commit(next, std::nullopt, server);
}

Status LicenceController::editServer(const QString &name, const LicenceServer &server)
{
    const LicenceServer *old = LicenceServers::find(m_servers, name);
    if (!old)
        return Error{LicenceServer::tr("There is no licence server named %1").arg(name), {}};
    if (const QString why = validate(server, name); !why.isEmpty())
        return Error{LicenceServer::tr("The licence server was not changed"), why};
    const LicenceServer before = *old;
    LicenceServer after = server;
    after.demo = before.demo;
    QList<LicenceServer> next = m_servers;
    next[next.indexOf(before)] = after;
    return commit(next, before, after);
}

Status LicenceController::removeServer(const QString &name)
{
    const LicenceServer *old = LicenceServers::find(m_servers, name);
    if (!old)
        return Error{LicenceServer::tr("There is no licence server named %1").arg(name), {}};
    const LicenceServer before = *old;
    QList<LicenceServer> next = m_servers;
    next.removeAll(before);
    return commit(next, before, std::nullopt);
}

Status LicenceController::commit(const QList<LicenceServer> &next, const std::optional<LicenceServer> &before,
                                 const std::optional<LicenceServer> &after)
{
    const bool demo = (before && before->demo) || (after && after->demo);
    if (m_workspace && !demo) {
        QList<LicenceServer> saved;
        for (const LicenceServer &s : next)
            if (!s.demo)
                saved.append(s);
        const QList<LicenceServer> previous = m_workspace->licenceServers();
        m_workspace->setLicenceServers(saved);
        if (Status s = m_workspace->save(); !s) {
            m_workspace->setLicenceServers(previous);
            return s;
        }
    }
    m_servers = next;
    m_monitor->setServers(m_servers);
    Q_EMIT serversChanged();
    scheduleRecompute();
    if (m_audit && !demo)
        if (Status s = LicenceAudit::recordChange(*m_audit, before, after, m_operator); !s)
            return Error{LicenceServer::tr("The change was saved but the audit log could not be written"),
                         s.error().toString(), s.error().code};
    return Done{};
}

void LicenceController::addDemoServers(const QList<LicenceServer> &servers)
{
    for (LicenceServer s : servers) {
        if (LicenceServers::find(m_servers, s.name))
            continue;
        s.demo = true;
        m_servers.append(s);
    }
    m_monitor->setServers(m_servers);
    Q_EMIT serversChanged();
    scheduleRecompute();
}

void LicenceController::setPlanned(const QList<PlannedVgpu> &planned)
{
    m_planned = planned;
    recomputeNow();
}

void LicenceController::scheduleRecompute()
{
    if (!m_recompute->isActive())
        m_recompute->start();
}

void LicenceController::recomputeNow()
{
    m_recompute->stop();
    QList<LicenceFleetHost> fleet;
    for (const QString &id : m_inventory->hostIds()) {
        const Inventory::Host *h = m_inventory->host(id);
        if (!h || !h->loaded)
            continue;
        fleet.append({id, h->displayName, &h->snapshot, h->agent.factsLoaded ? &h->agent.nvml : nullptr});
    }
    m_demand = LicenceDemand::compute(fleet, m_servers, m_monitor->results(), m_planned);
    Q_EMIT demandChanged();
}

void LicenceController::sampleNow(const QDateTime &time)
{
    LicenceDemand d = m_demand;
    if (time.isValid())
        d.computedAt = time.toUTC();
    m_history.add(d);
    Q_EMIT historyChanged();
}
