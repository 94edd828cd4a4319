#include "inventory.h"

Inventory::Inventory(HostConnectionFactory *factory, QObject *parent) : QObject(parent), m_factory(factory)
{
    qRegisterMetaType<HostSnapshot>();
    qRegisterMetaType<VirtualMachine>();
    qRegisterMetaType<PciDevice>();
    qRegisterMetaType<MediatedDevice>();
    qRegisterMetaType<PciAddress>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<HostConnection::State>();
}

Inventory::~Inventory()
{
    for (Host *h : std::as_const(m_hosts)) {
        if (h->connection) {
            h->connection->disconnect(this);
            delete h->connection;
        }
        delete h;
    }
}

void Inventory::followHosts(QObject *context, Changes kinds,
                            const std::function<void(const QString &)> &onHost)
{
    auto one = [onHost](const QString &id) { onHost(id); };
    auto two = [onHost](const QString &id, const auto &) { onHost(id); };
    if (kinds & Change::State)
        connect(this, &Inventory::hostStateChanged, context, one);
    if (kinds & Change::Snapshot)
        connect(this, &Inventory::hostReset, context, one);
    if (kinds & Change::Agent) {
        connect(this, &Inventory::agentFactsChanged, context, one);
        connect(this, &Inventory::agentStatusChanged, context, one);
    }
    if (kinds & Change::Telemetry)
        connect(this, &Inventory::telemetryChanged, context, one);
    if (kinds & Change::Vm) {
        connect(this, &Inventory::vmChanged, context, two);
        connect(this, &Inventory::vmRemoved, context, two);
    }
    if (kinds & Change::Device) {
        connect(this, &Inventory::pciDeviceChanged, context, two);
        connect(this, &Inventory::pciDeviceRemoved, context, two);
        connect(this, &Inventory::mdevChanged, context, two);
        connect(this, &Inventory::mdevRemoved, context, two);
    }
}

QString Inventory::addHost(const QString &uri, const QString &displayName, bool demo)
{
    if (const QString existing = hostIdForUri(uri); !existing.isEmpty())
        return existing;
    auto *h = new Host;
    h->id = QStringLiteral("h%1").arg(m_nextId++);
    h->uri = uri;
    h->displayName = displayName;
    h->demo = demo;
    m_hosts.insert(h->id, h);
    m_order.append(h->id);
    m_settled.insert(h->id, false);
    bump();
    Q_EMIT hostAdded(h->id);
    h->connection = m_factory->create(uri, this);
    wire(h);
    h->connection->open();
    return h->id;
}

void Inventory::removeHost(const QString &id)
{
    Host *h = find(id);
    if (!h)
        return;
    Q_EMIT hostAboutToBeRemoved(id);
    if (h->connection) {
        h->connection->disconnect(this);
        h->connection->close();
        h->connection->deleteLater();
    }
    if (h->loaded)
        --m_loadedCount;
    m_hosts.remove(id);
    m_order.removeOne(id);
    m_settled.remove(id);
    delete h;
    bump();
    Q_EMIT hostRemoved(id);
    checkAllSettled();
}

void Inventory::refreshHost(const QString &id)
{
    if (Host *h = find(id); h && h->connection)
        h->connection->refresh();
}

void Inventory::setAgentFacts(const QString &id, const AgentFacts &facts)
{
    Host *h = find(id);
    if (!h || h->snapshot.agent == facts)
        return;
    h->snapshot.agent = facts;
    bump();
    Q_EMIT agentFactsChanged(id);
}

void Inventory::setAgentStatus(const QString &id, const AgentStatus &status)
{
    Host *h = find(id);
    if (!h)
        return;
    // Telemetry is not part of a status update: keep the latest sample.
    std::optional<TelemetrySample> telemetry = std::move(h->agent.telemetry);
    h->agent = status;
    h->agent.telemetry = std::move(telemetry);
    bump();
    Q_EMIT agentStatusChanged(id);
}

void Inventory::setTelemetry(const QString &id, const TelemetrySample &sample)
{
    Host *h = find(id);
    if (!h)
        return;
    h->agent.telemetry = sample;
    Q_EMIT telemetryChanged(id);
}

const Inventory::Host *Inventory::host(const QString &id) const
{
    return m_hosts.value(id, nullptr);
}

