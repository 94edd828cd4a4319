<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Virtual machines</source>
        <comment>@item:inlistbox tree folder of a host</comment>
        <translation>Virtual machines</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@item:inlistbox PCI address, product</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@item:inlistbox a device, the VM that holds it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>@title:column cluster tree</comment>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>Add Connection</translation>
    </message>
    <message>
        <source>Connect to a host&apos;s libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</source>
        <translation>Connect to a host&apos;s libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>libvirt URI</translation>
    </message>
    <message>
        <source>libvirt &amp;URI:</source>
        <translation>libvirt &amp;URI:</translation>
    </message>
    <message>
        <source>Optional: a name shown instead of the host name</source>
        <translation>Optional: a name shown instead of the host name</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Connection name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Problem with the URI</source>
        <translation>Problem with the URI</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu+ssh://root@host/system.</source>
        <translation>Enter a libvirt URI, for example qemu+ssh://root@host/system.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</source>
        <translation>&quot;%1&quot; is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URI: %2</source>
        <translation>&quot;%1&quot; is not a valid URI: %2</translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation>The test driver file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster is missing from this build</source>
        <translation>The demo cluster is missing from this build</translation>
    </message>
    <message>
        <source>Cannot read the demo host %1</source>
        <translation>Cannot read the demo host %1</translation>
    </message>
    <message>
        <source>Cannot write the demo host file %1</source>
        <translation>Cannot write the demo host file %1</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>Malformed domain description</source>
        <translation>Malformed domain description</translation>
    </message>
</context>
<context>
    <name>GpuBoardView</name>
    <message>
        <source>Select a host to see its GPUs</source>
        <translation>Select a host to see its GPUs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info host name: connection state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No GPUs found on %1</source>
        <translation>No GPUs found on %1</translation>
    </message>
    <message>
        <source>VM %1 (%2)</source>
        <translation>VM %1 (%2)</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>Holds: %1</translation>
    </message>
    <message>
        <source>GPU board</source>
        <comment>@info accessible name</comment>
        <translation>GPU board</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n vGPU</numerusform>
            <numerusform>%n vGPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between GPUs.</source>
        <translation>Arrow keys move between GPUs.</translation>
    </message>
    <message>
        <source>Gen%1 x%2</source>
        <comment>@label PCIe link</comment>
        <translation>Gen%1 x%2</translation>
    </message>
    <message>
        <source>x%1</source>
        <comment>@label PCIe link width</comment>
        <translation>x%1</translation>
    </message>
    <message>
        <source>%1 (of Gen%2 x%3)</source>
        <comment>@label degraded PCIe link</comment>
        <translation>%1 (of Gen%2 x%3)</translation>
    </message>
    <message>
        <source>NUMA %1</source>
        <translation>NUMA %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <comment>@label memory size</comment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <comment>@label memory size</comment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Virtual function %1 (VF %2 of %3)</source>
        <translation>Virtual function %1 (VF %2 of %3)</translation>
    </message>
    <message>
        <source>Assigned to %1 (%2)</source>
        <translation>Assigned to %1 (%2)</translation>
    </message>
    <message>
        <source>Free: can be assigned to a VM</source>
        <comment>@info VF</comment>
        <translation>Free: can be assigned to a VM</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info function address — product</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>Driver: %1</translation>
    </message>
    <message>
        <source>Travels with the GPU when it is passed through.</source>
        <translation>Travels with the GPU when it is passed through.</translation>
    </message>
    <message>
        <source>IOMMU group %1 is shared with other devices:
%2
They can only be passed through together.</source>
        <translation>IOMMU group %1 is shared with other devices:
