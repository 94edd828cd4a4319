#include "agentservice.h"

#include "core/taskpool.h"

#include "nvmlprobe.h"
#include "readiness.h"
#include "rpcmessage.h"
#include "sysfsactions.h"
#include "sysfsfacts.h"
#include "sysfsscanner.h"
#include "telemetry.h"
#include "tokenwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSysInfo>
#include <QTimer>

#include <malloc.h>

namespace {

struct AgentServiceText
{
    Q_DECLARE_TR_FUNCTIONS(AgentService)
};

Error invalidParams(const QString &what)
{
    return Error{AgentServiceText::tr("Invalid parameters"), what, Rpc::InvalidParams};
}

// The sysfs actions' refusals are argument problems for the caller; failed writes are the host's.
Error rpcError(Error e)
{
    switch (e.code) {
    case SysfsActionError::InvalidArgument:
    case SysfsActionError::NotFound:
    case SysfsActionError::Unavailable:
    case SysfsActionError::Busy:
    case SysfsActionError::AlreadyExists:
        e.detail = e.detail.isEmpty() ? e.summary : e.summary + QStringLiteral(": ") + e.detail;
        e.code = Rpc::InvalidArgument;
        break;
    default:
        break;
    }
    return e;
}

std::optional<QString> stringParam(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<int> intParam(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(int(d)))
        return std::nullopt;
    return int(d);
}

// A scan of a large host allocates a few MB that are free again once answered: give them back, since the
// agent otherwise idles for weeks holding its largest moment.
void releaseFreedMemory()
{
    malloc_trim(0);
}

using ActionCall = std::function<Result<SysfsActionResult>(SysfsActions &, const QJsonObject &)>;

// Each privileged method: its parameters and the action it runs.
struct ActionSpec
{
    const char *method;
    const char *params; // for the error message
    ActionCall call;
};

const QList<ActionSpec> &actionSpecs()
{
    static const QList<ActionSpec> specs{
        {"mdev.create", "{parent, type, uuid, placementId?}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto parent = stringParam(p, "parent"), type = stringParam(p, "type"),
                        uuid = stringParam(p, "uuid");
             const bool placed = p.contains(QLatin1String("placementId"));
             const auto placement = intParam(p, "placementId");
             if (!parent || !type || !uuid || (placed && !placement))
                 return invalidParams(QStringLiteral("mdev.create takes {parent, type, uuid} as strings and "
                                                     "an optional integer placementId"));
             return a.createMdev(*parent, *type, *uuid, placement);
         }},
        {"mdev.remove", "{uuid}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto uuid = stringParam(p, "uuid");
             if (!uuid)
                 return invalidParams(QStringLiteral("mdev.remove takes {uuid} as a string"));
             return a.removeMdev(*uuid);
         }},
        {"pci.bindVfio", "{address}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto address = stringParam(p, "address");
             if (!address)
                 return invalidParams(QStringLiteral("pci.bindVfio takes {address} as a string"));
             return a.bindVfio(*address);
         }},
        {"pci.unbindVfio", "{address}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto address = stringParam(p, "address");
             if (!address)
                 return invalidParams(QStringLiteral("pci.unbindVfio takes {address} as a string"));
             return a.unbindVfio(*address);
         }},
        {"sriov.setNumVfs", "{address, count}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto address = stringParam(p, "address");
             const auto count = intParam(p, "count");
             if (!address || !count)
                 return invalidParams(
                     QStringLiteral("sriov.setNumVfs takes {address: string, count: integer}"));
             return a.setSriovNumVfs(*address, *count);
         }},
        {"vgpu.setType", "{address, typeId}",
         [](SysfsActions &a, const QJsonObject &p) -> Result<SysfsActionResult> {
             const auto address = stringParam(p, "address");
             const auto type = intParam(p, "typeId");
             if (!address || !type)
                 return invalidParams(
                     QStringLiteral("vgpu.setType takes {address: string, typeId: integer}"));
             return a.setVgpuType(*address, *type);
         }},
    };
    return specs;
}

} // namespace

