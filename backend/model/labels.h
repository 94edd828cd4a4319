// Stable machine keys for enums (JSON, CLI, roles). Human text is added in widgets/ or the CLI.
#pragma once

#include "hostsnapshot.h"
#include "libvirt/hostconnection.h"

#include <QString>

namespace Labels {
QString vmStateKey(VmState s);                       // "running", "shutoff" …
QString connectionStateKey(HostConnection::State s); // "connected", "lost" …
QString seriesKey(VgpuSeries s);                     // "Q", "B", "A", "C", ""
QString editionKey(LicenseEdition e);                // "vWS", "vPC", "vApps", "vCS", ""
// Translated human text (QCoreApplication::translate, context "Labels"), for views and the CLI's tables.
QString vmStateText(VmState s);
QString connectionStateText(HostConnection::State s);
QString editionText(LicenseEdition e);     // short: "RTX vWS", "vPC"
QString editionFullText(LicenseEdition e); // "NVIDIA RTX Virtual Workstation (vWS)", for tooltips
} // namespace Labels
