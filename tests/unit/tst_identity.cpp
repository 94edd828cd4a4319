// Identities: made once and reloaded unchanged, private key never readable by others, damaged files
// reported and kept, fingerprints printed and parsed in the forms people type.
#include "security/identity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createThenReloadKeepsFingerprint();
    void privateKeyIsOwnerOnly();
    void certificateFields();
    void invalidSubjectAltNameRefused();
    void damagedFilesAreErrorsAndKept_data();
    void damagedFilesAreErrorsAndKept();
    void halfIdentityRefused();
    void mismatchedPairRefused();
    void fingerprintForm();
    void parseFingerprint_data();
    void parseFingerprint();
};

static int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

void TestIdentity::createThenReloadKeepsFingerprint()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("agent"));
    Result<Identity> first =
        loadOrCreateIdentity(dir, QStringLiteral("gpu-01"), {QStringLiteral("gpu-01.example")});
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QVERIFY(!first->isNull());
    QCOMPARE(first->sslKey().algorithm(), QSsl::Ec);
    QCOMPARE(QDir(dir).entryList(QDir::Files),
             (QStringList{QStringLiteral("cert.pem"), QStringLiteral("key.pem")}));

    Result<Identity> again = loadOrCreateIdentity(dir, QStringLiteral("another-name"), {});
    QVERIFY(again.ok());
    QCOMPARE(again->fingerprint(), first->fingerprint());
    QCOMPARE(again->sslKey().toPem(), first->sslKey().toPem());
    // The name given on reload does not matter: the stored identity is the identity.
    QCOMPARE(again->sslCertificate().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("gpu-01")});
}

void TestIdentity::privateKeyIsOwnerOnly()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("fresh/identity"));
    // Even with a permissive umask the key is never group or world readable.
    const mode_t old = ::umask(0);
    Result<Identity> id = loadOrCreateIdentity(dir, QStringLiteral("gpu-02"));
    ::umask(old);
    QVERIFY(id.ok());
    QCOMPARE(modeOf(QDir(dir).filePath(QStringLiteral("key.pem"))), 0600);
    QCOMPARE(modeOf(QDir(dir).filePath(QStringLiteral("cert.pem"))), 0644);
    QCOMPARE(modeOf(dir), 0700);
}

void TestIdentity::certificateFields()
{
    Result<Identity> a = createIdentity(QStringLiteral("console-ws7"),
                                        {QStringLiteral("ws7.example"), QStringLiteral("IP:10.0.0.5"),
                                         QStringLiteral("::1"), QStringLiteral("DNS:localhost")});
    Result<Identity> b = createIdentity(QStringLiteral("console-ws7"));
    QVERIFY(a.ok() && b.ok());
    const QSslCertificate c = a->sslCertificate();
    QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("console-ws7")});
    QCOMPARE(c.issuerInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("console-ws7")});
    QVERIFY(c.isSelfSigned());
    const auto sans = c.subjectAlternativeNames();
    QCOMPARE(sans.values(QSsl::DnsEntry),
             (QList<QString>{QStringLiteral("localhost"), QStringLiteral("ws7.example")}));
    QCOMPARE(sans.values(QSsl::IpAddressEntry).size(), 2);
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("10.0.0.5")));
    const qint64 days = c.effectiveDate().daysTo(c.expiryDate());
    QVERIFY2(days >= 3649 && days <= 3652, qPrintable(QString::number(days)));
    QVERIFY(c.effectiveDate() <= QDateTime::currentDateTimeUtc());
    QVERIFY(c.serialNumber() != b->sslCertificate().serialNumber());
    QVERIFY(a->fingerprint() != b->fingerprint());
}

void TestIdentity::invalidSubjectAltNameRefused()
{
    for (const QString &bad : {QStringLiteral("a,DNS:evil"), QStringLiteral("IP:not-an-ip"),
                               QStringLiteral("two words"), QString()}) {
        Result<Identity> id = createIdentity(QStringLiteral("x"), {bad});
        QVERIFY2(!id.ok(), qPrintable(bad));
        QVERIFY(id.error().summary.contains(bad));
    }
}

void TestIdentity::damagedFilesAreErrorsAndKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("summaryMentions");
    QTest::newRow("key garbage") << "key.pem" << QByteArray("not a key at all\n") << "key.pem";
    QTest::newRow("key truncated")
        << "key.pem"
        << QByteArray("-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----\n")
        << "key.pem";
    QTest::newRow("key empty") << "key.pem" << QByteArray() << "key.pem";
    QTest::newRow("cert garbage") << "cert.pem"
                                  << QByteArray(
                                         "-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n")
                                  << "cert.pem";
}

