<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Virtual machines</source>
        <comment>@item:inlistbox tree folder of a host</comment>
        <translation>虚拟机</translation>
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
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>Connect to a host&apos;s libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</source>
        <translation>连接到主机的 libvirt。控制台将读取该主机的 GPU、IOMMU 组、vGPU 类型和虚拟机，并实时跟踪其变化。</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>libvirt URI</translation>
    </message>
    <message>
        <source>libvirt &amp;URI:</source>
        <translation>libvirt URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Optional: a name shown instead of the host name</source>
        <translation>可选：代替主机名显示的名称</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Problem with the URI</source>
        <translation>URI 有误</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>@action:button</comment>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter a libvirt URI, for example qemu+ssh://root@host/system.</source>
        <translation>请输入 libvirt URI，例如 qemu+ssh://root@host/system。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</source>
        <translation>“%1”不是 libvirt URI：必须以驱动程序开头，例如 qemu:// 或 qemu+ssh://。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URI: %2</source>
        <translation>“%1”不是有效的 URI：%2</translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation>测试驱动程序文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster is missing from this build</source>
        <translation>此构建版本未包含演示集群</translation>
    </message>
    <message>
        <source>Cannot read the demo host %1</source>
        <translation>无法读取演示主机 %1</translation>
    </message>
    <message>
        <source>Cannot write the demo host file %1</source>
        <translation>无法写入演示主机文件 %1</translation>
    </message>
</context>
<context>
    <name>DomainXml</name>
    <message>
        <source>Malformed domain description</source>
        <translation>虚拟机（domain）描述格式错误</translation>
    </message>
</context>
<context>
    <name>GpuBoardView</name>
    <message>
        <source>Select a host to see its GPUs</source>
        <translation>选择主机以查看其 GPU</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info host name: connection state</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No GPUs found on %1</source>
        <translation>在 %1 上未找到 GPU</translation>
    </message>
    <message>
        <source>VM %1 (%2)</source>
        <translation>虚拟机 %1（%2）</translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <translation>已分配设备：%1</translation>
    </message>
    <message>
        <source>GPU board</source>
        <comment>@info accessible name</comment>
        <translation>GPU 面板</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation>
            <numerusform>%n 个 GPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n 个 vGPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move between GPUs.</source>
        <translation>使用方向键在 GPU 之间切换。</translation>
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
        <translation>%1（最高 Gen%2 x%3）</translation>
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
        <translation>虚拟功能 %1（%3 的 VF %2）</translation>
    </message>
    <message>
        <source>Assigned to %1 (%2)</source>
        <translation>已分配给 %1（%2）</translation>
    </message>
    <message>
        <source>Free: can be assigned to a VM</source>
        <comment>@info VF</comment>
        <translation>空闲：可分配给虚拟机</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>@info function address — product</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Driver: %1</source>
        <translation>驱动程序：%1</translation>
    </message>
    <message>
        <source>Travels with the GPU when it is passed through.</source>
        <translation>GPU 直通时随其一同直通。</translation>
    </message>
    <message>
        <source>IOMMU group %1 is shared with other devices:
%2
They can only be passed through together.</source>
        <translation>IOMMU 组 %1 与其他设备共享：