%2
They can only be passed through together.</translation>
    </message>
    <message numerus="yes">
        <source>%n more %1 vGPU(s) can be created on this GPU.</source>
        <translation>
            <numerusform>%n more %1 vGPU can be created on this GPU.</numerusform>
            <numerusform>%n more %1 vGPUs can be created on this GPU.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info vendor product</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU group %1</translation>
    </message>
    <message>
        <source>Passed through to %1 (%2)</source>
        <translation>Passed through to %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s), %1 of %2 framebuffer in use</source>
        <translation>
            <numerusform>%n vGPU, %1 of %2 framebuffer in use</numerusform>
            <numerusform>%n vGPUs, %1 of %2 framebuffer in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIG mode: %n instance(s)</source>
        <translation>
            <numerusform>MIG mode: %n instance</numerusform>
            <numerusform>MIG mode: %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV: %1 of %n VF(s) enabled</source>
        <translation>
            <numerusform>SR-IOV: %1 of %n VF enabled</numerusform>
            <numerusform>SR-IOV: %1 of %n VFs enabled</numerusform>
        </translation>
    </message>
    <message>
        <source>No vGPU: whole-GPU passthrough only</source>
        <translation>No vGPU: whole-GPU passthrough only</translation>
    </message>
    <message>
        <source>vGPU %1</source>
        <translation>vGPU %1</translation>
    </message>
    <message>
        <source>vGPU %1 (MIG %2)</source>
        <translation>vGPU %1 (MIG %2)</translation>
    </message>
    <message>
        <source>Framebuffer: %1</source>
        <translation>Framebuffer: %1</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>Series: %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Licence: %1</translation>
    </message>
    <message>
        <source>Not assigned to a VM</source>
        <translation>Not assigned to a VM</translation>
    </message>
    <message>
        <source>Held by %1 (%2)</source>
        <translation>Held by %1 (%2)</translation>
    </message>
    <message>
        <source>Memory slices %1–%2, compute slices %3–%4</source>
        <translation>Memory slices %1–%2, compute slices %3–%4</translation>
    </message>
    <message>
        <source>Position unknown: it does not fit the slot layout</source>
        <translation>Position unknown: it does not fit the slot layout</translation>
    </message>
    <message>
        <source>On %1 · %2</source>
        <comment>@info parent function · mdev uuid</comment>
        <translation>On %1 · %2</translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1 of %2 in use</source>
        <translation>vGPU framebuffer · %1 of %2 in use</translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1</source>
        <translation>vGPU framebuffer · %1</translation>
    </message>
    <message numerus="yes">
        <source>vGPU · %n slice(s)</source>
        <translation>
            <numerusform>vGPU · %n slice</numerusform>
            <numerusform>vGPU · %n slices</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal-size mode: the first vGPU fixes the slice size</source>
        <translation>Equal-size mode: the first vGPU fixes the slice size</translation>
    </message>
    <message>
        <source>free: %1</source>
        <comment>@label free framebuffer</comment>
        <translation>free: %1</translation>
    </message>
    <message>
        <source>Mixed-size mode</source>
        <translation>Mixed-size mode</translation>
    </message>
    <message>
        <source>Equal-size mode: %1 slices</source>
        <translation>Equal-size mode: %1 slices</translation>
    </message>
    <message>
        <source>free: %1 × %2</source>
        <comment>@label free vGPU slices: count × type</comment>
        <translation>free: %1 × %2</translation>
    </message>
    <message>
        <source>Full: no room for another %1</source>
        <translation>Full: no room for another %1</translation>
    </message>
    <message>
        <source>%1 · not assigned</source>
        <comment>@label vGPU type</comment>
        <translation>%1 · not assigned</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>@label vGPU type · VM (state)</comment>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Free · any vGPU profile</source>
        <translation>Free · any vGPU profile</translation>
    </message>
    <message>
        <source>No vGPU on this GPU yet. In equal-size mode the first vGPU created fixes the framebuffer size of all others.</source>
        <translation>No vGPU on this GPU yet. In equal-size mode the first vGPU created fixes the framebuffer size of all others.</translation>
    </message>
    <message>
        <source>free</source>
        <comment>@label free vGPU slot</comment>
        <translation>free</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label vGPU type · VM name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>MIG · %n instance(s)</source>
        <translation>
            <numerusform>MIG · %n instance</numerusform>
            <numerusform>MIG · %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <comment>@label MIG compute slices row</comment>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@label MIG memory slices row</comment>
        <translation>Memory</translation>
    </message>
    <message>
        <source>%1g</source>
        <comment>@label short MIG profile</comment>
        <translation>%1g</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label MIG profile · VM name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>free: %1 of %2 compute, %3 of %4 memory slices</source>
        <translation>free: %1 of %2 compute, %3 of %4 memory slices</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) not in the grid: no legal slot left</source>
        <translation>
            <numerusform>%n instance not in the grid: no legal slot left</numerusform>
            <numerusform>%n instances not in the grid: no legal slot left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · not assigned</source>
        <comment>@label MIG profile · type</comment>
        <translation>%1 · %2 · not assigned</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <comment>@label MIG profile · type · VM (state)</comment>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV · %1 of %n VF(s) enabled</source>
        <translation>
            <numerusform>SR-IOV · %1 of %n VF enabled</numerusform>
            <numerusform>SR-IOV · %1 of %n VFs enabled</numerusform>
        </translation>
    </message>
    <message>
        <source>VF %1 · %2</source>
        <comment>@label VF number · VM name</comment>
        <translation>VF %1 · %2</translation>
    </message>
    <message>
        <source>VF %1 · free</source>
        <comment>@label VF number</comment>
        <translation>VF %1 · free</translation>
    </message>
    <message>
        <source>VF %1 · %2 (%3)</source>
        <comment>@label VF number · VM (state)</comment>
        <translation>VF %1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more assigned VF(s)</source>
        <translation>
            <numerusform>… and %n more assigned VF</numerusform>
            <numerusform>… and %n more assigned VFs</numerusform>
        </translation>
    </message>
    <message>
        <source>All VFs free</source>
        <translation>All VFs free</translation>
    </message>
    <message>
        <source>Boot VGA</source>
        <comment>@label badge</comment>
        <translation>Boot VGA</translation>
    </message>
    <message>
        <source>The host boots on this GPU&apos;s display. Passing it through can leave the host without a console.</source>
        <translation>The host boots on this GPU&apos;s display. Passing it through can leave the host without a console.</translation>
    </message>
    <message>
        <source>Shared IOMMU group %1</source>
        <comment>@label badge</comment>
        <translation>Shared IOMMU group %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>@label whole GPU passed through to a VM</comment>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>No vGPU · passthrough only (vfio-pci)</source>
        <translation>No vGPU · passthrough only (vfio-pci)</translation>
    </message>
    <message>
        <source>No vGPU types offered</source>
        <translation>No vGPU types offered</translation>
    </message>
    <message>
        <source>No vGPU types offered · driver %1</source>
        <translation>No vGPU types offered · driver %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label function address · product</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label function · driver</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <comment>@label vGPU without VM</comment>
        <translation>not assigned</translation>
    </message>
