// Host snapshots for cluster-wide commands, from the built-in demo.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

#include <QCoreApplication>

// Loads the demo hosts (libvirt test driver, simulated agent facts); host names are the demo's names.
Result<QList<HostSnapshot>> loadDemoSnapshots(QCoreApplication &app, int timeoutSeconds);
