#include "agentclient.h"

#include "agentserver.h"
#include "rpcmessage.h"
#include "security/pinstore.h"

#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace {
bool acceptableCertificateErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::HostNameMismatch:
            break; // agents are reached by whatever name or address works
        default:
            return false;
        }
    }
    return true;
}

int seconds(int ms)
{
    return (ms + 999) / 1000;
}
} // namespace

AgentClient::AgentClient(const Identity &identity, PinStore *pins, QObject *parent)
    : AgentClient(identity, pins, Options{}, parent)
{
}

AgentClient::AgentClient(const Identity &identity, PinStore *pins, const Options &options, QObject *parent)
    : QObject(parent), m_identity(identity), m_pins(pins), m_options(options), m_retryTimer(new QTimer(this)),
      m_connectTimer(new QTimer(this))
{
    qRegisterMetaType<Error>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &AgentClient::startAttempt);
    m_connectTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] {
        lose(Error{
            tr("The agent %1 did not answer within %n second(s)", "", seconds(m_options.connectTimeoutMs))
                .arg(m_hostPort),
            {},
            AgentClientError::Timeout});
    });
}

AgentClient::~AgentClient()
{
    m_pending.clear();
    dropSocket();
}

void AgentClient::connectToAgent(const QString &host, quint16 port)
{
    m_retryTimer->stop();
    dropSocket();
    failAll(Error{tr("The connection to the agent %1 was replaced").arg(m_hostPort),
                  {},
                  AgentClientError::NotConnected});
    m_host = host;
    m_port = port;
    m_hostPort = PinStore::hostPortKey(host, port);
    m_attempt = 0;
    m_agentFingerprint.clear();
    startAttempt();
}

void AgentClient::disconnectFromAgent()
{
    m_retryTimer->stop();
    m_connectTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost(); // a clean TLS close, then the socket goes
        connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_trusted = false;
    m_retrySeconds = 0;
    setState(State::Disconnected);
    failAll(Error{tr("Disconnected from the agent %1").arg(m_hostPort), {}, AgentClientError::NotConnected});
}

void AgentClient::startAttempt()
{
    dropSocket();
    m_serverError = {};
    m_reader = std::make_unique<FrameReader>(m_options.maxFrameSize);
    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setLocalCertificate(m_identity.sslCertificate());
    tls.setPrivateKey(m_identity.sslKey());
    // No CA is asked: the pinned fingerprint decides (see onEncrypted).
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates({});
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::sslErrors, this, &AgentClient::onSslErrors);
    connect(m_socket, &QSslSocket::encrypted, this, &AgentClient::onEncrypted);
    connect(m_socket, &QIODevice::readyRead, this, &AgentClient::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &AgentClient::onSocketGone);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &AgentClient::onSocketGone);
    m_retrySeconds = 0;
    setState(State::Connecting);
    m_connectTimer->start(m_options.connectTimeoutMs);
    m_socket->connectToHostEncrypted(m_host, m_port);
}

void AgentClient::onSslErrors(const QList<QSslError> &errors)
{
    if (acceptableCertificateErrors(errors)) {
        m_socket->ignoreSslErrors();
        return;
    }
    // Not ignoring them fails the handshake; onSocketGone then refuses with this rather than retrying.
    QStringList parts;
    for (const QSslError &e : errors)
        parts.append(e.errorString());
    m_serverError = Error{tr("The certificate of the agent %1 is not acceptable").arg(m_hostPort),
                          parts.join(QStringLiteral("; ")), AgentClientError::CertificateRefused};
}

void AgentClient::onEncrypted()
{
    m_agentFingerprint = fingerprintSha256(m_socket->peerCertificate());
    switch (m_pins->check(m_hostPort, m_agentFingerprint)) {
    case PinStore::Verdict::Match:
        m_trusted = true;
        onReadyRead();
        return;
    case PinStore::Verdict::Mismatch:
        refuse(
            Error{tr("The agent's certificate has changed: expected %1, got %2 — possible impersonation")
                      .arg(m_pins->pinned(m_hostPort), m_agentFingerprint),
                  QStringLiteral(
                      "%1: if the agent was reinstalled on purpose, compare the new fingerprint on the host, "
                      "then forget the old one and connect again")
                      .arg(m_hostPort),
                  AgentClientError::FingerprintMismatch});
        return;
    case PinStore::Verdict::Unknown:
        // The user takes as long as they need; nothing is read or sent until they decide.
        m_connectTimer->stop();
        setState(State::AwaitingTrust);
        Q_EMIT fingerprintUnknown(m_hostPort, m_agentFingerprint);
        return;
    }
}

