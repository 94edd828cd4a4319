#include "tlsserver.h"

#include "security/identity.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TlsServer)
};

constexpr int kReadChunk = 16 * 1024;

// Drains OpenSSL's thread-local error queue into one line.
QString takeOpensslErrors(const QString &fallback)
{
    QStringList parts;
    char buf[256];
    while (unsigned long e = ERR_get_error()) {
        ERR_error_string_n(e, buf, sizeof buf);
        parts.append(QString::fromLatin1(buf));
    }
    return parts.isEmpty() ? fallback : parts.join(QStringLiteral("; "));
}

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The certificate complaints a self-signed, allowlisted client raises by its nature; anything else (an
// expired certificate, a bad signature) ends the handshake.
int verifyClient(int preverifyOk, X509_STORE_CTX *ctx)
{
    if (preverifyOk)
        return 1;
    switch (X509_STORE_CTX_get_error(ctx)) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
        return 1;
    default:
        return 0;
    }
}

QString certificateFingerprint(X509 *x)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (X509_digest(x, EVP_sha256(), md, &n) != 1)
        return {};
    return formatFingerprint(QByteArray(reinterpret_cast<const char *>(md), int(n)));
}

QString certificateCommonName(X509 *x)
{
    char buf[256];
    const int n = X509_NAME_get_text_by_NID(X509_get_subject_name(x), NID_commonName, buf, sizeof buf);
    return n > 0 ? QString::fromUtf8(buf, n) : QString();
}
} // namespace

// ---- TlsServerSocket ----

TlsServerSocket::TlsServerSocket(int fd, ssl_st *ssl, const QString &address, quint16 port,
                                 int handshakeTimeoutMs, QObject *parent)
    : QObject(parent), m_fd(fd), m_ssl(ssl), m_peerAddress(address), m_peerPort(port)
{
    m_readNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &TlsServerSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &TlsServerSocket::onWritable);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_state == State::Handshake)
            fail(Text::tr("The TLS handshake did not complete in time"));
        else if (m_state == State::Closing)
            abort();
    });
    m_timer->start(handshakeTimeoutMs);
}

TlsServerSocket::~TlsServerSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
    SSL_free(m_ssl);
}

QString TlsServerSocket::peerEndpoint() const
{
    return m_peerAddress.contains(u':') ? QStringLiteral("[%1]:%2").arg(m_peerAddress).arg(m_peerPort)
                                        : QStringLiteral("%1:%2").arg(m_peerAddress).arg(m_peerPort);
}

void TlsServerSocket::write(const QByteArray &data)
{
    if (m_state != State::Encrypted || data.isEmpty())
        return;
    m_out.append(data);
    m_writeNotifier->setEnabled(true); // sent from the event loop, never from inside the caller
}

void TlsServerSocket::disconnectFromHost()
{
    if (m_state == State::Closed || m_state == State::Closing)
        return;
    if (m_state == State::Handshake) {
        abort();
        return;
    }
    m_state = State::Closing;
    m_readNotifier->setEnabled(false);
    if (m_out.isEmpty()) {
        finishClose();
        return;
    }
    m_writeNotifier->setEnabled(true);
    m_timer->start(kCloseTimeoutMs);
}

void TlsServerSocket::abort()
{
    if (m_state == State::Closed)
        return;
    const bool wasOpen = m_state != State::Handshake;
    m_state = State::Closed;
    m_timer->stop();
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    ::close(std::exchange(m_fd, -1));
    m_out.clear();
    if (wasOpen)
        Q_EMIT disconnected();
}

void TlsServerSocket::finishClose()
{
    if (m_state == State::Closed)
        return;
    SSL_shutdown(m_ssl); // one close_notify; the peer's answer is not awaited
    ERR_clear_error();
    abort();
}

void TlsServerSocket::updateNotifiers(bool wantRead, bool wantWrite)
{
    if (m_state == State::Closed)
        return;
    m_readNotifier->setEnabled(wantRead && m_state != State::Closing);
    m_writeNotifier->setEnabled(wantWrite);
}

void TlsServerSocket::onReadable()
{
    if (m_state == State::Handshake)
        continueHandshake();
    else if (m_state == State::Encrypted) {
        readDecrypted();
        if (m_writeBlockedOnRead && m_state == State::Encrypted)
            flush();
    }
}

void TlsServerSocket::onWritable()
{
    if (m_state == State::Handshake)
        continueHandshake();
    else
        flush();
}

