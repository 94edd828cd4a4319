// The agent's server and the console's client over real TLS 1.3 on loopback, with identities made by
// the project's own code: admission by fingerprint and role, first-contact pinning, a changed agent
// refused, reconnection, hostile peers, notifications, timeouts and the limits.
#include "agent/agentclient.h"
#include "agent/agentserver.h"
#include "agent/clientallowlist.h"
#include "agent/rpcframe.h"
#include "agent/rpcmessage.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
const QString kTopic = QStringLiteral("telemetry");
constexpr int kWaitMs = 5000;

// A TLS peer that speaks raw frames: what a broken or hostile client would send.
class RawPeer
{
public:
    explicit RawPeer(const Identity *id, QSsl::SslProtocol protocol = QSsl::TlsV1_3OrLater)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(protocol);
        if (id) {
            tls.setLocalCertificate(id->sslCertificate());
            tls.setPrivateKey(id->sslKey());
        }
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setCaCertificates({});
        socket.setSslConfiguration(tls);
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] {
            reader.append(socket.readAll());
            while (auto body = reader.takeFrame())
                received.append(RpcMessage::parse(*body));
        });
    }
    void connectTo(quint16 port) { socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port); }
    void send(const QByteArray &bytes) { socket.write(bytes); }

    QSslSocket socket;
    FrameReader reader;
    QList<RpcMessage> received;
};
} // namespace

class TestAgentTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void operatorCallsViewerAndOperatorMethods();
    void viewerForbiddenOperatorMethod();
    void unknownClientUnauthorized();
    void firstContactAcceptPins();
    void firstContactReject();
    void changedAgentIdentityRefusedWithoutRetry();
    void reconnectsAfterAgentRestart();
    void hostileRawClientsDroppedOthersServed();
    void notificationsOnlyToSubscribers();
    void callTimesOutWhenHandlerNeverAnswers();
    void droppedResponderAnswersWithError();
    void workerThreadAnswers();
    void pendingCallsFailWhenConnectionLost();
    void revokedClientRefusedAtNextCall();
    void tls12ClientRefused();
    void clientWithoutCertificateRefused();
    void silentConnectionTimesOut();
    void tooManyConnections();
    void busyPortIsAnError();
    void largeMessagesArriveWhole();
    void clientThatStopsReadingIsDropped();
    void ipv6AndBadAddresses();

private:
    std::unique_ptr<AgentServer> startServer(const Identity &id, quint16 port = 0,
                                             AgentServer::Options options = {});
    std::unique_ptr<AgentClient> makeClient(const Identity &id, bool pin = true,
                                            AgentClient::Options options = {});
    std::unique_ptr<AgentClient> connectedClient(const Identity &id);
    Result<QJsonValue> callAndWait(AgentClient &client, const QString &method, const QJsonValue &params = {},
                                   int timeoutMs = -1);
    QString hostPort() const { return PinStore::hostPortKey(QStringLiteral("127.0.0.1"), m_port); }

    Identity m_agent, m_otherAgent, m_operator, m_viewer, m_stranger;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ClientAllowlist> m_allow;
    std::unique_ptr<PinStore> m_pins;
    std::unique_ptr<AgentServer> m_server;
    quint16 m_port = 0;
    QList<AgentServer::Responder> m_parked; // calls the "never answers" handler holds on to
    QList<QThread *> m_threads;
};

void TestAgentTls::initTestCase()
{
    for (auto [id, name] : {std::pair{&m_agent, "gpu-01"},
                            {&m_otherAgent, "gpu-01"},
                            {&m_operator, "ops-console"},
                            {&m_viewer, "viewer-console"},
                            {&m_stranger, "stranger"}}) {
        Result<Identity> made = createIdentity(QString::fromLatin1(name), {QStringLiteral("localhost")});
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        *id = made.value();
    }
}

void TestAgentTls::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_allow = std::make_unique<ClientAllowlist>(m_dir->filePath(QStringLiteral("clients.json")));
    QVERIFY(m_allow->enroll(m_operator.fingerprint(), ClientRole::Operator, QStringLiteral("ops")).ok());
    QVERIFY(m_allow->enroll(m_viewer.fingerprint(), ClientRole::Viewer).ok());
    m_pins = std::make_unique<PinStore>(m_dir->filePath(QStringLiteral("known-agents.json")));
    m_server = startServer(m_agent);
    QVERIFY(m_server);
    m_port = m_server->port();
    QVERIFY(m_port != 0);
}

