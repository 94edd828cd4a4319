// The real HostConnection: a LibvirtWorker on a thread of its own, one per host.
#pragma once

#include "hostconnection.h"
#include "libvirtworker.h"

#include <QPointer>
#include <QThread>

#include <memory>

class DeliveryPacer;
class LibvirtEventLoop;

class LibvirtHostConnection final : public HostConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibvirtHostConnection)
public:
    // pacer: where the worker's reports are delivered on this thread (null: at once, each by itself).
    LibvirtHostConnection(const QString &uri, const LibvirtWorker::Options &options,
                          DeliveryPacer *pacer = nullptr, QObject *parent = nullptr);
    ~LibvirtHostConnection() override;

    QString uri() const override { return m_uri; }
    void open() override;
    void close() override;
    void refresh() override;
    void runJob(std::function<void(PlanTarget *)> job) override;

private:
    // Forwards a worker signal through the pacer; keyOf names what a newer report of it supersedes.
    template <typename... Args, typename Key>
    void relay(void (LibvirtWorker::*from)(Args...), void (HostConnection::*to)(Args...), Key keyOf);

    QString m_uri;
    QPointer<DeliveryPacer> m_pacer; // the factory's; a connection deleted later may outlive it
    QThread m_thread;
    LibvirtWorker *m_worker;
};

class LibvirtConnectionFactory final : public HostConnectionFactory
{
public:
    // The event loop must be running (constructed) before the first connection opens.
    LibvirtConnectionFactory(LibvirtEventLoop *loop, const LibvirtWorker::Options &options);
    ~LibvirtConnectionFactory() override;
    HostConnection *create(const QString &uri, QObject *parent) override;
    LibvirtWorker::Options &options() { return m_options; }
    // Shared by the connections made here; made with the first one, on its thread.
    DeliveryPacer *pacer() const { return m_pacer.get(); }

private:
    LibvirtEventLoop *m_loop;
    LibvirtWorker::Options m_options;
    std::unique_ptr<DeliveryPacer> m_pacer;
};
