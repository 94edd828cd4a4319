#include "tokenpush.h"

#include <QUuid>

QString TokenPush::defaultDirectory()
{
    return QStringLiteral("/var/lib/gpuvirt/client-config-token");
}

AssignmentPlan TokenPush::plan(const QString &hostId, const QString &hostName, const QString &directory,
                               const QString &fileName, const ClientToken &token)
{
    AssignmentPlan p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.hostId = hostId;
    p.hostName = hostName;
    p.action = AssignmentPlan::Action::PushToken;
    p.subject = fileName;
    PlanStep s;
    s.kind = PlanStep::Kind::PushToken;
    s.via = PlanStep::Via::Agent;
    s.directory = directory;
    s.fileName = fileName;
    s.content = token.content;
    p.steps.append(s);
    return p;
}
