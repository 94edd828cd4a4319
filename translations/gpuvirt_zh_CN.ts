<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentActions</name>
    <message>
        <source>The host's agent is no longer connected</source>
        <translation>主机代理已断开连接</translation>
    </message>
    <message>
        <source>The agent did not answer %1 in time</source>
        <translation>代理未及时响应 %1</translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message numerus="yes">
        <source>The agent %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>代理 %1 未在 %n 秒内响应</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the agent %1 was replaced</source>
        <translation>与代理 %1 的连接已被替换</translation>
    </message>
    <message>
        <source>Disconnected from the agent %1</source>
        <translation>已断开与代理 %1 的连接</translation>
    </message>
    <message>
        <source>The certificate of the agent %1 is not acceptable</source>
        <translation>代理 %1 的证书不可接受</translation>
    </message>
    <message>
        <source>The agent's certificate has changed: expected %1, got %2 — possible impersonation</source>
        <translation>代理的证书已更改：应为 %1，实际为 %2 — 可能存在冒充</translation>
    </message>
    <message>
        <source>You refused the certificate of the agent %1 (%2)</source>
        <translation>您已拒绝代理 %1 的证书（%2）</translation>
    </message>
    <message>
        <source>The agent %1 sent an invalid message</source>
        <translation>代理 %1 发送了无效消息</translation>
    </message>
    <message>
        <source>Lost the connection to the agent %1</source>
        <translation>与代理 %1 的连接已断开</translation>
    </message>
    <message>
        <source>Cannot connect to the agent %1</source>
        <translation>无法连接到代理 %1</translation>
    </message>
    <message>
        <source>Not connected to the agent %1</source>
        <translation>未连接到代理 %1</translation>
    </message>
    <message>
        <source>The request %1 is too large to send</source>
        <translation>请求 %1 过大，无法发送</translation>
    </message>
    <message numerus="yes">
        <source>The agent %1 did not answer %2 within %n second(s)</source>
        <translation>
            <numerusform>代理 %1 未在 %n 秒内响应 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentLink</name>
    <message>
        <source>The agent sent facts the console cannot read</source>
        <translation>代理发送了控制台无法读取的主机信息</translation>
    </message>
    <message>
        <source>The agent sent a readiness report the console cannot read</source>
        <translation>代理发送了控制台无法读取的就绪报告</translation>
    </message>
</context>
<context>
    <name>AgentProbe</name>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1, protocol %2, our role: %3</source>
        <translation>%1，协议 %2，本控制台角色：%3</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>not pinned: first contact</source>
        <translation>未固定：首次连接</translation>
    </message>
    <message>
        <source>pinned on %1</source>
        <translation>已于 %1 固定</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>pinned now (accepted with --accept)</source>
        <translation>现已固定（已通过 --accept 接受）</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>主机信息</translation>
    </message>
    <message numerus="yes">
        <source>on, %n group(s)</source>
        <comment>@info IOMMU</comment>
        <translation>
            <numerusform>开启，%n 个组</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <comment>@info IOMMU</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>, passthrough mode (iommu=pt)</source>
        <translation>，直通模式（iommu=pt）</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>vfio</source>
        <translation>vfio</translation>
    </message>
    <message>
        <source>loaded: %1</source>
        <translation>已加载：%1</translation>
    </message>
    <message>
        <source>not loaded: %1</source>
        <translation>未加载：%1</translation>
    </message>
    <message>
        <source>NVML</source>
        <translation>NVML</translation>
    </message>
    <message>
        <source>available (simulated)</source>
        <translation>可用（模拟）</translation>
    </message>
    <message>
        <source>available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>no NVIDIA driver</source>
        <translation>无 NVIDIA 驱动程序</translation>
    </message>
    <message>
        <source>NVIDIA %1</source>
        <translation>NVIDIA %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>无驱动程序</translation>
    </message>
    <message>
        <source>no IOMMU group</source>
        <translation>无 IOMMU 组</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <source>boot VGA</source>
        <translation>启动 VGA 设备</translation>
    </message>
    <message numerus="yes">
        <source>%n mdev type(s)</source>
        <translation>
            <numerusform>%n 个 mdev 类型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU type(s)</source>
        <translation>
            <numerusform>%n 个 vGPU 类型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 VFs</source>
        <translation>%1/%2 个 VF</translation>
    </message>
</context>
<context>
    <name>AgentRpc</name>
    <message>
        <source>The agent could not read the request</source>
        <translation>代理无法读取该请求</translation>
    </message>
    <message>
        <source>The agent refused a malformed request</source>
        <translation>代理拒绝了格式错误的请求</translation>
    </message>
    <message>
        <source>The agent does not offer this function</source>
        <translation>代理不提供此功能</translation>
    </message>
    <message>
        <source>The agent refused the parameters</source>
        <translation>代理拒绝了这些参数</translation>
    </message>
    <message>
        <source>Internal error in the agent</source>
        <translation>代理内部错误</translation>
    </message>
    <message>
        <source>This console is not enrolled on the agent</source>
        <translation>此控制台未在代理上注册</translation>
    </message>
    <message>
        <source>Your role on this agent does not allow this action</source>
        <translation>您在此代理上的角色不允许执行此操作</translation>
    </message>
    <message>
        <source>The action failed on the host</source>
        <translation>操作在主机上执行失败</translation>
    </message>
    <message>
        <source>Not available on this host</source>
        <translation>在此主机上不可用</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>The agent reported error %1</source>
        <translation>代理报告错误 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info error lead-in, then the agent's message</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <source>The agent stopped</source>
        <translation>代理已停止</translation>
    </message>
    <message>
        <source>A client's TLS handshake failed</source>
        <translation>客户端 TLS 握手失败</translation>
    </message>
    <message>
        <source>Refused a client without a certificate</source>
        <translation>已拒绝未提供证书的客户端</translation>
    </message>
    <message>
        <source>Refused a client that is not enrolled</source>
        <translation>已拒绝未注册的客户端</translation>
    </message>
    <message>
        <source>Refused a client: too many connections</source>
        <translation>已拒绝客户端：连接数过多</translation>
    </message>
    <message>
        <source>Dropped a client that does not read what the agent sends</source>
        <translation>已断开不读取代理所发数据的客户端</translation>
    </message>
    <message>
        <source>The agent closed the connection</source>
        <translation>代理已关闭连接</translation>
    </message>
    <message>
        <source>Dropped a client that sent garbage</source>
        <translation>已断开发送无效数据的客户端</translation>
    </message>
    <message>
        <source>Dropped a client whose enrollment was revoked</source>
        <translation>已断开注册已被撤销的客户端</translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>Invalid parameters</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>The client left</source>
        <translation>客户端已断开</translation>
    </message>
    <message>
        <source>%1 is not a PCI address</source>
        <translation>%1 不是 PCI 地址</translation>
    </message>
    <message>
        <source>%1 is not a MIG profile</source>
        <translation>%1 不是 MIG 配置文件</translation>
    </message>
    <message>
        <source>A %1 instance cannot start at slice %2</source>
        <translation>%1 实例不能从切片 %2 开始</translation>
    </message>
    <message>
        <source>NVML is not available on this host</source>
        <translation>此主机上 NVML 不可用</translation>
    </message>
    <message>
        <source>The slices from %1 on %2 are taken</source>
        <translation>%2 上从 %1 开始的切片已被占用</translation>
    </message>
    <message>
        <source>No %1 GPU instance starts at slice %2 on %3</source>
        <translation>%3 上没有从切片 %2 开始的 %1 GPU 实例</translation>
    </message>
</context>
<context>
    <name>AgentStatusText</name>
    <message>
        <source>No agent</source>
        <comment>@item agent link state</comment>
        <translation>无代理</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>@item agent link state</comment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Awaiting trust</source>
        <comment>@item agent link state: the operator has not accepted its certificate</comment>
        <translation>等待信任</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@item agent link state</comment>
        <translation>已连接</translation>
    </message>
    <message numerus="yes">
        <source>Unreachable, retrying in %n second(s)</source>
        <comment>@item agent link state</comment>
        <translation>
            <numerusform>无法访问，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable</source>
        <comment>@item agent link state</comment>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>@item agent link state</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <comment>@label agent link state</comment>
        <translation>代理：%1</translation>
    </message>
    <message>
        <source>role %1</source>
        <comment>@label what the agent admitted the console as: viewer or operator</comment>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>simulated</source>
        <comment>@label the demo's in-process agent</comment>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>证书指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Agent %1 on %2</source>
        <comment>@info agent version, hostname</comment>
        <translation>代理 %1，位于 %2</translation>
    </message>
    <message>
        <source>driver %1</source>
        <comment>@info NVIDIA driver version</comment>
        <translation>驱动 %1</translation>
    </message>
    <message>
        <source>CUDA %1.%2</source>
        <translation>CUDA %1.%2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <comment>@info GPUs NVML sees</comment>
        <translation>
            <numerusform>%n 个 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>NVML available: %1</source>
        <comment>@info list of facts</comment>
        <translation>NVML 可用：%1</translation>
    </message>
    <message>
        <source>simulated figures</source>
        <translation>模拟数据</translation>
    </message>
    <message>
        <source>NVML not available</source>
        <translation>NVML 不可用</translation>
    </message>
    <message>
        <source>NVML not available: %1</source>
        <comment>@info the reason</comment>
        <translation>NVML 不可用：%1</translation>
    </message>
    <message>
        <source>No agent configured for this host: add its address in the connection.</source>
        <translation>此主机未配置代理：请在连接中添加其地址。</translation>
    </message>
    <message>
        <source>Waiting for you to trust the agent's certificate…</source>
        <translation>等待您信任代理的证书…</translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation>等待代理…</translation>
    </message>
</context>
<context>
    <name>ApplyPlacementDialog</name>
    <message>
        <source>Apply Placement</source>
        <translation>应用放置</translation>
    </message>
    <message>
        <source>Choose the VM each placed instance is for. Only VMs of the instance's host that hold no device are offered; rows left at "— skip —" are not applied.</source>
        <translation>为每个已放置的实例选择其对应的虚拟机。仅列出该实例所在主机上未持有任何设备的虚拟机；保留为“— 跳过 —”的行不会被应用。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>#</source>
        <comment>@title instance number</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Placed instances</source>
        <translation>已放置的实例</translation>
    </message>
    <message>
        <source>Plan and steps</source>
        <translation>计划和步骤</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>&amp;Preview and Apply…</source>
        <translation>预览并应用(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— 跳过 —</translation>
    </message>
    <message>
        <source>skipped: no VM chosen</source>
        <translation>已跳过：未选择虚拟机</translation>
    </message>
    <message>
        <source>refused: the VM is chosen for another instance too</source>
        <translation>已拒绝：该虚拟机同时被选给了另一个实例</translation>
    </message>
    <message>
        <source>cannot be applied: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>accepted, with warnings: %1</source>
        <translation>已接受，有警告：%1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2：%3</translation>
    </message>
    <message>
        <source>Nothing to apply: choose a VM that the validator accepts for at least one instance.</source>
        <translation>无可应用的内容：请至少为一个实例选择验证器接受的虚拟机。</translation>
    </message>
    <message>
        <source>the host is busy with another plan</source>
        <translation>该主机正忙于另一个计划</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) will run one after another; the first failure stops the rest (its own steps are rolled back). A plan on a host an earlier one changed is planned again just before it runs.</source>
        <translation>
            <numerusform>%n 个计划将依次运行；第一个失败会中止其余计划（其自身的步骤会被回滚）。如果某主机已被之前的计划更改，其上的计划会在运行前重新规划。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be planned: %1</source>
        <translation>无法规划：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Applied %1 of %2 plan(s).</source>
        <translation>已应用 %1 个计划（共 %2 个）。</translation>
    </message>
    <message>
        <source>Stopped at "%1": %2</source>
        <translation>在“%1”处中止：%2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>已由操作员停止</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <comment>@action:button stop applying the plans</comment>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop after undoing the running plan's steps; the plans already applied stay</source>
        <translation>撤销正在运行的计划的步骤后停止；已应用的计划保持不变</translation>
    </message>
