#include "identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Identity)
};

constexpr int kValidityDays = 3650;

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Asn1IntPtr = std::unique_ptr<ASN1_INTEGER, Deleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using GenNamesPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

// Drains OpenSSL's thread-local error queue into one line for Error::detail.
QString opensslErrors(const char *what)
{
    QStringList parts{QString::fromLatin1(what)};
    char buf[256];
    while (unsigned long e = ERR_get_error()) {
        ERR_error_string_n(e, buf, sizeof buf);
        parts.append(QString::fromLatin1(buf));
    }
    return parts.join(QStringLiteral(": "));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}

// Adds the subject alternative names through the GENERAL_NAME API rather than a config string, so that a
// caller's text cannot smuggle in other extension syntax.
Status addSubjectAltNames(X509 *x, const QStringList &sans)
{
    if (sans.isEmpty())
        return Done{};
    static const QRegularExpression dnsName(QStringLiteral("^[A-Za-z0-9*_]([A-Za-z0-9_.-]*[A-Za-z0-9])?$"));
    GenNamesPtr names(sk_GENERAL_NAME_new_null());
    for (const QString &raw : sans) {
        QString entry = raw.trimmed();
        bool wantIp = false, wantDns = false;
        if (entry.startsWith(QLatin1String("IP:"), Qt::CaseInsensitive)) {
            wantIp = true;
            entry = entry.mid(3);
        } else if (entry.startsWith(QLatin1String("DNS:"), Qt::CaseInsensitive)) {
            wantDns = true;
            entry = entry.mid(4);
        }
        ASN1_OCTET_STRING *ip = wantDns ? nullptr : a2i_IPADDRESS(entry.toLatin1().constData());
        ERR_clear_error(); // a name that is not an address leaves a complaint here
        if (wantIp && !ip)
            return Error{Text::tr("Invalid address %1 for the certificate").arg(raw),
                         QStringLiteral("a2i_IPADDRESS: not an IPv4 or IPv6 address")};
        GENERAL_NAME *gn = GENERAL_NAME_new();
        if (ip) {
            GENERAL_NAME_set0_value(gn, GEN_IPADD, ip);
        } else if (!wantIp && dnsName.match(entry).hasMatch() && entry.size() <= 253) {
            ASN1_IA5STRING *s = ASN1_IA5STRING_new();
            const QByteArray ascii = entry.toLatin1();
            ASN1_STRING_set(s, ascii.constData(), int(ascii.size()));
            GENERAL_NAME_set0_value(gn, GEN_DNS, s);
        } else {
            GENERAL_NAME_free(gn);
            return Error{Text::tr("Invalid name %1 for the certificate").arg(raw),
                         QStringLiteral("expected a DNS name or an IP address")};
        }
        sk_GENERAL_NAME_push(names.get(), gn);
    }
    if (X509_add1_ext_i2d(x, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return Error{Text::tr("Cannot make the certificate"), opensslErrors("subjectAltName")};
    return Done{};
}

Status addExtension(X509 *x, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext || X509_add_ext(x, ext, -1) != 1) {
        X509_EXTENSION_free(ext);
        return Error{Text::tr("Cannot make the certificate"), opensslErrors(OBJ_nid2sn(nid))};
    }
    X509_EXTENSION_free(ext);
    return Done{};
}

// The key types both TLS stacks of the project (OpenSSL in the agent, QSslKey in the console) take.
bool supportedKey(const EVP_PKEY *key)
{
    const int type = EVP_PKEY_get_base_id(key);
    return type == EVP_PKEY_EC || type == EVP_PKEY_RSA;
}

X509Ptr parseCertificate(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Identity toIdentity(const QByteArray &keyPem, const QByteArray &certPem)
{
    return Identity{keyPem, certPem};
}

// Writes through a temporary file in the same directory created with the final mode (mkstemp makes it
// 0600, fchmod sets the mode before any byte is written), then renames it into place.
Status writeAtomically(const QString &path, const QByteArray &data, mode_t mode)
{
    QByteArray tmpl = QFile::encodeName(path) + ".tmp-XXXXXX";
    const int fd = mkostemp(tmpl.data(), O_CLOEXEC);
    auto fail = [&](const char *what) {
        const int err = errno;
        if (fd >= 0) {
            ::close(fd);
            ::unlink(tmpl.constData());
        }
        return Error{
            Text::tr("Cannot write %1").arg(path),
            QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(err))),
            err};
    };
    if (fd < 0)
        return fail("mkstemp");
    if (::fchmod(fd, mode) != 0)
        return fail("fchmod");
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail("write");
        done += n;
    }
    if (::fsync(fd) != 0)
        return fail("fsync");
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return Error{Text::tr("Cannot write %1").arg(path), QString::fromLocal8Bit(std::strerror(err)), err};
    }
    if (::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return Error{Text::tr("Cannot write %1").arg(path), QString::fromLocal8Bit(std::strerror(err)), err};
    }
    return Done{};
}

