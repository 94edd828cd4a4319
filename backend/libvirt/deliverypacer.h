// Delivers what the hosts' worker threads report to the GUI thread without freezing it: deliveries run at
// once while they are cheap, and when a burst (a thousand hosts loading together) has taken more than a
// slice of the thread, the rest waits for the event loop to turn and goes out a slice at a time, in order.
// While deliveries wait, a newer one with the same key for the same receiver (the same VM's state, the
// host's snapshot) replaces the older: what is shown catches up with the host instead of replaying it.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

class DeliveryPacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryPacer)
public:
    // sliceMs: how long deliveries may hold the thread before the event loop gets its turn.
    explicit DeliveryPacer(int sliceMs = 8, QObject *parent = nullptr);

    // Runs `delivery` on this object's thread, now or after what is already waiting; never if `receiver`
    // is gone by then. A non-empty key drops a waiting delivery with the same receiver and key: the newer
    // one supersedes it.
    void post(QObject *receiver, std::function<void()> delivery, const QString &key = {});
    qsizetype waiting() const { return qsizetype(m_queue.size()); }
    // How often the event loop was given a turn in the middle of a burst.
    qint64 yields() const { return m_yields; }
    // Deliveries dropped because a newer one superseded them while they waited.
    qint64 superseded() const { return m_superseded; }

private:
    void runSlice();
    void spend(qint64 ns);

    struct Item
    {
        QPointer<QObject> receiver;
        const QObject *address = nullptr; // the receiver's, for the key even once it is gone
        std::function<void()> delivery;   // empty once superseded
        QString key;
        quint64 serial = 0;
    };
    std::deque<Item> m_queue;
    // Waiting keyed deliveries: (receiver, key) -> serial of the item.
    QHash<std::pair<const QObject *, QString>, quint64> m_keyed;
    quint64 m_nextSerial = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sliceNs;
    qint64 m_windowEnd = 0; // when the last delivery ended
    qint64 m_spent = 0;     // time the deliveries since the last pause took
    qint64 m_yields = 0;
    qint64 m_superseded = 0;
};
