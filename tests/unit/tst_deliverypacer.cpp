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

QTEST_GUILESS_MAIN(TestDeliveryPacer)
#include "tst_deliverypacer.moc"
