// Audit records for the licence server registry: every add, edit and remove goes to the same audit log as
// the assignment plans (docs/audit-log.md), with the server before and after.
#pragma once

#include "licenceserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

class AuditLog;

namespace LicenceAudit {
// action: "licence-server-add", "licence-server-edit", "licence-server-remove"; before/after as given.
QJsonObject registryRecord(const std::optional<LicenceServer> &before,
                           const std::optional<LicenceServer> &after, const QString &operatorIdentity,
                           const QDateTime &time = QDateTime::currentDateTimeUtc());
// Appends the record; the Error says why it could not be written.
Status recordChange(AuditLog &log, const std::optional<LicenceServer> &before,
                    const std::optional<LicenceServer> &after, const QString &operatorIdentity);
} // namespace LicenceAudit
