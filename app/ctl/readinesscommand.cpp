// gpuvirtctl readiness: is a host ready for passthrough and vGPU? From its agent, or computed here from a
// sysfs root (docs/agent-cli.md). Exit status 0: no errors, 1: errors found, 2: usage or connection.
#include "agent/readiness.h"
#include "agent/readinesslisting.h"
#include "agent/sysfsscanner.h"
#include "agentconnection.h"
#include "commands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

#include <cstdio>

int readinessCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Ctl::tr("Check whether a host is ready for GPU passthrough and vGPU: from its "
                "agent, from a sysfs root, or on this machine. Exit status 0: no "
                "errors; 1: errors found; 2: usage or connection problems."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("host"), Ctl::tr("The agent: HOST[:PORT] (default port 7447)."),
                            QStringLiteral("[host]"));
    p.addOption({QStringLiteral("root"),
                 Ctl::tr("Check the sysfs and procfs tree under this directory instead."),
                 QStringLiteral("dir")});
    p.addOption({QStringLiteral("local"), Ctl::tr("Check this machine (its /sys and /proc).")});
    addAgentOptions(p);
    addFormatOption(p);
    p.process(args);
    const auto format = formatOf(p);
    if (!format)
        return CtlExit::NoContact;
    const QStringList pos = p.positionalArguments();
    const bool root = p.isSet(QStringLiteral("root")), local = p.isSet(QStringLiteral("local"));
    if (pos.size() > 1 || int(pos.size()) + int(root) + int(local) != 1) {
        ctlError(Ctl::tr("give one of HOST[:PORT], --root DIR or --local; see --help"));
        return CtlExit::NoContact;
    }

    ReadinessReport report;
    QString source;
    if (pos.isEmpty()) {
        const QString dir =
            local ? QStringLiteral("/") : QDir(p.value(QStringLiteral("root"))).absolutePath();
        const Result<SysfsFacts> facts = SysfsScanner::scanHost(dir);
        if (!facts) {
            ctlError(facts.error().toString());
            return CtlExit::NoContact;
        }
        report = checkReadiness(facts.value());
        source = local ? Ctl::tr("this machine") : Ctl::tr("the tree %1").arg(dir);
    } else {
        AgentConnection connection;
        if (const int rc = connection.open(p, pos.first()); rc != CtlExit::Ok)
            return rc;
        const Result<QJsonValue> answer = connection.call(QStringLiteral("readiness.get"));
        if (!answer) {
            ctlError(answer.error().toString());
            return CtlExit::NoContact;
        }
        const Result<ReadinessReport> read = ReadinessJson::fromJson(answer->toObject());
        if (!read) {
            ctlError(read.error().toString());
            return CtlExit::NoContact;
        }
        report = read.value();
        source = Ctl::tr("the agent %1").arg(connection.hostPort());
    }
    if (*format == Format::Json)
        std::fputs(QJsonDocument(ReadinessListing::toJson(report, source))
                       .toJson(QJsonDocument::Indented)
                       .constData(),
                   stdout);
    else
        std::fputs(ReadinessListing::toTable(report, source).toUtf8().constData(), stdout);
    return ReadinessListing::count(report, ReadinessSeverity::Error) > 0 ? CtlExit::Failed : CtlExit::Ok;
}
