// A few worker threads for blocking work (sysfs scans, NVML calls, writing a file tree) that must not hold
// up an event loop.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Why not QThreadPool: Qt 6's mutexes wait on a futex that ThreadSanitizer cannot see, so every task handed
// through QThreadPool's queue reads to it as a race, in frames without symbols that no suppression can name.
// This pool hands tasks over with std::mutex and std::condition_variable, which it does see, so the agent's
// tests run under it. Its lifetime is its owner's: the destructor drops the tasks not yet started and waits
// for the running ones, so no task outlives the object whose work it does.
class TaskPool
{
public:
    explicit TaskPool(int maxThreads = 0); // 0: one per core, at least 2
    ~TaskPool();
    TaskPool(const TaskPool &) = delete;
    TaskPool &operator=(const TaskPool &) = delete;

    // Runs the task on a worker, in the order given; a thread is started only when none is free.
    void start(std::function<void()> task);
    int maxThreads() const { return m_max; }
    int threadCount() const;

private:
    void work();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    int m_max = 2;
    int m_idle = 0;
    bool m_stop = false;
};
