// The agent's methods end to end: an AgentService on a generated sysfs tree with the kernel emulator,
// served over real TLS on loopback, called by the console's AgentClient; and the demo cluster's
// in-process agents feeding the inventory through AgentHub.
#include "../unit/fixturesnapshots.h"
#include "agent/agentclient.h"
#include "agent/agenthub.h"
#include "agent/agentserver.h"
#include "agent/agentservice.h"
#include "agent/clientallowlist.h"
#include "agent/rpcmessage.h"
#include "agent/sysfskernelemulator.h"
#include "agent/sysfstreebuilder.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "security/identity.h"
#include "security/pinstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 20000; // the demo writes thousands of sysfs files per host first
const QString kNewUuid = QStringLiteral("cccccccc-cccc-4ccc-8ccc-ccccccccccc3");
} // namespace

class TestAgentService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helloFactsAndReadiness();
    void telemetryReachesSubscribers();
    void operatorCreatesAndRemovesMdev();
    void viewerCannotAct();
    void invalidArgumentsChangeNothing();
    void demoAgentsFeedTheInventory();
    void migInstancesThroughNvml();
    void simulatedMigInstances();

private:
    // Calls and waits; fails the test on a timeout.
    Result<QJsonValue> call(AgentClient &client, const QString &method, const QJsonValue &params = {});
    std::unique_ptr<AgentClient> connectAs(ClientRole role);

    std::optional<Identity> m_agentId, m_operatorId, m_viewerId;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    std::unique_ptr<ClientAllowlist> m_allowlist;
    std::unique_ptr<SysfsKernelEmulator> m_kernel;
    std::unique_ptr<AgentServer> m_server;
    std::unique_ptr<AgentService> m_service;
    std::unique_ptr<PinStore> m_pins;
};

void TestAgentService::initTestCase()
{
    m_agentId = createIdentity(QStringLiteral("gpu-node-01")).value();
    m_operatorId = createIdentity(QStringLiteral("console-operator")).value();
    m_viewerId = createIdentity(QStringLiteral("console-viewer")).value();
}

void TestAgentService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_root = m_dir->filePath(QStringLiteral("root"));
    const HostSnapshot host = Fixtures::gpuHost();
    QVERIFY(SysfsTreeBuilder::buildFromSnapshot(host, host.agent, m_root));
    m_allowlist = std::make_unique<ClientAllowlist>(m_dir->filePath(QStringLiteral("clients.json")));
    QVERIFY(m_allowlist->enroll(m_operatorId->fingerprint(), ClientRole::Operator));
    QVERIFY(m_allowlist->enroll(m_viewerId->fingerprint(), ClientRole::Viewer));
    m_kernel = std::make_unique<SysfsKernelEmulator>(m_root);
    m_server = std::make_unique<AgentServer>(*m_agentId, m_allowlist.get());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    AgentService::Options options;
    options.root = m_root;
    options.hostname = QStringLiteral("gpu-node-01");
    options.simulatedHost = host; // NVML figures simulated: this machine has no NVIDIA GPU
    options.minTelemetryIntervalMs = 50;
    m_service = std::make_unique<AgentService>(m_server.get(), *m_kernel, options);
    m_pins = std::make_unique<PinStore>(m_dir->filePath(QStringLiteral("pins.json")));
}

void TestAgentService::cleanup()
{
    m_service.reset();
    m_server.reset();
    m_kernel.reset();
    m_allowlist.reset();
    m_dir.reset();
}