</context>
<context>
    <name>GuiCredentialProvider</name>
    <message>
        <source>Credentials for %1</source>
        <translation>Credentials for %1</translation>
    </message>
    <message>
        <source>The host %1 asks you to sign in.</source>
        <translation>The host %1 asks you to sign in.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
</context>
<context>
    <name>InventoryJson</name>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n vGPU</numerusform>
            <numerusform>%n vGPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>VFs: %1/%2</source>
        <translation>VFs: %1/%2</translation>
    </message>
    <message>
        <source>VMs: %1 (%2 running)</source>
        <translation>VMs: %1 (%2 running)</translation>
    </message>
</context>
<context>
    <name>IommuGroupModel</name>
    <message>
        <source>Group %1</source>
        <comment>@item IOMMU group number</comment>
        <translation>Group %1</translation>
    </message>
    <message numerus="yes">
        <source>%n devices share this IOMMU group: they can only be assigned together, to one VM</source>
        <translation>
            <numerusform>%n device is in this IOMMU group: it can only be assigned to one VM</numerusform>
            <numerusform>%n devices share this IOMMU group: they can only be assigned together, to one VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares its IOMMU group with %1: all of them must be assigned to the same VM or bound to vfio-pci</source>
        <translation>Shares its IOMMU group with %1: all of them must be assigned to the same VM or bound to vfio-pci</translation>
    </message>
    <message>
        <source>The host boots its console on this GPU: passing it through leaves the host without a display</source>
        <translation>The host boots its console on this GPU: passing it through leaves the host without a display</translation>
    </message>
    <message>
        <source>Group / function</source>
        <comment>@title:column IOMMU tree</comment>
        <translation>Group / function</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>@title:column PCI device</comment>
        <translation>Product</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>@title:column kernel driver</comment>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Held by</source>
        <comment>@title:column the VM a device is assigned to</comment>
        <translation>Held by</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other device(s)</source>
        <comment>@item IOMMU group summary</comment>
        <translation>
            <numerusform>%1 and %n other device</numerusform>
            <numerusform>%1 and %n other devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No state</source>
        <comment>@label VM state</comment>
        <translation>No state</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@label VM state</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>@label VM state</comment>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@label VM state</comment>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>@label VM state</comment>
        <translation>Shutting down</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>@label VM state</comment>
        <translation>Shut off</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>@label VM state</comment>
        <translation>Crashed</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>@label VM state</comment>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>@label host connection</comment>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>@label host connection</comment>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@label host connection</comment>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <comment>@label host connection</comment>
        <translation>Connection lost</translation>
    </message>
    <message>
        <source>None</source>
        <comment>@label licence edition</comment>
        <translation>None</translation>
    </message>
    <message>
        <source>NVIDIA Virtual Applications (vApps)</source>
        <translation>NVIDIA Virtual Applications (vApps)</translation>
    </message>
    <message>
        <source>NVIDIA Virtual PC (vPC)</source>
        <translation>NVIDIA Virtual PC (vPC)</translation>
    </message>
    <message>
        <source>NVIDIA RTX Virtual Workstation (vWS)</source>
        <translation>NVIDIA RTX Virtual Workstation (vWS)</translation>
    </message>
    <message>
        <source>NVIDIA Virtual Compute Server (vCS)</source>
        <translation>NVIDIA Virtual Compute Server (vCS)</translation>
    </message>
    <message>
        <source>No vGPU licence needed</source>
        <translation>No vGPU licence needed</translation>
    </message>
    <message>
        <source>vApps</source>
        <comment>@label licence edition</comment>
        <translation>vApps</translation>
    </message>
    <message>
        <source>vPC</source>
        <comment>@label licence edition</comment>
        <translation>vPC</translation>
    </message>
    <message>
        <source>RTX vWS</source>
        <comment>@label licence edition</comment>
        <translation>RTX vWS</translation>
    </message>
    <message>
        <source>vCS</source>
        <comment>@label licence edition</comment>
        <translation>vCS</translation>
    </message>
