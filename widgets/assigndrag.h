// What a drag of something assignable carries (application/x-gpuvirt-assign-source), and what each object
// of the cluster offers to drag: a whole GPU or function, a vGPU type, a free mdev, a MIG slot, a VF, or a
// device a VM holds (dragged off the VM to release it).
#pragma once

#include "assign/assignmentrequest.h"
#include "inventory/objectref.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QMimeData;

namespace AssignDrag {

inline constexpr char MimeType[] = "application/x-gpuvirt-assign-source";

struct Payload
{
    AssignmentSource source;
    // Set when the device is held by a VM: dropping it away from the VM releases it from there.
    QString heldBy; // vm uuid
    Hostdev hostdev;
    QString label; // what the drag shows: "A16-2Q on 0000:41:00.0"
    bool held() const { return !heldBy.isEmpty(); }
};

QByteArray encode(const Payload &p);
std::optional<Payload> decode(const QByteArray &data);
QMimeData *toMime(const Payload &p);
std::optional<Payload> fromMime(const QMimeData *mime);

// What dragging this object offers; nullopt when it cannot be assigned to a VM (a host, an IOMMU group …).
std::optional<Payload> payloadFor(const ObjectRef &ref, const HostSnapshot &host);

} // namespace AssignDrag
