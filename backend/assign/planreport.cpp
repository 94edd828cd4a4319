#include "planreport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{QStringLiteral("summary"), e.summary},
                       {QStringLiteral("detail"), e.detail},
                       {QStringLiteral("code"), e.code}};
}
} // namespace

QString StepReport::outcomeKey() const
{
    switch (outcome) {
    case Outcome::NotRun:
        return QStringLiteral("not-run");
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Undone:
        return QStringLiteral("undone");
    case Outcome::UndoFailed:
        return QStringLiteral("undo-failed");
    }
    return {};
}

QJsonObject StepReport::toJson() const
{
    QJsonObject o = step.toJson();
    o[QStringLiteral("outcome")] = outcomeKey();
    if (!detail.isEmpty())
        o[QStringLiteral("detail")] = detail;
    if (!error.isNull())
        o[QStringLiteral("error")] = errorJson(error);
    if (uncertain)
        o[QStringLiteral("uncertain")] = true;
    if (outcome == Outcome::Undone || outcome == Outcome::UndoFailed) {
        QJsonObject undo{{QStringLiteral("ok"), outcome == Outcome::Undone}};
        if (!undoDetail.isEmpty())
            undo[QStringLiteral("detail")] = undoDetail;
        if (!undoError.isNull())
            undo[QStringLiteral("error")] = errorJson(undoError);
        o[QStringLiteral("undo")] = undo;
    }
    return o;
}

QString PlanReport::resultKey() const
{
    switch (result) {
    case Result::Applied:
        return QStringLiteral("applied");
    case Result::RolledBack:
        return QStringLiteral("rolled-back");
    case Result::RollbackIncomplete:
        return QStringLiteral("rollback-incomplete");
    }
    return {};
}

QString PlanReport::resultText() const
{
    switch (result) {
    case Result::Applied:
        return QCoreApplication::translate("Assignment", "Applied", "@label plan result");
    case Result::RolledBack:
        return QCoreApplication::translate("Assignment", "Failed, everything undone", "@label plan result");
    case Result::RollbackIncomplete:
        return QCoreApplication::translate("Assignment", "Failed, and not everything could be undone",
                                           "@label plan result");
    }
    return {};
}

QJsonObject PlanReport::toJson() const
{
    QJsonArray vmArray;
    for (int i = 0; i < vms.size(); ++i)
        vmArray.append(
            QJsonObject{{QStringLiteral("uuid"), vms[i]}, {QStringLiteral("name"), vmNames.value(i)}});
    QJsonArray stepArray;
    for (const StepReport &s : steps)
        stepArray.append(s.toJson());
    QJsonObject o{{QStringLiteral("plan"), planId},
                  {QStringLiteral("host"), hostName},
                  {QStringLiteral("hostId"), hostId},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("vms"), vmArray},
                  {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("result"), resultKey()},
                  {QStringLiteral("steps"), stepArray}};
    if (!error.isNull())
        o[QStringLiteral("error")] = errorJson(error);
    if (recovery)
        o[QStringLiteral("recovery")] = true;
    return o;
}

bool PlanReport::needsRecovery() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const StepReport &s) {
        return s.outcome == StepReport::Outcome::UndoFailed ||
               (s.outcome == StepReport::Outcome::Failed && s.uncertain);
    });
}