</context>
<context>
    <name>LibvirtWorker</name>
    <message>
        <source>Cannot list the devices of %1</source>
        <translation>Cannot list the devices of %1</translation>
    </message>
    <message>
        <source>Cannot list the virtual machines of %1</source>
        <translation>Cannot list the virtual machines of %1</translation>
    </message>
    <message>
        <source>Lost the connection to %1</source>
        <translation>Lost the connection to %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Cannot connect to %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Virtualization Console</source>
        <translation>GPU Virtualization Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cluster&lt;/b&gt; — simulated hosts, GPUs and VMs. Nothing here touches a real host. Add a connection (Ctrl+N) to manage your own hosts.</source>
        <translation>&lt;b&gt;Demo cluster&lt;/b&gt; — simulated hosts, GPUs and VMs. Nothing here touches a real host. Add a connection (Ctrl+N) to manage your own hosts.</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>Demo cluster notice</translation>
    </message>
    <message>
        <source>Filter hosts, GPUs, types, VMs… (Ctrl+F)</source>
        <translation>Filter hosts, GPUs, types, VMs… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>GPU Board</source>
        <translation>GPU Board</translation>
    </message>
    <message>
        <source>IOMMU groups</source>
        <translation>IOMMU groups</translation>
    </message>
    <message>
        <source>IOMMU Groups</source>
        <translation>IOMMU Groups</translation>
    </message>
    <message>
        <source>vGPU profiles</source>
        <translation>vGPU profiles</translation>
    </message>
    <message>
        <source>vGPU Profiles</source>
        <translation>vGPU Profiles</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtual machines</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>Virtual Machines</translation>
    </message>
    <message>
        <source>Hosts loaded</source>
        <translation>Hosts loaded</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)</source>
        <translation>
            <numerusform>%1 — retrying in %n second</numerusform>
            <numerusform>%1 — retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Retry Now</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>&amp;Add Connection…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Cluster</source>
        <translation>Open &amp;Demo Cluster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh Host</source>
        <translation>&amp;Refresh Host</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About GPU Virtualization Console</source>
        <translation>About GPU Virtualization Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Virtualization Console&lt;/b&gt; %1&lt;br&gt;See every GPU of your KVM hosts, its IOMMU group, vGPU profiles and the VMs that hold them.</source>
        <translation>&lt;b&gt;GPU Virtualization Console&lt;/b&gt; %1&lt;br&gt;See every GPU of your KVM hosts, its IOMMU group, vGPU profiles and the VMs that hold them.</translation>
    </message>
    <message>
        <source>%1 is already in the workspace.</source>
        <translation>%1 is already in the workspace.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Remove Connection</translation>
    </message>
    <message>
        <source>Remove %1 from the console? The host itself is not changed.</source>
        <translation>Remove %1 from the console? The host itself is not changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>Loaded %1 of %2</translation>
    </message>
    <message>
        <source>GPU Virtualization Console — Demo</source>
        <translation>GPU Virtualization Console — Demo</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>&amp;Remove Connection…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Dismiss message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>NodeDeviceXml</name>
    <message>
        <source>Malformed node device description</source>
        <translation>Malformed node device description</translation>
    </message>
