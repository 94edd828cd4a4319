// Platform facts from procfs and sysfs (CPU, kernel command line, IOMMU, modules, NVIDIA driver) and the
// scanner's value parsers.
#include "sysfsio.h"
#include "sysfsscanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
// Modules the readiness checks ask about; found in /sys/module without /proc/modules they are built in.
const char *const interestingModules[] = {
    "kvm",     "kvm_intel", "kvm_amd",  "vfio",   "vfio_pci", "vfio_pci_core",    "vfio_iommu_type1",
    "iommufd", "mdev",      "pci_stub", "nvidia", "nouveau",  "nvidia_vgpu_vfio", "amdgpu",
    "i915",    "xe"};

QByteArrayView trimmed(QByteArrayView t)
{
    while (!t.isEmpty() && QChar::isSpace(uchar(t.front())))
        t = t.sliced(1);
    while (!t.isEmpty() && QChar::isSpace(uchar(t.back())))
        t.chop(1);
    return t;
}

void parseCpuinfo(QByteArrayView text, PlatformFacts &p)
{
    // Only the first processor's block: every CPU repeats the same vendor and flags.
    for (QByteArrayView line : QByteArray(text.data(), text.size()).split('\n')) {
        if (trimmed(line).isEmpty()) {
            if (!p.cpuVendor.isEmpty())
                break;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView key = trimmed(line.first(colon));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));
        if (key == "vendor_id") {
            p.cpuVendor = QString::fromUtf8(value);
        } else if (key == "model name") {
            p.cpuModel = QString::fromUtf8(value);
        } else if (key == "flags") {
            for (const QByteArray &flag : QByteArray(value.data(), value.size()).split(' ')) {
                if (flag == "vmx")
                    p.vmx = true;
                else if (flag == "svm")
                    p.svm = true;
            }
        }
    }
}

void parseCmdline(const QString &cmdline, PlatformFacts &p)
{
    // The kernel reads parameters left to right, so a later one overrides an earlier one.
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &token : cmdline.split(space, Qt::SkipEmptyParts)) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = token.left(eq).toLower();
        const QStringList values = token.mid(eq + 1).toLower().split(u',');
        if (key == u"intel_iommu" || key == u"amd_iommu") {
            if (values.contains(u"on") || values.contains(u"force")) {
                p.iommuOnCmdline = true;
                p.iommuOffOnCmdline = false;
            } else if (values.contains(u"off")) {
                p.iommuOffOnCmdline = true;
                p.iommuOnCmdline = false;
            }
        } else if (key == u"iommu") {
            if (values.contains(u"pt"))
                p.iommuPassthrough = true;
            else if (values.contains(u"nopt"))
                p.iommuPassthrough = false;
            else if (values.contains(u"off"))
                p.iommuOffOnCmdline = true;
            else if (values.contains(u"on") || values.contains(u"force"))
                p.iommuOnCmdline = true;
        } else if (key == u"iommu.passthrough") {
            p.iommuPassthrough =
                values.value(0) == u"1" || values.value(0) == u"on" || values.value(0) == u"y";
        }
    }
}

QString moduleVersion(const QString &root, const QString &name)
{
    const auto v =
        SysfsIo::read(SysfsScanner::sysPath(root, u"/sys/module/") + name + QStringLiteral("/version"), 256);
    return v ? QString::fromUtf8(*v).trimmed() : QString();
}
} // namespace

