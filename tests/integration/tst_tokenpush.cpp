// licence.pushToken end to end: a real agent on loopback TLS, called by an operator and a viewer console;
// the token lands atomically with mode 0644 in an allowed directory and nowhere else.
#include "agent/agentclient.h"
#include "agent/agentserver.h"
#include "agent/agentservice.h"
#include "agent/clientallowlist.h"
#include "agent/rpcmessage.h"
#include "agent/sysfskernelemulator.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray token()
{
    auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + '.' +
           part({{QStringLiteral("iss"), QStringLiteral("NLS Service Instance")},
                 {QStringLiteral("aud"), QStringLiteral("NLS Licensed Client")},
                 {QStringLiteral("exp"), 2029000000}}) +
           '.' + QByteArray(86, 'S');
}

QJsonObject push(const QString &dir, const QString &file, const QByteArray &content = token())
{
    return {{QStringLiteral("directory"), dir},
            {QStringLiteral("fileName"), file},
            {QStringLiteral("content"), QString::fromLatin1(content.toBase64())}};
}
} // namespace

class TestTokenPush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void operatorWritesAtomically();
    void viewerIsRefused();
    void escapesAreRefused_data();
    void escapesAreRefused();
    void notATokenIsRefused();

private:
    std::unique_ptr<AgentClient> connectAs(const Identity &id);
    Result<QJsonValue> call(AgentClient &c, const QJsonObject &params);

    QTemporaryDir m_dir;
    QString m_tokens, m_outside;
    std::optional<Identity> m_agentId, m_operatorId, m_viewerId;
    std::unique_ptr<ClientAllowlist> m_allowlist;
    std::unique_ptr<SysfsKernelEmulator> m_kernel;
    std::unique_ptr<AgentServer> m_server;
    std::unique_ptr<AgentService> m_service;
    std::unique_ptr<PinStore> m_pins;
};

void TestTokenPush::initTestCase()
{
    m_agentId = createIdentity(QStringLiteral("gpu-node-01")).value();
    m_operatorId = createIdentity(QStringLiteral("console-operator")).value();
    m_viewerId = createIdentity(QStringLiteral("console-viewer")).value();
    m_tokens = m_dir.filePath(QStringLiteral("tokens"));
    m_outside = m_dir.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(m_tokens + QStringLiteral("/pool-a")));
    QVERIFY(QDir().mkpath(m_outside));
    QVERIFY(QFile::link(m_outside, m_tokens + QStringLiteral("/escape"))); // a link out of the allowed tree
    QVERIFY(QFile::link(m_outside + QStringLiteral("/victim.tok"), m_tokens + QStringLiteral("/linked.tok")));
    m_allowlist = std::make_unique<ClientAllowlist>(m_dir.filePath(QStringLiteral("clients.json")));
    QVERIFY(m_allowlist->enroll(m_operatorId->fingerprint(), ClientRole::Operator));
    QVERIFY(m_allowlist->enroll(m_viewerId->fingerprint(), ClientRole::Viewer));
    const QString root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(root));
    m_kernel = std::make_unique<SysfsKernelEmulator>(root);
    m_server = std::make_unique<AgentServer>(*m_agentId, m_allowlist.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
    AgentService::Options options;
    options.root = root;
    options.nvmlLibrary = QStringLiteral("none");
    options.tokenDirectories = {m_tokens};
    m_service = std::make_unique<AgentService>(m_server.get(), *m_kernel, options);
    m_pins = std::make_unique<PinStore>(m_dir.filePath(QStringLiteral("pins.json")));
}

std::unique_ptr<AgentClient> TestTokenPush::connectAs(const Identity &id)
{
    auto c = std::make_unique<AgentClient>(id, m_pins.get());
    QObject::connect(c.get(), &AgentClient::fingerprintUnknown, c.get(),
                     [p = c.get()] { p->acceptFingerprint(); });
    c->connectToAgent(QStringLiteral("127.0.0.1"), m_server->port());
    if (!QTest::qWaitFor([&] { return c->state() == AgentClient::State::Connected; }, 20000))
        qFatal("no connection to the agent");
    return c;
}