</context>
<context>
    <name>AssignController</name>
    <message>
        <source>Plan progress</source>
        <translation>计划进度</translation>
    </message>
    <message>
        <source>&amp;Undo Assignment</source>
        <translation>撤销分配(&amp;U)</translation>
    </message>
    <message>
        <source>Nothing to undo, or the host is busy with another plan.</source>
        <translation>没有可撤销的操作，或主机正忙于另一个计划。</translation>
    </message>
    <message>
        <source>Last Plan &amp;Report…</source>
        <translation>上一个计划报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Undoing %1/%2</source>
        <translation>正在撤销 %1/%2</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>步骤 %1/%2</translation>
    </message>
    <message>
        <source>%1 is busy with another plan; try again when it has finished.</source>
        <translation>%1 正忙于另一个计划；请在其完成后重试。</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>%1 failed; the steps already done were undone.</source>
        <translation>%1 失败；已完成的步骤已撤销。</translation>
    </message>
    <message>
        <source>%1 failed and could not be undone completely; the host needs a look.</source>
        <translation>%1 失败且未能完全撤销；请检查该主机。</translation>
    </message>
    <message>
        <source>Drop to release %1 from its VM</source>
        <translation>松开以将 %1 从其虚拟机释放</translation>
    </message>
    <message>
        <source>Drop to assign %1 to %2</source>
        <translation>松开以将 %1 分配给 %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button stop the running assignment plan</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the plan before its next step and undo the steps already done</source>
        <translation>在下一步之前停止计划，并撤销已完成的步骤</translation>
    </message>
    <message>
        <source>%1 was cancelled; the steps already done were undone.</source>
        <translation>%1 已取消；已完成的步骤均已撤销。</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>Assign %1 to %2</source>
        <translation>将 %1 分配给 %2</translation>
    </message>
    <message>
        <source>Release %1 from %2</source>
        <translation>从 %2 释放 %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>The description of %1 could not be read</source>
        <translation>无法读取 %1 的描述</translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n 个 vGPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual function(s)</source>
        <translation>
            <numerusform>%n 个虚拟功能</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add %1</source>
        <translation>同时添加 %1</translation>
    </message>
    <message>
        <source>Also add %1 (%2)</source>
        <translation>同时添加 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>无法写入审计日志</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>Malformed domain description</source>
        <translation>虚拟机（domain）描述格式错误</translation>
    </message>
    <message>
        <source>The virtual machine already has %1</source>
        <translation>虚拟机已有 %1</translation>
    </message>
    <message>
        <source>The virtual machine does not have %1</source>
        <translation>虚拟机没有 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>The host devices of %1 changed since the plan was made</source>
        <translation>自制定计划以来，%1 的主机设备已发生变化</translation>
    </message>
    <message>
        <source>No host agent answers for this host</source>
        <translation>此主机没有可响应的主机代理</translation>
    </message>
    <message>
        <source>The host is not connected</source>
        <translation>主机未连接</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@label plan result</comment>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Failed, everything undone</source>
        <comment>@label plan result</comment>
        <translation>失败，已全部撤销</translation>
    </message>
    <message>
        <source>Failed, and not everything could be undone</source>
        <comment>@label plan result</comment>
        <translation>失败，且未能全部撤销</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance(s)</source>
        <translation>
            <numerusform>%n 个 MIG 实例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-sliced vGPU(s)</source>
        <translation>
            <numerusform>%n 个时间片 vGPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating a MIG instance</source>
        <translation>正在创建 MIG 实例</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual function(s) passed through</source>
        <translation>
            <numerusform>%n 个已直通的虚拟功能</numerusform>
        </translation>
    </message>
    <message>
        <source>Create vGPU %1 (%2) on %3</source>
        <translation>在 %3 上创建 vGPU %1（%2）</translation>
    </message>
    <message>
        <source>at placement %1</source>
        <translation>位于放置 ID %1</translation>
    </message>
    <message>
        <source>Remove vGPU %1 (%2) from %3</source>
        <translation>从 %3 删除 vGPU %1（%2）</translation>
    </message>
    <message>
        <source>Create MIG instance %1 at slice %2 on GPU %3</source>
        <translation>在 GPU %3 的切片 %2 处创建 MIG 实例 %1</translation>
    </message>
    <message>
        <source>Remove MIG instance %1 at slice %2 from GPU %3</source>
        <translation>删除 GPU %3 上切片 %2 处的 MIG 实例 %1</translation>
    </message>
    <message>
        <source>Bind %1 to vfio-pci</source>
        <translation>将 %1 绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>Give %1 back to its host driver</source>
        <translation>将 %1 交还给其主机驱动程序</translation>
    </message>
    <message>
        <source>Give %1 back to %2</source>
        <translation>将 %1 交还给 %2</translation>
    </message>
    <message>
        <source>Attach %1 to running VM %2</source>
        <translation>将 %1 附加到运行中的虚拟机 %2</translation>
    </message>
    <message>
        <source>Detach %1 from running VM %2</source>
        <translation>从运行中的虚拟机 %2 分离 %1</translation>
    </message>
    <message>
        <source>Save the configuration of %1</source>
        <translation>保存 %1 的配置</translation>
    </message>
    <message>
        <source>%1 (through the host agent)</source>
        <translation>%1（通过主机代理）</translation>
    </message>
    <message>
        <source>%1 (through libvirt)</source>
        <translation>%1（通过 libvirt）</translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on this host any more</source>
        <translation>虚拟机 %1 已不在此主机上</translation>
    </message>
    <message>
        <source>%1 is not on this host any more</source>
        <translation>%1 已不在此主机上</translation>
    </message>
    <message>
        <source>%1 is on another host than %2: a VM can only use devices of its own host</source>
        <translation>%1 与 %2 不在同一主机上：虚拟机只能使用其所在主机的设备</translation>
    </message>
    <message>
        <source>%1 can go to one VM only, not to %2</source>
        <translation>%1 只能分配给一台虚拟机，不能再分配给 %2</translation>
    </message>
    <message>
        <source>%1 is a bridge and cannot be given to a VM</source>
        <translation>%1 是桥接设备，无法分配给虚拟机</translation>
    </message>
    <message>
        <source>%1 is in no IOMMU group: turn the IOMMU on (intel_iommu=on or amd_iommu=on) to pass it through</source>
        <translation>%1 不属于任何 IOMMU 组：请开启 IOMMU（intel_iommu=on 或 amd_iommu=on）后再直通</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2 (%3)</source>
        <translation>%1 已分配给 %2（%3）</translation>
    </message>
    <message>
        <source>%2 already has %1</source>
        <translation>%2 已有 %1</translation>
    </message>
    <message>
        <source>%1 shares the IOMMU group of %2 and is assigned to %3: the group can only go to one VM</source>
        <translation>%1 与 %2 共享 IOMMU 组，且已分配给 %3：该组只能分配给一台虚拟机</translation>
    </message>
    <message>
        <source>%1 is not in the IOMMU group of %2</source>
        <translation>%1 不在 %2 的 IOMMU 组中</translation>
    </message>
    <message>
        <source>%1 (%2) shares the IOMMU group and stays on the host: it will be taken from %3 and bound to vfio-pci</source>
        <translation>%1（%2）共享该 IOMMU 组且仍由主机使用：它将从 %3 解绑并绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>无驱动程序</translation>
    </message>
    <message>
        <source>%1 is the host's boot display and should not be passed through</source>
        <translation>%1 是主机的启动显示设备，不应直通</translation>
    </message>
    <message>
        <source>GPU %1 is in use by %2: free it first</source>
        <translation>GPU %1 正被 %2 使用：请先将其释放</translation>
    </message>
    <message>
        <source>GPU %1 already carries %2 and cannot also carry %3</source>
        <translation>GPU %1 已承载 %2，无法同时承载 %3</translation>
    </message>
    <message>
        <source>Virtual function %1 is already assigned to %2</source>
        <translation>虚拟功能 %1 已分配给 %2</translation>
    </message>
    <message>
        <source>Virtual function %1 carries a vGPU: drag a vGPU type instead</source>
        <translation>虚拟功能 %1 承载着 vGPU：请改为拖放 vGPU 类型</translation>
    </message>
    <message>
        <source>GPU %2 does not offer %1</source>
        <translation>GPU %2 不提供 %1</translation>
    </message>
    <message>
        <source>GPU %1 holds %2 MB vGPUs, and all vGPUs on one GPU must have the same size; %3 has %4 MB</source>
        <translation>GPU %1 上已有 %2 MB 的 vGPU，而同一 GPU 上的所有 vGPU 大小必须相同；%3 为 %4 MB</translation>
    </message>
    <message>
        <source>Placement %1 is not valid for %2 (valid: %3)</source>
        <translation>放置 ID %1 对 %2 无效（有效值：%3）</translation>
    </message>
    <message>
        <source>Placement %1 for %2 overlaps a vGPU already on GPU %3</source>
        <translation>%2 的放置 ID %1 与 GPU %3 上已有的 vGPU 重叠</translation>
    </message>
    <message>
        <source>No placement for %1 is free on GPU %2</source>
        <translation>GPU %2 上没有可供 %1 使用的空闲放置 ID</translation>
    </message>
    <message>
        <source>GPU %2 can create %3 more %1, %4 asked</source>
        <translation>GPU %2 还可创建 %3 个 %1，但请求了 %4 个</translation>
    </message>
    <message>
        <source>GPU %1 holds %2 vGPUs; %3 more would pass its limit of %4</source>
        <translation>GPU %1 上已有 %2 个 vGPU；再增加 %3 个将超出其上限 %4</translation>
    </message>
    <message>
        <source>%1 is not a MIG-backed vGPU type</source>
        <translation>%1 不是基于 MIG 的 vGPU 类型</translation>
    </message>
    <message>
        <source>MIG profile %2 cannot start at slice %1 (legal starts: %3)</source>
        <translation>MIG 配置文件 %2 不能从切片 %1 开始（有效起始位置：%3）</translation>
    </message>
    <message>
        <source>MIG profile %2 at slice %1 overlaps an instance already on GPU %3</source>
        <translation>从切片 %1 开始的 MIG 配置文件 %2 与 GPU %3 上已有的实例重叠</translation>
    </message>
    <message>
        <source>No legal start for MIG profile %1 is free on GPU %2</source>
        <translation>GPU %2 上没有可供 MIG 配置文件 %1 使用的空闲起始位置</translation>
    </message>
    <message>
        <source>GPU %1 already holds 7 MIG instances, the most it can</source>
        <translation>GPU %1 上已有 7 个 MIG 实例，已达上限</translation>
    </message>
    <message>
        <source>%1 cannot create vGPUs: its libvirt has no mdev support and no agent answers</source>
        <translation>%1 无法创建 vGPU：其 libvirt 不支持 mdev，且没有代理响应</translation>
    </message>
    <message>
        <source>%1 must be bound to vfio-pci, but neither libvirt nor an agent can do it on this host</source>
        <translation>%1 必须绑定到 vfio-pci，但此主机上的 libvirt 和代理均无法执行该操作</translation>
    </message>
    <message>
        <source>%1 needs the host agent, which does not answer</source>
        <translation>%1 需要主机代理，但主机代理未响应</translation>
    </message>
    <message>
        <source>%1 is a transient VM without a configuration, and the device cannot be attached while it runs</source>
        <translation>%1 是没有持久配置的临时虚拟机，运行时无法附加设备</translation>
    </message>
    <message>
        <source>%1 is running and %2 cannot be changed live: the change takes effect at its next start</source>
        <translation>%1 正在运行，%2 无法在线更改：更改将在其下次启动时生效</translation>
    </message>
    <message>
        <source>%1 is running: the device is attached now and kept in its configuration</source>
        <translation>%1 正在运行：设备已立即附加，并保留在其配置中</translation>
    </message>
    <message>
        <source>%1 is on NUMA node %2, but %3 runs on node(s) %4: expect slower transfers</source>
        <translation>%1 位于 NUMA 节点 %2，而 %3 运行在节点 %4 上：传输速度可能较慢</translation>
    </message>
    <message>
        <source>Guests with %1 need a %2 licence</source>
        <translation>使用 %1 的客户机需要 %2 许可证</translation>
    </message>
    <message>
        <source>%2 does not have %1</source>
        <translation>%2 没有 %1</translation>
    </message>
    <message>
        <source>vGPU %1 is in use by %2, which is running: it can be removed once the VM is off</source>
        <translation>vGPU %1 正被运行中的 %2 使用：需在该虚拟机关闭后才能移除</translation>
    </message>
    <message>
        <source>Write the licence token %1 into %2</source>
        <translation>将许可证令牌 %1 写入 %2</translation>
    </message>
    <message>
        <source>Push the licence token %1 to %2</source>
        <translation>将许可证令牌 %1 推送到 %2</translation>
    </message>
    <message>
        <source>Cancelled by the operator before step %1 of %2</source>
        <translation>操作员在第 %1 步（共 %2 步）之前取消</translation>
    </message>
    <message>
        <source>This host's agent cannot receive licence tokens</source>
        <translation>此主机的代理无法接收许可证令牌</translation>
    </message>
    <message>
        <source>The plan's configuration of %1 cannot be read</source>
        <translation>无法读取计划中 %1 的配置</translation>
    </message>
    <message>
        <source>Not in effect on the host</source>
        <translation>未在主机上生效</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Filter by host</source>
        <translation>按主机筛选</translation>
    </message>
    <message>
        <source>VM name or UUID</source>
        <translation>虚拟机名称或 UUID</translation>
    </message>
    <message>
        <source>Filter by VM</source>
        <translation>按虚拟机筛选</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>按结果筛选</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>Rollback incomplete</source>
        <translation>回滚不完整</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label:checkbox time range start</comment>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <comment>@label:checkbox time range end</comment>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Audit log records</source>
        <translation>审计日志记录</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>审计记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 行损坏内容</numerusform>
        </translation>
    </message>
    <message>
        <source>the last record is incomplete</source>
        <translation>最后一条记录不完整</translation>
    </message>
    <message>
        <source>Records from</source>
        <comment>@label time range start</comment>
        <translation>记录起始时间</translation>
    </message>
    <message>
        <source>Records until</source>
        <comment>@label time range end</comment>
        <translation>记录截止时间</translation>
    </message>
</context>
<context>
    <name>BoardImage</name>
    <message>
        <source>There is no GPU board to export: select a host with GPUs</source>
        <translation>没有可导出的 GPU 面板：请选择一台带有 GPU 的主机</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 编码失败</translation>
    </message>
</context>
<context>
    <name>ClientAllowlist</name>
    <message>
        <source>Operator</source>
        <comment>@label client role</comment>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <comment>@label client role</comment>
        <translation>查看者</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint</source>
        <translation>%1 不是 SHA-256 指纹</translation>
    </message>
    <message>
        <source>%1 is not enrolled</source>
        <translation>%1 未注册</translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>This is not a client configuration token: %1</source>
        <translation>这不是客户端配置令牌：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is %1 KiB; a token is a few KiB at most</source>
        <translation>文件大小为 %1 KiB；令牌最多只有几 KiB</translation>
    </message>
    <message>
        <source>the file is binary</source>
        <translation>文件为二进制文件</translation>
    </message>
    <message>
        <source>the file is not text</source>
        <translation>文件不是文本</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>文件仅包含空白字符</translation>
    </message>
    <message>
        <source>it is not a signed token of three base64url parts (header.claims.signature)</source>
        <translation>它不是由三个 base64url 部分（header.claims.signature）组成的签名令牌</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>其标头不是 JSON</translation>
    </message>
    <message>
        <source>its claims are not JSON</source>
        <translation>其声明（claims）不是 JSON</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>它未签名</translation>
    </message>
    <message>
        <source>it is a signed token, but not one of the NVIDIA License System</source>
        <translation>它是签名令牌，但不是 NVIDIA 许可证系统（NVIDIA License System）的令牌</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>文件大于 %1 KiB</translation>
    </message>
</context>
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
        <source>Connect to a host's libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</source>
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
        <source>"%1" is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</source>
        <translation>“%1”不是 libvirt URI：必须以驱动程序开头，例如 qemu:// 或 qemu+ssh://。</translation>
    </message>
    <message>
        <source>"%1" is not a valid URI: %2</source>
        <translation>“%1”不是有效的 URI：%2</translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation>测试驱动程序文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Optional: gpu-host-01:%1, where gpuvirt-agent listens</source>
        <translation>可选：gpu-host-01:%1，即 gpuvirt-agent 监听的地址</translation>
    </message>
    <message>
        <source>Agent address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>The host agent adds boot VGA, driver bindings, readiness checks, NVML telemetry and actions libvirt cannot do. Leave empty to use libvirt alone.</source>
        <translation>主机代理可提供启动 VGA 设备、驱动程序绑定、就绪检查、NVML 遥测，以及 libvirt 无法执行的操作。留空则仅使用 libvirt。</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>代理(&amp;A)：</translation>
    </message>
    <message>
        <source>"%1" is not an agent address: write host or host:port, for example gpu-host-01:%2.</source>
        <translation>“%1”不是代理地址：请使用 host 或 host:port 格式，例如 gpu-host-01:%2。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Unknown table "%1"; the tables are: %2</source>
        <translation>未知表格“%1”；可用的表格：%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