void TestIdentity::damagedFilesAreErrorsAndKept()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, summaryMentions);
    QTemporaryDir tmp;
    QVERIFY(loadOrCreateIdentity(tmp.path(), QStringLiteral("gpu-03")).ok());
    const QString path = tmp.filePath(file);
    writeAll(path, content);
    const QByteArray other = readAll(tmp.filePath(
        file == QLatin1String("key.pem") ? QStringLiteral("cert.pem") : QStringLiteral("key.pem")));

    Result<Identity> id = loadOrCreateIdentity(tmp.path(), QStringLiteral("gpu-03"));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().summary.contains(summaryMentions), qPrintable(id.error().summary));
    QVERIFY2(!id.error().detail.isEmpty(), "the OpenSSL reason is in the detail");
    // Nothing was regenerated behind the user's back.
    QCOMPARE(readAll(path), content);
    QCOMPARE(readAll(tmp.filePath(file == QLatin1String("key.pem") ? QStringLiteral("cert.pem")
                                                                   : QStringLiteral("key.pem"))),
             other);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 2);
}

void TestIdentity::halfIdentityRefused()
{
    QTemporaryDir tmp;
    QVERIFY(loadOrCreateIdentity(tmp.path(), QStringLiteral("gpu-04")).ok());
    QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("cert.pem"))));
    Result<Identity> id = loadOrCreateIdentity(tmp.path(), QStringLiteral("gpu-04"));
    QVERIFY(!id.ok());
    QVERIFY(id.error().summary.contains(QStringLiteral("cert.pem")));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{QStringLiteral("key.pem")});
}

void TestIdentity::mismatchedPairRefused()
{
    QTemporaryDir a, b;
    QVERIFY(loadOrCreateIdentity(a.path(), QStringLiteral("a")).ok());
    QVERIFY(loadOrCreateIdentity(b.path(), QStringLiteral("b")).ok());
    writeAll(a.filePath(QStringLiteral("cert.pem")), readAll(b.filePath(QStringLiteral("cert.pem"))));
    Result<Identity> id = loadOrCreateIdentity(a.path(), QStringLiteral("a"));
    QVERIFY(!id.ok());
    QVERIFY(id.error().summary.contains(QStringLiteral("does not belong")));
}

void TestIdentity::fingerprintForm()
{
    Result<Identity> id = createIdentity(QStringLiteral("fp"));
    QVERIFY(id.ok());
    const QString fp = fingerprintSha256(id->sslCertificate());
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fp).hasMatch());
    QCOMPARE(::parseFingerprint(fp).value(),
             QCryptographicHash::hash(id->sslCertificate().toDer(), QCryptographicHash::Sha256));
    QCOMPARE(fingerprintSha256(QSslCertificate()), QString());
    // The agent reads its identity with OpenSSL alone; it must see what the console's Qt sees.
    QCOMPARE(id->fingerprint(), fp);
    QCOMPARE(id->commonName(), QStringLiteral("fp"));
    QCOMPARE(id->expiryDate(), id->sslCertificate().expiryDate().toUTC());
    QCOMPARE(Identity{}.fingerprint(), QString());
}

void TestIdentity::parseFingerprint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef");
    QString colons;
    for (int i = 0; i < 64; i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2);
    QTest::newRow("colons upper") << colons.toUpper() << true;
    QTest::newRow("colons lower") << colons.toLower() << true;
    QTest::newRow("no colons mixed case") << hex << true;
    QTest::newRow("spaces around") << QStringLiteral("  ") + colons + QStringLiteral("\n") << true;
    QTest::newRow("space separated") << QString(colons).replace(QLatin1Char(':'), QLatin1Char(' ')) << true;
    QTest::newRow("openssl output") << QStringLiteral("sha256 Fingerprint=") + colons.toUpper() << true;
    QTest::newRow("SHA256: prefix") << QStringLiteral("SHA256:") + hex << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("63 digits") << hex.left(63) << false;
    QTest::newRow("65 digits") << hex + QStringLiteral("0") << false;
    QTest::newRow("not hex") << QString(hex).replace(0, 1, QLatin1Char('g')) << false;
    QTest::newRow("odd grouping") << QStringLiteral("0:12") + colons.mid(4) << false;
    QTest::newRow("double colon") << QString(colons).replace(2, 1, QStringLiteral("::")) << false;
    QTest::newRow("sha1 length") << hex.left(40) << false;
}

void TestIdentity::parseFingerprint()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::optional<QByteArray> raw = ::parseFingerprint(text);
    QCOMPARE(raw.has_value(), valid);
    if (valid) {
        QCOMPARE(raw->size(), 32);
        QCOMPARE(raw->toHex(),
                 QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
        QCOMPARE(normalizeFingerprint(text),
                 QStringLiteral("01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:"
                                "23:45:67:89:AB:CD:EF"));
    } else {
        QCOMPARE(normalizeFingerprint(text), QString());
    }
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
