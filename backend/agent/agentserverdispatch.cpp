// AgentServer: method registry, calls and their answers, subscriptions and notifications.
#include "agentserver.h"
#include "agentserver_p.h"
#include "rpcmessage.h"

#include <QThread>

#include <atomic>
#include <exception>
#include <mutex>
#include <utility>

namespace {
// Shared by every copy of one call's Responder: answers once, from any thread, and answers with an error
// when the handler lets go of the call without answering.
template <typename Deliver> class ReplyOnce
{
public:
    explicit ReplyOnce(Deliver deliver) : m_deliver(std::move(deliver)) {}
    ~ReplyOnce()
    {
        if (!m_done.load())
            answer(Error{QStringLiteral("Internal error: the agent dropped the call without an answer"),
                         {},
                         Rpc::InternalError});
    }
    void answer(const Result<QJsonValue> &result)
    {
        if (!m_done.exchange(true))
            m_deliver(result);
    }

private:
    Deliver m_deliver;
    std::atomic_bool m_done = false;
};
} // namespace

void AgentServer::registerMethod(const QString &name, ClientRole minimumRole, Handler handler)
{
    m_methods.insert(name, Method{minimumRole, std::move(handler), {}});
}

void AgentServer::registerAsyncMethod(const QString &name, ClientRole minimumRole, AsyncHandler handler)
{
    m_methods.insert(name, Method{minimumRole, {}, std::move(handler)});
}

void AgentServer::handleFrame(const std::shared_ptr<Connection> &c, const QByteArray &body)
{
    const RpcMessage m = RpcMessage::parse(body);
    switch (m.kind) {
    case RpcMessage::Kind::Request:
    case RpcMessage::Kind::Notification:
        dispatch(c, m);
        return;
    case RpcMessage::Kind::Result:
    case RpcMessage::Kind::Error:
        return; // the agent asks nothing of clients: a stray answer is ignored
    case RpcMessage::Kind::Invalid:
        break;
    }
    send(*c, RpcMessage::makeError(m.id, m.error));
    // Garbage means the client is broken or hostile; a well-formed but wrong request is answered and
    // forgiven.
    if (m.error.code == Rpc::ParseError)
        closeConnection(*c, Error{tr("Dropped a client that sent garbage"), m.error.message});
}

void AgentServer::dispatch(const std::shared_ptr<Connection> &c, const RpcMessage &request)
{
    const bool wantsAnswer = request.kind == RpcMessage::Kind::Request;
    auto refuse = [&](int code, const QString &message) {
        if (wantsAnswer)
            send(*c, RpcMessage::makeError(request.id, code, message));
        Q_EMIT methodCalled(c->peer, request.method, false, code);
    };

    // Revocation takes effect at the next call, not only at the next connection.
    const std::optional<ClientRole> role = currentRole(c->peer.fingerprint);
    if (!role) {
        refuse(Rpc::Unauthorized, QStringLiteral("Unauthorized: client certificate %1 is no longer enrolled")
                                      .arg(c->peer.fingerprint));
        closeConnection(*c, Error{tr("Dropped a client whose enrollment was revoked"), c->peer.fingerprint});
        return;
    }
    c->peer.role = *role;
    const auto found = m_methods.constFind(request.method);
    if (found == m_methods.cend())
        return refuse(Rpc::MethodNotFound, QStringLiteral("Method not found: %1").arg(request.method));
    const Method handler = *found; // a handler may register methods while it runs
    const Method *it = &handler;
    if (*role < it->minimumRole)
        return refuse(Rpc::Forbidden,
                      QStringLiteral("Forbidden: %1 needs the %2 role; this client is a %3")
                          .arg(request.method, ClientRoles::key(it->minimumRole), ClientRoles::key(*role)));
    if (c->callsInFlight >= m_options.maxCallsInFlight)
        return refuse(Rpc::NotAvailable,
                      QStringLiteral("Not available: %1 calls are already in progress on this connection")
                          .arg(c->callsInFlight));

    const QJsonValue id = wantsAnswer ? request.id : QJsonValue(QJsonValue::Undefined);
    ++c->callsInFlight;
    if (it->sync) {
        Result<QJsonValue> result = Error{};
        try {
            result = it->sync(request.params, c->peer);
        } catch (const std::exception &e) {
            result =
                Error{QStringLiteral("Internal error"), QString::fromLocal8Bit(e.what()), Rpc::InternalError};
        }
        deliver(c->peer.id, id, request.method, result);
        return;
    }

    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    const quint64 peerId = c->peer.id;
    const QString method = request.method;
    auto post = [mailbox, peerId, id, method](const Result<QJsonValue> &result) {
        std::unique_lock lock(mailbox->mutex);
        AgentServer *server = mailbox->server;
        if (!server)
            return;
        if (QThread::currentThread() == server->thread()) {
            lock.unlock();
            server->deliver(peerId, id, method, result);
            return;
        }
        mailbox->waiting.push_back({peerId, id, method, result});
        if (!std::exchange(mailbox->takePosted, true))
            QMetaObject::invokeMethod(server, &AgentServer::deliverWaiting, Qt::QueuedConnection);
    };
    auto once = std::make_shared<ReplyOnce<decltype(post)>>(std::move(post));
    Responder respond = [once](const Result<QJsonValue> &result) { once->answer(result); };
    try {
        it->async(request.params, c->peer, std::move(respond));
    } catch (const std::exception &e) {
        once->answer(
            Error{QStringLiteral("Internal error"), QString::fromLocal8Bit(e.what()), Rpc::InternalError});
    }
}

