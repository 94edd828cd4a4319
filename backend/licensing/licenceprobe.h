// One look at a licence server without blocking anyone: name lookup, TCP connect with its round trip,
// and for DLS/CLS a TLS handshake whose certificate, chain (system store or a pinned CA) and host name
// are checked and recorded. Everything runs on signals and one timer on the caller's thread.
#pragma once

#include "licenceserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QStringList>

#include <optional>

class QAbstractSocket;
class QHostInfo;
class QTimer;

struct LicenceProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(LicenceProbe)
public:
    enum class State {
        NotProbed,    // nothing known yet
        Demo,         // the demo's servers are never probed
        Reachable,    // connected (and for TLS: the handshake finished; see the checks below)
        Refused,      // nothing listens on the port
        TimedOut,     // no connection, or no handshake, within the time given
        HostNotFound, // the name does not resolve
        TlsFailed,    // connected, but no TLS handshake (not a TLS server, or it hung up)
        NetworkError, // anything else the socket says (no route, …)
        Misconfigured // the probe could not start (the pinned CA file cannot be read …)
    };
    struct Certificate
    {
        QString subject; // "CN=dls.example.com, O=Example"
        QString issuer;
        QStringList sans;              // "DNS:dls.example.com", "IP:10.0.0.5"
        QDateTime notBefore, notAfter; // UTC
        QString fingerprint;           // SHA-256 "AB:CD:…"
        bool selfSigned = false;
    };

    QString server; // the registry name
    State state = State::NotProbed;
    Error error;        // why it is not Reachable, translated summary and raw detail
    QDateTime probedAt; // UTC
    int rttMs = -1;     // TCP connect round trip (after the name lookup); -1 when not connected
    QString peerAddress;
    bool tls = false;    // a TLS handshake was attempted
    QString tlsProtocol; // "TLS 1.3"
    std::optional<Certificate> certificate;
    bool chainValid = false;
    QStringList chainErrors; // what the verification said, raw (English, from the TLS library)
    bool hostnameMatches = false;
    QString trustedBy; // "system" or the pinned CA file

    bool reachable() const { return state == State::Reachable; }
    // Reachable and, for TLS, a valid chain, a matching name and a certificate that has not expired.
    bool healthy(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QString stateText() const; // translated, short: "Reachable", "Connection refused" …
    // One line for the table: state, or what is wrong with the certificate.
    QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QJsonObject toJson() const;       // docs/licensing.md
    static QString stateKey(State s); // "reachable", "refused", "timeout", "dns", "tls-error" …
};

class LicenceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenceProbe)
public:
    struct Options
    {
        int timeoutMs = 8000; // for the whole probe: lookup, connect and handshake
    };

    explicit LicenceProbe(QObject *parent = nullptr);
    ~LicenceProbe() override;

    // Starts probing; finished() follows exactly once (also for demo servers, at once but queued).
    // A second start() while running is ignored.
    void start(const LicenceServer &server, const Options &options);
    void start(const LicenceServer &server) { start(server, Options{}); }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const LicenceProbeResult &result);

private:
    void onLookedUp(const QHostInfo &info);
    void onConnected();
    void onEncrypted();
    void onSocketError();
    void onTimeout();
    void finish();
    void fail(LicenceProbeResult::State state, const Error &error);

    LicenceServer m_server;
    LicenceProbeResult m_result;
    QTimer *m_timer;
    QAbstractSocket *m_socket = nullptr;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_connectClock;
    int m_lookupId = -1;
    bool m_running = false;
};

Q_DECLARE_METATYPE(LicenceProbeResult)
