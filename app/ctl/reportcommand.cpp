// gpuvirtctl report: the console's report without a display: a PDF (title page, tables, GPU boards) or
// CSV tables (docs/reports.md), in the language of --lang or the system locale.
#include "agent/agenthub.h"
#include "boardimage.h"
#include "clusterload.h"
#include "commands.h"
#include "demo/demoagents.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "libvirt/pciids.h"
#include "report/csvwriter.h"
#include "report/reportdata.h"
#include "reportpdf.h"
#include "security/identity.h"
#include "security/pinstore.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
// The demo's in-process agents give readiness and telemetry; wait for both from every demo host.
bool settled(const Inventory &inventory, bool agents)
{
    if (inventory.loadedHostCount() < inventory.hostCount())
        return false;
    for (const QString &id : inventory.hostIds()) {
        const Inventory::Host *h = inventory.host(id);
        if (agents && h->demo && (!h->agent.readinessLoaded || !h->agent.telemetry))
            return false;
    }
    return true;
}
} // namespace

int reportCommand(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Write the cluster report: inventory, readiness and licences, as a PDF "
                "with the GPU boards or as CSV tables."));
    p.addHelpOption();
    p.addOption({QStringLiteral("format"), Ctl::tr("pdf or csv (default pdf)."), QStringLiteral("format"),
                 QStringLiteral("pdf")});
    p.addOption({QStringLiteral("output"),
                 Ctl::tr("The PDF file; for csv a folder (one file per table) or, with one --table, a file."),
                 QStringLiteral("path")});
    p.addOption({QStringLiteral("table"),
                 Ctl::tr("csv: only this table (repeatable): hosts, gpus, vgpus, vms, readiness, licences."),
                 QStringLiteral("key")});
    p.addOption(
        {QStringLiteral("bom"), Ctl::tr("csv: start each file with a UTF-8 byte order mark (Excel).")});
    p.addOption({QStringLiteral("demo"), Ctl::tr("Use the built-in demo cluster.")});
    p.addOption(
        {QStringLiteral("connect"), Ctl::tr("Add a libvirt URI (repeatable)."), QStringLiteral("uri")});
    p.addOption({QStringLiteral("workspace"), Ctl::tr("Read saved connections from this workspace file."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("timeout"), Ctl::tr("Seconds to wait for every host (default 60)."),
                 QStringLiteral("s"), QStringLiteral("60")});
    p.process(args);

    const QString format = p.value(QStringLiteral("format"));
    if (format != u"pdf" && format != u"csv") {
        ctlError(Ctl::tr("unknown format \"%1\"; use pdf or csv").arg(format));
        return 2;
    }
    const QString output = p.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        ctlError(Ctl::tr("give --output PATH; see --help"));
        return 2;
    }
    const QStringList tables = p.values(QStringLiteral("table"));
    for (const QString &t : tables) {
        if (!ReportData::tableKeys().contains(t)) {
            ctlError(Ctl::tr("unknown table \"%1\"; the tables are: %2")
                         .arg(t, ReportData::tableKeys().join(QStringLiteral(", "))));
            return 2;
        }
    }

    QTemporaryDir demoDir;
    QList<DemoCluster::Host> demoHosts;
    if (p.isSet(QStringLiteral("demo"))) {
        auto hosts = DemoCluster::extract(demoDir.path());
        if (!hosts) {
            ctlError(hosts.error().toString());
            return 1;
        }
        demoHosts = hosts.value();
    }
    QStringList uris = p.values(QStringLiteral("connect"));
    if (uris.isEmpty() && demoHosts.isEmpty()) {
        Workspace ws(p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                          : Workspace::defaultPath());
        if (Status s = ws.load(); !s) {
            ctlError(s.error().toString());
            return 1;
        }
        for (const SavedConnection &c : ws.connections())
            uris.append(c.uri);
    }
    if (uris.isEmpty() && demoHosts.isEmpty()) {
        ctlError(Ctl::tr("no hosts: give --connect URI, --demo, or save connections in the console"));
        return 2;
    }

    LibvirtEventLoop loop;
    PciIds pciIds;
    pciIds.load(PciIds::systemPath());
    LibvirtWorker::Options options;
    options.pciIds = &pciIds;
    LibvirtConnectionFactory factory(&loop, options);
    Inventory inventory(&factory);

    // The demo's agents run in this process over loopback TLS, with a throwaway identity and pin store.
    std::unique_ptr<AgentHub> hub;
    std::unique_ptr<DemoAgents> demoAgents;
    PinStore pins(demoDir.filePath(QStringLiteral("pins.json")));
    if (!demoHosts.isEmpty()) {
        if (Result<Identity> identity = createIdentity(QStringLiteral("gpuvirtctl-report")); identity) {
            hub = std::make_unique<AgentHub>(&inventory, identity.value(), &pins);
            demoAgents = std::make_unique<DemoAgents>(&inventory, hub.get());
        }
    }
    auto check = [&] {
        if (settled(inventory, demoAgents != nullptr))
            app.quit();
    };
    // Declared after the agents, so destroyed before them: the hub's links report their end on the way
    // out, and `check` must not run then (it reads demoAgents).
    QObject watching;
    QObject::connect(&inventory, &Inventory::allHostsLoaded, &watching, check);
    QObject::connect(&inventory, &Inventory::agentStatusChanged, &watching, check);
    QObject::connect(&inventory, &Inventory::telemetryChanged, &watching, check);
    for (const auto &h : demoHosts) {
        const QString id = inventory.addHost(h.uri, h.name, true);
        inventory.setAgentFacts(id, h.facts);
        if (demoAgents)
            demoAgents->add(id);
    }
    for (const QString &uri : uris)
        inventory.addHost(uri);
    QTimer::singleShot(p.value(QStringLiteral("timeout")).toInt() * 1000, &app, &QCoreApplication::quit);
    app.exec();

    int rc = reportUnloadedHosts(inventory) ? 1 : 0;

    const ReportData report = ReportData::build(inventory);
    if (format == u"csv") {
        const bool bom = p.isSet(QStringLiteral("bom"));
        if (output.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            if (tables.size() != 1) {
                ctlError(Ctl::tr("a .csv file holds one table: give one --table, or a folder as --output"));
                return 2;
            }
            if (Status s = CsvWriter::writeTable(*report.table(tables.first()), output, bom); !s) {
                ctlError(s.error().toString());
                return 1;
            }
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(output)));
            return rc;
        }
        if (!QDir().mkpath(output)) {
            ctlError(Ctl::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(output)));
            return 1;
        }
        const Result<QStringList> written = CsvWriter::writeTables(report, output, tables, bom);
        if (!written) {
            ctlError(written.error().toString());
            return 1;
        }
        for (const QString &f : written.value())
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(f)));
        return rc;
    }
    ReportPdf::Options pdf;
    pdf.font = QGuiApplication::font();
    if (Status s = ReportPdf::write(report, inventory, output, pdf); !s) {
        ctlError(s.error().toString());
        return 1;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(output)));
    return rc;
}
