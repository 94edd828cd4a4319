#include "taskpool.h"

#include <algorithm>

TaskPool::TaskPool(int maxThreads)
    : m_max(maxThreads > 0 ? maxThreads : std::max(2, int(std::thread::hardware_concurrency())))
{
}

TaskPool::~TaskPool()
{
    std::deque<std::function<void()>> dropped;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        dropped.swap(m_queue);
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        t.join();
    // The dropped tasks' captures (responders, shared state) go here, on the owner's thread.
}

void TaskPool::start(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stop)
            return;
        m_queue.push_back(std::move(task));
        // A worker that is free takes it; otherwise one more worker while there is room for it.
        if (m_idle < int(m_queue.size()) && int(m_threads.size()) < m_max)
            m_threads.emplace_back([this] { work(); });
    }
    m_wake.notify_one();
}

int TaskPool::threadCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_threads.size());
}

void TaskPool::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        ++m_idle;
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        --m_idle;
        if (m_stop)
            return;
        std::function<void()> task = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        task();
        task = nullptr; // its captures go before the next wait, not when the next task replaces them
        lock.lock();
    }
}
