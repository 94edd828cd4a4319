#include "deliverypacer.h"

DeliveryPacer::DeliveryPacer(int sliceMs, QObject *parent)
    : QObject(parent), m_sliceNs(qint64(sliceMs) * 1000000)
{
    // A zero timer fires once the event loop has dispatched what was pending (input, paint, other timers).
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryPacer::runSlice);
    m_clock.start();
}

void DeliveryPacer::post(QObject *receiver, std::function<void()> delivery)
{
    const qint64 now = m_clock.nsecsElapsed();
    // A pause as long as a slice since the last delivery: the loop has been idle, a new run begins.
    if (now - m_windowEnd > m_sliceNs)
        m_spent = 0;
    if (m_queue.empty() && m_spent < m_sliceNs) {
        delivery();
        spend(m_clock.nsecsElapsed() - now);
        return;
    }
    m_queue.push_back({receiver, std::move(delivery)});
    if (!m_timer.isActive()) {
        ++m_yields;
        m_timer.start();
    }
}

void DeliveryPacer::spend(qint64 ns)
{
    m_spent += ns;
    m_windowEnd = m_clock.nsecsElapsed();
}

void DeliveryPacer::runSlice()
{
    const qint64 start = m_clock.nsecsElapsed();
    m_spent = 0;
    while (!m_queue.empty() && m_clock.nsecsElapsed() - start < m_sliceNs) {
        Item item = std::move(m_queue.front());
        m_queue.pop_front();
        if (item.receiver)
            item.delivery();
    }
    spend(m_clock.nsecsElapsed() - start);
    if (!m_queue.empty()) {
        ++m_yields;
        m_timer.start();
    }
}
