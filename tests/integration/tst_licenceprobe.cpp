// The licence server probe against real servers on loopback: TLS servers with certificates this test makes
// (valid under a pinned CA, expired, self-signed, for another name), plain TCP, nothing listening, a server
// that accepts and never answers; and the monitor's schedule with its backoff.
#include "../support/testpki.h"
#include "licensing/licencemonitor.h"
#include "licensing/licenceprobe.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
constexpr int kWaitMs = 15000;

LicenceServer local(LicenceServerKind kind, quint16 port, const QString &caFile = {})
{
    LicenceServer s;
    s.name = QStringLiteral("probe-target");
    s.kind = kind;
    s.address = QStringLiteral("127.0.0.1");
    s.port = port;
    s.caFile = caFile;
    return s;
}
} // namespace

class TestLicenceProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validCertificateUnderPinnedCa();
    void validCertificateUnknownToTheSystemStore();
    void expiredCertificate();
    void selfSignedCertificate();
    void wrongHostname();
    void plainTcpServer();
    void legacyServerIsPlainTcp();
    void nothingListening();
    void serverThatNeverAnswers();
    void unresolvableName();
    void unreadablePinnedCa();
    void demoServersAreNotProbed();
    void monitorBacksOffAndProbesOnDemand();

private:
    // A TLS server on loopback with the given certificate; returns its port.
    quint16 tlsServer(const TestPki::KeyPair &leaf);
    LicenceProbeResult probe(const LicenceServer &server, int timeoutMs = 5000);

    std::unique_ptr<QTemporaryDir> m_dir;
    TestPki::KeyPair m_ca;
    QString m_caFile;
    QList<QObject *> m_servers;
};

void TestLicenceProbe::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ca = TestPki::makeCa(QStringLiteral("gpuvirt test CA"));
    m_caFile = m_dir->filePath(QStringLiteral("ca.pem"));
    QFile f(m_caFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_ca.certPem);
}

quint16 TestLicenceProbe::tlsServer(const TestPki::KeyPair &leaf)
{
    auto *server = new QSslServer(this);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(leaf.certificate);
    conf.setPrivateKey(leaf.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(conf);
    connect(server, &QTcpServer::pendingConnectionAvailable, server, [server] {
        while (QTcpSocket *s = server->nextPendingConnection())
            s->setParent(server);
    });
    if (!server->listen(QHostAddress::LocalHost))
        qFatal("cannot listen");
    m_servers.append(server);
    return server->serverPort();
}

LicenceProbeResult TestLicenceProbe::probe(const LicenceServer &server, int timeoutMs)
{
    LicenceProbe p;
    QSignalSpy done(&p, &LicenceProbe::finished);
    p.start(server, LicenceProbe::Options{timeoutMs});
    if (!done.wait(kWaitMs))
        qFatal("the probe never finished");
    return done.first().first().value<LicenceProbeResult>();
}

void TestLicenceProbe::validCertificateUnderPinnedCa()
{
    const auto leaf = TestPki::makeLeaf(
        QStringLiteral("dls.test"), {QStringLiteral("DNS:dls.test"), QStringLiteral("IP:127.0.0.1")}, &m_ca);
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, tlsServer(leaf), m_caFile));
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("reachable"));
    QVERIFY(r.rttMs >= 0);
    QVERIFY(r.tls);
    QVERIFY2(r.tlsProtocol.startsWith(QStringLiteral("TLS 1.")), qPrintable(r.tlsProtocol));
    QVERIFY(r.certificate);
    QCOMPARE(r.certificate->subject, QStringLiteral("CN=dls.test, O=gpuvirt tests"));
    QCOMPARE(r.certificate->issuer, QStringLiteral("CN=gpuvirt test CA, O=gpuvirt tests"));
    QVERIFY(r.certificate->sans.contains(QStringLiteral("DNS:dls.test")));
    QVERIFY(r.certificate->sans.contains(QStringLiteral("IP:127.0.0.1")));
    QVERIFY(r.certificate->notAfter > QDateTime::currentDateTimeUtc().addDays(300));
    QVERIFY2(r.chainValid, qPrintable(r.chainErrors.join(QStringLiteral("; "))));
    QVERIFY(r.hostnameMatches);
    QCOMPARE(r.trustedBy, m_caFile);
    QVERIFY(r.healthy());
    QVERIFY2(r.summary().startsWith(QStringLiteral("Healthy")), qPrintable(r.summary()));
    QCOMPARE(r.toJson().value(QStringLiteral("tls")).toObject().value(QStringLiteral("chainValid")).toBool(),
             true);
}

