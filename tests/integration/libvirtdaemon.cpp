#include "libvirtdaemon.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
bool processRunning(const QString &name)
{
    return QProcess::execute(QStringLiteral("pgrep"), {QStringLiteral("-x"), name}) == 0;
}

bool waitFor(const std::function<bool()> &cond, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cond())
            return true;
        QThread::msleep(50); // polling a process we do not own; there is no signal to wait on
    }
    return cond();
}
} // namespace

LibvirtDaemon::LibvirtDaemon(Mode mode) : m_mode(mode) {}

LibvirtDaemon::~LibvirtDaemon()
{
    if (m_mode == Mode::Private) {
        stop();
        return;
    }
    if (m_startedLibvirtd)
        stop();
    if (m_startedVirtlogd) {
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("virtlogd")});
        waitFor([] { return !processRunning(QStringLiteral("virtlogd")); }, 5000);
    }
}

bool LibvirtDaemon::running()
{
    return processRunning(QStringLiteral("libvirtd")) &&
           QFileInfo::exists(QStringLiteral("/run/libvirt/libvirt-sock"));
}

QString LibvirtDaemon::uri() const
{
    if (m_mode == Mode::Private && m_dir)
        return QStringLiteral("qemu:///system?socket=%1")
            .arg(m_dir->filePath(QStringLiteral("sock/libvirt-sock")));
    return QStringLiteral("qemu:///system");
}

bool LibvirtDaemon::installed()
{
    return QFileInfo::exists(QStringLiteral("/usr/sbin/libvirtd")) &&
           QFileInfo::exists(QStringLiteral("/usr/bin/qemu-system-x86_64"));
}

bool LibvirtDaemon::startPrivate()
{
    if (m_private)
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        m_skip = QStringLiteral("unshare (util-linux) is not installed");
        return false;
    }
    if (!m_dir) {
        m_dir =
            std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/gpuvirt-libvirtd-XXXXXX"));
        QDir(m_dir->path()).mkpath(QStringLiteral("sock"));
        QDir(m_dir->path()).mkpath(QStringLiteral("config"));
    }
    auto write = [this](const QString &name, const QByteArray &text) {
        QFile f(m_dir->filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    };
    QFile systemQemuConf(QStringLiteral("/etc/libvirt/qemu.conf"));
    QByteArray qemuConf = systemQemuConf.open(QIODevice::ReadOnly) ? systemQemuConf.readAll() : QByteArray();
    // Without virtlogd in the namespace, QEMU logs straight to files. QEMU runs as root: where /dev/kvm is
    // root's alone, libvirt would otherwise find its capabilities outdated on every call and probe QEMU
    // again (half a minute under TCG) for each define.
    qemuConf += "\nstdio_handler = \"file\"\nuser = \"root\"\ngroup = \"root\"\n";
    // QEMU's capabilities take half a minute to probe under TCG: keep them between runs.
    const QString cache = QDir::tempPath() + QStringLiteral("/gpuvirt-libvirtd-cache");
    QDir().mkpath(cache);
    const QByteArray script =
        "set -e\n"
        "for d in /run/libvirt /var/lib/libvirt /var/log/libvirt; do\n"
        "  mkdir -p $d; mount -t tmpfs tmpfs $d\n"
        "done\n"
        "mkdir -p /etc/libvirt/qemu\n"
        "mount --bind '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("config"))) +
        "' /etc/libvirt/qemu\n"
        "mkdir -p /var/lib/libvirt/qemu /var/log/libvirt/qemu /var/cache/libvirt\n"
        "mount --bind '" +
        QFile::encodeName(cache) +
        "' /var/cache/libvirt\n"
        "mount --bind '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("qemu.conf"))) +
        "' /etc/libvirt/qemu.conf\n"
        // Under another name, so that tests stopping the system daemon (pkill -x libvirtd) leave it be.
        "ln -sf /usr/sbin/libvirtd '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("gpuvirt-libvirtd"))) +
        "'\n"
        "exec '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("gpuvirt-libvirtd"))) + "' -f '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("libvirtd.conf"))) + "' -p '" +
        QFile::encodeName(m_dir->filePath(QStringLiteral("libvirtd.pid"))) + "'\n";
    const QByteArray conf = "unix_sock_dir = \"" +
                            QFile::encodeName(m_dir->filePath(QStringLiteral("sock"))) +
                            "\"\nauth_unix_rw = \"none\"\nauth_unix_ro = \"none\"\n";
    if (!write(QStringLiteral("qemu.conf"), qemuConf) || !write(QStringLiteral("libvirtd.conf"), conf) ||
        !write(QStringLiteral("start.sh"), script)) {
        m_skip = QStringLiteral("cannot write the private daemon's files in ") + m_dir->path();
        return false;
    }
    m_private = std::make_unique<QProcess>();
    m_private->setProcessChannelMode(QProcess::MergedChannels);
    m_private->setStandardOutputFile(m_dir->filePath(QStringLiteral("libvirtd.log")), QIODevice::Append);
    // A test that crashes or is stopped by its watchdog must not leave its daemon behind: the kernel ends
    // it with the test (the signal is kept across unshare's and the script's exec).
    m_private->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // unshare execs the script in the new namespace, and the script execs libvirtd: one process, ours.
    m_private->start(QStringLiteral("unshare"),
                     {QStringLiteral("-m"), QStringLiteral("--propagation"), QStringLiteral("private"),
                      QStringLiteral("sh"), m_dir->filePath(QStringLiteral("start.sh"))});
    const QString socket = m_dir->filePath(QStringLiteral("sock/libvirt-sock"));
    const bool up = m_private->waitForStarted() &&
                    waitFor(
                        [&] {
                            if (m_private->state() != QProcess::Running)
                                return true;
                            QLocalSocket s;
                            s.connectToServer(socket);
                            return s.waitForConnected(100);
                        },
                        20000) &&
                    m_private->state() == QProcess::Running;
    if (!up) {
        QFile log(m_dir->filePath(QStringLiteral("libvirtd.log")));
        log.open(QIODevice::ReadOnly);
        m_skip = QStringLiteral("a private libvirtd would not start: ") +
                 QString::fromLocal8Bit(log.readAll().right(400));
        m_private.reset();
        return false;
    }
    m_pid = m_private->processId();
    return true;
}