QString Inventory::hostIdForUri(const QString &uri) const
{
    for (const Host *h : m_hosts)
        if (h->uri == uri)
            return h->id;
    return {};
}

Inventory::Host *Inventory::find(const QString &id)
{
    return m_hosts.value(id, nullptr);
}

void Inventory::checkAllSettled()
{
    if (m_hosts.isEmpty())
        return;
    for (bool settled : std::as_const(m_settled))
        if (!settled)
            return;
    Q_EMIT allHostsLoaded();
    // Report once per batch: further changes do not re-announce.
    for (auto it = m_settled.begin(); it != m_settled.end(); ++it)
        it.value() = true;
}

void Inventory::wire(Host *h)
{
    HostConnection *c = h->connection;
    const QString id = h->id;
    connect(c, &HostConnection::stateChanged, this,
            [this, id](HostConnection::State state, const Error &error, int retry) {
                Host *h = find(id);
                if (!h)
                    return;
                h->state = state;
                h->lastError = error;
                h->retryInSeconds = retry;
                bump();
                Q_EMIT hostStateChanged(id);
                // A host that failed to connect has settled too: the console is not waiting on it any more.
                if (state == HostConnection::State::Lost || state == HostConnection::State::Disconnected) {
                    const bool wasSettled = m_settled.value(id, true);
                    if (!wasSettled) {
                        m_settled[id] = true;
                        checkAllSettled();
                    }
                }
            });
    connect(c, &HostConnection::snapshotLoaded, this, [this, id](const HostSnapshot &s) {
        Host *h = find(id);
        if (!h)
            return;
        const AgentFacts agent = h->snapshot.agent; // the agent's facts outlive a libvirt reload
        h->snapshot = s;
        h->snapshot.agent = agent;
        if (h->displayName.isEmpty())
            h->displayName = s.hostname;
        if (!h->loaded)
            ++m_loadedCount;
        h->loaded = true;
        bump();
        Q_EMIT hostReset(id);
        if (!m_settled.value(id, true)) {
            m_settled[id] = true;
            checkAllSettled();
        }
    });
    connect(c, &HostConnection::vmUpdated, this, [this, id](const VirtualMachine &vm) {
        Host *h = find(id);
        if (!h || !h->loaded)
            return;
        auto it = h->snapshot.vms.find(vm.uuid);
        if (it != h->snapshot.vms.end() && *it == vm)
            return; // libvirt reports some events that change nothing we show
        h->snapshot.vms.insert(vm.uuid, vm);
        bump();
        Q_EMIT vmChanged(id, vm.uuid);
    });
    connect(c, &HostConnection::vmRemoved, this, [this, id](const QString &uuid) {
        Host *h = find(id);
        if (!h || !h->snapshot.vms.remove(uuid))
            return;
        bump();
        Q_EMIT vmRemoved(id, uuid);
    });
    connect(c, &HostConnection::pciDeviceUpdated, this, [this, id](const PciDevice &d) {
        Host *h = find(id);
        if (!h || !h->loaded)
            return;
        auto it = h->snapshot.pciDevices.find(d.address);
        if (it != h->snapshot.pciDevices.end() && *it == d)
            return;
        h->snapshot.pciDevices.insert(d.address, d);
        bump();
        Q_EMIT pciDeviceChanged(id, d.address);
    });
    connect(c, &HostConnection::pciDeviceRemoved, this, [this, id](const PciAddress &a) {
        Host *h = find(id);
        if (!h || !h->snapshot.pciDevices.remove(a))
            return;
        bump();
        Q_EMIT pciDeviceRemoved(id, a);
    });
    connect(c, &HostConnection::mdevUpdated, this, [this, id](const MediatedDevice &m) {
        Host *h = find(id);
        if (!h || !h->loaded)
            return;
        auto it = h->snapshot.mdevs.find(m.uuid);
        if (it != h->snapshot.mdevs.end() && *it == m)
            return;
        h->snapshot.mdevs.insert(m.uuid, m);
        bump();
        Q_EMIT mdevChanged(id, m.uuid);
    });
    connect(c, &HostConnection::mdevRemoved, this, [this, id](const QString &uuid) {
        Host *h = find(id);
        if (!h || !h->snapshot.mdevs.remove(uuid))
            return;
        bump();
        Q_EMIT mdevRemoved(id, uuid);
    });
}
