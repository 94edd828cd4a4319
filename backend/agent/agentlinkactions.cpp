#include "agentlinkactions.h"

#include "agentlink.h"
#include "rpcmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <future>

namespace {
struct AgentActionsText
{
    Q_DECLARE_TR_FUNCTIONS(AgentActions)
};

Error notAvailable(const QString &what)
{
    return Error{what, {}, Rpc::NotAvailable};
}
} // namespace

LinkAgentActions::LinkAgentActions(AgentLink *link, int timeoutMs) : m_link(link), m_timeoutMs(timeoutMs) {}

Result<QString> LinkAgentActions::call(const QString &method, const QJsonObject &params)
{
    AgentLink *link = m_link.data();
    if (!link)
        return notAvailable(AgentActionsText::tr("The host's agent is no longer connected"));
    // Blocking on the link's own thread would never return.
    Q_ASSERT(QThread::currentThread() != link->thread());
    auto promise = std::make_shared<std::promise<Result<QJsonValue>>>();
    std::future<Result<QJsonValue>> answer = promise->get_future();
    const bool queued = QMetaObject::invokeMethod(
        link,
        [link, method, params, promise] {
            link->call(method, params, [promise](const Result<QJsonValue> &r) { promise->set_value(r); });
        },
        Qt::QueuedConnection);
    if (!queued)
        return notAvailable(AgentActionsText::tr("The host's agent is no longer connected"));
    if (answer.wait_for(std::chrono::milliseconds(m_timeoutMs)) != std::future_status::ready)
        return Error{AgentActionsText::tr("The agent did not answer %1 in time").arg(method),
                     {},
                     AgentClientError::Timeout};
    const Result<QJsonValue> r = answer.get();
    if (!r)
        return r.error();
    // The agent's own words for the report: what it wrote where.
    const QJsonObject o = r.value().toObject();
    QStringList writes;
    for (const QJsonValue &w : o.value(QStringLiteral("writes")).toArray())
        writes.append(w.toString());
    return writes.isEmpty()
               ? QStringLiteral("%1 %2").arg(method, o.value(QStringLiteral("subject")).toString())
               : writes.join(u'\n');
}

Result<QString> LinkAgentActions::createMdev(const PciAddress &parent, const QString &typeId,
                                             const QString &uuid, int placementId)
{
    QJsonObject params{{QStringLiteral("parent"), parent.toString()},
                       {QStringLiteral("type"), typeId},
                       {QStringLiteral("uuid"), uuid}};
    if (placementId >= 0)
        params.insert(QStringLiteral("placementId"), placementId);
    return call(QStringLiteral("mdev.create"), params);
}

Result<QString> LinkAgentActions::removeMdev(const PciAddress &, const QString &uuid)
{
    return call(QStringLiteral("mdev.remove"), {{QStringLiteral("uuid"), uuid}});
}

Result<QString> LinkAgentActions::bindVfio(const PciAddress &function)
{
    return call(QStringLiteral("pci.bindVfio"), {{QStringLiteral("address"), function.toString()}});
}

Result<QString> LinkAgentActions::restoreDriver(const PciAddress &function, const QString &)
{
    // Clearing the override and probing gives the function back to the driver the kernel picks, which
    // is the one it had unless the operator changed the host's module setup meanwhile.
    return call(QStringLiteral("pci.unbindVfio"), {{QStringLiteral("address"), function.toString()}});
}

Result<QString> LinkAgentActions::createMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                                    int start)
{
    return call(QStringLiteral("mig.createInstance"),
                {{QStringLiteral("gpu"), gpu.toString()},
                 {QStringLiteral("profile"), MigLayout::info(profile).name},
                 {QStringLiteral("start"), start}});
}

Result<QString> LinkAgentActions::removeMigInstance(const PciAddress &gpu, MigLayout::Profile profile,
                                                    int start)
{
    return call(QStringLiteral("mig.destroyInstance"),
                {{QStringLiteral("gpu"), gpu.toString()},
                 {QStringLiteral("profile"), MigLayout::info(profile).name},
                 {QStringLiteral("start"), start}});
}

Result<QString> LinkAgentActions::pushToken(const QString &directory, const QString &fileName,
                                            const QByteArray &content)
{
    return call(QStringLiteral("licence.pushToken"),
                {{QStringLiteral("directory"), directory},
                 {QStringLiteral("fileName"), fileName},
                 {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}});
}

bool LinkAgentActions::outcomeUnknown(const Error &failure) const
{
    // The request may have reached the agent before the link broke, or it may still be at work.
    return failure.code == AgentClientError::ConnectionLost || failure.code == AgentClientError::Timeout;
}
