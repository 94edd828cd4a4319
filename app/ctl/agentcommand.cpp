// gpuvirtctl agent: probe a host agent (identity, trust, facts summary), call any of its methods, show the
// console's own fingerprint for enrolment, forget a pinned agent (docs/agent-cli.md).
#include "agent/agentclient.h"
#include "agent/agentprobe.h"
#include "agent/rpcmessage.h"
#include "agentconnection.h"
#include "commands.h"
#include "security/pinstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

void printJson(const QJsonValue &v)
{
    QByteArray text;
    if (v.isObject())
        text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    else if (v.isArray())
        text = QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented);
    else if (v.isUndefined())
        text = "null\n";
    else // a scalar: QJsonDocument holds only objects and arrays
        text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1) + '\n';
    std::fputs(text.constData(), stdout);
}

// The single positional argument a subcommand needs, or a usage error.
std::optional<QString> onePositional(const QCommandLineParser &p, const QString &what)
{
    if (p.positionalArguments().size() != 1) {
        ctlError(Ctl::tr("give exactly one %1; see --help").arg(what));
        return std::nullopt;
    }
    return p.positionalArguments().first();
}

int probe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Connect to a host agent and show its identity, whether it is trusted, "
                "and a summary of its facts."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("host"), Ctl::tr("The agent: HOST[:PORT] (default port 7447)."));
    addAgentOptions(p);
    addFormatOption(p);
    p.process(args);
    const auto format = formatOf(p);
    const auto target = onePositional(p, Ctl::tr("agent address"));
    if (!format || !target)
        return CtlExit::NoContact;

    AgentConnection connection;
    if (const int rc = connection.open(p, *target); rc != CtlExit::Ok)
        return rc;
    AgentProbe probe;
    probe.hostPort = connection.hostPort();
    probe.fingerprint = connection.fingerprint();
    probe.pin = connection.pin() == AgentConnection::Pin::PinnedNow ? AgentProbe::Pin::PinnedNow
                                                                    : AgentProbe::Pin::Pinned;
    probe.pinnedAt = connection.pinnedAt();
    probe.consoleFingerprint = connection.identity().fingerprint();
    probe.name = connection.client()->agentName();
    int rc = CtlExit::Ok;
    if (const Result<QJsonValue> hello = connection.call(QStringLiteral("agent.hello")); hello) {
        probe.hello = hello->toObject();
    } else {
        ctlError(hello.error().toString());
        rc = CtlExit::Failed;
    }
    if (const Result<QJsonValue> facts = connection.call(QStringLiteral("facts.get")); !facts) {
        probe.factsError = facts.error();
        ctlError(facts.error().toString());
        rc = CtlExit::Failed;
    } else if (Status s = probe.setFacts(facts.value()); !s) {
        ctlError(s.error().toString());
        rc = CtlExit::Failed;
    }
    if (*format == Format::Json)
        printJson(probe.toJson());
    else
        std::fputs(probe.toTable().toUtf8().constData(), stdout);
    return rc;
}

int call(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Call one method of a host agent and print its JSON result, or the "
                                        "JSON-RPC error with its code."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("host"), Ctl::tr("The agent: HOST[:PORT] (default port 7447)."));
    p.addPositionalArgument(QStringLiteral("method"),
                            Ctl::tr("The method, e.g. mdev.create (docs/agent-protocol.md)."));
    p.addPositionalArgument(QStringLiteral("params"), Ctl::tr("Its parameters as a JSON object or array."),
                            QStringLiteral("[params]"));
    addAgentOptions(p);
    p.process(args);
    const QStringList pos = p.positionalArguments();
    if (pos.size() < 2 || pos.size() > 3) {
        ctlError(Ctl::tr("agent call takes HOST[:PORT] METHOD [JSON-PARAMS]; see --help"));
        return CtlExit::NoContact;
    }
    QJsonValue params;
    if (pos.size() == 3) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(pos[2].toUtf8(), &perr);
        if (perr.error != QJsonParseError::NoError || doc.isNull()) {
            ctlError(Ctl::tr("the parameters are not a JSON object or array: %1").arg(perr.errorString()));
            return CtlExit::NoContact;
        }
        params = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    AgentConnection connection;
    if (const int rc = connection.open(p, pos[0]); rc != CtlExit::Ok)
        return rc;
    const Result<QJsonValue> r = connection.call(pos[1], params);
    if (r) {
        printJson(r.value());
        return CtlExit::Ok;
    }
    const Error &e = r.error();
    ctlError(e.toString());
    // The agent's own answer (a JSON-RPC code) is a result for scripts; losing the agent is not.
    if (e.code >= 0)
        return CtlExit::NoContact;
    QJsonObject error{{QStringLiteral("code"), e.code},
                      {QStringLiteral("name"), Rpc::codeName(e.code)},
                      {QStringLiteral("message"), e.summary}};
    if (!e.detail.isEmpty())
        error.insert(QStringLiteral("detail"), e.detail);
    printJson(QJsonObject{{QStringLiteral("error"), error}});
    return CtlExit::Failed;
}

