#include "agentlink.h"

#include "inventory/inventory.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

struct AgentLinkText
{
    Q_DECLARE_TR_FUNCTIONS(AgentLink)
};

AgentStatus::State statusState(AgentClient::State s)
{
    switch (s) {
    case AgentClient::State::Disconnected:
        return AgentStatus::State::None;
    case AgentClient::State::Connecting:
        return AgentStatus::State::Connecting;
    case AgentClient::State::AwaitingTrust:
        return AgentStatus::State::AwaitingTrust;
    case AgentClient::State::Connected:
        return AgentStatus::State::Connected;
    case AgentClient::State::Lost:
        return AgentStatus::State::Lost;
    case AgentClient::State::Refused:
        return AgentStatus::State::Refused;
    }
    return AgentStatus::State::None;
}

// What the models use from the agent: drivers as the host sees them, and which GPU is the boot VGA.
AgentFacts snapshotFacts(const SysfsFacts &sysfs)
{
    AgentFacts facts;
    facts.present = true;
    for (const SysfsFunction &f : sysfs.functions) {
        if (!f.driver.isEmpty())
            facts.drivers.insert(f.address, f.driver);
        if (f.bootVga)
            facts.bootVga.append(f.address);
    }
    return facts;
}

} // namespace

AgentLink::AgentLink(Inventory *inventory, const QString &hostId, const Identity &identity, PinStore *pins,
                     QObject *parent)
    : QObject(parent), m_inventory(inventory), m_hostId(hostId),
      m_client(new AgentClient(identity, pins, this))
{
    connect(m_client, &AgentClient::stateChanged, this, &AgentLink::onStateChanged);
    connect(m_client, &AgentClient::notificationReceived, this, &AgentLink::onNotification);
    connect(m_client, &AgentClient::fingerprintUnknown, this,
            [this](const QString &hostPort, const QString &fp) {
                if (!m_trusted.isEmpty() && normalizeFingerprint(fp) == normalizeFingerprint(m_trusted)) {
                    m_client->acceptFingerprint();
                    return;
                }
                m_status.fingerprint = fp;
                Q_EMIT fingerprintUnknown(m_hostId, hostPort, fp);
            });
}

AgentLink::~AgentLink()
{
    m_client->disconnectFromAgent();
    if (m_inventory->host(m_hostId))
        m_inventory->setAgentStatus(m_hostId, {});
}

void AgentLink::connectTo(const QString &host, quint16 port, const QString &trustedFingerprint)
{
    m_trusted = trustedFingerprint;
    m_status = {};
    m_status.address = QStringLiteral("%1:%2").arg(host).arg(port);
    m_status.state = AgentStatus::State::Connecting;
    publish();
    m_client->connectToAgent(host, port);
}

void AgentLink::acceptFingerprint()
{
    m_client->acceptFingerprint();
}

void AgentLink::rejectFingerprint()
{
    m_client->rejectFingerprint();
}

void AgentLink::call(const QString &method, const QJsonValue &params,
                     std::function<void(const Result<QJsonValue> &)> callback)
{
    m_client->call(method, params, std::move(callback));
}

void AgentLink::onStateChanged(AgentClient::State state, const Error &error, int retryInSeconds)
{
    m_status.state = statusState(state);
    m_status.error = error;
    m_status.retryInSeconds = retryInSeconds;
    m_status.fingerprint = m_client->agentFingerprint();
    publish();
    if (state != AgentClient::State::Connected)
        return;
    m_client->call(QStringLiteral("agent.hello"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_status.error = r.error();
            publish();
            return;
        }
        const QJsonObject o = r.value().toObject();
        m_status.agentName = o.value(QStringLiteral("hostname")).toString();
        m_status.agentVersion = o.value(QStringLiteral("agentVersion")).toString();
        m_status.role = o.value(QStringLiteral("role")).toString();
        m_status.simulated = o.value(QStringLiteral("simulated")).toBool();
        publish();
    });
    refresh();
    m_client->call(QStringLiteral("telemetry.subscribe"), {}, [](const Result<QJsonValue> &) {});
    m_client->call(QStringLiteral("facts.subscribe"), {}, [](const Result<QJsonValue> &) {});
}

void AgentLink::refresh()
{
    if (m_client->state() != AgentClient::State::Connected)
        return;
    fetchFacts();
    fetchReadiness();
}

void AgentLink::fetchFacts()
{
    m_client->call(QStringLiteral("facts.get"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_status.error = r.error();
            publish();
            return;
        }
        const QJsonObject o = r.value().toObject();
        Result<SysfsFacts> sysfs = SysfsFactsJson::fromJson(o.value(QStringLiteral("sysfs")).toObject());
        Result<NvmlFacts> nvml = NvmlFacts::fromJson(o.value(QStringLiteral("nvml")).toObject());
        if (!sysfs || !nvml) {
            const Error &e = !sysfs ? sysfs.error() : nvml.error();
            m_status.error = Error{AgentLinkText::tr("The agent sent facts the console cannot read"),
                                   e.toString(), e.code};
            publish();
            return;
        }
        m_status.sysfs = std::move(sysfs).value();
        m_status.nvml = std::move(nvml).value();
        m_status.factsLoaded = true;
        m_status.error = {};
        publish();
        m_inventory->setAgentFacts(m_hostId, snapshotFacts(m_status.sysfs));
    });
}

void AgentLink::fetchReadiness()
{
    m_client->call(QStringLiteral("readiness.get"), {}, [this](const Result<QJsonValue> &r) {
        if (!r) {
            m_status.error = r.error();
            publish();
            return;
        }
        Result<ReadinessReport> report = ReadinessJson::fromJson(r.value().toObject());
        if (!report) {
            m_status.error =
                Error{AgentLinkText::tr("The agent sent a readiness report the console cannot read"),
                      report.error().toString(), report.error().code};
            publish();
            return;
        }
        m_status.readiness = std::move(report).value();
        m_status.readinessLoaded = true;
        publish();
    });
}

void AgentLink::onNotification(const QString &method, const QJsonValue &params)
{
    if (method == u"telemetry.sample") {
        Result<TelemetrySample> sample = TelemetrySample::fromJson(params.toObject());
        if (sample)
            m_inventory->setTelemetry(m_hostId, sample.value());
    } else if (method == u"facts.changed") {
        refresh();
    }
}

void AgentLink::publish()
{
    if (m_inventory->host(m_hostId))
        m_inventory->setAgentStatus(m_hostId, m_status);
}
