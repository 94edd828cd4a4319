#include "readinesstext.h"

namespace {

QString arg(const ReadinessCheck &c, const char *key)
{
    return c.arguments.value(QString::fromLatin1(key)).toString();
}

int intArg(const ReadinessCheck &c, const char *key)
{
    return c.arguments.value(QString::fromLatin1(key)).toInt();
}

QStringList listArg(const ReadinessCheck &c, const char *key)
{
    return c.arguments.value(QString::fromLatin1(key)).toStringList();
}

// Adds a paragraph of prose followed by its literal lines, each on its own indented line.
void addRemedy(ReadinessText &t, const QString &prose, const QStringList &lines = {})
{
    QString paragraph = prose;
    for (const QString &l : lines)
        paragraph += QStringLiteral("\n    ") + l;
    t.remedy = t.remedy.isEmpty() ? paragraph : t.remedy + u'\n' + paragraph;
    t.lines += lines;
}

QString sysfsDevice(const QString &address)
{
    return QStringLiteral("/sys/bus/pci/devices/") + address;
}

// The lines that hand one function to vfio-pci by hand (what the agent's bind action does).
QStringList bindLines(const QString &address, bool bound)
{
    QStringList l{QStringLiteral("echo vfio-pci > %1/driver_override").arg(sysfsDevice(address))};
    if (bound)
        l << QStringLiteral("echo %1 > %2/driver/unbind").arg(address, sysfsDevice(address));
    l << QStringLiteral("echo %1 > /sys/bus/pci/drivers_probe").arg(address);
    return l;
}

QString flagName(const QString &flag)
{
    return flag == u"svm" ? QStringLiteral("AMD-V (svm)") : QStringLiteral("Intel VT-x (vmx)");
}

void cpuVirtualization(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("CPU virtualization (VT-x/AMD-V)");
    const QString problem = arg(c, "problem");
    const QString flag = flagName(arg(c, "flag"));
    if (problem.isEmpty()) {
        t.reason = ReadinessText::tr("The CPU offers %1 and the %2 module is loaded.")
                       .arg(flag, arg(c, "kvmModule"));
    } else if (problem == u"unknown") {
        t.reason = ReadinessText::tr("The CPU's virtualization flags could not be read from /proc/cpuinfo.");
        addRemedy(
            t, ReadinessText::tr("Check that /proc is mounted and that the agent may read /proc/cpuinfo."));
    } else if (problem == u"flag") {
        t.reason = ReadinessText::tr(
                       "The CPU does not offer %1: virtual machines cannot use hardware virtualization.")
                       .arg(flag);
        addRemedy(
            t, ReadinessText::tr(
                   "Enable %1 in the firmware setup and restart the host. If this host is itself a virtual "
                   "machine, enable nested virtualization on its hypervisor.")
                   .arg(flag));
    } else {
        t.reason = ReadinessText::tr("The CPU offers %1, but the %2 module is not loaded.")
                       .arg(flag, arg(c, "kvmModule"));
        addRemedy(t, ReadinessText::tr("Load the module:"),
                  {QStringLiteral("modprobe %1").arg(arg(c, "kvmModule"))});
    }
}

void iommuEnabled(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("IOMMU enabled");
    const QString problem = arg(c, "problem");
    const QString params = arg(c, "parameter") + QStringLiteral(" iommu=pt");
    const QString grub =
        ReadinessText::tr(
            "Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub and restart the host:")
            .arg(params);
    if (problem.isEmpty()) {
        t.reason =
            ReadinessText::tr("The kernel uses the IOMMU: %n IOMMU group(s).", nullptr, intArg(c, "groups"));
    } else if (problem == u"disabled") {
        t.reason = ReadinessText::tr(
            "The kernel command line turns the IOMMU off, so no device can be passed through.");
        addRemedy(t,
                  ReadinessText::tr("Remove the \"off\" setting from the kernel command line.") + u' ' + grub,
                  {params, QStringLiteral("update-grub")});
    } else if (problem == u"firmware") {
        t.reason = ReadinessText::tr(
                       "The kernel command line asks for %1, but the kernel found no IOMMU: it is probably "
                       "disabled in the firmware.")
                       .arg(arg(c, "parameter"));
        addRemedy(
            t, ReadinessText::tr(
                   "Enable VT-d (Intel) or AMD-Vi/IOMMU (AMD) in the firmware setup and restart the host."));
    } else {
        t.reason =
            ReadinessText::tr(
                "The IOMMU is off: the kernel command line does not ask for %1 and the kernel found no "
                "IOMMU, so no device can be passed through.")
                .arg(arg(c, "parameter"));
        addRemedy(t, grub, {params, QStringLiteral("update-grub")});
    }
}

void iommuPassthrough(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("IOMMU passthrough mode (iommu=pt)");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = ReadinessText::tr("The host's own devices bypass IOMMU translation (iommu=pt).");
        return;
    }
    t.reason = ReadinessText::tr(
        "iommu=pt is not set: the host's own devices go through IOMMU translation, which can slow "
        "host I/O. Virtual machines are not affected.");
    addRemedy(t,
              ReadinessText::tr(
                  "Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub and restart the host:")
                  .arg(arg(c, "parameter")),
              {arg(c, "parameter"), QStringLiteral("update-grub")});
}

