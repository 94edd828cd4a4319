<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Virtual machines</source>
        <comment>@item:inlistbox tree folder of a host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@item:inlistbox PCI address, product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@item:inlistbox a device, the VM that holds it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>@title:column cluster tree</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a host&apos;s libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a name shown instead of the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu+ssh://root@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo host file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>Malformed domain description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuBoardView</name>
    <message>
        <source>Select a host to see its GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info host name: connection state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GPUs found on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU board</source>
        <comment>@info accessible name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gen%1 x%2</source>
        <comment>@label PCIe link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x%1</source>
        <comment>@label PCIe link width</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of Gen%2 x%3)</source>
        <comment>@label degraded PCIe link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>@label memory size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>@label memory size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual function %1 (VF %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: can be assigned to a VM</source>
        <comment>@info VF</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info function address — product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travels with the GPU when it is passed through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU group %1 is shared with other devices:
%2
They can only be passed through together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more %1 vGPU(s) can be created on this GPU.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info vendor product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed through to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s), %1 of %2 framebuffer in use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIG mode: %n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV: %1 of %n VF(s) enabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No vGPU: whole-GPU passthrough only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU %1 (MIG %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framebuffer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to a VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory slices %1–%2, compute slices %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position unknown: it does not fit the slot layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 · %2</source>
        <comment>@info parent function · mdev uuid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1 of %2 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>vGPU · %n slice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Equal-size mode: the first vGPU fixes the slice size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free: %1</source>
        <comment>@label free framebuffer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed-size mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal-size mode: %1 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free: %1 × %2</source>
        <comment>@label free vGPU slices: count × type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: no room for another %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not assigned</source>
        <comment>@label vGPU type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>@label vGPU type · VM (state)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free · any vGPU profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vGPU on this GPU yet. In equal-size mode the first vGPU created fixes the framebuffer size of all others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <comment>@label free vGPU slot</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label vGPU type · VM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MIG · %n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <comment>@label MIG compute slices row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@label MIG memory slices row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1g</source>
        <comment>@label short MIG profile</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label MIG profile · VM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free: %1 of %2 compute, %3 of %4 memory slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) not in the grid: no legal slot left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · not assigned</source>
        <comment>@label MIG profile · type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <comment>@label MIG profile · type · VM (state)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV · %1 of %n VF(s) enabled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VF %1 · %2</source>
        <comment>@label VF number · VM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VF %1 · free</source>
        <comment>@label VF number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VF %1 · %2 (%3)</source>
        <comment>@label VF number · VM (state)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more assigned VF(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All VFs free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot VGA</source>
        <comment>@label badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host boots on this GPU&apos;s display. Passing it through can leave the host without a console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared IOMMU group %1</source>
        <comment>@label badge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>@label whole GPU passed through to a VM</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vGPU · passthrough only (vfio-pci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vGPU types offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vGPU types offered · driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label function address · product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label function · driver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <comment>@label vGPU without VM</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiCredentialProvider</name>
    <message>
        <source>Credentials for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 asks you to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryJson</name>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>VFs: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs: %1 (%2 running)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IommuGroupModel</name>
    <message>
        <source>Group %1</source>
        <comment>@item IOMMU group number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n devices share this IOMMU group: they can only be assigned together, to one VM</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Shares its IOMMU group with %1: all of them must be assigned to the same VM or bound to vfio-pci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host boots its console on this GPU: passing it through leaves the host without a display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / function</source>
        <comment>@title:column IOMMU tree</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <comment>@title:column PCI device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>@title:column kernel driver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <comment>@title:column the VM a device is assigned to</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No state</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>@label VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>@label host connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>@label host connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@label host connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <comment>@label host connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Applications (vApps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual PC (vPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTX Virtual Workstation (vWS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Compute Server (vCS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>@label licence edition</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtWorker</name>
    <message>
        <source>Cannot list the devices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the virtual machines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Virtualization Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cluster&lt;/b&gt; — simulated hosts, GPUs and VMs. Nothing here touches a real host. Add a connection (Ctrl+N) to manage your own hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter hosts, GPUs, types, VMs… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOMMU Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vGPU Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GPU Virtualization Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Virtualization Console&lt;/b&gt; %1&lt;br&gt;See every GPU of your KVM hosts, its IOMMU group, vGPU profiles and the VMs that hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the console? The host itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU Virtualization Console — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeDeviceXml</name>
    <message>
        <source>Malformed node device description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationProxy</name>
    <message numerus="yes">
        <source>Next attempt in %n second(s)</source>
        <comment>@info:tooltip host reconnection</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Held by %1</source>
        <comment>@info:tooltip the VM a device is assigned to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>@item host of the built-in demo cluster</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticHostConnection</name>
    <message>
        <source>No such host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VgpuProfileModel</name>
    <message>
        <source>%1 %2</source>
        <comment>@item GPU: PCI address, product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <comment>@item framebuffer per vGPU</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column vGPU type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framebuffer</source>
        <comment>@title:column per vGPU</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <comment>@title:column vGPU series letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence edition</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>@title:column vGPU instances that can still be created</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <comment>@title:column vGPU instances per GPU</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>@title:column vGPU instances that exist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type id</source>
        <comment>@title:column mdev type id</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmTableModel</name>
    <message>
        <source>vGPU %1</source>
        <comment>@item assigned device: an mdev the host does not list; its uuid</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vGPU (%2)</source>
        <comment>@item assigned device: vGPU type, PCI address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@item assigned device: PCI address, product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>@title:column VM name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column VM state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@title:column VM memory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <comment>@title:column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot read the workspace file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged and could not be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file was damaged; it was kept as %1 and an empty workspace was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the workspace file %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
