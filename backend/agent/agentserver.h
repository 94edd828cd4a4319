// The agent's listening side: TLS 1.3 with client certificates, admission by the client's fingerprint in
// the allowlist, JSON-RPC methods with a minimum role, and notifications to subscribed connections.
#pragma once

#include "clientallowlist.h"
#include "core/result.h"
#include "rpcframe.h"
#include "security/identity.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <memory>

class TlsServer;
class TlsServerSocket;
struct RpcMessage;

// Who is calling: handed to every handler and signal.
struct PeerInfo
{
    quint64 id = 0;                       // this connection, unique for the server's lifetime
    QString fingerprint;                  // SHA-256 of the client certificate, "AB:CD:…"
    ClientRole role = ClientRole::Viewer; // as of the current call
    QString commonName; // from the client certificate, for logs only: anyone can put anything there
    QString address;    // numeric, "10.0.0.5" or "::1"
    quint16 port = 0;

    QString toString() const; // "console-ws7 (AB:CD:…) at 10.0.0.5:51234", for logs
};
Q_DECLARE_METATYPE(PeerInfo)

class AgentServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentServer)
public:
    struct Options
    {
        quint32 maxFrameSize = RpcFrame::kDefaultMaxSize;
        int maxConnections = 32;   // admitted connections; more are told so and closed
        int maxCallsInFlight = 64; // per connection, for asynchronous handlers
        int handshakeTimeoutMs = 10000;
        qint64 maxQueuedBytes = 16 * 1024 * 1024; // a client that stops reading is dropped past this
    };

    using Handler = std::function<Result<QJsonValue>(const QJsonValue &params, const PeerInfo &peer)>;
    // Answers one call. Copyable; may be called from any thread, once (later calls are ignored). When the
    // last copy is destroyed unanswered the call fails with InternalError rather than hang.
    using Responder = std::function<void(const Result<QJsonValue> &result)>;
    using AsyncHandler =
        std::function<void(const QJsonValue &params, const PeerInfo &peer, Responder respond)>;

    static constexpr const char *kWelcomeMethod = "agent.welcome"; // {"protocol":1,"role":…,"agent":CN}
    static constexpr int kProtocolVersion = 1;

    // allowlist is not owned and must outlive the server; it is re-read when its file changes.
    AgentServer(const Identity &identity, ClientAllowlist *allowlist, QObject *parent = nullptr);
    AgentServer(const Identity &identity, ClientAllowlist *allowlist, const Options &options,
                QObject *parent = nullptr);
    ~AgentServer() override;

    // A numeric IPv4 or IPv6 address; port 0 picks a free port, port() then tells which.
    Status listen(const QString &address, quint16 port);
    Status listen(const QHostAddress &address, quint16 port) { return listen(address.toString(), port); }
    // Stops listening and closes every connection.
    void close();
    bool isListening() const;
    quint16 port() const;
    QString address() const;
    QString fingerprint() const { return m_identity.fingerprint(); }

    // Params are an object, an array or Undefined (absent); a handler's Error goes back as a JSON-RPC
    // error (see RpcError::fromError). Registering a name again replaces the handler.
    void registerMethod(const QString &name, ClientRole minimumRole, Handler handler);
    void registerAsyncMethod(const QString &name, ClientRole minimumRole, AsyncHandler handler);

    // Per-connection subscription sets, changed by handlers (e.g. "telemetry.subscribe").
    bool subscribe(quint64 peerId, const QString &topic); // false when the peer is gone
    bool unsubscribe(quint64 peerId, const QString &topic);
    bool isSubscribed(quint64 peerId, const QString &topic) const;
    int subscriberCount(const QString &topic) const;

    bool notify(quint64 peerId, const QString &method, const QJsonValue &params = {});
    // To every connection subscribed to topic; returns how many were sent.
    int notifySubscribers(const QString &topic, const QString &method, const QJsonValue &params = {});

    QList<PeerInfo> peers() const;
    void disconnectPeer(quint64 peerId);

Q_SIGNALS:
    void clientConnected(const PeerInfo &peer);
    // Before admission: a failed or refused TLS handshake, an unknown certificate, too many connections.
    // fingerprint is empty when the handshake did not get that far.
    void clientRefused(const QString &address, const QString &fingerprint, const Error &reason);
    // reason is null when the client left by itself; otherwise why the agent closed the connection.
    void clientDisconnected(const PeerInfo &peer, const Error &reason);
    void methodCalled(const PeerInfo &peer, const QString &method, bool ok, int errorCode);
    void subscribersChanged(const QString &topic, int count);
    // Something the operator must see that is not about one client (e.g. a damaged allowlist file).
    void problem(const Error &error);

private:
    struct Connection;
    struct Method
    {
        ClientRole minimumRole;
        Handler sync;
        AsyncHandler async;
    };
    struct Mailbox;

    void admit(TlsServerSocket *socket);
    void refuseAdmission(TlsServerSocket *socket, const QString &fingerprint, int code,
                         const QString &message, const Error &reason);
    void onReadyRead(quint64 peerId);
    void onDisconnected(quint64 peerId);
    void handleFrame(const std::shared_ptr<Connection> &c, const QByteArray &body);
    void dispatch(const std::shared_ptr<Connection> &c, const RpcMessage &request);
    void deliver(quint64 peerId, const QJsonValue &id, const QString &method,
                 const Result<QJsonValue> &result);
    void deliverWaiting(); // the answers worker threads left in the mailbox
    bool send(Connection &c, const RpcMessage &message);
    void closeConnection(Connection &c, const Error &reason);
    std::optional<ClientRole> currentRole(const QString &fingerprint);

    Identity m_identity;
    ClientAllowlist *m_allowlist;
    Options m_options;
    TlsServer *m_server = nullptr;
    QHash<QString, Method> m_methods;
    QHash<quint64, std::shared_ptr<Connection>> m_connections;
    std::shared_ptr<Mailbox> m_mailbox;
    quint64 m_nextPeerId = 0;
};
