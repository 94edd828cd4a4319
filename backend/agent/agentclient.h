// The console's connection to one host agent: TLS 1.3 with the console's client certificate, trust by
// pinning the agent's fingerprint, JSON-RPC calls with timeouts, notifications, reconnection with backoff.
// Lives on the thread that owns it; Qt's sockets are asynchronous, so no worker thread is needed.
#pragma once

#include "clientallowlist.h"
#include "core/result.h"
#include "rpcframe.h"
#include "security/identity.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>

#include <functional>
#include <memory>

class PinStore;
class QSslSocket;
class QSslError;
class QTimer;
struct RpcMessage;

// Error::code values of the client's own failures (the agent's JSON-RPC errors keep their Rpc:: codes).
namespace AgentClientError {
enum : int {
    FingerprintMismatch = 70001, // the pinned certificate changed: possible impersonation
    FingerprintRejected = 70002, // the user refused an unknown certificate
    CertificateRefused = 70003,  // the agent's certificate fails beyond self-signed/host name (expired …)
    NotConnected = 70004,
    ConnectionLost = 70005,
    Timeout = 70006,
    ProtocolViolation = 70007, // the agent sent something that is not our protocol
    PinStoreFailed = 70008,
};
}

class AgentClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentClient)
public:
    // Connecting covers TCP, TLS and waiting for the agent's welcome. AwaitingTrust: an unknown
    // certificate, waiting for acceptFingerprint()/rejectFingerprint(). Lost retries by itself; Refused
    // (mismatch, rejection, not enrolled, unacceptable certificate) waits for connectToAgent().
    enum class State { Disconnected, Connecting, AwaitingTrust, Connected, Lost, Refused };
    Q_ENUM(State)

    struct Options
    {
        quint32 maxFrameSize = RpcFrame::kDefaultMaxSize;
        int callTimeoutMs = 10000;
        int connectTimeoutMs = 10000; // TCP + TLS + welcome
        // Backoff 1, 2, 4 … capped here: by default an agent is found again within 5 s of its return.
        int maxRetrySeconds = 4;
    };
    using Callback = std::function<void(const Result<QJsonValue> &result)>;

    // pins is not owned and must outlive the client; it may be shared by many clients.
    AgentClient(const Identity &identity, PinStore *pins, QObject *parent = nullptr);
    AgentClient(const Identity &identity, PinStore *pins, const Options &options, QObject *parent = nullptr);
    ~AgentClient() override; // pending callbacks are dropped, not called

    void connectToAgent(const QString &host, quint16 port);
    void disconnectFromAgent(); // Disconnected; pending calls fail
    // Only in AwaitingTrust: pin the shown fingerprint and go on, or refuse it (Refused, no retry).
    void acceptFingerprint();
    void rejectFingerprint();

    // The callback runs later on this object's thread, never inside call(); exactly once: with the
    // result, the agent's error (its Rpc:: code), a timeout, or the loss of the connection.
    // timeoutMs < 0 takes Options::callTimeoutMs. Returns the request id, 0 when it failed at once.
    quint64 call(const QString &method, const QJsonValue &params, Callback callback, int timeoutMs = -1);

    State state() const { return m_state; }
    QString hostPort() const { return m_hostPort; }                 // PinStore::hostPortKey form
    QString agentFingerprint() const { return m_agentFingerprint; } // the last certificate seen
    QString agentName() const { return m_agentName; }               // from the welcome
    ClientRole role() const { return m_role; } // what the agent grants us, when Connected
    Error lastError() const { return m_lastError; }
    int retryInSeconds() const { return m_retrySeconds; }

Q_SIGNALS:
    // retryInSeconds > 0 while Lost: when the next attempt will be made.
    void stateChanged(AgentClient::State state, const Error &error, int retryInSeconds);
    void fingerprintUnknown(const QString &hostPort, const QString &fingerprint);
    void notificationReceived(const QString &method, const QJsonValue &params);

private:
    struct Pending
    {
        Callback callback;
        QString method;
        QTimer *timer = nullptr;
    };

    void startAttempt();
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onReadyRead();
    void onSocketGone();
    void handleMessage(const RpcMessage &m);
    void becomeConnected(const QJsonValue &welcome);
    void lose(const Error &why);
    void refuse(const Error &why);
    void dropSocket();
    void setState(State state, const Error &error = {});
    void finish(quint64 id, const Result<QJsonValue> &result);
    void failAll(const Error &why);

    Identity m_identity;
    PinStore *m_pins;
    Options m_options;
    QString m_host;
    quint16 m_port = 0;
    QString m_hostPort;
    QSslSocket *m_socket = nullptr;
    std::unique_ptr<FrameReader> m_reader;
    QTimer *m_retryTimer;
    QTimer *m_connectTimer;
    State m_state = State::Disconnected;
    Error m_lastError;
    Error m_serverError; // a connection-level error the agent sent before closing
    QString m_agentFingerprint;
    QString m_agentName;
    ClientRole m_role = ClientRole::Viewer;
    bool m_trusted = false; // the fingerprint of the current socket matched or was accepted
    int m_attempt = 0;
    int m_retrySeconds = 0;
    quint64 m_nextId = 0;
    QHash<quint64, Pending> m_pending;
};
