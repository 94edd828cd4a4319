// What happened when a plan ran: every step with its outcome and the libvirt or agent detail, and for the
// steps undone after a failure, how the undo went. A two-level tree a view can show as it is.
#pragma once

#include "assignmentplan.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

struct StepReport
{
    enum class Outcome {
        NotRun,     // the plan stopped before it
        Done,       // ran and stays done
        Failed,     // ran and failed: the plan stopped here
        Undone,     // ran, then was undone after a later step failed
        UndoFailed, // ran, and its undo failed too: the host needs a look
    };
    PlanStep step;
    Outcome outcome = Outcome::NotRun;
    QString detail; // what libvirt or the agent said on success
    Error error;    // the failure of the step (Failed)
    // The undo, when one ran (Undone, UndoFailed).
    QString undoDetail;
    Error undoError;
    // Failed, but the connection broke while libvirt or the agent was at it: it may have taken effect. The
    // runner looks at the host when it is back and undoes it if so (PlanExecutor::recover).
    bool uncertain = false;

    QString outcomeKey() const; // "not-run", "done", "failed", "undone", "undo-failed"
    QJsonObject toJson() const;
};

struct PlanReport
{
    enum class Result {
        Applied,            // every step done
        RolledBack,         // a step failed; every step before it was undone
        RollbackIncomplete, // a step failed and an undo failed too
    };
    QString planId;
    QString hostId;
    QString hostName;
    QString action;  // the plan's actionKey()
    QString summary; // the plan's summary, translated when it ran
    QStringList vms; // uuids
    QStringList vmNames;
    QDateTime started;
    QDateTime finished;
    Result result = Result::RolledBack;
    Error error;            // the failure that stopped the plan
    bool cancelled = false; // the operator stopped it (PlanRunner::cancel); error says before which step
    QList<StepReport> steps;
    Error auditError; // set when the audit log could not be written
    // This report completes an earlier one of the same plan: what was left uncertain or not undone was
    // looked at on the host once it was back, and undone where it had taken effect.
    bool recovery = false;

    bool applied() const { return result == Result::Applied; }
    // A step may have taken effect unseen, or an undo failed: the host needs a second look.
    bool needsRecovery() const;
    QString resultKey() const;  // "applied", "rolled-back", "rollback-incomplete"
    QString resultText() const; // translated
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(PlanReport)
