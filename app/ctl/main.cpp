// gpuvirtctl: what scripts need from a terminal. Output formats are documented in docs/.
#include "commands.h"
#include "core/translations.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "inventory/inventoryjson.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/pciids.h"
#include "scheduler/placement.h"
#include "scheduler/traceimport.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

void err(const QString &text)
{
    ctlError(text);
}

int inventoryCommand(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Print the merged GPU inventory of the cluster."));
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), Ctl::tr("Use the built-in demo cluster.")});
    p.addOption({QStringLiteral("connect"), Ctl::tr("Add a libvirt URI (repeatable)."), QStringLiteral("uri")});
    p.addOption({QStringLiteral("workspace"), Ctl::tr("Read saved connections from this workspace file."), QStringLiteral("file")});
    p.addOption({QStringLiteral("format"), Ctl::tr("json or table (default json)."), QStringLiteral("format"), QStringLiteral("json")});
    p.addOption({QStringLiteral("timeout"), Ctl::tr("Seconds to wait for every host (default 60)."), QStringLiteral("s"), QStringLiteral("60")});
    p.process(args);

    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"table") {
        err(Ctl::tr("unknown format \"%1\": use json or table").arg(format));
        return 2;
    }
    QList<QPair<QString, bool>> uris;
    QTemporaryDir demoDir;
    QList<DemoCluster::Host> demoHosts;
    if (p.isSet(QStringLiteral("demo"))) {
        auto hosts = DemoCluster::extract(demoDir.path());
        if (!hosts) {
            err(hosts.error().toString());
            return 1;
        }
        demoHosts = hosts.value();
        for (const auto &h : demoHosts)
            uris.append({h.uri, true});
    }
    for (const QString &u : p.values(QStringLiteral("connect")))
        uris.append({u, false});
    if (uris.isEmpty()) {
        Workspace ws(p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace")) : Workspace::defaultPath());
        if (Status s = ws.load(); !s) {
            err(s.error().toString());
            return 1;
        }
        for (const SavedConnection &c : ws.connections())
            uris.append({c.uri, false});
    }
    if (uris.isEmpty()) {
        err(Ctl::tr("no hosts: give --connect URI, --demo, or save connections in the console"));
        return 2;
    }

    LibvirtEventLoop loop;
    PciIds pciIds;
    pciIds.load(PciIds::systemPath());
    LibvirtWorker::Options options;
    options.pciIds = &pciIds; // no credential provider: hosts that ask for a password fail with a clear error
    LibvirtConnectionFactory factory(&loop, options);
    Inventory inventory(&factory);
    bool done = false;
    QObject::connect(&inventory, &Inventory::allHostsLoaded, &app, [&] {
        done = true;
        app.quit();
    });
    for (const auto &h : demoHosts)
        inventory.setAgentFacts(inventory.addHost(h.uri, h.name, true), h.facts);
    for (const auto &[uri, demo] : uris)
        if (!demo)
            inventory.addHost(uri);
    QTimer::singleShot(p.value(QStringLiteral("timeout")).toInt() * 1000, &app, &QCoreApplication::quit);
    app.exec();

    int rc = 0;
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        if (!h->loaded) {
            err(h->lastError.isNull() ? Ctl::tr("%1: no answer before the timeout").arg(h->uri) : h->lastError.toString());
            rc = 1;
        }
    }
    if (!done)
        rc = 1;
    if (format == u"json")
        std::fputs(QJsonDocument(InventoryJson::toJson(inventory)).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::fputs(InventoryJson::toTable(inventory).toUtf8().constData(), stdout);
    return rc;
}
int planCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Preview where requests would be placed, without touching any host."));
    p.addHelpOption();
    p.addOption({QStringLiteral("nodes"), Ctl::tr("Cluster as a node list CSV (the Alibaba openb format)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("requests"), Ctl::tr("Requests as a pod list CSV (the Alibaba openb format)."), QStringLiteral("file")});
    p.addOption({QStringLiteral("policy"), Ctl::tr("breadth-first, depth-first, best-fit or fragmentation-aware (default)."),
                 QStringLiteral("name"), QStringLiteral("fragmentation-aware")});
    p.addOption({QStringLiteral("inflate"), Ctl::tr("Repeat the requests until their GPU demand equals the cluster's capacity.")});
    p.addOption({QStringLiteral("format"), Ctl::tr("json or table (default json)."), QStringLiteral("format"), QStringLiteral("json")});
    p.process(args);

    const QString format = p.value(QStringLiteral("format"));
    const auto policy = Sched::policyFromKey(p.value(QStringLiteral("policy")));
    if (format != u"json" && format != u"table") {
        err(Ctl::tr("unknown format \"%1\": use json or table").arg(format));
        return 2;
    }
    if (!policy) {
        err(Ctl::tr("unknown policy \"%1\": use breadth-first, depth-first, best-fit or fragmentation-aware")
                .arg(p.value(QStringLiteral("policy"))));
        return 2;
    }
    if (!p.isSet(QStringLiteral("nodes")) || !p.isSet(QStringLiteral("requests"))) {
        err(Ctl::tr("plan needs --nodes FILE and --requests FILE"));
        return 2;
    }
    const auto cluster = Sched::Trace::readNodes(p.value(QStringLiteral("nodes")));
    if (!cluster) {
        err(cluster.error().toString());
        return 1;
    }
    auto requests = Sched::Trace::readPods(p.value(QStringLiteral("requests")));
    if (!requests) {
        err(requests.error().toString());
        return 1;
    }
    QList<Sched::PlacementRequest> arrived = requests.value();
    if (p.isSet(QStringLiteral("inflate")))
        arrived = Sched::Trace::inflate(arrived, qint64(cluster->gpuCount()) * 1000);
    const Sched::PlacementResult result = Sched::place(cluster.value(), arrived, *policy);
    if (format == u"json") {
        std::fputs(QJsonDocument(Sched::toJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    QString out;
    for (const Sched::PlacedItem &i : result.items) {
        // Trace clusters have no PCI addresses: name their GPUs by index on the node.
        QStringList gpus = i.gpuAddresses;
        if (gpus.isEmpty())
            for (int g : i.gpuIndexes)
                gpus << Ctl::tr("GPU %1").arg(g);
        out += i.placed ? QStringLiteral("%1  %2  %3\n").arg(i.request, i.host, gpus.join(u", "))
                        : QStringLiteral("%1  -  %2\n").arg(i.request, i.reason);
    }
    const Sched::PlacementTotals &t = result.totals;
    out += Ctl::tr("%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs")
               .arg(Sched::policyText(result.policy))
               .arg(t.placed)
               .arg(t.requested)
               .arg(t.allocatedShare() * 100, 0, 'f', 2)
               .arg(t.gpusTouched)
               .arg(t.gpusFree)
               .arg(t.fragmentationGpus, 0, 'f', 1);
    std::fputs(out.toUtf8().constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
} // namespace

void ctlError(const QString &text)
{
    std::fprintf(stderr, "gpuvirtctl: %s\n", qPrintable(text));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gpuvirtctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUVIRT_VERSION));
    QStringList args = app.arguments();
    // --lang applies to every command; take it out before the command's own parser sees it.
    QString lang;
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i > 0 && i + 1 < args.size()) {
        lang = args.at(i + 1);
        args.remove(i, 2);
    }
    Translations::install(app, lang);

    const QString command = args.value(1);
    if (command == u"--version" || command == u"-v") {
        std::printf("gpuvirtctl %s\n", GPUVIRT_VERSION);
        return 0;
    }
    if (command == u"inventory")
        return inventoryCommand(app, QStringList{args[0]} + args.mid(2));
    if (command == u"plan")
        return planCommand(QStringList{args[0]} + args.mid(2));
    if (command == u"timeslice")
        return timesliceCommand(QStringList{args[0]} + args.mid(2));
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        std::printf("%s\n", qPrintable(Ctl::tr("Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]\n\n"
                                          "Commands:\n"
                                          "  inventory   print the cluster's GPUs, IOMMU groups and VMs (json or table)\n"
                                          "  plan        preview the placement of requests on a cluster (json or table)\n"
                                          "  timeslice   simulate how one GPU time-slices its vGPUs (json or table)\n\n"
                                          "gpuvirtctl COMMAND --help describes a command's options.")));
        return command.isEmpty() ? 2 : 0;
    }
    err(Ctl::tr("unknown command \"%1\"; see gpuvirtctl --help").arg(command));
    return 2;
}
