// Connection lifecycle of one host: open with credentials, events, loss detection and backoff.
#include "libvirtworker.h"

#include "credentialprovider.h"
#include "libvirtplantarget.h"

#include <QCoreApplication>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>
#include <optional>
#include <semaphore>

// Shared between the worker and libvirt's event thread: callbacks check it before touching the worker.
struct LibvirtCallbackGuard
{
    std::mutex mutex;
    LibvirtWorker *worker = nullptr;
};

namespace {
struct CallbackCookie
{
    std::shared_ptr<LibvirtCallbackGuard> guard;
};

void freeCookie(void *opaque)
{
    delete static_cast<CallbackCookie *>(opaque);
}

// A local driver (test:///, qemu:///…) parses everything it knows at open, on the calling thread, and the
// load that follows is as CPU-bound: with a thousand hosts opening at once, a thousand parsed documents would
// be alive together, and a thousand runnable threads would leave the GUI thread a thousandth of the CPU
// (the window froze for seconds). Opening and loading at most a few local hosts at a time keeps the peak
// low and the window responsive, and costs nothing, since the work is CPU-bound anyway. Remote URIs wait on
// the network, so they are not gated.
bool isLocalUri(const QString &uri)
{
    const int scheme = uri.indexOf(QLatin1String("://"));
    return scheme > 0 && !uri.contains(QLatin1Char('+')) && uri.size() > scheme + 3 &&
           uri.at(scheme + 3) == QLatin1Char('/');
}

std::counting_semaphore<> &localOpenGate()
{
    static std::counting_semaphore<> gate(4);
    return gate;
}

// Holds the gate for a local URI while it lives.
class LocalGate
{
public:
    explicit LocalGate(const QString &uri) : m_gated(isLocalUri(uri))
    {
        if (m_gated)
            localOpenGate().acquire();
    }
    ~LocalGate()
    {
        if (m_gated)
            localOpenGate().release();
    }
    Q_DISABLE_COPY_MOVE(LocalGate)

private:
    bool m_gated;
};

template <typename F> void withWorker(void *opaque, F &&f)
{
    auto *cookie = static_cast<CallbackCookie *>(opaque);
    std::lock_guard lock(cookie->guard->mutex);
    if (LibvirtWorker *w = cookie->guard->worker)
        f(w);
}

QString domainUuid(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf).toLower();
}

int onLifecycle(virConnectPtr, virDomainPtr dom, int event, int, void *opaque)
{
    const QString uuid = domainUuid(dom);
    withWorker(opaque, [&](LibvirtWorker *w) {
        QMetaObject::invokeMethod(w, "domainEvent", Qt::QueuedConnection, Q_ARG(QString, uuid),
                                  Q_ARG(bool, event == VIR_DOMAIN_EVENT_UNDEFINED));
    });
    return 0;
}

void onDeviceChange(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    const QString uuid = domainUuid(dom);
    withWorker(opaque, [&](LibvirtWorker *w) {
        QMetaObject::invokeMethod(w, "domainEvent", Qt::QueuedConnection, Q_ARG(QString, uuid),
                                  Q_ARG(bool, false));
    });
}

void onNodeLifecycle(virConnectPtr, virNodeDevicePtr dev, int event, int, void *opaque)
{
    const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
    withWorker(opaque, [&](LibvirtWorker *w) {
        QMetaObject::invokeMethod(w, "nodeDeviceEvent", Qt::QueuedConnection, Q_ARG(QString, name),
                                  Q_ARG(bool, event == VIR_NODE_DEVICE_EVENT_DELETED));
    });
}

void onNodeUpdate(virConnectPtr, virNodeDevicePtr dev, void *opaque)
{
    const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
    withWorker(opaque, [&](LibvirtWorker *w) {
        QMetaObject::invokeMethod(w, "nodeDeviceEvent", Qt::QueuedConnection, Q_ARG(QString, name),
                                  Q_ARG(bool, false));
    });
}

// The close callback's opaque is the guard itself, with no free function: a driver without close callbacks
// (test:///, the embedded ones) returns success without taking the opaque, so a cookie given to it was
// never freed (LeakSanitizer: one per open). teardown() unregisters the callback before the guard can go.
void onClose(virConnectPtr, int reason, void *opaque)
{
    auto *guard = static_cast<LibvirtCallbackGuard *>(opaque);
    std::lock_guard lock(guard->mutex);
    if (LibvirtWorker *w = guard->worker)
        QMetaObject::invokeMethod(w, "connectionClosed", Qt::QueuedConnection, Q_ARG(int, reason));
}

