// What a host's agent has told the console, beside libvirt's snapshot: its link, facts, readiness and
// latest telemetry sample.
#pragma once

#include "agent/nvmlfacts.h"
#include "agent/readiness.h"
#include "agent/sysfsfacts.h"
#include "agent/telemetry.h"
#include "core/result.h"

#include <optional>

struct AgentStatus
{
    enum class State { None, Connecting, AwaitingTrust, Connected, Lost, Refused };

    State state = State::None; // None: no agent configured for the host
    QString address;           // "host:port"
    QString fingerprint;       // the agent's certificate, as last seen
    QString agentName;         // the hostname the agent reports
    QString agentVersion;
    QString role;           // what the agent admitted us as: "viewer" or "operator"
    bool simulated = false; // the demo's in-process agents
    Error error;            // why the link is Lost or Refused, or the last failed request
    int retryInSeconds = 0;

    bool factsLoaded = false;
    SysfsFacts sysfs;
    NvmlFacts nvml;
    bool readinessLoaded = false;
    ReadinessReport readiness;
    std::optional<TelemetrySample> telemetry; // the latest; history is kept by whoever charts it

    // The worst readiness finding about one function, or about the host when address is invalid.
    std::optional<ReadinessSeverity> worstFor(const PciAddress &address) const;
};
