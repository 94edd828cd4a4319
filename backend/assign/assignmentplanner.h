// Request + snapshot + the VMs' current domain XML -> a plan. Which steps a plan has depends on the VMs'
// state (live attach, or the configuration only) and on the host (mdevs and vfio binding through libvirt's
// node-device API, or through the agent; MIG instances always through the agent). Pure: runs anywhere.
#pragma once

#include "assignmentplan.h"
#include "core/result.h"
#include "hostcapabilities.h"

#include <QMap>

#include <functional>

namespace AssignmentPlanner {

struct Options
{
    QString planId;                       // empty: a new uuid
    std::function<QString()> newMdevUuid; // empty: QUuid; tests make them predictable
};

// domainXml: each target VM's configuration (virDomainGetXMLDesc with INACTIVE | SECURE), or its live XML
// for a transient VM. Fails with the verdict's first refusal when the request is refused.
Result<AssignmentPlan> plan(const AssignmentRequest &request, const QString &hostId, const HostSnapshot &host,
                            const HostCapabilities &caps, const QMap<QString, QString> &domainXml,
                            const Options &options = {});

} // namespace AssignmentPlanner
