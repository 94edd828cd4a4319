// Translated text about a host's agent link: its state, a status block (address, fingerprint, role, NVML)
// and, while no readiness report is there, why not.
#pragma once

#include "inventory/agentstatus.h"

#include <QCoreApplication>
#include <QString>

struct AgentStatusText
{
    Q_DECLARE_TR_FUNCTIONS(AgentStatusText)
public:
    static QString state(const AgentStatus &agent);  // "Connected", "Unreachable, retrying in 5 seconds" …
    static QString colour(AgentStatus::State state); // "#2e9e44": green connected, amber waiting, red failed
    // Rich text, one fact per line: state (coloured) · address · role · "simulated"; fingerprint; agent;
    // NVML.
    static QString statusHtml(const AgentStatus &agent);
    // Why there is no readiness report yet; empty when there is one.
    static QString missingReport(const AgentStatus &agent);
};
