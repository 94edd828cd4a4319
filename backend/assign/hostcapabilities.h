// What a host can do for an assignment, which decides how a plan changes it: live attach, mdev creation
// through libvirt's node-device API or through the agent, rebinding a function to vfio-pci.
#pragma once

#include "model/hostsnapshot.h"

struct HostCapabilities
{
    bool liveAttach = false;     // the hypervisor attaches and detaches devices of running VMs (QEMU)
    bool nodeDeviceMdev = false; // libvirt defines and starts mdevs (virNodeDeviceDefineXML, libvirt >= 7.3)
    bool nodeDeviceDetach = false; // libvirt rebinds PCI functions to vfio-pci (virNodeDeviceDetachFlags)
    bool agent = false;            // the host agent answers and can act (create mdevs, bind, MIG)

    // From what the snapshot says: the QEMU driver does all three libvirt parts (mdevs need libvirt 7.3),
    // the test driver none of them; the agent when it has reported.
    static HostCapabilities of(const HostSnapshot &s)
    {
        HostCapabilities c;
        const bool qemu = s.hypervisor.startsWith(QLatin1String("QEMU"));
        c.liveAttach = qemu;
        c.nodeDeviceDetach = qemu;
        const QList<QStringView> v = QStringView(s.libvirtVersion).split(u'.');
        const int major = v.size() > 0 ? v[0].toInt() : 0;
        const int minor = v.size() > 1 ? v[1].toInt() : 0;
        c.nodeDeviceMdev = qemu && (major > 7 || (major == 7 && minor >= 3));
        c.agent = s.agent.present;
        return c;
    }
};
