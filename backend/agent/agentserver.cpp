#include "agentserver.h"

#include "agentserver_p.h"
#include "rpcmessage.h"

#include "tlsserver.h"

QString PeerInfo::toString() const
{
    const QString where = address.contains(u':') ? QStringLiteral("[%1]:%2").arg(address).arg(port)
                                                 : QStringLiteral("%1:%2").arg(address).arg(port);
    return QStringLiteral("%1 (%2) at %3").arg(commonName, fingerprint, where);
}

AgentServer::AgentServer(const Identity &identity, ClientAllowlist *allowlist, QObject *parent)
    : AgentServer(identity, allowlist, Options{}, parent)
{
}

AgentServer::AgentServer(const Identity &identity, ClientAllowlist *allowlist, const Options &options,
                         QObject *parent)
    : QObject(parent), m_identity(identity), m_allowlist(allowlist), m_options(options),
      m_mailbox(std::make_shared<Mailbox>())
{
    qRegisterMetaType<PeerInfo>();
    qRegisterMetaType<Error>();
    m_mailbox->server = this;
}

AgentServer::~AgentServer()
{
    {
        // Answers arriving from worker threads from now on find no server and are dropped.
        std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->server = nullptr;
    }
    const QSignalBlocker blocker(this);
    close();
}

Status AgentServer::listen(const QString &address, quint16 port)
{
    close();
    m_server = new TlsServer(this);
    connect(m_server, &TlsServer::newConnection, this, &AgentServer::admit);
    connect(m_server, &TlsServer::handshakeFailed, this,
            [this](const QString &peer, const QString &fingerprint, const QString &reason) {
                Q_EMIT clientRefused(peer, fingerprint, Error{tr("A client's TLS handshake failed"), reason});
            });
    TlsServer::Options tls;
    tls.handshakeTimeoutMs = m_options.handshakeTimeoutMs;
    if (Status s = m_server->listen(m_identity, address, port, tls); !s) {
        close();
        return s;
    }
    return Done{};
}

void AgentServer::close()
{
    if (TlsServer *server = std::exchange(m_server, nullptr)) {
        // Stop listening now (the port is free for a restart); deleting the server later also drops the
        // connections still in their handshake. Later, because a handler may be what asked to close.
        server->close();
        server->disconnect(this);
        server->deleteLater();
    }
    const auto connections = m_connections;
    for (const std::shared_ptr<Connection> &c : connections)
        closeConnection(*c, Error{tr("The agent stopped"), {}});
}

bool AgentServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 AgentServer::port() const
{
    return m_server ? m_server->port() : 0;
}

QString AgentServer::address() const
{
    return m_server ? m_server->address() : QString();
}

void AgentServer::admit(TlsServerSocket *socket)
{
    socket->setParent(this);
    connect(socket, &TlsServerSocket::disconnected, socket, &QObject::deleteLater);
    const QString fp = socket->peerFingerprint();
    if (fp.isEmpty()) {
        refuseAdmission(socket, fp, Rpc::Unauthorized, QStringLiteral("Unauthorized: no client certificate"),
                        Error{tr("Refused a client without a certificate"), {}});
        return;
    }
    const std::optional<ClientRole> role = currentRole(fp);
    if (!role) {
        refuseAdmission(
            socket, fp, Rpc::Unauthorized,
            QStringLiteral(
                "Unauthorized: client certificate %1 is not enrolled on this agent; an administrator "
                "of the host can admit it with: gpuvirt-agent --enroll %1 --role viewer")
                .arg(fp),
            Error{tr("Refused a client that is not enrolled"), socket->peerCommonName()});
        return;
    }
    if (m_connections.size() >= m_options.maxConnections) {
        refuseAdmission(
            socket, fp, Rpc::NotAvailable,
            QStringLiteral("Not available: the agent already serves %1 connections")
                .arg(m_connections.size()),
            Error{tr("Refused a client: too many connections"), QString::number(m_connections.size())});
        return;
    }

    auto c = std::make_shared<Connection>(m_options.maxFrameSize);
    c->socket = socket;
    c->peer = {++m_nextPeerId,    fp, *role, socket->peerCommonName(), socket->peerAddress(),
               socket->peerPort()};
    const quint64 id = c->peer.id;
    m_connections.insert(id, c);
    connect(socket, &TlsServerSocket::readyRead, this, [this, id] { onReadyRead(id); });
    connect(socket, &TlsServerSocket::disconnected, this, [this, id] { onDisconnected(id); });
    Q_EMIT clientConnected(c->peer);
    send(*c, RpcMessage::makeNotification(QString::fromLatin1(kWelcomeMethod),
                                          QJsonObject{{QStringLiteral("protocol"), kProtocolVersion},
                                                      {QStringLiteral("role"), ClientRoles::key(*role)},
                                                      {QStringLiteral("agent"), m_identity.commonName()}}));
    if (socket->state() != TlsServerSocket::State::Encrypted)
        onDisconnected(id);
    else if (socket->bytesAvailable() > 0)
        onReadyRead(id);
}