bool LibvirtDaemon::start()
{
    if (m_mode == Mode::Private && !installed()) {
        m_skip =
            QStringLiteral("libvirtd or qemu-system-x86 is not installed (tools/setup-deps installs them)");
        return false;
    }
    if (m_mode == Mode::Private) {
        if (geteuid() != 0) {
            m_skip = QStringLiteral("a private libvirtd for qemu:///system needs root");
            return false;
        }
        return startPrivate();
    }
    if (running())
        return true;
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/libvirtd")) ||
        !QFileInfo::exists(QStringLiteral("/usr/bin/qemu-system-x86_64"))) {
        m_skip =
            QStringLiteral("libvirtd or qemu-system-x86 is not installed (tools/setup-deps installs them)");
        return false;
    }
    if (geteuid() != 0) {
        m_skip = QStringLiteral("starting libvirtd for qemu:///system needs root");
        return false;
    }
    if (!processRunning(QStringLiteral("virtlogd"))) {
        if (QProcess::execute(QStringLiteral("/usr/sbin/virtlogd"), {QStringLiteral("-d")}) != 0) {
            m_skip = QStringLiteral("virtlogd would not start");
            return false;
        }
        m_startedVirtlogd = true;
    }
    if (QProcess::execute(QStringLiteral("/usr/sbin/libvirtd"), {QStringLiteral("-d")}) != 0) {
        m_skip = QStringLiteral("libvirtd would not start");
        return false;
    }
    m_startedLibvirtd = true;
    if (!waitFor(running, 15000)) {
        m_skip = QStringLiteral("libvirtd started but its socket did not appear");
        return false;
    }
    return true;
}

void LibvirtDaemon::kill()
{
    if (m_mode != Mode::Private || !m_private)
        return;
    m_private->kill(); // SIGKILL to our libvirtd, by its pid
    m_private->waitForFinished(10000);
    m_private.reset();
    m_pid = 0;
}

void LibvirtDaemon::stop()
{
    if (m_mode == Mode::Private) {
        if (m_private) {
            m_private->terminate(); // our libvirtd, by its pid
            if (!m_private->waitForFinished(10000))
                m_private->kill();
            m_private->waitForFinished(5000);
            m_private.reset();
            m_pid = 0;
        }
        return;
    }
    QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("libvirtd")});
    waitFor([] { return !processRunning(QStringLiteral("libvirtd")); }, 10000);
    QFile::remove(QStringLiteral("/run/libvirtd.pid"));
}