void TestLicenceProbe::validCertificateUnknownToTheSystemStore()
{
    const auto leaf = TestPki::makeLeaf(QStringLiteral("dls.test"), {QStringLiteral("IP:127.0.0.1")}, &m_ca);
    const LicenceProbeResult r = probe(local(LicenceServerKind::Cls, tlsServer(leaf)));
    QVERIFY(r.reachable());
    QCOMPARE(r.trustedBy, QStringLiteral("system"));
    QVERIFY(!r.chainValid);
    QVERIFY(!r.chainErrors.isEmpty());
    QVERIFY(r.hostnameMatches);
    QVERIFY(!r.healthy());
    QCOMPARE(r.summary(), QStringLiteral("Certificate not trusted"));
}

void TestLicenceProbe::expiredCertificate()
{
    const auto leaf =
        TestPki::makeLeaf(QStringLiteral("dls.test"), {QStringLiteral("IP:127.0.0.1")}, &m_ca, -60, -2);
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, tlsServer(leaf), m_caFile));
    QVERIFY(r.reachable());
    QVERIFY(!r.chainValid);
    QVERIFY2(r.chainErrors.join(u' ').contains(QStringLiteral("expired"), Qt::CaseInsensitive),
             qPrintable(r.chainErrors.join(QStringLiteral("; "))));
    QVERIFY(r.certificate->notAfter < QDateTime::currentDateTimeUtc());
    QVERIFY(r.summary().startsWith(QStringLiteral("Certificate expired on ")));
    QVERIFY(!r.healthy());
}

void TestLicenceProbe::selfSignedCertificate()
{
    const auto leaf =
        TestPki::makeLeaf(QStringLiteral("dls.test"), {QStringLiteral("IP:127.0.0.1")}, nullptr);
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, tlsServer(leaf), m_caFile));
    QVERIFY(r.reachable());
    QVERIFY(r.certificate->selfSigned);
    QVERIFY(!r.chainValid);
    QVERIFY2(r.chainErrors.join(u' ').contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(r.chainErrors.join(QStringLiteral("; "))));
    QCOMPARE(r.summary(), QStringLiteral("Self-signed certificate, not trusted"));
}

void TestLicenceProbe::wrongHostname()
{
    const auto leaf = TestPki::makeLeaf(QStringLiteral("dls.other.example"),
                                        {QStringLiteral("DNS:dls.other.example")}, &m_ca);
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, tlsServer(leaf), m_caFile));
    QVERIFY(r.reachable());
    QVERIFY2(r.chainValid, qPrintable(r.chainErrors.join(QStringLiteral("; ")))); // the chain itself is fine
    QVERIFY(!r.hostnameMatches);
    QCOMPARE(r.summary(), QStringLiteral("Certificate does not name this server"));
    QVERIFY(!r.healthy());
}

void TestLicenceProbe::plainTcpServer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
        QTcpSocket *s = server.nextPendingConnection();
        s->write("220 legacy licence server\r\n");
        s->disconnectFromHost();
    });
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, server.serverPort()));
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("tls-error"));
    QVERIFY(r.rttMs >= 0); // it did connect
    QVERIFY2(r.error.summary.contains(QStringLiteral("accepted the connection but no TLS handshake")),
             qPrintable(r.error.summary));
    QVERIFY(!r.error.detail.isEmpty());
}

void TestLicenceProbe::legacyServerIsPlainTcp()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const LicenceProbeResult r = probe(local(LicenceServerKind::Legacy, server.serverPort()));
    QVERIFY(r.reachable());
    QVERIFY(!r.tls);
    QVERIFY(!r.certificate);
    QVERIFY(r.healthy());
    QVERIFY(!r.toJson().contains(QStringLiteral("tls")));
}

