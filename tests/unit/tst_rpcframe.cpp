// Framing: frames cut from arbitrary chunks, limits judged from the header alone, no resynchronisation.
#include "agent/rpcframe.h"

#include <QTest>

class TestRpcFrame : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeHeader();
    void byteByByte();
    void manyFramesInOneChunk();
    void exactLimitAccepted();
    void oversizeRefusedFromHeader();
    void zeroLengthRefused();
    void failedReaderIgnoresMore();
    void bufferShrinks();
};

static QByteArray header(quint32 n)
{
    return QByteArray(1, char(n >> 24)) + char(n >> 16) + char(n >> 8) + char(n);
}

void TestRpcFrame::encodeHeader()
{
    QCOMPARE(RpcFrame::encode("{}"), header(2) + "{}");
    const QByteArray big(70000, 'x');
    QCOMPARE(RpcFrame::encode(big).left(4), QByteArray::fromHex("00011170"));
}

void TestRpcFrame::byteByByte()
{
    const QByteArray stream = RpcFrame::encode(R"({"a":1})") + RpcFrame::encode(R"({"b":"é"})");
    FrameReader r;
    QList<QByteArray> frames;
    for (char c : stream) {
        r.append(QByteArrayView(&c, 1));
        while (auto f = r.takeFrame())
            frames.append(*f);
    }
    QCOMPARE(frames, (QList<QByteArray>{R"({"a":1})", R"({"b":"é"})"}));
    QCOMPARE(r.failure(), FrameReader::Failure::None);
    QCOMPARE(r.buffered(), 0);
}

void TestRpcFrame::manyFramesInOneChunk()
{
    QByteArray stream;
    for (int i = 0; i < 100; ++i)
        stream += RpcFrame::encode(QByteArray::number(i));
    FrameReader r;
    r.append(stream.left(stream.size() - 1)); // the last frame is one byte short
    int n = 0;
    while (auto f = r.takeFrame())
        QCOMPARE(*f, QByteArray::number(n++));
    QCOMPARE(n, 99);
    r.append(stream.right(1));
    QCOMPARE(r.takeFrame().value(), QByteArray("99"));
    QVERIFY(!r.takeFrame());
}

void TestRpcFrame::exactLimitAccepted()
{
    FrameReader r(16);
    r.append(RpcFrame::encode(QByteArray(16, 'x')));
    QCOMPARE(r.takeFrame().value().size(), 16);
    QCOMPARE(r.maxFrameSize(), 16u);
}

void TestRpcFrame::oversizeRefusedFromHeader()
{
    FrameReader r; // 1 MiB
    r.append(header(RpcFrame::kDefaultMaxSize + 1).left(3));
    QVERIFY(!r.takeFrame());
    QCOMPARE(r.failure(), FrameReader::Failure::None); // three bytes say nothing yet
    r.append(header(RpcFrame::kDefaultMaxSize + 1).right(1));
    QVERIFY(!r.takeFrame()); // judged before a single body byte arrived
    QCOMPARE(r.failure(), FrameReader::Failure::Oversize);
    QCOMPARE(r.refusedLength(), RpcFrame::kDefaultMaxSize + 1);
    QVERIFY(r.error().summary.contains(QString::number(RpcFrame::kDefaultMaxSize)));
    QVERIFY(r.error().detail.contains(QString::number(RpcFrame::kDefaultMaxSize + 1)));

    FrameReader huge;
    huge.append(header(0xffffffffu));
    QVERIFY(!huge.takeFrame());
    QCOMPARE(huge.failure(), FrameReader::Failure::Oversize);
}

void TestRpcFrame::zeroLengthRefused()
{
    FrameReader r;
    r.append(RpcFrame::encode("{}") + header(0) + RpcFrame::encode("{}"));
    QCOMPARE(r.takeFrame().value(), QByteArray("{}")); // what came before the bad header is still delivered
    QVERIFY(!r.takeFrame());
    QCOMPARE(r.failure(), FrameReader::Failure::ZeroLength);
    QVERIFY(!r.error().isNull());
}

void TestRpcFrame::failedReaderIgnoresMore()
{
    FrameReader r(8);
    r.append(RpcFrame::encode(QByteArray(9, 'x')));
    QVERIFY(!r.takeFrame());
    r.append(RpcFrame::encode("{}"));
    QVERIFY(!r.takeFrame());
    QCOMPARE(r.buffered(), 0);
    QCOMPARE(r.failure(), FrameReader::Failure::Oversize);
}

void TestRpcFrame::bufferShrinks()
{
    FrameReader r;
    const QByteArray frame = RpcFrame::encode(QByteArray(1000, 'x'));
    for (int i = 0; i < 1000; ++i) {
        r.append(frame.left(500));
        QVERIFY(!r.takeFrame());
        r.append(frame.mid(500));
        QVERIFY(r.takeFrame());
        QCOMPARE(r.buffered(), 0);
    }
}

QTEST_GUILESS_MAIN(TestRpcFrame)
#include "tst_rpcframe.moc"