PlatformFacts SysfsScanner::scanPlatform(const QString &root, const QList<SysfsFunction> &functions)
{
    PlatformFacts p;
    if (const auto cpu = SysfsIo::read(sysPath(root, u"/proc/cpuinfo"), 32768))
        parseCpuinfo(*cpu, p);
    if (const auto r = SysfsIo::read(sysPath(root, u"/proc/sys/kernel/osrelease"), 256))
        p.kernelRelease = QString::fromUtf8(*r).trimmed();
    if (const auto c = SysfsIo::read(sysPath(root, u"/proc/cmdline"), 16384))
        p.kernelCmdline = QString::fromUtf8(*c).trimmed();
    parseCmdline(p.kernelCmdline, p);
    p.iommuUnits = SysfsIo::list(sysPath(root, u"/sys/class/iommu"));
    std::sort(p.iommuUnits.begin(), p.iommuUnits.end());
    p.iommuGroupCount = int(SysfsIo::list(sysPath(root, u"/sys/kernel/iommu_groups")).size());

    QSet<QString> loaded;
    if (const auto mods = SysfsIo::read(sysPath(root, u"/proc/modules"), 1 << 20)) {
        for (const QByteArray &line : mods->split('\n')) {
            const QString name = QString::fromUtf8(line.left(line.indexOf(' '))).trimmed();
            if (name.isEmpty() || loaded.contains(name))
                continue;
            loaded.insert(name);
            p.modules.append({name, moduleVersion(root, name), false});
        }
    }
    for (const char *m : interestingModules) {
        const QString name = QString::fromLatin1(m);
        if (!loaded.contains(name) && SysfsIo::isDir(sysPath(root, u"/sys/module/") + name))
            p.modules.append({name, moduleVersion(root, name), true});
    }
    std::sort(p.modules.begin(), p.modules.end(),
              [](const KernelModule &a, const KernelModule &b) { return a.name < b.name; });

    if (const auto v = SysfsIo::read(sysPath(root, u"/proc/driver/nvidia/version"), 4096))
        p.nvidiaDriverVersion = parseNvidiaVersion(*v);
    p.vgpuManager = p.hasModule(u"nvidia_vgpu_vfio") ||
                    std::any_of(functions.cbegin(), functions.cend(),
                                [](const SysfsFunction &f) { return f.hasNvidiaVgpu; });
    return p;
}

std::optional<quint32> SysfsScanner::parseHex(QByteArrayView text)
{
    QByteArrayView t = trimmed(text);
    if (t.startsWith("0x") || t.startsWith("0X"))
        t = t.sliced(2);
    if (t.isEmpty() || t.size() > 8)
        return std::nullopt;
    quint32 v = 0;
    for (const char c : t) {
        const int d = (c >= '0' && c <= '9')   ? c - '0'
                      : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                      : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                               : -1;
        if (d < 0)
            return std::nullopt;
        v = v * 16 + quint32(d);
    }
    return v;
}

std::optional<int> SysfsScanner::parseInt(QByteArrayView text)
{
    QByteArrayView t = trimmed(text);
    const bool negative = t.startsWith('-');
    if (negative)
        t = t.sliced(1);
    if (t.isEmpty() || t.size() > 9) // 9 digits always fit in an int
        return std::nullopt;
    int v = 0;
    for (const char c : t) {
        if (c < '0' || c > '9')
            return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

double SysfsScanner::parseLinkSpeed(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    const qsizetype space = t.indexOf(' ');
    bool ok = false;
    const double v = t.first(space < 0 ? t.size() : space).toByteArray().toDouble(&ok);
    return ok && v > 0 && v < 1e6 ? v : 0;
}

QList<SysfsVgpuType> SysfsScanner::parseCreatableVgpuTypes(QByteArrayView text)
{
    QList<SysfsVgpuType> out;
    for (const QByteArray &line : QByteArray(text.data(), text.size()).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const auto id = parseInt(QByteArrayView(line).first(colon));
        if (!id || *id <= 0)
            continue; // the "ID : vGPU Name" header, or garbage
        out.append({*id, QString::fromUtf8(trimmed(QByteArrayView(line).sliced(colon + 1)))});
    }
    return out;
}

QString SysfsScanner::parseNvidiaVersion(QByteArrayView text)
{
    static const QRegularExpression version(QStringLiteral("(?:^|\\s)(\\d+\\.\\d+(?:\\.\\d+)*)(?=\\s|$)"));
    const QByteArray all(text.data(), text.size());
    const QString first = QString::fromUtf8(all.left(all.indexOf('\n') < 0 ? all.size() : all.indexOf('\n')));
    const qsizetype module = first.indexOf(QStringLiteral("Kernel Module"));
    const auto m = version.match(first, module < 0 ? 0 : module);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool SysfsScanner::isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}
