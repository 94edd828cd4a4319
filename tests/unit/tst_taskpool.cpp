// TaskPool: every task runs once, off the caller's thread, no more at once than allowed; threads are made
// only when needed; the destructor waits for running tasks and drops the rest. Also run under
// ThreadSanitizer.
#include "core/taskpool.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>

using namespace std::chrono_literals;

namespace {
// A gate the tasks wait at until the test opens it.
class Gate
{
public:
    void wait()
    {
        std::unique_lock lock(m_mutex);
        ++m_waiting;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
    }
    void open()
    {
        std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }
    // True when n tasks wait at the gate within the time.
    bool waitForWaiting(int n)
    {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, 5s, [&] { return m_waiting >= n; });
    }
    int waiting()
    {
        std::lock_guard lock(m_mutex);
        return m_waiting;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_waiting = 0;
    bool m_open = false;
};
} // namespace

class TestTaskPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsEveryTaskOffTheCallersThread();
    void neverMoreAtOnceThanAllowed();
    void startsThreadsOnlyWhenNeeded();
    void destructorWaitsForRunningAndDropsQueued();
};

void TestTaskPool::runsEveryTaskOffTheCallersThread()
{
    std::atomic<int> ran{0};
    std::atomic<bool> onCaller{false};
    const std::thread::id caller = std::this_thread::get_id();
    {
        TaskPool pool(3);
        for (int i = 0; i < 200; ++i)
            pool.start([&] {
                if (std::this_thread::get_id() == caller)
                    onCaller = true;
                ++ran;
            });
        QTRY_COMPARE_WITH_TIMEOUT(ran.load(), 200, 5000);
    }
    QCOMPARE(ran.load(), 200);
    QVERIFY(!onCaller);
}

void TestTaskPool::neverMoreAtOnceThanAllowed()
{
    Gate gate;
    std::atomic<int> running{0}, most{0}, done{0};
    TaskPool pool(2);
    QCOMPARE(pool.maxThreads(), 2);
    for (int i = 0; i < 6; ++i)
        pool.start([&] {
            const int now = ++running;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) {
            }
            gate.wait();
            --running;
            ++done;
        });
    QVERIFY(gate.waitForWaiting(2));
    QTest::qWait(50); // a third task, were it running, would be at the gate by now
    QCOMPARE(gate.waiting(), 2);
    QCOMPARE(pool.threadCount(), 2);
    gate.open();
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), 6, 5000);
    QCOMPARE(most.load(), 2);
    QCOMPARE(pool.threadCount(), 2);
}

void TestTaskPool::startsThreadsOnlyWhenNeeded()
{
    TaskPool pool(8);
    QCOMPARE(pool.threadCount(), 0);
    std::mutex mutex;
    std::set<std::thread::id> threads;
    for (int i = 0; i < 20; ++i) {
        std::atomic<bool> finished{false};
        pool.start([&] {
            std::lock_guard lock(mutex);
            threads.insert(std::this_thread::get_id());
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 5000);
        QTest::qWait(1); // the worker is back waiting before the next task comes
    }
    // One task at a time: one thread did them all (a second one at most, if the first was slow to wait).
    QVERIFY2(pool.threadCount() <= 2, qPrintable(QString::number(pool.threadCount())));
    QVERIFY(threads.size() <= 2);
}

void TestTaskPool::destructorWaitsForRunningAndDropsQueued()
{
    Gate gate;
    std::atomic<bool> runningFinished{false};
    std::atomic<int> queuedRan{0};
    auto capture = std::make_shared<int>(7); // held by the queued tasks only
    std::weak_ptr<int> watch = capture;
    std::thread opener;
    {
        TaskPool pool(1);
        pool.start([&] {
            gate.wait();
            std::this_thread::sleep_for(20ms);
            runningFinished = true;
        });
        for (int i = 0; i < 5; ++i)
            pool.start([&queuedRan, capture] { queuedRan += *capture; });
        capture.reset();
        QVERIFY(gate.waitForWaiting(1));
        QVERIFY(!watch.expired());
        opener = std::thread([&] {
            std::this_thread::sleep_for(50ms);
            gate.open();
        });
    } // waits here for the running task; the five queued ones never run
    QVERIFY(runningFinished);
    QCOMPARE(queuedRan.load(), 0);
    QVERIFY(watch.expired()); // and what they held is released
    opener.join();
}

QTEST_GUILESS_MAIN(TestTaskPool)
#include "tst_taskpool.moc"