void TestAgentTls::cleanup()
{
    m_parked.clear();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
    m_threads.clear();
    m_server.reset();
}

std::unique_ptr<AgentServer> TestAgentTls::startServer(const Identity &id, quint16 port,
                                                       AgentServer::Options options)
{
    auto server = std::make_unique<AgentServer>(id, m_allow.get(), options);
    AgentServer *s = server.get();
    s->registerMethod(
        QStringLiteral("facts.get"), ClientRole::Viewer, [](const QJsonValue &, const PeerInfo &peer) {
            return Result<QJsonValue>(QJsonObject{{QStringLiteral("host"), QStringLiteral("gpu-01")},
                                                  {QStringLiteral("you"), ClientRoles::key(peer.role)}});
        });
    s->registerMethod(
        QStringLiteral("mdev.create"), ClientRole::Operator, [](const QJsonValue &params, const PeerInfo &) {
            const QString uuid = params.toObject().value(QStringLiteral("uuid")).toString();
            if (uuid.isEmpty())
                return Result<QJsonValue>(Error{QStringLiteral("No UUID given"),
                                                QStringLiteral("params.uuid"), Rpc::InvalidArgument});
            return Result<QJsonValue>(QJsonObject{{QStringLiteral("created"), uuid}});
        });
    s->registerMethod(QStringLiteral("telemetry.subscribe"), ClientRole::Viewer,
                      [s](const QJsonValue &, const PeerInfo &peer) {
                          return Result<QJsonValue>(s->subscribe(peer.id, kTopic));
                      });
    s->registerAsyncMethod(QStringLiteral("slow.never"), ClientRole::Viewer,
                           [this](const QJsonValue &, const PeerInfo &, AgentServer::Responder respond) {
                               m_parked.append(respond);
                           });
    s->registerAsyncMethod(QStringLiteral("slow.drop"), ClientRole::Viewer,
                           [](const QJsonValue &, const PeerInfo &, AgentServer::Responder) {});
    s->registerAsyncMethod(
        QStringLiteral("worker.echo"), ClientRole::Viewer,
        [this](const QJsonValue &params, const PeerInfo &, AgentServer::Responder respond) {
            QThread *t = QThread::create([params, respond] { respond(params); });
            m_threads.append(t);
            t->start();
        });
    const Status listening = s->listen(QHostAddress::LocalHost, port);
    if (!listening) {
        qWarning("%s", qPrintable(listening.error().toString()));
        return nullptr;
    }
    return server;
}

std::unique_ptr<AgentClient> TestAgentTls::makeClient(const Identity &id, bool pin,
                                                      AgentClient::Options options)
{
    if (pin && m_pins->pinned(hostPort()).isEmpty())
        [&] { QVERIFY(m_pins->pin(hostPort(), m_agent.fingerprint()).ok()); }();
    auto client = std::make_unique<AgentClient>(id, m_pins.get(), options);
    client->connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    return client;
}

std::unique_ptr<AgentClient> TestAgentTls::connectedClient(const Identity &id)
{
    auto client = makeClient(id);
    if (!QTest::qWaitFor([&] { return client->state() == AgentClient::State::Connected; }, kWaitMs))
        qWarning("not connected: %s", qPrintable(client->lastError().toString()));
    return client;
}

Result<QJsonValue> TestAgentTls::callAndWait(AgentClient &client, const QString &method,
                                             const QJsonValue &params, int timeoutMs)
{
    auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
    client.call(
        method, params, [out](const Result<QJsonValue> &r) { *out = r; }, timeoutMs);
    if (!QTest::qWaitFor([&] { return out->has_value(); }, 15000))
        return Error{QStringLiteral("test: the callback never ran"), {}};
    return **out;
}

