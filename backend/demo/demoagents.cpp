#include "demoagents.h"

#include "agent/agenthub.h"
#include "agent/agentserver.h"
#include "agent/agentservice.h"
#include "agent/clientallowlist.h"
#include "agent/sysfskernelemulator.h"
#include "agent/sysfstreebuilder.h"
#include "core/taskpool.h"
#include "inventory/inventory.h"
#include "security/pinstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTemporaryDir>

namespace {
struct DemoAgentsText
{
    Q_DECLARE_TR_FUNCTIONS(DemoAgents)
};
// What each demo host's kernel and modules look like, so that the readiness report shows a mix: most
// hosts are set up, the workstation is not yet prepared for passthrough, and one vGPU host runs a vGPU
// manager that does not match its loaded driver (updated without a restart).
SysfsTreeBuilder::PlatformOptions platformOf(const QString &hostname)
{
    SysfsTreeBuilder::PlatformOptions o;
    if (hostname == u"ws-rtx-01") {
        o.cpuModel = QStringLiteral("12th Gen Intel(R) Core(TM) i9-12900F");
        o.iommuPassthrough = false;
        o.vfioModules = false;
    } else if (hostname == u"vdi-l40s-01") {
        o.vgpuManagerVersion = QStringLiteral("550.90.05");
    }
    return o;
}

} // namespace

struct DemoAgents::Agent
{
    QString hostId;
    std::unique_ptr<SysfsKernelEmulator> kernel;
    std::unique_ptr<ClientAllowlist> allowlist;
    std::unique_ptr<AgentServer> server;
    std::unique_ptr<AgentService> service;
};

namespace {
QString scratchBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath();
}
} // namespace

DemoAgents::DemoAgents(Inventory *inventory, AgentHub *hub, QObject *parent)
    : QObject(parent), m_inventory(inventory), m_hub(hub),
      m_dir(std::make_unique<QTemporaryDir>(scratchBase() + QStringLiteral("/gpuvirt-demo-XXXXXX"))),
      m_pins(std::make_unique<PinStore>(m_dir->filePath(QStringLiteral("demo-agents.json")))),
      m_pool(std::make_unique<TaskPool>())
{
    connect(m_inventory, &Inventory::hostReset, this, [this](const QString &id) {
        if (m_waiting.removeAll(id) > 0) {
            start(id);
            return;
        }
        // The simulated figures follow the demo's VMs as they start and stop.
        for (const auto &a : m_agents)
            if (a->hostId == id)
                a->service->setSimulatedHost(m_inventory->host(id)->snapshot);
    });
    connect(m_inventory, &Inventory::vmChanged, this, [this](const QString &id, const QString &) {
        for (const auto &a : m_agents)
            if (a->hostId == id)
                a->service->setSimulatedHost(m_inventory->host(id)->snapshot);
    });
    connect(m_inventory, &Inventory::hostAboutToBeRemoved, this, [this](const QString &id) {
        m_waiting.removeAll(id);
        std::erase_if(m_agents, [&](const std::unique_ptr<Agent> &a) { return a->hostId == id; });
    });
}

DemoAgents::~DemoAgents() = default;

void DemoAgents::add(const QString &hostId)
{
    const Inventory::Host *h = m_inventory->host(hostId);
    if (!h)
        return;
    if (!h->loaded) {
        m_waiting.append(hostId);
        return;
    }
    start(hostId);
}

void DemoAgents::start(const QString &hostId)
{
    // A host with many VFs is a tree of thousands of files: write it off the GUI thread.
    const Inventory::Host *h = m_inventory->host(hostId);
    const QString name = h->snapshot.hostname.isEmpty() ? hostId : h->snapshot.hostname;
    const QString root = m_dir->filePath(QStringLiteral("agent-") + name);
    QPointer<DemoAgents> self(this);
    m_pool->start([self, hostId, name, root, snapshot = h->snapshot, platform = platformOf(h->displayName)] {
        Status built = SysfsTreeBuilder::buildFromSnapshot(snapshot, snapshot.agent, root, platform);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, hostId, name, root, built] {
                if (!self || !self->m_inventory->host(hostId))
                    return;
                if (Status s = built ? self->serve(hostId, name, root) : built; !s)
                    Q_EMIT self->problem(
                        Error{DemoAgentsText::tr("The demo agent of %1 could not start").arg(name),
                              s.error().toString(), s.error().code});
            },
            Qt::QueuedConnection);
    });
}

Status DemoAgents::serve(const QString &hostId, const QString &name, const QString &root)
{
    const Inventory::Host *h = m_inventory->host(hostId);
    auto agent = std::make_unique<Agent>();
    agent->hostId = hostId;
    agent->kernel = std::make_unique<SysfsKernelEmulator>(root);
    agent->allowlist = std::make_unique<ClientAllowlist>(QDir(root).filePath(QStringLiteral("clients.json")));
    if (Status s = agent->allowlist->enroll(m_hub->identity().fingerprint(), ClientRole::Operator,
                                            QStringLiteral("the console that runs this demo"));
        !s)
        return s.error();
    Result<Identity> identity = createIdentity(QStringLiteral("demo-agent-") + name);
    if (!identity)
        return identity.error();
    agent->server = std::make_unique<AgentServer>(identity.value(), agent->allowlist.get());
    if (Status s = agent->server->listen(QHostAddress::LocalHost, 0); !s)
        return s.error();

    AgentService::Options options;
    options.root = root;
    options.hostname = name;
    options.simulatedHost = h->snapshot;
    // Licence tokens pushed to a demo host land in its scratch tree, never on this machine's /var/lib.
    options.tokenDirectories = {QDir(root).filePath(QStringLiteral("client-config-token"))};
    QDir().mkpath(options.tokenDirectories.first());
    agent->service = std::make_unique<AgentService>(agent->server.get(), *agent->kernel, options);

    const QString address = QStringLiteral("127.0.0.1:%1").arg(agent->server->port());
    const QString fingerprint = agent->server->fingerprint();
    m_agents.push_back(std::move(agent));
    m_hub->attach(hostId, address, fingerprint, m_pins.get());
    return Done{};
}