Result<QJsonValue> TestAgentService::call(AgentClient &client, const QString &method,
                                          const QJsonValue &params)
{
    std::optional<Result<QJsonValue>> answer;
    client.call(method, params, [&](const Result<QJsonValue> &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return Error{QStringLiteral("no answer to %1").arg(method), {}, -1};
    return *answer;
}

std::unique_ptr<AgentClient> TestAgentService::connectAs(ClientRole role)
{
    auto client = std::make_unique<AgentClient>(role == ClientRole::Operator ? *m_operatorId : *m_viewerId,
                                                m_pins.get());
    QObject::connect(client.get(), &AgentClient::fingerprintUnknown, client.get(),
                     [c = client.get()] { c->acceptFingerprint(); });
    client->connectToAgent(QStringLiteral("127.0.0.1"), m_server->port());
    if (!QTest::qWaitFor([&] { return client->state() == AgentClient::State::Connected; }, kWaitMs))
        return nullptr;
    return client;
}

void TestAgentService::helloFactsAndReadiness()
{
    auto client = connectAs(ClientRole::Viewer);
    QVERIFY(client);
    const auto hello = call(*client, QStringLiteral("agent.hello"));
    QVERIFY2(hello, qPrintable(hello.ok() ? QString() : hello.error().toString()));
    QCOMPARE(hello->toObject().value(QStringLiteral("hostname")).toString(), QStringLiteral("gpu-node-01"));
    QCOMPARE(hello->toObject().value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
    QVERIFY(hello->toObject().value(QStringLiteral("simulated")).toBool());

    const auto facts = call(*client, QStringLiteral("facts.get"));
    QVERIFY(facts);
    const auto sysfs = SysfsFactsJson::fromJson(facts->toObject().value(QStringLiteral("sysfs")).toObject());
    QVERIFY(sysfs);
    const SysfsFunction *t4 = sysfs->function(Fixtures::addr("0000:06:00.0"));
    QVERIFY(t4);
    QCOMPARE(t4->driver, QStringLiteral("vfio-pci"));
    QCOMPARE(t4->iommuGroupMembers.size(), 3); // the group the T4 shares with a NIC and its bridge
    const auto nvml = NvmlFacts::fromJson(facts->toObject().value(QStringLiteral("nvml")).toObject());
    QVERIFY(nvml);
    QVERIFY(nvml->simulated);

    const auto readiness = call(*client, QStringLiteral("readiness.get"));
    QVERIFY(readiness);
    const auto report = ReadinessJson::fromJson(readiness->toObject());
    QVERIFY(report);
    // The T4 shares its group with a NIC the host still drives: that is a finding about the T4.
    const ReadinessCheck *shared = report->find(u"iommu.group.shared", Fixtures::addr("0000:06:00.0"));
    QVERIFY(shared);
    QVERIFY(shared->severity >= ReadinessSeverity::Warning);
}

void TestAgentService::telemetryReachesSubscribers()
{
    auto client = connectAs(ClientRole::Viewer);
    QVERIFY(client);
    QSignalSpy notes(client.get(), &AgentClient::notificationReceived);
    const auto sub = call(*client, QStringLiteral("telemetry.subscribe"),
                          QJsonObject{{QStringLiteral("intervalMs"), 100}});
    QVERIFY(sub);
    QCOMPARE(sub->toObject().value(QStringLiteral("intervalMs")).toInt(), 100);
    QTRY_VERIFY_WITH_TIMEOUT(notes.size() >= 2, kWaitMs);
    QCOMPARE(notes.first().at(0).toString(), QStringLiteral("telemetry.sample"));
    const auto sample = TelemetrySample::fromJson(notes.first().at(1).toJsonValue().toObject());
    QVERIFY(sample);
    QVERIFY(sample->simulated);
    QVERIFY(!sample->gpus.isEmpty());

    // Too fast an interval is refused, and after unsubscribing nothing more comes.
    const auto tooFast =
        call(*client, QStringLiteral("telemetry.subscribe"), QJsonObject{{QStringLiteral("intervalMs"), 1}});
    QVERIFY(!tooFast);
    QCOMPARE(tooFast.error().code, int(Rpc::InvalidParams));
    QVERIFY(call(*client, QStringLiteral("telemetry.unsubscribe")));
    notes.clear();
    QTest::qWait(400); // four intervals: proving an absence takes time
    QCOMPARE(notes.size(), 0);
}

void TestAgentService::operatorCreatesAndRemovesMdev()
{
    auto op = connectAs(ClientRole::Operator);
    QVERIFY(op);
    QSignalSpy notes(op.get(), &AgentClient::notificationReceived);
    QVERIFY(call(*op, QStringLiteral("facts.subscribe")));
    const QJsonObject params{{QStringLiteral("parent"), QStringLiteral("0000:41:00.6")},
                             {QStringLiteral("type"), QStringLiteral("nvidia-699")},
                             {QStringLiteral("uuid"), kNewUuid}};
    const auto created = call(*op, QStringLiteral("mdev.create"), params);
    QVERIFY2(created, qPrintable(created.ok() ? QString() : created.error().toString()));
    QCOMPARE(created->toObject().value(QStringLiteral("action")).toString(), QStringLiteral("createMdev"));
    const QString mdevDir = m_root + QStringLiteral("/sys/bus/mdev/devices/") + kNewUuid;
    QVERIFY(QFileInfo::exists(mdevDir));
    QTRY_VERIFY_WITH_TIMEOUT(!notes.isEmpty() && notes.last().at(0).toString() == u"facts.changed", kWaitMs);

    // The same uuid again is an argument problem, not a host failure.
    const auto again = call(*op, QStringLiteral("mdev.create"), params);
    QVERIFY(!again);
    QCOMPARE(again.error().code, int(Rpc::InvalidArgument));

    const auto removed =
        call(*op, QStringLiteral("mdev.remove"), QJsonObject{{QStringLiteral("uuid"), kNewUuid}});
    QVERIFY(removed);
    QVERIFY(!QFileInfo::exists(mdevDir));
}

void TestAgentService::viewerCannotAct()
{
    auto viewer = connectAs(ClientRole::Viewer);
    QVERIFY(viewer);
    const auto r = call(*viewer, QStringLiteral("mdev.create"),
                        QJsonObject{{QStringLiteral("parent"), QStringLiteral("0000:41:00.6")},
                                    {QStringLiteral("type"), QStringLiteral("nvidia-699")},
                                    {QStringLiteral("uuid"), kNewUuid}});
    QVERIFY(!r);
    QCOMPARE(r.error().code, int(Rpc::Forbidden));
    QVERIFY(!QFileInfo::exists(m_root + QStringLiteral("/sys/bus/mdev/devices/") + kNewUuid));
}

void TestAgentService::invalidArgumentsChangeNothing()
{
    auto op = connectAs(ClientRole::Operator);
    QVERIFY(op);
    const QStringList before = QDir(m_root + QStringLiteral("/sys/bus/mdev/devices"))
                                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    // A path in place of a uuid, a type the parent does not list, a parent that does not exist, the
    // wrong shape of parameters.
    const QList<QPair<QJsonValue, int>> cases{
        {QJsonObject{{QStringLiteral("parent"), QStringLiteral("0000:41:00.6")},
                     {QStringLiteral("type"), QStringLiteral("nvidia-699")},
                     {QStringLiteral("uuid"), QStringLiteral("../../../etc/passwd")}},
         Rpc::InvalidArgument},
        {QJsonObject{{QStringLiteral("parent"), QStringLiteral("0000:41:00.6")},
                     {QStringLiteral("type"), QStringLiteral("nvidia-999")},
                     {QStringLiteral("uuid"), kNewUuid}},
         Rpc::InvalidArgument},
        {QJsonObject{{QStringLiteral("parent"), QStringLiteral("0000:99:00.0")},
                     {QStringLiteral("type"), QStringLiteral("nvidia-699")},
                     {QStringLiteral("uuid"), kNewUuid}},
         Rpc::InvalidArgument},
        {QJsonObject{{QStringLiteral("parent"), 41},
                     {QStringLiteral("type"), QStringLiteral("nvidia-699")},
                     {QStringLiteral("uuid"), kNewUuid}},
         Rpc::InvalidParams},
        {QJsonArray{QStringLiteral("0000:41:00.6")}, Rpc::InvalidParams},
    };
    for (const auto &[params, code] : cases) {
        const auto r = call(*op, QStringLiteral("mdev.create"), params);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
    }
    const auto count = call(*op, QStringLiteral("sriov.setNumVfs"),
                            QJsonObject{{QStringLiteral("address"), QStringLiteral("0000:83:00.0")},
                                        {QStringLiteral("count"), 99}});
    QVERIFY(!count);
    QCOMPARE(count.error().code, int(Rpc::InvalidArgument));
    QCOMPARE(QDir(m_root + QStringLiteral("/sys/bus/mdev/devices"))
                 .entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             before);
}

void TestAgentService::demoAgentsFeedTheInventory()
{
    LibvirtEventLoop loop;
    LibvirtConnectionFactory factory(&loop, {});
    Inventory inventory(&factory);
    AgentHub hub(&inventory, *m_operatorId, m_pins.get());
    QSignalSpy asked(&hub, &AgentHub::fingerprintUnknown);
    QTemporaryDir dir;
    DemoAgents agents(&inventory, &hub);
    QSignalSpy problems(&agents, &DemoAgents::problem);
    const auto hosts = DemoCluster::extract(dir.path());
    QVERIFY(hosts);
    QStringList ids;
    for (const DemoCluster::Host &h : hosts.value()) {
        ids << inventory.addHost(h.uri, h.name, true);
        inventory.setAgentFacts(ids.last(), h.facts);
        agents.add(ids.last());
    }
    QTRY_COMPARE_WITH_TIMEOUT(agents.running(), int(ids.size()), kWaitMs);
    for (const QString &id : std::as_const(ids)) {
        QTRY_VERIFY2_WITH_TIMEOUT(
            inventory.host(id)->agent.readinessLoaded && inventory.host(id)->agent.factsLoaded,
            qPrintable(id + QStringLiteral(": ") + inventory.host(id)->agent.error.toString()), kWaitMs);
        const AgentStatus &a = inventory.host(id)->agent;
        QCOMPARE(a.state, AgentStatus::State::Connected);
        QVERIFY(a.simulated);
        QCOMPARE(a.role, QStringLiteral("operator"));
    }
    // The workstation's only GPU is its boot VGA device: its agent says so, and the readiness report too.
    const auto wsHost = std::find_if(hosts->cbegin(), hosts->cend(),
                                     [](const DemoCluster::Host &h) { return h.name == u"ws-rtx-01"; });
    QVERIFY(wsHost != hosts->cend());
    const QString ws = ids.at(wsHost - hosts->cbegin());
    const AgentStatus &wsAgent = inventory.host(ws)->agent;
    QVERIFY(!inventory.host(ws)->snapshot.agent.bootVga.isEmpty());
    QVERIFY(wsAgent.readiness.find(u"gpu.bootVga", inventory.host(ws)->snapshot.agent.bootVga.first()));
    // Telemetry streams in at 1 Hz, simulated.
    QTRY_VERIFY_WITH_TIMEOUT(inventory.host(ws)->agent.telemetry.has_value(), 3000);
    QVERIFY(inventory.host(ws)->agent.telemetry->simulated);
    QCOMPARE(asked.size(), 0); // agents the console started are trusted without asking
    QCOMPARE(problems.size(), 0);
}

void TestAgentService::migInstancesThroughNvml()
{
    // A host with NVML (the fake: an H100 in MIG mode with 3g.40gb at 0-3 and 2g.20gb at 4-5).
    m_service.reset();
    AgentService::Options options;
    options.root = m_root;
    options.nvmlLibrary = QStringLiteral(FAKENVML_PATH);
    m_service = std::make_unique<AgentService>(m_server.get(), *m_kernel, options);
    QStringList log;
    connect(m_service.get(), &AgentService::actionLogged, this,
            [&](const QString &line) { log.append(line); });

    auto viewer = connectAs(ClientRole::Viewer);
    QVERIFY(viewer);
    const QJsonObject slice6{{QStringLiteral("gpu"), QStringLiteral("0000:1b:00.0")},
                             {QStringLiteral("profile"), QStringLiteral("1g.10gb")},
                             {QStringLiteral("start"), 6}};
    const auto forbidden = call(*viewer, QStringLiteral("mig.createInstance"), slice6);
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().code, int(Rpc::Forbidden));

    auto op = connectAs(ClientRole::Operator);
    QVERIFY(op);
    QVERIFY(call(*op, QStringLiteral("facts.subscribe")).ok());
    QSignalSpy changed(op.get(), &AgentClient::notificationReceived);
    for (const auto &[params, code] :
         {std::pair{QJsonObject{{QStringLiteral("gpu"), QStringLiteral("../../1b:00.0")},
                                {QStringLiteral("profile"), QStringLiteral("1g.10gb")},
                                {QStringLiteral("start"), 6}},
                    int(Rpc::InvalidArgument)},
          {QJsonObject{{QStringLiteral("gpu"), QStringLiteral("0000:1b:00.0")},
                       {QStringLiteral("profile"), QStringLiteral("5g.50gb")},
                       {QStringLiteral("start"), 0}},
           int(Rpc::InvalidArgument)},
          {QJsonObject{{QStringLiteral("gpu"), QStringLiteral("0000:1b:00.0")},
                       {QStringLiteral("profile"), QStringLiteral("3g.40gb")},
                       {QStringLiteral("start"), 2}}, // 3g.40gb starts at 0 or 4 only
           int(Rpc::InvalidArgument)},
          {QJsonObject{{QStringLiteral("gpu"), QStringLiteral("0000:1b:00.0")},
                       {QStringLiteral("profile"), QStringLiteral("1g.10gb")}},
           int(Rpc::InvalidParams)},
          {QJsonObject{{QStringLiteral("gpu"), QStringLiteral("0000:1b:00.0")},
                       {QStringLiteral("profile"), QStringLiteral("1g.10gb")},
                       {QStringLiteral("start"), 0}}, // taken by the 3g.40gb
           int(Rpc::ActionFailed)}}) {
        const auto r = call(*op, QStringLiteral("mig.createInstance"), params);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }
    QVERIFY(changed.isEmpty() || changed.last().at(0).toString() != QStringLiteral("facts.changed"));

    const auto made = call(*op, QStringLiteral("mig.createInstance"), slice6);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    QVERIFY(made->toObject().value(QStringLiteral("gpuInstanceId")).toInt() > 0);
    QVERIFY(made->toObject()
                .value(QStringLiteral("writes"))
                .toArray()
                .first()
                .toString()
                .contains(QStringLiteral("1g.10gb at slice 6 on 0000:1b:00.0")));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &n) {
                                             return n.at(0).toString() == QStringLiteral("facts.changed");
                                         }),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(log.join(u'\n').contains(QStringLiteral("mig.createInstance done")), kWaitMs);

    const auto removed = call(*op, QStringLiteral("mig.destroyInstance"), slice6);
    QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().toString()));
    const auto gone = call(*op, QStringLiteral("mig.destroyInstance"), slice6);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, int(Rpc::ActionFailed));
}

