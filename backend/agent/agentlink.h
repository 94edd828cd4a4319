// The console's side of one host's agent: keeps the link up, fetches facts and readiness, follows
// telemetry and device changes, and publishes all of it in the inventory.
#pragma once

#include "agentclient.h"
#include "inventory/agentstatus.h"

#include <QObject>

#include <functional>

class Inventory;

class AgentLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLink)
public:
    // `pins` must outlive the link. A trusted fingerprint is accepted on first contact without asking:
    // the console started that agent itself (the demo's in-process agents).
    AgentLink(Inventory *inventory, const QString &hostId, const Identity &identity, PinStore *pins,
              QObject *parent = nullptr);
    ~AgentLink() override;

    void connectTo(const QString &host, quint16 port, const QString &trustedFingerprint = {});
    void acceptFingerprint();
    void rejectFingerprint();
    // Fetches facts and readiness again (the user asked, or an action changed the host).
    void refresh();
    // Any agent method; the callback runs later, once.
    void call(const QString &method, const QJsonValue &params,
              std::function<void(const Result<QJsonValue> &)> callback);

    QString hostId() const { return m_hostId; }
    AgentClient *client() const { return m_client; }

Q_SIGNALS:
    void fingerprintUnknown(const QString &hostId, const QString &hostPort, const QString &fingerprint);

private:
    void onStateChanged(AgentClient::State state, const Error &error, int retryInSeconds);
    void onNotification(const QString &method, const QJsonValue &params);
    void fetchFacts();
    void fetchReadiness();
    void publish();

    Inventory *m_inventory;
    QString m_hostId;
    AgentClient *m_client;
    AgentStatus m_status;
    QString m_trusted;
};
