// The real HostConnection: a LibvirtWorker on a thread of its own, one per host.
#pragma once

#include "hostconnection.h"
#include "libvirtworker.h"

#include <QThread>

class LibvirtEventLoop;

class LibvirtHostConnection final : public HostConnection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibvirtHostConnection)
public:
    LibvirtHostConnection(const QString &uri, const LibvirtWorker::Options &options,
                          QObject *parent = nullptr);
    ~LibvirtHostConnection() override;

    QString uri() const override { return m_uri; }
    void open() override;
    void close() override;
    void refresh() override;
    void runJob(std::function<void(PlanTarget *)> job) override;

private:
    QString m_uri;
    QThread m_thread;
    LibvirtWorker *m_worker;
};

class LibvirtConnectionFactory final : public HostConnectionFactory
{
public:
    // The event loop must be running (constructed) before the first connection opens.
    LibvirtConnectionFactory(LibvirtEventLoop *loop, const LibvirtWorker::Options &options)
        : m_loop(loop), m_options(options)
    {
    }
    HostConnection *create(const QString &uri, QObject *parent) override;
    LibvirtWorker::Options &options() { return m_options; }

private:
    LibvirtEventLoop *m_loop;
    LibvirtWorker::Options m_options;
};
