// Delivers what the hosts' worker threads report to the GUI thread without freezing it: deliveries run at
// once while they are cheap, and when a burst (a thousand hosts loading together) has taken more than a
// slice of the thread, the rest waits for the event loop to turn and goes out a slice at a time, in order.
#pragma once

#include <QElapsedTimer>
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
    // is gone by then.
    void post(QObject *receiver, std::function<void()> delivery);
    qsizetype waiting() const { return qsizetype(m_queue.size()); }
    // How often the event loop was given a turn in the middle of a burst.
    qint64 yields() const { return m_yields; }

private:
    void runSlice();
    void spend(qint64 ns);

    struct Item
    {
        QPointer<QObject> receiver;
        std::function<void()> delivery;
    };
    std::deque<Item> m_queue;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sliceNs;
    qint64 m_windowEnd = 0; // when the last delivery ended
    qint64 m_spent = 0;     // time the deliveries since the last pause took
    qint64 m_yields = 0;
};
