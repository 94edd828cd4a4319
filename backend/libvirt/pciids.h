// Vendor and device names from the system pci.ids database, for functions libvirt leaves unnamed.
#pragma once

#include <QHash>
#include <QString>

class PciIds
{
public:
    PciIds() = default;
    // Reads a pci.ids file; returns false when it cannot be read (names then stay empty).
    bool load(const QString &path);
    // The first of /usr/share/misc/pci.ids, /usr/share/hwdata/pci.ids that exists.
    static QString systemPath();

    QString vendorName(quint16 vendor) const;
    QString deviceName(quint16 vendor, quint16 device) const;
    bool isEmpty() const { return m_vendors.isEmpty(); }

private:
    QHash<quint16, QString> m_vendors;
    QHash<quint32, QString> m_devices; // vendor << 16 | device
};