void TestAgentTls::operatorCallsViewerAndOperatorMethods()
{
    QSignalSpy called(m_server.get(), &AgentServer::methodCalled);
    auto client = connectedClient(m_operator);
    QCOMPARE(client->state(), AgentClient::State::Connected);
    QCOMPARE(client->role(), ClientRole::Operator);
    QCOMPARE(client->agentName(), QStringLiteral("gpu-01"));
    QCOMPARE(client->agentFingerprint(), m_agent.fingerprint());

    const Result<QJsonValue> facts = callAndWait(*client, QStringLiteral("facts.get"));
    QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error().toString()));
    QCOMPARE(facts->toObject().value(u"you").toString(), QStringLiteral("operator"));

    const QJsonObject args{{QStringLiteral("uuid"), QStringLiteral("0b6c7f4e-1111-4b4c-9d1a-2f1e3c4d5e6f")}};
    const Result<QJsonValue> created = callAndWait(*client, QStringLiteral("mdev.create"), args);
    QVERIFY(created.ok());
    QCOMPARE(created->toObject().value(u"created"), args.value(u"uuid"));

    const Result<QJsonValue> invalid = callAndWait(*client, QStringLiteral("mdev.create"), QJsonObject{});
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code, int(Rpc::InvalidArgument));
    QVERIFY(invalid.error().summary.contains(QStringLiteral("No UUID given")));

    const Result<QJsonValue> unknown = callAndWait(*client, QStringLiteral("no.such"));
    QCOMPARE(unknown.error().code, int(Rpc::MethodNotFound));

    QCOMPARE(called.size(), 4);
    QCOMPARE(called.at(0).at(0).value<PeerInfo>().fingerprint, m_operator.fingerprint());
    QCOMPARE(called.at(0).at(1).toString(), QStringLiteral("facts.get"));
    QCOMPARE(called.at(0).at(2).toBool(), true);
    QCOMPARE(called.at(2).at(2).toBool(), false);
    QCOMPARE(called.at(2).at(3).toInt(), int(Rpc::InvalidArgument));
}

void TestAgentTls::viewerForbiddenOperatorMethod()
{
    auto client = connectedClient(m_viewer);
    QCOMPARE(client->role(), ClientRole::Viewer);
    QVERIFY(callAndWait(*client, QStringLiteral("facts.get")).ok());
    const Result<QJsonValue> r = callAndWait(*client, QStringLiteral("mdev.create"),
                                             QJsonObject{{QStringLiteral("uuid"), QStringLiteral("x")}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(Rpc::Forbidden));
    QVERIFY(r.error().summary.contains(QStringLiteral("operator")));
    QCOMPARE(client->state(), AgentClient::State::Connected); // refused a call, not the connection
}

void TestAgentTls::unknownClientUnauthorized()
{
    QSignalSpy refused(m_server.get(), &AgentServer::clientRefused);
    QSignalSpy connected(m_server.get(), &AgentServer::clientConnected);
    auto client = makeClient(m_stranger);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Refused, kWaitMs);
    QCOMPARE(client->lastError().code, int(Rpc::Unauthorized));
    // The user is told what to do, with the fingerprint to give the host's administrator.
    QVERIFY2(
        client->lastError().summary.contains(QStringLiteral("--enroll %1").arg(m_stranger.fingerprint())),
        qPrintable(client->lastError().summary));
    QCOMPARE(client->retryInSeconds(), 0);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toString(), m_stranger.fingerprint());
    QCOMPARE(connected.size(), 0);
    QVERIFY(!callAndWait(*client, QStringLiteral("facts.get")).ok());
}

void TestAgentTls::firstContactAcceptPins()
{
    auto client = makeClient(m_operator, false);
    QSignalSpy unknown(client.get(), &AgentClient::fingerprintUnknown);
    QVERIFY(unknown.wait(kWaitMs));
    QCOMPARE(unknown.first().at(0).toString(), hostPort());
    QCOMPARE(unknown.first().at(1).toString(), m_agent.fingerprint());
    QCOMPARE(client->state(), AgentClient::State::AwaitingTrust);
    // Nothing is usable before the user decides.
    QCOMPARE(callAndWait(*client, QStringLiteral("facts.get")).error().code,
             int(AgentClientError::NotConnected));

    client->acceptFingerprint();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Connected, kWaitMs);
    QVERIFY(callAndWait(*client, QStringLiteral("facts.get")).ok());
    PinStore reread(m_pins->path());
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.check(hostPort(), m_agent.fingerprint()), PinStore::Verdict::Match);
}

