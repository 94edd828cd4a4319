#include "libvirthostconnection.h"

#include "deliverypacer.h"

#include "core/threadpriority.h"

template <typename... Args, typename Key>
void LibvirtHostConnection::relay(void (LibvirtWorker::*from)(Args...), void (HostConnection::*to)(Args...),
                                  Key keyOf)
{
    if (!m_pacer) {
        connect(m_worker, from, this, to);
        return;
    }
    // Queued from the worker's thread; the pacer decides when the inventory hears of it.
    connect(m_worker, from, this, [this, to, keyOf](Args... args) {
        if (!m_pacer) {
            (this->*to)(args...);
            return;
        }
        const QString key = keyOf(args...);
        m_pacer->post(
            this, [this, to, args...] { (this->*to)(args...); }, key);
    });
}

LibvirtHostConnection::LibvirtHostConnection(const QString &uri, const LibvirtWorker::Options &options,
                                             DeliveryPacer *pacer, QObject *parent)
    : HostConnection(parent), m_uri(uri), m_pacer(pacer), m_worker(new LibvirtWorker(uri, options))
{
    m_thread.setObjectName(QStringLiteral("libvirt:") + uri.left(40));
    // Thousands of hosts means thousands of threads: keep their reserved stacks modest.
    m_thread.setStackSize(1024 * 1024);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Parsing a host's XML is background work: under load the GUI thread goes first (bench_load).
    connect(
        &m_thread, &QThread::started, m_worker, [] { ThreadPriority::yieldToInterface(); },
        Qt::DirectConnection);
    // What supersedes what while reports wait: the latest state, the latest snapshot, the latest word on
    // each VM, function and mdev (an update or a removal). A snapshot does not drop the updates before
    // it: they are older, applied first and then replaced by it.
    relay(&LibvirtWorker::stateChanged, &HostConnection::stateChanged,
          [](auto &&...) { return QStringLiteral("state"); });
    relay(&LibvirtWorker::snapshotLoaded, &HostConnection::snapshotLoaded,
          [](auto &&...) { return QStringLiteral("snapshot"); });
    relay(&LibvirtWorker::vmUpdated, &HostConnection::vmUpdated,
          [](const VirtualMachine &vm) { return QStringLiteral("vm ") + vm.uuid; });
    relay(&LibvirtWorker::vmRemoved, &HostConnection::vmRemoved,
          [](const QString &uuid) { return QStringLiteral("vm ") + uuid; });
    relay(&LibvirtWorker::pciDeviceUpdated, &HostConnection::pciDeviceUpdated,
          [](const PciDevice &d) { return QStringLiteral("pci ") + d.address.toString(); });
    relay(&LibvirtWorker::pciDeviceRemoved, &HostConnection::pciDeviceRemoved,
          [](const PciAddress &a) { return QStringLiteral("pci ") + a.toString(); });
    relay(&LibvirtWorker::mdevUpdated, &HostConnection::mdevUpdated,
          [](const MediatedDevice &m) { return QStringLiteral("mdev ") + m.uuid; });
    relay(&LibvirtWorker::mdevRemoved, &HostConnection::mdevRemoved,
          [](const QString &uuid) { return QStringLiteral("mdev ") + uuid; });
    // Starting a thread takes a while: a thousand hosts added at once held the GUI thread for most of a
    // frame. With a pacer, the thread starts in its turn; what is asked of it before waits in its queue.
    if (m_pacer)
        m_pacer->post(this, [this] { m_thread.start(); });
    else
        m_thread.start();
}

LibvirtHostConnection::~LibvirtHostConnection()
{
    if (!m_thread.isRunning() && !m_thread.isFinished()) {
        delete m_worker; // never started: it has no connection, and nothing else runs it
        return;
    }
    // The worker closes its connection in its destructor, on its own thread (deleteLater on finished).
    m_thread.quit();
    m_thread.wait();
}

void LibvirtHostConnection::open()
{
    QMetaObject::invokeMethod(m_worker, &LibvirtWorker::open, Qt::QueuedConnection);
}

void LibvirtHostConnection::close()
{
    QMetaObject::invokeMethod(m_worker, &LibvirtWorker::close, Qt::QueuedConnection);
}

void LibvirtHostConnection::refresh()
{
    QMetaObject::invokeMethod(m_worker, &LibvirtWorker::refresh, Qt::QueuedConnection);
}

void LibvirtHostConnection::runJob(std::function<void(PlanTarget *)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::move(job)] { w->runJob(job); }, Qt::QueuedConnection);
}

LibvirtConnectionFactory::LibvirtConnectionFactory(LibvirtEventLoop *loop,
                                                   const LibvirtWorker::Options &options)
    : m_loop(loop), m_options(options)
{
}

LibvirtConnectionFactory::~LibvirtConnectionFactory() = default;

HostConnection *LibvirtConnectionFactory::create(const QString &uri, QObject *parent)
{
    Q_UNUSED(m_loop); // held so that the loop demonstrably outlives every connection made here
    if (!m_pacer)
        m_pacer = std::make_unique<DeliveryPacer>();
    return new LibvirtHostConnection(uri, m_options, m_pacer.get(), parent);
}
