// Small POSIX helpers for sysfs/procfs: whole-file reads of tiny attributes, link targets, directory
// listings and the one way this project writes an attribute (O_WRONLY, never O_CREAT).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace SysfsIo {
// The attribute's content with the trailing newline removed; nullopt when it cannot be read.
// Reads at most `limit` bytes: sysfs attributes are one page, /proc files can be longer.
std::optional<QByteArray> read(const QString &path, qsizetype limit = 4096);
// The raw target of a symbolic link; empty when `path` is not a link.
QString linkTarget(const QString &path);
// The last path component of a link's target ("nvidia" for driver -> ../../bus/pci/drivers/nvidia).
QString linkName(const QString &path);
// Entry names of a directory (not "." or ".."), unsorted; empty when it cannot be listed.
QStringList list(const QString &path);
// Like list(), but tells an unreadable directory (errno) from an empty one.
Result<QStringList> listChecked(const QString &path);
bool exists(const QString &path); // follows links: a dangling link does not exist
bool isDir(const QString &path);
bool isLink(const QString &path);
// Writes `value` to an existing file: open(O_WRONLY | O_TRUNC | O_NOFOLLOW) without O_CREAT, one write().
// The error's detail names the path and errno's text, its code is errno.
Status write(const QString &path, const QByteArray &value);
// The relative path from directory `fromDir` to `to`, both absolute and lexically clean.
QString relativePath(const QString &fromDir, const QString &to);
} // namespace SysfsIo
