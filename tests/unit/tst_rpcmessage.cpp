// JSON-RPC messages: valid ones round-trip; every hostile form is refused with the code a peer must get.
#include "agent/rpcmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestRpcMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validMessages_data();
    void validMessages();
    void hostileInput_data();
    void hostileInput();
    void roundTrip();
    void errorCodesAreStable();
    void errorToWireAndBack();
};

Q_DECLARE_METATYPE(RpcMessage::Kind)

void TestRpcMessage::validMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<RpcMessage::Kind>("kind");
    QTest::newRow("request object params")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"facts.get","params":{"a":1}})")
        << RpcMessage::Kind::Request;
    QTest::newRow("request array params")
        << QByteArray(R"({"jsonrpc":"2.0","id":"x-1","method":"m","params":[1,2]})")
        << RpcMessage::Kind::Request;
    QTest::newRow("request no params")
        << QByteArray(R"({"jsonrpc":"2.0","id":-9007199254740991,"method":"m"})")
        << RpcMessage::Kind::Request;
    QTest::newRow("notification") << QByteArray(
                                         R"({"jsonrpc":"2.0","method":"telemetry.sample","params":{}})")
                                  << RpcMessage::Kind::Notification;
    QTest::newRow("result") << QByteArray(R"({"jsonrpc":"2.0","id":7,"result":null})")
                            << RpcMessage::Kind::Result;
    QTest::newRow("error")
        << QByteArray(
               R"({"jsonrpc":"2.0","id":7,"error":{"code":-32002,"message":"no","data":{"detail":"d"}}})")
        << RpcMessage::Kind::Error;
    QTest::newRow("error null id")
        << QByteArray(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})")
        << RpcMessage::Kind::Error;
    QTest::newRow("nested 32 levels") << QByteArray(R"({"jsonrpc":"2.0","method":"m","params":)") +
                                             QByteArray(31, '[') + QByteArray(31, ']') + "}"
                                      << RpcMessage::Kind::Notification;
    QTest::newRow("brackets in strings") << QByteArray(R"({"jsonrpc":"2.0","method":"m","params":{"s":")") +
                                                QByteArray(100, '[') + R"(\"[["}})"
                                         << RpcMessage::Kind::Notification;
}

void TestRpcMessage::validMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(RpcMessage::Kind, kind);
    const RpcMessage m = RpcMessage::parse(body);
    QVERIFY2(m.kind == kind, qPrintable(m.error.message));
    QCOMPARE(m.error.code == 0, kind != RpcMessage::Kind::Error);
}

