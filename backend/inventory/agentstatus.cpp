#include "agentstatus.h"

std::optional<ReadinessSeverity> AgentStatus::worstFor(const PciAddress &address) const
{
    if (!readinessLoaded)
        return std::nullopt;
    std::optional<ReadinessSeverity> worst;
    for (const ReadinessCheck &c : readiness.checks) {
        if (c.subject == address && (!worst || c.severity > *worst))
            worst = c.severity;
    }
    return worst;
}
