#include "libvirthostconnection.h"

#include "deliverypacer.h"

template <typename... Args>
void LibvirtHostConnection::relay(void (LibvirtWorker::*from)(Args...), void (HostConnection::*to)(Args...))
{
    if (!m_pacer) {
        connect(m_worker, from, this, to);
        return;
    }
    // Queued from the worker's thread; the pacer decides when the inventory hears of it.
    connect(m_worker, from, this,
            [this, to](Args... args) { m_pacer->post(this, [this, to, args...] { (this->*to)(args...); }); });
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
    relay(&LibvirtWorker::stateChanged, &HostConnection::stateChanged);
    relay(&LibvirtWorker::snapshotLoaded, &HostConnection::snapshotLoaded);
    relay(&LibvirtWorker::vmUpdated, &HostConnection::vmUpdated);
    relay(&LibvirtWorker::vmRemoved, &HostConnection::vmRemoved);
    relay(&LibvirtWorker::pciDeviceUpdated, &HostConnection::pciDeviceUpdated);
    relay(&LibvirtWorker::pciDeviceRemoved, &HostConnection::pciDeviceRemoved);
    relay(&LibvirtWorker::mdevUpdated, &HostConnection::mdevUpdated);
    relay(&LibvirtWorker::mdevRemoved, &HostConnection::mdevRemoved);
    m_thread.start();
}

LibvirtHostConnection::~LibvirtHostConnection()
{
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