Result<QJsonValue> TestTokenPush::call(AgentClient &c, const QJsonObject &params)
{
    std::optional<Result<QJsonValue>> answer;
    c.call(QStringLiteral("licence.pushToken"), params, [&](const Result<QJsonValue> &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return Error{QStringLiteral("no answer"), {}};
    return *answer;
}

void TestTokenPush::operatorWritesAtomically()
{
    auto c = connectAs(*m_operatorId);
    const QString path = m_tokens + QStringLiteral("/pool-a/client_configuration_token.tok");
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older token");
    old.close();
    const Result<QJsonValue> r = call(
        *c, push(m_tokens + QStringLiteral("/pool-a"), QStringLiteral("client_configuration_token.tok")));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r.value().toObject().value(QStringLiteral("path")).toString(), path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), token() + '\n');
    QCOMPARE(QFileInfo(path).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                         QFileDevice::ReadGroup | QFileDevice::ReadOther);
    // Nothing temporary left behind.
    QCOMPARE(QDir(m_tokens + QStringLiteral("/pool-a")).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("client_configuration_token.tok")});
}

void TestTokenPush::viewerIsRefused()
{
    auto c = connectAs(*m_viewerId);
    const Result<QJsonValue> r = call(*c, push(m_tokens, QStringLiteral("viewer.tok")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(Rpc::Forbidden));
    QVERIFY(!QFileInfo::exists(m_tokens + QStringLiteral("/viewer.tok")));
}

void TestTokenPush::escapesAreRefused_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::newRow("dot-dot") << QStringLiteral("%T/../outside") << "x.tok"
                             << "may not contain \"..\"";
    QTest::newRow("relative") << QStringLiteral("tokens") << "x.tok"
                              << "absolute path";
    QTest::newRow("other dir") << QStringLiteral("%O") << "x.tok"
                               << "not a directory this agent allows";
    QTest::newRow("symlinked dir") << QStringLiteral("%T/escape") << "x.tok"
                                   << "not a directory this agent allows";
    QTest::newRow("slash in name") << QStringLiteral("%T") << "../x.tok"
                                   << "plain name ending in .tok";
    QTest::newRow("hidden name") << QStringLiteral("%T") << ".x.tok"
                                 << "plain name ending in .tok";
    QTest::newRow("not .tok") << QStringLiteral("%T") << "authorized_keys"
                              << "plain name ending in .tok";
    QTest::newRow("symlinked file") << QStringLiteral("%T") << "linked.tok"
                                    << "symbolic link";
    QTest::newRow("missing dir") << QStringLiteral("%T/nope") << "x.tok"
                                 << "not a directory this agent allows";
}

void TestTokenPush::escapesAreRefused()
{
    QFETCH(QString, directory);
    QFETCH(QString, file);
    QFETCH(QString, reason);
    directory.replace(QStringLiteral("%T"), m_tokens).replace(QStringLiteral("%O"), m_outside);
    auto c = connectAs(*m_operatorId);
    const Result<QJsonValue> r = call(*c, push(directory, file));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(reason), qPrintable(r.error().toString()));
    QCOMPARE(QDir(m_outside).entryList(QDir::Files | QDir::Hidden), QStringList{});
}

void TestTokenPush::notATokenIsRefused()
{
    auto c = connectAs(*m_operatorId);
    Result<QJsonValue> r =
        call(*c, push(m_tokens, QStringLiteral("bad.tok"), QByteArray("#!/bin/sh\nrm -rf /\n")));
    QVERIFY(!r.ok());
    QVERIFY(r.error().toString().contains(QStringLiteral("not a client configuration token")));
    QVERIFY(!QFileInfo::exists(m_tokens + QStringLiteral("/bad.tok")));
    r = call(*c, {{QStringLiteral("directory"), m_tokens}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(Rpc::InvalidParams));
}

QTEST_GUILESS_MAIN(TestTokenPush)
#include "tst_tokenpush.moc"