</context>
<context>
    <name>PresentationProxy</name>
    <message numerus="yes">
        <source>Next attempt in %n second(s)</source>
        <comment>@info:tooltip host reconnection</comment>
        <translation>
            <numerusform>Next attempt in %n second</numerusform>
            <numerusform>Next attempt in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by %1</source>
        <comment>@info:tooltip the VM a device is assigned to</comment>
        <translation>Held by %1</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>@item host of the built-in demo cluster</comment>
        <translation>%1 (demo)</translation>
    </message>
</context>
<context>
    <name>RmPVMRL</name>
    <message>
        <source>Best effort</source>
        <translation>Best effort</translation>
    </message>
    <message>
        <source>Equal share</source>
        <translation>Equal share</translation>
    </message>
    <message>
        <source>Fixed share</source>
        <translation>Fixed share</translation>
    </message>
    <message>
        <source>Not an RmPVMRL value</source>
        <translation>Not an RmPVMRL value</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: unknown scheduling policy</source>
        <translation>Invalid RmPVMRL value: unknown scheduling policy</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: reserved bits are set</source>
        <translation>Invalid RmPVMRL value: reserved bits are set</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the averaging factor must be 1–60</source>
        <translation>Invalid RmPVMRL value: the averaging factor must be 1–60</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: a time slice needs equal or fixed share</source>
        <translation>Invalid RmPVMRL value: a time slice needs equal or fixed share</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the time slice must be 1–30 ms</source>
        <translation>Invalid RmPVMRL value: the time slice must be 1–30 ms</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the frequency must be 63–960 Hz</source>
        <translation>Invalid RmPVMRL value: the frequency must be 63–960 Hz</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: set either a time slice or a frequency</source>
        <translation>Invalid RmPVMRL value: set either a time slice or a frequency</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: an averaging factor needs a frequency</source>
        <translation>Invalid RmPVMRL value: an averaging factor needs a frequency</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Breadth-first (spread)</source>
        <translation>Breadth-first (spread)</translation>
    </message>
    <message>
        <source>Depth-first (consolidate)</source>
        <translation>Depth-first (consolidate)</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>Best fit</translation>
    </message>
    <message>
        <source>Fragmentation-aware</source>
        <translation>Fragmentation-aware</translation>
    </message>
    <message numerus="yes">
        <source>%n whole GPU(s)</source>
        <translation>
            <numerusform>%n whole GPU</numerusform>
            <numerusform>%n whole GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>a virtual function</source>
        <translation>a virtual function</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>no allowed host (%1) can take it</source>
        <translation>no allowed host (%1) can take it</translation>
    </message>
    <message>
        <source>no host carries the labels %1</source>
        <translation>no host carries the labels %1</translation>
    </message>
    <message>
        <source>every suitable host already holds a member of anti-affinity group &quot;%1&quot;</source>
        <translation>every suitable host already holds a member of anti-affinity group &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not enough free CPU on any suitable host (%1 millicores asked)</source>
        <translation>not enough free CPU on any suitable host (%1 millicores asked)</translation>
    </message>
    <message>
        <source>not enough free memory on any suitable host (%1 MiB asked)</source>
        <translation>not enough free memory on any suitable host (%1 MiB asked)</translation>
    </message>
    <message>
        <source>the cluster has no GPU</source>
        <translation>the cluster has no GPU</translation>
    </message>
    <message>
        <source>no GPU of an allowed model is available for %1</source>
        <translation>no GPU of an allowed model is available for %1</translation>
    </message>
    <message>
        <source>no suitable GPU on NUMA node %1</source>
        <translation>no suitable GPU on NUMA node %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time-sliced vGPU type name</source>
        <translation>&quot;%1&quot; is not a time-sliced vGPU type name</translation>
    </message>
    <message>
        <source>no GPU offers vGPU type %1</source>
        <translation>no GPU offers vGPU type %1</translation>
    </message>
    <message>
        <source>GPU %1 is already used another way (MIG, vGPU, VFs, shares or passthrough)</source>
        <translation>GPU %1 is already used another way (MIG, vGPU, VFs, shares or passthrough)</translation>
    </message>
    <message>
        <source>GPU %1 already holds %2 MB vGPUs and all vGPUs on one GPU must have the same size; %3 has %4 MB</source>
        <translation>GPU %1 already holds %2 MB vGPUs and all vGPUs on one GPU must have the same size; %3 has %4 MB</translation>
    </message>
    <message>
        <source>GPU %1 already holds %2 vGPUs, the most it can (at most 32 per GPU)</source>
        <translation>GPU %1 already holds %2 vGPUs, the most it can (at most 32 per GPU)</translation>
    </message>
    <message>
        <source>no MIG-capable GPU for %1</source>
        <translation>no MIG-capable GPU for %1</translation>
    </message>
    <message>
        <source>no legal start for MIG profile %1 is free on GPU %2</source>
        <translation>no legal start for MIG profile %1 is free on GPU %2</translation>
    </message>
    <message>
        <source>no GPU is entirely free for %1</source>
        <translation>no GPU is entirely free for %1</translation>
    </message>
    <message>
        <source>GPU %1 cannot be passed through: it is the boot display or shares its IOMMU group with a device held elsewhere</source>
        <translation>GPU %1 cannot be passed through: it is the boot display or shares its IOMMU group with a device held elsewhere</translation>
    </message>
    <message>
        <source>no host has %1 entirely free GPUs</source>
        <translation>no host has %1 entirely free GPUs</translation>
    </message>
    <message>
        <source>no GPU offers SR-IOV virtual functions for direct assignment</source>
        <translation>no GPU offers SR-IOV virtual functions for direct assignment</translation>
    </message>
    <message>
        <source>all virtual functions of GPU %1 are taken</source>
        <translation>all virtual functions of GPU %1 are taken</translation>
    </message>
    <message>
        <source>no GPU has %1 milli-GPU free</source>
        <translation>no GPU has %1 milli-GPU free</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>the header lacks the column(s) %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header line is expected</source>
        <translation>%1: the file is empty; a header line is expected</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 is negative</translation>
    </message>
    <message>
        <source>Cannot open the trace file %1</source>
        <translation>Cannot open the trace file %1</translation>
    </message>
    <message>
        <source>gpu %1 is more than 64</source>
        <translation>gpu %1 is more than 64</translation>
    </message>
    <message>
        <source>sn is empty</source>
        <translation>sn is empty</translation>
    </message>
    <message>
        <source>model is empty on a node with GPUs</source>
        <translation>model is empty on a node with GPUs</translation>
    </message>
    <message>
        <source>num_gpu %1 is more than 64</source>
        <translation>num_gpu %1 is more than 64</translation>
    </message>
    <message>
        <source>gpu_milli %1 is outside 1..1000</source>
        <translation>gpu_milli %1 is outside 1..1000</translation>
    </message>
