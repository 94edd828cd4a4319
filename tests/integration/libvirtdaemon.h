// Starts virtlogd and libvirtd (QEMU driver, TCG) for a test when they are not running, and stops what
// it started. Needs root; otherwise `skipReason()` says why the test cannot run here.
// Private mode: a libvirtd of the test's own, in a mount namespace where /run/libvirt, /var/lib/libvirt,
// /etc/libvirt/qemu and the logs are empty tmpfs, listening on a socket in a temporary folder. Tests that
// run at the same time (or a system daemon being restarted) cannot disturb it, nor it them.
#pragma once

#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

class LibvirtDaemon
{
public:
    enum class Mode { System, Private };
    explicit LibvirtDaemon(Mode mode = Mode::System);
    ~LibvirtDaemon();
    bool start(); // false: see skipReason()
    void stop();  // stops libvirtd only (what a crash looks like); start() brings it back
    QString skipReason() const { return m_skip; }
    // qemu:///system, with ?socket= for a private daemon.
    QString uri() const;
    static bool running();
    static bool installed(); // libvirtd and qemu-system-x86_64

private:
    bool startPrivate();

    Mode m_mode;
    bool m_startedLibvirtd = false;
    bool m_startedVirtlogd = false;
    QString m_skip;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_private;
};
