// A connection to one host's libvirt, as the inventory sees it. Real: LibvirtHostConnection.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

#include <QObject>

#include <functional>

class PlanTarget;

class HostConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Lost };
    Q_ENUM(State)

    using QObject::QObject;
    virtual QString uri() const = 0;
    // Asynchronous: results arrive through the signals below, on the thread that owns this object.
    virtual void open() = 0;
    virtual void close() = 0;
    // Reload everything from the host (the user asked, or after a reconnect).
    virtual void refresh() = 0;
    // Runs `job` on the thread that talks to the host, with the host's libvirt operations (nullptr while
    // it is not connected). Assignment plans run this way (assign/planrunner.h); the job reports back by
    // queued calls. Afterwards the connection rereads what the job may have changed.
    virtual void runJob(std::function<void(PlanTarget *)> job) = 0;

Q_SIGNALS:
    // retryInSeconds > 0 while Lost: when the next attempt will be made.
    void stateChanged(HostConnection::State state, const Error &error, int retryInSeconds);
    void snapshotLoaded(const HostSnapshot &snapshot); // a complete load or resynchronisation
    void vmUpdated(const VirtualMachine &vm);          // added or changed
    void vmRemoved(const QString &uuid);
    void pciDeviceUpdated(const PciDevice &device);
    void pciDeviceRemoved(const PciAddress &address);
    void mdevUpdated(const MediatedDevice &mdev);
    void mdevRemoved(const QString &uuid);
};

class HostConnectionFactory
{
public:
    virtual ~HostConnectionFactory() = default;
    virtual HostConnection *create(const QString &uri, QObject *parent) = 0;
};