void vfioModules(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("VFIO modules");
    const QStringList ids = listArg(c, "ids");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = ReadinessText::tr("vfio and vfio_pci are loaded.");
        return;
    }
    t.reason = ReadinessText::tr("Not loaded: %1. Without vfio-pci no function can be passed through.")
                   .arg(listArg(c, "missing").join(QStringLiteral(", ")));
    addRemedy(t,
              ReadinessText::tr("Load vfio-pci now, and at every boot with a line \"vfio-pci\" in "
                                "/etc/modules-load.d/vfio.conf:"),
              {QStringLiteral("modprobe vfio-pci")});
    if (!ids.isEmpty())
        addRemedy(t,
                  ReadinessText::tr(
                      "To let vfio-pci claim the GPUs meant for passthrough at boot, add this line to "
                      "/etc/modprobe.d/vfio.conf, then run update-initramfs -u:"),
                  {QStringLiteral("options vfio-pci ids=%1").arg(ids.join(u',')),
                   QStringLiteral("update-initramfs -u")});
}

void vgpuManager(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("NVIDIA vGPU manager");
    const QString version = arg(c, "version");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = version.isEmpty()
                       ? ReadinessText::tr("The NVIDIA vGPU manager is loaded.")
                       : ReadinessText::tr("The NVIDIA vGPU manager %1 is loaded.").arg(version);
        return;
    }
    const QStringList gpus = listArg(c, "gpus");
    t.reason = ReadinessText::tr(
                   "%n NVIDIA GPU(s) can host vGPUs (%1), but the NVIDIA vGPU manager (nvidia_vgpu_vfio) is "
                   "not loaded.",
                   nullptr, int(gpus.size()))
                   .arg(gpus.join(QStringLiteral(", ")));
    addRemedy(
        t,
        ReadinessText::tr("Install the NVIDIA vGPU Manager for KVM that matches this kernel (from the NVIDIA "
                          "Licensing Portal), restart the host, and check that the module is loaded:"),
        {QStringLiteral("lsmod | grep nvidia_vgpu_vfio")});
}

void driverVersions(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("NVIDIA driver versions");
    const QStringList sources = listArg(c, "sources"), versions = listArg(c, "versions");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = ReadinessText::tr("Every NVIDIA driver part has version %1.").arg(versions.value(0));
        return;
    }
    QStringList pairs;
    for (qsizetype i = 0; i < sources.size(); ++i)
        pairs << QStringLiteral("%1 %2").arg(sources[i], versions.value(i));
    t.reason = ReadinessText::tr("The NVIDIA driver parts have different versions: %1.")
                   .arg(pairs.join(QStringLiteral(", ")));
    addRemedy(t, ReadinessText::tr(
                     "Install one driver version for every NVIDIA kernel module (reinstall the vGPU manager "
                     "package), then restart the host so that no old module stays loaded."));
}

