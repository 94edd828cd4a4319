#include "agentconnection.h"

#include "agent/agentclient.h"
#include "agent/rpcmessage.h"
#include "commands.h"
#include "security/pinstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHostAddress>
#include <QHostInfo>
#include <QStandardPaths>
#include <QTimer>

namespace {
constexpr quint16 kDefaultAgentPort = 7447;

QString defaultIdentityDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/gpuvirt/identity");
}
} // namespace

std::optional<AgentTarget> AgentTarget::parse(const QString &text)
{
    AgentTarget t;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        t.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return std::nullopt;
        portText = rest.mid(1);
    } else if (text.count(u':') > 1) {
        t.host = text; // a bare IPv6 address
    } else {
        const qsizetype colon = text.indexOf(u':');
        t.host = colon < 0 ? text : text.left(colon);
        portText = colon < 0 ? QString() : text.mid(colon + 1);
    }
    if (t.host.isEmpty() || t.host.contains(u' ') || t.host.contains(u'/'))
        return std::nullopt;
    if (t.host.contains(u':') && QHostAddress(t.host).protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    t.port = kDefaultAgentPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        t.port = quint16(port);
    }
    return t;
}

void addIdentityOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("identity"),
                 Ctl::tr("Directory of the console's client key and certificate (default %1; made when "
                         "missing).")
                     .arg(defaultIdentityDir()),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("pins"),
                 Ctl::tr("File of the pinned agent fingerprints (default %1).").arg(PinStore::defaultPath()),
                 QStringLiteral("file")});
}

void addAgentOptions(QCommandLineParser &p)
{
    addIdentityOptions(p);
    p.addOption({QStringLiteral("accept"),
                 Ctl::tr("On first contact, pin the agent when its certificate has this SHA-256 fingerprint "
                         "(compare with gpuvirt-agent --fingerprint on the host)."),
                 QStringLiteral("fingerprint")});
    p.addOption({QStringLiteral("timeout"),
                 Ctl::tr("Seconds to wait for the agent and each answer (default 10)."), QStringLiteral("s"),
                 QStringLiteral("10")});
}

std::optional<Identity> loadConsoleIdentity(const QCommandLineParser &p)
{
    const QString dir =
        p.isSet(QStringLiteral("identity")) ? p.value(QStringLiteral("identity")) : defaultIdentityDir();
    // The same common name as the console's, so that either may make the identity first.
    Result<Identity> id =
        loadOrCreateIdentity(dir, QStringLiteral("gpuvirt-console@") + QHostInfo::localHostName());
    if (!id) {
        ctlError(id.error().toString());
        return std::nullopt;
    }
    return id.value();
}

AgentConnection::AgentConnection() = default;
AgentConnection::~AgentConnection() = default;

QString AgentConnection::hostPort() const
{
    return m_client ? m_client->hostPort() : QString();
}

QString AgentConnection::fingerprint() const
{
    return m_client ? m_client->agentFingerprint() : QString();
}

