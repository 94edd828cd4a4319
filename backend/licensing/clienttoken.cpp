#include "clienttoken.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
Error refuse(const QString &why, const QString &detail = {})
{
    return Error{ClientToken::tr("This is not a client configuration token: %1").arg(why), detail};
}

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QDateTime epoch(const QJsonValue &v)
{
    if (!v.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(v.toDouble()), Qt::UTC);
}
} // namespace

Result<ClientToken> ClientToken::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return refuse(tr("the file is empty"));
    if (bytes.size() > kMaxBytes)
        return refuse(tr("the file is %1 KiB; a token is a few KiB at most").arg(bytes.size() / 1024),
                      QStringLiteral("%1 bytes, limit %2").arg(bytes.size()).arg(kMaxBytes));
    if (bytes.contains('\0'))
        return refuse(tr("the file is binary"),
                      QStringLiteral("NUL byte at offset %1").arg(bytes.indexOf('\0')));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    Q_UNUSED(text)
    if (utf8.hasError())
        return refuse(tr("the file is not text"), QStringLiteral("invalid UTF-8"));
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty())
        return refuse(tr("the file holds only white space"));
    static const QRegularExpression jws(QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    if (!jws.match(QString::fromLatin1(trimmed)).hasMatch())
        return refuse(tr("it is not a signed token of three base64url parts (header.claims.signature)"),
                      QString::fromUtf8(trimmed.left(60)));
    const QList<QByteArray> parts = trimmed.split('.');
    const auto header = decodePart(parts[0]);
    if (!header)
        return refuse(tr("its header is not JSON"));
    const auto claims = decodePart(parts[1]);
    if (!claims)
        return refuse(tr("its claims are not JSON"));
    if (parts[2].isEmpty() ||
        header->value(QStringLiteral("alg")).toString().compare(u"none", Qt::CaseInsensitive) == 0)
        return refuse(tr("it is not signed"),
                      QStringLiteral("alg %1").arg(header->value(QStringLiteral("alg")).toString()));

    ClientToken t;
    t.content = trimmed;
    t.claims = *claims;
    t.algorithm = header->value(QStringLiteral("alg")).toString();
    t.keyId = header->value(QStringLiteral("kid")).toString();
    t.issuer = claims->value(QStringLiteral("iss")).toString();
    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    t.audience = aud.isArray() ? aud.toArray().first().toString() : aud.toString();
    t.tokenId = claims->value(QStringLiteral("jti")).toString();
    t.issuedAt = epoch(claims->value(QStringLiteral("iat")));
    t.notBefore = epoch(claims->value(QStringLiteral("nbf")));
    t.expires = epoch(claims->value(QStringLiteral("exp")));
    t.protocolVersion = claims->value(QStringLiteral("protocol_version")).toString();
    t.scopeReferences = int(claims->value(QStringLiteral("scope_ref_list")).toArray().size());
    const QJsonObject sic = claims->value(QStringLiteral("service_instance_configuration")).toObject();
    t.serviceInstance = sic.value(QStringLiteral("nls_service_instance_ref")).toString();
    // Port sets by index: the port of the "lease" service, to show with each URL.
    QHash<int, int> leasePort;
    for (const QJsonValue &set : sic.value(QStringLiteral("svc_port_set_list")).toArray())
        for (const QJsonValue &m : set.toObject().value(QStringLiteral("svc_port_map")).toArray())
            if (m.toObject().value(QStringLiteral("service")).toString() == u"lease")
                leasePort.insert(set.toObject().value(QStringLiteral("idx")).toInt(),
                                 m.toObject().value(QStringLiteral("port")).toInt());
    for (const QJsonValue &n : sic.value(QStringLiteral("node_url_list")).toArray()) {
        const QJsonObject o = n.toObject();
        QString url = o.value(QStringLiteral("url")).toString();
        const int port = leasePort.value(o.value(QStringLiteral("svc_port_set_idx")).toInt(), 0);
        if (!url.isEmpty())
            t.urls.append(port > 0 ? QStringLiteral("%1:%2").arg(url).arg(port) : url);
    }
    // A JWT from some other system is not a licence token: NLS tokens name NLS as issuer and audience
    // and carry the service instance configuration.
    const bool nls = t.audience.contains(u"NLS", Qt::CaseInsensitive) || !sic.isEmpty();
    if (!nls)
        return refuse(tr("it is a signed token, but not one of the NVIDIA License System"),
                      QStringLiteral("iss \"%1\", aud \"%2\", no service_instance_configuration")
                          .arg(t.issuer, t.audience));
    t.fileName = QFileInfo(fileName).fileName();
    static const QRegularExpression stamp(
        QStringLiteral("(\\d\\d-\\d\\d-\\d\\d-\\d\\d-\\d\\d-\\d\\d)\\.tok$"));
    if (const auto m = stamp.match(t.fileName); m.hasMatch()) {
        QDateTime dt = QDateTime::fromString(m.captured(1), QStringLiteral("dd-MM-yy-HH-mm-ss"));
        if (dt.isValid() && dt.date().year() < 2000)
            dt = dt.addYears(100); // two-digit years are this century
        t.fileNameTime = dt;
    }
    return t;
}

Result<ClientToken> ClientToken::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1").arg(path), f.errorString(), int(f.error())};
    // One byte past the limit is enough to know the file is too large.
    const QByteArray bytes = f.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return refuse(tr("the file is larger than %1 KiB").arg(kMaxBytes / 1024),
                      QStringLiteral("%1 bytes").arg(f.size()));
    return parse(bytes, path);
}

QString ClientToken::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QJsonObject ClientToken::factsJson() const
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("fileName"), fileName},
            {QStringLiteral("bytes"), int(content.size())},
            {QStringLiteral("sha256"), sha256()},
            {QStringLiteral("algorithm"), algorithm},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("audience"), audience},
            {QStringLiteral("tokenId"), tokenId},
            {QStringLiteral("issuedAt"), time(issuedAt)},
            {QStringLiteral("notBefore"), time(notBefore)},
            {QStringLiteral("expires"), time(expires)},
            {QStringLiteral("protocolVersion"), protocolVersion},
            {QStringLiteral("serviceInstance"), serviceInstance},
            {QStringLiteral("urls"), QJsonArray::fromStringList(urls)},
            {QStringLiteral("scopeReferences"), scopeReferences}};
}
