// The built-in demo cluster: libvirt test-driver hosts shipped as resources, plus the facts a host
// agent would report for them (driver bindings, boot VGA), clearly simulated.
#pragma once

#include "core/result.h"
#include "licensing/licenceserver.h"
#include "model/hostsnapshot.h"

#include <QList>
#include <QString>

class DemoCluster
{
public:
    struct Host
    {
        QString name; // "vdi-a16-01"
        QString path; // the extracted XML file
        QString uri;  // test:///<path>
        AgentFacts facts;
    };

    // Writes every demo host into `dir` (which must exist) and returns them in a stable order.
    static Result<QList<Host>> extract(const QString &dir);
    // Driver bindings as the XML's <driver> elements give them (libvirt's test driver drops them),
    // and the boot VGA functions.
    static AgentFacts simulatedFacts(const QByteArray &xml, const QList<PciAddress> &bootVga);
    // Three invented licence servers for the demo's hosts (a DLS, a CLS and a legacy server), marked demo:
    // the console shows them but never probes them, since their addresses (*.demo.invalid) exist nowhere.
    // Expiry dates are relative to `today`, so that the demo always shows an entitlement about to expire
    // and one expired.
    static QList<LicenceServer> licenceServers(const QDate &today);
};
