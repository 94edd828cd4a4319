// DeliveryPacer: cheap deliveries run at once and in order; a burst longer than a slice lets the event loop
// turn (a timer fires in between) and still delivers everything in order; deliveries for a receiver that is
// gone are dropped.
#include "libvirt/deliverypacer.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

class TestDeliveryPacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cheapDeliveriesRunAtOnce();
    void burstYieldsToTheEventLoopInOrder();
    void goneReceiverIsSkipped();
    void newerSupersedesWaiting();
};

void TestDeliveryPacer::cheapDeliveriesRunAtOnce()
{
    DeliveryPacer pacer(1000); // a slice no scheduler hiccup of a busy machine can use up
    QObject receiver;
    QList<int> got;
    for (int i = 0; i < 100; ++i)
        pacer.post(&receiver, [&got, i] { got.append(i); });
    QCOMPARE(got.size(), 100); // nothing waited: the caller sees the effect at once, as without a pacer
    QCOMPARE(pacer.yields(), 0);
}

void TestDeliveryPacer::burstYieldsToTheEventLoopInOrder()
{
    DeliveryPacer pacer(8);
    QObject receiver;
    QList<int> got;
    // 40 deliveries of 2 ms each: 80 ms of work, ten slices' worth.
    for (int i = 0; i < 40; ++i)
        pacer.post(&receiver, [&got, i] {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 2) {
            }
            got.append(i);
        });
    QVERIFY(got.size() < 40);
    QVERIFY(pacer.waiting() > 0);
    // A timer of the event loop's own gets its turn before the burst is over.
    int seenWhenTicked = -1;
    QTimer::singleShot(0, this, [&] { seenWhenTicked = int(got.size()); });
    QTRY_COMPARE(got.size(), 40);
    QVERIFY2(seenWhenTicked >= 0 && seenWhenTicked < 40, qPrintable(QString::number(seenWhenTicked)));
    QList<int> expected;
    for (int i = 0; i < 40; ++i)
        expected.append(i);
    QCOMPARE(got, expected);
    QVERIFY(pacer.yields() >= 3);
    // Later deliveries keep their order behind what still waits.
    pacer.post(&receiver, [&got] { got.append(40); });
    QTRY_COMPARE(got.size(), 41);
    QCOMPARE(got.back(), 40);
}

void TestDeliveryPacer::goneReceiverIsSkipped()
{
    DeliveryPacer pacer(1);
    auto receiver = std::make_unique<QObject>();
    int ran = 0;
    pacer.post(receiver.get(), [] { QThread::msleep(3); }); // uses up the slice
    pacer.post(receiver.get(), [&ran] { ++ran; });
    QCOMPARE(pacer.waiting(), 1);
    receiver.reset();
    QTRY_COMPARE(pacer.waiting(), 0);
    QCOMPARE(ran, 0);
}

void TestDeliveryPacer::newerSupersedesWaiting()
{
    DeliveryPacer pacer(1);
    QObject host1, host2;
    QStringList got;
    pacer.post(&host1, [] { QThread::msleep(3); }); // uses up the slice: the rest waits
    pacer.post(
        &host1, [&got] { got << QStringLiteral("vm A stopped"); }, QStringLiteral("vm A"));
    pacer.post(
        &host1, [&got] { got << QStringLiteral("vm A running"); }, QStringLiteral("vm A"));
    pacer.post(
        &host2, [&got] { got << QStringLiteral("other host's vm A"); }, QStringLiteral("vm A"));
    pacer.post(
        &host1, [&got] { got << QStringLiteral("vm B running"); }, QStringLiteral("vm B"));
    pacer.post(
        &host1, [&got] { got << QStringLiteral("vm A paused"); }, QStringLiteral("vm A"));
    pacer.post(&host1, [&got] { got << QStringLiteral("unkeyed"); });
    QTRY_COMPARE(pacer.waiting(), 0);
    // The latest word on each VM of each host, in the order the latest words came.
    QCOMPARE(got, (QStringList{QStringLiteral("other host's vm A"), QStringLiteral("vm B running"),
                               QStringLiteral("vm A paused"), QStringLiteral("unkeyed")}));
    QCOMPARE(pacer.superseded(), 2);
    // Nothing waits now: the next one with a known key runs at once, after a pause as long as a slice.
    QTest::qWait(5);
    pacer.post(
        &host1, [&got] { got << QStringLiteral("vm A running"); }, QStringLiteral("vm A"));
    QCOMPARE(got.back(), QStringLiteral("vm A running"));
}

QTEST_GUILESS_MAIN(TestDeliveryPacer)
#include "tst_deliverypacer.moc"
