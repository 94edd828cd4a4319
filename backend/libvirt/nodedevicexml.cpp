// One streaming pass over the node device XML: inventories parse thousands of devices per refresh.
#include "nodedevicexml.h"

#include "xmlvalues.h"

#include "core/stringpool.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <limits>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

// Identical GPUs in the same state list identical mdev types: across a cluster they share one copy of the
// list (QList is implicitly shared), which is most of what a snapshot holds. The list changes — and
// detaches — only when a GPU's available instances do.
QList<MdevType> sharedTypeList(QList<MdevType> &&types)
{
    if (types.isEmpty())
        return {};
    size_t h = 0;
    for (const MdevType &t : std::as_const(types))
        h = qHashMulti(h, t.id, t.name, t.availableInstances);
    static std::mutex mutex;
    static QMultiHash<size_t, QList<MdevType>> pool;
    std::lock_guard lock(mutex);
    for (auto it = pool.constFind(h); it != pool.cend() && it.key() == h; ++it) {
        if (it.value() == types)
            return it.value();
    }
    if (pool.size() < (1 << 14)) // bounded: a host that reports endless variations is not worth sharing
        pool.insert(h, types);
    return std::move(types);
}

// Every GPU of every host lists the same few type names: parse each once (the board name comes interned).
std::optional<VgpuTypeName> parsedVgpuName(const QString &name)
{
    static std::mutex mutex;
    static QHash<QString, std::optional<VgpuTypeName>> cache;
    std::lock_guard lock(mutex);
    auto it = cache.constFind(name);
    if (it == cache.cend()) {
        std::optional<VgpuTypeName> parsed = VgpuTypeName::parse(name);
        if (parsed)
            parsed->board = StringPool::intern(parsed->board);
        if (cache.size() >=
            (1 << 14)) // names are bounded by hardware; a host that sends endless ones is broken
            return parsed;
        it = cache.insert(name, parsed);
    }
    return it.value();
}

// For optional facts (NUMA node, instance counts): a bad value leaves the default rather than losing the
// device.
int intOr(QStringView s, int fallback)
{
    const auto v = XmlValues::parseNumber(s);
    return v && *v <= quint64(std::numeric_limits<int>::max()) ? int(*v) : fallback;
}

class Parser
{
public:
    explicit Parser(QStringView xml) : m_r(xml.toString()) {}
    Result<NodeDeviceInfo> run();

private:
    void device();
    void driver();
    void pciCapability();
    void mdevCapability();
    void mdevTypes(QList<MdevType> &out);
    MdevType mdevType(const QXmlStreamAttributes &attrs);
    QList<PciAddress> addressList();
    void pciExpress(PcieLink &link);
    void finishMdev();
    QString text() { return m_r.readElementText(QXmlStreamReader::SkipChildElements); }

    QXmlStreamReader m_r;
    NodeDeviceInfo m_info;
    QString m_parentAddr; // mdev <parent_addr>, newer libvirt
};

Result<NodeDeviceInfo> Parser::run()
{
    if (m_r.readNextStartElement()) {
        if (m_r.name() == u"device")
            device();
        else
            m_r.raiseError(QStringLiteral("expected <device>, found <%1>").arg(m_r.name()));
    }
    // Read to the end so that trailing garbage after </device> is reported too.
    while (!m_r.atEnd() && !m_r.hasError())
        m_r.readNext();
    if (m_r.hasError()) {
        return Error{
            QCoreApplication::translate("NodeDeviceXml", "Malformed node device description"),
            QStringLiteral("%1:%2: %3").arg(m_r.lineNumber()).arg(m_r.columnNumber()).arg(m_r.errorString()),
            0};
    }
    return std::move(m_info);
}