AgentService::AgentService(AgentServer *server, SysfsWriter &writer, const Options &options, QObject *parent)
    : QObject(parent), m_server(server), m_writer(writer), m_options(options),
      m_telemetryTimer(new QTimer(this)), m_actionMutex(std::make_shared<std::mutex>()),
      m_pool(std::make_unique<TaskPool>())
{
    if (m_options.hostname.isEmpty())
        m_options.hostname = QSysInfo::machineHostName();
    // The demo simulates NVML; a host loads it once, on the first start (a later driver install needs a
    // restart of the agent, as it does of every NVML client).
    if (!m_options.simulatedHost && m_options.nvmlLibrary != u"none")
        m_nvml = std::make_shared<NvmlProbe>(m_options.nvmlLibrary);
    m_telemetryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_telemetryTimer, &QTimer::timeout, this, &AgentService::sendTelemetry);
    connect(m_server, &AgentServer::clientDisconnected, this, [this](const PeerInfo &peer, const Error &) {
        if (m_intervals.remove(peer.id))
            updateTelemetryTimer();
    });
    registerMethods();
}

AgentService::~AgentService() = default;

void AgentService::setSimulatedHost(const HostSnapshot &host)
{
    m_options.simulatedHost = host;
}

QJsonObject AgentService::hello(const PeerInfo &peer) const
{
    QJsonObject nvml;
    if (m_options.simulatedHost) {
        nvml = {{QStringLiteral("available"), true}, {QStringLiteral("simulated"), true}};
    } else if (m_nvml) {
        nvml = {{QStringLiteral("available"), m_nvml->available()}};
        if (!m_nvml->available()) {
            nvml.insert(QStringLiteral("reason"), m_nvml->unavailableReason());
            nvml.insert(QStringLiteral("detail"), m_nvml->unavailableDetail());
        }
    } else {
        nvml = {{QStringLiteral("available"), false},
                {QStringLiteral("reason"), QStringLiteral("NVML disabled (--nvml-library none)")}};
    }
    return {{QStringLiteral("protocol"), AgentServer::kProtocolVersion},
            {QStringLiteral("agentVersion"), QStringLiteral(GPUVIRT_VERSION)},
            {QStringLiteral("hostname"), m_options.hostname},
            {QStringLiteral("role"), ClientRoles::key(peer.role)},
            {QStringLiteral("simulated"), m_options.simulatedHost.has_value()},
            {QStringLiteral("nvml"), nvml},
            {QStringLiteral("telemetryIntervalMs"), m_options.defaultTelemetryIntervalMs}};
}

void AgentService::registerMethods()
{
    m_server->registerMethod(QStringLiteral("agent.hello"), ClientRole::Viewer,
                             [this](const QJsonValue &, const PeerInfo &peer) -> Result<QJsonValue> {
                                 return QJsonValue(hello(peer));
                             });

    // Scans read a few hundred small files: off the event loop, which keeps serving telemetry meanwhile.
    const QString root = m_options.root;
    std::shared_ptr<NvmlProbe> nvml = m_nvml;
    m_server->registerAsyncMethod(
        QStringLiteral("facts.get"), ClientRole::Viewer,
        [this, root, nvml](const QJsonValue &, const PeerInfo &, AgentServer::Responder respond) {
            const std::optional<HostSnapshot> simulated = m_options.simulatedHost;
            m_pool->start([root, nvml, simulated, respond] {
                Result<SysfsFacts> sysfs = SysfsScanner::scanHost(root);
                if (!sysfs) {
                    respond(sysfs.error());
                    return;
                }
                NvmlFacts facts;
                if (simulated)
                    facts = TelemetrySimulator().facts(*simulated, QDateTime::currentDateTimeUtc());
                else if (nvml)
                    facts = nvml->facts();
                respond(
                    QJsonValue(QJsonObject{{QStringLiteral("sysfs"), SysfsFactsJson::toJson(sysfs.value())},
                                           {QStringLiteral("nvml"), facts.toJson()}}));
                releaseFreedMemory();
            });
        });
    m_server->registerAsyncMethod(
        QStringLiteral("readiness.get"), ClientRole::Viewer,
        [root, pool = m_pool.get()](const QJsonValue &, const PeerInfo &, AgentServer::Responder respond) {
            pool->start([root, respond] {
                Result<SysfsFacts> sysfs = SysfsScanner::scanHost(root);
                if (!sysfs)
                    respond(sysfs.error());
                else
                    respond(QJsonValue(ReadinessJson::toJson(checkReadiness(sysfs.value()))));
                releaseFreedMemory();
            });
        });

    m_server->registerMethod(
        QStringLiteral("telemetry.subscribe"), ClientRole::Viewer,
        [this](const QJsonValue &params, const PeerInfo &peer) { return subscribeTelemetry(params, peer); });
    m_server->registerMethod(QStringLiteral("telemetry.unsubscribe"), ClientRole::Viewer,
                             [this](const QJsonValue &, const PeerInfo &peer) -> Result<QJsonValue> {
                                 m_server->unsubscribe(peer.id, QLatin1String(kTelemetryTopic));
                                 m_intervals.remove(peer.id);
                                 updateTelemetryTimer();
                                 return QJsonValue(true);
                             });
    // Clients that want to hear when an action changed the host's devices.
    m_server->registerMethod(QStringLiteral("facts.subscribe"), ClientRole::Viewer,
                             [this](const QJsonValue &, const PeerInfo &peer) -> Result<QJsonValue> {
                                 return QJsonValue(m_server->subscribe(peer.id, QLatin1String(kFactsTopic)));
                             });

    for (const ActionSpec &spec : actionSpecs())
        registerAction(QLatin1String(spec.method));
    registerMigActions();

    // A licence client configuration token for the host's guests: a few KiB written in one go.
    m_server->registerMethod(
        QStringLiteral("licence.pushToken"), ClientRole::Operator,
        [this](const QJsonValue &params, const PeerInfo &peer) -> Result<QJsonValue> {
            const QJsonObject p = params.toObject();
            const auto directory = stringParam(p, "directory"), fileName = stringParam(p, "fileName"),
                       content = stringParam(p, "content");
            if (!directory || !fileName || !content)
                return invalidParams(QStringLiteral(
                    "licence.pushToken takes {directory, fileName, content (base64)} as strings"));
            const auto bytes =
                QByteArray::fromBase64Encoding(content->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!bytes)
                return invalidParams(QStringLiteral("licence.pushToken: content is not base64"));
            std::lock_guard lock(*m_actionMutex);
            Result<QJsonObject> r =
                TokenWriter::write(m_options.tokenDirectories, *directory, *fileName, *bytes);
            Q_EMIT actionLogged(
                QStringLiteral("%1: licence.pushToken %2/%3 %4")
                    .arg(peer.toString(), *directory, *fileName,
                         r ? QStringLiteral("done") : QStringLiteral("failed: ") + r.error().toString()));
            if (!r)
                return r.error();
            return QJsonValue(r.value());
        });
}

