// What a plan does, done to a StaticHostConnection's snapshot: the libvirt operations and the agent's, so
// that the console and its tests can assign devices without a host. Keeps each VM's domain XML, made from
// the snapshot until a plan defines one. Runs on the connection's thread.
#pragma once

#include "assign/agentactions.h"
#include "assign/plantarget.h"

#include <QHash>
#include <QPointer>

class StaticHostConnection;

class StaticHostOperations final : public PlanTarget, public AgentActions
{
public:
    explicit StaticHostOperations(StaticHostConnection *connection) : m_connection(connection) {}

    // The next call of `operation` fails with `error`. Operations: "domain-xml", "define", "attach",
    // "detach", "create-mdev", "remove-mdev", "bind", "restore-driver", "create-mig", "remove-mig".
    void failNext(const QString &operation, const Error &error) { m_failures.insert(operation, error); }

    Result<QString> domainXml(const QString &vmUuid, bool inactive) override;
    Result<QString> defineDomain(const QString &xml) override;
    Result<QString> attachDevice(const QString &vmUuid, const QString &deviceXml, int affect) override;
    Result<QString> detachDevice(const QString &vmUuid, const QString &deviceXml, int affect) override;
    Result<QString> createMdev(const PciAddress &parent, const QString &typeId, const QString &uuid) override;
    Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) override;
    Result<QString> detachFromHost(const PciAddress &function) override;
    Result<QString> reattachToHost(const PciAddress &function) override;

    Result<QString> createMdev(const PciAddress &parent, const QString &typeId, const QString &uuid,
                               int placementId) override;
    Result<QString> bindVfio(const PciAddress &function) override { return detachFromHost(function); }
    Result<QString> restoreDriver(const PciAddress &function, const QString &) override
    {
        return reattachToHost(function);
    }
    Result<QString> createMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) override;
    Result<QString> removeMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) override;

private:
    std::optional<Error> failure(const QString &operation);
    Result<QString> changeLive(const QString &vmUuid, const QString &deviceXml, bool attach);
    void setAvailable(const PciAddress &parent, const QString &typeId, int delta);

    QPointer<StaticHostConnection> m_connection;
    QHash<QString, QString> m_xml;        // vm uuid -> configuration
    QHash<PciAddress, QString> m_drivers; // function -> driver before bind
    QHash<QString, Error> m_failures;
};
