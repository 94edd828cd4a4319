// Runs libvirt's default event loop on a thread of its own, so domain and node-device events and
// keepalives work. libvirt's loop is process-wide; several instances share one running thread.
// libvirt 9 runs it on GLib's default main context, so Qt is kept off GLib (see the .cpp).
#pragma once

#include <QtGlobal>

class LibvirtEventLoop final
{
    Q_DISABLE_COPY_MOVE(LibvirtEventLoop)
public:
    LibvirtEventLoop();
    ~LibvirtEventLoop();
};