</context>
<context>
    <name>DemoAgents</name>
    <message>
        <source>The demo agent of %1 could not start</source>
        <translation>%1 的演示代理无法启动</translation>
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
    <name>FrameReader</name>
    <message>
        <source>The peer sent an empty message</source>
        <translation>对端发送了空消息</translation>
    </message>
    <message>
        <source>The peer sent a message larger than the limit of %1 bytes</source>
        <translation>对端发送的消息超过了 %1 字节的上限</translation>
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
        <source>The host boots on this GPU's display. Passing it through can leave the host without a console.</source>
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
    <message>
        <source>%1 · %2</source>
        <comment>@label request · what it takes</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scheduler preview, not applied: %1 would take %2 here</source>
        <translation>调度预览，尚未应用：%1 将在此处占用 %2</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>此 GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <comment>@label badge: failed readiness checks</comment>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>@label badge: readiness checks with warnings</comment>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness:</source>
        <comment>@info:tooltip followed by the titles of failed readiness checks</comment>
        <translation>就绪检查：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip PCI address: readiness check title</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>See the Readiness tab for the remedy.</source>
        <translation>补救方法请见“就绪检查”选项卡。</translation>
    </message>
    <message>
        <source>free slot %1</source>
        <comment>@label empty MIG slot</comment>
        <translation>空闲槽位 %1</translation>
    </message>
    <message>
        <source>Free MIG slot %1: drag it onto a VM to create a %2 (%3) starting here</source>
        <translation>空闲 MIG 槽位 %1：拖到虚拟机上即可在此处创建一个 %2（%3）</translation>
    </message>
    <message>
        <source>Utilization %1 %</source>
        <comment>@info GPU load</comment>
        <translation>利用率 %1 %</translation>
    </message>
    <message>
        <source>framebuffer %1 %</source>
        <comment>@info GPU load</comment>
        <translation>帧缓冲 %1 %</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 W</source>
        <comment>@info watts</comment>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@label load bar: utilization</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>FB</source>
        <comment>@label load bar: framebuffer used</comment>
        <translation>帧缓冲</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>@label percent</comment>
        <translation>%1 %</translation>
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
    <name>HostLoadOverview</name>
    <message>
        <source>Host load overview</source>
        <translation>主机负载概览</translation>
    </message>
    <message>
        <source>No GPUs on this host</source>
        <translation>此主机没有 GPU</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>@item GPU address · product</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 W</source>
        <comment>@info watts</comment>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>no telemetry</source>
        <translation>无遥测数据</translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@label load bar: utilization</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>FB</source>
        <comment>@label load bar: framebuffer used</comment>
        <translation>帧缓冲</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>@label percent</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Invalid address %1 for the certificate</source>
        <translation>证书地址 %1 无效</translation>
    </message>
    <message>
        <source>Invalid name %1 for the certificate</source>
        <translation>证书名称 %1 无效</translation>
    </message>
    <message>
        <source>Cannot make the certificate</source>
        <translation>无法生成证书</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot make a private key</source>
        <translation>无法生成私钥</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>The private key file %1 is damaged or not a PEM key</source>
        <translation>私钥文件 %1 已损坏或不是 PEM 密钥</translation>
    </message>
    <message>
        <source>The certificate file %1 is damaged or not a PEM certificate</source>
        <translation>证书文件 %1 已损坏或不是 PEM 证书</translation>
    </message>
    <message>
        <source>The certificate %1 does not belong to the private key %2</source>
        <translation>证书 %1 与私钥 %2 不匹配</translation>
    </message>
    <message>
        <source>The private key %1 is of an unsupported type</source>
        <translation>私钥 %1 的类型不受支持</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2; remove %1 and %3 to make a new identity, then pin it again on every peer</source>
        <translation>证书 %1 已于 %2 过期；请删除 %1 和 %3 以生成新身份，然后在每个对端上重新固定</translation>
    </message>
    <message>
        <source>Only half of the identity in %1 exists; restore %2, or remove %3 to make a new identity and pin it again on every peer</source>
        <translation>%1 中的身份仅存在一半；请恢复 %2，或删除 %3 以生成新身份，然后在每个对端上重新固定</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
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
    <message>
        <source>%1 is not an inventory dump: %2</source>
        <translation>%1 不是清单转储文件：%2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>formatVersion 1 and a hosts list are expected</source>
        <translation>应包含 formatVersion 1 和 hosts 列表</translation>
    </message>
    <message>
        <source>a GPU of %1 has no valid address</source>
        <translation>%1 的某个 GPU 没有有效地址</translation>
    </message>
    <message>
        <source>Cannot open the inventory file %1</source>
        <translation>无法打开清单文件 %1</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip PCI address: readiness check title</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read the file %1</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <source>The file %1 is damaged and could not be moved aside</source>
        <translation>文件 %1 已损坏，且无法将其重命名备份</translation>
    </message>
    <message>
        <source>The file %1 was damaged; it was kept as %2 and an empty list was started</source>
        <translation>文件 %1 已损坏；已将其保留为 %2，并新建了空列表</translation>
    </message>
    <message>
        <source>Cannot write the file %1</source>
        <translation>无法写入文件 %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The %1 are malformed at %2</source>
        <translation>%1 在 %2 处格式错误</translation>
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
    <name>LibvirtPlanTarget</name>
    <message>
        <source>No virtual machine %1</source>
        <translation>虚拟机 %1 不存在</translation>
    </message>
    <message>
        <source>No PCI device %1</source>
        <translation>PCI 设备 %1 不存在</translation>
    </message>
    <message>
        <source>Cannot read the description of %1</source>
        <translation>无法读取 %1 的描述</translation>
    </message>
    <message>
        <source>libvirt refused the configuration</source>
        <translation>libvirt 拒绝了该配置</translation>
    </message>
    <message>
        <source>libvirt could not attach the device</source>
        <translation>libvirt 无法附加设备</translation>
    </message>
    <message>
        <source>libvirt could not detach the device</source>
        <translation>libvirt 无法分离设备</translation>
    </message>
    <message>
        <source>libvirt could not define the mdev</source>
        <translation>libvirt 无法定义 mdev</translation>
    </message>
    <message>
        <source>libvirt could not start the mdev</source>
        <translation>libvirt 无法启动 mdev</translation>
    </message>
    <message>
        <source>No mdev %1 on %2</source>
        <translation>%2 上不存在 mdev %1</translation>
    </message>
    <message>
        <source>libvirt could not stop the mdev</source>
        <translation>libvirt 无法停止 mdev</translation>
    </message>
    <message>
        <source>libvirt could not undefine the mdev</source>
        <translation>libvirt 无法取消定义 mdev</translation>
    </message>
    <message>
        <source>libvirt could not bind %1 to vfio-pci</source>
        <translation>libvirt 无法将 %1 绑定到 vfio-pci</translation>
    </message>
    <message>
        <source>libvirt could not give %1 back to the host</source>
        <translation>libvirt 无法将 %1 交还给主机</translation>
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
    <name>LicenceAudit</name>
    <message>
        <source>Add licence server %1</source>
        <translation>添加许可证服务器 %1</translation>
    </message>
    <message>
        <source>Remove licence server %1</source>
        <translation>移除许可证服务器 %1</translation>
    </message>
    <message>
        <source>Edit licence server %1</source>
        <translation>编辑许可证服务器 %1</translation>
    </message>
    <message>
        <source>Edit licence server %1 (was %2)</source>
        <translation>编辑许可证服务器 %1（原名 %2）</translation>
    </message>
</context>
<context>
    <name>LicenceDemand</name>
    <message numerus="yes">
        <source>%1 is unreachable (%2) and serves %n running guest(s)</source>
        <translation><numerusform>%1 不可达（%2），它为 %n 台运行中的客户机提供服务</numerusform></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2</source>
        <translation>%1 的证书已于 %2 过期</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires on %2, in %n day(s)</source>
        <translation><numerusform>%1 的证书将于 %2 过期（%n 天后）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 licence(s) on %2 expired on %3</source>
        <translation><numerusform>%2 上的 %n 个 %1 许可证已于 %3 过期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 licence(s) on %2 expire on %3</source>
        <translation><numerusform>%2 上的 %n 个 %1 许可证将于 %3 过期</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %3 guests assigned, %n entitled</source>
        <translation><numerusform>%2 上的 %1：已分配 %3 台客户机，授权数为 %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: the preview would need %3, %n entitled</source>
        <translation><numerusform>%2 上的 %1：预览需要 %3 个，授权数为 %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 across the fleet: %2 guests assigned, %n entitled</source>
        <translation><numerusform>所有主机上的 %1：已分配 %2 台客户机，授权数为 %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n running guest(s) with a vGPU are served by no registered licence server</source>
        <translation><numerusform>有 %n 台使用 vGPU 的运行中客户机未由任何已登记的许可证服务器提供服务</numerusform></translation>
    </message>
    <message>
        <source>%1 on %2 runs unlicensed; its vGPU will be restricted</source>
        <translation>%2 上的 %1 在无许可证状态下运行；其 vGPU 将受到限制</translation>
    </message>
    <message>
        <source>%1 on %2 runs unlicensed (%3); its vGPU will be restricted</source>
        <translation>%2 上的 %1 在无许可证状态下运行（%3）；其 vGPU 将受到限制</translation>
    </message>
    <message>
        <source>The %1 lease of %2 on %3 ends %4</source>
        <translation>%3 上 %2 的 %1 租约将于 %4 到期</translation>
    </message>
</context>
<context>
    <name>LicencePanel</name>
    <message>
        <source>%1 %2 (until %3)</source>
        <translation>%1 %2（至 %3）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>所有客户机</translation>
    </message>
    <message>
        <source>Licence servers</source>
        <translation>许可证服务器</translation>
    </message>
    <message>
        <source>Probe details</source>
        <translation>探测详细信息</translation>
    </message>
    <message>
        <source>Demand per edition</source>
        <translation>各版本需求</translation>
    </message>
    <message>
        <source>Licence warnings</source>
        <translation>许可证警告</translation>
    </message>
    <message>
        <source>Unlicensed or expiring guests</source>
        <translation>无许可证或即将到期的客户机</translation>
    </message>
    <message>
        <source>Client configuration token</source>
        <translation>客户端配置令牌</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <comment>@action:button licence server</comment>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>@action:button licence server</comment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>@action:button licence server</comment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Probe Now</source>
        <translation>立即探测(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import Token…</source>
        <translation>导入令牌(&amp;I)…</translation>
    </message>
    <message>
        <source>P&amp;ush Token to Host…</source>
        <translation>推送令牌到主机(&amp;U)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>已获许可证</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>With preview</source>
        <translation>含预览</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Demand against entitlement</source>
        <translation>需求与授权对比</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1（演示）</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>正在探测…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a licence server to see what its last probe found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个许可证服务器，查看其上次探测的结果。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A demo server: the console does not probe it over the network.</source>
        <translation>演示服务器：控制台不会通过网络探测它。</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>探测时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Valid, trusted by %1</source>
        <translation>有效，受 %1 信任</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>系统证书存储</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Matches the certificate</source>
        <translation>与证书匹配</translation>
    </message>
    <message>
        <source>Not in the certificate</source>
        <translation>不在证书中</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Next probe</source>
        <translation>下次探测</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s), after %1 failed probes</source>
        <translation><numerusform>%n 秒后（已连续 %1 次探测失败）</numerusform></translation>
    </message>
    <message>
        <source>More guests hold a vGPU of this edition than it is entitled to</source>
        <translation>持有此版本 vGPU 的客户机数量超过了授权数</translation>
    </message>
    <message>
        <source>The scheduler preview would exceed the entitlement</source>
        <translation>调度预览将超出授权数</translation>
    </message>
    <message>
        <source>Nothing to worry about: every guest is served and entitled.</source>
        <translation>一切正常：每台客户机都有服务器提供服务且已获授权。</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>无许可证</translation>
    </message>
    <message>
        <source>No token imported. Import the client_configuration_token_*.tok file you downloaded from the licence server, then push it to a host for its guests.</source>
        <translation>尚未导入令牌。请导入从许可证服务器下载的 client_configuration_token_*.tok 文件，然后将其推送到主机，供其客户机使用。</translation>
    </message>
    <message numerus="yes">
        <source>File: %1 (%n byte(s))</source>
        <translation><numerusform>文件：%1（%n 字节）</numerusform></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Issuer: %1; audience: %2</source>
        <translation>颁发者：%1；受众：%2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>颁发时间：%1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>已过期：%1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>到期时间：%1</translation>
    </message>
    <message>
        <source>Service instance: %1</source>
        <translation>服务实例：%1</translation>
    </message>
    <message>
        <source>Points guests at: %1</source>
        <translation>客户机将连接到：%1</translation>
    </message>
    <message>
        <source>Signature: %1, not verified by the console</source>
        <translation>签名：%1，控制台未验证</translation>
    </message>
    <message>
        <source>Token pushes need host agents</source>
        <translation>推送令牌需要主机代理</translation>
    </message>
    <message>
        <source>Import a token first</source>
        <translation>请先导入令牌</translation>
    </message>
    <message>
        <source>Add Licence Server</source>
        <translation>添加许可证服务器</translation>
    </message>
    <message>
        <source>Edit Licence Server</source>
        <translation>编辑许可证服务器</translation>
    </message>
    <message>
        <source>Remove Licence Server</source>
        <translation>移除许可证服务器</translation>
    </message>
    <message>
        <source>Remove the licence server %1 from the registry? Its guests keep their leases; the console stops watching it.</source>
        <translation>要从服务器列表中移除许可证服务器 %1 吗？其客户机保留各自的租约；控制台将停止监视该服务器。</translation>
    </message>
    <message>
        <source>Import Client Configuration Token</source>
        <translation>导入客户端配置令牌</translation>
    </message>
    <message>
        <source>Client configuration tokens (*.tok);;All files (*)</source>
        <translation>客户端配置令牌 (*.tok);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The token expired on %1; guests will not accept it</source>
        <translation>令牌已于 %1 过期；客户机不会接受它</translation>
    </message>
    <message>
        <source>Push Token to Host</source>
        <translation>推送令牌到主机</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>No host has a connected agent.</source>
        <translation>没有已连接代理的主机。</translation>
    </message>
    <message numerus="yes">
        <source>The host's agent writes the token (%n byte(s), SHA-256 %1…) as %2 in %3, replacing a file of that name at once. The agent must allow that directory (gpuvirt-agent --token-dir). The push is recorded in the audit log.</source>
        <translation><numerusform>主机代理将令牌（%n 字节，SHA-256 %1…）以 %2 为名写入 %3，并立即替换同名文件。代理必须允许该目录（gpuvirt-agent --token-dir）。此次推送会记录在审计日志中。</numerusform></translation>
    </message>
    <message>
        <source>%1 is busy with another plan; try again when it has finished.</source>
        <translation>%1 正忙于另一个计划；请在其完成后重试。</translation>
    </message>
</context>
<context>
    <name>LicenceProbe</name>
    <message>
        <source>Not probed yet</source>
        <translation>尚未探测</translation>
    </message>
    <message>
        <source>Demo (not probed)</source>
        <translation>演示（未探测）</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>可达</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>名称无法解析</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Cannot probe</source>
        <translation>无法探测</translation>
    </message>
    <message numerus="yes">
        <source>Reachable in %n ms (plain TCP)</source>
        <translation><numerusform>可达，%n 毫秒（纯 TCP）</numerusform></translation>
    </message>
    <message>
        <source>Certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>Certificate does not name this server</source>
        <translation>证书中未包含此服务器的名称</translation>
    </message>
    <message>
        <source>Self-signed certificate, not trusted</source>
        <translation>自签名证书，不受信任</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message numerus="yes">
        <source>Healthy, %1, %n ms</source>
        <translation><numerusform>正常，%1，%n 毫秒</numerusform></translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>无法解析名称 %1</translation>
    </message>
    <message>
        <source>The pinned CA file %1 holds no PEM certificate</source>
        <translation>固定的 CA 文件 %1 不包含 PEM 证书</translation>
    </message>
    <message>
        <source>Nothing listens on %1</source>
        <translation>%1 上没有服务在监听</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>%1 accepted the connection but no TLS handshake</source>
        <translation>%1 接受了连接，但未进行 TLS 握手</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time</source>
        <translation>%1 接受了连接，但未及时响应</translation>
    </message>
</context>
<context>
    <name>LicenceServer</name>
    <message>
        <source>A licence server named %1 exists already.</source>
        <translation>名为 %1 的许可证服务器已存在。</translation>
    </message>
    <message>
        <source>The licence server was not added</source>
        <translation>未添加许可证服务器</translation>
    </message>
    <message>
        <source>There is no licence server named %1</source>
        <translation>不存在名为 %1 的许可证服务器</translation>
    </message>
    <message>
        <source>The licence server was not changed</source>
        <translation>未更改许可证服务器</translation>
    </message>
    <message>
        <source>The change was saved but the audit log could not be written</source>
        <translation>更改已保存，但无法写入审计日志</translation>
    </message>
    <message>
        <source>The server needs a name.</source>
        <translation>请为服务器指定名称。</translation>
    </message>
    <message>
        <source>The server needs an address.</source>
        <translation>请为服务器指定地址。</translation>
    </message>
    <message>
        <source>"%1" is neither a host name nor an IP address.</source>
        <translation>“%1”既不是主机名，也不是 IP 地址。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>An entitlement count cannot be negative.</source>
        <translation>授权数量不能为负数。</translation>
    </message>
    <message>
        <source>DLS instance</source>
        <comment>@label NVIDIA License System on premises</comment>
        <translation>DLS 实例</translation>
    </message>
    <message>
        <source>CLS instance</source>
        <comment>@label NVIDIA License System in the cloud</comment>
        <translation>CLS 实例</translation>
    </message>
    <message>
        <source>Legacy licence server</source>
        <translation>旧版许可证服务器</translation>
    </message>
    <message>
        <source>The licence server "%1" cannot be read</source>
        <translation>无法读取许可证服务器“%1”</translation>
    </message>
    <message>
        <source>The licence servers cannot be read</source>
        <translation>无法读取许可证服务器列表</translation>
    </message>
