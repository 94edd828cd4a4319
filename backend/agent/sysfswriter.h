// The one edge through which the privileged actions change sysfs: the kernel's writer on a host, the
// kernel emulator (sysfskernelemulator.h) on generated trees.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

class SysfsWriter
{
public:
    virtual ~SysfsWriter() = default;
    // Writes `value` to the existing attribute at `path` (never creates a file). A failure carries errno
    // in code and "<path>: <strerror>" in detail.
    virtual Status write(const QString &path, const QByteArray &value) = 0;
};

// Writes to the real sysfs; the kernel does the rest.
class KernelSysfsWriter final : public SysfsWriter
{
public:
    Status write(const QString &path, const QByteArray &value) override;
};