void TlsServerSocket::continueHandshake()
{
    ERR_clear_error();
    const int r = SSL_accept(m_ssl);
    if (r == 1) {
        m_timer->stop();
        if (X509 *peer = SSL_get0_peer_certificate(m_ssl)) {
            m_peerFingerprint = certificateFingerprint(peer);
            m_peerCommonName = certificateCommonName(peer);
        }
        m_state = State::Encrypted;
        updateNotifiers(true, false);
        Q_EMIT encrypted();
        return;
    }
    switch (SSL_get_error(m_ssl, r)) {
    case SSL_ERROR_WANT_READ:
        updateNotifiers(true, false);
        return;
    case SSL_ERROR_WANT_WRITE:
        updateNotifiers(false, true);
        return;
    case SSL_ERROR_SYSCALL:
        fail(takeOpensslErrors(errno ? lastSystemError() : Text::tr("The client closed the connection")));
        return;
    default:
        if (X509 *peer = SSL_get0_peer_certificate(m_ssl))
            m_peerFingerprint = certificateFingerprint(peer);
        fail(takeOpensslErrors(Text::tr("The TLS handshake failed")));
        return;
    }
}

void TlsServerSocket::fail(const QString &reason)
{
    m_errorString = reason;
    const bool handshaking = m_state == State::Handshake;
    abort();
    if (handshaking)
        Q_EMIT handshakeFailed(reason);
}

void TlsServerSocket::readDecrypted()
{
    const qsizetype before = m_in.size();
    bool closed = false;
    char buf[kReadChunk];
    for (;;) {
        ERR_clear_error();
        const int n = SSL_read(m_ssl, buf, int(sizeof buf));
        if (n > 0) {
            m_in.append(buf, n);
            continue;
        }
        const int e = SSL_get_error(m_ssl, n);
        if (e == SSL_ERROR_WANT_READ)
            break;
        if (e == SSL_ERROR_WANT_WRITE) {
            updateNotifiers(true, true);
            break;
        }
        // close_notify, a reset, or a TLS error: the connection is over either way.
        if (e != SSL_ERROR_ZERO_RETURN)
            m_errorString =
                takeOpensslErrors(errno ? lastSystemError() : Text::tr("The client closed the connection"));
        closed = true;
        break;
    }
    QPointer<TlsServerSocket> self(this);
    if (m_in.size() > before)
        Q_EMIT readyRead();
    if (self && closed && m_state == State::Encrypted)
        abort();
}

void TlsServerSocket::flush()
{
    m_writeBlockedOnRead = false;
    while (!m_out.isEmpty()) {
        ERR_clear_error();
        const int n = SSL_write(m_ssl, m_out.constData(), int(std::min<qsizetype>(m_out.size(), 1 << 20)));
        if (n > 0) {
            m_out.remove(0, n);
            continue;
        }
        const int e = SSL_get_error(m_ssl, n);
        if (e == SSL_ERROR_WANT_WRITE) {
            updateNotifiers(true, true);
            return;
        }
        if (e == SSL_ERROR_WANT_READ) {
            m_writeBlockedOnRead = true;
            updateNotifiers(true, false);
            return;
        }
        m_errorString = takeOpensslErrors(lastSystemError());
        abort();
        return;
    }
    if (m_state == State::Closing)
        finishClose();
    else
        updateNotifiers(true, false);
}

// ---- TlsServer ----

void TlsServer::CtxDeleter::operator()(ssl_ctx_st *ctx) const
{
    SSL_CTX_free(ctx);
}

TlsServer::TlsServer(QObject *parent) : QObject(parent) {}

TlsServer::~TlsServer()
{
    close();
}

