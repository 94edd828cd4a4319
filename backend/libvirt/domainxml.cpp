// Reads what the console needs from domain XML (identity, size, host devices) in one streaming pass.
#include "domainxml.h"

#include "xmlvalues.h"

#include "core/stringpool.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// libvirt's scaled integers (virScaleInteger): unit letters are case-insensitive, "xB" is decimal, "x"/"xiB"
// binary. Returns bytes per unit, or 0 for a unit libvirt would reject.
quint64 bytesPerUnit(QStringView unit)
{
    if (unit.isEmpty())
        return 1024; // <memory> defaults to KiB
    if (unit.compare(u"b", Qt::CaseInsensitive) == 0 || unit.compare(u"byte", Qt::CaseInsensitive) == 0 ||
        unit.compare(u"bytes", Qt::CaseInsensitive) == 0)
        return 1;
    quint64 base;
    if (unit.size() == 1 || unit.mid(1).compare(u"iB", Qt::CaseInsensitive) == 0)
        base = 1024;
    else if (unit.size() == 2 && (unit[1] == u'b' || unit[1] == u'B'))
        base = 1000;
    else
        return 0;
    // The letter gives the power of the base: k 1, m 2 … e 6.
    qsizetype power = QStringView(u"kmgtpe").indexOf(unit[0].toLower()) + 1;
    if (power == 0)
        return 0;
    quint64 scale = 1;
    while (power-- > 0)
        scale *= base;
    return scale;
}

class Parser
{
public:
    explicit Parser(QStringView xml) : m_r(xml.toString()) {}
    Result<VirtualMachine> run();

private:
    void domain();
    void vcpu();
    void memory();
    void devices();
    void hostdev();
    void numatune();
    QString text() { return m_r.readElementText(QXmlStreamReader::SkipChildElements); }

    QXmlStreamReader m_r;
    VirtualMachine m_vm;
};

Result<VirtualMachine> Parser::run()
{
    if (m_r.readNextStartElement()) {
        if (m_r.name() == u"domain")
            domain();
        else
            m_r.raiseError(QStringLiteral("expected <domain>, found <%1>").arg(m_r.name()));
    }
    // Read to the end so that trailing garbage after </domain> is reported too.
    while (!m_r.atEnd() && !m_r.hasError())
        m_r.readNext();
    if (m_r.hasError()) {
        return Error{
            QCoreApplication::translate("DomainXml", "Malformed domain description"),
            QStringLiteral("%1:%2: %3").arg(m_r.lineNumber()).arg(m_r.columnNumber()).arg(m_r.errorString()),
            0};
    }
    return std::move(m_vm);
}

void Parser::domain()
{
    while (m_r.readNextStartElement()) {
        const QStringView n = m_r.name();
        if (n == u"name")
            m_vm.name = text().trimmed();
        else if (n == u"uuid")
            m_vm.uuid = text().trimmed().toLower();
        else if (n == u"vcpu")
            vcpu();
        else if (n == u"memory")
            memory();
        else if (n == u"devices")
            devices();
        else if (n == u"numatune")
            numatune();
        else
            m_r.skipCurrentElement();
    }
    if (m_r.hasError())
        return;
    // The uuid keys the VM everywhere and the name is what operators see: without either it cannot be shown.
    if (m_vm.name.isEmpty())
        m_r.raiseError(QStringLiteral("domain has no <name>"));
    else if (!XmlValues::isUuid(m_vm.uuid))
        m_r.raiseError(QStringLiteral("domain %1 has no valid <uuid>").arg(m_vm.name));
}

void Parser::vcpu()
{
    // <vcpu current='2'>4</vcpu>: 4 may be hot-plugged, 2 are there now.
    const QString current = m_r.attributes().value("current"_L1).toString();
    const auto max = XmlValues::parseNumber(text());
    const auto v = current.isEmpty() ? max : XmlValues::parseNumber(current);
    if (!v || *v > quint64(std::numeric_limits<int>::max())) {
        m_r.raiseError(QStringLiteral("invalid <vcpu>"));
        return;
    }
    m_vm.vcpus = int(*v);
}

