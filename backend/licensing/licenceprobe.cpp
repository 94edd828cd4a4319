#include "licenceprobe.h"

#include "security/identity.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace {
QString protocolText(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1:
        return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_0:
        return QStringLiteral("TLS 1.0");
        QT_WARNING_POP
    default:
        return QStringLiteral("unknown");
    }
}

QString nameText(const QSslCertificate &c, bool issuer)
{
    // Most specific first, as people read a name: "CN=…, OU=…, O=…, L=…, ST=…, C=…", then the rest.
    static const QList<QByteArray> order{"CN", "OU", "O", "L", "ST", "C"};
    QList<QByteArray> attrs = issuer ? c.issuerInfoAttributes() : c.subjectInfoAttributes();
    std::stable_sort(attrs.begin(), attrs.end(), [](const QByteArray &a, const QByteArray &b) {
        const qsizetype ia = order.indexOf(a), ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    QStringList parts;
    for (const QByteArray &a : attrs) {
        const QStringList values = issuer ? c.issuerInfo(a) : c.subjectInfo(a);
        for (const QString &v : values)
            parts.append(QString::fromLatin1(a) + u'=' + v);
    }
    return parts.join(QStringLiteral(", "));
}

LicenceProbeResult::Certificate describe(const QSslCertificate &c)
{
    LicenceProbeResult::Certificate d;
    d.subject = nameText(c, false);
    d.issuer = nameText(c, true);
    const auto alt = c.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it)
        d.sans.append((it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:") : QStringLiteral("DNS:")) +
                      it.value());
    d.notBefore = c.effectiveDate().toUTC();
    d.notAfter = c.expiryDate().toUTC();
    d.fingerprint = fingerprintSha256(c);
    d.selfSigned = c.isSelfSigned();
    return d;
}
} // namespace

bool LicenceProbeResult::healthy(const QDateTime &now) const
{
    if (!reachable())
        return false;
    if (!tls)
        return true;
    return chainValid && hostnameMatches && certificate && certificate->notAfter > now;
}

QString LicenceProbeResult::stateKey(State s)
{
    switch (s) {
    case State::NotProbed:
        return QStringLiteral("not-probed");
    case State::Demo:
        return QStringLiteral("demo");
    case State::Reachable:
        return QStringLiteral("reachable");
    case State::Refused:
        return QStringLiteral("refused");
    case State::TimedOut:
        return QStringLiteral("timeout");
    case State::HostNotFound:
        return QStringLiteral("dns");
    case State::TlsFailed:
        return QStringLiteral("tls-error");
    case State::NetworkError:
        return QStringLiteral("network-error");
    case State::Misconfigured:
        return QStringLiteral("misconfigured");
    }
    return {};
}

QString LicenceProbeResult::stateText() const
{
    switch (state) {
    case State::NotProbed:
        return tr("Not probed yet");
    case State::Demo:
        return tr("Demo (not probed)");
    case State::Reachable:
        return tr("Reachable");
    case State::Refused:
        return tr("Connection refused");
    case State::TimedOut:
        return tr("Timed out");
    case State::HostNotFound:
        return tr("Name not found");
    case State::TlsFailed:
        return tr("TLS handshake failed");
    case State::NetworkError:
        return tr("Network error");
    case State::Misconfigured:
        return tr("Cannot probe");
    }
    return {};
}

QString LicenceProbeResult::summary(const QDateTime &now) const
{
    if (!reachable())
        return error.isNull() ? stateText() : error.summary;
    if (!tls)
        return tr("Reachable in %n ms (plain TCP)", nullptr, rttMs);
    if (certificate && certificate->notAfter <= now)
        return tr("Certificate expired on %1").arg(certificate->notAfter.date().toString(Qt::ISODate));
    if (!hostnameMatches)
        return tr("Certificate does not name this server");
    if (!chainValid)
        return certificate && certificate->selfSigned ? tr("Self-signed certificate, not trusted")
                                                      : tr("Certificate not trusted");
    return tr("Healthy, %1, %n ms", nullptr, rttMs).arg(tlsProtocol);
}

QJsonObject LicenceProbeResult::toJson() const
{
    QJsonObject o{{QStringLiteral("server"), server},
                  {QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("healthy"), healthy()}};
    if (probedAt.isValid())
        o.insert(QStringLiteral("probedAt"), probedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!error.isNull())
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("summary"), error.summary},
                                                      {QStringLiteral("detail"), error.detail},
                                                      {QStringLiteral("code"), error.code}});
    if (rttMs >= 0)
        o.insert(QStringLiteral("rttMs"), rttMs);
    if (!peerAddress.isEmpty())
        o.insert(QStringLiteral("peerAddress"), peerAddress);
    if (tls && (reachable() || certificate)) {
        QJsonObject t{{QStringLiteral("protocol"), tlsProtocol},
                      {QStringLiteral("chainValid"), chainValid},
                      {QStringLiteral("chainErrors"), QJsonArray::fromStringList(chainErrors)},
                      {QStringLiteral("hostnameMatches"), hostnameMatches},
                      {QStringLiteral("trustedBy"), trustedBy}};
        if (certificate)
            t.insert(QStringLiteral("certificate"),
                     QJsonObject{{QStringLiteral("subject"), certificate->subject},
                                 {QStringLiteral("issuer"), certificate->issuer},
                                 {QStringLiteral("sans"), QJsonArray::fromStringList(certificate->sans)},
                                 {QStringLiteral("notBefore"), certificate->notBefore.toString(Qt::ISODate)},
                                 {QStringLiteral("notAfter"), certificate->notAfter.toString(Qt::ISODate)},
                                 {QStringLiteral("sha256"), certificate->fingerprint},
                                 {QStringLiteral("selfSigned"), certificate->selfSigned}});
        o.insert(QStringLiteral("tls"), t);
    }
    return o;
}