void bootVga(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("Boot display");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = ReadinessText::tr("This GPU is not the host's boot display.");
        return;
    }
    t.reason = ReadinessText::tr(
        "This GPU is the host's boot display (boot_vga): the firmware and the host console use it, "
        "so passing it through can fail or leave the host without a display.");
    addRemedy(
        t, ReadinessText::tr(
               "Keep this GPU for the host, or select the onboard or BMC display as the primary display in "
               "the firmware setup and restart the host."));
}

void driverBound(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("GPU driver");
    const QString problem = arg(c, "problem"), driver = arg(c, "driver"), address = c.subject.toString();
    const QString expected = listArg(c, "expected").join(QStringLiteral(", "));
    if (problem.isEmpty()) {
        t.reason = ReadinessText::tr("Bound to %1.").arg(driver);
    } else if (problem == u"nouveau") {
        t.reason = ReadinessText::tr(
            "The open-source nouveau driver is bound: NVIDIA vGPU needs the nvidia driver and "
            "passthrough needs vfio-pci.");
        addRemedy(
            t,
            ReadinessText::tr(
                "Blacklist nouveau: put these two lines into /etc/modprobe.d/blacklist-nouveau.conf, run "
                "update-initramfs -u and restart the host:"),
            {QStringLiteral("blacklist nouveau"), QStringLiteral("options nouveau modeset=0"),
             QStringLiteral("update-initramfs -u")});
    } else if (problem == u"none") {
        t.reason = ReadinessText::tr("No driver is bound to this GPU.");
        addRemedy(
            t,
            ReadinessText::tr(
                "For passthrough, bind it to vfio-pci (\"Bind to vfio-pci\" in the console does this):"),
            bindLines(address, false));
        addRemedy(t, ReadinessText::tr("For host use or vGPU, load the vendor's driver instead (one of %1).")
                         .arg(expected));
    } else {
        t.reason = ReadinessText::tr("Bound to %1; a GPU is expected on one of %2.").arg(driver, expected);
        addRemedy(
            t,
            ReadinessText::tr(
                "For passthrough, move it to vfio-pci (\"Bind to vfio-pci\" in the console does this):"),
            bindLines(address, true));
    }
}

void groupShared(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("IOMMU group isolation");
    const int group = intArg(c, "group");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason =
            ReadinessText::tr("IOMMU group %1 holds only this device's functions and bridges.").arg(group);
        return;
    }
    QStringList names, lines;
    for (const QVariant &v : c.arguments.value(QStringLiteral("devices")).toList()) {
        const QVariantMap d = v.toMap();
        const QString a = d.value(QStringLiteral("address")).toString(),
                      drv = d.value(QStringLiteral("driver")).toString();
        names << (drv.isEmpty() ? ReadinessText::tr("%1 (no driver)").arg(a)
                                : QStringLiteral("%1 (%2)").arg(a, drv));
        lines << bindLines(a, !drv.isEmpty());
    }
    t.reason =
        ReadinessText::tr(
            "IOMMU group %1 also holds %2. Every device of a group must go to the same virtual machine "
            "or be bound to vfio-pci.")
            .arg(group)
            .arg(names.join(QStringLiteral(", ")));
    addRemedy(
        t,
        ReadinessText::tr(
            "Bind them to vfio-pci as well (the host can no longer use them), or move the GPU to a slot "
            "whose root port isolates it (ACS):"),
        lines);
}

