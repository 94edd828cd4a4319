// Starts virtlogd and libvirtd (QEMU driver, TCG) for a test when they are not running, and stops what
// it started. Needs root; otherwise `skipReason()` says why the test cannot run here.
// Private mode: a libvirtd of the test's own, in a mount namespace where /run/libvirt, /var/lib/libvirt,
// and the logs are empty tmpfs, listening on a socket in a temporary folder. Tests that run at the same time
// (or a system daemon being restarted) cannot disturb it, nor it them. Its VM configurations
// (/etc/libvirt/qemu) are a folder of this object's own: they survive the daemon being killed and restarted,
// as they would on a host.
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
    void stop();  // stops libvirtd only (SIGTERM); start() brings it back
    // Private mode: SIGKILL, what a crash looks like; no goodbye to its clients. start() brings it back.
    void kill();
    // Private mode: the daemon's process id while it runs, else 0. Any thread may send it a signal.
    qint64 pid() const { return m_pid; }
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
    qint64 m_pid = 0;
};