%2
这些设备只能一同直通。</translation>
    </message>
    <message numerus="yes">
        <source>%n more %1 vGPU(s) can be created on this GPU.</source>
        <translation>
            <numerusform>此 GPU 上还可创建 %n 个 %1 vGPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>@info vendor product</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>IOMMU group %1</source>
        <translation>IOMMU 组 %1</translation>
    </message>
    <message>
        <source>Passed through to %1 (%2)</source>
        <translation>已直通给 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s), %1 of %2 framebuffer in use</source>
        <translation>
            <numerusform>%n 个 vGPU，已用帧缓冲 %1 / %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MIG mode: %n instance(s)</source>
        <translation>
            <numerusform>MIG 模式：%n 个实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV: %1 of %n VF(s) enabled</source>
        <translation>
            <numerusform>SR-IOV：已启用 %1 / %n 个 VF</numerusform>
        </translation>
    </message>
    <message>
        <source>No vGPU: whole-GPU passthrough only</source>
        <translation>无 vGPU：仅支持整卡直通</translation>
    </message>
    <message>
        <source>vGPU %1</source>
        <translation>vGPU %1</translation>
    </message>
    <message>
        <source>vGPU %1 (MIG %2)</source>
        <translation>vGPU %1（MIG %2）</translation>
    </message>
    <message>
        <source>Framebuffer: %1</source>
        <translation>帧缓冲：%1</translation>
    </message>
    <message>
        <source>Series: %1</source>
        <translation>系列：%1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Not assigned to a VM</source>
        <translation>未分配给虚拟机</translation>
    </message>
    <message>
        <source>Held by %1 (%2)</source>
        <translation>已分配给 %1（%2）</translation>
    </message>
    <message>
        <source>Memory slices %1–%2, compute slices %3–%4</source>
        <translation>显存切片 %1–%2，计算切片 %3–%4</translation>
    </message>
    <message>
        <source>Position unknown: it does not fit the slot layout</source>
        <translation>位置未知：不符合槽位布局</translation>
    </message>
    <message>
        <source>On %1 · %2</source>
        <comment>@info parent function · mdev uuid</comment>
        <translation>位于 %1 · %2</translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1 of %2 in use</source>
        <translation>vGPU 帧缓冲 · 已用 %1 / %2</translation>
    </message>
    <message>
        <source>vGPU framebuffer · %1</source>
        <translation>vGPU 帧缓冲 · %1</translation>
    </message>
    <message numerus="yes">
        <source>vGPU · %n slice(s)</source>
        <translation>
            <numerusform>vGPU · %n 个切片</numerusform>
        </translation>
    </message>
    <message>
        <source>Equal-size mode: the first vGPU fixes the slice size</source>
        <translation>等大小模式：由第一个 vGPU 决定切片大小</translation>
    </message>
    <message>
        <source>free: %1</source>
        <comment>@label free framebuffer</comment>
        <translation>空闲：%1</translation>
    </message>
    <message>
        <source>Mixed-size mode</source>
        <translation>混合大小模式</translation>
    </message>
    <message>
        <source>Equal-size mode: %1 slices</source>
        <translation>等大小模式：切片大小 %1</translation>
    </message>
    <message>
        <source>free: %1 × %2</source>
        <comment>@label free vGPU slices: count × type</comment>
        <translation>空闲：%1 × %2</translation>
    </message>
    <message>
        <source>Full: no room for another %1</source>
        <translation>已满：无法再容纳 %1</translation>
    </message>
    <message>
        <source>%1 · not assigned</source>
        <comment>@label vGPU type</comment>
        <translation>%1 · 未分配</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <comment>@label vGPU type · VM (state)</comment>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <source>Free · any vGPU profile</source>
        <translation>空闲 · 可用任意 vGPU 配置文件</translation>
    </message>
    <message>
        <source>No vGPU on this GPU yet. In equal-size mode the first vGPU created fixes the framebuffer size of all others.</source>
        <translation>此 GPU 上尚无 vGPU。在等大小模式下，创建的第一个 vGPU 决定其他所有 vGPU 的帧缓冲大小。</translation>
    </message>
    <message>
        <source>free</source>
        <comment>@label free vGPU slot</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@label vGPU type · VM name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>MIG · %n instance(s)</source>
        <translation>
            <numerusform>MIG · %n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <comment>@label MIG compute slices row</comment>
        <translation>计算</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@label MIG memory slices row</comment>
        <translation>显存</translation>
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
        <translation>空闲：计算切片 %1 / %2，显存切片 %3 / %4</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) not in the grid: no legal slot left</source>
        <translation>
            <numerusform>%n 个实例未显示在网格中：已无有效槽位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · not assigned</source>
        <comment>@label MIG profile · type</comment>
        <translation>%1 · %2 · 未分配</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <comment>@label MIG profile · type · VM (state)</comment>
        <translation>%1 · %2 · %3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>SR-IOV · %1 of %n VF(s) enabled</source>
        <translation>
            <numerusform>SR-IOV · 已启用 %1 / %n 个 VF</numerusform>
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
        <translation>VF %1 · 空闲</translation>
    </message>
    <message>
        <source>VF %1 · %2 (%3)</source>
        <comment>@label VF number · VM (state)</comment>
        <translation>VF %1 · %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more assigned VF(s)</source>
        <translation>
            <numerusform>… 另有 %n 个已分配的 VF</numerusform>
        </translation>
    </message>
    <message>
        <source>All VFs free</source>
        <translation>所有 VF 均空闲</translation>
    </message>
    <message>
        <source>Boot VGA</source>
        <comment>@label badge</comment>
        <translation>启动 VGA 设备</translation>
    </message>
    <message>
        <source>The host boots on this GPU&apos;s display. Passing it through can leave the host without a console.</source>
        <translation>主机通过此 GPU 的显示输出启动。直通此 GPU 可能导致主机失去控制台。</translation>
    </message>
    <message>
        <source>Shared IOMMU group %1</source>
        <comment>@label badge</comment>
        <translation>共享 IOMMU 组 %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>@label whole GPU passed through to a VM</comment>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>No vGPU · passthrough only (vfio-pci)</source>
        <translation>无 vGPU · 仅支持直通（vfio-pci）</translation>
    </message>
    <message>
        <source>No vGPU types offered</source>
        <translation>未提供 vGPU 类型</translation>
    </message>
    <message>
        <source>No vGPU types offered · driver %1</source>
        <translation>未提供 vGPU 类型 · 驱动程序 %1</translation>
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
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>GuiCredentialProvider</name>
    <message>
        <source>Credentials for %1</source>
        <translation>%1 的凭据</translation>
    </message>
    <message>
        <source>The host %1 asks you to sign in.</source>
        <translation>主机 %1 要求您登录。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码短语：</translation>
    </message>