// MIG GPU instances through NVML: mig.createInstance and mig.destroyInstance {gpu, profile, start}.
void AgentService::registerMigActions()
{
    for (const bool create : {true, false}) {
        const QString name =
            create ? QStringLiteral("mig.createInstance") : QStringLiteral("mig.destroyInstance");
        std::shared_ptr<NvmlProbe> nvml = m_nvml;
        std::shared_ptr<std::mutex> mutex = m_actionMutex;
        const bool simulated = m_options.simulatedHost.has_value();
        QPointer<AgentService> self(this);
        TaskPool *pool = m_pool.get();
        m_server->registerAsyncMethod(
            name, ClientRole::Operator,
            [=](const QJsonValue &params, const PeerInfo &peer, AgentServer::Responder respond) {
                const QJsonObject p = params.toObject();
                const auto gpuText = stringParam(p, "gpu"), profileText = stringParam(p, "profile");
                const auto start = intParam(p, "start");
                if (!gpuText || !profileText || !start) {
                    respond(invalidParams(
                        QStringLiteral("%1 takes {gpu: string, profile: string, start: integer}").arg(name)));
                    return;
                }
                const std::optional<PciAddress> gpu = PciAddress::parse(*gpuText);
                if (!gpu) {
                    respond(Error{AgentServiceText::tr("%1 is not a PCI address").arg(*gpuText),
                                  {},
                                  Rpc::InvalidArgument});
                    return;
                }
                std::optional<MigLayout::Profile> profile;
                QStringList known;
                for (MigLayout::Profile candidate : MigLayout::allProfiles()) {
                    known.append(MigLayout::info(candidate).name);
                    if (MigLayout::info(candidate).name == *profileText)
                        profile = candidate;
                }
                if (!profile) {
                    respond(Error{AgentServiceText::tr("%1 is not a MIG profile").arg(*profileText),
                                  QStringLiteral("known: ") + known.join(QStringLiteral(", ")),
                                  Rpc::InvalidArgument});
                    return;
                }
                if (!MigLayout::isLegalStart(*profile, *start)) {
                    QStringList starts;
                    for (int s : MigLayout::info(*profile).starts)
                        starts.append(QString::number(s));
                    respond(Error{AgentServiceText::tr("A %1 instance cannot start at slice %2")
                                      .arg(*profileText)
                                      .arg(*start),
                                  QStringLiteral("legal starts: ") + starts.join(QStringLiteral(", ")),
                                  Rpc::InvalidArgument});
                    return;
                }
                if (simulated && self) {
                    respond(self->simulateMig(create, peer.toString(), name, *gpu, {*profile, *start}));
                    return;
                }
                if (!nvml || !nvml->available()) {
                    respond(Error{AgentServiceText::tr("NVML is not available on this host"),
                                  nvml ? nvml->unavailableDetail() : QString(), Rpc::NotAvailable});
                    return;
                }
                const QString who = peer.toString();
                pool->start([=] {
                    const Result<unsigned> r = [&] {
                        std::lock_guard lock(*mutex);
                        return create ? nvml->createMigInstance(*gpu, *profile, *start)
                                      : nvml->destroyMigInstance(*gpu, *profile, *start);
                    }();
                    const QString line =
                        QStringLiteral("NVML %1 GPU instance %2 at slice %3 on %4%5")
                            .arg(create ? QStringLiteral("created") : QStringLiteral("destroyed"),
                                 *profileText)
                            .arg(*start)
                            .arg(gpu->toString(), r ? QStringLiteral(" (id %1)").arg(r.value()) : QString());
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, name, who, line, error = r.ok() ? Error{} : r.error()] {
                            if (self)
                                self->reportAction(who, name,
                                                   error.isNull() ? QStringList{line} : QStringList{}, error);
                        },
                        Qt::QueuedConnection);
                    if (!r) {
                        Error e = r.error();
                        e.detail = QStringLiteral("NVML error %1: %2").arg(e.code).arg(e.detail);
                        e.code = Rpc::ActionFailed;
                        respond(e);
                        return;
                    }
                    respond(QJsonValue(QJsonObject{{QStringLiteral("subject"), gpu->toString()},
                                                   {QStringLiteral("gpuInstanceId"), int(r.value())},
                                                   {QStringLiteral("writes"), QJsonArray{line}}}));
                });
            });
    }
}

