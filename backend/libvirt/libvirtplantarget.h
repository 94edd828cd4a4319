// PlanTarget on a libvirt connection: the domain and node-device calls a plan makes. Lives for one job on
// the host's worker thread and borrows the worker's connection.
#pragma once

#include "assign/plantarget.h"

struct _virConnect;
struct _virDomain;
struct _virNodeDevice;

class LibvirtPlanTarget final : public PlanTarget
{
public:
    explicit LibvirtPlanTarget(_virConnect *conn) : m_conn(conn) {}

    Result<QString> domainXml(const QString &vmUuid, bool inactive) override;
    Result<QString> defineDomain(const QString &xml) override;
    Result<QString> attachDevice(const QString &vmUuid, const QString &deviceXml, int affect) override;
    Result<QString> detachDevice(const QString &vmUuid, const QString &deviceXml, int affect) override;
    Result<QString> createMdev(const PciAddress &parent, const QString &typeId, const QString &uuid) override;
    Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) override;
    Result<QString> detachFromHost(const PciAddress &function) override;
    Result<QString> reattachToHost(const PciAddress &function) override;
    bool outcomeUnknown(const Error &failure) override;
    // The borrowed connection, for jobs that need a call no plan makes (benchmarks start and stop VMs).
    _virConnect *connection() const { return m_conn; }

private:
    Error lastError(const QString &summary) const;
    Result<_virDomain *> domain(const QString &vmUuid) const;
    Result<_virNodeDevice *> pciDevice(const PciAddress &function) const;
    _virNodeDevice *findMdev(const PciAddress &parent, const QString &uuid) const;

    _virConnect *m_conn;
};