int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *opaque)
{
    auto *ctx = static_cast<std::pair<CredentialProvider *, QString> *>(opaque);
    if (!ctx->first)
        return -1;
    QList<CredentialRequest> requests;
    for (unsigned i = 0; i < ncred; ++i) {
        CredentialRequest r;
        switch (cred[i].type) {
        case VIR_CRED_AUTHNAME:
            r.kind = CredentialRequest::Kind::Username;
            break;
        case VIR_CRED_PASSPHRASE:
            r.kind = CredentialRequest::Kind::Password;
            r.secret = true;
            break;
        case VIR_CRED_NOECHOPROMPT:
            r.kind = CredentialRequest::Kind::Passphrase;
            r.secret = true;
            break;
        default:
            r.kind = CredentialRequest::Kind::Other;
            break;
        }
        r.prompt = QString::fromUtf8(cred[i].prompt ? cred[i].prompt : "");
        r.defaultValue = QString::fromUtf8(cred[i].defresult ? cred[i].defresult : "");
        requests.append(r);
    }
    if (!ctx->first->provide(ctx->second, requests))
        return -1;
    for (unsigned i = 0; i < ncred; ++i) {
        const QByteArray v = requests[int(i)].result.toUtf8();
        cred[i].result = strdup(v.constData());
        cred[i].resultlen = unsigned(v.size());
    }
    return 0;
}
} // namespace

LibvirtWorker::LibvirtWorker(const QString &uri, const Options &options)
    : m_uri(uri), m_options(options), m_guard(std::make_shared<LibvirtCallbackGuard>())
{
    m_guard->worker = this;
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &LibvirtWorker::open);
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &LibvirtWorker::poll);
}

LibvirtWorker::~LibvirtWorker()
{
    {
        std::lock_guard lock(m_guard->mutex);
        m_guard->worker = nullptr;
    }
    teardown();
}

void LibvirtWorker::open()
{
    m_wantOpen = true;
    if (m_conn)
        return;
    m_state = HostConnection::State::Connecting;
    Q_EMIT stateChanged(m_state, {}, 0);

    static int credTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT};
    std::pair<CredentialProvider *, QString> ctx{m_options.credentials, m_uri};
    virConnectAuth auth{credTypes, sizeof(credTypes) / sizeof(credTypes[0]), authCallback, &ctx};
    std::optional<LocalGate> gate(std::in_place, m_uri);
    m_conn = virConnectOpenAuth(m_uri.toUtf8().constData(), &auth, 0);
    if (!m_conn) {
        gate.reset();
        lose(lastError(QCoreApplication::translate("LibvirtWorker", "Cannot connect to %1").arg(m_uri)));
        return;
    }
    virConnectSetKeepAlive(m_conn, 5, 3); // remote hosts only; local drivers answer "unsupported"
    virResetLastError();
    registerEvents();

    Result<HostSnapshot> snapshot = loadAll();
    gate.reset();
    if (!snapshot) {
        lose(snapshot.error());
        return;
    }
    m_attempt = 0;
    m_state = HostConnection::State::Connected;
    Q_EMIT stateChanged(m_state, {}, 0);
    Q_EMIT snapshotLoaded(snapshot.value());
}

void LibvirtWorker::close()
{
    m_wantOpen = false;
    m_retryTimer->stop();
    teardown();
    m_state = HostConnection::State::Disconnected;
    Q_EMIT stateChanged(m_state, {}, 0);
}

void LibvirtWorker::refresh()
{
    if (!m_conn) {
        if (m_wantOpen) {
            m_retryTimer->stop();
            open();
        }
        return;
    }
    std::optional<LocalGate> gate(std::in_place, m_uri);
    Result<HostSnapshot> snapshot = loadAll();
    gate.reset();
    if (!snapshot) {
        lose(snapshot.error());
        return;
    }
    Q_EMIT snapshotLoaded(snapshot.value());
}

void LibvirtWorker::runJob(const std::function<void(PlanTarget *)> &job)
{
    if (!m_conn) {
        job(nullptr);
        return;
    }
    LibvirtPlanTarget target(m_conn);
    job(&target);
    // Events may be off, or slower than the operator's next look: show the job's result now. Only real
    // changes are emitted, so events that come later repeat nothing.
    if (!connectionBroken() && pollDomains())
        pollNodeDevices();
}