</context>
<context>
    <name>LicenceServerDialog</name>
    <message>
        <source>Licence Server</source>
        <translation>许可证服务器</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>dls.example.com or 10.0.0.5</source>
        <translation>dls.example.com 或 10.0.0.5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>host names, separated by commas</source>
        <translation>主机名，以逗号分隔</translation>
    </message>
    <message>
        <source>Serves &amp;hosts:</source>
        <translation>服务的主机(&amp;H)：</translation>
    </message>
    <message>
        <source>VM name patterns such as vdi-pool-a-*</source>
        <translation>虚拟机名称模式，例如 vdi-pool-a-*</translation>
    </message>
    <message>
        <source>Serves &amp;pools:</source>
        <translation>服务的池(&amp;P)：</translation>
    </message>
    <message>
        <source>VM names or UUIDs</source>
        <translation>虚拟机名称或 UUID</translation>
    </message>
    <message>
        <source>Serves &amp;VMs:</source>
        <translation>服务的虚拟机(&amp;V)：</translation>
    </message>
    <message>
        <source>empty: the system's trusted CAs</source>
        <translation>留空：使用系统信任的 CA</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate to trust</source>
        <translation>选择包含要信任的 CA 证书的 PEM 文件</translation>
    </message>
    <message>
        <source>Pinned CA certificate</source>
        <translation>固定的 CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pinned &amp;CA:</source>
        <translation>固定的 CA(&amp;C)：</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证数量</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 许可证数量</translation>
    </message>
</context>
<context>
    <name>LicenceUsageChart</name>
    <message>
        <source>Licence use over time</source>
        <translation>许可证使用趋势</translation>
    </message>
    <message>
        <source>Leases in use (solid) against entitlement (dashed)</source>
        <translation>使用中的租约（实线）与授权数（虚线）</translation>
    </message>
    <message>
        <source>%1 entitled</source>
        <translation>%1 授权数</translation>
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
    <message>
        <source>Scheduler Preview</source>
        <translation>调度预览</translation>
    </message>
    <message>
        <source>Time Slicing</source>
        <translation>时间片调度</translation>
    </message>
    <message>
        <source>&amp;Scheduler Preview</source>
        <translation>调度预览(&amp;S)</translation>
    </message>
    <message>
        <source>Trust This Agent?</source>
        <translation>信任此代理？</translation>
    </message>
    <message>
        <source>The console has not met the agent at %1 (host %2) before.</source>
        <translation>控制台此前未连接过位于 %1 的代理（主机 %2）。</translation>
    </message>
    <message>
        <source>Its certificate fingerprint (SHA-256) is:

%1

Compare it with what "gpuvirt-agent --fingerprint" prints on the host. Trusting pins it: a different certificate later will be refused.</source>
        <translation>其证书指纹（SHA-256）为：

%1

