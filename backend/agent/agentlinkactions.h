// The plan executor's agent steps, carried out by a host's AgentLink: the executor calls from the host's
// worker thread and blocks; the call itself runs on the link's thread.
#pragma once

#include "assign/agentactions.h"

#include <QPointer>

class AgentLink;

class LinkAgentActions final : public AgentActions
{
public:
    explicit LinkAgentActions(AgentLink *link, int timeoutMs = 30000);

    Result<QString> createMdev(const PciAddress &parent, const QString &typeId, const QString &uuid,
                               int placementId) override;
    Result<QString> removeMdev(const PciAddress &parent, const QString &uuid) override;
    Result<QString> bindVfio(const PciAddress &function) override;
    Result<QString> restoreDriver(const PciAddress &function, const QString &driver) override;
    Result<QString> createMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) override;
    Result<QString> removeMigInstance(const PciAddress &gpu, MigLayout::Profile profile, int start) override;
    Result<QString> pushToken(const QString &directory, const QString &fileName,
                              const QByteArray &content) override;
    bool outcomeUnknown(const Error &failure) const override;

private:
    Result<QString> call(const QString &method, const QJsonObject &params);

    QPointer<AgentLink> m_link;
    int m_timeoutMs;
};