void Parser::memory()
{
    const QString unit = m_r.attributes().value("unit"_L1).toString();
    const quint64 scale = bytesPerUnit(unit);
    if (scale == 0) {
        m_r.raiseError(QStringLiteral("unknown <memory> unit '%1'").arg(unit));
        return;
    }
    const auto v = XmlValues::parseNumber(text());
    if (!v || (*v != 0 && scale > std::numeric_limits<quint64>::max() / *v)) {
        m_r.raiseError(QStringLiteral("invalid <memory>"));
        return;
    }
    // libvirt rounds up to whole KiB; so do we, so that sizes compare equal to what libvirt reports.
    const quint64 bytes = *v * scale;
    m_vm.memoryKiB = bytes / 1024 + (bytes % 1024 ? 1 : 0);
}

void Parser::numatune()
{
    // <memory mode='strict' nodeset='0-1,^1,3'/>: libvirt's bitmap syntax; the VM is bound to these nodes.
    while (m_r.readNextStartElement()) {
        if (m_r.name() != u"memory") {
            m_r.skipCurrentElement();
            continue;
        }
        const QString nodeset = m_r.attributes().value("nodeset"_L1).toString();
        m_r.skipCurrentElement();
        QList<int> nodes;
        for (QStringView part : QStringView(nodeset).split(u',', Qt::SkipEmptyParts)) {
            part = part.trimmed();
            const bool exclude = part.startsWith(u'^');
            if (exclude)
                part = part.mid(1);
            const qsizetype dash = part.indexOf(u'-');
            const auto first = XmlValues::parseNumber(dash < 0 ? part : part.left(dash));
            const auto last = dash < 0 ? first : XmlValues::parseNumber(part.mid(dash + 1));
            if (!first || !last || *last < *first || *last > 1023) {
                m_r.raiseError(QStringLiteral("invalid <numatune> nodeset '%1'").arg(nodeset));
                return;
            }
            for (quint64 n = *first; n <= *last; ++n) {
                if (exclude)
                    nodes.removeAll(int(n));
                else if (!nodes.contains(int(n)))
                    nodes.append(int(n));
            }
        }
        std::sort(nodes.begin(), nodes.end());
        m_vm.numaNodes = nodes;
    }
}

void Parser::devices()
{
    while (m_r.readNextStartElement()) {
        if (m_r.name() == u"hostdev")
            hostdev();
        else
            m_r.skipCurrentElement();
    }
}

void Parser::hostdev()
{
    const QXmlStreamAttributes attrs = m_r.attributes();
    const QStringView mode = attrs.value("mode"_L1), type = attrs.value("type"_L1);
    // mode='capabilities' (containers) and USB/SCSI host devices are not GPUs: not the console's business.
    if ((!mode.isEmpty() && mode != u"subsystem") || (type != u"pci" && type != u"mdev")) {
        m_r.skipCurrentElement();
        return;
    }
    Hostdev h;
    h.kind = type == u"pci" ? Hostdev::Kind::Pci : Hostdev::Kind::Mdev;
    h.managed = attrs.value("managed"_L1) == u"yes";
    h.model = StringPool::intern(attrs.value("model"_L1));
    bool haveSource = false;
    while (m_r.readNextStartElement()) {
        // Only <source><address>: the <address> directly under <hostdev> is the guest-side slot.
        if (m_r.name() != u"source") {
            m_r.skipCurrentElement();
            continue;
        }
        while (m_r.readNextStartElement()) {
            if (m_r.name() == u"address" && !haveSource) {
                const QXmlStreamAttributes a = m_r.attributes();
                if (h.kind == Hostdev::Kind::Mdev) {
                    h.uuid = a.value("uuid"_L1).trimmed().toString().toLower();
                    haveSource = XmlValues::isUuid(h.uuid);
                } else {
                    const auto address = XmlValues::addressFromAttributes(a);
                    haveSource = address.has_value();
                    if (haveSource)
                        h.address = *address;
                }
            }
            m_r.skipCurrentElement();
        }
    }
    if (m_r.hasError())
        return;
    // A host device we cannot identify would hide which VM holds a GPU: refuse the description.
    if (!haveSource) {
        m_r.raiseError(h.kind == Hostdev::Kind::Mdev
                           ? QStringLiteral("mdev <hostdev> without a valid source uuid")
                           : QStringLiteral("pci <hostdev> without a valid source address"));
        return;
    }
    m_vm.hostdevs.append(h);
}

} // namespace

namespace DomainXml {

Result<VirtualMachine> parse(QStringView xml)
{
    return Parser(xml).run();
}

} // namespace DomainXml
