// The console's agent links, one per host that has an agent address, with the console's own identity.
#pragma once

#include "security/identity.h"

#include <QHash>
#include <QObject>

#include <optional>

class AgentLink;
class Inventory;
class PinStore;

class AgentHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentHub)
public:
    static constexpr quint16 kDefaultPort = 7447;

    // `pins` must outlive the hub.
    AgentHub(Inventory *inventory, const Identity &identity, PinStore *pins, QObject *parent = nullptr);
    ~AgentHub() override;

    // "host:port", "host" (port 7447), "[::1]:7447"; nothing when it cannot be read.
    static std::optional<std::pair<QString, quint16>> parseAddress(const QString &address);

    // Connects the host's agent (replacing an earlier link); false when the address cannot be read.
    // An agent the console started itself comes with its fingerprint and its own pin store, so that
    // nothing about it is asked or written into the operator's known agents.
    bool attach(const QString &hostId, const QString &address, const QString &trustedFingerprint = {},
                PinStore *pins = nullptr);
    void detach(const QString &hostId);
    AgentLink *link(const QString &hostId) const { return m_links.value(hostId, nullptr); }
    const Identity &identity() const { return m_identity; }

Q_SIGNALS:
    // A link was made for the host (plans then route agent steps through it: LinkAgentActions).
    void attached(const QString &hostId, AgentLink *link);
    // First contact with an agent whose certificate is not pinned: the GUI asks the operator, then calls
    // link(hostId)->acceptFingerprint() or rejectFingerprint().
    void fingerprintUnknown(const QString &hostId, const QString &hostPort, const QString &fingerprint);

private:
    Inventory *m_inventory;
    Identity m_identity;
    PinStore *m_pins;
    QHash<QString, AgentLink *> m_links;
};
