// Runs a plan's steps in order on the calling thread (the host's worker); when a step fails it undoes the
// completed ones in reverse and says in the report how each undo went. Never throws, never leaves a step
// unreported.
#pragma once

#include "planreport.h"

#include <atomic>
#include <functional>

class AgentActions;
class PlanTarget;

class PlanExecutor
{
public:
    // step: index into the plan's steps; undoing: the step is being undone after a failure.
    using Progress = std::function<void(int step, int steps, bool undoing, const QString &text)>;

    // Either may be null: a step that needs it then fails with a clear error (and the plan rolls back).
    PlanExecutor(PlanTarget *libvirt, AgentActions *agent) : m_libvirt(libvirt), m_agent(agent) {}

    // cancel: when it becomes true the plan stops before its next step and undoes the steps done, as after
    // a failure; the report's error then says that the operator cancelled it.
    PlanReport run(const AssignmentPlan &plan, const Progress &progress = {},
                   const std::atomic<bool> *cancel = nullptr);
    // Completes the rollback of a plan that was interrupted (report.needsRecovery()): each step that may
    // have taken effect, or whose undo failed, is looked up on the host and undone where it is in effect.
    // Returns the report completed (recovery set): RolledBack when the host is consistent again.
    PlanReport recover(const PlanReport &interrupted);
    // One step on its own; what run() does for each step and each undo.
    Result<QString> runStep(const PlanStep &step);

private:
    Result<QString> defineConfig(const PlanStep &step);
    bool outcomeUnknown(const PlanStep &step, const Error &failure);
    // Whether a step's change is on the host now. Steps that cannot be looked up count as in effect.
    Result<bool> inEffect(const PlanStep &step);

    PlanTarget *m_libvirt;
    AgentActions *m_agent;
    bool m_attempted = false; // the step's changing call went out (a check before it may fail first)
};
