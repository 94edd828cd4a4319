#include "libvirtdaemon.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

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

LibvirtDaemon::LibvirtDaemon() = default;

LibvirtDaemon::~LibvirtDaemon()
{
    if (m_startedLibvirtd)
        stop();
    if (m_startedVirtlogd) {
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("virtlogd")});
        waitFor([] { return !processRunning(QStringLiteral("virtlogd")); }, 5000);
    }
}

bool LibvirtDaemon::running()
{
    return processRunning(QStringLiteral("libvirtd")) && QFileInfo::exists(QStringLiteral("/run/libvirt/libvirt-sock"));
}

bool LibvirtDaemon::start()
{
    if (running())
        return true;
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/libvirtd")) || !QFileInfo::exists(QStringLiteral("/usr/bin/qemu-system-x86_64"))) {
        m_skip = QStringLiteral("libvirtd or qemu-system-x86 is not installed (tools/setup-deps installs them)");
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

void LibvirtDaemon::stop()
{
    QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-x"), QStringLiteral("libvirtd")});
    waitFor([] { return !processRunning(QStringLiteral("libvirtd")); }, 10000);
    QFile::remove(QStringLiteral("/run/libvirtd.pid"));
}
