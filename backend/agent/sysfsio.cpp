#include "sysfsio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}
} // namespace

std::optional<QByteArray> SysfsIo::read(const QString &path, qsizetype limit)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    QByteArray out;
    char buf[4096];
    bool failed = false;
    while (out.size() < limit) {
        const ssize_t n = ::read(fd, buf, size_t(std::min<qsizetype>(sizeof buf, limit - out.size())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            failed = true; // EISDIR, EIO from a driver, EACCES on a write-only attribute
            break;
        }
        if (n == 0)
            break;
        out.append(buf, n);
    }
    ::close(fd);
    if (failed)
        return std::nullopt;
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

QString SysfsIo::linkTarget(const QString &path)
{
    char buf[4096];
    const ssize_t n = ::readlink(native(path).constData(), buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    return QFile::decodeName(QByteArray(buf, n));
}

QString SysfsIo::linkName(const QString &path)
{
    const QString t = linkTarget(path);
    const qsizetype slash = t.lastIndexOf(u'/');
    return slash < 0 ? t : t.mid(slash + 1);
}

Result<QStringList> SysfsIo::listChecked(const QString &path)
{
    DIR *d = ::opendir(native(path).constData());
    if (!d) {
        const int e = errno;
        return Error{QCoreApplication::translate("SysfsIo", "Cannot list %1").arg(path), errnoText(e), e};
    }
    QStringList out;
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        out.append(QFile::decodeName(e->d_name));
    }
    ::closedir(d);
    return out;
}

QStringList SysfsIo::list(const QString &path)
{
    auto r = listChecked(path);
    return r.ok() ? std::move(r).value() : QStringList{};
}

bool SysfsIo::exists(const QString &path)
{
    struct stat st;
    return ::stat(native(path).constData(), &st) == 0;
}

bool SysfsIo::isDir(const QString &path)
{
    struct stat st;
    return ::stat(native(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool SysfsIo::isLink(const QString &path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

Status SysfsIo::write(const QString &path, const QByteArray &value)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        return Error{QCoreApplication::translate("SysfsIo", "Cannot open %1 for writing").arg(path),
                     QStringLiteral("%1: %2").arg(path, errnoText(e)), e};
    }
    ssize_t n;
    do {
        n = ::write(fd, value.constData(), size_t(value.size()));
    } while (n < 0 && errno == EINTR);
    const int writeErrno = errno;
    // sysfs reports a store's failure from write(), but close() can still fail on other filesystems.
    const int closed = ::close(fd);
    const int closeErrno = errno;
    if (n < 0)
        return Error{QCoreApplication::translate("SysfsIo", "The kernel refused the write to %1").arg(path),
                     QStringLiteral("%1: %2").arg(path, errnoText(writeErrno)), writeErrno};
    if (n != value.size())
        return Error{QCoreApplication::translate("SysfsIo", "Short write to %1").arg(path),
                     QStringLiteral("%1: %2 of %3 bytes").arg(path).arg(n).arg(value.size()), EIO};
    if (closed != 0)
        return Error{QCoreApplication::translate("SysfsIo", "Cannot finish the write to %1").arg(path),
                     QStringLiteral("%1: %2").arg(path, errnoText(closeErrno)), closeErrno};
    return Done{};
}

QString SysfsIo::relativePath(const QString &fromDir, const QString &to)
{
    return QDir(fromDir).relativeFilePath(to);
}