// The demo's hosts have no NVML: their GPU instances live here, with the same overlap rules as a GPU's.
Result<QJsonValue> AgentService::simulateMig(bool create, const QString &who, const QString &name,
                                             const PciAddress &gpu, const MigLayout::Placement &placement)
{
    QList<MigLayout::Placement> &placed = m_simulatedMig[gpu];
    const QString profile = MigLayout::info(placement.profile).name;
    Error error;
    if (create) {
        const bool taken = std::any_of(placed.cbegin(), placed.cend(), [&](const MigLayout::Placement &p) {
            return MigLayout::overlaps(p, placement);
        });
        if (taken || placed.size() >= MigLayout::MaxInstances)
            error = Error{AgentServiceText::tr("The slices from %1 on %2 are taken")
                              .arg(placement.start)
                              .arg(gpu.toString()),
                          QStringLiteral("simulated NVML: Insufficient Resources"), Rpc::ActionFailed};
        else
            placed.append(placement);
    } else if (!placed.removeOne(placement)) {
        error = Error{AgentServiceText::tr("No %1 GPU instance starts at slice %2 on %3")
                          .arg(profile)
                          .arg(placement.start)
                          .arg(gpu.toString()),
                      QStringLiteral("simulated NVML: Not Found"), Rpc::ActionFailed};
    }
    const QString line = QStringLiteral("simulated NVML %1 GPU instance %2 at slice %3 on %4")
                             .arg(create ? QStringLiteral("created") : QStringLiteral("destroyed"), profile)
                             .arg(placement.start)
                             .arg(gpu.toString());
    reportAction(who, name, error.isNull() ? QStringList{line} : QStringList{}, error);
    if (!error.isNull())
        return error;
    return QJsonValue(QJsonObject{{QStringLiteral("subject"), gpu.toString()},
                                  {QStringLiteral("simulated"), true},
                                  {QStringLiteral("writes"), QJsonArray{line}}});
}

void AgentService::reportAction(const QString &who, const QString &name, const QStringList &lines,
                                const Error &error)
{
    for (const QString &line : lines)
        Q_EMIT actionLogged(QStringLiteral("%1: %2").arg(who, line));
    Q_EMIT actionLogged(
        QStringLiteral("%1: %2 %3")
            .arg(who, name,
                 error.isNull() ? QStringLiteral("done") : QStringLiteral("failed: ") + error.toString()));
    if (error.isNull())
        m_server->notifySubscribers(QLatin1String(kFactsTopic), QStringLiteral("facts.changed"),
                                    QJsonObject{{QStringLiteral("action"), name}});
}