</context>
<context>
    <name>StaticHostConnection</name>
    <message>
        <source>No such host</source>
        <translation>No such host</translation>
    </message>
</context>
<context>
    <name>TimeSlice</name>
    <message>
        <source>Too many vGPUs for one GPU</source>
        <translation>Too many vGPUs for one GPU</translation>
    </message>
    <message>
        <source>The simulated duration must be positive</source>
        <translation>The simulated duration must be positive</translation>
    </message>
    <message>
        <source>The sample window must be positive and no longer than the duration</source>
        <translation>The sample window must be positive and no longer than the duration</translation>
    </message>
    <message>
        <source>The simulation step must divide one millisecond</source>
        <translation>The simulation step must divide one millisecond</translation>
    </message>
    <message>
        <source>The simulation is too long for its step</source>
        <translation>The simulation is too long for its step</translation>
    </message>
    <message>
        <source>Invalid vGPU in the simulation</source>
        <translation>Invalid vGPU in the simulation</translation>
    </message>
    <message>
        <source>Invalid workload in the simulation</source>
        <translation>Invalid workload in the simulation</translation>
    </message>
    <message>
        <source>Fixed share needs vGPUs of one size</source>
        <translation>Fixed share needs vGPUs of one size</translation>
    </message>
    <message>
        <source>More vGPUs than their type allows on one GPU</source>
        <translation>More vGPUs than their type allows on one GPU</translation>
    </message>