void Parser::device()
{
    while (m_r.readNextStartElement()) {
        const QStringView n = m_r.name();
        if (n == u"name") {
            m_info.name = text().trimmed();
        } else if (n == u"parent") {
            m_info.parent = text().trimmed();
        } else if (n == u"driver") {
            driver();
        } else if (n == u"capability") {
            const QXmlStreamAttributes attrs = m_r.attributes();
            const QStringView type = attrs.value("type"_L1);
            if (type == u"pci" && m_info.kind == NodeDeviceInfo::Kind::Other) {
                m_info.kind = NodeDeviceInfo::Kind::Pci;
                pciCapability();
            } else if (type == u"mdev" && m_info.kind == NodeDeviceInfo::Kind::Other) {
                m_info.kind = NodeDeviceInfo::Kind::Mdev;
                mdevCapability();
            } else if (type == u"mdev_types") {
                // Some libvirt versions put a PCI device's types beside the pci capability, not inside it.
                mdevTypes(m_info.pci.mdevTypes);
            } else {
                m_r.skipCurrentElement();
            }
        } else {
            m_r.skipCurrentElement();
        }
    }
    if (m_r.hasError())
        return;
    switch (m_info.kind) {
    case NodeDeviceInfo::Kind::Pci:
        // PCI names follow the address ("pci_0000_41_00_0"), which hosts of a cluster share.
        m_info.pci.nodeName = StringPool::intern(m_info.name);
        m_info.pci.parentName = StringPool::intern(m_info.parent);
        break;
    case NodeDeviceInfo::Kind::Mdev:
        m_info.pci = {};
        finishMdev();
        break;
    case NodeDeviceInfo::Kind::Other:
        // The driver or an mdev_types list (an s390 AP matrix has one) went into the PCI fields while
        // reading; callers must not see half a PCI device on something that is none.
        m_info.pci = {};
        break;
    }
}

void Parser::driver()
{
    while (m_r.readNextStartElement()) {
        if (m_r.name() == u"name")
            m_info.pci.driver = StringPool::intern(text().trimmed());
        else
            m_r.skipCurrentElement();
    }
}

void Parser::pciCapability()
{
    PciDevice &d = m_info.pci;
    std::optional<quint64> dom, bus, slot, fn;
    while (m_r.readNextStartElement()) {
        const QStringView n = m_r.name();
        if (n == u"class") {
            const auto v = XmlValues::parseNumber(text());
            d.classCode = v && *v <= 0xffffff ? quint32(*v) : 0;
        } else if (n == u"domain") {
            dom = XmlValues::parseNumber(text());
        } else if (n == u"bus") {
            bus = XmlValues::parseNumber(text());
        } else if (n == u"slot") {
            slot = XmlValues::parseNumber(text());
        } else if (n == u"function") {
            fn = XmlValues::parseNumber(text());
        } else if (n == u"product" || n == u"vendor") {
            const bool product = n == u"product";
            const auto id = XmlValues::parseNumber(m_r.attributes().value("id"_L1));
            const quint16 id16 = id && *id <= 0xffff ? quint16(*id) : 0;
            // Some vendors' functions come with the id only: the name then stays empty for pci.ids to fill.
            QString name = StringPool::intern(text().trimmed());
            if (product) {
                d.productId = id16;
                d.productName = std::move(name);
            } else {
                d.vendorId = id16;
                d.vendorName = std::move(name);
            }
        } else if (n == u"capability") {
            const QXmlStreamAttributes attrs = m_r.attributes();
            const QStringView type = attrs.value("type"_L1);
            if (type == u"virt_functions") {
                d.maxVirtFunctions = intOr(attrs.value("maxCount"_L1), 0);
                d.virtFunctions = addressList();
            } else if (type == u"phys_function") {
                const QList<PciAddress> pf = addressList();
                if (!pf.isEmpty())
                    d.physFunction = pf.first();
            } else if (type == u"mdev_types") {
                QList<MdevType> types;
                mdevTypes(types);
                d.mdevTypes = sharedTypeList(std::move(types));
            } else {
                m_r.skipCurrentElement();
            }
        } else if (n == u"iommuGroup") {
            d.iommuGroup = intOr(m_r.attributes().value("number"_L1), -1);
            d.iommuGroupMembers = addressList();
        } else if (n == u"numa") {
            d.numaNode = intOr(m_r.attributes().value("node"_L1), -1);
            m_r.skipCurrentElement();
        } else if (n == u"pci-express") {
            pciExpress(d.link);
        } else {
            m_r.skipCurrentElement();
        }
    }
    if (m_r.hasError())
        return;
    // Without its address a PCI function cannot be keyed, assigned or matched to a VM: the device is
    // unusable.
    const char *missing = !dom || *dom > 0xffff   ? "domain"
                          : !bus || *bus > 0xff   ? "bus"
                          : !slot || *slot > 0x1f ? "slot"
                          : !fn || *fn > 7        ? "function"
                                                  : nullptr;
    if (missing) {
        m_r.raiseError(QStringLiteral("<capability type='pci'> of %1 has no valid <%2>")
                           .arg(m_info.name, QLatin1String(missing)));
        return;
    }
    d.address = PciAddress(quint16(*dom), quint8(*bus), quint8(*slot), quint8(*fn));
}