LicenceProbe::LicenceProbe(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // The operator set the timeout in milliseconds: a coarse timer may fire up to 5 % early.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LicenceProbe::onTimeout);
}

LicenceProbe::~LicenceProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void LicenceProbe::start(const LicenceServer &server, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_server = server;
    m_result = {};
    m_result.server = server.name;
    m_result.tls = server.usesTls();
    m_sslErrors.clear();
    if (server.demo) {
        m_result.state = LicenceProbeResult::State::Demo;
        QMetaObject::invokeMethod(this, &LicenceProbe::finish, Qt::QueuedConnection);
        return;
    }
    m_timer->start(options.timeoutMs);
    m_lookupId = QHostInfo::lookupHost(server.address, this, &LicenceProbe::onLookedUp);
}

void LicenceProbe::onLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(LicenceProbeResult::State::HostNotFound,
             Error{LicenceProbeResult::tr("The name %1 does not resolve").arg(m_server.address),
                   info.errorString(), int(info.error())});
        return;
    }
    const QHostAddress address = info.addresses().constFirst();
    m_result.peerAddress = address.toString();
    if (m_server.usesTls()) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        // QueryPeer: the handshake finishes whatever the certificate is like, and the verification's
        // findings still arrive in sslErrors(): a probe reports a bad certificate, it does not stop at it.
        conf.setPeerVerifyMode(QSslSocket::QueryPeer);
        m_result.trustedBy = QStringLiteral("system");
        if (!m_server.caFile.isEmpty()) {
            QFile f(m_server.caFile);
            const QList<QSslCertificate> ca = f.open(QIODevice::ReadOnly)
                                                  ? QSslCertificate::fromData(f.readAll(), QSsl::Pem)
                                                  : QList<QSslCertificate>{};
            if (ca.isEmpty()) {
                delete ssl;
                fail(LicenceProbeResult::State::Misconfigured,
                     Error{LicenceProbeResult::tr("The pinned CA file %1 holds no PEM certificate")
                               .arg(m_server.caFile),
                           f.errorString()});
                return;
            }
            conf.setCaCertificates(ca);
            m_result.trustedBy = m_server.caFile;
        }
        ssl->setSslConfiguration(conf);
        ssl->setPeerVerifyName(m_server.address);
        connect(ssl, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
        connect(ssl, &QSslSocket::encrypted, this, &LicenceProbe::onEncrypted);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connect(m_socket, &QAbstractSocket::connected, this, &LicenceProbe::onConnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &LicenceProbe::onSocketError);
    m_connectClock.start();
    m_socket->connectToHost(address, m_server.port);
}

void LicenceProbe::onConnected()
{
    m_result.rttMs = int(m_connectClock.elapsed());
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        ssl->startClientEncryption();
        return;
    }
    m_result.state = LicenceProbeResult::State::Reachable;
    finish();
}

void LicenceProbe::onEncrypted()
{
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    m_result.state = LicenceProbeResult::State::Reachable;
    m_result.tlsProtocol = protocolText(ssl->sessionProtocol());
    const QSslCertificate peer = ssl->peerCertificate();
    if (!peer.isNull())
        m_result.certificate = describe(peer);
    m_result.hostnameMatches = !peer.isNull();
    m_result.chainValid = !peer.isNull();
    for (const QSslError &e : std::as_const(m_sslErrors)) {
        if (e.error() == QSslError::HostNameMismatch) {
            m_result.hostnameMatches = false;
            continue;
        }
        m_result.chainValid = false;
        if (!m_result.chainErrors.contains(e.errorString()))
            m_result.chainErrors.append(e.errorString());
    }
    finish();
}

void LicenceProbe::onSocketError()
{
    if (!m_running)
        return;
    using State = LicenceProbeResult::State;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString raw = m_socket->errorString();
    const bool connected = m_result.rttMs >= 0;
    const QString where = QStringLiteral("%1:%2").arg(m_server.address).arg(m_server.port);
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(State::Refused,
             Error{LicenceProbeResult::tr("Nothing listens on %1").arg(where), raw, int(code)});
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(State::HostNotFound,
             Error{LicenceProbeResult::tr("The name %1 does not resolve").arg(m_server.address), raw,
                   int(code)});
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(State::TimedOut,
             Error{LicenceProbeResult::tr("%1 did not answer in time").arg(where), raw, int(code)});
        return;
    default:
        break;
    }
    if (connected && m_server.usesTls())
        fail(State::TlsFailed,
             Error{LicenceProbeResult::tr("%1 accepted the connection but no TLS handshake").arg(where), raw,
                   int(code)});
    else
        fail(State::NetworkError,
             Error{LicenceProbeResult::tr("Cannot reach %1").arg(where), raw, int(code)});
}

void LicenceProbe::onTimeout()
{
    const QString where = QStringLiteral("%1:%2").arg(m_server.address).arg(m_server.port);
    const bool connected = m_result.rttMs >= 0;
    fail(
        LicenceProbeResult::State::TimedOut,
        Error{connected
                  ? LicenceProbeResult::tr("%1 accepted the connection but did not answer in time").arg(where)
                  : LicenceProbeResult::tr("%1 did not answer in time").arg(where),
              connected ? QStringLiteral("no TLS handshake within %1 ms").arg(m_timer->interval())
                        : QStringLiteral("no connection within %1 ms").arg(m_timer->interval())});
}

void LicenceProbe::fail(LicenceProbeResult::State state, const Error &error)
{
    if (!m_running)
        return;
    m_result.state = state;
    m_result.error = error;
    finish();
}

void LicenceProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result.probedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(m_result);
}