void TestLicenceProbe::nothingListening()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, port));
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("refused"));
    QCOMPARE(r.rttMs, -1);
    QCOMPARE(r.error.summary, QStringLiteral("Nothing listens on 127.0.0.1:%1").arg(port));
}

void TestLicenceProbe::serverThatNeverAnswers()
{
    QTcpServer silent; // accepts (the kernel does) and never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    // The GUI's event loop keeps turning while the probe waits.
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(10);
    QElapsedTimer clock;
    clock.start();
    const LicenceProbeResult r = probe(local(LicenceServerKind::Dls, silent.serverPort()), 400);
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("timeout"));
    const qint64 waited = clock.elapsed();
    QVERIFY2(waited >= 400 && waited < 5000, qPrintable(QString::number(waited)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(r.rttMs >= 0);
    QVERIFY2(r.error.summary.contains(QStringLiteral("accepted the connection but did not answer in time")),
             qPrintable(r.error.summary));
}

void TestLicenceProbe::unresolvableName()
{
    LicenceServer s = local(LicenceServerKind::Dls, 443);
    s.address = QStringLiteral("no-such-dls.invalid");
    const LicenceProbeResult r = probe(s, 10000);
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("dns"));
    QCOMPARE(r.error.summary, QStringLiteral("The name no-such-dls.invalid does not resolve"));
}

void TestLicenceProbe::unreadablePinnedCa()
{
    const auto leaf = TestPki::makeLeaf(QStringLiteral("dls.test"), {QStringLiteral("IP:127.0.0.1")}, &m_ca);
    const LicenceProbeResult r =
        probe(local(LicenceServerKind::Dls, tlsServer(leaf), m_dir->filePath(QStringLiteral("missing.pem"))));
    QCOMPARE(LicenceProbeResult::stateKey(r.state), QStringLiteral("misconfigured"));
    QVERIFY(r.error.summary.contains(QStringLiteral("holds no PEM certificate")));
}

void TestLicenceProbe::demoServersAreNotProbed()
{
    LicenceServer s = local(LicenceServerKind::Dls, 1);
    s.demo = true;
    const LicenceProbeResult r = probe(s);
    QCOMPARE(r.state, LicenceProbeResult::State::Demo);
    QCOMPARE(r.rttMs, -1);
}

void TestLicenceProbe::monitorBacksOffAndProbesOnDemand()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    LicenceMonitor::Options options;
    options.intervalMs = 60000;
    options.firstRetryMs = 40;
    options.maxRetryMs = 160;
    options.probe.timeoutMs = 2000;
    LicenceMonitor monitor(options);
    QCOMPARE(monitor.delayAfter(0), 60000);
    QCOMPARE(monitor.delayAfter(1), 40);
    QCOMPARE(monitor.delayAfter(2), 80);
    QCOMPARE(monitor.delayAfter(3), 160);
    QCOMPARE(monitor.delayAfter(9), 160);

    const LicenceServer down = local(LicenceServerKind::Legacy, port);
    monitor.setServers({down});
    QVERIFY(monitor.isProbing(down.name));
    QTRY_VERIFY_WITH_TIMEOUT(monitor.failures(down.name) >= 4, kWaitMs);
    QCOMPARE(monitor.nextDelayMs(down.name), 160);
    QCOMPARE(monitor.result(down.name).state, LicenceProbeResult::State::Refused);

    // It comes up: the next probe (on demand) finds it and the schedule relaxes to the interval.
    QTcpServer up;
    QVERIFY(up.listen(QHostAddress::LocalHost, port));
    QSignalSpy changed(&monitor, &LicenceMonitor::resultChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.isProbing(down.name), kWaitMs);
    monitor.probeNow(down.name);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.result(down.name).reachable(), kWaitMs);
    QCOMPARE(monitor.failures(down.name), 0);
    QCOMPARE(monitor.nextDelayMs(down.name), 60000);

    // Removing it forgets it.
    monitor.setServers({});
    QVERIFY(monitor.results().isEmpty());
}

QTEST_MAIN(TestLicenceProbe)
#include "tst_licenceprobe.moc"
