// Licence use against entitlement per edition over time, sampled while the console runs, in a bounded ring
// buffer: what the licence panel's chart draws.
#pragma once

#include "licencedemand.h"

#include <QDateTime>
#include <QList>
#include <QMap>

struct LicenceUsageSample
{
    QDateTime time;                     // UTC
    QMap<LicenseEdition, int> inUse;    // running guests needing the edition (leases wanted)
    QMap<LicenseEdition, int> licensed; // of those, NVML says licensed
    QMap<LicenseEdition, int> entitled;
};

class LicenceUsageHistory
{
public:
    explicit LicenceUsageHistory(int capacity = 720) : m_capacity(std::max(2, capacity)) {}

    void add(const LicenceDemand &demand); // one sample at demand.computedAt
    void add(const LicenceUsageSample &sample);
    // Oldest first.
    QList<LicenceUsageSample> samples() const;
    int size() const { return int(m_ring.size()); }
    int capacity() const { return m_capacity; }
    void clear();

private:
    int m_capacity;
    QList<LicenceUsageSample> m_ring;
    int m_next = 0; // where the next sample goes once the ring is full
};