int AgentConnection::open(const QCommandLineParser &p, const QString &targetText)
{
    const std::optional<AgentTarget> target = AgentTarget::parse(targetText);
    if (!target) {
        ctlError(Ctl::tr("cannot read the agent address \"%1\": use HOST, HOST:PORT or [IPv6]:PORT")
                     .arg(targetText));
        return CtlExit::NoContact;
    }
    bool ok = false;
    const int seconds = p.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || seconds < 1) {
        ctlError(Ctl::tr("--timeout takes a whole number of seconds"));
        return CtlExit::NoContact;
    }
    m_timeoutMs = seconds * 1000;
    QString accept;
    if (p.isSet(QStringLiteral("accept"))) {
        accept = normalizeFingerprint(p.value(QStringLiteral("accept")));
        if (accept.isEmpty()) {
            ctlError(
                Ctl::tr("--accept %1 is not a SHA-256 fingerprint").arg(p.value(QStringLiteral("accept"))));
            return CtlExit::NoContact;
        }
    }
    std::optional<Identity> identity = loadConsoleIdentity(p);
    if (!identity)
        return CtlExit::NoContact;
    m_identity = *identity;
    m_pins = std::make_unique<PinStore>(p.isSet(QStringLiteral("pins")) ? p.value(QStringLiteral("pins"))
                                                                        : PinStore::defaultPath());
    if (Status s = m_pins->load(); !s)
        ctlError(s.error().toString()); // the damaged file was moved aside: this is a first contact again

    AgentClient::Options options;
    options.connectTimeoutMs = m_timeoutMs;
    options.callTimeoutMs = m_timeoutMs;
    m_client = std::make_unique<AgentClient>(m_identity, m_pins.get(), options);
    QEventLoop loop;
    QString refusedAccept; // the fingerprint shown when it differs from --accept
    bool awaitingTrust = false;
    QObject::connect(m_client.get(), &AgentClient::fingerprintUnknown, &loop,
                     [&](const QString &, const QString &fp) {
                         if (accept.isEmpty()) {
                             awaitingTrust = true;
                             loop.quit();
                         } else if (accept == fp) {
                             m_pin = Pin::PinnedNow;
                             QTimer::singleShot(0, m_client.get(), &AgentClient::acceptFingerprint);
                         } else {
                             refusedAccept = fp;
                             loop.quit();
                         }
                     });
    QObject::connect(m_client.get(), &AgentClient::stateChanged, &loop, [&](AgentClient::State s) {
        if (s == AgentClient::State::Connected || s == AgentClient::State::Lost ||
            s == AgentClient::State::Refused)
            loop.quit();
    });
    QTimer::singleShot(m_timeoutMs + 2000, &loop, &QEventLoop::quit); // the client's own timer comes first
    m_client->connectToAgent(target->host, target->port);
    loop.exec();

    const QString hp = m_client->hostPort();
    const QString fp = m_client->agentFingerprint();
    if (m_client->state() == AgentClient::State::Connected) {
        for (const PinStore::Pin &pin : m_pins->pins())
            if (pin.hostPort == hp)
                m_pinnedAt = pin.pinnedAt;
        return CtlExit::Ok;
    }
    const Error error = m_client->lastError();
    const AgentClient::State state = m_client->state();
    m_client->disconnectFromAgent(); // no retries behind our back
    if (awaitingTrust) {
        ctlError(
            Ctl::tr("first contact with the agent %1: its certificate fingerprint is\n  %2\n"
                    "Compare it with the output of \"gpuvirt-agent --fingerprint\" on the host; if they are "
                    "the same, run again with\n  --accept %2\nNothing was pinned.")
                .arg(hp, fp));
    } else if (!refusedAccept.isEmpty()) {
        ctlError(Ctl::tr("the agent %1 shows the fingerprint\n  %2\nnot the one given with --accept\n  %3\n"
                         "Nothing was pinned; do not trust this agent until the difference is explained.")
                     .arg(hp, refusedAccept, accept));
    } else if (error.code == AgentClientError::FingerprintMismatch) {
        ctlError(error.summary);
        ctlError(Ctl::tr("if the agent was reinstalled on purpose, check its new fingerprint on the host "
                         "(gpuvirt-agent --fingerprint), then run\n  gpuvirtctl agent forget %1\nand connect "
                         "again with --accept")
                     .arg(hp));
    } else if (error.code == Rpc::Unauthorized) {
        ctlError(error.summary);
        ctlError(Ctl::tr("this console is not enrolled on the agent. On the host, run\n"
                         "  gpuvirt-agent --enroll %1 --role viewer\n(or --role operator to allow actions)")
                     .arg(m_identity.fingerprint()));
    } else if (!error.isNull()) {
        ctlError(error.toString());
    } else {
        ctlError(state == AgentClient::State::Connecting
                     ? Ctl::tr("the agent %1 did not answer within %n second(s)", "", seconds).arg(hp)
                     : Ctl::tr("cannot connect to the agent %1").arg(hp));
    }
    return CtlExit::NoContact;
}

Result<QJsonValue> AgentConnection::call(const QString &method, const QJsonValue &params)
{
    std::optional<Result<QJsonValue>> answer;
    QEventLoop loop;
    m_client->call(method, params, [&](const Result<QJsonValue> &r) {
        answer = r;
        loop.quit();
    });
    if (!answer) // the callback runs later, always exactly once
        loop.exec();
    return *answer;
}