void TestAgentTls::firstContactReject()
{
    auto client = makeClient(m_operator, false);
    QSignalSpy unknown(client.get(), &AgentClient::fingerprintUnknown);
    QVERIFY(unknown.wait(kWaitMs));
    client->rejectFingerprint();
    QCOMPARE(client->state(), AgentClient::State::Refused);
    QCOMPARE(client->lastError().code, int(AgentClientError::FingerprintRejected));
    QCOMPARE(m_pins->check(hostPort(), m_agent.fingerprint()), PinStore::Verdict::Unknown);
    QCOMPARE(client->retryInSeconds(), 0);
}

void TestAgentTls::changedAgentIdentityRefusedWithoutRetry()
{
    AgentClient::Options quick;
    quick.maxRetrySeconds = 1; // any retry at all would come within a second
    auto client = makeClient(m_operator, true, quick);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Connected, kWaitMs);
    m_server.reset();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Lost, kWaitMs);

    // Someone else answers on the same address with another certificate.
    m_server = startServer(m_otherAgent, m_port);
    QVERIFY(m_server);
    QSignalSpy admitted(m_server.get(), &AgentServer::clientConnected);
    QSignalSpy refused(m_server.get(), &AgentServer::clientRefused);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Refused, kWaitMs);
    const Error e = client->lastError();
    QCOMPARE(e.code, int(AgentClientError::FingerprintMismatch));
    QVERIFY2(e.summary.contains(m_agent.fingerprint()) && e.summary.contains(m_otherAgent.fingerprint()),
             qPrintable(e.summary));
    QVERIFY(e.summary.contains(QStringLiteral("impersonation")));
    QCOMPARE(m_pins->pinned(hostPort()), m_agent.fingerprint()); // the old pin is not replaced
    QCOMPARE(client->retryInSeconds(), 0);

    // The one attempt reaches the server; no second one follows.
    QTRY_VERIFY_WITH_TIMEOUT(admitted.size() + refused.size() >= 1, kWaitMs);
    const qsizetype attempts = admitted.size() + refused.size();
    QVERIFY(!QTest::qWaitFor([&] { return admitted.size() + refused.size() > attempts; }, 1500));
    QCOMPARE(client->state(), AgentClient::State::Refused);
}

void TestAgentTls::reconnectsAfterAgentRestart()
{
    auto client = connectedClient(m_operator);
    QSignalSpy states(client.get(), &AgentClient::stateChanged);
    m_server->close();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Lost, kWaitMs);
    QCOMPARE(client->retryInSeconds(), 1);
    QCOMPARE(client->lastError().code, int(AgentClientError::ConnectionLost));
    QCOMPARE(states.first().at(2).toInt(), 1);

    QVERIFY(m_server->listen(QHostAddress::LocalHost, m_port).ok());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), AgentClient::State::Connected, kWaitMs);
    QVERIFY(callAndWait(*client, QStringLiteral("facts.get")).ok());
}

