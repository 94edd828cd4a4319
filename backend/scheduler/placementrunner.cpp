#include "placementrunner.h"

#include <QPointer>
#include <QThread>

namespace Sched {

PlacementRunner::PlacementRunner(QObject *parent) : QObject(parent) {}

PlacementRunner::~PlacementRunner()
{
    stopThread();
}

void PlacementRunner::stopThread()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void PlacementRunner::cancel()
{
    if (!m_thread)
        return;
    stopThread();
    ++m_run; // whatever the stopped run already queued is dropped
    Q_EMIT cancelled();
}

void PlacementRunner::start(const SchedCluster &cluster, const QList<PlacementRequest> &requests,
                            const QList<Policy> &policies)
{
    if (m_thread) {
        stopThread();
        ++m_run;
    }
    const quint64 run = ++m_run;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    QPointer<PlacementRunner> self(this);
    // The thread works on its own copies; results come back as a queued call that checks it is still
    // the current run.
    m_thread = QThread::create([self, cancel, run, cluster, requests, policies] {
        QList<PlacementResult> results;
        int lastPercent = -1;
        for (int p = 0; p < policies.size(); ++p) {
            const auto step = [&](qint64 done, qint64 total) {
                const int percent = int((p * 100 + (total > 0 ? done * 100 / total : 100)) / policies.size());
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        self,
                        [self, run, percent] {
                            if (self && self->m_run == run)
                                Q_EMIT self->progress(percent);
                        },
                        Qt::QueuedConnection);
                }
                return !cancel->load();
            };
            results.append(place(cluster, requests, policies[p], step));
            if (cancel->load())
                return;
        }
        QMetaObject::invokeMethod(
            self,
            [self, run, results] {
                if (!self || self->m_run != run)
                    return;
                self->stopThread();
                Q_EMIT self->progress(100);
                Q_EMIT self->finished(results);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Sched
