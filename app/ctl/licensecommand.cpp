// gpuvirtctl license list|probe NAME|demand: the licence server registry of a workspace (or the demo's),
// one server probed, and demand against entitlement per edition. JSON shapes: docs/licensing.md.
#include "agent/telemetry.h"
#include "clusterload.h"
#include "commands.h"
#include "core/textcolumns.h"
#include "demo/democluster.h"
#include "inventory/inventory.h"
#include "libvirt/libvirteventloop.h"
#include "libvirt/libvirthostconnection.h"
#include "licensing/licencedemand.h"
#include "licensing/licenceprobe.h"
#include "model/labels.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace {
// Columns padded by terminal cells, so that Chinese lines up too.
class Table
{
public:
    explicit Table(const QStringList &header) { m_rows.append(header); }
    void addRow(const QStringList &row) { m_rows.append(row); }
    QString toString() const
    {
        QList<int> widths;
        for (const QStringList &r : m_rows)
            for (qsizetype i = 0; i < r.size(); ++i) {
                if (widths.size() <= i)
                    widths.append(0);
                widths[i] = std::max(widths[i], TextColumns::width(r[i]));
            }
        QString out;
        for (const QStringList &r : m_rows) {
            QString line;
            for (qsizetype i = 0; i < r.size(); ++i)
                line += i + 1 < r.size() ? TextColumns::padded(r[i], widths[i] + 2) : r[i];
            out += line + u'\n';
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

void printJson(const QJsonObject &o)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
}

void printText(const QString &s)
{
    std::fputs(s.toUtf8().constData(), stdout);
}

QString entitlementsText(const LicenceServer &s)
{
    QStringList parts;
    for (const Entitlement &e : s.entitlements)
        parts.append(e.expires.isValid()
                         ? Ctl::tr("%1 × %2 until %3")
                               .arg(Labels::editionText(e.edition))
                               .arg(e.count)
                               .arg(e.expires.toString(Qt::ISODate))
                         : Ctl::tr("%1 × %2").arg(Labels::editionText(e.edition)).arg(e.count));
    return parts.join(QStringLiteral(", "));
}

QString servesText(const LicenceServer &s)
{
    if (s.servesEverything())
        return Ctl::tr("everyone");
    return (s.hosts + s.pools + s.vms).join(QStringLiteral(", "));
}

// Probes every server at once and waits for all of them.
QHash<QString, LicenceProbeResult> probeAll(QCoreApplication &app, const QList<LicenceServer> &servers,
                                            int timeoutMs)
{
    QHash<QString, LicenceProbeResult> out;
    int pending = int(servers.size());
    if (pending == 0)
        return out;
    QList<LicenceProbe *> probes;
    for (const LicenceServer &s : servers) {
        auto *p = new LicenceProbe(&app);
        probes.append(p);
        QObject::connect(p, &LicenceProbe::finished, &app, [&](const LicenceProbeResult &r) {
            out.insert(r.server, r);
            if (--pending == 0)
                app.quit();
        });
        p->start(s, LicenceProbe::Options{timeoutMs});
    }
    app.exec();
    qDeleteAll(probes);
    return out;
}
} // namespace

int licenseCommand(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Licence servers: list the registry, probe one server, or show "
                                        "demand against entitlement per edition."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), Ctl::tr("list, probe NAME or demand"));
    p.addOption({QStringLiteral("workspace"),
                 Ctl::tr("Read licence servers and connections from this workspace file."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("demo"), Ctl::tr("Use the built-in demo cluster and its demo licence servers.")});
    p.addOption({QStringLiteral("timeout"), Ctl::tr("Milliseconds a probe may take (default 8000)."),
                 QStringLiteral("ms"), QStringLiteral("8000")});
    p.addOption({QStringLiteral("no-probe"), Ctl::tr("demand: do not probe the servers first.")});
    addFormatOption(p);
    p.process(args);
    const auto format = formatOf(p);
    if (!format)
        return 2;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"list" && action != u"probe" && action != u"demand") {
        ctlError(Ctl::tr("license: give list, probe NAME or demand"));
        return 2;
    }
    const bool demo = p.isSet(QStringLiteral("demo"));
    const int timeoutMs = std::max(100, p.value(QStringLiteral("timeout")).toInt());

    QList<LicenceServer> servers;
    Workspace ws(p.isSet(QStringLiteral("workspace")) ? p.value(QStringLiteral("workspace"))
                                                      : Workspace::defaultPath());
    if (demo) {
        servers = DemoCluster::licenceServers(QDate::currentDate());
    } else {
        if (Status s = ws.load(); !s) {
            ctlError(s.error().toString());
            return 1;
        }
        if (!ws.licenceServersError().isNull()) {
            ctlError(ws.licenceServersError().toString());
            return 1;
        }
        servers = ws.licenceServers();
    }

    if (action == u"list") {
        if (*format == Format::Json) {
            printJson({{QStringLiteral("servers"), LicenceServers::toJson(servers)}});
            return 0;
        }
        Table t({Ctl::tr("NAME"), Ctl::tr("KIND"), Ctl::tr("ADDRESS"), Ctl::tr("SERVES"),
                 Ctl::tr("ENTITLEMENTS")});
        for (const LicenceServer &s : servers)
            t.addRow({s.name + (s.demo ? Ctl::tr(" (demo)") : QString()), LicenceServer::kindText(s.kind),
                      QStringLiteral("%1:%2").arg(s.address).arg(s.port), servesText(s),
                      entitlementsText(s)});
        printText(t.toString());
        return 0;
    }

    if (action == u"probe") {
        const QString name = pos.value(1);
        const LicenceServer *s = LicenceServers::find(servers, name);
        if (!s) {
            ctlError(name.isEmpty() ? Ctl::tr("license probe: give the name of a server (see license list)")
                                    : Ctl::tr("no licence server named \"%1\"").arg(name));
            return 2;
        }
        const LicenceProbeResult r = probeAll(app, {*s}, timeoutMs).value(s->name);
        if (*format == Format::Json) {
            printJson(r.toJson());
        } else {
            Table t({Ctl::tr("FIELD"), Ctl::tr("VALUE")});
            t.addRow({Ctl::tr("Server"), QStringLiteral("%1 (%2:%3)").arg(s->name, s->address).arg(s->port)});
            t.addRow({Ctl::tr("State"), r.stateText()});
            t.addRow({Ctl::tr("Summary"), r.summary()});
            if (!r.error.detail.isEmpty())
                t.addRow({Ctl::tr("Detail"), r.error.detail});
            if (r.rttMs >= 0)
                t.addRow({Ctl::tr("Round trip"), Ctl::tr("%1 ms").arg(r.rttMs)});
            if (r.certificate) {
                t.addRow({Ctl::tr("TLS"), r.tlsProtocol});
                t.addRow({Ctl::tr("Subject"), r.certificate->subject});
                t.addRow({Ctl::tr("Issuer"), r.certificate->issuer});
                t.addRow({Ctl::tr("Names"), r.certificate->sans.join(QStringLiteral(", "))});
                t.addRow({Ctl::tr("Expires"), r.certificate->notAfter.toString(Qt::ISODate)});
                t.addRow({Ctl::tr("Chain"), r.chainValid ? Ctl::tr("valid (%1)").arg(r.trustedBy)
                                                         : r.chainErrors.join(QStringLiteral("; "))});
                t.addRow({Ctl::tr("Host name"),
                          r.hostnameMatches ? Ctl::tr("matches") : Ctl::tr("does not match")});
            }
            printText(t.toString());
        }
        return r.healthy() || r.state == LicenceProbeResult::State::Demo ? 0 : 1;
    }

    // demand
    QList<HostSnapshot> snapshots;
    QList<NvmlFacts> nvml;
    if (demo) {
        auto loaded = loadDemoSnapshots(app, 60);
        if (!loaded) {
            ctlError(loaded.error().toString());
            return 1;
        }
        snapshots = loaded.value();
        for (const HostSnapshot &s : std::as_const(snapshots))
            nvml.append(TelemetrySimulator().facts(s, QDateTime::currentDateTimeUtc()));
    } else {
        LibvirtEventLoop loop;
        LibvirtConnectionFactory factory(&loop, LibvirtWorker::Options{});
        Inventory inventory(&factory);
        QObject::connect(&inventory, &Inventory::allHostsLoaded, &app, &QCoreApplication::quit);
        for (const SavedConnection &c : ws.connections())
            inventory.addHost(c.uri, c.name);
        if (inventory.hostCount() > 0) {
            QTimer::singleShot(60000, &app, &QCoreApplication::quit);
            app.exec();
        }
        for (const QString &id : inventory.hostIds()) {
            const Inventory::Host *h = inventory.host(id);
            if (!h->loaded) {
                ctlError(h->lastError.isNull() ? Ctl::tr("%1: no answer before the timeout").arg(h->uri)
                                               : h->lastError.toString());
                continue;
            }
            HostSnapshot s = h->snapshot;
            s.hostname = h->displayName;
            snapshots.append(s);
            nvml.append(NvmlFacts{}); // the CLI does not talk to agents here: licence states unknown
        }
    }
    QList<LicenceFleetHost> fleet;
    for (qsizetype i = 0; i < snapshots.size(); ++i)
        fleet.append({QStringLiteral("h%1").arg(i + 1), snapshots[i].hostname, &snapshots[i], &nvml[i]});
    const QHash<QString, LicenceProbeResult> probes = p.isSet(QStringLiteral("no-probe"))
                                                          ? QHash<QString, LicenceProbeResult>{}
                                                          : probeAll(app, servers, timeoutMs);
    const LicenceDemand d = LicenceDemand::compute(fleet, servers, probes);
    if (*format == Format::Json) {
        QJsonObject o = d.toJson();
        QJsonArray probeArray;
        for (const LicenceServer &s : servers)
            if (probes.contains(s.name))
                probeArray.append(probes.value(s.name).toJson());
        o.insert(QStringLiteral("probes"), probeArray);
        printJson(o);
        return 0;
    }
    Table t({Ctl::tr("EDITION"), Ctl::tr("ASSIGNED"), Ctl::tr("RUNNING"), Ctl::tr("LICENSED"),
             Ctl::tr("ENTITLED")});
    for (auto it = d.fleet.cbegin(); it != d.fleet.cend(); ++it)
        t.addRow({Labels::editionText(it.key()), QString::number(it->assigned), QString::number(it->running),
                  QString::number(it->licensed), QString::number(it->entitled)});
    QString out = t.toString();
    if (!d.warnings.isEmpty()) {
        out += u'\n' + Ctl::tr("Warnings:") + u'\n';
        for (const LicenceWarning &w : d.warnings)
            out += (w.critical ? QStringLiteral("  ! ") : QStringLiteral("  - ")) + w.text + u'\n';
    }
    printText(out);
    return 0;
}
