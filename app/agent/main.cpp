// gpuvirt-agent: the host daemon. Serves sysfs and NVML facts, readiness checks, telemetry and the
// privileged GPU actions over mutual TLS (docs/agent-protocol.md); also enrols the consoles it admits.
#include "agent/agentserver.h"
#include "agent/agentservice.h"
#include "agent/clientallowlist.h"
#include "agent/sysfskernelemulator.h"
#include "agent/sysfsscanner.h"
#include "agent/sysfssnapshot.h"
#include "agent/sysfswriter.h"
#include "core/translations.h"
#include "licensing/tokenpush.h"
#include "security/identity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSysInfo>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <netinet/in.h>

namespace {

struct AgentMain
{
    Q_DECLARE_TR_FUNCTIONS(gpuvirt_agent)
};

constexpr quint16 kDefaultPort = 7447;

void say(const QString &line)
{
    std::fprintf(stderr, "gpuvirt-agent: %s\n", qPrintable(line));
    std::fflush(stderr);
}

int fail(const QString &line)
{
    say(line);
    return 1;
}

// "0.0.0.0:7447", "[::1]:7447", "127.0.0.1:0", ":7447", "7447"
bool parseListen(const QString &text, QString &address, quint16 &port)
{
    QString host = QStringLiteral("0.0.0.0");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (host.isEmpty())
            host = QStringLiteral("0.0.0.0");
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    unsigned char probe[sizeof(in6_addr)];
    const QByteArray h = host.toLatin1();
    if (!ok || p > 65535 ||
        (inet_pton(AF_INET, h.constData(), probe) != 1 && inet_pton(AF_INET6, h.constData(), probe) != 1))
        return false;
    address = host;
    port = quint16(p);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // A small daemon that lives for months: one malloc arena instead of one per thread that ever scanned,
    // and Qt's own event dispatcher rather than GLib's.
    mallopt(M_ARENA_MAX, 1);
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gpuvirt-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUVIRT_VERSION));
    Translations::install(app, {});

    QCommandLineParser p;
    p.setApplicationDescription(
        AgentMain::tr("GPU Virtualization Console host agent: GPU facts, readiness checks, "
                      "telemetry and privileged GPU actions over mutual TLS."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        AgentMain::tr("Address and port to listen on (default 0.0.0.0:%1).").arg(kDefaultPort),
        AgentMain::tr("address:port"), QStringLiteral("0.0.0.0:%1").arg(kDefaultPort));
    const QCommandLineOption stateDir(
        QStringLiteral("state-dir"),
        AgentMain::tr("Directory of the key, certificate, admitted clients and action log."),
        AgentMain::tr("dir"), QStringLiteral("/var/lib/gpuvirt-agent"));
    const QCommandLineOption root(
        QStringLiteral("root"),
        AgentMain::tr("Root of the sysfs and procfs trees to read and write (default /)."),
        AgentMain::tr("dir"), QStringLiteral("/"));
    const QCommandLineOption nvml(
        QStringLiteral("nvml-library"),
        AgentMain::tr("NVML library to load, or \"none\" (default libnvidia-ml.so.1)."),
        AgentMain::tr("path"));
    const QCommandLineOption emulate(
        QStringLiteral("emulate-kernel"),
        AgentMain::tr("Act on a generated tree as the kernel would (tests and demonstrations only)."));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        AgentMain::tr("Serve simulated NVML figures for the GPUs of the tree instead of loading NVML "
                      "(demonstrations and benchmarks only)."));
    const QCommandLineOption enroll(
        QStringLiteral("enroll"),
        AgentMain::tr("Admit the console with this certificate fingerprint, then exit."),
        AgentMain::tr("fingerprint"));
    const QCommandLineOption role(
        QStringLiteral("role"),
        AgentMain::tr("Role of an enrolled console: viewer (reads) or operator (also acts)."),
        AgentMain::tr("role"), QStringLiteral("viewer"));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     AgentMain::tr("A note kept with an enrolled console."),
                                     AgentMain::tr("text"));
    const QCommandLineOption revoke(QStringLiteral("revoke"),
                                    AgentMain::tr("Remove an admitted console, then exit."),
                                    AgentMain::tr("fingerprint"));
    const QCommandLineOption list(QStringLiteral("list-clients"),
                                  AgentMain::tr("Print the admitted consoles, then exit."));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        AgentMain::tr(
            "Print this agent's certificate fingerprint (making the identity if needed), then exit."));
    const QCommandLineOption tokenDir(
        QStringLiteral("token-dir"),
        AgentMain::tr("Directory where operators may push licence client configuration tokens for the "
                      "guests (repeatable; default %1).")
            .arg(TokenPush::defaultDirectory()),
        AgentMain::tr("dir"));
    p.addOptions({listen, stateDir, root, nvml, emulate, simulate, enroll, role, comment, revoke, list,
                  fingerprint, tokenDir});
    p.process(app);

    const QString state = p.value(stateDir);
    if (!QDir().mkpath(state))
        return fail(AgentMain::tr("cannot create the state directory %1").arg(state));
    QFile::setPermissions(state, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ClientAllowlist allowlist(QDir(state).filePath(QStringLiteral("clients.json")));
    if (Status s = allowlist.load(); !s)
        return fail(s.error().toString());

    if (p.isSet(enroll)) {
        const std::optional<ClientRole> r = ClientRoles::parse(p.value(role));
        if (!r)
            return fail(AgentMain::tr("unknown role \"%1\": use viewer or operator").arg(p.value(role)));
        if (Status s = allowlist.enroll(p.value(enroll), *r, p.value(comment)); !s)
            return fail(s.error().toString());
        say(AgentMain::tr("enrolled %1 as %2")
                .arg(normalizeFingerprint(p.value(enroll)), ClientRoles::key(*r)));
        return 0;
    }
    if (p.isSet(revoke)) {
        if (Status s = allowlist.revoke(p.value(revoke)); !s)
            return fail(s.error().toString());
        say(AgentMain::tr("revoked %1").arg(normalizeFingerprint(p.value(revoke))));
        return 0;
    }
    if (p.isSet(list)) {
        for (const ClientAllowlist::Entry &e : allowlist.entries())
            std::printf("%s %s %s\n", qPrintable(e.fingerprint), qPrintable(ClientRoles::key(e.role)),
                        qPrintable(e.comment));
        return 0;
    }

    const QString hostname = QSysInfo::machineHostName();
    Result<Identity> identity =
        loadOrCreateIdentity(QDir(state).filePath(QStringLiteral("identity")), hostname, {hostname});
    if (!identity)
        return fail(identity.error().toString());
    if (p.isSet(fingerprint)) {
        std::printf("%s\n", qPrintable(identity->fingerprint()));
        return 0;
    }

    QString address;
    quint16 port = 0;
    if (!parseListen(p.value(listen), address, port))
        return fail(AgentMain::tr("cannot read --listen %1: use address:port").arg(p.value(listen)));

    AgentServer server(identity.value(), &allowlist);
    std::unique_ptr<SysfsWriter> writer;
    if (p.isSet(emulate))
        writer = std::make_unique<SysfsKernelEmulator>(p.value(root));
    else
        writer = std::make_unique<KernelSysfsWriter>();
    AgentService::Options options;
    options.root = p.value(root);
    options.hostname = hostname;
    options.nvmlLibrary = p.value(nvml);
    options.tokenDirectories =
        p.isSet(tokenDir) ? p.values(tokenDir) : QStringList{TokenPush::defaultDirectory()};
    for (const QString &dir : std::as_const(options.tokenDirectories))
        QDir().mkpath(dir); // where it cannot be made, pushes are refused with the reason
    if (p.isSet(simulate)) {
        Result<SysfsFacts> facts = SysfsScanner::scanHost(options.root);
        if (!facts)
            return fail(facts.error().toString());
        options.simulatedHost = snapshotFromSysfs(facts.value(), hostname);
    }
    AgentService service(&server, *writer, options);

    // The log goes to standard error: journald keeps it under systemd.
    QObject::connect(&service, &AgentService::actionLogged, &app, [](const QString &line) { say(line); });
    QObject::connect(&server, &AgentServer::clientConnected, &app, [](const PeerInfo &peer) {
        say(AgentMain::tr("client connected: %1").arg(peer.toString()));
    });
    QObject::connect(&server, &AgentServer::clientRefused, &app,
                     [](const QString &from, const QString &fp, const Error &why) {
                         say(AgentMain::tr("refused %1 %2: %3").arg(from, fp, why.toString()));
                     });
    QObject::connect(
        &server, &AgentServer::clientDisconnected, &app, [](const PeerInfo &peer, const Error &why) {
            say(why.isNull() ? AgentMain::tr("client left: %1").arg(peer.toString())
                             : AgentMain::tr("client dropped: %1: %2").arg(peer.toString(), why.toString()));
        });
    QObject::connect(&server, &AgentServer::problem, &app, [](const Error &e) { say(e.toString()); });

    if (Status s = server.listen(address, port); !s)
        return fail(s.error().toString());
    // Tests and scripts read the port (it may have been 0) and the fingerprint from this line.
    say(QStringLiteral("listening on %1:%2 fingerprint %3")
            .arg(server.address())
            .arg(server.port())
            .arg(server.fingerprint()));

    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    std::signal(SIGPIPE, SIG_IGN);
    return app.exec();
}