</context>
<context>
    <name>VgpuProfileModel</name>
    <message>
        <source>%1 %2</source>
        <comment>@item GPU: PCI address, product</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <comment>@item framebuffer per vGPU</comment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>@title:column vGPU type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@title:column</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Framebuffer</source>
        <comment>@title:column per vGPU</comment>
        <translation>Framebuffer</translation>
    </message>
    <message>
        <source>Series</source>
        <comment>@title:column vGPU series letter</comment>
        <translation>Series</translation>
    </message>
    <message>
        <source>Licence edition</source>
        <comment>@title:column</comment>
        <translation>Licence edition</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>@title:column vGPU instances that can still be created</comment>
        <translation>Available</translation>
    </message>
    <message>
        <source>Maximum</source>
        <comment>@title:column vGPU instances per GPU</comment>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>@title:column vGPU instances that exist</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Type id</source>
        <comment>@title:column mdev type id</comment>
        <translation>Type id</translation>
    </message>
</context>
<context>
    <name>VmTableModel</name>
    <message>
        <source>vGPU %1</source>
        <comment>@item assigned device: an mdev the host does not list; its uuid</comment>
        <translation>vGPU %1</translation>
    </message>
    <message>
        <source>%1 vGPU (%2)</source>
        <comment>@item assigned device: vGPU type, PCI address</comment>
        <translation>%1 vGPU (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@item assigned device: PCI address, product</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>@title:column VM name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column VM state</comment>
        <translation>State</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>@title:column</comment>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@title:column VM memory</comment>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <comment>@title:column</comment>
        <translation>Assigned devices</translation>
    </message>
    <message>
        <source>UUID</source>
        <comment>@title:column</comment>
        <translation>UUID</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Cannot read the workspace file %1</source>
        <translation>Cannot read the workspace file %1</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged and could not be moved aside</source>
        <translation>The workspace file %1 is damaged and could not be moved aside</translation>
    </message>
    <message>
        <source>The workspace file was damaged; it was kept as %1 and an empty workspace was started</source>
        <translation>The workspace file was damaged; it was kept as %1 and an empty workspace was started</translation>
    </message>
    <message>
        <source>Cannot write the workspace file %1</source>
        <translation>Cannot write the workspace file %1</translation>
    </message>
</context>
<context>
    <name>gpuvirtctl</name>
    <message>
        <source>Print the merged GPU inventory of the cluster.</source>
        <translation>Print the merged GPU inventory of the cluster.</translation>
    </message>
    <message>
        <source>Use the built-in demo cluster.</source>
        <translation>Use the built-in demo cluster.</translation>
    </message>
    <message>
        <source>Add a libvirt URI (repeatable).</source>
        <translation>Add a libvirt URI (repeatable).</translation>
    </message>
    <message>
        <source>Read saved connections from this workspace file.</source>
        <translation>Read saved connections from this workspace file.</translation>
    </message>
    <message>
        <source>json or table (default json).</source>
        <translation>json or table (default json).</translation>
    </message>
    <message>
        <source>Seconds to wait for every host (default 60).</source>
        <translation>Seconds to wait for every host (default 60).</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use json or table</source>
        <translation>unknown format &quot;%1&quot;: use json or table</translation>
    </message>
    <message>
        <source>no hosts: give --connect URI, --demo, or save connections in the console</source>
        <translation>no hosts: give --connect URI, --demo, or save connections in the console</translation>
    </message>
    <message>
        <source>%1: no answer before the timeout</source>
        <translation>%1: no answer before the timeout</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see gpuvirtctl --help</source>
        <translation>unknown command &quot;%1&quot;; see gpuvirtctl --help</translation>
    </message>
    <message>
        <source>Preview where requests would be placed, without touching any host.</source>
        <translation>Preview where requests would be placed, without touching any host.</translation>
    </message>
    <message>
        <source>Cluster as a node list CSV (the Alibaba openb format).</source>
        <translation>Cluster as a node list CSV (the Alibaba openb format).</translation>
    </message>
    <message>
        <source>Requests as a pod list CSV (the Alibaba openb format).</source>
        <translation>Requests as a pod list CSV (the Alibaba openb format).</translation>
    </message>
    <message>
        <source>breadth-first, depth-first, best-fit or fragmentation-aware (default).</source>
        <translation>breadth-first, depth-first, best-fit or fragmentation-aware (default).</translation>
    </message>
    <message>
        <source>Repeat the requests until their GPU demand equals the cluster&apos;s capacity.</source>
        <translation>Repeat the requests until their GPU demand equals the cluster&apos;s capacity.</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;: use breadth-first, depth-first, best-fit or fragmentation-aware</source>
        <translation>unknown policy &quot;%1&quot;: use breadth-first, depth-first, best-fit or fragmentation-aware</translation>
    </message>
    <message>
        <source>plan needs --nodes FILE and --requests FILE</source>
        <translation>plan needs --nodes FILE and --requests FILE</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs</source>
        <translation>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs</translation>
    </message>
    <message>
        <source>Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]