void AgentServer::refuseAdmission(TlsServerSocket *socket, const QString &fingerprint, int code,
                                  const QString &message, const Error &reason)
{
    Q_EMIT clientRefused(socket->peerEndpoint(), fingerprint, reason);
    socket->write(RpcFrame::encode(RpcMessage::makeError(QJsonValue::Null, code, message).serialize()));
    socket->disconnectFromHost();
}

std::optional<ClientRole> AgentServer::currentRole(const QString &fingerprint)
{
    if (!m_allowlist)
        return std::nullopt;
    if (Status s = m_allowlist->reloadIfChanged(); !s)
        Q_EMIT problem(s.error());
    return m_allowlist->roleOf(fingerprint);
}

void AgentServer::onReadyRead(quint64 peerId)
{
    const std::shared_ptr<Connection> c = m_connections.value(peerId);
    if (!c)
        return;
    c->reader.append(c->socket->readAll());
    while (!c->closing) {
        const std::optional<QByteArray> body = c->reader.takeFrame();
        if (!body)
            break;
        handleFrame(c, *body);
    }
    if (c->closing || c->reader.failure() == FrameReader::Failure::None)
        return;
    // The stream cannot be resynchronised after a bad header: say why, then hang up.
    const bool oversize = c->reader.failure() == FrameReader::Failure::Oversize;
    const Error why = c->reader.error();
    send(*c, RpcMessage::makeError(QJsonValue::Null, oversize ? Rpc::InvalidRequest : Rpc::ParseError,
                                   why.detail));
    closeConnection(*c, why);
}

void AgentServer::onDisconnected(quint64 peerId)
{
    const std::shared_ptr<Connection> c = m_connections.take(peerId);
    if (!c)
        return;
    c->closing = true;
    for (const QString &topic : std::as_const(c->topics))
        Q_EMIT subscribersChanged(topic, subscriberCount(topic));
    Q_EMIT clientDisconnected(c->peer, c->closeReason);
}

void AgentServer::closeConnection(Connection &c, const Error &reason)
{
    if (c.closing)
        return;
    c.closing = true;
    c.closeReason = reason;
    const quint64 id = c.peer.id;
    // disconnectFromHost() sends what is queued (the error reply) first; it may call onDisconnected at once.
    c.socket->disconnectFromHost();
    if (m_connections.contains(id) && c.socket->state() == TlsServerSocket::State::Closed)
        onDisconnected(id);
    else if (!m_server)
        c.socket->abort(); // shutting down: do not wait for a client that does not read
}

bool AgentServer::send(Connection &c, const RpcMessage &message)
{
    if (c.closing)
        return false;
    QByteArray body = message.serialize();
    if (body.size() > qsizetype(m_options.maxFrameSize)) {
        if (message.kind != RpcMessage::Kind::Result)
            return false; // a notification too large to send is dropped
        body = RpcMessage::makeError(
                   message.id, Rpc::InternalError,
                   QStringLiteral("Internal error: the result is %1 bytes, over the frame limit of %2")
                       .arg(body.size())
                       .arg(m_options.maxFrameSize))
                   .serialize();
    }
    if (c.socket->bytesToWrite() + body.size() > m_options.maxQueuedBytes) {
        closeConnection(c, Error{tr("Dropped a client that does not read what the agent sends"),
                                 QStringLiteral("%1 bytes queued").arg(c.socket->bytesToWrite())});
        return false;
    }
    c.socket->write(RpcFrame::encode(body));
    return true;
}

QList<PeerInfo> AgentServer::peers() const
{
    QList<PeerInfo> out;
    for (const std::shared_ptr<Connection> &c : m_connections)
        if (!c->closing)
            out.append(c->peer);
    std::sort(out.begin(), out.end(), [](const PeerInfo &a, const PeerInfo &b) { return a.id < b.id; });
    return out;
}

void AgentServer::disconnectPeer(quint64 peerId)
{
    if (const std::shared_ptr<Connection> c = m_connections.value(peerId))
        closeConnection(*c, Error{tr("The agent closed the connection"), {}});
}
