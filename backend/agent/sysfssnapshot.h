// A host snapshot from what sysfs says alone: the agent's simulated telemetry needs one where there is no
// libvirt (gpuvirt-agent --simulate on a generated tree, the agent benchmark).
#pragma once

#include "model/hostsnapshot.h"
#include "sysfsfacts.h"

HostSnapshot snapshotFromSysfs(const SysfsFacts &facts, const QString &hostname);
