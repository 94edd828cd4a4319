#include "libvirteventloop.h"

#include <QtGlobal>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libxml/parser.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

namespace {
// libvirt 9 runs its event loop on GLib's default main context. Qt's GLib dispatcher claims that same
// context on the main thread, and then libvirt's thread waits for it forever. Every program that links
// this file runs libvirt's loop, so it asks Qt, before any QCoreApplication exists, for its own dispatcher.
const bool s_qtWithoutGlib = qputenv("QT_NO_GLIB", "1");
std::mutex s_mutex;
int s_users = 0;
std::atomic<bool> s_quit{false};
std::thread s_thread;

void silentErrorHandler(void *, virErrorPtr)
{
    // Errors are read with virGetLastError on the calling thread and shown in the console;
    // libvirt's default handler would print them to stderr as well.
}

void wake(int timer, void *)
{
    virEventRemoveTimeout(timer);
}
} // namespace

LibvirtEventLoop::LibvirtEventLoop()
{
    Q_UNUSED(s_qtWithoutGlib);
    static std::once_flag registered;
    std::call_once(registered, [] {
        // libvirt writes to its sockets without MSG_NOSIGNAL: a daemon that dies would take the program
        // down with SIGPIPE at the next call. libvirt asks its applications to ignore the signal.
        std::signal(SIGPIPE, SIG_IGN);
        // libvirt parses XML with libxml2, which sets itself up lazily on the first parse, and that set-up
        // is not thread-safe: hosts opened on several workers at once raced in it (LeakSanitizer saw one of
        // its global mutexes made twice). libxml2 asks multithreaded programs to call this once first.
        xmlInitParser();
        virInitialize();
        virSetErrorFunc(nullptr, silentErrorHandler);
        virEventRegisterDefaultImpl();
    });
    std::lock_guard lock(s_mutex);
    if (s_users++ == 0) {
        s_quit = false;
        s_thread = std::thread([] {
            while (!s_quit.load())
                virEventRunDefaultImpl();
        });
    }
}

LibvirtEventLoop::~LibvirtEventLoop()
{
    std::lock_guard lock(s_mutex);
    if (--s_users > 0)
        return;
    s_quit = true;
    // A zero timeout makes the loop return from its poll at once.
    virEventAddTimeout(0, wake, nullptr, nullptr);
    if (s_thread.joinable())
        s_thread.join();
}
