#include "licenceaudit.h"

#include "assign/auditlog.h"

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(LicenceAudit)
};
} // namespace

QJsonObject LicenceAudit::registryRecord(const std::optional<LicenceServer> &before,
                                         const std::optional<LicenceServer> &after,
                                         const QString &operatorIdentity, const QDateTime &time)
{
    QString action, summary;
    const QString name = after ? after->name : before ? before->name : QString();
    if (!before) {
        action = QStringLiteral("licence-server-add");
        summary = AuditText::tr("Add licence server %1").arg(name);
    } else if (!after) {
        action = QStringLiteral("licence-server-remove");
        summary = AuditText::tr("Remove licence server %1").arg(name);
    } else {
        action = QStringLiteral("licence-server-edit");
        summary = before->name == after->name
                      ? AuditText::tr("Edit licence server %1").arg(name)
                      : AuditText::tr("Edit licence server %1 (was %2)").arg(name, before->name);
    }
    QJsonObject o{{QStringLiteral("v"), 1},
                  {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("operator"), operatorIdentity},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("result"), QStringLiteral("applied")},
                  {QStringLiteral("licenceServer"), name}};
    if (before)
        o.insert(QStringLiteral("before"), before->toJson());
    if (after)
        o.insert(QStringLiteral("after"), after->toJson());
    return o;
}

Status LicenceAudit::recordChange(AuditLog &log, const std::optional<LicenceServer> &before,
                                  const std::optional<LicenceServer> &after, const QString &operatorIdentity)
{
    return log.append(registryRecord(before, after, operatorIdentity));
}