Commands:
  inventory   print the cluster&apos;s GPUs, IOMMU groups and VMs (json or table)
  plan        preview the placement of requests on a cluster (json or table)
  timeslice   simulate how one GPU time-slices its vGPUs (json or table)

gpuvirtctl COMMAND --help describes a command&apos;s options.</source>
        <translation>Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]

Commands:
  inventory   print the cluster&apos;s GPUs, IOMMU groups and VMs (json or table)
  plan        preview the placement of requests on a cluster (json or table)
  timeslice   simulate how one GPU time-slices its vGPUs (json or table)

gpuvirtctl COMMAND --help describes a command&apos;s options.</translation>
    </message>
    <message>
        <source>Simulate how one physical GPU shares its time among vGPUs.</source>
        <translation>Simulate how one physical GPU shares its time among vGPUs.</translation>
    </message>
    <message>
        <source>A vGPU: NAME:MAX:WORKLOAD, WORKLOAD idle, steady=PERCENT or burst=PERIOD/BUSY/PERCENT (repeatable; MAX is the most vGPUs of its type per GPU).</source>
        <translation>A vGPU: NAME:MAX:WORKLOAD, WORKLOAD idle, steady=PERCENT or burst=PERIOD/BUSY/PERCENT (repeatable; MAX is the most vGPUs of its type per GPU).</translation>
    </message>
    <message>
        <source>best-effort (default), equal-share or fixed-share.</source>
        <translation>best-effort (default), equal-share or fixed-share.</translation>
    </message>
    <message>
        <source>Time slice in ms, 1-30 (default: by the type&apos;s maximum).</source>
        <translation>Time slice in ms, 1-30 (default: by the type&apos;s maximum).</translation>
    </message>
    <message>
        <source>Take the policy and time slice from an RmPVMRL value (e.g. 0x00030001).</source>
        <translation>Take the policy and time slice from an RmPVMRL value (e.g. 0x00030001).</translation>
    </message>
    <message>
        <source>Turn the frame-rate limiter off (best effort only).</source>
        <translation>Turn the frame-rate limiter off (best effort only).</translation>
    </message>
    <message>
        <source>Simulated milliseconds (default 10000).</source>
        <translation>Simulated milliseconds (default 10000).</translation>
    </message>
    <message>
        <source>cannot read the vGPU &quot;%1&quot;: write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</source>
        <translation>cannot read the vGPU &quot;%1&quot;: write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</translation>
    </message>
    <message>
        <source>timeslice needs at least one --vgpu</source>
        <translation>timeslice needs at least one --vgpu</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;: use best-effort, equal-share or fixed-share</source>
        <translation>unknown policy &quot;%1&quot;: use best-effort, equal-share or fixed-share</translation>
    </message>
    <message>
        <source>%1, time slice %2 ms, frame-rate limiter %3
</source>
        <translation>%1, time slice %2 ms, frame-rate limiter %3
</translation>
    </message>
    <message>
        <source>%1  average share %2 %  demand %3 %  worst wait %4 ms
</source>
        <translation>%1  average share %2 %  demand %3 %  worst wait %4 ms
</translation>
    </message>
    <message>
        <source>on</source>
        <comment>@label frame-rate limiter</comment>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <comment>@label frame-rate limiter</comment>
        <translation>off</translation>
    </message>
</context>
</TS>
