#include "pciids.h"

#include <QFile>

#include <cstring>

namespace {

// Exactly four hex digits: every id in pci.ids is written that way.
int hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// The text after an id: "10de  NVIDIA Corporation" -> "NVIDIA Corporation". Empty when the id is not
// followed by white space (then the line is not an entry).
QString nameAfterId(const char *p, const char *end)
{
    if (p == end || (*p != ' ' && *p != '\t'))
        return {};
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return QString::fromUtf8(p, end - p);
}

} // namespace

bool PciIds::load(const QString &path)
{
    m_vendors.clear();
    m_devices.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // One read and a byte scan: the file is ~1.3 MB with ~40 000 entries, and QTextStream would be 10x
    // slower.
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return false;
    m_vendors.reserve(3000);
    m_devices.reserve(40000);

    const char *p = data.constData();
    const char *const end = p + data.size();
    int vendor = -1; // -1 while the current vendor line was unreadable: its devices are skipped
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *lineEnd = eol > p && eol[-1] == '\r' ? eol - 1 : eol;
        const char *line = p;
        p = eol + 1;
        if (line == lineEnd || *line == '#')
            continue;
        if (line[0] == '\t') {
            // Two tabs: a subsystem entry, which the console does not show.
            if (vendor < 0 || lineEnd - line < 2 || line[1] == '\t')
                continue;
            const int device = hex4(line + 1, lineEnd);
            if (device < 0)
                continue;
            QString name = nameAfterId(line + 5, lineEnd);
            if (!name.isEmpty())
                m_devices.insert((quint32(vendor) << 16) | quint32(device), name);
            continue;
        }
        // The class section ("C 03  Display controller") closes the device list; nothing after it is a
        // vendor.
        if (line[0] == 'C' && lineEnd - line > 1 && line[1] == ' ')
            break;
        vendor = hex4(line, lineEnd);
        if (vendor < 0)
            continue;
        QString name = nameAfterId(line + 4, lineEnd);
        if (name.isEmpty())
            vendor = -1;
        else
            m_vendors.insert(quint16(vendor), name);
    }
    return true;
}

QString PciIds::systemPath()
{
    for (const char *candidate : {"/usr/share/misc/pci.ids", "/usr/share/hwdata/pci.ids"}) {
        const QString path = QString::fromLatin1(candidate);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

QString PciIds::vendorName(quint16 vendor) const
{
    return m_vendors.value(vendor);
}

QString PciIds::deviceName(quint16 vendor, quint16 device) const
{
    return m_devices.value((quint32(vendor) << 16) | device);
}