struct PemPair
{
    QByteArray key;
    QByteArray cert;
    PKeyPtr pkey;
};

Result<PemPair> makePair(const QString &commonName, const QStringList &sans)
{
    ERR_clear_error();
    PemPair out;
    // P-256: every TLS 1.3 stack has it, and Qt's QSslKey reads it (Qt 6.4 has no Ed25519 keys).
    out.pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!out.pkey)
        return Error{Text::tr("Cannot make a private key"), opensslErrors("EVP_PKEY_Q_keygen")};

    X509Ptr x(X509_new());
    BnPtr serial(BN_new());
    if (!x || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return Error{Text::tr("Cannot make the certificate"), opensslErrors("serial")};
    Asn1IntPtr serialAsn1(BN_to_ASN1_INTEGER(serial.get(), nullptr));
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = commonName.toUtf8();
    if (!serialAsn1 || X509_set_version(x.get(), X509_VERSION_3) != 1 ||
        X509_set_serialNumber(x.get(), serialAsn1.get()) != 1 ||
        // An hour back: a peer whose clock runs a little behind still accepts a brand-new certificate.
        !X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(x.get()), kValidityDays, 0, nullptr) ||
        X509_set_pubkey(x.get(), out.pkey.get()) != 1 ||
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()),
                                   -1, 0) != 1 ||
        X509_set_issuer_name(x.get(), name) != 1)
        return Error{Text::tr("Cannot make the certificate"), opensslErrors("X509 fields")};
    // No keyUsage extension: with one lacking keyCertSign OpenSSL would not see the certificate as
    // self-signed, and peers would report "unable to get local issuer" instead of "self-signed".
    for (Status s :
         {addExtension(x.get(), NID_basic_constraints, "critical,CA:FALSE"),
          addExtension(x.get(), NID_ext_key_usage, "serverAuth,clientAuth"),
          addExtension(x.get(), NID_subject_key_identifier, "hash"), addSubjectAltNames(x.get(), sans)})
        if (!s)
            return s.error();
    if (X509_sign(x.get(), out.pkey.get(), EVP_sha256()) <= 0)
        return Error{Text::tr("Cannot make the certificate"), opensslErrors("X509_sign")};

    BioPtr keyBio(BIO_new(BIO_s_mem())), certBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(keyBio.get(), out.pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1 ||
        PEM_write_bio_X509(certBio.get(), x.get()) != 1)
        return Error{Text::tr("Cannot make the certificate"), opensslErrors("PEM_write")};
    out.key = bioBytes(keyBio.get());
    out.cert = bioBytes(certBio.get());
    return out;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("Cannot read %1").arg(path), f.errorString(), int(f.error())};
    return f.readAll();
}

Result<Identity> loadPair(const QString &keyPath, const QString &certPath)
{
    Result<QByteArray> keyPem = readFile(keyPath);
    if (!keyPem)
        return keyPem.error();
    Result<QByteArray> certPem = readFile(certPath);
    if (!certPem)
        return certPem.error();

    ERR_clear_error();
    BioPtr keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    PKeyPtr pkey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!pkey)
        return Error{Text::tr("The private key file %1 is damaged or not a PEM key").arg(keyPath),
                     opensslErrors("PEM_read_bio_PrivateKey")};
    BioPtr certBio(BIO_new_mem_buf(certPem->constData(), int(certPem->size())));
    X509Ptr x(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!x)
        return Error{Text::tr("The certificate file %1 is damaged or not a PEM certificate").arg(certPath),
                     opensslErrors("PEM_read_bio_X509")};
    if (X509_check_private_key(x.get(), pkey.get()) != 1)
        return Error{
            Text::tr("The certificate %1 does not belong to the private key %2").arg(certPath, keyPath),
            opensslErrors("X509_check_private_key")};
    if (!supportedKey(pkey.get()))
        return Error{Text::tr("The private key %1 is of an unsupported type").arg(keyPath),
                     QString::fromLatin1(EVP_PKEY_get0_type_name(pkey.get()))};

    const Identity id = toIdentity(*keyPem, *certPem);
    if (id.expiryDate() < QDateTime::currentDateTimeUtc())
        return Error{Text::tr("The certificate %1 expired on %2; remove %1 and %3 to make a new identity, "
                              "then pin it again on every peer")
                         .arg(certPath, id.expiryDate().toString(Qt::ISODate), keyPath),
                     {}};
    return id;
}
} // namespace

