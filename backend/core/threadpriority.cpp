#include "threadpriority.h"

#if defined(__linux__)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace ThreadPriority {

bool yieldToInterface()
{
#if defined(__linux__)
    // On Linux the nice value belongs to the thread (its kernel task id), not to the whole process.
    constexpr int kBackgroundNice = 10;
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (current == -1 && errno != 0)
        return false;
    if (current >= kBackgroundNice)
        return true;
    return setpriority(PRIO_PROCESS, tid, kBackgroundNice) == 0;
#else
    return false;
#endif
}

} // namespace ThreadPriority