</context>
<context>
    <name>InventoryJson</name>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n 个 vGPU</numerusform>
        </translation>
    </message>
    <message>
        <source>VFs: %1/%2</source>
        <translation>VF：%1/%2</translation>
    </message>
    <message>
        <source>VMs: %1 (%2 running)</source>
        <translation>虚拟机：%1（%2 台运行中）</translation>
    </message>
</context>
<context>
    <name>IommuGroupModel</name>
    <message>
        <source>Group %1</source>
        <comment>@item IOMMU group number</comment>
        <translation>组 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n devices share this IOMMU group: they can only be assigned together, to one VM</source>
        <translation>
            <numerusform>%n 个设备共享此 IOMMU 组：它们只能一同分配给同一台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares its IOMMU group with %1: all of them must be assigned to the same VM or bound to vfio-pci</source>
        <translation>与 %1 共享 IOMMU 组：它们必须全部分配给同一台虚拟机或绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>The host boots its console on this GPU: passing it through leaves the host without a display</source>
        <translation>主机控制台在此 GPU 上启动：直通此 GPU 后主机将没有显示输出</translation>
    </message>
    <message>
        <source>Group / function</source>
        <comment>@title:column IOMMU tree</comment>
        <translation>组 / 功能</translation>
    </message>
    <message>
        <source>Product</source>
        <comment>@title:column PCI device</comment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>@title:column kernel driver</comment>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>Held by</source>
        <comment>@title:column the VM a device is assigned to</comment>
        <translation>分配给</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other device(s)</source>
        <comment>@item IOMMU group summary</comment>
        <translation>
            <numerusform>%1 及其他 %n 个设备</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No state</source>
        <comment>@label VM state</comment>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@label VM state</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>@label VM state</comment>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>@label VM state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <comment>@label VM state</comment>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Shut off</source>
        <comment>@label VM state</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Crashed</source>
        <comment>@label VM state</comment>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>@label VM state</comment>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <comment>@label host connection</comment>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>@label host connection</comment>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@label host connection</comment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <comment>@label host connection</comment>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>None</source>
        <comment>@label licence edition</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>NVIDIA Virtual Applications (vApps)</source>
        <translation>NVIDIA 虚拟应用（vApps）</translation>
    </message>
    <message>
        <source>NVIDIA Virtual PC (vPC)</source>
        <translation>NVIDIA 虚拟 PC（vPC）</translation>
    </message>
    <message>
        <source>NVIDIA RTX Virtual Workstation (vWS)</source>
        <translation>NVIDIA RTX 虚拟工作站（vWS）</translation>
    </message>
    <message>
        <source>NVIDIA Virtual Compute Server (vCS)</source>
        <translation>NVIDIA 虚拟计算服务器（vCS）</translation>
    </message>
    <message>
        <source>No vGPU licence needed</source>
        <translation>无需 vGPU 许可证</translation>
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
        <translation>无法列出 %1 的设备</translation>
    </message>
    <message>
        <source>Cannot list the virtual machines of %1</source>
        <translation>无法列出 %1 的虚拟机</translation>
    </message>
    <message>
        <source>Lost the connection to %1</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GPU Virtualization Console</source>
        <translation>GPU 虚拟化控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cluster&lt;/b&gt; — simulated hosts, GPUs and VMs. Nothing here touches a real host. Add a connection (Ctrl+N) to manage your own hosts.</source>
        <translation>&lt;b&gt;演示集群&lt;/b&gt; — 模拟的主机、GPU 和虚拟机，不会对任何真实主机进行操作。添加连接 (Ctrl+N) 即可管理您自己的主机。</translation>
    </message>
    <message>
        <source>Demo cluster notice</source>
        <translation>演示集群提示</translation>
    </message>
    <message>
        <source>Filter hosts, GPUs, types, VMs… (Ctrl+F)</source>
        <translation>筛选主机、GPU、类型、虚拟机… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>GPU Board</source>
        <translation>GPU 面板</translation>
    </message>
    <message>
        <source>IOMMU groups</source>
        <translation>IOMMU 组</translation>
    </message>
    <message>
        <source>IOMMU Groups</source>
        <translation>IOMMU 组</translation>
    </message>
    <message>
        <source>vGPU profiles</source>
        <translation>vGPU 配置文件</translation>
    </message>
    <message>
        <source>vGPU Profiles</source>
        <translation>vGPU 配置文件</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Virtual Machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Hosts loaded</source>
        <translation>已加载的主机</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n second(s)</source>
        <translation>
            <numerusform>%1 — %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Cluster</source>
        <translation>打开演示集群(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh Host</source>
        <translation>刷新主机(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About GPU Virtualization Console</source>
        <translation>关于 GPU 虚拟化控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;GPU Virtualization Console&lt;/b&gt; %1&lt;br&gt;See every GPU of your KVM hosts, its IOMMU group, vGPU profiles and the VMs that hold them.</source>
        <translation>&lt;b&gt;GPU 虚拟化控制台&lt;/b&gt; %1&lt;br&gt;查看 KVM 主机上的每个 GPU 及其 IOMMU 组、vGPU 配置文件，以及使用这些资源的虚拟机。</translation>
    </message>
    <message>
        <source>%1 is already in the workspace.</source>
        <translation>%1 已在工作区中。</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove %1 from the console? The host itself is not changed.</source>
        <translation>要从控制台中移除 %1 吗？主机本身不会受到影响。</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n 台主机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n 台已连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n 台无法访问</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 of %2</source>
        <translation>已加载 %1 / %2</translation>
    </message>
    <message>
        <source>GPU Virtualization Console — Demo</source>
        <translation>GPU 虚拟化控制台 — 演示</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>移除连接(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>NodeDeviceXml</name>
    <message>
        <source>Malformed node device description</source>
        <translation>节点设备描述格式错误</translation>
    </message>
</context>
<context>
    <name>PresentationProxy</name>
    <message numerus="yes">
        <source>Next attempt in %n second(s)</source>
        <comment>@info:tooltip host reconnection</comment>
        <translation>
            <numerusform>%n 秒后尝试重新连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Held by %1</source>
        <comment>@info:tooltip the VM a device is assigned to</comment>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>@item host of the built-in demo cluster</comment>
        <translation>%1（演示）</translation>
    </message>
</context>
<context>
    <name>RmPVMRL</name>
    <message>
        <source>Best effort</source>
        <translation>尽力而为</translation>
    </message>
    <message>
        <source>Equal share</source>
        <translation>平均共享</translation>
    </message>
    <message>
        <source>Fixed share</source>
        <translation>固定共享</translation>
    </message>
    <message>
        <source>Not an RmPVMRL value</source>
        <translation>不是 RmPVMRL 值</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: unknown scheduling policy</source>
        <translation>RmPVMRL 值无效：未知的调度策略</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: reserved bits are set</source>
        <translation>RmPVMRL 值无效：设置了保留位</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the averaging factor must be 1–60</source>
        <translation>RmPVMRL 值无效：平均因子必须为 1–60</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: a time slice needs equal or fixed share</source>
        <translation>RmPVMRL 值无效：时间片仅适用于均等份额或固定份额</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the time slice must be 1–30 ms</source>
        <translation>RmPVMRL 值无效：时间片必须为 1–30 毫秒</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: the frequency must be 63–960 Hz</source>
        <translation>RmPVMRL 值无效：频率必须为 63–960 Hz</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: set either a time slice or a frequency</source>
        <translation>RmPVMRL 值无效：时间片和频率只能设置其一</translation>
    </message>
    <message>
        <source>Invalid RmPVMRL value: an averaging factor needs a frequency</source>
        <translation>RmPVMRL 值无效：设置平均因子时必须同时设置频率</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Breadth-first (spread)</source>
        <translation>广度优先（分散）</translation>
    </message>
    <message>
        <source>Depth-first (consolidate)</source>
        <translation>深度优先（集中）</translation>
    </message>
    <message>
        <source>Best fit</source>
        <translation>最佳适配</translation>
    </message>
    <message>
        <source>Fragmentation-aware</source>
        <translation>碎片感知</translation>
    </message>
    <message numerus="yes">
        <source>%n whole GPU(s)</source>
        <translation>
            <numerusform>%n 个完整 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>a virtual function</source>
        <translation>一个虚拟功能</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>no allowed host (%1) can take it</source>
        <translation>允许的主机（%1）均无法容纳</translation>
    </message>
    <message>
        <source>no host carries the labels %1</source>
        <translation>没有主机带有标签 %1</translation>
    </message>
    <message>
        <source>every suitable host already holds a member of anti-affinity group &quot;%1&quot;</source>
        <translation>所有合适的主机上都已有反亲和性组“%1”的成员</translation>
    </message>
    <message>
        <source>not enough free CPU on any suitable host (%1 millicores asked)</source>
        <translation>所有合适的主机均无足够的空闲 CPU（请求 %1 毫核）</translation>
    </message>
    <message>
        <source>not enough free memory on any suitable host (%1 MiB asked)</source>
        <translation>所有合适的主机均无足够的空闲内存（请求 %1 MiB）</translation>
    </message>
    <message>
        <source>the cluster has no GPU</source>
        <translation>集群中没有 GPU</translation>
    </message>
    <message>
        <source>no GPU of an allowed model is available for %1</source>
        <translation>没有允许型号的 GPU 可用于 %1</translation>
    </message>
    <message>
        <source>no suitable GPU on NUMA node %1</source>
        <translation>NUMA 节点 %1 上没有合适的 GPU</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time-sliced vGPU type name</source>
        <translation>“%1”不是时间片 vGPU 类型名称</translation>
    </message>
    <message>
        <source>no GPU offers vGPU type %1</source>
        <translation>没有 GPU 提供 vGPU 类型 %1</translation>
    </message>
    <message>
        <source>GPU %1 is already used another way (MIG, vGPU, VFs, shares or passthrough)</source>
        <translation>GPU %1 已以其他方式使用（MIG、vGPU、VF、共享或直通）</translation>
    </message>
    <message>
        <source>GPU %1 already holds %2 MB vGPUs and all vGPUs on one GPU must have the same size; %3 has %4 MB</source>
        <translation>GPU %1 上已有 %2 MB 的 vGPU，而同一 GPU 上的所有 vGPU 大小必须相同；%3 为 %4 MB</translation>
    </message>
    <message>
        <source>GPU %1 already holds %2 vGPUs, the most it can (at most 32 per GPU)</source>
        <translation>GPU %1 上已有 %2 个 vGPU，已达上限（每个 GPU 最多 32 个）</translation>
    </message>
    <message>
        <source>no MIG-capable GPU for %1</source>
        <translation>没有支持 MIG 的 GPU 可用于 %1</translation>
    </message>
    <message>
        <source>no legal start for MIG profile %1 is free on GPU %2</source>
        <translation>GPU %2 上没有可供 MIG 配置文件 %1 使用的空闲起始位置</translation>
    </message>
    <message>
        <source>no GPU is entirely free for %1</source>
        <translation>没有完全空闲的 GPU 可用于 %1</translation>
    </message>
    <message>
        <source>GPU %1 cannot be passed through: it is the boot display or shares its IOMMU group with a device held elsewhere</source>
        <translation>GPU %1 无法直通：它是启动显示设备，或与已分配给他处的设备共享 IOMMU 组</translation>
    </message>
    <message>
        <source>no host has %1 entirely free GPUs</source>
        <translation>没有主机拥有 %1 个完全空闲的 GPU</translation>
    </message>
    <message>
        <source>no GPU offers SR-IOV virtual functions for direct assignment</source>
        <translation>没有 GPU 提供可直接分配的 SR-IOV 虚拟功能</translation>
    </message>
    <message>
        <source>all virtual functions of GPU %1 are taken</source>
        <translation>GPU %1 的所有虚拟功能均已分配</translation>
    </message>
    <message>
        <source>no GPU has %1 milli-GPU free</source>
        <translation>没有 GPU 拥有 %1 milli-GPU 的空闲容量</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1</source>
        <translation>表头缺少列 %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>%1: the file is empty; a header line is expected</source>
        <translation>%1：文件为空；应包含表头行</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 的值“%2”不是数字</translation>
    </message>
    <message>
        <source>%1 %2 is negative</source>
        <translation>%1 的值 %2 为负数</translation>
    </message>
    <message>
        <source>Cannot open the trace file %1</source>
        <translation>无法打开跟踪文件 %1</translation>
    </message>
    <message>
        <source>gpu %1 is more than 64</source>
        <translation>gpu 的值 %1 超过 64</translation>
    </message>
    <message>
        <source>sn is empty</source>
        <translation>sn 为空</translation>
    </message>
    <message>
        <source>model is empty on a node with GPUs</source>
        <translation>带有 GPU 的节点的 model 为空</translation>
    </message>
    <message>
        <source>num_gpu %1 is more than 64</source>
        <translation>num_gpu 的值 %1 超过 64</translation>
    </message>
    <message>
        <source>gpu_milli %1 is outside 1..1000</source>
        <translation>gpu_milli 的值 %1 超出范围 1..1000</translation>
    </message>
</context>
<context>
    <name>StaticHostConnection</name>
    <message>
        <source>No such host</source>
        <translation>主机不存在</translation>
    </message>
</context>
<context>
    <name>TimeSlice</name>
    <message>
        <source>Too many vGPUs for one GPU</source>
        <translation>单个 GPU 上的 vGPU 过多</translation>
    </message>
    <message>
        <source>The simulated duration must be positive</source>
        <translation>模拟时长必须为正数</translation>
    </message>
    <message>
        <source>The sample window must be positive and no longer than the duration</source>
        <translation>采样窗口必须为正数且不超过模拟时长</translation>
    </message>
    <message>
        <source>The simulation step must divide one millisecond</source>
        <translation>模拟步长必须能整除 1 毫秒</translation>
    </message>
    <message>
        <source>The simulation is too long for its step</source>
        <translation>相对于步长，模拟时间过长</translation>
    </message>
    <message>
        <source>Invalid vGPU in the simulation</source>
        <translation>模拟中的 vGPU 无效</translation>
    </message>
    <message>
        <source>Invalid workload in the simulation</source>
        <translation>模拟中的工作负载无效</translation>
    </message>
    <message>
        <source>Fixed share needs vGPUs of one size</source>
        <translation>固定份额要求所有 vGPU 大小相同</translation>
    </message>
    <message>
        <source>More vGPUs than their type allows on one GPU</source>
        <translation>vGPU 数量超过其类型在单个 GPU 上允许的上限</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@title:column</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Framebuffer</source>
        <comment>@title:column per vGPU</comment>
        <translation>帧缓冲</translation>
    </message>
    <message>
        <source>Series</source>
        <comment>@title:column vGPU series letter</comment>
        <translation>系列</translation>
    </message>
    <message>
        <source>Licence edition</source>
        <comment>@title:column</comment>
        <translation>许可证版本</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>@title:column vGPU instances that can still be created</comment>
        <translation>可用</translation>
    </message>
    <message>
        <source>Maximum</source>
        <comment>@title:column vGPU instances per GPU</comment>
        <translation>最大数量</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>@title:column vGPU instances that exist</comment>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Type id</source>
        <comment>@title:column mdev type id</comment>
        <translation>类型 ID</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <comment>@title:column VM state</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <comment>@title:column</comment>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <comment>@title:column VM memory</comment>
        <translation>内存</translation>
    </message>
    <message>
        <source>Assigned devices</source>
        <comment>@title:column</comment>
        <translation>已分配设备</translation>
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
        <translation>无法读取工作区文件 %1</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged and could not be moved aside</source>
        <translation>工作区文件 %1 已损坏，且无法将其重命名备份</translation>
    </message>
    <message>
        <source>The workspace file was damaged; it was kept as %1 and an empty workspace was started</source>
        <translation>工作区文件已损坏；已将其保留为 %1，并新建了空工作区</translation>
    </message>
    <message>
        <source>Cannot write the workspace file %1</source>
        <translation>无法写入工作区文件 %1</translation>
    </message>
</context>
<context>
    <name>gpuvirtctl</name>
    <message>
        <source>Print the merged GPU inventory of the cluster.</source>
        <translation>输出合并后的集群 GPU 清单。</translation>
    </message>
    <message>
        <source>Use the built-in demo cluster.</source>
        <translation>使用内置的演示集群。</translation>
    </message>
    <message>
        <source>Add a libvirt URI (repeatable).</source>
        <translation>添加一个 libvirt URI（可重复）。</translation>
    </message>
    <message>
        <source>Read saved connections from this workspace file.</source>
        <translation>从此工作区文件读取已保存的连接。</translation>
    </message>
    <message>
        <source>json or table (default json).</source>
        <translation>json 或 table（默认 json）。</translation>
    </message>
    <message>
        <source>Seconds to wait for every host (default 60).</source>
        <translation>等待所有主机的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use json or table</source>
        <translation>未知格式“%1”：请使用 json 或 table</translation>
    </message>
    <message>
        <source>no hosts: give --connect URI, --demo, or save connections in the console</source>
        <translation>没有主机：请指定 --connect URI、--demo，或在控制台中保存连接</translation>
    </message>
    <message>
        <source>%1: no answer before the timeout</source>
        <translation>%1：超时前未响应</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see gpuvirtctl --help</source>
        <translation>未知命令“%1”；请参阅 gpuvirtctl --help</translation>
    </message>
    <message>
        <source>Preview where requests would be placed, without touching any host.</source>
        <translation>预览请求将被放置到何处，不会改动任何主机。</translation>
    </message>
    <message>
        <source>Cluster as a node list CSV (the Alibaba openb format).</source>
        <translation>以节点列表 CSV（阿里巴巴 openb 格式）表示的集群。</translation>
    </message>
    <message>
        <source>Requests as a pod list CSV (the Alibaba openb format).</source>
        <translation>以 Pod 列表 CSV（阿里巴巴 openb 格式）表示的请求。</translation>
    </message>
    <message>
        <source>breadth-first, depth-first, best-fit or fragmentation-aware (default).</source>
        <translation>breadth-first、depth-first、best-fit 或 fragmentation-aware（默认）。</translation>
    </message>
    <message>
        <source>Repeat the requests until their GPU demand equals the cluster&apos;s capacity.</source>
        <translation>重复请求，直到其 GPU 需求等于集群容量。</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;: use breadth-first, depth-first, best-fit or fragmentation-aware</source>
        <translation>未知策略“%1”：请使用 breadth-first、depth-first、best-fit 或 fragmentation-aware</translation>
    </message>
    <message>
        <source>plan needs --nodes FILE and --requests FILE</source>
        <translation>plan 需要 --nodes 文件 和 --requests 文件</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs</source>
        <translation>%1：已放置 %2 / %3；满足 GPU 需求的 %4 %；使用了 %5 个 GPU，%6 个保持空闲；碎片 %7 个 GPU</translation>
    </message>
    <message>
        <source>Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]

Commands:
  inventory   print the cluster&apos;s GPUs, IOMMU groups and VMs (json or table)
  plan        preview the placement of requests on a cluster (json or table)
  timeslice   simulate how one GPU time-slices its vGPUs (json or table)

gpuvirtctl COMMAND --help describes a command&apos;s options.</source>
        <translation>用法：gpuvirtctl [--lang zh_CN|en] 命令 [选项]

命令：
  inventory   输出集群的 GPU、IOMMU 组和虚拟机（json 或 table）
  plan        预览请求在集群上的放置（json 或 table）
  timeslice   模拟单个 GPU 在其 vGPU 之间的时间片调度（json 或 table）

gpuvirtctl 命令 --help 可查看该命令的选项。</translation>
    </message>
    <message>
        <source>Simulate how one physical GPU shares its time among vGPUs.</source>
        <translation>模拟一个物理 GPU 如何在其 vGPU 之间分配时间。</translation>
    </message>
    <message>
        <source>A vGPU: NAME:MAX:WORKLOAD, WORKLOAD idle, steady=PERCENT or burst=PERIOD/BUSY/PERCENT (repeatable; MAX is the most vGPUs of its type per GPU).</source>
        <translation>一个 vGPU：名称:上限:负载，负载为 idle、steady=百分比 或 burst=周期/忙碌/百分比（可重复；上限为该类型在每个 GPU 上的最大 vGPU 数）。</translation>
    </message>
    <message>
        <source>best-effort (default), equal-share or fixed-share.</source>
        <translation>best-effort（默认）、equal-share 或 fixed-share。</translation>
    </message>
    <message>
        <source>Time slice in ms, 1-30 (default: by the type&apos;s maximum).</source>
        <translation>时间片（毫秒），1-30（默认：按类型的最大实例数确定）。</translation>
    </message>
    <message>
        <source>Take the policy and time slice from an RmPVMRL value (e.g. 0x00030001).</source>
        <translation>从 RmPVMRL 值（例如 0x00030001）读取策略和时间片。</translation>
    </message>
    <message>
        <source>Turn the frame-rate limiter off (best effort only).</source>
        <translation>关闭帧率限制器（仅适用于尽力而为）。</translation>
    </message>
    <message>
        <source>Simulated milliseconds (default 10000).</source>
        <translation>模拟的毫秒数（默认 10000）。</translation>
    </message>
    <message>
        <source>cannot read the vGPU &quot;%1&quot;: write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</source>
        <translation>无法读取 vGPU“%1”：请写为 名称:上限:idle、名称:上限:steady=50 或 名称:上限:burst=100/20/80</translation>
    </message>
    <message>
        <source>timeslice needs at least one --vgpu</source>
        <translation>timeslice 至少需要一个 --vgpu</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;: use best-effort, equal-share or fixed-share</source>
        <translation>未知策略“%1”：请使用 best-effort、equal-share 或 fixed-share</translation>
    </message>
    <message>
        <source>%1, time slice %2 ms, frame-rate limiter %3
</source>
        <translation>%1，时间片 %2 毫秒，帧率限制器%3
</translation>
    </message>
    <message>
        <source>%1  average share %2 %  demand %3 %  worst wait %4 ms
</source>
        <translation>%1  平均份额 %2 %  需求 %3 %  最长等待 %4 毫秒
</translation>
    </message>
    <message>
        <source>on</source>
        <comment>@label frame-rate limiter</comment>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <comment>@label frame-rate limiter</comment>
        <translation>关闭</translation>
    </message>
</context>
</TS>