void TestAgentService::simulatedMigInstances()
{
    // The demo's hosts: no NVML, instances kept by the agent under the GPU's rules.
    auto op = connectAs(ClientRole::Operator);
    QVERIFY(op);
    const QJsonObject half{{QStringLiteral("gpu"), QStringLiteral("0000:41:00.0")},
                           {QStringLiteral("profile"), QStringLiteral("3g.40gb")},
                           {QStringLiteral("start"), 4}};
    const auto made = call(*op, QStringLiteral("mig.createInstance"), half);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
    QVERIFY(made->toObject().value(QStringLiteral("simulated")).toBool());
    const QJsonObject overlapping{{QStringLiteral("gpu"), QStringLiteral("0000:41:00.0")},
                                  {QStringLiteral("profile"), QStringLiteral("1g.10gb")},
                                  {QStringLiteral("start"), 5}};
    const auto taken = call(*op, QStringLiteral("mig.createInstance"), overlapping);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, int(Rpc::ActionFailed));
    QVERIFY(call(*op, QStringLiteral("mig.createInstance"),
                 QJsonObject{{QStringLiteral("gpu"), QStringLiteral("0000:41:00.0")},
                             {QStringLiteral("profile"), QStringLiteral("1g.10gb")},
                             {QStringLiteral("start"), 3}})
                .ok());
    QVERIFY(call(*op, QStringLiteral("mig.destroyInstance"), half).ok());
    const auto gone = call(*op, QStringLiteral("mig.destroyInstance"), half);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, int(Rpc::ActionFailed));
    QVERIFY(call(*op, QStringLiteral("mig.createInstance"), overlapping).ok()); // free again
}

QTEST_GUILESS_MAIN(TestAgentService)
#include "tst_agentservice.moc"
