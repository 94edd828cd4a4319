// Reads a host's PCI functions, mediated devices and platform facts from sysfs and procfs under a root
// ("/" on a host, a generated tree in tests). Plain blocking code: run it on a worker thread.
#pragma once

#include "sysfsfacts.h"

namespace SysfsScanner {
// A root whose /sys/bus/pci/devices cannot be listed gives an Error; anything missing or odd below it
// (files, dangling links, non-numeric values) is reported as unknown, never as a failure.
Result<SysfsFacts> scanHost(const QString &root);

// The parts, for callers that need one fresh fact (the privileged actions check live state).
std::optional<SysfsFunction> scanFunction(const QString &root, const PciAddress &address);
QList<SysfsMdev> scanMdevs(const QString &root);
std::optional<SysfsMdev> scanMdev(const QString &root, const QString &uuid);
PlatformFacts scanPlatform(const QString &root, const QList<SysfsFunction> &functions = {});

// Sysfs paths under a root: sysPath(root, "/sys/bus/pci") is "/sys/bus/pci" for "/" and
// "<root>/sys/bus/pci" otherwise.
QString sysPath(const QString &root, QStringView path);
QString functionPath(const QString &root, const PciAddress &address); // …/sys/bus/pci/devices/<address>

// Value parsers, public for their tests: "0x10de" -> 0x10de, "16.0 GT/s PCIe" -> 16.0, "-1" -> -1.
std::optional<quint32> parseHex(QByteArrayView text);
std::optional<int> parseInt(QByteArrayView text);
double parseLinkSpeed(QByteArrayView text); // 0 when unknown
// "ID    : vGPU Name" header, then "1155  : NVIDIA L40S-1B" lines; other lines are skipped.
QList<SysfsVgpuType> parseCreatableVgpuTypes(QByteArrayView text);
// The version from /proc/driver/nvidia/version ("… Kernel Module  550.54.16  …"), empty when absent.
QString parseNvidiaVersion(QByteArrayView text);
bool isUuid(QStringView text); // 8-4-4-4-12 hex digits, either case
} // namespace SysfsScanner