void AgentService::registerAction(const QString &name)
{
    const auto spec = std::find_if(actionSpecs().cbegin(), actionSpecs().cend(),
                                   [&](const ActionSpec &s) { return name == QLatin1String(s.method); });
    const ActionCall call = spec->call;
    const QString root = m_options.root;
    SysfsWriter *writer = &m_writer;
    std::shared_ptr<std::mutex> mutex = m_actionMutex;
    QPointer<AgentService> self(this);
    TaskPool *pool = m_pool.get();
    m_server->registerAsyncMethod(
        name, ClientRole::Operator,
        [=](const QJsonValue &params, const PeerInfo &peer, AgentServer::Responder respond) {
            if (!params.isObject()) {
                respond(invalidParams(QStringLiteral("%1 takes an object of parameters").arg(name)));
                return;
            }
            const QString who = peer.toString();
            pool->start([=] {
                QStringList lines;
                Result<SysfsActionResult> r = [&] {
                    std::lock_guard lock(*mutex);
                    SysfsActions actions(root, *writer, [&](const QString &line) { lines.append(line); });
                    return call(actions, params.toObject());
                }();
                // Log and notify on the service's thread; the responder may be called from here.
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, name, who, lines, error = r.ok() ? Error{} : r.error()] {
                        if (self)
                            self->reportAction(who, name, lines, error);
                    },
                    Qt::QueuedConnection);
                if (r)
                    respond(QJsonValue(r.value().toJson()));
                else
                    respond(rpcError(r.error()));
            });
        });
}

Result<QJsonValue> AgentService::subscribeTelemetry(const QJsonValue &params, const PeerInfo &peer)
{
    int interval = m_options.defaultTelemetryIntervalMs;
    if (params.isObject() && params.toObject().contains(QStringLiteral("intervalMs"))) {
        const auto asked = intParam(params.toObject(), "intervalMs");
        if (!asked || *asked < m_options.minTelemetryIntervalMs || *asked > 3600000)
            return invalidParams(QStringLiteral("intervalMs must be an integer from %1 to 3600000")
                                     .arg(m_options.minTelemetryIntervalMs));
        interval = *asked;
    }
    if (!m_server->subscribe(peer.id, QLatin1String(kTelemetryTopic)))
        return Error{AgentServiceText::tr("The client left"), {}, Rpc::InternalError};
    m_intervals.insert(peer.id, interval);
    updateTelemetryTimer();
    return QJsonValue(QJsonObject{{QStringLiteral("intervalMs"), interval}});
}

void AgentService::updateTelemetryTimer()
{
    // One stream for every subscriber, at the fastest interval any of them asked for.
    if (m_intervals.isEmpty()) {
        m_telemetryTimer->stop();
        return;
    }
    const int interval = *std::min_element(m_intervals.cbegin(), m_intervals.cend());
    if (!m_telemetryTimer->isActive() || m_telemetryTimer->interval() != interval)
        m_telemetryTimer->start(interval);
}

TelemetrySample AgentService::takeSample() const
{
    if (m_options.simulatedHost)
        return TelemetrySimulator().sample(*m_options.simulatedHost, QDateTime::currentDateTimeUtc());
    if (m_nvml)
        return m_nvml->sample();
    TelemetrySample none;
    none.time = QDateTime::currentDateTimeUtc();
    return none;
}

void AgentService::sendTelemetry()
{
    if (m_options.simulatedHost) {
        m_server->notifySubscribers(QLatin1String(kTelemetryTopic), QStringLiteral("telemetry.sample"),
                                    takeSample().toJson());
        return;
    }
    // NVML answers in milliseconds but may stall on a sick GPU: sample off the event loop, one at a time.
    if (m_sampling || !m_nvml || !m_nvml->available())
        return;
    m_sampling = true;
    std::shared_ptr<NvmlProbe> nvml = m_nvml;
    QPointer<AgentService> self(this);
    m_pool->start([nvml, self] {
        const QJsonObject sample = nvml->sample().toJson();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, sample] {
                if (!self)
                    return;
                self->m_sampling = false;
                self->m_server->notifySubscribers(QLatin1String(kTelemetryTopic),
                                                  QStringLiteral("telemetry.sample"), sample);
            },
            Qt::QueuedConnection);
    });
}