int identity(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Print this console's certificate fingerprint, which the administrator "
                "of a host enrols with gpuvirt-agent --enroll (the identity is made "
                "when missing)."));
    p.addHelpOption();
    addIdentityOptions(p);
    p.addOption({QStringLiteral("format"), Ctl::tr("text (the fingerprint alone, default) or json."),
                 QStringLiteral("format"), QStringLiteral("text")});
    p.process(args);
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json") {
        ctlError(Ctl::tr("unknown format \"%1\": use text or json").arg(format));
        return CtlExit::NoContact;
    }
    const std::optional<Identity> id = loadConsoleIdentity(p);
    if (!id)
        return CtlExit::NoContact;
    const QString fp = id->fingerprint();
    const QString enroll = QStringLiteral("gpuvirt-agent --enroll %1 --role viewer").arg(fp);
    if (format == u"json") {
        printJson(QJsonObject{
            {QStringLiteral("fingerprint"), fp},
            {QStringLiteral("commonName"), id->commonName()},
            {QStringLiteral("expires"), id->expiryDate().toUTC().toString(Qt::ISODate)},
            {QStringLiteral("enroll"), enroll}});
        return CtlExit::Ok;
    }
    std::printf("%s\n", qPrintable(fp));
    ctlError(Ctl::tr("to admit this console, run on the host:\n  %1\n(or --role operator to allow actions)")
                 .arg(enroll));
    return CtlExit::Ok;
}

int forget(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Forget the pinned fingerprint of an agent (after it was reinstalled on "
                "purpose); the next contact is a first contact again."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("host"), Ctl::tr("The agent: HOST[:PORT] (default port 7447)."));
    addIdentityOptions(p);
    p.process(args);
    const auto text = onePositional(p, Ctl::tr("agent address"));
    if (!text)
        return CtlExit::NoContact;
    const std::optional<AgentTarget> target = AgentTarget::parse(*text);
    if (!target) {
        ctlError(
            Ctl::tr("cannot read the agent address \"%1\": use HOST, HOST:PORT or [IPv6]:PORT").arg(*text));
        return CtlExit::NoContact;
    }
    PinStore pins(p.isSet(QStringLiteral("pins")) ? p.value(QStringLiteral("pins"))
                                                  : PinStore::defaultPath());
    if (Status s = pins.load(); !s) {
        ctlError(s.error().toString());
        return CtlExit::Failed;
    }
    const QString key = PinStore::hostPortKey(target->host, target->port);
    const QString old = pins.pinned(key);
    if (old.isEmpty()) {
        ctlError(Ctl::tr("no fingerprint is pinned for %1").arg(key));
        return CtlExit::Failed;
    }
    if (Status s = pins.forget(key); !s) {
        ctlError(s.error().toString());
        return CtlExit::Failed;
    }
    ctlError(Ctl::tr("forgot %1 (was %2)").arg(key, old));
    return CtlExit::Ok;
}

} // namespace

int agentCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QStringLiteral(" agent ") + sub} + args.mid(2);
    if (sub == u"probe")
        return probe(rest);
    if (sub == u"call")
        return call(rest);
    if (sub == u"identity")
        return identity(rest);
    if (sub == u"forget")
        return forget(rest);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::printf("%s\n",
                    qPrintable(Ctl::tr(
                        "Usage: gpuvirtctl agent SUBCOMMAND [options]\n\n"
                        "Subcommands:\n"
                        "  probe HOST[:PORT]                 the agent's identity, trust and facts summary\n"
                        "  call HOST[:PORT] METHOD [PARAMS]  call one method, print its JSON result\n"
                        "  identity                          this console's fingerprint, to enrol it\n"
                        "  forget HOST[:PORT]                forget a pinned agent fingerprint\n\n"
                        "gpuvirtctl agent SUBCOMMAND --help describes its options.")));
        return sub.isEmpty() ? CtlExit::NoContact : CtlExit::Ok;
    }
    ctlError(Ctl::tr("unknown agent subcommand \"%1\"; see gpuvirtctl agent --help").arg(sub));
    return CtlExit::NoContact;
}
