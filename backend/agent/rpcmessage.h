// JSON-RPC 2.0 messages of the agent protocol: building them, and strict parsing of what a peer sent.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Rpc {
// Stable codes; docs/agent-protocol.md lists them. Error::code carries them on the console side.
enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    Unauthorized = -32001,    // the client certificate is not enrolled on the agent
    Forbidden = -32002,       // enrolled, but the role is too low for the method
    ActionFailed = -32010,    // the host refused or failed the action
    NotAvailable = -32011,    // the facility is absent on this host (no NVML, no SR-IOV …)
    InvalidArgument = -32012, // an action argument failed validation (UUID, PCI address, type id …)
};
bool isKnownCode(int code);
QString codeName(int code); // "Unauthorized", "ParseError" …; "Error<code>" for others

constexpr int kMaxDepth = 32;        // nesting of arrays and objects
constexpr int kMaxNumberLength = 40; // characters of one number literal
constexpr int kMaxMethodLength = 128;
constexpr qint64 kMaxSafeInteger =
    (qint64(1) << 53) - 1; // ids beyond this lose precision in other JSON stacks
} // namespace Rpc

struct RpcError
{
    int code = 0;
    QString message; // English protocol text, readable; the console translates by code
    QJsonValue data; // optional; {"detail": "..."} when built from an Error

    bool isNull() const { return code == 0; }
    // Console side: a translated summary chosen by code followed by the agent's message, detail from data.
    Error toError() const;
    // Agent side: a handler's Error on the wire. Its code is kept when it is a protocol code, otherwise the
    // error becomes ActionFailed and the original code travels in data.systemCode.
    static RpcError fromError(const Error &error);
};

struct RpcMessage
{
    enum class Kind { Invalid, Request, Notification, Result, Error };

    Kind kind = Kind::Invalid;
    QJsonValue id;  // Request, Result, Error (null in an error about an unreadable request); Invalid: the id
                    // when it could be read, else null
    QString method; // Request, Notification
    QJsonValue params; // Request, Notification: an object or an array, Undefined when absent
    QJsonValue result; // Result
    RpcError
        error; // Error: what the peer sent. Invalid: why the input was refused (ParseError or InvalidRequest)

    static RpcMessage makeRequest(const QJsonValue &id, const QString &method, const QJsonValue &params = {});
    static RpcMessage makeNotification(const QString &method, const QJsonValue &params = {});
    static RpcMessage makeResult(const QJsonValue &id, const QJsonValue &result);
    static RpcMessage makeError(const QJsonValue &id, int code, const QString &message,
                                const QJsonValue &data = {});
    static RpcMessage makeError(const QJsonValue &id, const RpcError &error);

    // Never trusts the input: too deep, too long a number, not an object, a batch, a wrong "jsonrpc", an id
    // that is not a string or a safe integer, a method that is not a non-empty string, params that are not
    // structured, unknown members … all give Kind::Invalid with the reason in error.
    static RpcMessage parse(QByteArrayView body);

    QJsonObject toJson() const;
    QByteArray serialize() const; // compact UTF-8 JSON, a frame body
};
