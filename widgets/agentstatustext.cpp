#include "agentstatustext.h"

#include "agent/clientallowlist.h"

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString AgentStatusText::state(const AgentStatus &agent)
{
    switch (agent.state) {
    case AgentStatus::State::None:
        return tr("No agent", "@item agent link state");
    case AgentStatus::State::Connecting:
        return tr("Connecting", "@item agent link state");
    case AgentStatus::State::AwaitingTrust:
        return tr("Awaiting trust", "@item agent link state: the operator has not accepted its certificate");
    case AgentStatus::State::Connected:
        return tr("Connected", "@item agent link state");
    case AgentStatus::State::Lost:
        return agent.retryInSeconds > 0 ? tr("Unreachable, retrying in %n second(s)",
                                             "@item agent link state", agent.retryInSeconds)
                                        : tr("Unreachable", "@item agent link state");
    case AgentStatus::State::Refused:
        return tr("Refused", "@item agent link state");
    }
    return {};
}

QString AgentStatusText::colour(AgentStatus::State s)
{
    switch (s) {
    case AgentStatus::State::Connected:
        return QStringLiteral("#2e9e44");
    case AgentStatus::State::Connecting:
    case AgentStatus::State::AwaitingTrust:
        return QStringLiteral("#d99a1e");
    case AgentStatus::State::Lost:
    case AgentStatus::State::Refused:
        return QStringLiteral("#d6403a");
    case AgentStatus::State::None:
        break;
    }
    return QStringLiteral("#8a8a8a");
}

QString AgentStatusText::statusHtml(const AgentStatus &a)
{
    const QString sep = QStringLiteral(" · ");
    QString first = QStringLiteral("<span style=\"color:%1\">&#9679;</span> <b>%2</b>")
                        .arg(colour(a.state), esc(tr("Agent: %1", "@label agent link state").arg(state(a))));
    if (!a.address.isEmpty())
        first += sep + esc(a.address);
    if (!a.role.isEmpty())
        first +=
            sep + esc(tr("role %1", "@label what the agent admitted the console as: viewer or operator")
                          .arg(ClientRoles::parse(a.role) ? ClientRoles::text(*ClientRoles::parse(a.role))
                                                          : a.role));
    if (a.simulated)
        first +=
            sep + QStringLiteral("<i>%1</i>").arg(esc(tr("simulated", "@label the demo's in-process agent")));
    QStringList lines{first};
    if (!a.error.isNull() && a.state != AgentStatus::State::Connected)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(colour(a.state), esc(a.error.summary));
    if (!a.fingerprint.isEmpty())
        lines << esc(tr("Certificate fingerprint (SHA-256): %1").arg(a.fingerprint));
    if (!a.agentName.isEmpty())
        lines << esc(tr("Agent %1 on %2", "@info agent version, hostname").arg(a.agentVersion, a.agentName));
    if (a.factsLoaded) {
        const NvmlFacts &n = a.nvml;
        QString nvml;
        if (n.available) {
            QStringList parts;
            if (!n.driverVersion.isEmpty())
                parts << tr("driver %1", "@info NVIDIA driver version").arg(n.driverVersion);
            if (n.cudaDriverVersion)
                parts << tr("CUDA %1.%2")
                             .arg(*n.cudaDriverVersion / 1000)
                             .arg(*n.cudaDriverVersion % 1000 / 10);
            parts << tr("%n GPU(s)", "@info GPUs NVML sees", int(n.gpus.size()));
            nvml = tr("NVML available: %1", "@info list of facts").arg(parts.join(QStringLiteral(", ")));
            if (n.simulated)
                nvml += sep + tr("simulated figures");
        } else {
            nvml = n.unavailableReason.isEmpty()
                       ? tr("NVML not available")
                       : tr("NVML not available: %1", "@info the reason").arg(n.unavailableReason);
            if (!a.sysfs.platform.nvidiaDriverVersion.isEmpty())
                nvml +=
                    sep +
                    tr("driver %1", "@info NVIDIA driver version").arg(a.sysfs.platform.nvidiaDriverVersion);
        }
        lines << esc(nvml);
    }
    return lines.join(QStringLiteral("<br>"));
}

QString AgentStatusText::missingReport(const AgentStatus &a)
{
    if (a.readinessLoaded)
        return {};
    switch (a.state) {
    case AgentStatus::State::None:
        return tr("No agent configured for this host: add its address in the connection.");
    case AgentStatus::State::AwaitingTrust:
        return tr("Waiting for you to trust the agent's certificate…");
    case AgentStatus::State::Refused:
    case AgentStatus::State::Lost:
        if (!a.error.isNull())
            return a.error.detail.isEmpty() ? a.error.summary : a.error.summary + u'\n' + a.error.detail;
        return state(a);
    case AgentStatus::State::Connecting:
    case AgentStatus::State::Connected:
        if (!a.error.isNull()) // connected, but the report could not be fetched or read
            return a.error.summary;
        break;
    }
    return tr("Waiting for the agent…");
}