void sriovCapable(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("SR-IOV virtual functions");
    const int total = intArg(c, "total"), enabled = intArg(c, "enabled");
    const QString address = c.subject.toString();
    if (enabled > 0) {
        t.reason =
            ReadinessText::tr("%1 of %n virtual function(s) are enabled.", nullptr, total).arg(enabled);
        return;
    }
    t.reason =
        ReadinessText::tr("The GPU supports %n virtual function(s); none are enabled.", nullptr, total);
    if (arg(c, "vendorId") == u"10de")
        addRemedy(t,
                  ReadinessText::tr(
                      "Enable them with NVIDIA's script, which the vGPU manager installs (again after each "
                      "restart):"),
                  {QStringLiteral("/usr/lib/nvidia/sriov-manage -e %1").arg(address)});
    else
        addRemedy(t, ReadinessText::tr("Enable them (\"Set VF count\" in the console does this):"),
                  {QStringLiteral("echo %1 > %2/sriov_numvfs").arg(total).arg(sysfsDevice(address))});
}

void mdevTypes(const ReadinessCheck &c, ReadinessText &t)
{
    t.title = ReadinessText::tr("vGPU types");
    if (c.severity == ReadinessSeverity::Ok) {
        t.reason = ReadinessText::tr("The GPU offers %n vGPU type(s).", nullptr, intArg(c, "types"));
        return;
    }
    if (intArg(c, "sriovTotal") > 0 && intArg(c, "sriovEnabled") == 0) {
        t.reason = ReadinessText::tr(
            "The vGPU manager is loaded, but this GPU offers no vGPU types: its virtual functions are "
            "not enabled.");
        addRemedy(t, ReadinessText::tr("Enable them with NVIDIA's script:"),
                  {QStringLiteral("/usr/lib/nvidia/sriov-manage -e %1").arg(c.subject.toString())});
        return;
    }
    t.reason = ReadinessText::tr("The vGPU manager is loaded, but this GPU offers no vGPU types.");
    addRemedy(t,
              ReadinessText::tr(
                  "Check that the nvidia-vgpu-mgr service runs and that the GPU is in a vGPU-capable mode "
                  "(some boards ship in a display mode that NVIDIA's displaymodeselector changes):"),
              {QStringLiteral("systemctl status nvidia-vgpu-mgr")});
}
} // namespace

ReadinessText ReadinessText::render(const ReadinessCheck &c)
{
    ReadinessText t;
    using Render = void (*)(const ReadinessCheck &, ReadinessText &);
    static const QHash<QString, Render> renderers{
        {QStringLiteral("cpu.virtualization"), cpuVirtualization},
        {QStringLiteral("iommu.enabled"), iommuEnabled},
        {QStringLiteral("iommu.passthrough"), iommuPassthrough},
        {QStringLiteral("vfio.modules"), vfioModules},
        {QStringLiteral("vgpu.manager"), vgpuManager},
        {QStringLiteral("driver.versionMismatch"), driverVersions},
        {QStringLiteral("gpu.bootVga"), bootVga},
        {QStringLiteral("gpu.driverBound"), driverBound},
        {QStringLiteral("iommu.group.shared"), groupShared},
        {QStringLiteral("gpu.sriovCapable"), sriovCapable},
        {QStringLiteral("vgpu.mdevTypes"), mdevTypes},
    };
    if (const Render r = renderers.value(c.id)) {
        r(c, t);
        return t;
    }
    // A check from a newer agent: show what it says rather than nothing.
    t.title = c.id;
    QStringList args;
    for (auto it = c.arguments.cbegin(); it != c.arguments.cend(); ++it)
        args << QStringLiteral("%1=%2").arg(it.key(), it.value().toString());
    t.reason = args.join(QStringLiteral(", "));
    return t;
}

QString ReadinessText::severityText(ReadinessSeverity s)
{
    switch (s) {
    case ReadinessSeverity::Ok:
        return tr("OK", "@item readiness check passed");
    case ReadinessSeverity::Info:
        return tr("Information", "@item readiness check");
    case ReadinessSeverity::Warning:
        return tr("Warning", "@item readiness check");
    case ReadinessSeverity::Error:
        return tr("Error", "@item readiness check");
    }
    return {};
}

QString ReadinessText::subjectText(const ReadinessCheck &c)
{
    return c.isHostCheck() ? tr("Host", "@item subject of a readiness check") : c.subject.toString();
}
