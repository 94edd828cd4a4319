// The checks. Each id has fixed argument keys, listed where the check is made; readinesstext.cpp turns
// them into translated text. A "problem" argument names which failure it is when a check can fail in
// more than one way.
#include "readiness.h"

#include <QSet>

#include <algorithm>

namespace {
using Sev = ReadinessSeverity;

const QString vfioPci = QStringLiteral("vfio-pci");
const QString pciStub = QStringLiteral("pci-stub");

QString idPair(const SysfsFunction &f)
{
    return QString::asprintf("%04x:%04x", f.vendorId, f.productId);
}

ReadinessCheck check(const char *id, const PciAddress &subject = {})
{
    ReadinessCheck c;
    c.id = QString::fromLatin1(id);
    c.subject = subject;
    return c;
}

QList<const SysfsFunction *> vfsOf(const SysfsFacts &facts, const SysfsFunction &pf)
{
    QList<const SysfsFunction *> out;
    for (const PciAddress &a : pf.virtFns)
        if (const SysfsFunction *vf = facts.function(a))
            out.append(vf);
    return out;
}

// vGPU types the GPU offers, on itself or on its VFs.
int vgpuTypeCount(const SysfsFacts &facts, const SysfsFunction &gpu)
{
    QSet<QString> ids;
    const auto add = [&](const SysfsFunction &f) {
        for (const SysfsMdevType &t : f.mdevTypes)
            ids.insert(t.id);
        for (const SysfsVgpuType &t : f.creatableVgpuTypes)
            ids.insert(QString::number(t.id));
        if (f.currentVgpuType > 0)
            ids.insert(QString::number(f.currentVgpuType));
    };
    add(gpu);
    for (const SysfsFunction *vf : vfsOf(facts, gpu))
        add(*vf);
    return int(ids.size());
}

bool holdsMdevs(const SysfsFacts &facts, const SysfsFunction &gpu)
{
    return std::any_of(facts.mdevs.cbegin(), facts.mdevs.cend(), [&](const SysfsMdev &m) {
        return m.parent == gpu.address || gpu.virtFns.contains(m.parent);
    });
}

bool boundForPassthrough(const SysfsFunction &f)
{
    return f.driver == vfioPci || f.driver == pciStub;
}

// A GPU set up for vGPU or SR-IOV: its ids must not go to vfio-pci.
bool sharedGpu(const SysfsFacts &facts, const SysfsFunction &gpu)
{
    return vgpuTypeCount(facts, gpu) > 0 || gpu.sriovNumVfs > 0 || holdsMdevs(facts, gpu);
}

// Vendor:device ids for `options vfio-pci ids=`: GPUs no host driver uses (unbound, nouveau, or already on
// vfio-pci/pci-stub), not the boot display and not shared by vGPU/SR-IOV, with every function of their slot.
QStringList passthroughIds(const SysfsFacts &facts)
{
    QStringList ids;
    for (const SysfsFunction &g : facts.functions) {
        if (!g.isGpu() || g.bootVga || sharedGpu(facts, g))
            continue;
        const bool candidate = g.driver.isEmpty() || g.driver == u"nouveau" || boundForPassthrough(g);
        if (!candidate)
            continue;
        for (const SysfsFunction &f : facts.functions)
            if (f.address.sameSlot(g.address) && !f.isVirtualFunction() && !ids.contains(idPair(f)))
                ids.append(idPair(f));
    }
    return ids;
}

ReadinessCheck cpuVirtualization(const PlatformFacts &p)
{
    // Arguments: cpuVendor, flag ("vmx"/"svm"), kvmModule, kvmLoaded, problem ("", "unknown", "flag", "kvm").
    ReadinessCheck c = check("cpu.virtualization");
    const bool amd = p.isAmd();
    const QString kvm = amd ? QStringLiteral("kvm_amd") : QStringLiteral("kvm_intel");
    const bool known = !p.cpuVendor.isEmpty() || p.vmx || p.svm;
    c.arguments = {{QStringLiteral("cpuVendor"), p.cpuVendor},
                   {QStringLiteral("flag"), amd ? QStringLiteral("svm") : QStringLiteral("vmx")},
                   {QStringLiteral("kvmModule"), kvm},
                   {QStringLiteral("kvmLoaded"), p.hasModule(kvm)}};
    QString problem;
    if (!known) {
        c.severity = Sev::Warning;
        problem = QStringLiteral("unknown");
    } else if (!p.vmx && !p.svm) {
        c.severity = Sev::Error;
        problem = QStringLiteral("flag");
    } else if (!p.hasModule(kvm)) {
        c.severity = Sev::Warning;
        problem = QStringLiteral("kvm");
    }
    c.arguments.insert(QStringLiteral("problem"), problem);
    return c;
}

ReadinessCheck iommuEnabled(const PlatformFacts &p)
{
    // Arguments: parameter ("intel_iommu=on"), onCmdline, offOnCmdline, groups, units,
    // problem ("", "disabled" = off on the command line, "cmdline" = not asked for, "firmware" = asked
    // for but the kernel found no IOMMU).
    ReadinessCheck c = check("iommu.enabled");
    c.arguments = {{QStringLiteral("parameter"), Readiness::iommuParameter(p)},
                   {QStringLiteral("onCmdline"), p.iommuOnCmdline},
                   {QStringLiteral("offOnCmdline"), p.iommuOffOnCmdline},
                   {QStringLiteral("groups"), p.iommuGroupCount},
                   {QStringLiteral("units"), p.iommuUnits}};
    QString problem;
    if (!p.iommuActive()) {
        c.severity = Sev::Error;
        problem = p.iommuOffOnCmdline ? QStringLiteral("disabled")
                  : p.iommuOnCmdline  ? QStringLiteral("firmware")
                                      : QStringLiteral("cmdline");
    }
    c.arguments.insert(QStringLiteral("problem"), problem);
    return c;
}

ReadinessCheck iommuPassthrough(const PlatformFacts &p)
{
    // Arguments: parameter ("iommu=pt"), iommuParameter ("intel_iommu=on").
    ReadinessCheck c = check("iommu.passthrough");
    c.severity = p.iommuPassthrough ? Sev::Ok : Sev::Info;
    c.arguments = {{QStringLiteral("parameter"), QStringLiteral("iommu=pt")},
                   {QStringLiteral("iommuParameter"), Readiness::iommuParameter(p)}};
    return c;
}

ReadinessCheck vfioModules(const SysfsFacts &facts)
{
    // Arguments: missing (module names), ids ("10de:1eb8" for the vfio-pci ids= option; may be empty).
    ReadinessCheck c = check("vfio.modules");
    QStringList missing;
    for (const char *m : {"vfio", "vfio_pci"})
        if (!facts.platform.hasModule(QString::fromLatin1(m)))
            missing.append(QString::fromLatin1(m));
    c.severity = missing.isEmpty() ? Sev::Ok : Sev::Warning;
    c.arguments = {{QStringLiteral("missing"), missing}, {QStringLiteral("ids"), passthroughIds(facts)}};
    return c;
}

std::optional<ReadinessCheck> vgpuManager(const SysfsFacts &facts)
{
    // Arguments: gpus (addresses of the vGPU-capable NVIDIA GPUs not bound for passthrough), version.
    QStringList gpus;
    for (const SysfsFunction &g : facts.functions)
        if (g.isGpu() && Readiness::isNvidiaVgpuCapable(facts, g) && !boundForPassthrough(g))
            gpus.append(g.address.toString());
    if (gpus.isEmpty())
        return std::nullopt;
    const PlatformFacts &p = facts.platform;
    ReadinessCheck c = check("vgpu.manager");
    c.severity = p.vgpuManager ? Sev::Ok : Sev::Warning;
    const QString version = p.moduleVersion(u"nvidia_vgpu_vfio");
    c.arguments = {
        {QStringLiteral("gpus"), gpus},
        {QStringLiteral("version"), version.isEmpty() && p.vgpuManager ? p.nvidiaDriverVersion : version}};
    return c;
}

std::optional<ReadinessCheck> driverVersions(const PlatformFacts &p)
{
    // Arguments: sources and versions, two lists of the same length: "nvidia", "nvidia_vgpu_vfio" (module
    // versions) and "/proc/driver/nvidia/version".
    QStringList sources, versions;
    for (const char *m : {"nvidia", "nvidia_vgpu_vfio"}) {
        const QString v = p.moduleVersion(QString::fromLatin1(m));
        if (!v.isEmpty()) {
            sources.append(QString::fromLatin1(m));
            versions.append(v);
        }
    }
    if (!p.nvidiaDriverVersion.isEmpty()) {
        sources.append(QStringLiteral("/proc/driver/nvidia/version"));
        versions.append(p.nvidiaDriverVersion);
    }
    if (versions.isEmpty())
        return std::nullopt;
    ReadinessCheck c = check("driver.versionMismatch");
    c.severity = versions.count(versions.first()) == versions.size() ? Sev::Ok : Sev::Error;
    c.arguments = {{QStringLiteral("sources"), sources}, {QStringLiteral("versions"), versions}};
    return c;
}

ReadinessCheck bootVga(const SysfsFunction &g)
{
    // No arguments: the subject is the GPU.
    ReadinessCheck c = check("gpu.bootVga", g.address);
    c.severity = g.bootVga ? Sev::Warning : Sev::Ok;
    return c;
}

ReadinessCheck driverBound(const SysfsFunction &g)
{
    // Arguments: driver, expected (driver names), vendorId ("10de"), problem ("", "none", "nouveau",
    // "unexpected").
    ReadinessCheck c = check("gpu.driverBound", g.address);
    const QStringList expected = Readiness::expectedDrivers(g.vendorId);
    QString problem;
    if (g.driver.isEmpty())
        problem = QStringLiteral("none");
    else if (g.driver == u"nouveau")
        problem = QStringLiteral("nouveau");
    else if (!expected.contains(g.driver))
        problem = QStringLiteral("unexpected");
    c.severity = problem.isEmpty() ? Sev::Ok : Sev::Warning;
    c.arguments = {{QStringLiteral("driver"), g.driver},
                   {QStringLiteral("expected"), expected},
                   {QStringLiteral("vendorId"), QString::asprintf("%04x", g.vendorId)},
                   {QStringLiteral("problem"), problem}};
    return c;
}

std::optional<ReadinessCheck> groupShared(const SysfsFacts &facts, const SysfsFunction &f)
{
    // Arguments: group, devices (list of {address, driver, class}: the members that block assignment).
    if (f.iommuGroup < 0)
        return std::nullopt;
    QVariantList others;
    for (const PciAddress &a : f.iommuGroupMembers) {
        if (a == f.address || a.sameSlot(f.address))
            continue;
        const SysfsFunction *m = facts.function(a);
        if (m && (m->isBridge() || boundForPassthrough(*m)))
            continue;
        others.append(
            QVariantMap{{QStringLiteral("address"), a.toString()},
                        {QStringLiteral("driver"), m ? m->driver : QString()},
                        {QStringLiteral("class"), m ? QString::asprintf("%06x", m->classCode) : QString()}});
    }
    ReadinessCheck c = check("iommu.group.shared", f.address);
    c.severity = others.isEmpty() ? Sev::Ok : Sev::Warning;
    c.arguments = {{QStringLiteral("group"), f.iommuGroup}, {QStringLiteral("devices"), others}};
    return c;
}

ReadinessCheck sriovCapable(const SysfsFunction &g)
{
    // Arguments: total, enabled, vendorId.
    ReadinessCheck c = check("gpu.sriovCapable", g.address);
    c.severity = g.sriovNumVfs > 0 ? Sev::Ok : Sev::Info;
    c.arguments = {{QStringLiteral("total"), g.sriovTotalVfs},
                   {QStringLiteral("enabled"), g.sriovNumVfs},
                   {QStringLiteral("vendorId"), QString::asprintf("%04x", g.vendorId)}};
    return c;
}

ReadinessCheck mdevTypes(const SysfsFacts &facts, const SysfsFunction &g)
{
    // Arguments: types (count on the GPU and its VFs), sriovTotal, sriovEnabled.
    ReadinessCheck c = check("vgpu.mdevTypes", g.address);
    const int types = vgpuTypeCount(facts, g);
    c.severity = types > 0 ? Sev::Ok : Sev::Warning;
    c.arguments = {{QStringLiteral("types"), types},
                   {QStringLiteral("sriovTotal"), g.sriovTotalVfs},
                   {QStringLiteral("sriovEnabled"), g.sriovNumVfs}};
    return c;
}
} // namespace