QString Identity::fingerprint() const
{
    const X509Ptr x = parseCertificate(certificatePem);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    if (!x || X509_digest(x.get(), EVP_sha256(), md, &n) != 1)
        return {};
    return formatFingerprint(QByteArray(reinterpret_cast<const char *>(md), int(n)));
}

QString Identity::commonName() const
{
    const X509Ptr x = parseCertificate(certificatePem);
    char buf[256];
    const int n =
        x ? X509_NAME_get_text_by_NID(X509_get_subject_name(x.get()), NID_commonName, buf, sizeof buf) : -1;
    return n > 0 ? QString::fromUtf8(buf, n) : QString();
}

QDateTime Identity::expiryDate() const
{
    const X509Ptr x = parseCertificate(certificatePem);
    std::tm tm{};
    if (!x || ASN1_TIME_to_tm(X509_get0_notAfter(x.get()), &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

Result<Identity> createIdentity(const QString &commonName, const QStringList &subjectAltNames)
{
    Result<PemPair> pair = makePair(commonName, subjectAltNames);
    if (!pair)
        return pair.error();
    return toIdentity(pair->key, pair->cert);
}

Result<Identity> loadOrCreateIdentity(const QString &dir, const QString &commonName,
                                      const QStringList &subjectAltNames)
{
    const QString keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    const QString certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    const bool haveKey = QFileInfo::exists(keyPath), haveCert = QFileInfo::exists(certPath);
    if (haveKey && haveCert)
        return loadPair(keyPath, certPath);
    if (haveKey != haveCert)
        return Error{Text::tr("Only half of the identity in %1 exists; restore %2, or remove %3 to make a "
                              "new identity and pin it again on every peer")
                         .arg(dir, haveKey ? certPath : keyPath, haveKey ? keyPath : certPath),
                     {}};

    if (!QFileInfo::exists(dir)) {
        if (!QDir().mkpath(dir))
            return Error{Text::tr("Cannot create the directory %1").arg(dir), {}};
        // The directory holds a private key: only its owner may look inside.
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    Result<PemPair> pair = makePair(commonName, subjectAltNames);
    if (!pair)
        return pair.error();
    const Identity id = toIdentity(pair->key, pair->cert);
    if (Status s = writeAtomically(keyPath, pair->key, 0600); !s)
        return s.error();
    if (Status s = writeAtomically(certPath, pair->cert, 0644); !s) {
        QFile::remove(keyPath); // no half identity left behind
        return s.error();
    }
    return id;
}

QString formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

std::optional<QByteArray> parseFingerprint(const QString &text)
{
    static const QRegularExpression prefix(QStringLiteral("^sha-?256(\\s*fingerprint)?\\s*[=:]?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[:\\s]"));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    QString t = text.trimmed();
    t.remove(prefix);
    // Either 32 pairs separated by colons (or spaces), or 64 digits in a row; "A:BC:…" is a typo, not a
    // fingerprint.
    if (t.contains(separators)) {
        const QStringList parts = t.split(separators);
        if (parts.size() != 32)
            return std::nullopt;
        for (const QString &p : parts)
            if (p.size() != 2)
                return std::nullopt;
        t = parts.join(QString());
    }
    if (!hex.match(t).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(t.toLatin1());
}

QString normalizeFingerprint(const QString &text)
{
    const std::optional<QByteArray> raw = parseFingerprint(text);
    return raw ? formatFingerprint(*raw) : QString();
}
