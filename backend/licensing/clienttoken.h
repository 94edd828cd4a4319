// An NVIDIA License System client configuration token (client_configuration_token_*.tok): read without
// trusting it. The token is a compact JWS (header.claims.signature, base64url); we decode the header and
// the claims to show what can honestly be read (issuer, audience, times, the service instance and the
// URLs and ports it points the guests at) and never verify the signature (the guest's driver does that).
// Anything that is not such a token is refused with the reason.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct ClientToken
{
    Q_DECLARE_TR_FUNCTIONS(ClientToken)
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024; // real tokens are a few KiB

    QByteArray content;     // the file as read (trailing white space trimmed): what is pushed
    QString fileName;       // "client_configuration_token_03-05-24-10-15-00.tok"
    QDateTime fileNameTime; // from NVIDIA's download name "..._DD-MM-YY-HH-MM-SS.tok"; invalid otherwise
    QString algorithm;      // JWS header "alg": "RS256"
    QString keyId;          // JWS header "kid", when present
    QString issuer;         // "iss"
    QString audience;       // "aud"
    QString tokenId;        // "jti"
    QDateTime issuedAt, notBefore, expires; // UTC; invalid when absent
    QString protocolVersion;                // "protocol_version"
    QString serviceInstance;                // service_instance_configuration.nls_service_instance_ref
    QStringList urls;        // node_url_list[].url, with ":port" of the lease service when given
    int scopeReferences = 0; // scope_ref_list entries
    QJsonObject claims;      // everything, for the details view

    // Reads a token from bytes; fileName only feeds fileNameTime.
    static Result<ClientToken> parse(const QByteArray &bytes, const QString &fileName = {});
    static Result<ClientToken> read(const QString &path);

    bool expiredAt(const QDateTime &t) const { return expires.isValid() && expires <= t; }
    QString sha256() const;        // hex of content, for the audit log (the token itself is not logged)
    QJsonObject factsJson() const; // what docs/licensing.md lists; no key material
};