bool Readiness::isNvidiaVgpuCapable(const SysfsFacts &facts, const SysfsFunction &gpu)
{
    if (gpu.vendorId != 0x10de || !gpu.isDisplay())
        return false;
    return (gpu.classCode >> 8) == 0x0302 || gpu.sriovTotalVfs > 0 || gpu.hasNvidiaVgpu ||
           vgpuTypeCount(facts, gpu) > 0 || holdsMdevs(facts, gpu);
}

QStringList Readiness::expectedDrivers(quint16 vendorId)
{
    switch (vendorId) {
    case 0x10de:
        return {QStringLiteral("nvidia"), vfioPci, pciStub};
    case 0x1002:
        return {QStringLiteral("amdgpu"), QStringLiteral("gim"), vfioPci, pciStub};
    case 0x8086:
        return {QStringLiteral("i915"), QStringLiteral("xe"), vfioPci, pciStub};
    default:
        return {vfioPci, pciStub};
    }
}

QString Readiness::iommuParameter(const PlatformFacts &p)
{
    return p.isAmd() ? QStringLiteral("amd_iommu=on") : QStringLiteral("intel_iommu=on");
}

ReadinessReport checkReadiness(const SysfsFacts &facts)
{
    ReadinessReport r;
    r.checkedAt = facts.scannedAt;
    const PlatformFacts &p = facts.platform;
    r.checks << cpuVirtualization(p) << iommuEnabled(p) << iommuPassthrough(p) << vfioModules(facts);
    if (auto c = vgpuManager(facts))
        r.checks << *c;
    if (auto c = driverVersions(p))
        r.checks << *c;
    for (const SysfsFunction &g : facts.functions) {
        if (!g.isGpu())
            continue;
        r.checks << bootVga(g) << driverBound(g);
        if (auto c = groupShared(facts, g))
            r.checks << *c;
        if (g.sriovTotalVfs > 0)
            r.checks << sriovCapable(g);
        if (p.vgpuManager && Readiness::isNvidiaVgpuCapable(facts, g) && !boundForPassthrough(g))
            r.checks << mdevTypes(facts, g);
        // VFs are assigned like whole functions; only their problems are listed, 16–32 per GPU otherwise.
        for (const SysfsFunction *vf : vfsOf(facts, g))
            if (auto c = groupShared(facts, *vf); c && c->severity != Sev::Ok)
                r.checks << *c;
    }
    return r;
}

ReadinessSeverity ReadinessReport::worst() const
{
    ReadinessSeverity w = ReadinessSeverity::Ok;
    for (const ReadinessCheck &c : checks)
        w = std::max(w, c.severity);
    return w;
}

const ReadinessCheck *ReadinessReport::find(QStringView id, const PciAddress &subject) const
{
    for (const ReadinessCheck &c : checks)
        if (c.id == id && c.subject == subject)
            return &c;
    return nullptr;
}