void TestRpcMessage::hostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QJsonValue>("replyId"); // the id an error reply carries: recovered when it was valid
    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("garbage") << QByteArray("hello") << int(Rpc::ParseError) << null;
    QTest::newRow("truncated") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m")")
                               << int(Rpc::ParseError) << null;
    QTest::newRow("invalid utf-8") << QByteArray("{\"jsonrpc\":\"2.0\",\"method\":\"\xff\xfe\"}")
                                   << int(Rpc::ParseError) << null;
    QTest::newRow("number overflows double")
        << QByteArray(R"({"jsonrpc":"2.0","id":1e400,"method":"m"})") << int(Rpc::ParseError) << null;
    QTest::newRow("not an object: number") << QByteArray("42") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("not an object: string") << QByteArray(R"("call")") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("not an object: null") << QByteArray("null") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("batch") << QByteArray(R"([{"jsonrpc":"2.0","id":1,"method":"m"}])")
                           << int(Rpc::InvalidRequest) << null;
    QTest::newRow("empty batch") << QByteArray("[]") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("no jsonrpc") << QByteArray(R"({"id":1,"method":"m"})") << int(Rpc::InvalidRequest)
                                << QJsonValue(1);
    QTest::newRow("jsonrpc 1.0") << QByteArray(R"({"jsonrpc":"1.0","id":"a","method":"m"})")
                                 << int(Rpc::InvalidRequest) << QJsonValue(QStringLiteral("a"));
    QTest::newRow("jsonrpc number") << QByteArray(R"({"jsonrpc":2.0,"id":1,"method":"m"})")
                                    << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"m"})")
                               << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id array") << QByteArray(R"({"jsonrpc":"2.0","id":[1],"method":"m"})")
                              << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id bool") << QByteArray(R"({"jsonrpc":"2.0","id":true,"method":"m"})")
                             << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id fraction") << QByteArray(R"({"jsonrpc":"2.0","id":1.5,"method":"m"})")
                                 << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id 2^53") << QByteArray(R"({"jsonrpc":"2.0","id":9007199254740992,"method":"m"})")
                             << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id 2^53+1") << QByteArray(R"({"jsonrpc":"2.0","id":9007199254740993,"method":"m"})")
                               << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id 1e20") << QByteArray(R"({"jsonrpc":"2.0","id":1e20,"method":"m"})")
                             << int(Rpc::InvalidRequest) << null;
    QTest::newRow("id null on request")
        << QByteArray(R"({"jsonrpc":"2.0","id":null,"method":"m"})") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("method number") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})")
                                   << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("method empty") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":""})")
                                  << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("method null") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":null})")
                                 << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("method too long") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":")") +
                                            QByteArray(129, 'm') + R"("})"
                                     << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("params string") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":"x"})")
                                   << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("params number") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":3})")
                                   << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("params null") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":null})")
                                 << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("unknown member") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","sudo":true})")
                                    << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("method and result") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","result":1})")
                                       << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("nothing") << QByteArray(R"({"jsonrpc":"2.0","id":1})") << int(Rpc::InvalidRequest)
                             << QJsonValue(1);
    QTest::newRow("nested 33 levels") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":)") +
                                             QByteArray(32, '[') + QByteArray(32, ']') + "}"
                                      << int(Rpc::InvalidRequest) << null;
    QTest::newRow("nested 100000 levels")
        << QByteArray(100000, '[') + QByteArray(100000, ']') << int(Rpc::InvalidRequest) << null;
    QTest::newRow("huge integer literal")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":[)") + QByteArray(400, '9') + "]}"
        << int(Rpc::InvalidRequest) << null;
    QTest::newRow("long fraction literal")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"m","params":[0.)") + QByteArray(100000, '1') + "]}"
        << int(Rpc::InvalidRequest) << null;
    QTest::newRow("result and error")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":1,"error":{"code":1,"message":"x"}})")
        << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("result without id")
        << QByteArray(R"({"jsonrpc":"2.0","result":1})") << int(Rpc::InvalidRequest) << null;
    QTest::newRow("error not object") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"bad"})")
                                      << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("error code string")
        << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":"x","message":"m"}})")
        << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("error code huge") << QByteArray(
                                            R"({"jsonrpc":"2.0","id":1,"error":{"code":1e15,"message":"m"}})")
                                     << int(Rpc::InvalidRequest) << QJsonValue(1);
    QTest::newRow("error no message") << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32000}})")
                                      << int(Rpc::InvalidRequest) << QJsonValue(1);
}

void TestRpcMessage::hostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QJsonValue, replyId);
    const RpcMessage m = RpcMessage::parse(body);
    QCOMPARE(m.kind, RpcMessage::Kind::Invalid);
    QCOMPARE(m.error.code, code);
    QVERIFY(!m.error.message.isEmpty());
    QCOMPARE(m.id, replyId);
    // The reply to it is itself a valid error message.
    const RpcMessage reply = RpcMessage::parse(RpcMessage::makeError(m.id, m.error).serialize());
    QCOMPARE(reply.kind, RpcMessage::Kind::Error);
    QCOMPARE(reply.error.code, code);
    QCOMPARE(reply.id, replyId);
}

