// Runs placements off the GUI thread: one policy, or every policy for a comparison, on a copy of the
// cluster. Reports progress and delivers the results on the thread the runner lives in.
#pragma once

#include "placement.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Sched {

class PlacementRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacementRunner)
public:
    explicit PlacementRunner(QObject *parent = nullptr);
    ~PlacementRunner() override; // cancels and waits for a run in progress

    // Starts placing `requests` on `cluster` under each policy, in order. A run in progress is cancelled
    // first (its results are dropped). Returns at once.
    void start(const SchedCluster &cluster, const QList<PlacementRequest> &requests,
               const QList<Policy> &policies);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(int percent);                                  // 0..100
    void finished(const QList<Sched::PlacementResult> &results); // one per policy, in the order asked
    void cancelled();

private:
    void stopThread();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_run = 0;
};

} // namespace Sched
