#include "testpki.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace {
void check(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(what);
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    check(ext && X509_add_ext(cert, ext, -1) == 1, "extension");
    X509_EXTENSION_free(ext);
}

QByteArray pem(int (*write)(BIO *, void *), void *object)
{
    BIO *bio = BIO_new(BIO_s_mem());
    check(write(bio, object) == 1, "PEM");
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, n);
    BIO_free(bio);
    return out;
}

int writeKey(BIO *bio, void *key)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(key), nullptr, nullptr, 0, nullptr, nullptr);
}

int writeCert(BIO *bio, void *cert)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(cert));
}

TestPki::KeyPair make(const QString &cn, const QStringList &sans, const TestPki::KeyPair *issuer, bool ca,
                      int notBeforeDays, int notAfterDays)
{
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    check(key, "keygen");
    X509 *x = X509_new();
    X509_set_version(x, X509_VERSION_3);
    static long serial = 1000;
    ASN1_INTEGER_set(X509_get_serialNumber(x), ++serial);
    X509_gmtime_adj(X509_getm_notBefore(x), long(notBeforeDays) * 86400);
    X509_gmtime_adj(X509_getm_notAfter(x), long(notAfterDays) * 86400);
    X509_set_pubkey(x, key);
    const QByteArray cnUtf8 = cn.toUtf8();
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("gpuvirt tests"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cnUtf8.constData()),
                               int(cnUtf8.size()), -1, 0);

    X509 *issuerCert = x;
    EVP_PKEY *issuerKey = key;
    X509 *parsedIssuer = nullptr;
    EVP_PKEY *parsedIssuerKey = nullptr;
    if (issuer) {
        BIO *cb = BIO_new_mem_buf(issuer->certPem.constData(), int(issuer->certPem.size()));
        parsedIssuer = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
        BIO_free(cb);
        BIO *kb = BIO_new_mem_buf(issuer->keyPem.constData(), int(issuer->keyPem.size()));
        parsedIssuerKey = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
        BIO_free(kb);
        check(parsedIssuer && parsedIssuerKey, "issuer");
        issuerCert = parsedIssuer;
        issuerKey = parsedIssuerKey;
    }
    X509_set_issuer_name(x, X509_get_subject_name(issuerCert));
    addExt(x, issuerCert, NID_subject_key_identifier, "hash");
    if (ca) {
        addExt(x, issuerCert, NID_basic_constraints, "critical,CA:TRUE");
        addExt(x, issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    } else {
        addExt(x, issuerCert, NID_basic_constraints, "critical,CA:FALSE");
        addExt(x, issuerCert, NID_ext_key_usage, "serverAuth");
        if (issuer)
            addExt(x, issuerCert, NID_authority_key_identifier, "keyid:always");
        if (!sans.isEmpty())
            addExt(x, issuerCert, NID_subject_alt_name, sans.join(u',').toLatin1().constData());
    }
    check(X509_sign(x, issuerKey, EVP_sha256()) > 0, "sign");

    TestPki::KeyPair out;
    out.keyPem = pem(writeKey, key);
    out.certPem = pem(writeCert, x);
    out.key = QSslKey(out.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    out.certificate = QSslCertificate(out.certPem, QSsl::Pem);
    X509_free(x);
    EVP_PKEY_free(key);
    X509_free(parsedIssuer);
    EVP_PKEY_free(parsedIssuerKey);
    return out;
}
} // namespace

TestPki::KeyPair TestPki::makeCa(const QString &commonName)
{
    return make(commonName, {}, nullptr, true, -1, 3650);
}

TestPki::KeyPair TestPki::makeLeaf(const QString &commonName, const QStringList &subjectAltNames,
                                   const KeyPair *issuer, int notBeforeDays, int notAfterDays)
{
    return make(commonName, subjectAltNames, issuer, false, notBeforeDays, notAfterDays);
}
