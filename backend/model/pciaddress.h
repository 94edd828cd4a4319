// A PCI function address (domain:bus:slot.function) in its sysfs and libvirt spellings.
#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

class PciAddress
{
public:
    constexpr PciAddress() = default;
    constexpr PciAddress(quint16 domain, quint8 bus, quint8 slot, quint8 function)
        : m_domain(domain), m_bus(bus), m_slot(slot), m_function(function), m_valid(slot < 32 && function < 8)
    {
    }

    // "0000:41:00.0" or "41:00.0" (domain 0). Anything else, including trailing text, is rejected.
    static std::optional<PciAddress> parse(QStringView text);
    // libvirt node device names: "pci_0000_41_00_0".
    static std::optional<PciAddress> fromNodeDeviceName(QStringView name);

    bool isValid() const { return m_valid; }
    quint16 domain() const { return m_domain; }
    quint8 bus() const { return m_bus; }
    quint8 slot() const { return m_slot; }
    quint8 function() const { return m_function; }

    QString toString() const;       // 0000:41:00.0
    QString nodeDeviceName() const; // pci_0000_41_00_0
    // Same bus and slot: the functions of one physical device (a GPU and its audio function).
    bool sameSlot(const PciAddress &o) const
    {
        return m_domain == o.m_domain && m_bus == o.m_bus && m_slot == o.m_slot;
    }
    quint32 key() const { return (quint32(m_domain) << 16) | (quint32(m_bus) << 8) | (quint32(m_slot) << 3) | m_function; }

    friend bool operator==(const PciAddress &a, const PciAddress &b)
    {
        return a.key() == b.key() && a.m_valid == b.m_valid;
    }
    // Ordered by address; an invalid address sorts before the valid 0000:00:00.0.
    friend std::strong_ordering operator<=>(const PciAddress &a, const PciAddress &b)
    {
        if (const auto c = a.key() <=> b.key(); c != 0)
            return c;
        return a.m_valid <=> b.m_valid;
    }

private:
    quint16 m_domain = 0;
    quint8 m_bus = 0;
    quint8 m_slot = 0;
    quint8 m_function = 0;
    bool m_valid = false;
};

inline size_t qHash(const PciAddress &a, size_t seed = 0) noexcept { return qHash(a.key(), seed); }
Q_DECLARE_METATYPE(PciAddress)
