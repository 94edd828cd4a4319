// Decides, against one host's snapshot, whether a request can be carried out, why not, and how. Pure and
// fast (no I/O, no allocation beyond the verdict): it runs on the GUI thread on every drag move.
#pragma once

#include "assignmentrequest.h"
#include "assignmentverdict.h"
#include "hostcapabilities.h"

namespace AssignmentValidator {

// `host` is the snapshot of the request's host (the source's; for a release, the VM's).
AssignmentVerdict validate(const AssignmentRequest &request, const HostSnapshot &host,
                           const HostCapabilities &caps);
inline AssignmentVerdict validate(const AssignmentRequest &request, const HostSnapshot &host)
{
    return validate(request, host, HostCapabilities::of(host));
}

} // namespace AssignmentValidator
