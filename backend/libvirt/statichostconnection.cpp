#include "statichostconnection.h"

#include "statichostoperations.h"

#include <QCoreApplication>
#include <QTimer>

StaticHostConnection::StaticHostConnection(const QString &uri, const HostSnapshot &snapshot, QObject *parent)
    : HostConnection(parent), m_uri(uri), m_snapshot(snapshot)
{
}

void StaticHostConnection::open()
{
    // Asynchronous like a real connection: results arrive from the event loop, never inside open().
    QTimer::singleShot(0, this, [this] {
        if (!m_failure.isNull()) {
            Q_EMIT stateChanged(State::Connecting, {}, 0);
            Q_EMIT stateChanged(State::Lost, m_failure, 0);
            return;
        }
        m_open = true;
        Q_EMIT stateChanged(State::Connecting, {}, 0);
        Q_EMIT stateChanged(State::Connected, {}, 0);
        Q_EMIT snapshotLoaded(m_snapshot);
    });
}

void StaticHostConnection::close()
{
    m_open = false;
    Q_EMIT stateChanged(State::Disconnected, {}, 0);
}

void StaticHostConnection::refresh()
{
    QTimer::singleShot(0, this, [this] { Q_EMIT snapshotLoaded(m_snapshot); });
}

void StaticHostConnection::runJob(std::function<void(PlanTarget *)> job)
{
    QTimer::singleShot(0, this, [this, job = std::move(job)] { job(m_open ? &operations() : nullptr); });
}

StaticHostOperations &StaticHostConnection::operations()
{
    if (!m_operations)
        m_operations = std::make_shared<StaticHostOperations>(this);
    return *m_operations;
}

std::shared_ptr<AgentActions> StaticHostConnection::agentActions()
{
    operations();
    return m_operations;
}

void StaticHostConnection::setVm(const VirtualMachine &vm)
{
    m_snapshot.vms.insert(vm.uuid, vm);
    Q_EMIT vmUpdated(vm);
}

void StaticHostConnection::removeVm(const QString &uuid)
{
    m_snapshot.vms.remove(uuid);
    Q_EMIT vmRemoved(uuid);
}

void StaticHostConnection::setPciDevice(const PciDevice &d)
{
    m_snapshot.pciDevices.insert(d.address, d);
    Q_EMIT pciDeviceUpdated(d);
}

void StaticHostConnection::setMdev(const MediatedDevice &m)
{
    m_snapshot.mdevs.insert(m.uuid, m);
    Q_EMIT mdevUpdated(m);
}

void StaticHostConnection::removeMdev(const QString &uuid)
{
    m_snapshot.mdevs.remove(uuid);
    Q_EMIT mdevRemoved(uuid);
}

void StaticHostConnection::loseConnection(const Error &why, int retryInSeconds)
{
    Q_EMIT stateChanged(State::Lost, why, retryInSeconds);
}

HostConnection *StaticHostConnectionFactory::create(const QString &uri, QObject *parent)
{
    auto it = m_snapshots.constFind(uri);
    if (it == m_snapshots.cend()) {
        // Behaves like an unreachable host: it never loads.
        auto *c = new StaticHostConnection(uri, {}, parent);
        c->m_failure = Error{QCoreApplication::translate("StaticHostConnection", "No such host"), uri, 0};
        m_created.insert(uri, c);
        return c;
    }
    auto *c = new StaticHostConnection(uri, *it, parent);
    m_created.insert(uri, c);
    return c;
}
