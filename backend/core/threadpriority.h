// Background threads that give way to the GUI thread when the CPUs are busy.
#pragma once

namespace ThreadPriority {
// Lowers the calling thread's CPU priority (Linux: its own nice value, +10) so that, with a thousand host
// workers busy on two cores, the GUI thread is still given a CPU within a frame. A thread at this priority
// runs at full speed on an idle machine; it only yields under contention. Qt's QThread::LowPriority does
// nothing under Linux's default scheduler. Returns false where the system refused (the thread then keeps
// its priority; nothing else changes).
bool yieldToInterface();
} // namespace ThreadPriority
