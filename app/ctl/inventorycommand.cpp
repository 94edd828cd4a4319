// gpuvirtctl inventory: the merged inventory of the cluster as JSON (docs/inventory-json.md) or a table.
#include "clusterload.h"
#include "commands.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "inventory/inventoryjson.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/pciids.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int inventoryCommand(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Print the merged GPU inventory of the cluster."));
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), Ctl::tr("Use the built-in demo cluster.")});
    p.addOption(
        {QStringLiteral("connect"), Ctl::tr("Add a libvirt URI (repeatable)."), QStringLiteral("uri")});
    p.addOption({QStringLiteral("workspace"), Ctl::tr("Read saved connections from this workspace file."),
                 QStringLiteral("file")});
    addFormatOption(p);
    p.addOption({QStringLiteral("timeout"), Ctl::tr("Seconds to wait for every host (default 60)."),
                 QStringLiteral("s"), QStringLiteral("60")});
    p.process(args);

    const auto format = formatOf(p);
    if (!format)
        return 2;
    QList<QPair<QString, bool>> uris;
    QTemporaryDir demoDir;
    QList<DemoCluster::Host> demoHosts;
    if (p.isSet(QStringLiteral("demo"))) {
        auto hosts = DemoCluster::extract(demoDir.path());
        if (!hosts) {
            ctlError(hosts.error().toString());
            return 1;
        }
        demoHosts = hosts.value();
        for (const auto &h : demoHosts)
            uris.append({h.uri, true});
    }
    for (const QString &u : p.values(QStringLiteral("connect")))
        uris.append({u, false});
    if (uris.isEmpty()) {
        Workspace ws(p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                          : Workspace::defaultPath());
        if (Status s = ws.load(); !s) {
            ctlError(s.error().toString());
            return 1;
        }
        for (const SavedConnection &c : ws.connections())
            uris.append({c.uri, false});
    }
    if (uris.isEmpty()) {
        ctlError(Ctl::tr("no hosts: give --connect URI, --demo, or save connections in the console"));
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

    int rc = reportUnloadedHosts(inventory) ? 1 : 0;
    if (!done)
        rc = 1;
    if (*format == Format::Json)
        std::fputs(
            QJsonDocument(InventoryJson::toJson(inventory)).toJson(QJsonDocument::Indented).constData(),
            stdout);
    else
        std::fputs(InventoryJson::toTable(inventory).toUtf8().constData(), stdout);
    return rc;
}
