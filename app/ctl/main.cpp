// gpuvirtctl: what scripts need from a terminal. Each command lives in its own file; output formats are
// documented in docs/.
#include "commands.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// The command word: the first argument that is not --lang or its value.
const char *commandOf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        return argv[i];
    }
    return "";
}
} // namespace

int main(int argc, char **argv)
{
    // Only the report draws (fonts, PDF): it gets a GUI application, on the offscreen platform when there is
    // no display, so that it works over SSH and in cron. Every other command stays a plain core application.
    const bool drawing = std::strcmp(commandOf(argc, argv), "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = drawing ? std::make_unique<QGuiApplication>(argc, argv)
                                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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
        return planCommand(app, QStringList{args[0]} + args.mid(2));
    if (command == u"timeslice")
        return timesliceCommand(QStringList{args[0]} + args.mid(2));
    if (command == u"agent")
        return agentCommand(QStringList{args[0]} + args.mid(2));
    if (command == u"readiness")
        return readinessCommand(QStringList{args[0]} + args.mid(2));
    if (command == u"report")
        return reportCommand(app, QStringList{args[0]} + args.mid(2));
    if (command == u"license" || command == u"licence")
        return licenseCommand(app, QStringList{args[0]} + args.mid(2));
    if (command.isEmpty() || command == u"--help" || command == u"-h" || command == u"help") {
        std::printf("%s\n",
                    qPrintable(Ctl::tr(
                        "Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]\n\n"
                        "Commands:\n"
                        "  inventory   print the cluster's GPUs, IOMMU groups and VMs (json or table)\n"
                        "  plan        preview the placement of requests on a cluster (json or table)\n"
                        "  timeslice   simulate how one GPU time-slices its vGPUs (json or table)\n"
                        "  agent       probe a host agent, call its methods, show this console's identity\n"
                        "  readiness   check a host for passthrough and vGPU (agent, sysfs root or local)\n"
                        "  report      write the cluster report as PDF or CSV tables (no display needed)\n"
                        "  license     licence servers: list, probe NAME, demand against entitlement\n\n"
                        "gpuvirtctl COMMAND --help describes a command's options.")));
        return command.isEmpty() ? 2 : 0;
    }
    ctlError(Ctl::tr("unknown command \"%1\"; see gpuvirtctl --help").arg(command));
    return 2;
}
