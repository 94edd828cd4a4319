#include "deliverypacer.h"

#include <algorithm>

DeliveryPacer::DeliveryPacer(int sliceMs, QObject *parent)
    : QObject(parent), m_sliceNs(qint64(sliceMs) * 1000000)
{
    // A zero timer fires once the event loop has dispatched what was pending (input, paint, other timers).
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryPacer::runSlice);
    m_clock.start();
}

void DeliveryPacer::post(QObject *receiver, std::function<void()> delivery, const QString &key)
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
    const quint64 serial = m_nextSerial++;
    if (!key.isEmpty()) {
        const auto it = m_keyed.find({receiver, key});
        if (it != m_keyed.end()) {
            // The queue is ordered by serial: find the older item and empty it in place.
            const quint64 old = it.value();
            const auto item = std::lower_bound(m_queue.begin(), m_queue.end(), old,
                                               [](const Item &i, quint64 s) { return i.serial < s; });
            if (item != m_queue.end() && item->serial == old && item->delivery) {
                item->delivery = nullptr;
                ++m_superseded;
            }
            it.value() = serial;
        } else {
            m_keyed.insert({receiver, key}, serial);
        }
    }
    m_queue.push_back({receiver, receiver, std::move(delivery), key, serial});
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
        if (!item.key.isEmpty()) {
            const auto it = m_keyed.constFind({item.address, item.key});
            if (it != m_keyed.cend() && it.value() == item.serial)
                m_keyed.erase(it);
        }
        if (item.receiver && item.delivery)
            item.delivery();
    }
    spend(m_clock.nsecsElapsed() - start);
    if (!m_queue.empty()) {
        ++m_yields;
        m_timer.start();
    }
}