请与主机上“gpuvirt-agent --fingerprint”的输出进行比对。信任后将固定此证书：今后出现不同的证书将被拒绝。</translation>
    </message>
    <message>
        <source>Trust and Pin</source>
        <translation>信任并固定</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>分配给(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>释放(&amp;R)</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <source>vGPU %1 (%2)</source>
        <translation>vGPU %1（%2）</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Board as PNG…</source>
        <translation>GPU 面板 PNG 图片(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Report as PDF…</source>
        <translation>PDF 报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Tables as CSV…</source>
        <translation>CSV 表格(&amp;T)…</translation>
    </message>
    <message>
        <source>CSV for &amp;Excel (UTF-8 with byte order mark)</source>
        <translation>适用于 Excel 的 CSV（带字节顺序标记的 UTF-8）(&amp;E)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Board as PNG</source>
        <translation>将 GPU 面板导出为 PNG</translation>
    </message>
    <message>
        <source>gpu-board-%1.png</source>
        <translation>gpu-board-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The GPU board was saved to %1</source>
        <translation>GPU 面板已保存到 %1</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>将报告导出为 PDF</translation>
    </message>
    <message>
        <source>gpu-report-%1.pdf</source>
        <translation>gpu-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <source>Export Tables as CSV to Folder</source>
        <translation>将表格以 CSV 格式导出到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved as CSV in %1</source>
        <translation><numerusform>已将 %n 个表格以 CSV 格式保存到 %1</numerusform></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>@title:menu user interface language</comment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <comment>@item:inmenu follow the system's language</comment>
        <translation>跟随系统(&amp;S)</translation>
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
    <name>Nvml</name>
    <message>
        <source>The NVIDIA management library (NVML) is not installed on this host</source>
        <translation>此主机未安装 NVIDIA 管理库（NVML）</translation>
    </message>
    <message>
        <source>The NVIDIA management library on this host is not usable</source>
        <translation>此主机上的 NVIDIA 管理库不可用</translation>
    </message>
    <message>
        <source>The NVIDIA management library could not start</source>
        <translation>NVIDIA 管理库无法启动</translation>
    </message>
    <message>
        <source>The NVIDIA facts from the host agent are malformed</source>
        <translation>来自主机代理的 NVIDIA 信息格式错误</translation>
    </message>
</context>
<context>
    <name>NvmlProbe</name>
    <message>
        <source>NVML could not create a %1 GPU instance at slice %2 on %3</source>
        <translation>NVML 无法在 %3 的切片 %2 处创建 %1 GPU 实例</translation>
    </message>
    <message>
        <source>NVML could not remove the %1 GPU instance at slice %2 on %3</source>
        <translation>NVML 无法移除 %3 上切片 %2 处的 %1 GPU 实例</translation>
    </message>
</context>
<context>
    <name>PinStore</name>
    <message>
        <source>%1 is not a SHA-256 fingerprint</source>
        <translation>%1 不是 SHA-256 指纹</translation>
    </message>
    <message>
        <source>No agent address given</source>
        <translation>未提供代理地址</translation>
    </message>
</context>
<context>
    <name>PlacementApply</name>
    <message>
        <source>GPU %1 has no free virtual function left.</source>
        <translation>GPU %1 已没有空闲的虚拟功能。</translation>
    </message>
    <message>
        <source>%1 at placement %2</source>
        <translation>%1，位于放置 ID %2</translation>
    </message>
    <message>
        <source>%1 at slice %2</source>
        <translation>%1，位于切片 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n whole GPU(s)</source>
        <translation>
            <numerusform>%n 个完整 GPU</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole GPU</source>
        <translation>整个 GPU</translation>
    </message>
    <message>
        <source>a VF</source>
        <translation>一个 VF</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>%1 #%2 was not placed.</source>
        <translation>%1 #%2 未被放置。</translation>
    </message>
    <message>
        <source>No VM is chosen for %1 #%2.</source>
        <translation>未为 %1 #%2 选择虚拟机。</translation>
    </message>
    <message>
        <source>Fractional GPU shares are a scheduling notion; no device gives a VM part of a GPU's time.</source>
        <translation>GPU 份额只是调度概念；没有设备能把 GPU 的一部分时间分给虚拟机。</translation>
    </message>
    <message>
        <source>The placement names no GPU address.</source>
        <translation>该放置未指明 GPU 地址。</translation>
    </message>
    <message>
        <source>GPU %1 is no longer on the host.</source>
        <translation>GPU %1 已不在该主机上。</translation>
    </message>
    <message>
        <source>GPU %1 does not offer the vGPU type %2.</source>
        <translation>GPU %1 不提供 vGPU 类型 %2。</translation>
    </message>
    <message>
        <source>GPU %1 offers no MIG-backed vGPU type of profile %2.</source>
        <translation>GPU %1 不提供配置文件为 %2 的基于 MIG 的 vGPU 类型。</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Preview Plan</source>
        <translation>预览计划</translation>
    </message>
    <message>
        <source>Other functions of the IOMMU group</source>
        <translation>IOMMU 组中的其他功能</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@title:group when the change reaches the VM</comment>
        <translation>时机</translation>
    </message>
    <message>
        <source>Now: attach to the running VM and keep it in its configuration</source>
        <translation>立即：附加到正在运行的虚拟机并保留在其配置中</translation>
    </message>
    <message>
        <source>At the next start: change the configuration only</source>
        <translation>下次启动时：仅更改配置</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Through</source>
        <comment>@title:column libvirt or agent</comment>
        <translation>途径</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>计划步骤</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Guest licence: %1</source>
        <translation>客户机许可证：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Configuration of %1, before and after</source>
        <translation>%1 的配置（更改前后）</translation>
    </message>
    <message>
        <source>%1 configuration</source>
        <translation>%1 配置</translation>
    </message>
    <message>
        <source>(no change to the configuration)</source>
        <translation>（配置无更改）</translation>
    </message>
    <message>
        <source>Also remove the vGPU (mdev) from the host once no VM uses it</source>
        <translation>在没有虚拟机使用后，同时从主机删除该 vGPU（中介设备）</translation>
    </message>
    <message>
        <source>Leave it unticked to keep the vGPU for another VM; its framebuffer stays taken.</source>
        <translation>不勾选则保留该 vGPU 供其他虚拟机使用；其帧缓冲仍被占用。</translation>
    </message>
</context>
<context>
    <name>PlanReportDialog</name>
    <message>
        <source>Plan Report</source>
        <translation>计划报告</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 于 %2，%3</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>中止原因：%1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Plan steps and their outcome</source>
        <translation>计划步骤及其结果</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Said: %1</source>
        <comment>@info what libvirt or the agent answered</comment>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>undo failed</source>
        <translation>撤销失败</translation>
    </message>
</context>
<context>
    <name>PolicyComparisonChart</name>
    <message>
        <source>Policy comparison chart</source>
        <translation>策略对比图</translation>
    </message>
    <message>
        <source>GPU demand placed (%)</source>
        <translation>已放置的 GPU 需求（%）</translation>
    </message>
    <message>
        <source>GPUs touched</source>
        <translation>涉及的 GPU</translation>
    </message>
    <message>
        <source>GPUs left free</source>
        <translation>保持空闲的 GPU</translation>
    </message>
    <message>
        <source>Fragmentation (GPUs)</source>
        <translation>碎片（GPU）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>% placed</source>
        <comment>@title:axis share of the GPU demand placed</comment>
        <translation>已放置（%）</translation>
    </message>
    <message>
        <source>Run the preview to compare the policies</source>
        <translation>运行预览以比较各策略</translation>
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
    <message>
        <source>Readiness:</source>
        <comment>@info:tooltip followed by the titles of failed readiness checks</comment>
        <translation>就绪检查：</translation>
    </message>
</context>
<context>
    <name>ReadinessJson</name>
    <message>
        <source>readiness checks</source>
        <translation>就绪检查</translation>
    </message>
</context>
<context>
    <name>ReadinessListing</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>@info readiness checks of severity information</comment>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <comment>@info readiness checks</comment>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1, checked %2: %3</source>
        <translation>%1 的就绪情况（检查时间 %2）：%3</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>待处理：%1</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Result</source>
        <comment>@title:column readiness check severity</comment>
        <translation>结果</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>@title:column what a readiness check is about: the host or a device</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column readiness check</comment>
        <translation>检查</translation>
    </message>
    <message>
        <source>Finding</source>
        <comment>@title:column what a readiness check found</comment>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>OK</source>
        <comment>@item readiness check passed</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>@item readiness check</comment>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@item readiness check</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@item readiness check</comment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@item subject of a readiness check</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>CPU virtualization (VT-x/AMD-V)</source>
        <translation>CPU 虚拟化（VT-x/AMD-V）</translation>
    </message>
    <message>
        <source>The CPU offers %1 and the %2 module is loaded.</source>
        <translation>CPU 支持 %1，且已加载 %2 模块。</translation>
    </message>
    <message>
        <source>The CPU's virtualization flags could not be read from /proc/cpuinfo.</source>
        <translation>无法从 /proc/cpuinfo 读取 CPU 的虚拟化标志。</translation>
    </message>
    <message>
        <source>Check that /proc is mounted and that the agent may read /proc/cpuinfo.</source>
        <translation>请检查 /proc 是否已挂载，以及代理是否有权读取 /proc/cpuinfo。</translation>
    </message>
    <message>
        <source>The CPU does not offer %1: virtual machines cannot use hardware virtualization.</source>
        <translation>CPU 不支持 %1：虚拟机无法使用硬件虚拟化。</translation>
    </message>
    <message>
        <source>Enable %1 in the firmware setup and restart the host. If this host is itself a virtual machine, enable nested virtualization on its hypervisor.</source>
        <translation>请在固件设置中启用 %1 并重启主机。如果此主机本身是虚拟机，请在其虚拟化管理程序（hypervisor）上启用嵌套虚拟化。</translation>
    </message>
    <message>
        <source>The CPU offers %1, but the %2 module is not loaded.</source>
        <translation>CPU 支持 %1，但未加载 %2 模块。</translation>
    </message>
    <message>
        <source>Load the module:</source>
        <translation>加载该模块：</translation>
    </message>
    <message>
        <source>IOMMU enabled</source>
        <translation>IOMMU 已启用</translation>
    </message>
    <message>
        <source>Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub and restart the host:</source>
        <translation>将 %1 添加到 /etc/default/grub 的 GRUB_CMDLINE_LINUX 中，运行 update-grub 并重启主机：</translation>
    </message>
    <message numerus="yes">
        <source>The kernel uses the IOMMU: %n IOMMU group(s).</source>
        <translation>
            <numerusform>内核正在使用 IOMMU：%n 个 IOMMU 组。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU off, so no device can be passed through.</source>
        <translation>内核命令行关闭了 IOMMU，因此无法直通任何设备。</translation>
    </message>
    <message>
        <source>Remove the "off" setting from the kernel command line.</source>
        <translation>从内核命令行中移除“off”设置。</translation>
    </message>
    <message>
        <source>The kernel command line asks for %1, but the kernel found no IOMMU: it is probably disabled in the firmware.</source>
        <translation>内核命令行要求 %1，但内核未发现 IOMMU：它可能已在固件中被禁用。</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi/IOMMU (AMD) in the firmware setup and restart the host.</source>
        <translation>请在固件设置中启用 VT-d（Intel）或 AMD-Vi/IOMMU（AMD），然后重启主机。</translation>
    </message>
    <message>
        <source>The IOMMU is off: the kernel command line does not ask for %1 and the kernel found no IOMMU, so no device can be passed through.</source>
        <translation>IOMMU 已关闭：内核命令行未要求 %1，且内核未发现 IOMMU，因此无法直通任何设备。</translation>
    </message>
    <message>
        <source>IOMMU passthrough mode (iommu=pt)</source>
        <translation>IOMMU 直通模式（iommu=pt）</translation>
    </message>
    <message>
        <source>The host's own devices bypass IOMMU translation (iommu=pt).</source>
        <translation>主机自身的设备绕过 IOMMU 地址转换（iommu=pt）。</translation>
    </message>
    <message>
        <source>iommu=pt is not set: the host's own devices go through IOMMU translation, which can slow host I/O. Virtual machines are not affected.</source>
        <translation>未设置 iommu=pt：主机自身的设备需经过 IOMMU 地址转换，可能降低主机 I/O 性能。虚拟机不受影响。</translation>
    </message>
    <message>
        <source>VFIO modules</source>
        <translation>VFIO 模块</translation>
    </message>
    <message>
        <source>vfio and vfio_pci are loaded.</source>
        <translation>vfio 和 vfio_pci 已加载。</translation>
    </message>
    <message>
        <source>Not loaded: %1. Without vfio-pci no function can be passed through.</source>
        <translation>未加载：%1。没有 vfio-pci 就无法直通任何功能。</translation>
    </message>
    <message>
        <source>Load vfio-pci now, and at every boot with a line "vfio-pci" in /etc/modules-load.d/vfio.conf:</source>
        <translation>立即加载 vfio-pci，并在 /etc/modules-load.d/vfio.conf 中添加一行“vfio-pci”，使其在每次启动时加载：</translation>
    </message>
    <message>
        <source>To let vfio-pci claim the GPUs meant for passthrough at boot, add this line to /etc/modprobe.d/vfio.conf, then run update-initramfs -u:</source>
        <translation>要让 vfio-pci 在启动时接管用于直通的 GPU，请将以下行添加到 /etc/modprobe.d/vfio.conf，然后运行 update-initramfs -u：</translation>
    </message>
    <message>
        <source>NVIDIA vGPU manager</source>
        <translation>NVIDIA vGPU 管理器</translation>
    </message>
    <message>
        <source>The NVIDIA vGPU manager is loaded.</source>
        <translation>NVIDIA vGPU 管理器已加载。</translation>
    </message>
    <message>
        <source>The NVIDIA vGPU manager %1 is loaded.</source>
        <translation>NVIDIA vGPU 管理器 %1 已加载。</translation>
    </message>
    <message numerus="yes">
        <source>%n NVIDIA GPU(s) can host vGPUs (%1), but the NVIDIA vGPU manager (nvidia_vgpu_vfio) is not loaded.</source>
        <translation>
            <numerusform>%n 个 NVIDIA GPU 可承载 vGPU（%1），但 NVIDIA vGPU 管理器（nvidia_vgpu_vfio）未加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the NVIDIA vGPU Manager for KVM that matches this kernel (from the NVIDIA Licensing Portal), restart the host, and check that the module is loaded:</source>
        <translation>请安装与此内核匹配的适用于 KVM 的 NVIDIA vGPU 管理器（从 NVIDIA Licensing Portal 获取），重启主机，并检查该模块是否已加载：</translation>
    </message>
    <message>
        <source>NVIDIA driver versions</source>
        <translation>NVIDIA 驱动程序版本</translation>
    </message>
    <message>
        <source>Every NVIDIA driver part has version %1.</source>
        <translation>所有 NVIDIA 驱动程序组件的版本均为 %1。</translation>
    </message>
    <message>
        <source>The NVIDIA driver parts have different versions: %1.</source>
        <translation>NVIDIA 驱动程序各组件的版本不一致：%1。</translation>
    </message>
    <message>
        <source>Install one driver version for every NVIDIA kernel module (reinstall the vGPU manager package), then restart the host so that no old module stays loaded.</source>
        <translation>请为所有 NVIDIA 内核模块安装同一驱动程序版本（重新安装 vGPU 管理器软件包），然后重启主机，确保没有旧模块仍处于加载状态。</translation>
    </message>
    <message>
        <source>Boot display</source>
        <translation>启动显示设备</translation>
    </message>
    <message>
        <source>This GPU is not the host's boot display.</source>
        <translation>此 GPU 不是主机的启动显示设备。</translation>
    </message>
    <message>
        <source>This GPU is the host's boot display (boot_vga): the firmware and the host console use it, so passing it through can fail or leave the host without a display.</source>
        <translation>此 GPU 是主机的启动显示设备（boot_vga）：固件和主机控制台正在使用它，直通它可能失败，或导致主机没有显示输出。</translation>
    </message>
    <message>
        <source>Keep this GPU for the host, or select the onboard or BMC display as the primary display in the firmware setup and restart the host.</source>
        <translation>请将此 GPU 留给主机使用，或在固件设置中将板载显卡或 BMC 显示设为主显示设备，然后重启主机。</translation>
    </message>
    <message>
        <source>GPU driver</source>
        <translation>GPU 驱动程序</translation>
    </message>
    <message>
        <source>Bound to %1.</source>
        <translation>已绑定到 %1。</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is bound: NVIDIA vGPU needs the nvidia driver and passthrough needs vfio-pci.</source>
        <translation>已绑定开源 nouveau 驱动程序：NVIDIA vGPU 需要 nvidia 驱动程序，直通需要 vfio-pci。</translation>
    </message>
    <message>
        <source>Blacklist nouveau: put these two lines into /etc/modprobe.d/blacklist-nouveau.conf, run update-initramfs -u and restart the host:</source>
        <translation>将 nouveau 加入黑名单：将以下两行写入 /etc/modprobe.d/blacklist-nouveau.conf，运行 update-initramfs -u 并重启主机：</translation>
    </message>
    <message>
        <source>No driver is bound to this GPU.</source>
        <translation>此 GPU 未绑定任何驱动程序。</translation>
    </message>
    <message>
        <source>For passthrough, bind it to vfio-pci ("Bind to vfio-pci" in the console does this):</source>
        <translation>如需直通，请将其绑定到 vfio-pci（控制台中的“绑定到 vfio-pci”可完成此操作）：</translation>
    </message>
    <message>
        <source>For host use or vGPU, load the vendor's driver instead (one of %1).</source>
        <translation>如供主机使用或用于 vGPU，请改为加载厂商驱动程序（%1 之一）。</translation>
    </message>
    <message>
        <source>Bound to %1; a GPU is expected on one of %2.</source>
        <translation>已绑定到 %1；GPU 应绑定到 %2 之一。</translation>
    </message>
    <message>
        <source>For passthrough, move it to vfio-pci ("Bind to vfio-pci" in the console does this):</source>
        <translation>如需直通，请将其改为绑定到 vfio-pci（控制台中的“绑定到 vfio-pci”可完成此操作）：</translation>
    </message>
    <message>
        <source>IOMMU group isolation</source>
        <translation>IOMMU 组隔离</translation>
    </message>
    <message>
        <source>IOMMU group %1 holds only this device's functions and bridges.</source>
        <translation>IOMMU 组 %1 仅包含此设备的功能和桥接设备。</translation>
    </message>
    <message>
        <source>%1 (no driver)</source>
        <translation>%1（无驱动程序）</translation>
    </message>
    <message>
        <source>IOMMU group %1 also holds %2. Every device of a group must go to the same virtual machine or be bound to vfio-pci.</source>
        <translation>IOMMU 组 %1 还包含 %2。组中的所有设备必须分配给同一台虚拟机或绑定到 vfio-pci。</translation>
    </message>
    <message>
        <source>Bind them to vfio-pci as well (the host can no longer use them), or move the GPU to a slot whose root port isolates it (ACS):</source>
        <translation>将它们也绑定到 vfio-pci（主机将无法再使用它们），或将 GPU 移到其根端口可提供隔离（ACS）的插槽：</translation>
    </message>
    <message>
        <source>SR-IOV virtual functions</source>
        <translation>SR-IOV 虚拟功能</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n virtual function(s) are enabled.</source>
        <translation>
            <numerusform>已启用 %1 / %n 个虚拟功能。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The GPU supports %n virtual function(s); none are enabled.</source>
        <translation>
            <numerusform>此 GPU 支持 %n 个虚拟功能，但均未启用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable them with NVIDIA's script, which the vGPU manager installs (again after each restart):</source>
        <translation>请使用 vGPU 管理器附带安装的 NVIDIA 脚本启用它们（每次重启后需再次执行）：</translation>
    </message>
    <message>
        <source>Enable them ("Set VF count" in the console does this):</source>
        <translation>启用它们（控制台中的“设置 VF 数量”可完成此操作）：</translation>
    </message>
    <message>
        <source>vGPU types</source>
        <translation>vGPU 类型</translation>
    </message>
    <message numerus="yes">
        <source>The GPU offers %n vGPU type(s).</source>
        <translation>
            <numerusform>此 GPU 提供 %n 个 vGPU 类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vGPU manager is loaded, but this GPU offers no vGPU types: its virtual functions are not enabled.</source>
        <translation>vGPU 管理器已加载，但此 GPU 未提供 vGPU 类型：其虚拟功能未启用。</translation>
    </message>
    <message>
        <source>Enable them with NVIDIA's script:</source>
        <translation>请使用 NVIDIA 脚本启用它们：</translation>
    </message>
    <message>
        <source>The vGPU manager is loaded, but this GPU offers no vGPU types.</source>
        <translation>vGPU 管理器已加载，但此 GPU 未提供 vGPU 类型。</translation>
    </message>
    <message>
        <source>Check that the nvidia-vgpu-mgr service runs and that the GPU is in a vGPU-capable mode (some boards ship in a display mode that NVIDIA's displaymodeselector changes):</source>
        <translation>请检查 nvidia-vgpu-mgr 服务是否正在运行，以及 GPU 是否处于支持 vGPU 的模式（部分板卡出厂时处于显示模式，需使用 NVIDIA 的 displaymodeselector 切换）：</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Agent status</source>
        <translation>代理状态</translation>
    </message>
    <message>
        <source>Problems only</source>
        <comment>@option:check show only readiness warnings and errors</comment>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>Remedy</source>
        <comment>@label what to do about a readiness problem</comment>
        <translation>补救方法</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>@action:button copy the remedy's commands</comment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the remedy's kernel parameters, configuration lines and commands</source>
        <translation>复制补救方法中的内核参数、配置行和命令</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>补救方法</translation>
    </message>
    <message>
        <source>Select a check to see its reason and remedy.</source>
        <translation>选择一项检查以查看其原因和补救方法。</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>@title readiness check: severity, title, subject</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PCI address (product)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <comment>@info readiness check without a remedy</comment>
        <translation>无需处理。</translation>
    </message>
    <message>
        <source>Select a host to see whether it is ready for passthrough and vGPU.</source>
        <translation>选择一台主机，查看它是否已为直通和 vGPU 做好准备。</translation>
    </message>
    <message>
        <source>The agent reported no checks for this host.</source>
        <translation>代理未报告此主机的任何检查。</translation>
    </message>
    <message numerus="yes">
        <source>No warnings or errors in %n check(s). Clear "Problems only" to see them all.</source>
        <translation>
            <numerusform>%n 项检查中没有警告或错误。取消勾选“仅显示问题”即可查看全部。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>@info readiness summary: checks of severity Information</comment>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy remedy</source>
        <translation>复制补救方法</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>No licence servers configured. The licences the vGPUs held by VMs need:</source>
        <translation>未配置许可证服务器。虚拟机所持 vGPU 需要的许可证：</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>vGPU types</source>
        <translation>vGPU 类型</translation>
    </message>
    <message>
        <source>vGPUs</source>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>无需许可证</translation>
    </message>
    <message>
        <source>GPU inventory report</source>
        <translation>GPU 清单报告</translation>
    </message>
    <message numerus="yes">
        <source>Demo cluster (%n host(s))</source>
        <translation><numerusform>演示集群（%n 台主机）</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more host(s)</source>
        <translation><numerusform>%1 及另外 %n 台主机</numerusform></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>虚拟机监控程序</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>内存（MiB）</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI 地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>驱动程序</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU 组</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA 节点</translation>
    </message>
    <message>
        <source>Passed through to</source>
        <translation>直通给</translation>
    </message>
    <message numerus="yes">
        <source>%n VF(s)</source>
        <translation><numerusform>%n 个 VF</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation><numerusform>%n 个 vGPU</numerusform></translation>
    </message>
    <message>
        <source>vGPUs and virtual functions</source>
        <translation>vGPU 和虚拟功能</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Framebuffer (MiB)</source>
        <translation>帧缓冲（MiB）</translation>
    </message>
    <message>
        <source>Licence edition</source>
        <translation>许可证版本</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>VM state</source>
        <translation>虚拟机状态</translation>
    </message>
    <message>
        <source>vGPU (mdev)</source>
        <translation>vGPU（mdev）</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <translation>虚拟功能</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>GPU devices</source>
        <translation>GPU 设备</translation>
    </message>
    <message>
        <source>mdev %1 (missing)</source>
        <translation>mdev %1（缺失）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>@item vGPU type on GPU address</comment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PCI address (product)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>No readiness results (no agent) for: %1</source>
        <translation>以下主机没有就绪检查结果（无代理）：%1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>无内容。</translation>
    </message>
    <message>
        <source>GPU board: %1</source>
        <translation>GPU 面板：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info table title: row count</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>PDF 写入器未能启动</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Edit %1</source>
        <comment>@action:undo column name</comment>
        <translation>编辑 %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n request(s)</source>
        <translation>
            <numerusform>添加 %n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>移除 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>请求操作</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>@action:button request</comment>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>添加请求</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>@action:button request</comment>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected requests</source>
        <translation>移除所选请求</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>重做(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <comment>@action:button requests</comment>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Replace the requests with a JSON or CSV request file</source>
        <translation>用 JSON 或 CSV 请求文件替换当前请求</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>@action:button requests</comment>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the requests as a JSON or CSV request file</source>
        <translation>将请求保存为 JSON 或 CSV 请求文件</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import Requests</source>
        <translation>导入请求</translation>
    </message>
    <message>
        <source>Request files (*.json *.csv);;All files (*)</source>
        <translation>请求文件 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Requests</source>
        <translation>导出请求</translation>
    </message>
    <message>
        <source>requests.json</source>
        <translation>requests.json</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
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
        <translation>RmPVMRL 值无效：时间片仅适用于平均共享或固定共享</translation>
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
    <name>RmPVMRLPanel</name>
    <message>
        <source>&amp;Scheduler:</source>
        <translation>调度器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Time slice:</source>
        <translation>时间片(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Averaging factor:</source>
        <translation>平均因子(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>频率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>@item time slice not set</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>@item averaging factor not set</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source>From the time slice</source>
        <comment>@item frequency not set</comment>
        <translation>由时间片决定</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>0x00000000, or a value to decode</source>
        <translation>0x00000000，或要解码的值</translation>
    </message>
    <message>
        <source>RmPVMRL value</source>
        <translation>RmPVMRL 值</translation>
    </message>
    <message>
        <source>&amp;Encode</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <source>Write the fields above as an RmPVMRL value</source>
        <translation>将上方字段编码为 RmPVMRL 值</translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation>解码(&amp;D)</translation>
    </message>
    <message>
        <source>Read the typed value into the fields above</source>
        <translation>将输入的值解码到上方字段</translation>
    </message>
    <message>
        <source>&amp;Use in Simulation</source>
        <translation>用于模拟(&amp;U)</translation>
    </message>
    <message>
        <source>time slice %1 ms</source>
        <translation>时间片 %1 毫秒</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>averaging factor %1</source>
        <translation>平均因子 %1</translation>
    </message>
    <message>
        <source>the default time slice for the vGPU type</source>
        <translation>该 vGPU 类型的默认时间片</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>已拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>RmPVMRL=%1: %2</source>
        <translation>RmPVMRL=%1：%2</translation>
    </message>
    <message>
        <source>%1 means: %2</source>
        <translation>%1 表示：%2</translation>
    </message>
</context>
<context>
    <name>Sched::PlacementResultModel</name>
    <message>
        <source>GPU %1</source>
        <comment>@item GPU by index on its host</comment>
        <translation>GPU %1</translation>
    </message>
    <message>
        <source>placement ID %1</source>
        <comment>@item mixed-size vGPU</comment>
        <translation>放置 ID %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <comment>@item placement outcome</comment>
        <translation>已放置</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>@title:column</comment>
        <translation>请求</translation>
    </message>
    <message>
        <source>#</source>
        <comment>@title:column instance number of a request</comment>
        <translation>#</translation>
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
        <source>Slot</source>
        <comment>@title:column MIG start, vGPU index or placement ID, VF</comment>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column placed, or why not</comment>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>Sched::PolicyComparisonModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>@item placed of requested</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>@item percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>@title:column placement policy</comment>
        <translation>策略</translation>
    </message>
    <message>
        <source>Placed</source>
        <comment>@title:column instances placed</comment>
        <translation>已放置</translation>
    </message>
    <message>
        <source>GPU demand placed</source>
        <comment>@title:column</comment>
        <translation>已放置的 GPU 需求</translation>
    </message>
    <message>
        <source>GPUs touched</source>
        <comment>@title:column</comment>
        <translation>涉及的 GPU</translation>
    </message>
    <message>
        <source>GPUs left free</source>
        <comment>@title:column</comment>
        <translation>剩余空闲 GPU</translation>
    </message>
    <message>
        <source>Fragmentation (GPUs)</source>
        <comment>@title:column</comment>
        <translation>碎片（GPU）</translation>
    </message>
    <message>
        <source>Lower bound (GPUs)</source>
        <comment>@title:column fewest GPUs the demand needs</comment>
        <translation>下限（GPU）</translation>
    </message>
</context>
<context>
    <name>Sched::RequestListModel</name>
    <message>
        <source>vGPU type</source>
        <comment>@item request kind</comment>
        <translation>vGPU 类型</translation>
    </message>
    <message>
        <source>MIG profile</source>
        <comment>@item request kind</comment>
        <translation>MIG 配置文件</translation>
    </message>
    <message>
        <source>Whole GPUs</source>
        <comment>@item request kind</comment>
        <translation>完整 GPU</translation>
    </message>
    <message>
        <source>SR-IOV VF</source>
        <comment>@item request kind</comment>
        <translation>SR-IOV VF</translation>
    </message>
    <message>
        <source>GPU share (milli-GPU)</source>
        <comment>@item request kind</comment>
        <translation>GPU 份额（milli-GPU）</translation>
    </message>
    <message>
        <source>request-%1</source>
        <comment>@item default name of a new request</comment>
        <translation>request-%1</translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation>请求必须有名称。</translation>
    </message>
    <message>
        <source>The count must be a number from 1 to 100000.</source>
        <translation>数量必须是 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <source>"%1" is not a request kind.</source>
        <translation>“%1”不是有效的请求种类。</translation>
    </message>
    <message>
        <source>The NUMA node must be a number from 0, or empty for any.</source>
        <translation>NUMA 节点必须是从 0 开始的数字，留空表示任意节点。</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>@title:column request name</comment>
        <translation>请求</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>@title:column instances</comment>
        <translation>数量</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column request kind</comment>
        <translation>种类</translation>
    </message>
    <message>
        <source>Type or size</source>
        <comment>@title:column vGPU type, MIG profile, GPUs or milli-GPU</comment>
        <translation>类型或大小</translation>
    </message>
    <message>
        <source>GPU models</source>
        <comment>@title:column allowed models</comment>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>@title:column allowed hosts</comment>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host labels</source>
        <comment>@title:column</comment>
        <translation>主机标签</translation>
    </message>
    <message>
        <source>Anti-affinity</source>
        <comment>@title:column group</comment>
        <translation>反亲和性</translation>
    </message>
    <message>
        <source>NUMA</source>
        <comment>@title:column NUMA node</comment>
        <translation>NUMA</translation>
    </message>
</context>
<context>
    <name>Sched::SimVgpuListModel</name>
    <message>
        <source>Idle</source>
        <comment>@item workload pattern</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Steady</source>
        <comment>@item workload pattern</comment>
        <translation>稳定</translation>
    </message>
    <message>
        <source>Bursts</source>
        <comment>@item workload pattern</comment>
        <translation>突发</translation>
    </message>
    <message>
        <source>vgpu-%1</source>
        <comment>@item default name of a simulated vGPU</comment>
        <translation>vgpu-%1</translation>
    </message>
    <message>
        <source>A vGPU needs a name.</source>
        <translation>vGPU 必须有名称。</translation>
    </message>
    <message>
        <source>A type allows 1 to 32 vGPUs per GPU.</source>
        <translation>一种类型在每个 GPU 上允许 1 到 32 个 vGPU。</translation>
    </message>
    <message>
        <source>"%1" is not a workload pattern.</source>
        <translation>“%1”不是有效的工作负载模式。</translation>
    </message>
    <message>
        <source>The load is a percentage of the GPU, 0 to 100.</source>
        <translation>负载为 GPU 的百分比，范围 0 到 100。</translation>
    </message>
    <message>
        <source>The period is 1 to 60000 ms.</source>
        <translation>周期为 1 到 60000 毫秒。</translation>
    </message>
    <message>
        <source>The busy part is 0 ms up to the period (%1 ms).</source>
        <translation>忙碌时长为 0 毫秒到周期（%1 毫秒）之间。</translation>
    </message>
    <message>
        <source>The frame-rate cap is a percentage above 0, up to 100.</source>
        <translation>帧率上限为大于 0 且不超过 100 的百分比。</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
    <message>
        <source>vGPU</source>
        <comment>@title:column simulated vGPU name</comment>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>Max per GPU</source>
        <comment>@title:column most vGPUs of its type on one GPU</comment>
        <translation>每 GPU 上限</translation>
    </message>
    <message>
        <source>Workload</source>
        <comment>@title:column pattern</comment>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>Load (%)</source>
        <comment>@title:column steady load or load while busy</comment>
        <translation>负载（%）</translation>
    </message>
    <message>
        <source>Period (ms)</source>
        <comment>@title:column burst period</comment>
        <translation>周期（毫秒）</translation>
    </message>
    <message>
        <source>Busy (ms)</source>
        <comment>@title:column busy part of each period</comment>
        <translation>忙碌（毫秒）</translation>
    </message>
    <message>
        <source>Frame cap (%)</source>
        <comment>@title:column frame-rate limiter cap</comment>
        <translation>帧率上限（%）</translation>
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
        <source>every suitable host already holds a member of anti-affinity group "%1"</source>
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
        <source>"%1" is not a time-sliced vGPU type name</source>
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
        <source>%1 "%2" is not a number</source>
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
    <message>
        <source>GPU %1 is in mixed-size mode and no valid placement ID for %2 is free (%3 MB of framebuffer free, but not where a %4 MB vGPU may start)</source>
        <translation>GPU %1 处于混合大小模式，没有可供 %2 使用的空闲有效放置 ID（空闲帧缓冲为 %3 MB，但不在 %4 MB vGPU 可起始的位置）</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>带引号的字段未闭合</translation>
    </message>
    <message>
        <source>unknown column "%1" (known: %2)</source>
        <translation>未知列“%1”（已知列：%2）</translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation>表头缺少列 %1</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number of at least %3</source>
        <translation>%1 的值“%2”不是不小于 %3 的整数</translation>
    </message>
    <message>
        <source>kind "%1" is not one of vgpu, mig, gpus, vf, milli</source>
        <translation>kind 的值“%1”不是 vgpu、mig、gpus、vf、milli 之一</translation>
    </message>
    <message>
        <source>"%1" is not a vGPU type name such as A16-2Q</source>
        <translation>“%1”不是 vGPU 类型名称（例如 A16-2Q）</translation>
    </message>
    <message>
        <source>"%1" is not a MIG profile such as 3g.40gb</source>
        <translation>“%1”不是 MIG 配置文件（例如 3g.40gb）</translation>
    </message>
    <message>
        <source>"%1" is not a number of whole GPUs (1 to 64)</source>
        <translation>“%1”不是有效的完整 GPU 数量（1 到 64）</translation>
    </message>
    <message>
        <source>a virtual function takes no size, found "%1"</source>
        <translation>虚拟功能无需指定大小，但发现了“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a share of one GPU in milli-GPU (1 to 999)</source>
        <translation>“%1”不是以 milli-GPU 表示的单个 GPU 份额（1 到 999）</translation>
    </message>
    <message>
        <source>the request has no name</source>
        <translation>请求没有名称</translation>
    </message>
    <message>
        <source>count %1 is outside 1 to 100000</source>
        <translation>数量 %1 超出范围 1 到 100000</translation>
    </message>
    <message>
        <source>NUMA node %1 is negative</source>
        <translation>NUMA 节点 %1 为负数</translation>
    </message>
    <message>
        <source>CPU and memory cannot be negative</source>
        <translation>CPU 和内存不能为负数</translation>
    </message>
    <message>
        <source>Cannot open the request file %1</source>
        <translation>无法打开请求文件 %1</translation>
    </message>
    <message>
        <source>Cannot write the request file %1</source>
        <translation>无法写入请求文件 %1</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1：第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>unknown key "%1" (expected version and requests)</source>
        <translation>未知键“%1”（应为 version 和 requests）</translation>
    </message>
    <message>
        <source>version %1 is not supported (1 is)</source>
        <translation>不支持版本 %1（仅支持版本 1）</translation>
    </message>
    <message>
        <source>"requests" must be a list of requests</source>
        <translation>“requests”必须是请求列表</translation>
    </message>
    <message>
        <source>request %1 is not an object</source>
        <translation>请求 %1 不是对象</translation>
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation>未知键“%1”</translation>
    </message>
    <message>
        <source>a request needs exactly one of %1</source>
        <translation>每个请求必须且只能包含 %1 中的一个</translation>
    </message>
    <message>
        <source>count must be a whole number</source>
        <translation>count 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be a name</source>
        <translation>%1 必须是名称</translation>
    </message>
    <message>
        <source>virtualFunction must be true</source>
        <translation>virtualFunction 必须为 true</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 必须是名称列表</translation>
    </message>
</context>
<context>
    <name>SchedulerPreview</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>策略(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mixed-size vGPU mode on empty GPUs</source>
        <translation>空 GPU 使用混合大小 vGPU 模式(&amp;M)</translation>
    </message>
    <message>
        <source>Plan GPUs that hold no vGPU yet in mixed-size mode (vGPU 17 and later): vGPUs of different sizes share a GPU, each at a valid placement ID.</source>
        <translation>将尚无 vGPU 的 GPU 按混合大小模式规划（vGPU 17 及更高版本）：不同大小的 vGPU 共享一个 GPU，各自位于有效的放置 ID。</translation>
    </message>
    <message>
        <source>&amp;Run Preview</source>
        <translation>运行预览(&amp;R)</translation>
    </message>
    <message>
        <source>Place the requests on the current snapshot of every loaded host, under every policy. Nothing is changed on any host.</source>
        <translation>在每台已加载主机的当前快照上，按每种策略放置请求。不会更改任何主机。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>C&amp;lear Preview</source>
        <translation>清除预览(&amp;L)</translation>
    </message>
    <message>
        <source>Drop the results and take the ghost slices off the GPU board</source>
        <translation>丢弃结果，并从 GPU 面板上移除预览切片</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>放置结果</translation>
    </message>
    <message>
        <source>Compare Policies</source>
        <translation>策略比较</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>策略比较</translation>
    </message>
    <message>
        <source>Add a request to place first.</source>
        <translation>请先添加要放置的请求。</translation>
    </message>
    <message>
        <source>Request "%1" cannot be placed as written: %2</source>
        <translation>请求“%1”按当前设置无法放置：%2</translation>
    </message>
    <message>
        <source>No host is loaded yet: there is nothing to place on.</source>
        <translation>尚未加载任何主机：没有可放置的目标。</translation>
    </message>
    <message>
        <source>Edit the requests on the left and run the preview. Placements appear here and as ghost slices on the GPU board.</source>
        <translation>在左侧编辑请求并运行预览。放置结果将显示在此处，并以预览切片的形式显示在 GPU 面板上。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: placed %2 of %3 · %4 % of the GPU demand · %5 GPUs touched · %6 left entirely free · fragmentation %7 GPUs · lower bound %8 GPUs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：已放置 %2 / %3 · 已放置 GPU 需求的 %4 % · 涉及 %5 个 GPU · %6 个完全空闲 · 碎片 %7 个 GPU · 下限 %8 个 GPU</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>@label request name #instance</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>the whole GPU</source>
        <translation>完整 GPU</translation>
    </message>
    <message>
        <source>a VF</source>
        <translation>一个 VF</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>Turn the shown placements into assignment plans for idle VMs of their hosts, preview them together and apply them one after another.</source>
        <translation>将显示的放置结果转换为针对其主机上空闲虚拟机的分配计划，一起预览，然后依次应用。</translation>
    </message>
</context>
<context>
    <name>StaticHostConnection</name>
    <message>
        <source>No such host</source>
        <translation>主机不存在</translation>
    </message>
    <message>
        <source>The host is gone</source>
        <translation>主机已不存在</translation>
    </message>
    <message>
        <source>No virtual machine %1</source>
        <translation>虚拟机 %1 不存在</translation>
    </message>
    <message>
        <source>The virtual machine is not running</source>
        <translation>虚拟机未运行</translation>
    </message>
    <message>
        <source>Not a host device</source>
        <translation>不是主机设备</translation>
    </message>
    <message>
        <source>The device is already attached</source>
        <translation>设备已附加</translation>
    </message>
    <message>
        <source>The device is not attached</source>
        <translation>设备未附加</translation>
    </message>
    <message>
        <source>No room for %1 on %2</source>
        <translation>%2 上无法容纳 %1</translation>
    </message>
    <message>
        <source>The mdev %1 exists already</source>
        <translation>mdev %1 已存在</translation>
    </message>
    <message>
        <source>No mdev %1 on %2</source>
        <translation>%2 上不存在 mdev %1</translation>
    </message>
    <message>
        <source>No PCI device %1</source>
        <translation>PCI 设备 %1 不存在</translation>
    </message>
</context>
<context>
    <name>SysfsActions</name>
    <message>
        <source>"%1" is not a PCI address like 0000:41:00.0</source>
        <translation>“%1”不是 PCI 地址（格式如 0000:41:00.0）</translation>
    </message>
    <message>
        <source>There is no PCI function %1 on this host</source>
        <translation>此主机上没有 PCI 功能 %1</translation>
    </message>
    <message>
        <source>"%1" is not a UUID</source>
        <translation>“%1”不是 UUID</translation>
    </message>
    <message>
        <source>"%1" is not a mediated device type id</source>
        <translation>“%1”不是中介设备类型 ID</translation>
    </message>
    <message>
        <source>A mediated device %1 already exists</source>
        <translation>中介设备 %1 已存在</translation>
    </message>
    <message>
        <source>%1 offers no mediated device types</source>
        <translation>%1 未提供任何中介设备类型</translation>
    </message>
    <message>
        <source>%1 does not offer the type %2</source>
        <translation>%1 未提供类型 %2</translation>
    </message>
    <message>
        <source>%1 cannot create another %2 now (no instances available)</source>
        <translation>%1 当前无法再创建 %2（无可用实例）</translation>
    </message>
    <message>
        <source>The kernel refused to create the mediated device %1</source>
        <translation>内核拒绝创建中介设备 %1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but did not create the mediated device %1</source>
        <translation>内核已接受请求，但未创建中介设备 %1</translation>
    </message>
    <message>
        <source>There is no mediated device %1 on this host</source>
        <translation>此主机上没有中介设备 %1</translation>
    </message>
    <message>
        <source>The kernel refused to remove the mediated device %1</source>
        <translation>内核拒绝删除中介设备 %1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but the mediated device %1 still exists (a running virtual machine may hold it)</source>
        <translation>内核已接受请求，但中介设备 %1 仍然存在（可能被正在运行的虚拟机占用）</translation>
    </message>
    <message>
        <source>%1 is a PCI bridge; bridges cannot be passed through</source>
        <translation>%1 是 PCI 桥接设备；桥接设备无法直通</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n mediated device(s); remove them first</source>
        <translation>
            <numerusform>%1 上有 %n 个中介设备；请先删除它们</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n virtual function(s) enabled; disable them first</source>
        <translation>
            <numerusform>%1 已启用 %n 个虚拟功能；请先禁用它们</numerusform>
        </translation>
    </message>
    <message>
        <source>Binding %1 to vfio-pci failed</source>
        <translation>将 %1 绑定到 vfio-pci 失败</translation>
    </message>
    <message>
        <source>The kernel did not unbind %1 from %2</source>
        <translation>内核未将 %1 从 %2 解绑</translation>
    </message>
    <message>
        <source>vfio-pci did not take %1; is the vfio-pci module loaded (modprobe vfio-pci)?</source>
        <translation>vfio-pci 未接管 %1；vfio-pci 模块是否已加载（modprobe vfio-pci）？</translation>
    </message>
    <message>
        <source>Releasing %1 from vfio-pci failed</source>
        <translation>从 vfio-pci 释放 %1 失败</translation>
    </message>
    <message>
        <source>The kernel left %1 on vfio-pci</source>
        <translation>内核仍将 %1 保留在 vfio-pci 上</translation>
    </message>
    <message>
        <source>%1 does not support SR-IOV</source>
        <translation>%1 不支持 SR-IOV</translation>
    </message>
    <message>
        <source>%1 supports 0 to %2 virtual functions, not %3</source>
        <translation>%1 支持 0 到 %2 个虚拟功能，不支持 %3 个</translation>
    </message>
    <message numerus="yes">
        <source>The virtual functions of %1 hold %n mediated device(s); remove them first</source>
        <translation>
            <numerusform>%1 的虚拟功能上有 %n 个中介设备；请先删除它们</numerusform>
        </translation>
    </message>
    <message>
        <source>The virtual function %1 is bound to vfio-pci (a virtual machine may use it); release it first</source>
        <translation>虚拟功能 %1 已绑定到 vfio-pci（可能正被虚拟机使用）；请先释放它</translation>
    </message>
    <message>
        <source>Setting the virtual functions of %1 failed</source>
        <translation>设置 %1 的虚拟功能失败</translation>
    </message>
    <message>
        <source>The kernel did not disable the virtual functions of %1</source>
        <translation>内核未禁用 %1 的虚拟功能</translation>
    </message>
    <message>
        <source>The virtual functions of %1 were disabled, but enabling %2 failed</source>
        <translation>%1 的虚拟功能已禁用，但启用 %2 个虚拟功能失败</translation>
    </message>
    <message>
        <source>The kernel did not set %1 virtual functions on %2</source>
        <translation>内核未在 %2 上设置 %1 个虚拟功能</translation>
    </message>
    <message>
        <source>%1 has no NVIDIA vGPU type setting</source>
        <translation>%1 没有 NVIDIA vGPU 类型设置</translation>
    </message>
    <message>
        <source>%1 is not a vGPU type id</source>
        <translation>%1 不是 vGPU 类型 ID</translation>
    </message>
    <message>
        <source>%1 already has the vGPU type %2; clear it first</source>
        <translation>%1 已设置 vGPU 类型 %2；请先清除</translation>
    </message>
    <message>
        <source>%1 cannot create the vGPU type %2 now</source>
        <translation>%1 当前无法创建 vGPU 类型 %2</translation>
    </message>
    <message>
        <source>Setting the vGPU type of %1 failed</source>
        <translation>设置 %1 的 vGPU 类型失败</translation>
    </message>
    <message>
        <source>The kernel did not set the vGPU type %1 on %2</source>
        <translation>内核未在 %2 上设置 vGPU 类型 %1</translation>
    </message>
    <message>
        <source>%1 is not a vGPU placement ID</source>
        <translation>%1 不是 vGPU 放置 ID</translation>
    </message>
    <message>
        <source>The vGPU manager on this host does not take placement IDs (it has no %1)</source>
        <translation>此主机上的 vGPU 管理器不支持放置 ID（没有 %1）</translation>
    </message>
    <message>
        <source>The vGPU manager refused placement %1 for %2</source>
        <translation>vGPU 管理器拒绝为 %2 设置放置 %1</translation>
    </message>
    <message>
        <source>The vGPU manager accepted placement %1 for %2 but does not report it</source>
        <translation>vGPU 管理器接受了 %2 的放置 %1，但读回的值不同</translation>
    </message>
</context>
<context>
    <name>SysfsFacts</name>
    <message>
        <source>host facts</source>
        <translation>主机信息</translation>
    </message>
</context>
<context>
    <name>SysfsIo</name>
    <message>
        <source>Cannot list %1</source>
        <translation>无法列出 %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing</source>
        <translation>无法打开 %1 进行写入</translation>
    </message>
    <message>
        <source>The kernel refused the write to %1</source>
        <translation>内核拒绝写入 %1</translation>
    </message>
    <message>
        <source>Short write to %1</source>
        <translation>写入 %1 不完整</translation>
    </message>
    <message>
        <source>Cannot finish the write to %1</source>
        <translation>无法完成对 %1 的写入</translation>
    </message>
</context>
<context>
    <name>SysfsScanner</name>
    <message>
        <source>Cannot read the PCI devices under %1</source>
        <translation>无法读取 %1 下的 PCI 设备</translation>
    </message>
</context>
<context>
    <name>SysfsTreeBuilder</name>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot create the link %1</source>
        <translation>无法创建链接 %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Invalid driver name "%1"</source>
        <translation>驱动程序名称“%1”无效</translation>
    </message>
    <message>
        <source>No function %1 in the tree</source>
        <translation>目录树中没有功能 %1</translation>
    </message>
    <message>
        <source>Invalid PCI address</source>
        <translation>PCI 地址无效</translation>
    </message>
    <message>
        <source>Invalid mediated device %1 of type %2</source>
        <translation>类型为 %2 的中介设备 %1 无效</translation>
    </message>
    <message>
        <source>Invalid mediated device %1</source>
        <translation>中介设备 %1 无效</translation>
    </message>
    <message>
        <source>No mediated device %1 in the tree</source>
        <translation>目录树中没有中介设备 %1</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>The GPU telemetry from the host agent is malformed</source>
        <translation>来自主机代理的 GPU 遥测数据格式错误</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>vGPU utilization (%)</source>
        <translation>vGPU 利用率（%）</translation>
    </message>
    <message>
        <source>vGPU framebuffer used (GiB)</source>
        <translation>vGPU 已用帧缓冲（GiB）</translation>
    </message>
    <message>
        <source>vGPU encoder (%)</source>
        <translation>vGPU 编码器（%）</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>利用率（%）</translation>
    </message>
    <message>
        <source>Framebuffer used (GiB)</source>
        <translation>已用帧缓冲（GiB）</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>温度（°C）</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>功率（W）</translation>
    </message>
    <message>
        <source>Encoder (%)</source>
        <translation>编码器（%）</translation>
    </message>
    <message>
        <source>Load of every GPU of the host</source>
        <translation>主机上各 GPU 的负载</translation>
    </message>
    <message>
        <source>Minimum to maximum</source>
        <translation>最小值至最大值</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均值</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>遥测</translation>
    </message>
    <message>
        <source>No GPUs on this host.</source>
        <translation>此主机没有 GPU。</translation>
    </message>
    <message>
        <source>Select a host or a GPU to see its telemetry.</source>
        <translation>选择一台主机或一个 GPU 以查看其遥测数据。</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <comment>@title product · PCI address on host</comment>
        <translation>%3 上的 %1 · %2</translation>
    </message>
    <message>
        <source>No telemetry: %1 has no host agent. Add the agent to the connection to see utilization, framebuffer, temperature and power.</source>
        <translation>无遥测数据：%1 没有主机代理。请在连接中添加代理，以查看利用率、帧缓冲、温度和功率。</translation>
    </message>
    <message>
        <source>No telemetry for this GPU yet. The host agent reports NVIDIA GPUs that the host driver sees (not those bound to vfio-pci).</source>
        <translation>此 GPU 尚无遥测数据。主机代理报告主机驱动程序可识别的 NVIDIA GPU（不包括绑定到 vfio-pci 的 GPU）。</translation>
    </message>
    <message>
        <source>vGPU %1</source>
        <comment>@item mdev uuid prefix</comment>
        <translation>vGPU %1</translation>
    </message>
    <message>
        <source>No vGPUs on this GPU</source>
        <translation>此 GPU 上没有 vGPU</translation>
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
        <translation>固定共享要求所有 vGPU 大小相同</translation>
    </message>
    <message>
        <source>More vGPUs than their type allows on one GPU</source>
        <translation>vGPU 数量超过其类型在单个 GPU 上允许的上限</translation>
    </message>
</context>
<context>
    <name>TimeSlicePanel</name>
    <message>
        <source>One GPU holds at most 32 vGPUs.</source>
        <translation>单个 GPU 最多容纳 32 个 vGPU。</translation>
    </message>
    <message>
        <source>vGPUs on one GPU</source>
        <translation>单个 GPU 上的 vGPU</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>调度器</translation>
    </message>
    <message>
        <source>RmPVMRL registry value</source>
        <translation>RmPVMRL 注册表值</translation>
    </message>
    <message>
        <source>From &amp;GPU:</source>
        <translation>来源 GPU(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <comment>@action:button take the GPU's vGPUs</comment>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <source>Replace the list with the vGPUs of this GPU of the snapshot</source>
        <translation>用快照中此 GPU 的 vGPU 替换列表</translation>
    </message>
    <message>
        <source>By t&amp;ype:</source>
        <translation>按类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>vGPU type</source>
        <translation>vGPU 类型</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button vGPUs of a type</comment>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Add vGPU</source>
        <translation>添加 vGPU(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove vGPU</source>
        <translation>移除 vGPU(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>策略(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time slice:</source>
        <translation>时间片(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>频率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>Default for the type</source>
        <comment>@item time slice</comment>
        <translation>类型默认值</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>From the time slice</source>
        <comment>@item frequency</comment>
        <translation>由时间片决定</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Frame-rate &amp;limiter (best effort only)</source>
        <translation>帧率限制器（仅适用于尽力而为）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 (%n vGPU(s))</source>
        <comment>@item host · address · board</comment>
        <translation>
            <numerusform>%1 · %2 · %3（%n 个 vGPU）</numerusform>
        </translation>
    </message>
    <message>
        <source>This GPU holds no time-sliced vGPU yet; add vGPUs by type.</source>
        <translation>此 GPU 上尚无时间片 vGPU；请按类型添加 vGPU。</translation>
    </message>
    <message>
        <source>"%1" is not a time-sliced vGPU type such as A16-2Q.</source>
        <translation>“%1”不是时间片 vGPU 类型（例如 A16-2Q）。</translation>
    </message>
    <message>
        <source>Add a vGPU to simulate first.</source>
        <translation>请先添加要模拟的 vGPU。</translation>
    </message>
</context>
<context>
    <name>TimeSliceResultView</name>
    <message>
        <source>Share of the GPU over time</source>
        <translation>GPU 份额随时间的变化</translation>
    </message>
    <message>
        <source>vGPU</source>
        <comment>@title:column</comment>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>Average share</source>
        <comment>@title:column</comment>
        <translation>平均份额</translation>
    </message>
    <message>
        <source>Average demand</source>
        <comment>@title:column</comment>
        <translation>平均需求</translation>
    </message>
    <message>
        <source>Worst wait</source>
        <comment>@title:column</comment>
        <translation>最长等待</translation>
    </message>
    <message>
        <source>Simulate to see each vGPU's share of the GPU over time</source>
        <translation>运行模拟以查看每个 vGPU 的 GPU 份额随时间的变化</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Share of the GPU (%)</source>
        <translation>GPU 份额（%）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1, time slice %2 ms, frame-rate limiter %3</source>
        <translation>%1，时间片 %2 毫秒，帧率限制器%3</translation>
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
    <message>
        <source>Time-slicing results per vGPU</source>
        <translation>各 vGPU 的时间片调度结果</translation>
    </message>
</context>
<context>
    <name>TlsServer</name>
    <message>
        <source>The TLS handshake did not complete in time</source>
        <translation>TLS 握手未能及时完成</translation>
    </message>
    <message>
        <source>The client closed the connection</source>
        <translation>客户端关闭了连接</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2</source>
        <translation>无法在 %1 的端口 %2 上监听</translation>
    </message>
    <message>
        <source>The agent's key or certificate cannot be used for TLS</source>
        <translation>代理的密钥或证书无法用于 TLS</translation>
    </message>
    <message>
        <source>%1 is not a numeric IPv4 or IPv6 address</source>
        <translation>%1 不是数字形式的 IPv4 或 IPv6 地址</translation>
    </message>
</context>
<context>
    <name>TokenWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>This agent accepts no licence tokens (start it with --token-dir)</source>
        <translation>此代理不接受许可证令牌（请使用 --token-dir 启动）</translation>
    </message>
    <message>
        <source>The token directory must be an absolute path</source>
        <translation>令牌目录必须是绝对路径</translation>
    </message>
    <message>
        <source>The token directory may not contain ".."</source>
        <translation>令牌目录不得包含“..”</translation>
    </message>
    <message>
        <source>The token file name must be a plain name ending in .tok</source>
        <translation>令牌文件名必须是以 .tok 结尾的简单名称</translation>
    </message>
    <message>
        <source>%1 is not a directory this agent allows for tokens</source>
        <translation>%1 不是此代理允许存放令牌的目录</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the agent does not write through links</source>
        <translation>%1 是符号链接；代理不会通过链接写入</translation>
    </message>
    <message>
        <source>%1 exists and is not a file</source>
        <translation>%1 已存在且不是文件</translation>
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
    <name>VmPickerDialog</name>
    <message>
        <source>Assign to VMs</source>
        <translation>分配给虚拟机</translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation>将 %1 分配给：</translation>
    </message>
    <message>
        <source>Virtual machines of this host</source>
        <translation>此主机的虚拟机</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Tick the VMs to assign to.</source>
        <translation>勾选要分配的虚拟机。</translation>
    </message>
    <message>
        <source>Can be assigned.</source>
        <translation>可以分配。</translation>
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
    <name>gpuvirt_agent</name>
    <message>
        <source>GPU Virtualization Console host agent: GPU facts, readiness checks, telemetry and privileged GPU actions over mutual TLS.</source>
        <translation>GPU 虚拟化控制台主机代理：通过双向 TLS 提供 GPU 信息、就绪检查、遥测和特权 GPU 操作。</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 0.0.0.0:%1).</source>
        <translation>监听的地址和端口（默认 0.0.0.0:%1）。</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>地址:端口</translation>
    </message>
    <message>
        <source>Directory of the key, certificate, admitted clients and action log.</source>
        <translation>存放密钥、证书、已准入客户端和操作日志的目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Root of the sysfs and procfs trees to read and write (default /).</source>
        <translation>要读写的 sysfs 和 procfs 目录树的根目录（默认 /）。</translation>
    </message>
    <message>
        <source>NVML library to load, or "none" (default libnvidia-ml.so.1).</source>
        <translation>要加载的 NVML 库，或“none”（默认 libnvidia-ml.so.1）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Act on a generated tree as the kernel would (tests and demonstrations only).</source>
        <translation>像内核一样对生成的目录树执行操作（仅用于测试和演示）。</translation>
    </message>
    <message>
        <source>Admit the console with this certificate fingerprint, then exit.</source>
        <translation>准入具有此证书指纹的控制台，然后退出。</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Role of an enrolled console: viewer (reads) or operator (also acts).</source>
        <translation>已注册控制台的角色：viewer（只读）或 operator（还可执行操作）。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>A note kept with an enrolled console.</source>
        <translation>与已注册控制台一同保存的备注。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Remove an admitted console, then exit.</source>
        <translation>移除一个已准入的控制台，然后退出。</translation>
    </message>
    <message>
        <source>Print the admitted consoles, then exit.</source>
        <translation>输出已准入的控制台，然后退出。</translation>
    </message>
    <message>
        <source>Print this agent's certificate fingerprint (making the identity if needed), then exit.</source>
        <translation>输出此代理的证书指纹（必要时生成身份），然后退出。</translation>
    </message>
    <message>
        <source>cannot create the state directory %1</source>
        <translation>无法创建状态目录 %1</translation>
    </message>
    <message>
        <source>unknown role "%1": use viewer or operator</source>
        <translation>未知角色“%1”：请使用 viewer 或 operator</translation>
    </message>
    <message>
        <source>enrolled %1 as %2</source>
        <translation>已将 %1 注册为 %2</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已撤销 %1</translation>
    </message>
    <message>
        <source>cannot read --listen %1: use address:port</source>
        <translation>无法解析 --listen %1：请使用 地址:端口 格式</translation>
    </message>
    <message>
        <source>client connected: %1</source>
        <translation>客户端已连接：%1</translation>
    </message>
    <message>
        <source>refused %1 %2: %3</source>
        <translation>已拒绝 %1 %2：%3</translation>
    </message>
    <message>
        <source>client left: %1</source>
        <translation>客户端已断开：%1</translation>
    </message>
    <message>
        <source>client dropped: %1: %2</source>
        <translation>客户端连接中断：%1：%2</translation>
    </message>
    <message>
        <source>Serve simulated NVML figures for the GPUs of the tree instead of loading NVML (demonstrations and benchmarks only).</source>
        <translation>提供根据目录树中 GPU 模拟的 NVML 数据，而不加载 NVML（仅用于演示和基准测试）。</translation>
    </message>
    <message>
        <source>Directory where operators may push licence client configuration tokens for the guests (repeatable; default %1).</source>
        <translation>操作员可向其推送客户机所用许可证客户端配置令牌的目录（可重复；默认 %1）。</translation>
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
        <source>unknown format "%1": use json or table</source>
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
        <source>unknown command "%1"; see gpuvirtctl --help</source>
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
        <source>breadth-first, depth-first, best-fit or fragmentation-aware (default).</source>
        <translation>breadth-first、depth-first、best-fit 或 fragmentation-aware（默认）。</translation>
    </message>
    <message>
        <source>Repeat the requests until their GPU demand equals the cluster's capacity.</source>
        <translation>重复请求，直到其 GPU 需求等于集群容量。</translation>
    </message>
    <message>
        <source>unknown policy "%1": use breadth-first, depth-first, best-fit or fragmentation-aware</source>
        <translation>未知策略“%1”：请使用 breadth-first、depth-first、best-fit 或 fragmentation-aware</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
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
        <source>Time slice in ms, 1-30 (default: by the type's maximum).</source>
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
        <source>cannot read the vGPU "%1": write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</source>
        <translation>无法读取 vGPU“%1”：请写为 名称:上限:idle、名称:上限:steady=50 或 名称:上限:burst=100/20/80</translation>
    </message>
    <message>
        <source>timeslice needs at least one --vgpu</source>
        <translation>timeslice 至少需要一个 --vgpu</translation>
    </message>
    <message>
        <source>unknown policy "%1": use best-effort, equal-share or fixed-share</source>
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
    <message>
        <source>give exactly one %1; see --help</source>
        <translation>请只指定一个 %1；请参阅 --help</translation>
    </message>
    <message>
        <source>Connect to a host agent and show its identity, whether it is trusted, and a summary of its facts.</source>
        <translation>连接到主机代理，显示其身份、是否受信任以及信息摘要。</translation>
    </message>
    <message>
        <source>The agent: HOST[:PORT] (default port 7447).</source>
        <translation>代理：HOST[:PORT]（默认端口 7447）。</translation>
    </message>
    <message>
        <source>agent address</source>
        <translation>代理地址</translation>
    </message>
    <message>
        <source>Call one method of a host agent and print its JSON result, or the JSON-RPC error with its code.</source>
        <translation>调用主机代理的一个方法并输出其 JSON 结果，或输出 JSON-RPC 错误及其错误码。</translation>
    </message>
    <message>
        <source>The method, e.g. mdev.create (docs/agent-protocol.md).</source>
        <translation>方法名，例如 mdev.create（参见 docs/agent-protocol.md）。</translation>
    </message>
    <message>
        <source>Its parameters as a JSON object or array.</source>
        <translation>方法参数，格式为 JSON 对象或数组。</translation>
    </message>
    <message>
        <source>agent call takes HOST[:PORT] METHOD [JSON-PARAMS]; see --help</source>
        <translation>agent call 的参数为 HOST[:PORT] METHOD [JSON-PARAMS]；请参阅 --help</translation>
    </message>
    <message>
        <source>the parameters are not a JSON object or array: %1</source>
        <translation>参数不是 JSON 对象或数组：%1</translation>
    </message>
    <message>
        <source>Print this console's certificate fingerprint, which the administrator of a host enrols with gpuvirt-agent --enroll (the identity is made when missing).</source>
        <translation>输出此控制台的证书指纹，主机管理员需使用 gpuvirt-agent --enroll 注册该指纹（身份不存在时自动生成）。</translation>
    </message>
    <message>
        <source>text (the fingerprint alone, default) or json.</source>
        <translation>text（仅输出指纹，默认）或 json。</translation>
    </message>
    <message>
        <source>unknown format "%1": use text or json</source>
        <translation>未知格式“%1”：请使用 text 或 json</translation>
    </message>
    <message>
        <source>to admit this console, run on the host:
  %1
(or --role operator to allow actions)</source>
        <translation>要准入此控制台，请在主机上运行：
  %1
（或使用 --role operator 以允许执行操作）</translation>
    </message>
    <message>
        <source>Forget the pinned fingerprint of an agent (after it was reinstalled on purpose); the next contact is a first contact again.</source>
        <translation>忘记某个代理已固定的指纹（在有意重装该代理之后）；下次连接将重新视为首次连接。</translation>
    </message>
    <message>
        <source>cannot read the agent address "%1": use HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>无法解析代理地址“%1”：请使用 HOST、HOST:PORT 或 [IPv6]:PORT</translation>
    </message>
    <message>
        <source>no fingerprint is pinned for %1</source>
        <translation>%1 没有已固定的指纹</translation>
    </message>
    <message>
        <source>forgot %1 (was %2)</source>
        <translation>已忘记 %1（原指纹为 %2）</translation>
    </message>
    <message>
        <source>Usage: gpuvirtctl agent SUBCOMMAND [options]

Subcommands:
  probe HOST[:PORT]                 the agent's identity, trust and facts summary
  call HOST[:PORT] METHOD [PARAMS]  call one method, print its JSON result
  identity                          this console's fingerprint, to enrol it
  forget HOST[:PORT]                forget a pinned agent fingerprint

gpuvirtctl agent SUBCOMMAND --help describes its options.</source>
        <translation>用法：gpuvirtctl agent SUBCOMMAND [options]

子命令：
  probe HOST[:PORT]                 显示代理的身份、信任状态和信息摘要
  call HOST[:PORT] METHOD [PARAMS]  调用一个方法，输出其 JSON 结果
  identity                          显示此控制台的指纹，用于注册
  forget HOST[:PORT]                忘记已固定的代理指纹

gpuvirtctl agent SUBCOMMAND --help 可查看各子命令的选项说明。</translation>
    </message>
    <message>
        <source>unknown agent subcommand "%1"; see gpuvirtctl agent --help</source>
        <translation>未知的 agent 子命令“%1”；请参阅 gpuvirtctl agent --help</translation>
    </message>
    <message>
        <source>Directory of the console's client key and certificate (default %1; made when missing).</source>
        <translation>存放控制台客户端密钥和证书的目录（默认 %1；不存在时自动创建）。</translation>
    </message>
    <message>
        <source>File of the pinned agent fingerprints (default %1).</source>
        <translation>存放已固定代理指纹的文件（默认 %1）。</translation>
    </message>
    <message>
        <source>On first contact, pin the agent when its certificate has this SHA-256 fingerprint (compare with gpuvirt-agent --fingerprint on the host).</source>
        <translation>首次连接时，若代理证书的 SHA-256 指纹与此值相同，则固定该代理（请与主机上 gpuvirt-agent --fingerprint 的输出比较）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the agent and each answer (default 10).</source>
        <translation>等待代理及每次响应的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds</source>
        <translation>--timeout 需要整数秒数</translation>
    </message>
    <message>
        <source>--accept %1 is not a SHA-256 fingerprint</source>
        <translation>--accept %1 不是 SHA-256 指纹</translation>
    </message>
    <message>
        <source>first contact with the agent %1: its certificate fingerprint is
  %2
Compare it with the output of "gpuvirt-agent --fingerprint" on the host; if they are the same, run again with
  --accept %2
Nothing was pinned.</source>
        <translation>首次连接代理 %1：其证书指纹为
  %2
请与主机上“gpuvirt-agent --fingerprint”的输出进行比较；如果相同，请加上以下参数重新运行：
  --accept %2
未固定任何指纹。</translation>
    </message>
    <message>
        <source>the agent %1 shows the fingerprint
  %2
not the one given with --accept
  %3
Nothing was pinned; do not trust this agent until the difference is explained.</source>
        <translation>代理 %1 提供的指纹为
  %2
与 --accept 指定的指纹不同：
  %3
未固定任何指纹；在查明差异原因之前，请勿信任此代理。</translation>
    </message>
    <message>
        <source>if the agent was reinstalled on purpose, check its new fingerprint on the host (gpuvirt-agent --fingerprint), then run
  gpuvirtctl agent forget %1
and connect again with --accept</source>
        <translation>如果该代理是有意重装的，请在主机上检查其新指纹（gpuvirt-agent --fingerprint），然后运行
  gpuvirtctl agent forget %1
并使用 --accept 重新连接</translation>
    </message>
    <message>
        <source>this console is not enrolled on the agent. On the host, run
  gpuvirt-agent --enroll %1 --role viewer
(or --role operator to allow actions)</source>
        <translation>此控制台尚未在该代理上注册。请在主机上运行
  gpuvirt-agent --enroll %1 --role viewer
（或使用 --role operator 以允许执行操作）</translation>
    </message>
    <message numerus="yes">
        <source>the agent %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>代理 %1 在 %n 秒内未响应</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot connect to the agent %1</source>
        <translation>无法连接到代理 %1</translation>
    </message>
    <message>
        <source>the demo cluster did not load before the timeout</source>
        <translation>演示集群在超时前未加载完成</translation>
    </message>
    <message>
        <source>plan needs one cluster (--nodes FILE, --inventory FILE or --demo) and --requests FILE</source>
        <translation>plan 需要一个集群（--nodes FILE、--inventory FILE 或 --demo）以及 --requests FILE</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs; lower bound %8 GPUs</source>
        <translation>%1：已放置 %2 / %3；已放置 GPU 需求的 %4 %；涉及 %5 个 GPU，%6 个保持空闲；碎片 %7 个 GPU；下限 %8 个 GPU</translation>
    </message>
    <message>
        <source>Cluster as an inventory dump (gpuvirtctl inventory --format json).</source>
        <translation>以清单转储表示的集群（gpuvirtctl inventory --format json）。</translation>
    </message>
    <message>
        <source>Cluster: the built-in demo cluster.</source>
        <translation>集群：内置的演示集群。</translation>
    </message>
    <message>
        <source>Requests as JSON or CSV (docs/plan-json.md), or a pod list CSV (the Alibaba openb format).</source>
        <translation>以 JSON 或 CSV 表示的请求（docs/plan-json.md），或 pod 列表 CSV（阿里巴巴 openb 格式）。</translation>
    </message>
    <message>
        <source>Plan GPUs without vGPUs in mixed-size vGPU mode (vGPU 17 and later).</source>
        <translation>以混合大小 vGPU 模式规划尚无 vGPU 的 GPU（vGPU 17 及更高版本）。</translation>
    </message>
    <message>
        <source>Check whether a host is ready for GPU passthrough and vGPU: from its agent, from a sysfs root, or on this machine. Exit status 0: no errors; 1: errors found; 2: usage or connection problems.</source>
        <translation>检查主机是否已为 GPU 直通和 vGPU 做好准备：通过其代理、通过 sysfs 根目录，或在本机上检查。退出状态 0：无错误；1：发现错误；2：用法或连接问题。</translation>
    </message>
    <message>
        <source>Check the sysfs and procfs tree under this directory instead.</source>
        <translation>改为检查此目录下的 sysfs 和 procfs 目录树。</translation>
    </message>
    <message>
        <source>Check this machine (its /sys and /proc).</source>
        <translation>检查本机（其 /sys 和 /proc）。</translation>
    </message>
    <message>
        <source>give one of HOST[:PORT], --root DIR or --local; see --help</source>
        <translation>请指定 HOST[:PORT]、--root DIR 或 --local 之一；请参阅 --help</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>the tree %1</source>
        <translation>目录树 %1</translation>
    </message>
    <message>
        <source>the agent %1</source>
        <translation>代理 %1</translation>
    </message>
    <message>
        <source>%1 × %2 until %3</source>
        <translation>%1 × %2（至 %3）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Licence servers: list the registry, probe one server, or show demand against entitlement per edition.</source>
        <translation>许可证服务器：列出服务器列表、探测一台服务器，或按版本显示需求与授权的对比。</translation>
    </message>
    <message>
        <source>list, probe NAME or demand</source>
        <translation>list、probe NAME 或 demand</translation>
    </message>
    <message>
        <source>Read licence servers and connections from this workspace file.</source>
        <translation>从此工作区文件读取许可证服务器和连接。</translation>
    </message>
    <message>
        <source>Use the built-in demo cluster and its demo licence servers.</source>
        <translation>使用内置的演示集群及其演示许可证服务器。</translation>
    </message>
    <message>
        <source>Milliseconds a probe may take (default 8000).</source>
        <translation>单次探测允许的毫秒数（默认 8000）。</translation>
    </message>
    <message>
        <source>demand: do not probe the servers first.</source>
        <translation>demand：不预先探测服务器。</translation>
    </message>
    <message>
        <source>license: give list, probe NAME or demand</source>
        <translation>license（许可证）：请指定 list、probe NAME 或 demand</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>SERVES</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>ENTITLEMENTS</source>
        <translation>授权</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>license probe: give the name of a server (see license list)</source>
        <translation>license probe：请指定许可证服务器的名称（参见 license list）</translation>
    </message>
    <message>
        <source>no licence server named "%1"</source>
        <translation>没有名为“%1”的许可证服务器</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>有效（%1）</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>LICENSED</source>
        <translation>已获许可证</translation>
    </message>
    <message>
        <source>ENTITLED</source>
        <translation>已授权</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]

Commands:
  inventory   print the cluster's GPUs, IOMMU groups and VMs (json or table)
  plan        preview the placement of requests on a cluster (json or table)
  timeslice   simulate how one GPU time-slices its vGPUs (json or table)
  agent       probe a host agent, call its methods, show this console's identity
  readiness   check a host for passthrough and vGPU (agent, sysfs root or local)
  report      write the cluster report as PDF or CSV tables (no display needed)
  license     licence servers: list, probe NAME, demand against entitlement

gpuvirtctl COMMAND --help describes a command's options.</source>
        <translation>用法：gpuvirtctl [--lang zh_CN|en] COMMAND [options]

命令：
  inventory   输出集群的 GPU、IOMMU 组和虚拟机（json 或 table）
  plan        预览请求在集群上的放置（json 或 table）
  timeslice   模拟单个 GPU 如何为其 vGPU 分配时间片（json 或 table）
  agent       探测主机代理、调用其方法、显示此控制台的身份
  readiness   检查主机的直通和 vGPU 就绪情况（通过代理、sysfs 根目录或本机）
  report      将集群报告写为 PDF 或 CSV 表格（无需图形显示）
  license     许可证服务器：列出、探测 NAME、按版本对比需求与授权

gpuvirtctl COMMAND --help 可查看命令的选项说明。</translation>
    </message>
    <message>
        <source>Write the cluster report: inventory, readiness and licences, as a PDF with the GPU boards or as CSV tables.</source>
        <translation>写入集群报告（清单、就绪检查和许可证），格式为包含 GPU 面板的 PDF 或 CSV 表格。</translation>
    </message>
    <message>
        <source>pdf or csv (default pdf).</source>
        <translation>pdf 或 csv（默认 pdf）。</translation>
    </message>
    <message>
        <source>The PDF file; for csv a folder (one file per table) or, with one --table, a file.</source>
        <translation>PDF 文件；对于 csv，为文件夹（每个表格一个文件），或在只指定一个 --table 时为文件。</translation>
    </message>
    <message>
        <source>csv: only this table (repeatable): hosts, gpus, vgpus, vms, readiness, licences.</source>
        <translation>csv：仅输出此表格（可重复）：hosts（主机）、gpus（GPU）、vgpus（vGPU）、vms（虚拟机）、readiness（就绪检查）、licences（许可证）。</translation>
    </message>
    <message>
        <source>csv: start each file with a UTF-8 byte order mark (Excel).</source>
        <translation>csv：在每个文件开头写入 UTF-8 字节顺序标记（用于 Excel）。</translation>
    </message>
    <message>
        <source>unknown format "%1"; use pdf or csv</source>
        <translation>未知格式“%1”；请使用 pdf 或 csv</translation>
    </message>
    <message>
        <source>give --output PATH; see --help</source>
        <translation>请指定 --output PATH；请参阅 --help</translation>
    </message>
    <message>
        <source>unknown table "%1"; the tables are: %2</source>
        <translation>未知表格“%1”；可用的表格：%2</translation>
    </message>
    <message>
        <source>a .csv file holds one table: give one --table, or a folder as --output</source>
        <translation>一个 .csv 文件只能容纳一个表格：请只指定一个 --table，或将文件夹作为 --output</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
</TS>
