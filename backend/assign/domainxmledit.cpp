// Edits by character offsets that a streaming reader finds, rather than by rewriting a DOM: a DOM would
// reorder attributes, change quoting and drop comments, and the diff would show all of it.
#include "domainxmledit.h"

#include "libvirt/xmlvalues.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace DomainXmlEdit {

namespace {

struct EditText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

QStringList hostdevLines(const Hostdev &h, const QString &unit)
{
    if (h.kind == Hostdev::Kind::Mdev) {
        const QString model = h.model.isEmpty() ? QStringLiteral("vfio-pci") : h.model;
        return {QStringLiteral("<hostdev mode='subsystem' type='mdev' model='%1'>").arg(model),
                unit + u"<source>"_s, unit + unit + QStringLiteral("<address uuid='%1'/>").arg(h.uuid),
                unit + u"</source>"_s, u"</hostdev>"_s};
    }
    const PciAddress &a = h.address;
    return {u"<hostdev mode='subsystem' type='pci' managed='yes'>"_s, unit + u"<source>"_s,
            unit + unit +
                QString::asprintf("<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>",
                                  a.domain(), a.bus(), a.slot(), a.function()),
            unit + u"</source>"_s, u"</hostdev>"_s};
}

QString describe(const Hostdev &h)
{
    return h.kind == Hostdev::Kind::Pci ? h.address.toString() : h.uuid;
}

Error malformed(const QXmlStreamReader &r)
{
    return Error{EditText::tr("Malformed domain description"),
                 QStringLiteral("%1:%2: %3").arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString()),
                 0};
}

// Where things are in the text. Offsets index the QString.
struct Map
{
    bool domain = false;
    qsizetype devicesOpenEnd = -1;    // just after <devices …>
    qsizetype devicesCloseStart = -1; // at "</devices>"; -1 for <devices/>
    qsizetype domainCloseStart = -1;
    qsizetype firstChildStart = -1; // first element inside <devices>
    qsizetype matchStart = -1;      // the <hostdev> that matches, if any
    qsizetype matchEnd = -1;
};

bool matches(const QXmlStreamAttributes &hostdev, const QXmlStreamAttributes &address, const Hostdev &h)
{
    const QStringView type = hostdev.value("type"_L1);
    if (h.kind == Hostdev::Kind::Mdev)
        return type == u"mdev" &&
               address.value("uuid"_L1).trimmed().compare(h.uuid, Qt::CaseInsensitive) == 0;
    if (type != u"pci")
        return false;
    const auto a = XmlValues::addressFromAttributes(address);
    return a && *a == h.address;
}

// One streaming pass: the <devices> element's edges and the matching <hostdev>, if present.
Result<Map> locate(const QString &xml, const Hostdev &h)
{
    QXmlStreamReader r(xml);
    Map m;
    if (!r.readNextStartElement() || r.name() != u"domain") {
        if (!r.hasError())
            r.raiseError(QStringLiteral("expected <domain>"));
        return malformed(r);
    }
    m.domain = true;
    while (r.readNextStartElement()) {
        if (r.name() != u"devices") {
            r.skipCurrentElement();
            continue;
        }
        m.devicesOpenEnd = r.characterOffset();
        while (r.readNextStartElement()) {
            const qsizetype start = xml.lastIndexOf(u'<', r.characterOffset() - 1);
            if (m.firstChildStart < 0)
                m.firstChildStart = start;
            if (r.name() != u"hostdev") {
                r.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes attrs = r.attributes();
            bool found = false;
            while (r.readNextStartElement()) {
                if (r.name() == u"source") {
                    while (r.readNextStartElement()) {
                        if (r.name() == u"address" && !found)
                            found = matches(attrs, r.attributes(), h);
                        r.skipCurrentElement();
                    }
                } else {
                    r.skipCurrentElement();
                }
            }
            if (found && m.matchStart < 0) {
                m.matchStart = start;
                m.matchEnd = r.characterOffset();
            }
        }
        // An empty <devices/> ends where it starts.
        if (r.characterOffset() != m.devicesOpenEnd)
            m.devicesCloseStart = xml.lastIndexOf(u"</devices"_s, r.characterOffset() - 1);
    }
    if (!r.hasError())
        m.domainCloseStart = xml.lastIndexOf(u"</domain"_s, r.characterOffset() - 1);
    while (!r.atEnd() && !r.hasError())
        r.readNext();
    if (r.hasError())
        return malformed(r);
    return m;
}

qsizetype lineStart(const QString &s, qsizetype pos)
{
    const qsizetype nl = s.lastIndexOf(u'\n', pos - 1);
    return nl < 0 ? 0 : nl + 1;
}

// The whitespace before pos on its line, when only whitespace comes before it there.
std::optional<QString> leadingIndent(const QString &s, qsizetype pos)
{
    const qsizetype from = lineStart(s, pos);
    const QString before = s.mid(from, pos - from);
    if (!before.trimmed().isEmpty())
        return std::nullopt;
    return before;
}

} // namespace

