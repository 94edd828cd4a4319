// Certificates for tests that talk TLS to servers they start themselves: a CA, leaf certificates it signs
// with chosen names and validity (expired ones too), and self-signed ones. OpenSSL, in memory.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

namespace TestPki {

struct KeyPair
{
    QSslKey key;
    QSslCertificate certificate;
    QByteArray keyPem, certPem;
};

// A CA certificate (basicConstraints CA:TRUE, keyCertSign) valid from a day ago for ten years.
KeyPair makeCa(const QString &commonName);
// A server certificate: subjectAltNames "DNS:name" / "IP:addr"; validity in days relative to now (negative:
// in the past). issuer null: self-signed.
KeyPair makeLeaf(const QString &commonName, const QStringList &subjectAltNames, const KeyPair *issuer,
                 int notBeforeDays = -1, int notAfterDays = 365);

} // namespace TestPki
