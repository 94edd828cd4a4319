// Loads host snapshots for commands that work on a whole cluster without a window: the built-in demo
// hosts through libvirt's test driver, the way the console loads them.
#include "clusterload.h"

#include "commands.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"

#include <QTemporaryDir>
#include <QTimer>

Result<QList<HostSnapshot>> loadDemoSnapshots(QCoreApplication &app, int timeoutSeconds)
{
    QTemporaryDir dir;
    auto hosts = DemoCluster::extract(dir.path());
    if (!hosts)
        return hosts.error();
    LibvirtEventLoop loop;
    LibvirtConnectionFactory factory(&loop, LibvirtWorker::Options{});
    Inventory inventory(&factory);
    bool done = false;
    QObject::connect(&inventory, &Inventory::allHostsLoaded, &app, [&] {
        done = true;
        app.quit();
    });
    for (const auto &h : hosts.value())
        inventory.setAgentFacts(inventory.addHost(h.uri, h.name, true), h.facts);
    QTimer::singleShot(timeoutSeconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    QList<HostSnapshot> out;
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        if (!h->loaded)
            return h->lastError.isNull()
                       ? Error{Ctl::tr("%1: no answer before the timeout").arg(h->uri), {}, 0}
                       : h->lastError;
        HostSnapshot s = h->snapshot;
        s.hostname = h->displayName; // the names the console shows: "vdi-a16-01"
        out.append(s);
    }
    if (!done)
        return Error{Ctl::tr("the demo cluster did not load before the timeout"), {}, 0};
    return out;
}

bool reportUnloadedHosts(const Inventory &inventory)
{
    bool any = false;
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        if (!h->loaded) {
            ctlError(h->lastError.isNull() ? Ctl::tr("%1: no answer before the timeout").arg(h->uri)
                                           : h->lastError.toString());
            any = true;
        }
    }
    return any;
}
