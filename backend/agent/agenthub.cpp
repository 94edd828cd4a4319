#include "agenthub.h"

#include "agentlink.h"
#include "inventory/inventory.h"

AgentHub::AgentHub(Inventory *inventory, const Identity &identity, PinStore *pins, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_identity(identity), m_pins(pins)
{
    connect(m_inventory, &Inventory::hostAboutToBeRemoved, this, &AgentHub::detach);
}

AgentHub::~AgentHub()
{
    qDeleteAll(m_links);
}

std::optional<std::pair<QString, quint16>> AgentHub::parseAddress(const QString &address)
{
    QString host = address.trimmed();
    quint16 port = kDefaultPort;
    if (host.startsWith(u'[')) { // [v6]:port
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            bool ok = false;
            const uint p = rest.startsWith(u':') ? rest.mid(1).toUInt(&ok) : 0;
            if (!ok || p == 0 || p > 65535)
                return std::nullopt;
            port = quint16(p);
        }
    } else if (host.count(u':') == 1) {
        bool ok = false;
        const uint p = host.section(u':', 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::nullopt;
        port = quint16(p);
        host = host.section(u':', 0, 0);
    }
    if (host.isEmpty() || host.contains(u' ') || host.contains(u'/'))
        return std::nullopt;
    return std::make_pair(host, port);
}

bool AgentHub::attach(const QString &hostId, const QString &address, const QString &trustedFingerprint,
                      PinStore *pins)
{
    const auto parsed = parseAddress(address);
    if (!parsed || !m_inventory->host(hostId))
        return false;
    detach(hostId);
    auto *link = new AgentLink(m_inventory, hostId, m_identity, pins ? pins : m_pins, this);
    connect(link, &AgentLink::fingerprintUnknown, this, &AgentHub::fingerprintUnknown);
    m_links.insert(hostId, link);
    link->connectTo(parsed->first, parsed->second, trustedFingerprint);
    Q_EMIT attached(hostId, link);
    return true;
}

void AgentHub::detach(const QString &hostId)
{
    delete m_links.take(hostId);
}