void AgentServer::deliverWaiting()
{
    std::vector<Mailbox::Answer> answers;
    {
        std::lock_guard lock(m_mailbox->mutex);
        answers.swap(m_mailbox->waiting);
        m_mailbox->takePosted = false;
    }
    for (const Mailbox::Answer &a : answers)
        deliver(a.peerId, a.id, a.method, a.result);
}

void AgentServer::deliver(quint64 peerId, const QJsonValue &id, const QString &method,
                          const Result<QJsonValue> &result)
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    if (!c)
        return; // the client left while its call ran
    --c->callsInFlight;
    const RpcError error = result.ok() ? RpcError{} : RpcError::fromError(result.error());
    Q_EMIT methodCalled(c->peer, method, result.ok(), error.code);
    if (id.isUndefined())
        return; // a notification: nobody waits for the answer
    send(*c, result.ok() ? RpcMessage::makeResult(id, result.value()) : RpcMessage::makeError(id, error));
}

bool AgentServer::subscribe(quint64 peerId, const QString &topic)
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    if (!c || c->closing)
        return false;
    if (!c->topics.contains(topic)) {
        c->topics.insert(topic);
        Q_EMIT subscribersChanged(topic, subscriberCount(topic));
    }
    return true;
}

bool AgentServer::unsubscribe(quint64 peerId, const QString &topic)
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    if (!c)
        return false;
    if (c->topics.remove(topic))
        Q_EMIT subscribersChanged(topic, subscriberCount(topic));
    return true;
}

bool AgentServer::isSubscribed(quint64 peerId, const QString &topic) const
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    return c && c->topics.contains(topic);
}

int AgentServer::subscriberCount(const QString &topic) const
{
    int n = 0;
    for (const std::shared_ptr<Connection> &c : m_connections)
        n += !c->closing && c->topics.contains(topic);
    return n;
}

bool AgentServer::notify(quint64 peerId, const QString &method, const QJsonValue &params)
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    return c && send(*c, RpcMessage::makeNotification(method, params));
}

int AgentServer::notifySubscribers(const QString &topic, const QString &method, const QJsonValue &params)
{
    const QByteArray once = RpcMessage::makeNotification(method, params).serialize(); // checks the size once
    if (once.size() > qsizetype(m_options.maxFrameSize))
        return 0;
    int sent = 0;
    const auto connections = m_connections; // send() may close a connection that does not read
    for (const std::shared_ptr<Connection> &c : connections)
        if (c->topics.contains(topic))
            sent += send(*c, RpcMessage::makeNotification(method, params));
    return sent;
}
