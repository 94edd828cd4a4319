// The built-in demo cluster: libvirt test-driver hosts shipped as resources, plus the facts a host
// agent would report for them (driver bindings, boot VGA), clearly simulated.
#pragma once

#include "core/result.h"
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
};
