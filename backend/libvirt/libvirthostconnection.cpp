#include "libvirthostconnection.h"

LibvirtHostConnection::LibvirtHostConnection(const QString &uri, const LibvirtWorker::Options &options,
                                             QObject *parent)
    : HostConnection(parent), m_uri(uri), m_worker(new LibvirtWorker(uri, options))
{
    m_thread.setObjectName(QStringLiteral("libvirt:") + uri.left(40));
    // Thousands of hosts means thousands of threads: keep their reserved stacks modest.
    m_thread.setStackSize(1024 * 1024);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LibvirtWorker::stateChanged, this, &HostConnection::stateChanged);
    connect(m_worker, &LibvirtWorker::snapshotLoaded, this, &HostConnection::snapshotLoaded);
    connect(m_worker, &LibvirtWorker::vmUpdated, this, &HostConnection::vmUpdated);
    connect(m_worker, &LibvirtWorker::vmRemoved, this, &HostConnection::vmRemoved);
    connect(m_worker, &LibvirtWorker::pciDeviceUpdated, this, &HostConnection::pciDeviceUpdated);
    connect(m_worker, &LibvirtWorker::pciDeviceRemoved, this, &HostConnection::pciDeviceRemoved);
    connect(m_worker, &LibvirtWorker::mdevUpdated, this, &HostConnection::mdevUpdated);
    connect(m_worker, &LibvirtWorker::mdevRemoved, this, &HostConnection::mdevRemoved);
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

HostConnection *LibvirtConnectionFactory::create(const QString &uri, QObject *parent)
{
    Q_UNUSED(m_loop); // held so that the loop demonstrably outlives every connection made here
    return new LibvirtHostConnection(uri, m_options, parent);
}