void AgentClient::acceptFingerprint()
{
    if (m_state != State::AwaitingTrust)
        return;
    if (Status s = m_pins->pin(m_hostPort, m_agentFingerprint); !s) {
        refuse(Error{s.error().summary, s.error().detail, AgentClientError::PinStoreFailed});
        return;
    }
    if (!m_socket || !m_socket->isEncrypted()) {
        startAttempt(); // the agent hung up while the user decided
        return;
    }
    m_trusted = true;
    setState(State::Connecting);
    m_connectTimer->start(m_options.connectTimeoutMs);
    onReadyRead();
}

void AgentClient::rejectFingerprint()
{
    if (m_state != State::AwaitingTrust)
        return;
    refuse(Error{tr("You refused the certificate of the agent %1 (%2)").arg(m_hostPort, m_agentFingerprint),
                 {},
                 AgentClientError::FingerprintRejected});
}

void AgentClient::onReadyRead()
{
    QSslSocket *const socket = m_socket;
    if (!socket || !m_trusted)
        return; // an untrusted agent's bytes stay unread
    m_reader->append(socket->readAll());
    while (m_socket == socket) {
        const std::optional<QByteArray> body = m_reader->takeFrame();
        if (!body)
            break;
        handleMessage(RpcMessage::parse(*body));
    }
    if (m_socket == socket && m_reader->failure() != FrameReader::Failure::None)
        lose(Error{tr("The agent %1 sent an invalid message").arg(m_hostPort), m_reader->error().detail,
                   AgentClientError::ProtocolViolation});
}

void AgentClient::handleMessage(const RpcMessage &m)
{
    switch (m.kind) {
    case RpcMessage::Kind::Invalid:
        lose(Error{tr("The agent %1 sent an invalid message").arg(m_hostPort), m.error.message,
                   AgentClientError::ProtocolViolation});
        return;
    case RpcMessage::Kind::Request:
        m_socket->write(
            RpcFrame::encode(RpcMessage::makeError(m.id, Rpc::MethodNotFound,
                                                   QStringLiteral("Method not found: %1").arg(m.method))
                                 .serialize()));
        return;
    case RpcMessage::Kind::Notification:
        if (m.method == QLatin1String(AgentServer::kWelcomeMethod)) {
            if (m_state == State::Connecting)
                becomeConnected(m.params);
        } else if (m_state == State::Connected) {
            Q_EMIT notificationReceived(m.method, m.params);
        }
        return;
    case RpcMessage::Kind::Result:
    case RpcMessage::Kind::Error:
        break;
    }
    if (m.kind == RpcMessage::Kind::Error && m.id.isNull()) {
        // About the connection, not a call: not enrolled is final, anything else explains the close that
        // follows.
        if (m.error.code == Rpc::Unauthorized)
            refuse(m.error.toError());
        else
            m_serverError = m.error.toError();
        return;
    }
    const qint64 id = m.id.toInteger(-1);
    if (id > 0)
        finish(quint64(id), m.kind == RpcMessage::Kind::Result ? Result<QJsonValue>(m.result)
                                                               : Result<QJsonValue>(m.error.toError()));
    // Enrollment revoked while connected: the agent hangs up next, and trying again cannot help.
    if (m.kind == RpcMessage::Kind::Error && m.error.code == Rpc::Unauthorized && m_state == State::Connected)
        refuse(m.error.toError());
}

void AgentClient::becomeConnected(const QJsonValue &welcome)
{
    const QJsonObject w = welcome.toObject();
    m_connectTimer->stop();
    m_attempt = 0;
    m_role = ClientRoles::parse(w.value(QStringLiteral("role")).toString()).value_or(ClientRole::Viewer);
    m_agentName = w.value(QStringLiteral("agent")).toString();
    setState(State::Connected);
}

