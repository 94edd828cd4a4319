// gpuvirt-console: wires the real parts together and opens the window.
#include "agent/agenthub.h"
#include "agent/agentlink.h"
#include "agent/agentlinkactions.h"
#include "assign/auditlog.h"
#include "assign/planrunner.h"
#include "core/translations.h"
#include "credentialdialog.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/pciids.h"
#include "licensing/licencecontroller.h"
#include "mainwindow.h"
#include "security/identity.h"
#include "security/pinstore.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("gpuvirt")); // ~/.config/gpuvirt/gpuvirt-console.conf
    QApplication::setApplicationName(QStringLiteral("gpuvirt-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Virtualization Console"));
    QApplication::setApplicationVersion(QStringLiteral(GPUVIRT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.gpuvirt.Console"));

    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("lang"),
                 QStringLiteral("Language: zh_CN or en (default: the one chosen in View > Language, else the "
                                "system locale)."),
                 QStringLiteral("lang")});
    p.addOption({QStringLiteral("demo"),
                 QStringLiteral("Open the built-in demo cluster even when connections are saved.")});
    p.addOption({QStringLiteral("connect"),
                 QStringLiteral("Open a libvirt URI for this session (repeatable)."), QStringLiteral("uri")});
    p.addOption(
        {QStringLiteral("workspace"), QStringLiteral("Workspace file to use."), QStringLiteral("file")});
    p.process(app);
    // The language chosen in the menu last time, unless --lang says otherwise for this run.
    QSettings settings;
    const QString language = p.isSet(QStringLiteral("lang"))
                                 ? p.value(QStringLiteral("lang"))
                                 : settings.value(QStringLiteral("language")).toString();
    Translations::install(app, language);

    Workspace workspace(p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                             : Workspace::defaultPath());
    const Status loaded = workspace.load();

    LibvirtEventLoop eventLoop;
    PciIds pciIds;
    pciIds.load(PciIds::systemPath());
    GuiCredentialProvider credentials(nullptr);
    LibvirtWorker::Options options;
    options.credentials = &credentials;
    options.pciIds = &pciIds;
    LibvirtConnectionFactory factory(&eventLoop, options);
    Inventory inventory(&factory);

    // The console's own identity towards agents, made on first start, and the agents it has pinned.
    const QString config =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/gpuvirt");
    Result<Identity> identity =
        loadOrCreateIdentity(config + QStringLiteral("/identity"),
                             QStringLiteral("gpuvirt-console@") + QHostInfo::localHostName());
    PinStore pins(PinStore::defaultPath());
    const Status pinsLoaded = pins.load();
    std::unique_ptr<AgentHub> agents;
    if (identity)
        agents = std::make_unique<AgentHub>(&inventory, identity.value(), &pins);

    // Every plan the operator runs is recorded, applied or not; plan steps libvirt cannot do go to the
    // host's agent over its link.
    auto audit = std::make_shared<AuditLog>(config + QStringLiteral("/audit.jsonl"));
    const QString user =
        qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("operator")));
    PlanRunner planRunner(&inventory, audit, user + QLatin1Char('@') + QHostInfo::localHostName());
    if (agents)
        QObject::connect(agents.get(), &AgentHub::attached, &planRunner,
                         [&planRunner](const QString &hostId, AgentLink *link) {
                             planRunner.setAgentActions(hostId, std::make_shared<LinkAgentActions>(link));
                         });

    // Licence servers: the workspace's registry, probed and audited; demand follows the inventory.
    LicenceController licences(&inventory, &workspace, audit,
                               user + QLatin1Char('@') + QHostInfo::localHostName());

    QTemporaryDir demoDir;
    std::unique_ptr<DemoAgents> demoAgents;
    MainWindow *window = nullptr;
    auto openDemo = [&] {
        auto hosts = DemoCluster::extract(demoDir.path());
        if (!hosts) {
            window->showProblem(hosts.error());
            return;
        }
        if (agents && !demoAgents) {
            demoAgents = std::make_unique<DemoAgents>(&inventory, agents.get());
            QObject::connect(demoAgents.get(), &DemoAgents::problem, window, &MainWindow::showProblem);
        }
        licences.addDemoServers(DemoCluster::licenceServers(QDate::currentDate()));
        for (const DemoCluster::Host &h : hosts.value()) {
            const QString id = inventory.addHost(h.uri, h.name, true);
            inventory.setAgentFacts(id, h.facts);
            if (demoAgents)
                demoAgents->add(id);
        }
    };
    MainWindow w(&inventory, &workspace, openDemo);
    window = &w;
    w.setLanguage(language);
    QObject::connect(&w, &MainWindow::languageChosen, &w, [&settings](const QString &chosen) {
        settings.setValue(QStringLiteral("language"), chosen);
        settings.sync();
    });
    if (agents)
        w.setAgentHub(agents.get());
    w.setAssignment(&planRunner, audit);
    w.setLicensing(&licences, &planRunner);
    if (!loaded)
        w.showProblem(loaded.error());
    if (!identity)
        w.showProblem(identity.error()); // the console still works, without agents
    if (!pinsLoaded)
        w.showProblem(pinsLoaded.error());
    if (!workspace.licenceServersError().isNull())
        w.showProblem(workspace.licenceServersError());

    const QStringList extra = p.values(QStringLiteral("connect"));
    for (const QString &uri : extra)
        inventory.addHost(uri);
    for (const SavedConnection &c : workspace.connections()) {
        const QString id = inventory.addHost(c.uri, c.name);
        if (agents && !c.agent.isEmpty())
            agents->attach(id, c.agent);
    }
    if (p.isSet(QStringLiteral("demo")) || (extra.isEmpty() && workspace.connections().isEmpty()))
        openDemo();

    w.show();
    const int rc = app.exec();
    return rc;
}
