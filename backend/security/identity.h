// A TLS identity (EC P-256 key and self-signed certificate) made with OpenSSL and kept in a directory, and
// the SHA-256 fingerprints by which the console and the agent pin each other.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QSslCertificate;
class QSslKey;

// Kept as PEM text so that the agent, which speaks TLS through OpenSSL directly, needs no QtNetwork; the
// console's QSslSocket gets Qt's types from sslKey()/sslCertificate() (identityssl.cpp).
struct Identity
{
    QByteArray keyPem;         // PKCS#8
    QByteArray certificatePem; // X.509

    bool isNull() const { return keyPem.isEmpty() || certificatePem.isEmpty(); }
    QString fingerprint() const; // SHA-256 of the certificate's DER, "AB:CD:…"
    QString commonName() const;
    QDateTime expiryDate() const; // UTC

    QSslKey sslKey() const;
    QSslCertificate sslCertificate() const;
};

// Makes a new key and a self-signed certificate valid for ten years, in memory only.
// subjectAltNames: "DNS:name", "IP:address", or a bare name/address (an address becomes an IP entry).
Result<Identity> createIdentity(const QString &commonName, const QStringList &subjectAltNames = {});

// Reads <dir>/key.pem and <dir>/cert.pem, or creates both when neither exists (the directory too, mode
// 0700). The key file is created with mode 0600 and both files are replaced atomically. A damaged, missing
// half, mismatched or expired pair is an Error and is never replaced: a new identity would change the
// fingerprint every peer has pinned.
Result<Identity> loadOrCreateIdentity(const QString &dir, const QString &commonName,
                                      const QStringList &subjectAltNames = {});

// "AB:CD:…" (32 upper-case hex pairs) of the certificate's DER encoding.
QString fingerprintSha256(const QSslCertificate &certificate);
// The 32 raw bytes of a fingerprint typed by a person: with or without colons, any case, surrounding
// spaces and an optional "SHA256:" prefix allowed. std::nullopt when it is not a SHA-256 fingerprint.
std::optional<QByteArray> parseFingerprint(const QString &text);
// The canonical colon form of raw digest bytes.
QString formatFingerprint(const QByteArray &digest);
// parseFingerprint then formatFingerprint; an empty string when the text is not a fingerprint.
QString normalizeFingerprint(const QString &text);