// <address domain= bus= slot= function=/> children, as in virt_functions, phys_function and iommuGroup.
QList<PciAddress> Parser::addressList()
{
    QList<PciAddress> out;
    while (m_r.readNextStartElement()) {
        if (m_r.name() == u"address") {
            const auto a = XmlValues::addressFromAttributes(m_r.attributes());
            if (!a) {
                m_r.raiseError(QStringLiteral("invalid PCI <address> in %1").arg(m_info.name));
                return out;
            }
            out.append(*a);
        }
        m_r.skipCurrentElement();
    }
    return out;
}

void Parser::mdevTypes(QList<MdevType> &out)
{
    while (m_r.readNextStartElement()) {
        if (m_r.name() == u"type")
            out.append(mdevType(m_r.attributes()));
        else
            m_r.skipCurrentElement();
    }
}

MdevType Parser::mdevType(const QXmlStreamAttributes &attrs)
{
    MdevType t;
    t.id = StringPool::intern(attrs.value("id"_L1));
    while (m_r.readNextStartElement()) {
        const QStringView n = m_r.name();
        if (n == u"name")
            t.name = StringPool::intern(text().trimmed());
        else if (n == u"deviceAPI")
            t.deviceApi = StringPool::intern(text().trimmed());
        else if (n == u"availableInstances")
            t.availableInstances = intOr(text(), 0);
        else
            m_r.skipCurrentElement();
    }
    if (!t.name.isEmpty())
        t.vgpu = parsedVgpuName(t.name);
    return t;
}

void Parser::pciExpress(PcieLink &link)
{
    while (m_r.readNextStartElement()) {
        if (m_r.name() == u"link") {
            const QXmlStreamAttributes attrs = m_r.attributes();
            const QStringView validity = attrs.value("validity"_L1);
            bool ok = false;
            // GT/s with a fraction: "2.5". toDouble is locale-independent.
            const double speed = attrs.value("speed"_L1).toDouble(&ok);
            const int width = intOr(attrs.value("width"_L1), 0);
            if (validity == u"cap") {
                link.maxSpeedGTs = ok ? speed : 0;
                link.maxWidth = width;
            } else if (validity == u"sta") {
                link.speedGTs = ok ? speed : 0;
                link.width = width;
            }
        }
        m_r.skipCurrentElement();
    }
}

void Parser::mdevCapability()
{
    MediatedDevice &m = m_info.mdev;
    while (m_r.readNextStartElement()) {
        const QStringView n = m_r.name();
        if (n == u"type") {
            m.typeId = StringPool::intern(m_r.attributes().value("id"_L1));
            m_r.skipCurrentElement();
        } else if (n == u"uuid") {
            m.uuid = text().trimmed().toLower();
        } else if (n == u"parent_addr") {
            m_parentAddr = text().trimmed();
        } else if (n == u"iommuGroup") {
            m.iommuGroup = intOr(m_r.attributes().value("number"_L1), -1);
            m_r.skipCurrentElement();
        } else {
            m_r.skipCurrentElement();
        }
    }
}

void Parser::finishMdev()
{
    MediatedDevice &m = m_info.mdev;
    m.nodeName = m_info.name;
    // libvirt before 7.3 has no <uuid>; its names then are "mdev_<uuid with underscores>[_<parent>]".
    if (m.uuid.isEmpty() && m_info.name.startsWith(u"mdev_") && m_info.name.size() >= 41)
        m.uuid = m_info.name.mid(5, 36).replace(u'_', u'-').toLower();
    if (!XmlValues::isUuid(m.uuid)) {
        m_r.raiseError(QStringLiteral("mediated device %1 has no valid <uuid>").arg(m_info.name));
        return;
    }
    if (auto a = PciAddress::parse(m_parentAddr))
        m.parent = *a;
    else if (auto p = PciAddress::fromNodeDeviceName(m_info.parent))
        m.parent = *p;
    // Any other parent (a channel subsystem device on s390) leaves the parent invalid: not a GPU's slice.
}

} // namespace

namespace NodeDeviceXml {

Result<NodeDeviceInfo> parse(QStringView xml)
{
    return Parser(xml).run();
}

} // namespace NodeDeviceXml
