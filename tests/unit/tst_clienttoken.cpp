// Client configuration tokens: what is read from a well-formed one, and every kind of file that is refused
// with its reason.
#include "licensing/clienttoken.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray part(const QJsonObject &o)
{
    return QJsonDocument(o)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject nlsClaims()
{
    const QJsonObject sic{
        {QStringLiteral("nls_service_instance_ref"), QStringLiteral("b43d6e46-d6d0-4943-8b8d-c66a5f6e0d38")},
        {QStringLiteral("svc_port_set_list"),
         QJsonArray{QJsonObject{{QStringLiteral("idx"), 0},
                                {QStringLiteral("d_name"), QStringLiteral("DLS")},
                                {QStringLiteral("svc_port_map"),
                                 QJsonArray{QJsonObject{{QStringLiteral("service"), QStringLiteral("auth")},
                                                        {QStringLiteral("port"), 443}},
                                            QJsonObject{{QStringLiteral("service"), QStringLiteral("lease")},
                                                        {QStringLiteral("port"), 443}}}}}}},
        {QStringLiteral("node_url_list"),
         QJsonArray{QJsonObject{{QStringLiteral("idx"), 0},
                                {QStringLiteral("url"), QStringLiteral("dls.example.com")},
                                {QStringLiteral("svc_port_set_idx"), 0}}}}};
    return {{QStringLiteral("jti"), QStringLiteral("5e0f0b55-3a7c-4c1e-9b55-2f8a0c3d9e11")},
            {QStringLiteral("iss"), QStringLiteral("NLS Service Instance")},
            {QStringLiteral("aud"), QStringLiteral("NLS Licensed Client")},
            {QStringLiteral("iat"), 1714730100},
            {QStringLiteral("nbf"), 1714730100},
            {QStringLiteral("exp"), 2029000000},
            {QStringLiteral("protocol_version"), QStringLiteral("2.0")},
            {QStringLiteral("update_mode"), QStringLiteral("ABSOLUTE")},
            {QStringLiteral("scope_ref_list"),
             QJsonArray{QStringLiteral("482f24b5-0a60-4ec2-a63a-9ed00bc2534e")}},
            {QStringLiteral("service_instance_configuration"), sic}};
}

QByteArray token(const QJsonObject &claims,
                 const QJsonObject &header = {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                              {QStringLiteral("typ"), QStringLiteral("JWT")}})
{
    return part(header) + '.' + part(claims) + '.' + QByteArray(342, 'A');
}
} // namespace

class TestClientToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatCanBeRead();
    void fileNameTimestamp();
    void malformedFilesRefused_data();
    void malformedFilesRefused();
    void oversizedFileNotReadWhole();
};

void TestClientToken::readsWhatCanBeRead()
{
    const Result<ClientToken> t = ClientToken::parse(token(nlsClaims()) + "\n");
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
    QCOMPARE(t->algorithm, QStringLiteral("RS256"));
    QCOMPARE(t->issuer, QStringLiteral("NLS Service Instance"));
    QCOMPARE(t->audience, QStringLiteral("NLS Licensed Client"));
    QCOMPARE(t->issuedAt, QDateTime::fromSecsSinceEpoch(1714730100, Qt::UTC));
    QCOMPARE(t->expires.date().year(), 2034);
    QCOMPARE(t->serviceInstance, QStringLiteral("b43d6e46-d6d0-4943-8b8d-c66a5f6e0d38"));
    QCOMPARE(t->urls, QStringList{QStringLiteral("dls.example.com:443")});
    QCOMPARE(t->scopeReferences, 1);
    QCOMPARE(t->protocolVersion, QStringLiteral("2.0"));
    QVERIFY(!t->content.endsWith('\n')); // pushed as read, without the trailing newline
    QVERIFY(!t->expiredAt(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)));
    QCOMPARE(t->factsJson().value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(!t->factsJson().contains(QStringLiteral("content")));
}

void TestClientToken::fileNameTimestamp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("client_configuration_token_03-05-24-10-15-00.tok"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(token(nlsClaims()));
    f.close();
    const Result<ClientToken> t = ClientToken::read(path);
    QVERIFY(t.ok());
    QCOMPARE(t->fileName, QStringLiteral("client_configuration_token_03-05-24-10-15-00.tok"));
    QCOMPARE(t->fileNameTime, QDateTime(QDate(2024, 5, 3), QTime(10, 15)));
    QVERIFY(!ClientToken::read(dir.filePath(QStringLiteral("missing.tok"))).ok());
}

void TestClientToken::malformedFilesRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QJsonObject other{{QStringLiteral("iss"), QStringLiteral("https://login.example.com")},
                      {QStringLiteral("aud"), QStringLiteral("my-api")}};
    QTest::newRow("empty") << QByteArray() << "the file is empty";
    QTest::newRow("blank") << QByteArray(" \n\t\n") << "only white space";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary";
    QTest::newRow("latin1") << QByteArray("caf\xe9") << "not text";
    QTest::newRow("too large") << QByteArray(70 * 1024, 'a') << "70 KiB";
    QTest::newRow("prose") << QByteArray("Please find the licence attached.\n") << "three base64url parts";
    QTest::newRow("two parts") << part(nlsClaims()) + '.' + part(nlsClaims()) << "three base64url parts";
    QTest::newRow("header") << QByteArray("bm90IGpzb24.") + part(nlsClaims()) + ".c2ln"
                            << "header is not JSON";
    QTest::newRow("claims") << part({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + ".bm90IGpzb24.c2ln"
                            << "claims are not JSON";
    QTest::newRow("unsigned") << part({{QStringLiteral("alg"), QStringLiteral("none")}}) + '.' +
                                     part(nlsClaims()) + '.'
                              << "not signed";
    QTest::newRow("other jwt") << token(other) << "not one of the NVIDIA License System";
}

void TestClientToken::malformedFilesRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const Result<ClientToken> t = ClientToken::parse(bytes, QStringLiteral("x.tok"));
    QVERIFY(!t.ok());
    QVERIFY2(t.error().summary.startsWith(QStringLiteral("This is not a client configuration token: ")),
             qPrintable(t.error().summary));
    QVERIFY2(t.error().summary.contains(reason), qPrintable(t.error().summary));
}

void TestClientToken::oversizedFileNotReadWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.tok"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5 * 1024 * 1024, 'a'));
    f.close();
    const Result<ClientToken> t = ClientToken::read(path);
    QVERIFY(!t.ok());
    QVERIFY(t.error().summary.contains(QStringLiteral("larger than 64 KiB")));
    QVERIFY(t.error().detail.contains(QStringLiteral("5242880 bytes")));
}

QTEST_GUILESS_MAIN(TestClientToken)
#include "tst_clienttoken.moc"
