// A client configuration token pushed to a host as a plan: one agent step that writes the token into a
// directory the agent allows, run by the PlanRunner like an assignment, reported and audited the same way.
#pragma once

#include "assign/assignmentplan.h"
#include "clienttoken.h"

namespace TokenPush {
// Where gpuvirt-agent allows tokens by default (its --token-dir): a directory on the host from which the
// site's own tooling hands the token to guests (into /etc/nvidia/ClientConfigToken/ on Linux guests). Not
// under the agent's own state directory, which is 0700, and not under /etc, which the unit keeps read-only.
QString defaultDirectory();
AssignmentPlan plan(const QString &hostId, const QString &hostName, const QString &directory,
                    const QString &fileName, const ClientToken &token);
} // namespace TokenPush
