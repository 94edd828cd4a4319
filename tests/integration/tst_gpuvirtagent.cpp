// The real gpuvirt-agent on a generated sysfs tree, driven by the real gpuvirtctl and an in-process
// AgentClient: first contact and pinning, enrolment and roles, readiness over the agent equal to the local
// report, an mdev created through the agent, refusals, a changed agent identity, a killed agent.
#include "../unit/sysfsfixtures.h"
#include "agent/agentclient.h"
#include "agent/rpcmessage.h"
#include "agent/sysfsscanner.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kNewMdev = QStringLiteral("5b0f4a43-4c36-4d2e-9d3e-2a1f0c9b7e11");

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
    const QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};
} // namespace

class TestGpuvirtAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyFilesPrivate();
    void firstContactNeedsAccept();
    void wrongAcceptPinsNothing();
    void acceptPinsThenNotEnrolledSaysHowToEnrol();
    void probeShowsIdentityTrustAndFacts();
    void readinessOverAgentEqualsLocal();
    void viewerForbiddenToAct();
    void operatorCreatesMdevInvalidUuidRefused();
    void killedAgentClientReportsLost();
    void changedIdentityRefusedLoudly();
    void usageAndUnreachable();

private:
    Run ctl(const QStringList &args, const QStringList &agentOptions = {});
    Run agentTool(const QString &stateDir, const QStringList &args);
    bool startAgent(const QString &stateDir, quint16 port = 0);
    QStringList connectOptions() const;
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QStringList mdevs() const
    {
        return QDir(m_tree + QStringLiteral("/sys/bus/mdev/devices"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_dir;
    QString m_tree, m_state, m_console, m_pins;
    QString m_consoleFp, m_agentFp;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_agent;
};

Run TestGpuvirtAgent::ctl(const QStringList &args, const QStringList &agentOptions)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               m_dir.filePath(QStringLiteral("config"))); // never the user's
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/ctl/gpuvirtctl"), args + agentOptions);
    if (!p.waitForFinished(20000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run TestGpuvirtAgent::agentTool(const QString &stateDir, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/agent/gpuvirt-agent"),
            QStringList{QStringLiteral("--state-dir"), stateDir} + args);
    if (!p.waitForFinished(20000))
        p.kill();
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList TestGpuvirtAgent::connectOptions() const
{
    return {QStringLiteral("--identity"), m_console,          QStringLiteral("--pins"), m_pins,
            QStringLiteral("--timeout"),  QStringLiteral("5")};
}

bool TestGpuvirtAgent::startAgent(const QString &stateDir, quint16 port)
{
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished(5000);
    }
    m_agent = std::make_unique<QProcess>();
    m_agent->start(QStringLiteral(GPUVIRT_BINARY_DIR "/app/agent/gpuvirt-agent"),
                   {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                    QStringLiteral("--state-dir"), stateDir, QStringLiteral("--root"), m_tree,
                    QStringLiteral("--emulate-kernel"), QStringLiteral("--nvml-library"),
                    QStringLiteral("none")});
    static const QRegularExpression listening(
        QStringLiteral("listening on [^ ]+:(\\d+) fingerprint ([0-9A-F:]+)"));
    QByteArray err;
    QRegularExpressionMatch m;
    const bool up = QTest::qWaitFor(
        [&] {
            err += m_agent->readAllStandardError();
            m = listening.match(QString::fromUtf8(err));
            return m.hasMatch() || m_agent->state() == QProcess::NotRunning;
        },
        15000);
    if (!up || !m.hasMatch()) {
        qWarning("the agent did not start: %s", err.constData());
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    m_agentFp = m.captured(2);
    return m_port != 0;
}

void TestGpuvirtAgent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tree = m_dir.filePath(QStringLiteral("tree"));
    m_state = m_dir.filePath(QStringLiteral("state"));
    m_console = m_dir.filePath(QStringLiteral("console-identity"));
    m_pins = m_dir.filePath(QStringLiteral("known-agents.json"));
    SysfsFixtures::buildA16Host(m_tree);
    if (QTest::currentTestFailed())
        return;
    const Run id =
        ctl({QStringLiteral("agent"), QStringLiteral("identity"), QStringLiteral("--identity"), m_console});
    QCOMPARE(id.exitCode, 0);
    m_consoleFp = QString::fromUtf8(id.out).trimmed();
    QVERIFY2(!normalizeFingerprint(m_consoleFp).isEmpty(), id.out.constData());
    QVERIFY(
        id.err.contains(QStringLiteral("gpuvirt-agent --enroll %1 --role viewer").arg(m_consoleFp).toUtf8()));
    // The same identity again, not a new one.
    QCOMPARE(QString::fromUtf8(ctl({QStringLiteral("agent"), QStringLiteral("identity"),
                                    QStringLiteral("--identity"), m_console})
                                   .out)
                 .trimmed(),
             m_consoleFp);
    QVERIFY(startAgent(m_state));
}

void TestGpuvirtAgent::cleanupTestCase()
{
    if (m_agent) {
        m_agent->terminate();
        m_agent->waitForFinished(5000);
    }
}

void TestGpuvirtAgent::keyFilesPrivate()
{
    for (const QString &key :
         {m_console + QStringLiteral("/key.pem"), m_state + QStringLiteral("/identity/key.pem")}) {
        QVERIFY2(QFile::exists(key), qPrintable(key));
        // Owner, group and other bits; Qt's "user" bits mirror whichever of them applies to us.
        const QFile::Permissions mask = QFile::Permissions::fromInt(0x7077);
        QCOMPARE(QFile::permissions(key) & mask, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void TestGpuvirtAgent::firstContactNeedsAccept()
{
    const Run r = ctl({QStringLiteral("agent"), QStringLiteral("probe"), target()}, connectOptions());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(m_agentFp.toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("--accept " + m_agentFp.toUtf8()));
    QVERIFY(r.out.isEmpty());
    PinStore pins(m_pins);
    QVERIFY(pins.load().ok());
    QVERIFY(pins.pins().isEmpty()); // never trusted silently
}

void TestGpuvirtAgent::wrongAcceptPinsNothing()
{
    const QString other = QStringLiteral(
        "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    const Run r =
        ctl({QStringLiteral("agent"), QStringLiteral("probe"), target(), QStringLiteral("--accept"), other},
            connectOptions());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(m_agentFp.toUtf8()) && r.err.contains(other.toUtf8()));
    PinStore pins(m_pins);
    QVERIFY(pins.load().ok());
    QVERIFY(pins.pins().isEmpty());
}

void TestGpuvirtAgent::acceptPinsThenNotEnrolledSaysHowToEnrol()
{
    // Colons left out and lower case: as a person may type it.
    const QString typed = QString(m_agentFp).remove(u':').toLower();
    const Run r =
        ctl({QStringLiteral("agent"), QStringLiteral("probe"), target(), QStringLiteral("--accept"), typed},
            connectOptions());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(QStringLiteral("gpuvirt-agent --enroll %1 --role viewer").arg(m_consoleFp).toUtf8()),
        r.err.constData());
    PinStore pins(m_pins);
    QVERIFY(pins.load().ok());
    QCOMPARE(pins.pinned(target()), m_agentFp);

    const Run enrolled = agentTool(m_state, {QStringLiteral("--enroll"), m_consoleFp,
                                             QStringLiteral("--role"), QStringLiteral("viewer")});
    QCOMPARE(enrolled.exitCode, 0);
}

void TestGpuvirtAgent::probeShowsIdentityTrustAndFacts()
{
    const Run r = ctl({QStringLiteral("agent"), QStringLiteral("probe"), target()}, connectOptions());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    const QJsonObject agent = o[u"agent"].toObject();
    QCOMPARE(agent[u"fingerprint"].toString(), m_agentFp);
    QCOMPARE(agent[u"pin"].toString(), QStringLiteral("pinned"));
    QVERIFY(agent[u"pinnedAt"].toString().endsWith(u'Z'));
    QCOMPARE(agent[u"role"].toString(), QStringLiteral("viewer"));
    QCOMPARE(agent[u"protocol"].toInt(), 1);
    QVERIFY(!agent[u"agentVersion"].toString().isEmpty());
    QCOMPARE(o[u"console"][u"fingerprint"].toString(), m_consoleFp);
    const QJsonArray gpus = o[u"gpus"].toArray();
    QCOMPARE(gpus.size(), 5); // four A16 boards and the passthrough A2000; the BMC's display is no GPU
    const QJsonObject first = gpus[0].toObject();
    QCOMPARE(first[u"address"].toString(), QStringLiteral("0000:43:00.0"));
    QCOMPARE(first[u"driver"].toString(), QStringLiteral("nvidia"));
    QCOMPARE(first[u"iommuGroup"].toInt(), 20);
    QCOMPARE(first[u"mdevTypes"].toInt(), 4); // offered on its VFs
    QCOMPARE(first[u"sriovNumVfs"].toInt(), 4);
    QCOMPARE(gpus[4][u"driver"].toString(), QStringLiteral("vfio-pci"));
    QCOMPARE(gpus[4][u"iommuGroupSize"].toInt(), 2);
    QCOMPARE(o[u"mdevs"].toInt(), 2);
    const QJsonObject platform = o[u"platform"].toObject();
    QVERIFY(platform[u"iommuActive"].toBool());
    QVERIFY(platform[u"vfioReady"].toBool());
    QCOMPARE(platform[u"nvidiaDriverVersion"].toString(), QStringLiteral("535.129.03"));
    QCOMPARE(o[u"nvml"][u"available"].toBool(true), false);
    QVERIFY(o[u"nvml"][u"reason"].toString().contains(u"none"));

    const Run table = ctl({QStringLiteral("agent"), QStringLiteral("probe"), target(),
                           QStringLiteral("--format"), QStringLiteral("table")},
                          connectOptions());
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(m_agentFp.toUtf8()));
    QVERIFY(table.out.contains("0000:81:00.0  10de:2531  vfio-pci"));
    QVERIFY(table.out.contains("NVIDIA 535.129.03"));
}

void TestGpuvirtAgent::readinessOverAgentEqualsLocal()
{
    const Run remote = ctl({QStringLiteral("readiness"), target()}, connectOptions());
    const Run local = ctl({QStringLiteral("readiness"), QStringLiteral("--root"), m_tree});
    QCOMPARE(remote.exitCode, local.exitCode);
    QVERIFY(remote.exitCode == 0 || remote.exitCode == 1);
    const QJsonArray checks = remote.json()[u"checks"].toArray();
    QVERIFY(checks.size() > 5);
    QCOMPARE(checks, local.json()[u"checks"].toArray());
    QCOMPARE(remote.json()[u"worst"], local.json()[u"worst"]);
    for (const QJsonValue &c : checks)
        QVERIFY(!c[u"title"].toString().isEmpty() && !c[u"reason"].toString().isEmpty());

    const Run nowhere = ctl(
        {QStringLiteral("readiness"), QStringLiteral("--root"), m_dir.filePath(QStringLiteral("missing"))});
    QCOMPARE(nowhere.exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("readiness")}).exitCode, 2);
}

void TestGpuvirtAgent::viewerForbiddenToAct()
{
    const QString params =
        QStringLiteral(R"({"parent":"0000:43:00.6","type":"nvidia-712","uuid":"%1"})").arg(kNewMdev);
    const Run r = ctl(
        {QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("mdev.create"), params},
        connectOptions());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json()[u"error"][u"code"].toInt(), int(Rpc::Forbidden));
    QCOMPARE(r.json()[u"error"][u"name"].toString(), QStringLiteral("Forbidden"));
    QVERIFY(!mdevs().contains(kNewMdev));
}