void LibvirtWorker::registerEvents()
{
    // libvirt frees a cookie (freeCookie) when its callback goes away, but not when registering fails.
    CallbackCookie *pending = nullptr;
    auto cookie = [&] { return pending = new CallbackCookie{m_guard}; };
    auto kept = [&](int id) {
        if (id < 0)
            delete pending;
        pending = nullptr;
        return id;
    };
    if (!m_options.forcePolling) {
        const int lifecycle = kept(
            virConnectDomainEventRegisterAny(m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                             VIR_DOMAIN_EVENT_CALLBACK(onLifecycle), cookie(), freeCookie));
        if (lifecycle >= 0) {
            m_domainCallbacks.append(lifecycle);
            for (int id : {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED}) {
                const int cb = kept(virConnectDomainEventRegisterAny(
                    m_conn, nullptr, id, VIR_DOMAIN_EVENT_CALLBACK(onDeviceChange), cookie(), freeCookie));
                if (cb >= 0)
                    m_domainCallbacks.append(cb);
            }
        }
        const int nodeLife = kept(virConnectNodeDeviceEventRegisterAny(
            m_conn, nullptr, VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE,
            VIR_NODE_DEVICE_EVENT_CALLBACK(onNodeLifecycle), cookie(), freeCookie));
        if (nodeLife >= 0) {
            m_nodeCallbacks.append(nodeLife);
            const int upd = kept(virConnectNodeDeviceEventRegisterAny(
                m_conn, nullptr, VIR_NODE_DEVICE_EVENT_ID_UPDATE,
                VIR_NODE_DEVICE_EVENT_CALLBACK(onNodeUpdate), cookie(), freeCookie));
            if (upd >= 0)
                m_nodeCallbacks.append(upd);
        }
    }
    m_closeCallback = virConnectRegisterCloseCallback(m_conn, onClose, m_guard.get(), nullptr) == 0;
    virResetLastError();
    // Without events, poll: the same diff as events, only later.
    if (m_domainCallbacks.isEmpty() || m_nodeCallbacks.isEmpty())
        m_pollTimer->start(m_options.pollIntervalMs);
}

void LibvirtWorker::deregisterEvents()
{
    if (!m_conn)
        return;
    for (int id : std::as_const(m_domainCallbacks))
        virConnectDomainEventDeregisterAny(m_conn, id);
    for (int id : std::as_const(m_nodeCallbacks))
        virConnectNodeDeviceEventDeregisterAny(m_conn, id);
    if (m_closeCallback)
        virConnectUnregisterCloseCallback(m_conn, onClose);
    m_domainCallbacks.clear();
    m_nodeCallbacks.clear();
    m_closeCallback = false;
    virResetLastError();
}

void LibvirtWorker::teardown()
{
    m_pollTimer->stop();
    if (!m_conn)
        return;
    deregisterEvents();
    virConnectClose(m_conn);
    m_conn = nullptr;
    m_domainXml.clear();
    m_nodes.clear();
    m_pendingDomains.clear();
}

void LibvirtWorker::lose(const Error &why)
{
    teardown();
    m_state = HostConnection::State::Lost;
    scheduleRetry();
    Q_EMIT stateChanged(m_state, why, m_retryTimer->isActive() ? (m_retryTimer->interval() + 999) / 1000 : 0);
}

void LibvirtWorker::scheduleRetry()
{
    if (!m_wantOpen)
        return;
    // 1, 2, 4 … seconds, capped: a host that is down is not hammered, one that returns is found soon.
    const int seconds = std::min(m_options.maxBackoffSeconds, 1 << std::min(m_attempt, 10));
    ++m_attempt;
    m_retryTimer->start(seconds * 1000);
}

void LibvirtWorker::connectionClosed(int reason)
{
    if (!m_conn)
        return;
    const QString why = reason == VIR_CONNECT_CLOSE_REASON_EOF ? QStringLiteral("end of file from server")
                        : reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE ? QStringLiteral("keepalive timeout")
                        : reason == VIR_CONNECT_CLOSE_REASON_CLIENT    ? QStringLiteral("closed by client")
                                                                       : QStringLiteral("I/O error");
    lose(Error{QCoreApplication::translate("LibvirtWorker", "Lost the connection to %1").arg(m_uri), why,
               reason});
}

Error LibvirtWorker::lastError(const QString &summary) const
{
    const virError *e = virGetLastError();
    Error err{summary, e && e->message ? QString::fromUtf8(e->message) : QString(), e ? e->code : 0};
    virResetLastError();
    return err;
}

bool LibvirtWorker::connectionBroken() const
{
    return !m_conn || virConnectIsAlive(m_conn) != 1;
}