void TestAgentTls::hostileRawClientsDroppedOthersServed()
{
    auto good = connectedClient(m_viewer);
    QSignalSpy gone(m_server.get(), &AgentServer::clientDisconnected);

    // A malformed request is answered and forgiven.
    RawPeer raw(&m_operator);
    raw.connectTo(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(!raw.received.isEmpty(), kWaitMs);
    QCOMPARE(raw.received.first().method, QString::fromLatin1(AgentServer::kWelcomeMethod));
    raw.send(RpcFrame::encode(R"({"jsonrpc":"2.0","id":1,"method":5})"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.received.size(), 2, kWaitMs);
    QCOMPARE(raw.received.at(1).error.code, int(Rpc::InvalidRequest));
    QCOMPARE(raw.received.at(1).id, QJsonValue(1));
    raw.send(RpcFrame::encode(R"([{"jsonrpc":"2.0","id":2,"method":"facts.get"}])"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.received.size(), 3, kWaitMs);
    QCOMPARE(raw.received.at(2).error.code, int(Rpc::InvalidRequest));
    QCOMPARE(raw.socket.state(), QAbstractSocket::ConnectedState);

    // Garbage is answered with a parse error, then the connection is closed.
    raw.send(RpcFrame::encode("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"facts.get\"") +
             RpcFrame::encode("{}"));
    QTRY_COMPARE_WITH_TIMEOUT(raw.socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(raw.received.size(), 4);
    QCOMPARE(raw.received.at(3).error.code, int(Rpc::ParseError));

    // An oversized frame is refused from its header, before the body is even sent.
    RawPeer big(&m_operator);
    big.connectTo(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(!big.received.isEmpty(), kWaitMs);
    const quint32 n = RpcFrame::kDefaultMaxSize + 1;
    big.send(QByteArray(1, char(n >> 24)) + char(n >> 16) + char(n >> 8) + char(n) + QByteArray(1000, '{'));
    QTRY_COMPARE_WITH_TIMEOUT(big.socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(big.received.size(), 2);
    QCOMPARE(big.received.at(1).error.code, int(Rpc::InvalidRequest));
    QVERIFY(big.received.at(1).error.message.contains(QString::number(n)));

    // A zero-length frame likewise.
    RawPeer empty(&m_operator);
    empty.connectTo(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(!empty.received.isEmpty(), kWaitMs);
    empty.send(QByteArray(4, '\0'));
    QTRY_COMPARE_WITH_TIMEOUT(empty.socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(empty.received.last().error.code, int(Rpc::ParseError));

    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 3, kWaitMs);
    for (const auto &args : std::as_const(gone))
        QVERIFY(!args.at(1).value<Error>().isNull()); // each says why it was dropped
    QCOMPARE(good->state(), AgentClient::State::Connected);
    QVERIFY(callAndWait(*good, QStringLiteral("facts.get")).ok());
}

void TestAgentTls::notificationsOnlyToSubscribers()
{
    QSignalSpy subscribers(m_server.get(), &AgentServer::subscribersChanged);
    auto a = connectedClient(m_operator);
    auto b = connectedClient(m_viewer);
    QSignalSpy atA(a.get(), &AgentClient::notificationReceived);
    QSignalSpy atB(b.get(), &AgentClient::notificationReceived);
    QCOMPARE(callAndWait(*a, QStringLiteral("telemetry.subscribe")).value(), QJsonValue(true));
    QCOMPARE(subscribers.size(), 1);
    QCOMPARE(subscribers.first(), (QList<QVariant>{kTopic, 1}));
    QCOMPARE(m_server->subscriberCount(kTopic), 1);

    QCOMPARE(m_server->notifySubscribers(kTopic, QStringLiteral("telemetry.sample"),
                                         QJsonObject{{QStringLiteral("gpu"), 0}}),
             1);
    quint64 bId = 0;
    for (const PeerInfo &p : m_server->peers())
        if (p.fingerprint == m_viewer.fingerprint())
            bId = p.id;
    QVERIFY(bId != 0);
    QVERIFY(!m_server->isSubscribed(bId, kTopic));
    // Sent after the sample on B's own connection: when it arrives, a sample for B would have too.
    QVERIFY(m_server->notify(bId, QStringLiteral("test.marker")));

    QTRY_COMPARE_WITH_TIMEOUT(atA.size(), 1, kWaitMs);
    QCOMPARE(atA.first().at(0).toString(), QStringLiteral("telemetry.sample"));
    QCOMPARE(atA.first().at(1).toJsonValue().toObject().value(u"gpu").toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(atB.size(), 1, kWaitMs);
    QCOMPARE(atB.first().at(0).toString(), QStringLiteral("test.marker"));

    a->disconnectFromAgent();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->subscriberCount(kTopic), 0, kWaitMs);
    QCOMPARE(subscribers.last(), (QList<QVariant>{kTopic, 0}));
}

void TestAgentTls::callTimesOutWhenHandlerNeverAnswers()
{
    auto client = connectedClient(m_viewer);
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonValue> r = callAndWait(*client, QStringLiteral("slow.never"), {}, 300);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(AgentClientError::Timeout));
    QVERIFY(r.error().summary.contains(QStringLiteral("slow.never")));
    QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 5000); // coarse timers may fire 5 % early

    // The late answer is ignored; the connection goes on.
    QCOMPARE(m_parked.size(), 1);
    m_parked.first()(QJsonValue(QStringLiteral("late")));
    QVERIFY(callAndWait(*client, QStringLiteral("facts.get")).ok());
    QCOMPARE(client->state(), AgentClient::State::Connected);
}

void TestAgentTls::droppedResponderAnswersWithError()
{
    auto client = connectedClient(m_viewer);
    const Result<QJsonValue> r = callAndWait(*client, QStringLiteral("slow.drop"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(Rpc::InternalError));
}

void TestAgentTls::workerThreadAnswers()
{
    auto client = connectedClient(m_viewer);
    const QJsonObject params{{QStringLiteral("n"), 7}};
    for (int i = 0; i < 5; ++i) {
        const Result<QJsonValue> r = callAndWait(*client, QStringLiteral("worker.echo"), params);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QJsonValue(params));
    }
}

void TestAgentTls::pendingCallsFailWhenConnectionLost()
{
    auto client = connectedClient(m_viewer);
    auto out = std::make_shared<std::optional<Result<QJsonValue>>>();
    client->call(
        QStringLiteral("slow.never"), {}, [out](const Result<QJsonValue> &r) { *out = r; }, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_parked.size(), 1, kWaitMs);
    m_server->close();
    QTRY_VERIFY_WITH_TIMEOUT(out->has_value(), kWaitMs);
    QCOMPARE((*out)->error().code, int(AgentClientError::ConnectionLost));
    QCOMPARE(client->state(), AgentClient::State::Lost);
}

void TestAgentTls::revokedClientRefusedAtNextCall()
{
    auto client = connectedClient(m_operator);
    ClientAllowlist cli(m_allow->path()); // the administrator runs the agent's CLI
    QVERIFY(cli.load().ok());
    QVERIFY(cli.revoke(m_operator.fingerprint()).ok());
    const Result<QJsonValue> r = callAndWait(*client, QStringLiteral("facts.get"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(Rpc::Unauthorized));
    QCOMPARE(client->state(), AgentClient::State::Refused); // at once: retrying cannot help
    QCOMPARE(client->retryInSeconds(), 0);
}

void TestAgentTls::tls12ClientRefused()
{
    QSignalSpy refused(m_server.get(), &AgentServer::clientRefused);
    QSignalSpy admitted(m_server.get(), &AgentServer::clientConnected);
    RawPeer old(&m_operator, QSsl::TlsV1_2);
    QSignalSpy encrypted(&old.socket, &QSslSocket::encrypted);
    QSignalSpy failed(&old.socket, &QAbstractSocket::errorOccurred);
    old.connectTo(m_port);
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() > 0, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
    QCOMPARE(encrypted.size(), 0);
    QCOMPARE(admitted.size(), 0);
    QVERIFY(!refused.first().at(2).value<Error>().isNull());
}

void TestAgentTls::clientWithoutCertificateRefused()
{
    QSignalSpy refused(m_server.get(), &AgentServer::clientRefused);
    QSignalSpy admitted(m_server.get(), &AgentServer::clientConnected);
    RawPeer anonymous(nullptr);
    anonymous.connectTo(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(anonymous.socket.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QCOMPARE(admitted.size(), 0);
    QVERIFY(anonymous.received.isEmpty());
}

void TestAgentTls::silentConnectionTimesOut()
{
    AgentServer::Options options;
    options.handshakeTimeoutMs = 300;
    auto server = startServer(m_agent, 0, options);
    QVERIFY(server);
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, server->port());
    QVERIFY(silent.waitForConnected(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, kWaitMs);
}

void TestAgentTls::tooManyConnections()
{
    AgentServer::Options options;
    options.maxConnections = 1;
    m_server = startServer(m_agent, 0, options);
    QVERIFY(m_server);
    m_port = m_server->port();
    auto first = connectedClient(m_operator);
    QCOMPARE(first->state(), AgentClient::State::Connected);
    auto second = makeClient(m_viewer);
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), AgentClient::State::Lost, kWaitMs);
    QCOMPARE(second->lastError().code, int(Rpc::NotAvailable)); // busy: it will try again
    QVERIFY(second->retryInSeconds() > 0);
    first.reset();
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), AgentClient::State::Connected, kWaitMs);
}

void TestAgentTls::busyPortIsAnError()
{
    AgentServer second(m_otherAgent, m_allow.get());
    const Status s = second.listen(QHostAddress::LocalHost, m_port);
    QVERIFY(!s.ok());
    QVERIFY(s.error().summary.contains(QString::number(m_port)));
    QVERIFY(!s.error().detail.isEmpty());
    QVERIFY(!second.isListening());
    QCOMPARE(second.port(), quint16(0));
}

void TestAgentTls::largeMessagesArriveWhole()
{
    // Far larger than one TLS record or socket buffer: both directions go out in many partial writes.
    auto client = connectedClient(m_operator);
    QString big;
    big.reserve(700'000);
    for (int i = 0; big.size() < 700'000; ++i)
        big += QString::number(i) + u',';
    const Result<QJsonValue> echoed =
        callAndWait(*client, QStringLiteral("worker.echo"), QJsonObject{{QStringLiteral("text"), big}});
    QVERIFY2(echoed.ok(), qPrintable(echoed.ok() ? QString() : echoed.error().toString()));
    QCOMPARE(echoed->toObject().value(QStringLiteral("text")).toString(), big);
    QCOMPARE(client->state(), AgentClient::State::Connected);
}

void TestAgentTls::clientThatStopsReadingIsDropped()
{
    AgentServer::Options options;
    options.maxQueuedBytes = 1024 * 1024;
    m_server = startServer(m_agent, 0, options);
    QVERIFY(m_server);
    m_port = m_server->port();
    QSignalSpy admitted(m_server.get(), &AgentServer::clientConnected);
    QSignalSpy gone(m_server.get(), &AgentServer::clientDisconnected);
    auto good = connectedClient(m_viewer);
    RawPeer stuck(&m_operator);
    stuck.connectTo(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(admitted.size(), 2, kWaitMs);
    // From now on the stuck client takes nothing off its socket: the kernel's buffers fill, then the
    // agent's queue passes its limit.
    stuck.socket.setReadBufferSize(1);
    QObject::disconnect(&stuck.socket, &QIODevice::readyRead, nullptr, nullptr);
    const quint64 stuckId = admitted.last().at(0).value<PeerInfo>().id;
    const QJsonObject chunk{{QStringLiteral("pad"), QString(100'000, u'x')}};
    for (int i = 0; i < 400 && gone.isEmpty(); ++i) {
        m_server->notify(stuckId, QStringLiteral("test.flood"), chunk);
        QTest::qWait(2);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!gone.isEmpty(), 15000);
    QCOMPARE(gone.first().at(0).value<PeerInfo>().id, stuckId);
    QVERIFY(gone.first().at(1).value<Error>().summary.contains(QStringLiteral("does not read")));
    // Everyone else is still served.
    QVERIFY(callAndWait(*good, QStringLiteral("facts.get")).ok());
}

void TestAgentTls::ipv6AndBadAddresses()
{
    AgentServer named(m_otherAgent, m_allow.get());
    const Status s = named.listen(QStringLiteral("gpu-01.example"), 0);
    QVERIFY(!s.ok());
    QVERIFY(s.error().detail.contains(QStringLiteral("gpu-01.example")));
    QVERIFY(!named.isListening());

    AgentServer v6(m_agent, m_allow.get());
    if (Status listening = v6.listen(QStringLiteral("::1"), 0); !listening)
        QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + listening.error().detail));
    QSignalSpy admitted(&v6, &AgentServer::clientConnected);
    AgentClient client(m_operator, m_pins.get());
    QVERIFY(m_pins->pin(PinStore::hostPortKey(QStringLiteral("::1"), v6.port()), m_agent.fingerprint()).ok());
    client.connectToAgent(QStringLiteral("::1"), v6.port());
    QTRY_COMPARE_WITH_TIMEOUT(admitted.size(), 1, kWaitMs);
    QCOMPARE(admitted.first().at(0).value<PeerInfo>().address, QStringLiteral("::1"));
    QVERIFY(admitted.first().at(0).value<PeerInfo>().toString().contains(QStringLiteral("[::1]:")));
}

QTEST_GUILESS_MAIN(TestAgentTls)
#include "tst_agenttls.moc"