void TestGpuvirtAgent::operatorCreatesMdevInvalidUuidRefused()
{
    QCOMPARE(agentTool(m_state, {QStringLiteral("--enroll"), m_consoleFp, QStringLiteral("--role"),
                                 QStringLiteral("operator")})
                 .exitCode,
             0);
    const QStringList before = mdevs();
    QCOMPARE(before.size(), 2);
    const Run bad =
        ctl({QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("mdev.create"),
             QStringLiteral(R"({"parent":"0000:43:00.6","type":"nvidia-712","uuid":"../../x"})")},
            connectOptions());
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.json()[u"error"][u"code"].toInt(), int(Rpc::InvalidArgument));
    QCOMPARE(mdevs(), before);
    QCOMPARE(QFile::exists(m_tree + QStringLiteral("/x")), false);

    const QString params =
        QStringLiteral(R"({"parent":"0000:43:00.6","type":"nvidia-712","uuid":"%1"})").arg(kNewMdev);
    const Run ok = ctl(
        {QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("mdev.create"), params},
        connectOptions());
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(ok.json()[u"action"].toString(), QStringLiteral("createMdev"));
    QCOMPARE(ok.json()[u"subject"].toString(), kNewMdev);
    QVERIFY(mdevs().contains(kNewMdev));
    const auto made = SysfsScanner::scanMdev(m_tree, kNewMdev);
    QVERIFY(made);
    QCOMPARE(made->typeId, QStringLiteral("nvidia-712"));

    // A scalar result and a method the agent lacks.
    const Run hello =
        ctl({QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("agent.hello")},
            connectOptions());
    QCOMPARE(hello.json()[u"role"].toString(), QStringLiteral("operator"));
    const Run missing =
        ctl({QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("no.such")},
            connectOptions());
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.json()[u"error"][u"code"].toInt(), int(Rpc::MethodNotFound));
    QCOMPARE(ctl({QStringLiteral("agent"), QStringLiteral("call"), target(), QStringLiteral("mdev.remove"),
                  QStringLiteral("{bad")},
                 connectOptions())
                 .exitCode,
             2);
}

