// Starts virtlogd and libvirtd (QEMU driver, TCG) for a test when they are not running, and stops what
// it started. Needs root; otherwise `skipReason()` says why the test cannot run here.
#pragma once

#include <QString>

class LibvirtDaemon
{
public:
    LibvirtDaemon();
    ~LibvirtDaemon();
    bool start(); // false: see skipReason()
    void stop();  // stops libvirtd only (what a crash looks like); start() brings it back
    QString skipReason() const { return m_skip; }
    static bool running();

private:
    bool m_startedLibvirtd = false;
    bool m_startedVirtlogd = false;
    QString m_skip;
};