QString hostdevXml(const Hostdev &h)
{
    return hostdevLines(h, QStringLiteral("  ")).join(u'\n') + u'\n';
}

Result<QString> addHostdev(const QString &domainXml, const Hostdev &h)
{
    Result<Map> located = locate(domainXml, h);
    if (!located)
        return located.error();
    const Map &m = located.value();
    if (m.matchStart >= 0)
        return Error{EditText::tr("The virtual machine already has %1").arg(describe(h)), {}, 0};

    QString out = domainXml;
    if (m.devicesOpenEnd < 0 || m.devicesCloseStart < 0) {
        // No <devices>, or an empty <devices/>: write a whole element in its place.
        const std::optional<QString> outer = leadingIndent(domainXml, m.domainCloseStart);
        const QString unit = outer && !outer->isEmpty() ? *outer : u"  "_s;
        QString block = unit + u"<devices>\n"_s;
        for (const QString &line : hostdevLines(h, unit))
            block += unit + unit + line + u'\n';
        block += unit + u"</devices>\n"_s;
        if (m.devicesOpenEnd >= 0) {
            const qsizetype start = domainXml.lastIndexOf(u"<devices"_s, m.devicesOpenEnd - 1);
            const qsizetype from = leadingIndent(domainXml, start) ? lineStart(domainXml, start) : start;
            qsizetype to = m.devicesOpenEnd;
            if (to < domainXml.size() && domainXml[to] == u'\n')
                ++to;
            out.replace(from, to - from, block);
        } else {
            const qsizetype at = outer ? lineStart(domainXml, m.domainCloseStart) : m.domainCloseStart;
            out.insert(at, outer ? block : block.trimmed());
        }
        return out;
    }

    const std::optional<QString> closeIndent = leadingIndent(domainXml, m.devicesCloseStart);
    if (!closeIndent) {
        // Everything on one line (hand-written XML): keep it compact.
        QString compact;
        for (const QString &line : hostdevLines(h, QString()))
            compact += line;
        out.insert(m.devicesCloseStart, compact);
        return out;
    }
    // libvirt indents by two spaces a level; <devices> is on level one, so its indent is one unit.
    const QString unit = closeIndent->isEmpty() ? u"  "_s : *closeIndent;
    QString childIndent = *closeIndent + unit;
    if (m.firstChildStart >= 0) {
        if (const auto sibling = leadingIndent(domainXml, m.firstChildStart))
            childIndent = *sibling;
    }
    QString block;
    for (const QString &line : hostdevLines(h, unit))
        block += childIndent + line + u'\n';
    out.insert(lineStart(domainXml, m.devicesCloseStart), block);
    return out;
}

Result<QString> removeHostdev(const QString &domainXml, const Hostdev &h)
{
    Result<Map> located = locate(domainXml, h);
    if (!located)
        return located.error();
    const Map &m = located.value();
    if (m.matchStart < 0)
        return Error{EditText::tr("The virtual machine does not have %1").arg(describe(h)), {}, 0};
    qsizetype from = m.matchStart;
    qsizetype to = m.matchEnd;
    // Take the whole line when the element stands alone on it.
    if (leadingIndent(domainXml, from)) {
        qsizetype end = to;
        while (end < domainXml.size() && (domainXml[end] == u' ' || domainXml[end] == u'\t'))
            ++end;
        if (end == domainXml.size() || domainXml[end] == u'\n') {
            from = lineStart(domainXml, from);
            to = end < domainXml.size() ? end + 1 : end;
        }
    }
    QString out = domainXml;
    out.remove(from, to - from);
    return out;
}

} // namespace DomainXmlEdit