Status TlsServer::listen(const Identity &identity, const QString &address, quint16 port,
                         const Options &options)
{
    close();
    m_options = options;
    // OpenSSL writes with write(2), not send(2) with MSG_NOSIGNAL: a client that vanished would otherwise
    // kill the process with SIGPIPE. A handler the program installed itself is left alone.
    struct sigaction current
    {
    };
    if (::sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
        std::signal(SIGPIPE, SIG_IGN);
    const QString where = Text::tr("Cannot listen on %1 port %2").arg(address).arg(port);

    ERR_clear_error();
    std::unique_ptr<ssl_ctx_st, CtxDeleter> ctx(SSL_CTX_new(TLS_server_method()));
    if (!ctx)
        return Error{where, takeOpensslErrors(QStringLiteral("SSL_CTX_new"))};
    SSL_CTX_set_min_proto_version(ctx.get(), TLS1_3_VERSION);
    SSL_CTX_set_max_proto_version(ctx.get(), TLS1_3_VERSION);
    SSL_CTX_set_num_tickets(ctx.get(), 0); // no resumption: every connection shows its certificate
    SSL_CTX_set_mode(ctx.get(), SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                                    SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, verifyClient);
    {
        BIO *certBio =
            BIO_new_mem_buf(identity.certificatePem.constData(), int(identity.certificatePem.size()));
        X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
        BIO_free(certBio);
        BIO *keyBio = BIO_new_mem_buf(identity.keyPem.constData(), int(identity.keyPem.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
        BIO_free(keyBio);
        const bool ok = cert && key && SSL_CTX_use_certificate(ctx.get(), cert) == 1 &&
                        SSL_CTX_use_PrivateKey(ctx.get(), key) == 1 &&
                        SSL_CTX_check_private_key(ctx.get()) == 1;
        X509_free(cert);
        EVP_PKEY_free(key);
        if (!ok)
            return Error{Text::tr("The agent's key or certificate cannot be used for TLS"),
                         takeOpensslErrors(QStringLiteral("SSL_CTX_use_certificate"))};
    }

    sockaddr_storage sa{};
    socklen_t saLen = 0;
    const QByteArray addr = address.toLatin1();
    if (auto *v4 = reinterpret_cast<sockaddr_in *>(&sa);
        inet_pton(AF_INET, addr.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        saLen = sizeof(sockaddr_in);
    } else if (auto *v6 = reinterpret_cast<sockaddr_in6 *>(&sa);
               inet_pton(AF_INET6, addr.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        saLen = sizeof(sockaddr_in6);
    } else {
        return Error{where, Text::tr("%1 is not a numeric IPv4 or IPv6 address").arg(address)};
    }

    const int fd = ::socket(sa.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{where, lastSystemError(), errno};
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sa), saLen) != 0 || ::listen(fd, 64) != 0) {
        const int err = errno;
        const QString why = QString::fromLocal8Bit(std::strerror(err));
        ::close(fd);
        return Error{where, why, err};
    }
    sockaddr_storage bound{};
    socklen_t boundLen = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLen);
    m_port = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                                               : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    m_address = address;
    m_fd = fd;
    m_ctx = std::move(ctx);
    m_notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TlsServer::onAcceptable);
    return Done{};
}

void TlsServer::close()
{
    delete std::exchange(m_notifier, nullptr);
    if (m_fd >= 0)
        ::close(std::exchange(m_fd, -1));
    m_port = 0;
    const QSet<TlsServerSocket *> handshaking = std::exchange(m_handshaking, {});
    for (TlsServerSocket *s : handshaking) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    m_ctx.reset();
}

void TlsServer::onAcceptable()
{
    for (;;) {
        sockaddr_storage sa{};
        socklen_t len = sizeof sa;
        const int fd = ::accept4(m_fd, reinterpret_cast<sockaddr *>(&sa), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return; // EAGAIN, or a connection that went away before it was taken
        if (m_handshaking.size() >= m_options.maxHandshakes) {
            ::close(fd); // a flood of half-open connections must not exhaust the agent's descriptors
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
        char host[INET6_ADDRSTRLEN] = {};
        quint16 peerPort = 0;
        if (sa.ss_family == AF_INET6) {
            const auto *v6 = reinterpret_cast<const sockaddr_in6 *>(&sa);
            inet_ntop(AF_INET6, &v6->sin6_addr, host, sizeof host);
            peerPort = ntohs(v6->sin6_port);
        } else {
            const auto *v4 = reinterpret_cast<const sockaddr_in *>(&sa);
            inet_ntop(AF_INET, &v4->sin_addr, host, sizeof host);
            peerPort = ntohs(v4->sin_port);
        }
        SSL *ssl = SSL_new(m_ctx.get());
        if (!ssl || SSL_set_fd(ssl, fd) != 1) {
            SSL_free(ssl);
            ::close(fd);
            continue;
        }
        auto *socket = new TlsServerSocket(fd, ssl, QString::fromLatin1(host), peerPort,
                                           m_options.handshakeTimeoutMs, this);
        m_handshaking.insert(socket);
        connect(socket, &TlsServerSocket::encrypted, this, [this, socket] {
            m_handshaking.remove(socket);
            socket->disconnect(this);
            Q_EMIT newConnection(socket);
            if (socket->parent() == this) // nobody took it
                socket->abort(), socket->deleteLater();
        });
        connect(socket, &TlsServerSocket::handshakeFailed, this, [this, socket](const QString &reason) {
            m_handshaking.remove(socket);
            Q_EMIT handshakeFailed(socket->peerEndpoint(), socket->peerFingerprint(), reason);
            socket->deleteLater();
        });
        socket->continueHandshake(); // the client's hello may already be waiting
    }
}
