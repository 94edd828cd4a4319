// Host snapshots for cluster-wide commands, from the built-in demo; what a command says of hosts that did
// not load.
#pragma once

#include "core/result.h"
#include "model/hostsnapshot.h"

#include <QCoreApplication>

class Inventory;

// Loads the demo hosts (libvirt test driver, simulated agent facts); host names are the demo's names.
Result<QList<HostSnapshot>> loadDemoSnapshots(QCoreApplication &app, int timeoutSeconds);

// Says on standard error why each host of the inventory did not load (its error, or no answer before the
// timeout); true when any did not.
bool reportUnloadedHosts(const Inventory &inventory);
