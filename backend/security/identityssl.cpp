// Qt's TLS types for an Identity, for the console's QSslSocket. Apart from identity.cpp so that the agent,
// which never calls these, does not load QtNetwork.
#include "identity.h"

#include <QSslCertificate>
#include <QSslKey>

QSslKey Identity::sslKey() const
{
    // The key type is in the PEM ("BEGIN PRIVATE KEY" is PKCS#8 for either); Qt needs it named.
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    return key.isNull() ? QSslKey(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey) : key;
}

QSslCertificate Identity::sslCertificate() const
{
    return QSslCertificate(certificatePem, QSsl::Pem);
}

QString fingerprintSha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return formatFingerprint(certificate.digest(QCryptographicHash::Sha256));
}