void TestRpcMessage::roundTrip()
{
    const QJsonObject params{
        {QStringLiteral("uuid"), QStringLiteral("0b6c7f4e-1111-4b4c-9d1a-2f1e3c4d5e6f")}};
    RpcMessage m =
        RpcMessage::parse(RpcMessage::makeRequest(42, QStringLiteral("mdev.create"), params).serialize());
    QCOMPARE(m.kind, RpcMessage::Kind::Request);
    QCOMPARE(m.id, QJsonValue(42));
    QCOMPARE(m.method, QStringLiteral("mdev.create"));
    QCOMPARE(m.params, QJsonValue(params));

    m = RpcMessage::parse(RpcMessage::makeNotification(QStringLiteral("telemetry.sample")).serialize());
    QCOMPARE(m.kind, RpcMessage::Kind::Notification);
    QVERIFY(m.params.isUndefined());

    m = RpcMessage::parse(RpcMessage::makeResult(QStringLiteral("abc"), QJsonArray{1, 2}).serialize());
    QCOMPARE(m.kind, RpcMessage::Kind::Result);
    QCOMPARE(m.id, QJsonValue(QStringLiteral("abc")));
    QCOMPARE(m.result, QJsonValue(QJsonArray{1, 2}));

    m = RpcMessage::parse(RpcMessage::makeResult(3, QJsonValue::Undefined).serialize());
    QCOMPARE(m.result,
             QJsonValue(QJsonValue::Null)); // "result" is required even when there is nothing to say

    m = RpcMessage::parse(
        RpcMessage::makeError(5, Rpc::NotAvailable, QStringLiteral("no NVML"),
                              QJsonObject{{QStringLiteral("detail"), QStringLiteral("dlopen failed")}})
            .serialize());
    QCOMPARE(m.kind, RpcMessage::Kind::Error);
    QCOMPARE(m.error.code, int(Rpc::NotAvailable));
    QCOMPARE(m.error.message, QStringLiteral("no NVML"));
}

void TestRpcMessage::errorCodesAreStable()
{
    // Published in docs/agent-protocol.md: changing one breaks deployed consoles or agents.
    QCOMPARE(int(Rpc::ParseError), -32700);
    QCOMPARE(int(Rpc::InvalidRequest), -32600);
    QCOMPARE(int(Rpc::MethodNotFound), -32601);
    QCOMPARE(int(Rpc::InvalidParams), -32602);
    QCOMPARE(int(Rpc::InternalError), -32603);
    QCOMPARE(int(Rpc::Unauthorized), -32001);
    QCOMPARE(int(Rpc::Forbidden), -32002);
    QCOMPARE(int(Rpc::ActionFailed), -32010);
    QCOMPARE(int(Rpc::NotAvailable), -32011);
    QCOMPARE(int(Rpc::InvalidArgument), -32012);
    QCOMPARE(Rpc::codeName(Rpc::Forbidden), QStringLiteral("Forbidden"));
    QCOMPARE(Rpc::codeName(-1), QStringLiteral("Error-1"));
}

void TestRpcMessage::errorToWireAndBack()
{
    // A protocol code passes through with its message and detail.
    RpcError wire = RpcError::fromError(Error{QStringLiteral("Invalid PCI address 0000:zz:00.0"),
                                              QStringLiteral("expected DDDD:BB:SS.F"), Rpc::InvalidArgument});
    QCOMPARE(wire.code, int(Rpc::InvalidArgument));
    Error back = wire.toError();
    QCOMPARE(back.code, int(Rpc::InvalidArgument));
    QVERIFY(back.summary.contains(QStringLiteral("Invalid PCI address 0000:zz:00.0")));
    QCOMPARE(back.detail, QStringLiteral("expected DDDD:BB:SS.F"));

    // An errno becomes ActionFailed; the errno travels along.
    wire = RpcError::fromError(
        Error{QStringLiteral("Cannot write remove"), QStringLiteral("Device or resource busy"), 16});
    QCOMPARE(wire.code, int(Rpc::ActionFailed));
    QCOMPARE(wire.data.toObject().value(QStringLiteral("systemCode")).toInt(), 16);
    QVERIFY(wire.toError().summary.contains(QStringLiteral("The action failed on the host")));

    // Unknown codes from a newer agent still read.
    const RpcError fromNewer{-31999, QStringLiteral("new"), {}};
    QCOMPARE(fromNewer.toError().code, -31999);
}

QTEST_GUILESS_MAIN(TestRpcMessage)
#include "tst_rpcmessage.moc"
