#include "licenceusagehistory.h"

void LicenceUsageHistory::add(const LicenceDemand &demand)
{
    LicenceUsageSample s;
    s.time = demand.computedAt;
    for (auto it = demand.fleet.cbegin(); it != demand.fleet.cend(); ++it) {
        s.inUse.insert(it.key(), it->running);
        s.licensed.insert(it.key(), it->licensed);
        s.entitled.insert(it.key(), it->entitled);
    }
    add(s);
}

void LicenceUsageHistory::add(const LicenceUsageSample &sample)
{
    if (m_ring.size() < m_capacity) {
        m_ring.append(sample);
        return;
    }
    m_ring[m_next] = sample;
    m_next = (m_next + 1) % m_capacity;
}

QList<LicenceUsageSample> LicenceUsageHistory::samples() const
{
    if (m_ring.size() < m_capacity)
        return m_ring;
    return m_ring.mid(m_next) + m_ring.mid(0, m_next);
}

void LicenceUsageHistory::clear()
{
    m_ring.clear();
    m_next = 0;
}