void AgentClient::onSocketGone()
{
    if (!m_socket || sender() != m_socket)
        return;
    const Error certificateProblem =
        m_serverError.code == AgentClientError::CertificateRefused ? m_serverError : Error{};
    switch (m_state) {
    case State::AwaitingTrust:
        dropSocket(); // acceptFingerprint() connects again
        return;
    case State::Connecting:
    case State::Connected:
        if (!certificateProblem.isNull())
            refuse(certificateProblem);
        else if (!m_serverError.isNull())
            lose(m_serverError);
        else
            lose(Error{m_state == State::Connected ? tr("Lost the connection to the agent %1").arg(m_hostPort)
                                                   : tr("Cannot connect to the agent %1").arg(m_hostPort),
                       m_socket->errorString(), AgentClientError::ConnectionLost});
        return;
    default:
        dropSocket();
        return;
    }
}

void AgentClient::lose(const Error &why)
{
    dropSocket();
    m_connectTimer->stop();
    // 1, 2, 4 … seconds, capped: an agent that is down is not hammered, one that returns is found soon.
    m_retrySeconds = std::min(m_options.maxRetrySeconds, 1 << std::min(m_attempt, 10));
    ++m_attempt;
    m_retryTimer->start(m_retrySeconds * 1000);
    setState(State::Lost, why);
    failAll(Error{tr("Lost the connection to the agent %1").arg(m_hostPort), why.toString(),
                  AgentClientError::ConnectionLost});
}

void AgentClient::refuse(const Error &why)
{
    dropSocket();
    m_connectTimer->stop();
    m_retryTimer->stop();
    m_retrySeconds = 0;
    setState(State::Refused, why);
    failAll(Error{tr("Not connected to the agent %1").arg(m_hostPort), why.toString(),
                  AgentClientError::NotConnected});
}

void AgentClient::dropSocket()
{
    m_trusted = false;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void AgentClient::setState(State state, const Error &error)
{
    if (state == m_state && error.isNull())
        return;
    m_state = state;
    m_lastError = error;
    Q_EMIT stateChanged(state, error, state == State::Lost ? m_retrySeconds : 0);
}

quint64 AgentClient::call(const QString &method, const QJsonValue &params, Callback callback, int timeoutMs)
{
    auto failLater = [this, &callback](const Error &e) {
        QTimer::singleShot(0, this, [callback = std::move(callback), e] { callback(e); });
        return quint64(0);
    };
    if (m_state != State::Connected || !m_socket)
        return failLater(
            Error{tr("Not connected to the agent %1").arg(m_hostPort), {}, AgentClientError::NotConnected});
    const quint64 id = ++m_nextId;
    const QByteArray body = RpcMessage::makeRequest(qint64(id), method, params).serialize();
    if (body.size() > qsizetype(m_options.maxFrameSize))
        return failLater(
            Error{tr("The request %1 is too large to send").arg(method),
                  QStringLiteral("%1 bytes, limit %2").arg(body.size()).arg(m_options.maxFrameSize),
                  Rpc::InvalidParams});

    const int ms = timeoutMs < 0 ? m_options.callTimeoutMs : timeoutMs;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, method, ms] {
        finish(id, Error{tr("The agent %1 did not answer %2 within %n second(s)", "", seconds(ms))
                             .arg(m_hostPort, method),
                         {},
                         AgentClientError::Timeout});
    });
    m_pending.insert(id, Pending{std::move(callback), method, timer});
    timer->start(ms);
    m_socket->write(RpcFrame::encode(body));
    return id;
}

void AgentClient::finish(quint64 id, const Result<QJsonValue> &result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // a late answer to a call that already timed out
    const Pending p = it.value();
    m_pending.erase(it);
    p.timer->deleteLater();
    p.callback(result);
}

void AgentClient::failAll(const Error &why)
{
    const QHash<quint64, Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        p.timer->deleteLater();
        // Later, not now: a callback that calls again must see the new state, not the one being left.
        QTimer::singleShot(0, this, [callback = p.callback, why] { callback(why); });
    }
}
