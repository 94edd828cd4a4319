#include "rpcmessage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AgentRpc)
};

const QString kJsonRpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kResult = QStringLiteral("result");
const QString kError = QStringLiteral("error");

RpcMessage invalid(int code, const QString &message, const QJsonValue &id = QJsonValue::Null)
{
    RpcMessage m;
    m.id = id;
    m.error = {code, message, {}};
    return m;
}

// One pass over the raw bytes before the JSON parser sees them: bounds nesting (the parser recurses) and the
// length of number literals, whatever the strings contain.
QString prescan(QByteArrayView body)
{
    int depth = 0, numberLength = 0;
    bool inString = false, escaped = false;
    for (const char c : body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        const bool numeric =
            (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
        numberLength = numeric ? numberLength + 1 : 0;
        if (numberLength > Rpc::kMaxNumberLength)
            return QStringLiteral("a number literal longer than %1 characters").arg(Rpc::kMaxNumberLength);
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > Rpc::kMaxDepth)
                return QStringLiteral("nested deeper than %1 levels").arg(Rpc::kMaxDepth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {};
}

bool validId(const QJsonValue &id)
{
    if (id.isString())
        return true;
    if (!id.isDouble())
        return false;
    const double d = id.toDouble();
    // toInteger() keeps integers above 2^53 exactly, which toDouble() would round into range.
    return std::trunc(d) == d && std::abs(d) <= double(Rpc::kMaxSafeInteger) &&
           std::abs(id.toInteger()) <= Rpc::kMaxSafeInteger;
}

QString unexpectedMember(const QJsonObject &o, std::initializer_list<QString> allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return it.key();
    return {};
}
} // namespace

bool Rpc::isKnownCode(int code)
{
    switch (code) {
    case ParseError:
    case InvalidRequest:
    case MethodNotFound:
    case InvalidParams:
    case InternalError:
    case Unauthorized:
    case Forbidden:
    case ActionFailed:
    case NotAvailable:
    case InvalidArgument:
        return true;
    default:
        return false;
    }
}

QString Rpc::codeName(int code)
{
    switch (code) {
    case ParseError:
        return QStringLiteral("ParseError");
    case InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case MethodNotFound:
        return QStringLiteral("MethodNotFound");
    case InvalidParams:
        return QStringLiteral("InvalidParams");
    case InternalError:
        return QStringLiteral("InternalError");
    case Unauthorized:
        return QStringLiteral("Unauthorized");
    case Forbidden:
        return QStringLiteral("Forbidden");
    case ActionFailed:
        return QStringLiteral("ActionFailed");
    case NotAvailable:
        return QStringLiteral("NotAvailable");
    case InvalidArgument:
        return QStringLiteral("InvalidArgument");
    default:
        return QStringLiteral("Error%1").arg(code);
    }
}

Error RpcError::toError() const
{
    QString lead;
    switch (code) {
    case Rpc::ParseError:
        lead = Text::tr("The agent could not read the request");
        break;
    case Rpc::InvalidRequest:
        lead = Text::tr("The agent refused a malformed request");
        break;
    case Rpc::MethodNotFound:
        lead = Text::tr("The agent does not offer this function");
        break;
    case Rpc::InvalidParams:
        lead = Text::tr("The agent refused the parameters");
        break;
    case Rpc::InternalError:
        lead = Text::tr("Internal error in the agent");
        break;
    case Rpc::Unauthorized:
        lead = Text::tr("This console is not enrolled on the agent");
        break;
    case Rpc::Forbidden:
        lead = Text::tr("Your role on this agent does not allow this action");
        break;
    case Rpc::ActionFailed:
        lead = Text::tr("The action failed on the host");
        break;
    case Rpc::NotAvailable:
        lead = Text::tr("Not available on this host");
        break;
    case Rpc::InvalidArgument:
        lead = Text::tr("Invalid argument");
        break;
    default:
        lead = Text::tr("The agent reported error %1").arg(code);
        break;
    }
    const QString detail =
        data.isObject() ? data.toObject().value(QStringLiteral("detail")).toString() : QString();
    return Error{message.isEmpty()
                     ? lead
                     : Text::tr("%1: %2", "@info error lead-in, then the agent's message").arg(lead, message),
                 detail, code};
}

RpcError RpcError::fromError(const Error &error)
{
    RpcError e{Rpc::isKnownCode(error.code) ? error.code : int(Rpc::ActionFailed), error.summary, {}};
    QJsonObject data;
    if (!error.detail.isEmpty())
        data.insert(QStringLiteral("detail"), error.detail);
    if (error.code != 0 && !Rpc::isKnownCode(error.code))
        data.insert(QStringLiteral("systemCode"), error.code);
    if (!data.isEmpty())
        e.data = data;
    return e;
}

RpcMessage RpcMessage::makeRequest(const QJsonValue &id, const QString &method, const QJsonValue &params)
{
    RpcMessage m;
    m.kind = Kind::Request;
    m.id = id;
    m.method = method;
    m.params = params;
    return m;
}

RpcMessage RpcMessage::makeNotification(const QString &method, const QJsonValue &params)
{
    RpcMessage m = makeRequest(QJsonValue::Undefined, method, params);
    m.kind = Kind::Notification;
    return m;
}

RpcMessage RpcMessage::makeResult(const QJsonValue &id, const QJsonValue &result)
{
    RpcMessage m;
    m.kind = Kind::Result;
    m.id = id;
    m.result = result.isUndefined() ? QJsonValue(QJsonValue::Null) : result;
    return m;
}

RpcMessage RpcMessage::makeError(const QJsonValue &id, int code, const QString &message,
                                 const QJsonValue &data)
{
    return makeError(id, RpcError{code, message, data});
}

RpcMessage RpcMessage::makeError(const QJsonValue &id, const RpcError &error)
{
    RpcMessage m;
    m.kind = Kind::Error;
    m.id = id.isUndefined() ? QJsonValue(QJsonValue::Null) : id;
    m.error = error;
    return m;
}

QJsonObject RpcMessage::toJson() const
{
    QJsonObject o{{kJsonRpc, QStringLiteral("2.0")}};
    switch (kind) {
    case Kind::Request:
        o.insert(kId, id);
        Q_FALLTHROUGH();
    case Kind::Notification:
        o.insert(kMethod, method);
        if (params.isObject() || params.isArray())
            o.insert(kParams, params);
        break;
    case Kind::Result:
        o.insert(kId, id);
        o.insert(kResult, result);
        break;
    case Kind::Error:
    case Kind::Invalid: {
        QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
        if (!error.data.isUndefined() && !error.data.isNull())
            e.insert(QStringLiteral("data"), error.data);
        o.insert(kId, id.isUndefined() ? QJsonValue(QJsonValue::Null) : id);
        o.insert(kError, e);
        break;
    }
    }
    return o;
}

QByteArray RpcMessage::serialize() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

RpcMessage RpcMessage::parse(QByteArrayView body)
{
    if (const QString problem = prescan(body); !problem.isEmpty())
        return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid request: %1").arg(problem));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        // Qt reads only objects and arrays at the top; valid JSON of another kind is a wrong request, not
        // garbage.
        QJsonParseError again;
        QJsonDocument::fromJson("[" + body.toByteArray() + "]", &again);
        if (again.error == QJsonParseError::NoError)
            return invalid(Rpc::InvalidRequest,
                           QStringLiteral("Invalid request: the message is not an object"));
        return invalid(
            Rpc::ParseError,
            QStringLiteral("Parse error: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
    }
    if (doc.isArray())
        return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid request: batches are not supported"));
    const QJsonObject o = doc.object();

    // The id first, so that every later refusal can still name the request it answers.
    const QJsonValue id = o.value(kId);
    const bool hasId = !id.isUndefined();
    const bool idOk = !hasId || id.isNull() || validId(id);
    const QJsonValue replyId = hasId && idOk ? id : QJsonValue(QJsonValue::Null);
    if (o.value(kJsonRpc) != QJsonValue(QStringLiteral("2.0")))
        return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid request: \"jsonrpc\" must be \"2.0\""),
                       replyId);
    if (!idOk)
        return invalid(
            Rpc::InvalidRequest,
            QStringLiteral("Invalid request: \"id\" must be a string or an integer of at most 53 bits"));

    RpcMessage m;
    m.id = id;
    if (o.contains(kMethod)) {
        if (const QString extra = unexpectedMember(o, {kJsonRpc, kId, kMethod, kParams}); !extra.isEmpty())
            return invalid(Rpc::InvalidRequest,
                           QStringLiteral("Invalid request: unexpected member \"%1\"").arg(extra), replyId);
        const QJsonValue method = o.value(kMethod);
        if (!method.isString() || method.toString().isEmpty() ||
            method.toString().size() > Rpc::kMaxMethodLength)
            return invalid(
                Rpc::InvalidRequest,
                QStringLiteral(
                    "Invalid request: \"method\" must be a non-empty string of at most %1 characters")
                    .arg(Rpc::kMaxMethodLength),
                replyId);
        const QJsonValue params = o.value(kParams);
        if (!params.isUndefined() && !params.isObject() && !params.isArray())
            return invalid(Rpc::InvalidRequest,
                           QStringLiteral("Invalid request: \"params\" must be an object or an array"),
                           replyId);
        if (hasId && id.isNull())
            return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid request: \"id\" must not be null"));
        m.kind = hasId ? Kind::Request : Kind::Notification;
        m.method = method.toString();
        m.params = params;
        return m;
    }

    const bool hasResult = o.contains(kResult), hasError = o.contains(kError);
    if (!hasResult && !hasError)
        return invalid(Rpc::InvalidRequest,
                       QStringLiteral("Invalid request: neither \"method\" nor \"result\" nor \"error\""),
                       replyId);
    if (hasResult && hasError)
        return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid response: both \"result\" and \"error\""),
                       replyId);
    if (!hasId)
        return invalid(Rpc::InvalidRequest, QStringLiteral("Invalid response: no \"id\""));
    if (const QString extra = unexpectedMember(o, {kJsonRpc, kId, kResult, kError}); !extra.isEmpty())
        return invalid(Rpc::InvalidRequest,
                       QStringLiteral("Invalid response: unexpected member \"%1\"").arg(extra), replyId);
    if (hasResult) {
        if (id.isNull())
            return invalid(Rpc::InvalidRequest,
                           QStringLiteral("Invalid response: a result with a null \"id\""));
        m.kind = Kind::Result;
        m.result = o.value(kResult);
        return m;
    }
    const QJsonValue errorValue = o.value(kError);
    const QJsonObject e = errorValue.toObject();
    const QJsonValue code = e.value(QStringLiteral("code"));
    const QJsonValue message = e.value(QStringLiteral("message"));
    if (!errorValue.isObject() || !code.isDouble() || std::trunc(code.toDouble()) != code.toDouble() ||
        std::abs(code.toDouble()) > 2147483647.0 || code.toInt() == 0 || !message.isString())
        return invalid(
            Rpc::InvalidRequest,
            QStringLiteral("Invalid response: \"error\" needs an integer \"code\" and a string \"message\""),
            replyId);
    m.kind = Kind::Error;
    m.error = {code.toInt(), message.toString(), e.value(QStringLiteral("data"))};
    return m;
}