void TestGpuvirtAgent::killedAgentClientReportsLost()
{
    Result<Identity> id = loadOrCreateIdentity(m_console, QStringLiteral("unused: it exists"));
    QVERIFY(id.ok());
    PinStore pins(m_pins);
    QVERIFY(pins.load().ok());
    AgentClient client(id.value(), &pins);
    client.connectToAgent(QStringLiteral("127.0.0.1"), m_port);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Connected, 5000);
    QCOMPARE(client.role(), ClientRole::Operator);
    std::optional<Result<QJsonValue>> subscribed;
    client.call(QStringLiteral("telemetry.subscribe"), QJsonObject{},
                [&](const Result<QJsonValue> &r) { subscribed = r; });
    QTRY_VERIFY(subscribed.has_value());
    QVERIFY(subscribed->ok());

    m_agent->kill(); // SIGKILL: no goodbye on the wire
    QVERIFY(m_agent->waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), AgentClient::State::Lost, 5000);
    QCOMPARE(client.lastError().code, int(AgentClientError::ConnectionLost));
    QVERIFY(client.retryInSeconds() > 0);
    client.disconnectFromAgent();
}

void TestGpuvirtAgent::changedIdentityRefusedLoudly()
{
    const QString oldFp = m_agentFp;
    const quint16 port = m_port;
    const QString newState = m_dir.filePath(QStringLiteral("state-reinstalled"));
    QVERIFY(startAgent(newState, port)); // same address, new identity
    QCOMPARE(m_port, port);
    QVERIFY(m_agentFp != oldFp);
    const Run r = ctl({QStringLiteral("agent"), QStringLiteral("probe"), target()}, connectOptions());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(oldFp.toUtf8()) && r.err.contains(m_agentFp.toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("gpuvirtctl agent forget " + target().toUtf8()));
    // Even --accept with the new fingerprint does not override a pin: forgetting it is a separate step.
    QCOMPARE(ctl({QStringLiteral("agent"), QStringLiteral("probe"), target(), QStringLiteral("--accept"),
                  m_agentFp},
                 connectOptions())
                 .exitCode,
             2);

    QCOMPARE(
        ctl({QStringLiteral("agent"), QStringLiteral("forget"), target()}, {QStringLiteral("--pins"), m_pins})
            .exitCode,
        0);
    QCOMPARE(agentTool(newState, {QStringLiteral("--enroll"), m_consoleFp}).exitCode, 0);
    const Run again = ctl(
        {QStringLiteral("agent"), QStringLiteral("probe"), target(), QStringLiteral("--accept"), m_agentFp},
        connectOptions());
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json()[u"agent"][u"pin"].toString(), QStringLiteral("pinnedNow"));
}

void TestGpuvirtAgent::usageAndUnreachable()
{
    const Run bad = ctl({QStringLiteral("agent"), QStringLiteral("probe"), QStringLiteral("host:99999")},
                        connectOptions());
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("host:99999"));
    QCOMPARE(ctl({QStringLiteral("agent")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("agent"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("agent"), QStringLiteral("call"), target()}, connectOptions()).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("readiness"), target(), QStringLiteral("--local")}).exitCode, 2);
    // Nothing listens on port 1: a connection problem, said as such.
    const Run refused = ctl({QStringLiteral("readiness"), QStringLiteral("127.0.0.1:1")}, connectOptions());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("127.0.0.1:1"), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    // This machine's own report is a report, whatever it says.
    const Run local = ctl({QStringLiteral("readiness"), QStringLiteral("--local")});
    QVERIFY(local.exitCode == 0 || local.exitCode == 1);
    QVERIFY(local.json()[u"checks"].isArray());
}

QTEST_GUILESS_MAIN(TestGpuvirtAgent)
#include "tst_gpuvirtagent.moc"
