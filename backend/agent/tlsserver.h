// The agent's TLS 1.3 listener, on OpenSSL and plain sockets under Qt's event loop. The agent does not use
// QSslServer: QtNetwork with its TLS plugin, Kerberos and proxy libraries is a fifth of the daemon's
// resident memory, and the daemon needs none of it (see docs/agent-protocol.md, "Memory").
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QSocketNotifier;
class QTimer;
struct Identity;
struct ssl_ctx_st;
struct ssl_st;

// One accepted connection. Writes are queued and sent from the event loop, so write() never reports a
// failure or disconnects re-entrantly; disconnected() comes from the event loop or from
// disconnectFromHost()/abort() themselves.
class TlsServerSocket final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsServerSocket)
public:
    enum class State { Handshake, Encrypted, Closing, Closed };
    static constexpr int kCloseTimeoutMs = 10000;

    ~TlsServerSocket() override;

    State state() const { return m_state; }
    QString peerAddress() const { return m_peerAddress; } // "127.0.0.1", "::1"
    quint16 peerPort() const { return m_peerPort; }
    // "127.0.0.1:51234" or "[::1]:51234"
    QString peerEndpoint() const;
    QString peerFingerprint() const { return m_peerFingerprint; } // "AB:CD:…"; empty without certificate
    QString peerCommonName() const { return m_peerCommonName; }
    QString errorString() const { return m_errorString; }

    qint64 bytesAvailable() const { return m_in.size(); }
    QByteArray readAll() { return std::exchange(m_in, {}); }
    void write(const QByteArray &data);
    qint64 bytesToWrite() const { return m_out.size(); }
    // Sends what is queued, then a close_notify, then closes. A peer that does not read is aborted after
    // kCloseTimeoutMs.
    void disconnectFromHost();
    void abort();

Q_SIGNALS:
    void encrypted();
    void handshakeFailed(const QString &reason);
    void readyRead();
    void disconnected();

private:
    friend class TlsServer;
    TlsServerSocket(int fd, ssl_st *ssl, const QString &address, quint16 port, int handshakeTimeoutMs,
                    QObject *parent);

    void onReadable();
    void onWritable();
    void continueHandshake();
    void readDecrypted();
    void flush();
    void updateNotifiers(bool wantRead, bool wantWrite);
    void fail(const QString &reason);
    void finishClose();

    int m_fd = -1;
    ssl_st *m_ssl = nullptr;
    State m_state = State::Handshake;
    QString m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_peerFingerprint;
    QString m_peerCommonName;
    QString m_errorString;
    QByteArray m_in;
    QByteArray m_out;
    bool m_writeBlockedOnRead = false;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_timer = nullptr; // handshake, then closing deadline
};

class TlsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsServer)
public:
    struct Options
    {
        int handshakeTimeoutMs = 10000;
        int maxHandshakes = 64; // connections still in their handshake; more are closed at once
    };

    explicit TlsServer(QObject *parent = nullptr);
    ~TlsServer() override;

    // TLS 1.3 only; the client must present a certificate, which is not checked against any CA (self-
    // signed ones are the rule) but must otherwise be sound (dates, signature). address is a numeric IPv4
    // or IPv6 address; port 0 picks a free port.
    Status listen(const Identity &identity, const QString &address, quint16 port, const Options &options);
    void close();
    bool isListening() const { return m_fd >= 0; }
    quint16 port() const { return m_port; }
    QString address() const { return m_address; }

Q_SIGNALS:
    // The handshake is complete; the receiver takes ownership (setParent) of the socket.
    void newConnection(TlsServerSocket *socket);
    // The handshake failed or timed out; fingerprint is empty when no certificate was seen.
    void handshakeFailed(const QString &peerEndpoint, const QString &fingerprint, const QString &reason);

private:
    void onAcceptable();

    struct CtxDeleter
    {
        void operator()(ssl_ctx_st *ctx) const;
    };
    std::unique_ptr<ssl_ctx_st, CtxDeleter> m_ctx;
    Options m_options;
    int m_fd = -1;
    quint16 m_port = 0;
    QString m_address;
    QSocketNotifier *m_notifier = nullptr;
    QSet<TlsServerSocket *> m_handshaking;
};
