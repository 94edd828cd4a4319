<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentActions</name>
    <message>
        <source>The host's agent is no longer connected</source>
        <translation>The host's agent is no longer connected</translation>
    </message>
    <message>
        <source>The agent did not answer %1 in time</source>
        <translation>The agent did not answer %1 in time</translation>
    </message>
</context>
<context>
    <name>AgentClient</name>
    <message numerus="yes">
        <source>The agent %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>The agent %1 did not answer within %n second</numerusform>
            <numerusform>The agent %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the agent %1 was replaced</source>
        <translation>The connection to the agent %1 was replaced</translation>
    </message>
    <message>
        <source>Disconnected from the agent %1</source>
        <translation>Disconnected from the agent %1</translation>
    </message>
    <message>
        <source>The certificate of the agent %1 is not acceptable</source>
        <translation>The certificate of the agent %1 is not acceptable</translation>
    </message>
    <message>
        <source>The agent's certificate has changed: expected %1, got %2 — possible impersonation</source>
        <translation>The agent's certificate has changed: expected %1, got %2 — possible impersonation</translation>
    </message>
    <message>
        <source>You refused the certificate of the agent %1 (%2)</source>
        <translation>You refused the certificate of the agent %1 (%2)</translation>
    </message>
    <message>
        <source>The agent %1 sent an invalid message</source>
        <translation>The agent %1 sent an invalid message</translation>
    </message>
    <message>
        <source>Lost the connection to the agent %1</source>
        <translation>Lost the connection to the agent %1</translation>
    </message>
    <message>
        <source>Cannot connect to the agent %1</source>
        <translation>Cannot connect to the agent %1</translation>
    </message>
    <message>
        <source>Not connected to the agent %1</source>
        <translation>Not connected to the agent %1</translation>
    </message>
    <message>
        <source>The request %1 is too large to send</source>
        <translation>The request %1 is too large to send</translation>
    </message>
    <message numerus="yes">
        <source>The agent %1 did not answer %2 within %n second(s)</source>
        <translation>
            <numerusform>The agent %1 did not answer %2 within %n second</numerusform>
            <numerusform>The agent %1 did not answer %2 within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentLink</name>
    <message>
        <source>The agent sent facts the console cannot read</source>
        <translation>The agent sent facts the console cannot read</translation>
    </message>
    <message>
        <source>The agent sent a readiness report the console cannot read</source>
        <translation>The agent sent a readiness report the console cannot read</translation>
    </message>
</context>
<context>
    <name>AgentProbe</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1, protocol %2, our role: %3</source>
        <translation>%1, protocol %2, our role: %3</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>not pinned: first contact</source>
        <translation>not pinned: first contact</translation>
    </message>
    <message>
        <source>pinned on %1</source>
        <translation>pinned on %1</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message>
        <source>pinned now (accepted with --accept)</source>
        <translation>pinned now (accepted with --accept)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message numerus="yes">
        <source>on, %n group(s)</source>
        <comment>@info IOMMU</comment>
        <translation>
            <numerusform>on, %n group</numerusform>
            <numerusform>on, %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <comment>@info IOMMU</comment>
        <translation>off</translation>
    </message>
    <message>
        <source>, passthrough mode (iommu=pt)</source>
        <translation>, passthrough mode (iommu=pt)</translation>
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
        <translation>loaded: %1</translation>
    </message>
    <message>
        <source>not loaded: %1</source>
        <translation>not loaded: %1</translation>
    </message>
    <message>
        <source>NVML</source>
        <translation>NVML</translation>
    </message>
    <message>
        <source>available (simulated)</source>
        <translation>available (simulated)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>not available: %1</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>no NVIDIA driver</source>
        <translation>no NVIDIA driver</translation>
    </message>
    <message>
        <source>NVIDIA %1</source>
        <translation>NVIDIA %1</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>no driver</translation>
    </message>
    <message>
        <source>no IOMMU group</source>
        <translation>no IOMMU group</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>boot VGA</source>
        <translation>boot VGA</translation>
    </message>
    <message numerus="yes">
        <source>%n mdev type(s)</source>
        <translation>
            <numerusform>%n mdev type</numerusform>
            <numerusform>%n mdev types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU type(s)</source>
        <translation>
            <numerusform>%n vGPU type</numerusform>
            <numerusform>%n vGPU types</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 VFs</source>
        <translation>%1/%2 VFs</translation>
    </message>
</context>
<context>
    <name>AgentRpc</name>
    <message>
        <source>The agent could not read the request</source>
        <translation>The agent could not read the request</translation>
    </message>
    <message>
        <source>The agent refused a malformed request</source>
        <translation>The agent refused a malformed request</translation>
    </message>
    <message>
        <source>The agent does not offer this function</source>
        <translation>The agent does not offer this function</translation>
    </message>
    <message>
        <source>The agent refused the parameters</source>
        <translation>The agent refused the parameters</translation>
    </message>
    <message>
        <source>Internal error in the agent</source>
        <translation>Internal error in the agent</translation>
    </message>
    <message>
        <source>This console is not enrolled on the agent</source>
        <translation>This console is not enrolled on the agent</translation>
    </message>
    <message>
        <source>Your role on this agent does not allow this action</source>
        <translation>Your role on this agent does not allow this action</translation>
    </message>
    <message>
        <source>The action failed on the host</source>
        <translation>The action failed on the host</translation>
    </message>
    <message>
        <source>Not available on this host</source>
        <translation>Not available on this host</translation>
    </message>
    <message>
        <source>Invalid argument</source>
        <translation>Invalid argument</translation>
    </message>
    <message>
        <source>The agent reported error %1</source>
        <translation>The agent reported error %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info error lead-in, then the agent's message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AgentServer</name>
    <message>
        <source>The agent stopped</source>
        <translation>The agent stopped</translation>
    </message>
    <message>
        <source>A client's TLS handshake failed</source>
        <translation>A client's TLS handshake failed</translation>
    </message>
    <message>
        <source>Refused a client without a certificate</source>
        <translation>Refused a client without a certificate</translation>
    </message>
    <message>
        <source>Refused a client that is not enrolled</source>
        <translation>Refused a client that is not enrolled</translation>
    </message>
    <message>
        <source>Refused a client: too many connections</source>
        <translation>Refused a client: too many connections</translation>
    </message>
    <message>
        <source>Dropped a client that does not read what the agent sends</source>
        <translation>Dropped a client that does not read what the agent sends</translation>
    </message>
    <message>
        <source>The agent closed the connection</source>
        <translation>The agent closed the connection</translation>
    </message>
    <message>
        <source>Dropped a client that sent garbage</source>
        <translation>Dropped a client that sent garbage</translation>
    </message>
    <message>
        <source>Dropped a client whose enrollment was revoked</source>
        <translation>Dropped a client whose enrollment was revoked</translation>
    </message>
</context>
<context>
    <name>AgentService</name>
    <message>
        <source>Invalid parameters</source>
        <translation>Invalid parameters</translation>
    </message>
    <message>
        <source>The client left</source>
        <translation>The client left</translation>
    </message>
    <message>
        <source>%1 is not a PCI address</source>
        <translation>%1 is not a PCI address</translation>
    </message>
    <message>
        <source>%1 is not a MIG profile</source>
        <translation>%1 is not a MIG profile</translation>
    </message>
    <message>
        <source>A %1 instance cannot start at slice %2</source>
        <translation>A %1 instance cannot start at slice %2</translation>
    </message>
    <message>
        <source>NVML is not available on this host</source>
        <translation>NVML is not available on this host</translation>
    </message>
    <message>
        <source>The slices from %1 on %2 are taken</source>
        <translation>The slices from %1 on %2 are taken</translation>
    </message>
    <message>
        <source>No %1 GPU instance starts at slice %2 on %3</source>
        <translation>No %1 GPU instance starts at slice %2 on %3</translation>
    </message>
</context>
<context>
    <name>AgentStatusText</name>
    <message>
        <source>No agent</source>
        <comment>@item agent link state</comment>
        <translation>No agent</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>@item agent link state</comment>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Awaiting trust</source>
        <comment>@item agent link state: the operator has not accepted its certificate</comment>
        <translation>Awaiting trust</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>@item agent link state</comment>
        <translation>Connected</translation>
    </message>
    <message numerus="yes">
        <source>Unreachable, retrying in %n second(s)</source>
        <comment>@item agent link state</comment>
        <translation>
            <numerusform>Unreachable, retrying in %n second</numerusform>
            <numerusform>Unreachable, retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreachable</source>
        <comment>@item agent link state</comment>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>@item agent link state</comment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <comment>@label agent link state</comment>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <comment>@label what the agent admitted the console as: viewer or operator</comment>
        <translation>role %1</translation>
    </message>
    <message>
        <source>simulated</source>
        <comment>@label the demo's in-process agent</comment>
        <translation>simulated</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Certificate fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <source>Agent %1 on %2</source>
        <comment>@info agent version, hostname</comment>
        <translation>Agent %1 on %2</translation>
    </message>
    <message>
        <source>driver %1</source>
        <comment>@info NVIDIA driver version</comment>
        <translation>driver %1</translation>
    </message>
    <message>
        <source>CUDA %1.%2</source>
        <translation>CUDA %1.%2</translation>
    </message>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <comment>@info GPUs NVML sees</comment>
        <translation>
            <numerusform>%n GPU</numerusform>
            <numerusform>%n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>NVML available: %1</source>
        <comment>@info list of facts</comment>
        <translation>NVML available: %1</translation>
    </message>
    <message>
        <source>simulated figures</source>
        <translation>simulated figures</translation>
    </message>
    <message>
        <source>NVML not available</source>
        <translation>NVML not available</translation>
    </message>
    <message>
        <source>NVML not available: %1</source>
        <comment>@info the reason</comment>
        <translation>NVML not available: %1</translation>
    </message>
    <message>
        <source>No agent configured for this host: add its address in the connection.</source>
        <translation>No agent configured for this host: add its address in the connection.</translation>
    </message>
    <message>
        <source>Waiting for you to trust the agent's certificate…</source>
        <translation>Waiting for you to trust the agent's certificate…</translation>
    </message>
    <message>
        <source>Waiting for the agent…</source>
        <translation>Waiting for the agent…</translation>
    </message>
</context>
<context>
    <name>ApplyPlacementDialog</name>
    <message>
        <source>Apply Placement</source>
        <translation>Apply Placement</translation>
    </message>
    <message>
        <source>Choose the VM each placed instance is for. Only VMs of the instance's host that hold no device are offered; rows left at "— skip —" are not applied.</source>
        <translation>Choose the VM each placed instance is for. Only VMs of the instance's host that hold no device are offered; rows left at "— skip —" are not applied.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>#</source>
        <comment>@title instance number</comment>
        <translation>#</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Placed instances</source>
        <translation>Placed instances</translation>
    </message>
    <message>
        <source>Plan and steps</source>
        <translation>Plan and steps</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>&amp;Preview and Apply…</source>
        <translation>&amp;Preview and Apply…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— skip —</translation>
    </message>
    <message>
        <source>skipped: no VM chosen</source>
        <translation>skipped: no VM chosen</translation>
    </message>
    <message>
        <source>refused: the VM is chosen for another instance too</source>
        <translation>refused: the VM is chosen for another instance too</translation>
    </message>
    <message>
        <source>cannot be applied: %1</source>
        <translation>cannot be applied: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>accepted, with warnings: %1</source>
        <translation>accepted, with warnings: %1</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
    <message>
        <source>Nothing to apply: choose a VM that the validator accepts for at least one instance.</source>
        <translation>Nothing to apply: choose a VM that the validator accepts for at least one instance.</translation>
    </message>
    <message>
        <source>the host is busy with another plan</source>
        <translation>the host is busy with another plan</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (on %2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) will run one after another; the first failure stops the rest (its own steps are rolled back). A plan on a host an earlier one changed is planned again just before it runs.</source>
        <translation>
            <numerusform>%n plan will run one after another; the first failure stops the rest (its own steps are rolled back). A plan on a host an earlier one changed is planned again just before it runs.</numerusform>
            <numerusform>%n plans will run one after another; the first failure stops the rest (its own steps are rolled back). A plan on a host an earlier one changed is planned again just before it runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be planned: %1</source>
        <translation>Could not be planned: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Applied %1 of %2 plan(s).</source>
        <translation>Applied %1 of %2 plan(s).</translation>
    </message>
    <message>
        <source>Stopped at "%1": %2</source>
        <translation>Stopped at "%1": %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>stopped by the operator</source>
        <translation>stopped by the operator</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <comment>@action:button stop applying the plans</comment>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop after undoing the running plan's steps; the plans already applied stay</source>
        <translation>Stop after undoing the running plan's steps; the plans already applied stay</translation>
    </message>
</context>
<context>
    <name>AssignController</name>
    <message>
        <source>Plan progress</source>
        <translation>Plan progress</translation>
    </message>
    <message>
        <source>&amp;Undo Assignment</source>
        <translation>&amp;Undo Assignment</translation>
    </message>
    <message>
        <source>Nothing to undo, or the host is busy with another plan.</source>
        <translation>Nothing to undo, or the host is busy with another plan.</translation>
    </message>
    <message>
        <source>Last Plan &amp;Report…</source>
        <translation>Last Plan &amp;Report…</translation>
    </message>
    <message>
        <source>Undoing %1/%2</source>
        <translation>Undoing %1/%2</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>Step %1/%2</translation>
    </message>
    <message>
        <source>%1 is busy with another plan; try again when it has finished.</source>
        <translation>%1 is busy with another plan; try again when it has finished.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>%1 failed; the steps already done were undone.</source>
        <translation>%1 failed; the steps already done were undone.</translation>
    </message>
    <message>
        <source>%1 failed and could not be undone completely; the host needs a look.</source>
        <translation>%1 failed and could not be undone completely; the host needs a look.</translation>
    </message>
    <message>
        <source>Drop to release %1 from its VM</source>
        <translation>Drop to release %1 from its VM</translation>
    </message>
    <message>
        <source>Drop to assign %1 to %2</source>
        <translation>Drop to assign %1 to %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button stop the running assignment plan</comment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the plan before its next step and undo the steps already done</source>
        <translation>Stop the plan before its next step and undo the steps already done</translation>
    </message>
    <message>
        <source>%1 was cancelled; the steps already done were undone.</source>
        <translation>%1 was cancelled; the steps already done were undone.</translation>
    </message>
</context>
<context>
    <name>Assignment</name>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <source>Release %1 from %2</source>
        <translation>Release %1 from %2</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>The description of %1 could not be read</source>
        <translation>The description of %1 could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation>
            <numerusform>%n vGPU</numerusform>
            <numerusform>%n vGPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n virtual function(s)</source>
        <translation>
            <numerusform>%n virtual function</numerusform>
            <numerusform>%n virtual functions</numerusform>
        </translation>
    </message>
    <message>
        <source>Also add %1</source>
        <translation>Also add %1</translation>
    </message>
    <message>
        <source>Also add %1 (%2)</source>
        <translation>Also add %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write the audit log</source>
        <translation>Cannot write the audit log</translation>
    </message>
    <message>
        <source>Cannot read the audit log</source>
        <translation>Cannot read the audit log</translation>
    </message>
    <message>
        <source>Malformed domain description</source>
        <translation>Malformed domain description</translation>
    </message>
    <message>
        <source>The virtual machine already has %1</source>
        <translation>The virtual machine already has %1</translation>
    </message>
    <message>
        <source>The virtual machine does not have %1</source>
        <translation>The virtual machine does not have %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>The host devices of %1 changed since the plan was made</source>
        <translation>The host devices of %1 changed since the plan was made</translation>
    </message>
    <message>
        <source>No host agent answers for this host</source>
        <translation>No host agent answers for this host</translation>
    </message>
    <message>
        <source>The host is not connected</source>
        <translation>The host is not connected</translation>
    </message>
    <message>
        <source>Applied</source>
        <comment>@label plan result</comment>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Failed, everything undone</source>
        <comment>@label plan result</comment>
        <translation>Failed, everything undone</translation>
    </message>
    <message>
        <source>Failed, and not everything could be undone</source>
        <comment>@label plan result</comment>
        <translation>Failed, and not everything could be undone</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unknown host</translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance(s)</source>
        <translation>
            <numerusform>%n MIG instance</numerusform>
            <numerusform>%n MIG instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time-sliced vGPU(s)</source>
        <translation>
            <numerusform>%n time-sliced vGPU</numerusform>
            <numerusform>%n time-sliced vGPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating a MIG instance</source>
        <translation>Creating a MIG instance</translation>
    </message>
    <message numerus="yes">
        <source>%n virtual function(s) passed through</source>
        <translation>
            <numerusform>%n virtual function passed through</numerusform>
            <numerusform>%n virtual functions passed through</numerusform>
        </translation>
    </message>
    <message>
        <source>Create vGPU %1 (%2) on %3</source>
        <translation>Create vGPU %1 (%2) on %3</translation>
    </message>
    <message>
        <source>at placement %1</source>
        <translation>at placement %1</translation>
    </message>
    <message>
        <source>Remove vGPU %1 (%2) from %3</source>
        <translation>Remove vGPU %1 (%2) from %3</translation>
    </message>
    <message>
        <source>Create MIG instance %1 at slice %2 on GPU %3</source>
        <translation>Create MIG instance %1 at slice %2 on GPU %3</translation>
    </message>
    <message>
        <source>Remove MIG instance %1 at slice %2 from GPU %3</source>
        <translation>Remove MIG instance %1 at slice %2 from GPU %3</translation>
    </message>
    <message>
        <source>Bind %1 to vfio-pci</source>
        <translation>Bind %1 to vfio-pci</translation>
    </message>
    <message>
        <source>Give %1 back to its host driver</source>
        <translation>Give %1 back to its host driver</translation>
    </message>
    <message>
        <source>Give %1 back to %2</source>
        <translation>Give %1 back to %2</translation>
    </message>
    <message>
        <source>Attach %1 to running VM %2</source>
        <translation>Attach %1 to running VM %2</translation>
    </message>
    <message>
        <source>Detach %1 from running VM %2</source>
        <translation>Detach %1 from running VM %2</translation>
    </message>
    <message>
        <source>Save the configuration of %1</source>
        <translation>Save the configuration of %1</translation>
    </message>
    <message>
        <source>%1 (through the host agent)</source>
        <translation>%1 (through the host agent)</translation>
    </message>
    <message>
        <source>%1 (through libvirt)</source>
        <translation>%1 (through libvirt)</translation>
    </message>
    <message>
        <source>The virtual machine %1 is not on this host any more</source>
        <translation>The virtual machine %1 is not on this host any more</translation>
    </message>
    <message>
        <source>%1 is not on this host any more</source>
        <translation>%1 is not on this host any more</translation>
    </message>
    <message>
        <source>%1 is on another host than %2: a VM can only use devices of its own host</source>
        <translation>%1 is on another host than %2: a VM can only use devices of its own host</translation>
    </message>
    <message>
        <source>%1 can go to one VM only, not to %2</source>
        <translation>%1 can go to one VM only, not to %2</translation>
    </message>
    <message>
        <source>%1 is a bridge and cannot be given to a VM</source>
        <translation>%1 is a bridge and cannot be given to a VM</translation>
    </message>
    <message>
        <source>%1 is in no IOMMU group: turn the IOMMU on (intel_iommu=on or amd_iommu=on) to pass it through</source>
        <translation>%1 is in no IOMMU group: turn the IOMMU on (intel_iommu=on or amd_iommu=on) to pass it through</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2 (%3)</source>
        <translation>%1 is already assigned to %2 (%3)</translation>
    </message>
    <message>
        <source>%2 already has %1</source>
        <translation>%2 already has %1</translation>
    </message>
    <message>
        <source>%1 shares the IOMMU group of %2 and is assigned to %3: the group can only go to one VM</source>
        <translation>%1 shares the IOMMU group of %2 and is assigned to %3: the group can only go to one VM</translation>
    </message>
    <message>
        <source>%1 is not in the IOMMU group of %2</source>
        <translation>%1 is not in the IOMMU group of %2</translation>
    </message>
    <message>
        <source>%1 (%2) shares the IOMMU group and stays on the host: it will be taken from %3 and bound to vfio-pci</source>
        <translation>%1 (%2) shares the IOMMU group and stays on the host: it will be taken from %3 and bound to vfio-pci</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>no driver</translation>
    </message>
    <message>
        <source>%1 is the host's boot display and should not be passed through</source>
        <translation>%1 is the host's boot display and should not be passed through</translation>
    </message>
    <message>
        <source>GPU %1 is in use by %2: free it first</source>
        <translation>GPU %1 is in use by %2: free it first</translation>
    </message>
    <message>
        <source>GPU %1 already carries %2 and cannot also carry %3</source>
        <translation>GPU %1 already carries %2 and cannot also carry %3</translation>
    </message>
    <message>
        <source>Virtual function %1 is already assigned to %2</source>
        <translation>Virtual function %1 is already assigned to %2</translation>
    </message>
    <message>
        <source>Virtual function %1 carries a vGPU: drag a vGPU type instead</source>
        <translation>Virtual function %1 carries a vGPU: drag a vGPU type instead</translation>
    </message>
    <message>
        <source>GPU %2 does not offer %1</source>
        <translation>GPU %2 does not offer %1</translation>
    </message>
    <message>
        <source>GPU %1 holds %2 MB vGPUs, and all vGPUs on one GPU must have the same size; %3 has %4 MB</source>
        <translation>GPU %1 holds %2 MB vGPUs, and all vGPUs on one GPU must have the same size; %3 has %4 MB</translation>
    </message>
    <message>
        <source>Placement %1 is not valid for %2 (valid: %3)</source>
        <translation>Placement %1 is not valid for %2 (valid: %3)</translation>
    </message>
    <message>
        <source>Placement %1 for %2 overlaps a vGPU already on GPU %3</source>
        <translation>Placement %1 for %2 overlaps a vGPU already on GPU %3</translation>
    </message>
    <message>
        <source>No placement for %1 is free on GPU %2</source>
        <translation>No placement for %1 is free on GPU %2</translation>
    </message>
    <message>
        <source>GPU %2 can create %3 more %1, %4 asked</source>
        <translation>GPU %2 can create %3 more %1, %4 asked</translation>
    </message>
    <message>
        <source>GPU %1 holds %2 vGPUs; %3 more would pass its limit of %4</source>
        <translation>GPU %1 holds %2 vGPUs; %3 more would pass its limit of %4</translation>
    </message>
    <message>
        <source>%1 is not a MIG-backed vGPU type</source>
        <translation>%1 is not a MIG-backed vGPU type</translation>
    </message>
    <message>
        <source>MIG profile %2 cannot start at slice %1 (legal starts: %3)</source>
        <translation>MIG profile %2 cannot start at slice %1 (legal starts: %3)</translation>
    </message>
    <message>
        <source>MIG profile %2 at slice %1 overlaps an instance already on GPU %3</source>
        <translation>MIG profile %2 at slice %1 overlaps an instance already on GPU %3</translation>
    </message>
    <message>
        <source>No legal start for MIG profile %1 is free on GPU %2</source>
        <translation>No legal start for MIG profile %1 is free on GPU %2</translation>
    </message>
    <message>
        <source>GPU %1 already holds 7 MIG instances, the most it can</source>
        <translation>GPU %1 already holds 7 MIG instances, the most it can</translation>
    </message>
    <message>
        <source>%1 cannot create vGPUs: its libvirt has no mdev support and no agent answers</source>
        <translation>%1 cannot create vGPUs: its libvirt has no mdev support and no agent answers</translation>
    </message>
    <message>
        <source>%1 must be bound to vfio-pci, but neither libvirt nor an agent can do it on this host</source>
        <translation>%1 must be bound to vfio-pci, but neither libvirt nor an agent can do it on this host</translation>
    </message>
    <message>
        <source>%1 needs the host agent, which does not answer</source>
        <translation>%1 needs the host agent, which does not answer</translation>
    </message>
    <message>
        <source>%1 is a transient VM without a configuration, and the device cannot be attached while it runs</source>
        <translation>%1 is a transient VM without a configuration, and the device cannot be attached while it runs</translation>
    </message>
    <message>
        <source>%1 is running and %2 cannot be changed live: the change takes effect at its next start</source>
        <translation>%1 is running and %2 cannot be changed live: the change takes effect at its next start</translation>
    </message>
    <message>
        <source>%1 is running: the device is attached now and kept in its configuration</source>
        <translation>%1 is running: the device is attached now and kept in its configuration</translation>
    </message>
    <message>
        <source>%1 is on NUMA node %2, but %3 runs on node(s) %4: expect slower transfers</source>
        <translation>%1 is on NUMA node %2, but %3 runs on node(s) %4: expect slower transfers</translation>
    </message>
    <message>
        <source>Guests with %1 need a %2 licence</source>
        <translation>Guests with %1 need a %2 licence</translation>
    </message>
    <message>
        <source>%2 does not have %1</source>
        <translation>%2 does not have %1</translation>
    </message>
    <message>
        <source>vGPU %1 is in use by %2, which is running: it can be removed once the VM is off</source>
        <translation>vGPU %1 is in use by %2, which is running: it can be removed once the VM is off</translation>
    </message>
    <message>
        <source>Write the licence token %1 into %2</source>
        <translation>Write the licence token %1 into %2</translation>
    </message>
    <message>
        <source>Push the licence token %1 to %2</source>
        <translation>Push the licence token %1 to %2</translation>
    </message>
    <message>
        <source>Cancelled by the operator before step %1 of %2</source>
        <translation>Cancelled by the operator before step %1 of %2</translation>
    </message>
    <message>
        <source>This host's agent cannot receive licence tokens</source>
        <translation>This host's agent cannot receive licence tokens</translation>
    </message>
    <message>
        <source>The plan's configuration of %1 cannot be read</source>
        <translation>The plan's configuration of %1 cannot be read</translation>
    </message>
    <message>
        <source>Not in effect on the host</source>
        <translation>Not in effect on the host</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Filter by host</source>
        <translation>Filter by host</translation>
    </message>
    <message>
        <source>VM name or UUID</source>
        <translation>VM name or UUID</translation>
    </message>
    <message>
        <source>Filter by VM</source>
        <translation>Filter by VM</translation>
    </message>
    <message>
        <source>Filter by result</source>
        <translation>Filter by result</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>Any result</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rolled back</translation>
    </message>
    <message>
        <source>Rollback incomplete</source>
        <translation>Rollback incomplete</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label:checkbox time range start</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <comment>@label:checkbox time range end</comment>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Audit log records</source>
        <translation>Audit log records</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Audit record</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1</source>
        <translation>
            <numerusform>%n record in %1</numerusform>
            <numerusform>%n records in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped</source>
        <translation>
            <numerusform>%n damaged line skipped</numerusform>
            <numerusform>%n damaged lines skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>the last record is incomplete</source>
        <translation>the last record is incomplete</translation>
    </message>
    <message>
        <source>Records from</source>
        <comment>@label time range start</comment>
        <translation>Records from</translation>
    </message>
    <message>
        <source>Records until</source>
        <comment>@label time range end</comment>
        <translation>Records until</translation>
    </message>
</context>
<context>
    <name>BoardImage</name>
    <message>
        <source>There is no GPU board to export: select a host with GPUs</source>
        <translation>There is no GPU board to export: select a host with GPUs</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG encoding failed</translation>
    </message>
</context>
<context>
    <name>ClientAllowlist</name>
    <message>
        <source>Operator</source>
        <comment>@label client role</comment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Viewer</source>
        <comment>@label client role</comment>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 fingerprint</source>
        <translation>%1 is not a SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>%1 is not enrolled</source>
        <translation>%1 is not enrolled</translation>
    </message>
</context>
<context>
    <name>ClientToken</name>
    <message>
        <source>This is not a client configuration token: %1</source>
        <translation>This is not a client configuration token: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is %1 KiB; a token is a few KiB at most</source>
        <translation>the file is %1 KiB; a token is a few KiB at most</translation>
    </message>
    <message>
        <source>the file is binary</source>
        <translation>the file is binary</translation>
    </message>
    <message>
        <source>the file is not text</source>
        <translation>the file is not text</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>the file holds only white space</translation>
    </message>
    <message>
        <source>it is not a signed token of three base64url parts (header.claims.signature)</source>
        <translation>it is not a signed token of three base64url parts (header.claims.signature)</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>its header is not JSON</translation>
    </message>
    <message>
        <source>its claims are not JSON</source>
        <translation>its claims are not JSON</translation>
    </message>
    <message>
        <source>it is not signed</source>
        <translation>it is not signed</translation>
    </message>
    <message>
        <source>it is a signed token, but not one of the NVIDIA License System</source>
        <translation>it is a signed token, but not one of the NVIDIA License System</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>the file is larger than %1 KiB</translation>
    </message>
</context>
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
        <source>Connect to a host's libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</source>
        <translation>Connect to a host's libvirt. The console reads its GPUs, IOMMU groups, vGPU types and virtual machines, and follows changes as they happen.</translation>
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
        <source>"%1" is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</source>
        <translation>"%1" is not a libvirt URI: it must start with a driver such as qemu:// or qemu+ssh://.</translation>
    </message>
    <message>
        <source>"%1" is not a valid URI: %2</source>
        <translation>"%1" is not a valid URI: %2</translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation>The test driver file %1 does not exist.</translation>
    </message>
    <message>
        <source>Optional: gpu-host-01:%1, where gpuvirt-agent listens</source>
        <translation>Optional: gpu-host-01:%1, where gpuvirt-agent listens</translation>
    </message>
    <message>
        <source>Agent address</source>
        <translation>Agent address</translation>
    </message>
    <message>
        <source>The host agent adds boot VGA, driver bindings, readiness checks, NVML telemetry and actions libvirt cannot do. Leave empty to use libvirt alone.</source>
        <translation>The host agent adds boot VGA, driver bindings, readiness checks, NVML telemetry and actions libvirt cannot do. Leave empty to use libvirt alone.</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>"%1" is not an agent address: write host or host:port, for example gpu-host-01:%2.</source>
        <translation>"%1" is not an agent address: write host or host:port, for example gpu-host-01:%2.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Unknown table "%1"; the tables are: %2</source>
        <translation>Unknown table "%1"; the tables are: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>The folder %1 does not exist</translation>
    </message>
</context>
<context>
    <name>DemoAgents</name>
    <message>
        <source>The demo agent of %1 could not start</source>
        <translation>The demo agent of %1 could not start</translation>
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
    <name>FrameReader</name>
    <message>
        <source>The peer sent an empty message</source>
        <translation>The peer sent an empty message</translation>
    </message>
    <message>
        <source>The peer sent a message larger than the limit of %1 bytes</source>
        <translation>The peer sent a message larger than the limit of %1 bytes</translation>
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
        <source>The host boots on this GPU's display. Passing it through can leave the host without a console.</source>
        <translation>The host boots on this GPU's display. Passing it through can leave the host without a console.</translation>
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
    <message>
        <source>%1 · %2</source>
        <comment>@label request · what it takes</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Scheduler preview, not applied: %1 would take %2 here</source>
        <translation>Scheduler preview, not applied: %1 would take %2 here</translation>
    </message>
    <message>
        <source>this GPU</source>
        <translation>this GPU</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <comment>@label badge: failed readiness checks</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>@label badge: readiness checks with warnings</comment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness:</source>
        <comment>@info:tooltip followed by the titles of failed readiness checks</comment>
        <translation>Readiness:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip PCI address: readiness check title</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>See the Readiness tab for the remedy.</source>
        <translation>See the Readiness tab for the remedy.</translation>
    </message>
    <message>
        <source>free slot %1</source>
        <comment>@label empty MIG slot</comment>
        <translation>free slot %1</translation>
    </message>
    <message>
        <source>Free MIG slot %1: drag it onto a VM to create a %2 (%3) starting here</source>
        <translation>Free MIG slot %1: drag it onto a VM to create a %2 (%3) starting here</translation>
    </message>
    <message>
        <source>Utilization %1 %</source>
        <comment>@info GPU load</comment>
        <translation>Utilization %1 %</translation>
    </message>
    <message>
        <source>framebuffer %1 %</source>
        <comment>@info GPU load</comment>
        <translation>framebuffer %1 %</translation>
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
        <translation>FB</translation>
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
    <name>HostLoadOverview</name>
    <message>
        <source>Host load overview</source>
        <translation>Host load overview</translation>
    </message>
    <message>
        <source>No GPUs on this host</source>
        <translation>No GPUs on this host</translation>
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
        <translation>no telemetry</translation>
    </message>
    <message>
        <source>GPU</source>
        <comment>@label load bar: utilization</comment>
        <translation>GPU</translation>
    </message>
    <message>
        <source>FB</source>
        <comment>@label load bar: framebuffer used</comment>
        <translation>FB</translation>
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
        <translation>Invalid address %1 for the certificate</translation>
    </message>
    <message>
        <source>Invalid name %1 for the certificate</source>
        <translation>Invalid name %1 for the certificate</translation>
    </message>
    <message>
        <source>Cannot make the certificate</source>
        <translation>Cannot make the certificate</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot make a private key</source>
        <translation>Cannot make a private key</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>The private key file %1 is damaged or not a PEM key</source>
        <translation>The private key file %1 is damaged or not a PEM key</translation>
    </message>
    <message>
        <source>The certificate file %1 is damaged or not a PEM certificate</source>
        <translation>The certificate file %1 is damaged or not a PEM certificate</translation>
    </message>
    <message>
        <source>The certificate %1 does not belong to the private key %2</source>
        <translation>The certificate %1 does not belong to the private key %2</translation>
    </message>
    <message>
        <source>The private key %1 is of an unsupported type</source>
        <translation>The private key %1 is of an unsupported type</translation>
    </message>
    <message>
        <source>The certificate %1 expired on %2; remove %1 and %3 to make a new identity, then pin it again on every peer</source>
        <translation>The certificate %1 expired on %2; remove %1 and %3 to make a new identity, then pin it again on every peer</translation>
    </message>
    <message>
        <source>Only half of the identity in %1 exists; restore %2, or remove %3 to make a new identity and pin it again on every peer</source>
        <translation>Only half of the identity in %1 exists; restore %2, or remove %3 to make a new identity and pin it again on every peer</translation>
    </message>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Cannot create the directory %1</translation>
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
    <message>
        <source>%1 is not an inventory dump: %2</source>
        <translation>%1 is not an inventory dump: %2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>formatVersion 1 and a hosts list are expected</source>
        <translation>formatVersion 1 and a hosts list are expected</translation>
    </message>
    <message>
        <source>a GPU of %1 has no valid address</source>
        <translation>a GPU of %1 has no valid address</translation>
    </message>
    <message>
        <source>Cannot open the inventory file %1</source>
        <translation>Cannot open the inventory file %1</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>@info:tooltip PCI address: readiness check title</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot read the file %1</source>
        <translation>Cannot read the file %1</translation>
    </message>
    <message>
        <source>The file %1 is damaged and could not be moved aside</source>
        <translation>The file %1 is damaged and could not be moved aside</translation>
    </message>
    <message>
        <source>The file %1 was damaged; it was kept as %2 and an empty list was started</source>
        <translation>The file %1 was damaged; it was kept as %2 and an empty list was started</translation>
    </message>
    <message>
        <source>Cannot write the file %1</source>
        <translation>Cannot write the file %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The %1 are malformed at %2</source>
        <translation>The %1 are malformed at %2</translation>
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
    <name>LibvirtPlanTarget</name>
    <message>
        <source>No virtual machine %1</source>
        <translation>No virtual machine %1</translation>
    </message>
    <message>
        <source>No PCI device %1</source>
        <translation>No PCI device %1</translation>
    </message>
    <message>
        <source>Cannot read the description of %1</source>
        <translation>Cannot read the description of %1</translation>
    </message>
    <message>
        <source>libvirt refused the configuration</source>
        <translation>libvirt refused the configuration</translation>
    </message>
    <message>
        <source>libvirt could not attach the device</source>
        <translation>libvirt could not attach the device</translation>
    </message>
    <message>
        <source>libvirt could not detach the device</source>
        <translation>libvirt could not detach the device</translation>
    </message>
    <message>
        <source>libvirt could not define the mdev</source>
        <translation>libvirt could not define the mdev</translation>
    </message>
    <message>
        <source>libvirt could not start the mdev</source>
        <translation>libvirt could not start the mdev</translation>
    </message>
    <message>
        <source>No mdev %1 on %2</source>
        <translation>No mdev %1 on %2</translation>
    </message>
    <message>
        <source>libvirt could not stop the mdev</source>
        <translation>libvirt could not stop the mdev</translation>
    </message>
    <message>
        <source>libvirt could not undefine the mdev</source>
        <translation>libvirt could not undefine the mdev</translation>
    </message>
    <message>
        <source>libvirt could not bind %1 to vfio-pci</source>
        <translation>libvirt could not bind %1 to vfio-pci</translation>
    </message>
    <message>
        <source>libvirt could not give %1 back to the host</source>
        <translation>libvirt could not give %1 back to the host</translation>
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
    <name>LicenceAudit</name>
    <message>
        <source>Add licence server %1</source>
        <translation>Add licence server %1</translation>
    </message>
    <message>
        <source>Remove licence server %1</source>
        <translation>Remove licence server %1</translation>
    </message>
    <message>
        <source>Edit licence server %1</source>
        <translation>Edit licence server %1</translation>
    </message>
    <message>
        <source>Edit licence server %1 (was %2)</source>
        <translation>Edit licence server %1 (was %2)</translation>
    </message>
</context>
<context>
    <name>LicenceDemand</name>
    <message numerus="yes">
        <source>%1 is unreachable (%2) and serves %n running guest(s)</source>
        <translation>
            <numerusform>%1 is unreachable (%2) and serves %n running guest</numerusform>
            <numerusform>%1 is unreachable (%2) and serves %n running guests</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2</source>
        <translation>The certificate of %1 expired on %2</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires on %2, in %n day(s)</source>
        <translation>
            <numerusform>The certificate of %1 expires on %2, in %n day</numerusform>
            <numerusform>The certificate of %1 expires on %2, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 licence(s) on %2 expired on %3</source>
        <translation>
            <numerusform>%n %1 licence on %2 expired on %3</numerusform>
            <numerusform>%n %1 licences on %2 expired on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 licence(s) on %2 expire on %3</source>
        <translation>
            <numerusform>%n %1 licence on %2 expire on %3</numerusform>
            <numerusform>%n %1 licences on %2 expire on %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: %3 guests assigned, %n entitled</source>
        <translation>
            <numerusform>%1 on %2: %3 guests assigned, %n entitled</numerusform>
            <numerusform>%1 on %2: %3 guests assigned, %n entitled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2: the preview would need %3, %n entitled</source>
        <translation>
            <numerusform>%1 on %2: the preview would need %3, %n entitled</numerusform>
            <numerusform>%1 on %2: the preview would need %3, %n entitled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 across the fleet: %2 guests assigned, %n entitled</source>
        <translation>
            <numerusform>%1 across the fleet: %2 guests assigned, %n entitled</numerusform>
            <numerusform>%1 across the fleet: %2 guests assigned, %n entitled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running guest(s) with a vGPU are served by no registered licence server</source>
        <translation>
            <numerusform>%n running guest with a vGPU are served by no registered licence server</numerusform>
            <numerusform>%n running guests with a vGPU are served by no registered licence server</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 runs unlicensed; its vGPU will be restricted</source>
        <translation>%1 on %2 runs unlicensed; its vGPU will be restricted</translation>
    </message>
    <message>
        <source>%1 on %2 runs unlicensed (%3); its vGPU will be restricted</source>
        <translation>%1 on %2 runs unlicensed (%3); its vGPU will be restricted</translation>
    </message>
    <message>
        <source>The %1 lease of %2 on %3 ends %4</source>
        <translation>The %1 lease of %2 on %3 ends %4</translation>
    </message>
</context>
<context>
    <name>LicencePanel</name>
    <message>
        <source>%1 %2 (until %3)</source>
        <translation>%1 %2 (until %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>All guests</translation>
    </message>
    <message>
        <source>Licence servers</source>
        <translation>Licence servers</translation>
    </message>
    <message>
        <source>Probe details</source>
        <translation>Probe details</translation>
    </message>
    <message>
        <source>Demand per edition</source>
        <translation>Demand per edition</translation>
    </message>
    <message>
        <source>Licence warnings</source>
        <translation>Licence warnings</translation>
    </message>
    <message>
        <source>Unlicensed or expiring guests</source>
        <translation>Unlicensed or expiring guests</translation>
    </message>
    <message>
        <source>Client configuration token</source>
        <translation>Client configuration token</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <comment>@action:button licence server</comment>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <comment>@action:button licence server</comment>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>@action:button licence server</comment>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Probe Now</source>
        <translation>&amp;Probe Now</translation>
    </message>
    <message>
        <source>&amp;Import Token…</source>
        <translation>&amp;Import Token…</translation>
    </message>
    <message>
        <source>P&amp;ush Token to Host…</source>
        <translation>P&amp;ush Token to Host…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Entitlements</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Licensed</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>With preview</source>
        <translation>With preview</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>Lease ends</translation>
    </message>
    <message>
        <source>Demand against entitlement</source>
        <translation>Demand against entitlement</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Probing…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a licence server to see what its last probe found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a licence server to see what its last probe found.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A demo server: the console does not probe it over the network.</source>
        <translation>A demo server: the console does not probe it over the network.</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Probed</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Valid, trusted by %1</source>
        <translation>Valid, trusted by %1</translation>
    </message>
    <message>
        <source>the system store</source>
        <translation>the system store</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>Matches the certificate</source>
        <translation>Matches the certificate</translation>
    </message>
    <message>
        <source>Not in the certificate</source>
        <translation>Not in the certificate</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Next probe</source>
        <translation>Next probe</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s), after %1 failed probes</source>
        <translation>
            <numerusform>in %n second, after %1 failed probes</numerusform>
            <numerusform>in %n seconds, after %1 failed probes</numerusform>
        </translation>
    </message>
    <message>
        <source>More guests hold a vGPU of this edition than it is entitled to</source>
        <translation>More guests hold a vGPU of this edition than it is entitled to</translation>
    </message>
    <message>
        <source>The scheduler preview would exceed the entitlement</source>
        <translation>The scheduler preview would exceed the entitlement</translation>
    </message>
    <message>
        <source>Nothing to worry about: every guest is served and entitled.</source>
        <translation>Nothing to worry about: every guest is served and entitled.</translation>
    </message>
    <message>
        <source>Unlicensed</source>
        <translation>Unlicensed</translation>
    </message>
    <message>
        <source>No token imported. Import the client_configuration_token_*.tok file you downloaded from the licence server, then push it to a host for its guests.</source>
        <translation>No token imported. Import the client_configuration_token_*.tok file you downloaded from the licence server, then push it to a host for its guests.</translation>
    </message>
    <message numerus="yes">
        <source>File: %1 (%n byte(s))</source>
        <translation>
            <numerusform>File: %1 (%n byte)</numerusform>
            <numerusform>File: %1 (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Issuer: %1; audience: %2</source>
        <translation>Issuer: %1; audience: %2</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>Expired: %1</source>
        <translation>Expired: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expires: %1</translation>
    </message>
    <message>
        <source>Service instance: %1</source>
        <translation>Service instance: %1</translation>
    </message>
    <message>
        <source>Points guests at: %1</source>
        <translation>Points guests at: %1</translation>
    </message>
    <message>
        <source>Signature: %1, not verified by the console</source>
        <translation>Signature: %1, not verified by the console</translation>
    </message>
    <message>
        <source>Token pushes need host agents</source>
        <translation>Token pushes need host agents</translation>
    </message>
    <message>
        <source>Import a token first</source>
        <translation>Import a token first</translation>
    </message>
    <message>
        <source>Add Licence Server</source>
        <translation>Add Licence Server</translation>
    </message>
    <message>
        <source>Edit Licence Server</source>
        <translation>Edit Licence Server</translation>
    </message>
    <message>
        <source>Remove Licence Server</source>
        <translation>Remove Licence Server</translation>
    </message>
    <message>
        <source>Remove the licence server %1 from the registry? Its guests keep their leases; the console stops watching it.</source>
        <translation>Remove the licence server %1 from the registry? Its guests keep their leases; the console stops watching it.</translation>
    </message>
    <message>
        <source>Import Client Configuration Token</source>
        <translation>Import Client Configuration Token</translation>
    </message>
    <message>
        <source>Client configuration tokens (*.tok);;All files (*)</source>
        <translation>Client configuration tokens (*.tok);;All files (*)</translation>
    </message>
    <message>
        <source>The token expired on %1; guests will not accept it</source>
        <translation>The token expired on %1; guests will not accept it</translation>
    </message>
    <message>
        <source>Push Token to Host</source>
        <translation>Push Token to Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Directory:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;File name:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Push</translation>
    </message>
    <message>
        <source>No host has a connected agent.</source>
        <translation>No host has a connected agent.</translation>
    </message>
    <message numerus="yes">
        <source>The host's agent writes the token (%n byte(s), SHA-256 %1…) as %2 in %3, replacing a file of that name at once. The agent must allow that directory (gpuvirt-agent --token-dir). The push is recorded in the audit log.</source>
        <translation>
            <numerusform>The host's agent writes the token (%n byte, SHA-256 %1…) as %2 in %3, replacing a file of that name at once. The agent must allow that directory (gpuvirt-agent --token-dir). The push is recorded in the audit log.</numerusform>
            <numerusform>The host's agent writes the token (%n bytes, SHA-256 %1…) as %2 in %3, replacing a file of that name at once. The agent must allow that directory (gpuvirt-agent --token-dir). The push is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is busy with another plan; try again when it has finished.</source>
        <translation>%1 is busy with another plan; try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>LicenceProbe</name>
    <message>
        <source>Not probed yet</source>
        <translation>Not probed yet</translation>
    </message>
    <message>
        <source>Demo (not probed)</source>
        <translation>Demo (not probed)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connection refused</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation>Name not found</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>Cannot probe</source>
        <translation>Cannot probe</translation>
    </message>
    <message numerus="yes">
        <source>Reachable in %n ms (plain TCP)</source>
        <translation>
            <numerusform>Reachable in %n ms (plain TCP)</numerusform>
            <numerusform>Reachable in %n ms (plain TCP)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expired on %1</source>
        <translation>Certificate expired on %1</translation>
    </message>
    <message>
        <source>Certificate does not name this server</source>
        <translation>Certificate does not name this server</translation>
    </message>
    <message>
        <source>Self-signed certificate, not trusted</source>
        <translation>Self-signed certificate, not trusted</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message numerus="yes">
        <source>Healthy, %1, %n ms</source>
        <translation>
            <numerusform>Healthy, %1, %n ms</numerusform>
            <numerusform>Healthy, %1, %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The name %1 does not resolve</source>
        <translation>The name %1 does not resolve</translation>
    </message>
    <message>
        <source>The pinned CA file %1 holds no PEM certificate</source>
        <translation>The pinned CA file %1 holds no PEM certificate</translation>
    </message>
    <message>
        <source>Nothing listens on %1</source>
        <translation>Nothing listens on %1</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 did not answer in time</translation>
    </message>
    <message>
        <source>%1 accepted the connection but no TLS handshake</source>
        <translation>%1 accepted the connection but no TLS handshake</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>Cannot reach %1</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not answer in time</source>
        <translation>%1 accepted the connection but did not answer in time</translation>
    </message>
</context>
<context>
    <name>LicenceServer</name>
    <message>
        <source>A licence server named %1 exists already.</source>
        <translation>A licence server named %1 exists already.</translation>
    </message>
    <message>
        <source>The licence server was not added</source>
        <translation>The licence server was not added</translation>
    </message>
    <message>
        <source>There is no licence server named %1</source>
        <translation>There is no licence server named %1</translation>
    </message>
    <message>
        <source>The licence server was not changed</source>
        <translation>The licence server was not changed</translation>
    </message>
    <message>
        <source>The change was saved but the audit log could not be written</source>
        <translation>The change was saved but the audit log could not be written</translation>
    </message>
    <message>
        <source>The server needs a name.</source>
        <translation>The server needs a name.</translation>
    </message>
    <message>
        <source>The server needs an address.</source>
        <translation>The server needs an address.</translation>
    </message>
    <message>
        <source>"%1" is neither a host name nor an IP address.</source>
        <translation>"%1" is neither a host name nor an IP address.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>An entitlement count cannot be negative.</source>
        <translation>An entitlement count cannot be negative.</translation>
    </message>
    <message>
        <source>DLS instance</source>
        <comment>@label NVIDIA License System on premises</comment>
        <translation>DLS instance</translation>
    </message>
    <message>
        <source>CLS instance</source>
        <comment>@label NVIDIA License System in the cloud</comment>
        <translation>CLS instance</translation>
    </message>
    <message>
        <source>Legacy licence server</source>
        <translation>Legacy licence server</translation>
    </message>
    <message>
        <source>The licence server "%1" cannot be read</source>
        <translation>The licence server "%1" cannot be read</translation>
    </message>
    <message>
        <source>The licence servers cannot be read</source>
        <translation>The licence servers cannot be read</translation>
    </message>
</context>
<context>
    <name>LicenceServerDialog</name>
    <message>
        <source>Licence Server</source>
        <translation>Licence Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>dls.example.com or 10.0.0.5</source>
        <translation>dls.example.com or 10.0.0.5</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>host names, separated by commas</source>
        <translation>host names, separated by commas</translation>
    </message>
    <message>
        <source>Serves &amp;hosts:</source>
        <translation>Serves &amp;hosts:</translation>
    </message>
    <message>
        <source>VM name patterns such as vdi-pool-a-*</source>
        <translation>VM name patterns such as vdi-pool-a-*</translation>
    </message>
    <message>
        <source>Serves &amp;pools:</source>
        <translation>Serves &amp;pools:</translation>
    </message>
    <message>
        <source>VM names or UUIDs</source>
        <translation>VM names or UUIDs</translation>
    </message>
    <message>
        <source>Serves &amp;VMs:</source>
        <translation>Serves &amp;VMs:</translation>
    </message>
    <message>
        <source>empty: the system's trusted CAs</source>
        <translation>empty: the system's trusted CAs</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a PEM file with the CA certificate to trust</source>
        <translation>Choose a PEM file with the CA certificate to trust</translation>
    </message>
    <message>
        <source>Pinned CA certificate</source>
        <translation>Pinned CA certificate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Pinned &amp;CA:</source>
        <translation>Pinned &amp;CA:</translation>
    </message>
    <message>
        <source>Entitlements</source>
        <translation>Entitlements</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>%1 licences</source>
        <translation>%1 licences</translation>
    </message>
</context>
<context>
    <name>LicenceUsageChart</name>
    <message>
        <source>Licence use over time</source>
        <translation>Licence use over time</translation>
    </message>
    <message>
        <source>Leases in use (solid) against entitlement (dashed)</source>
        <translation>Leases in use (solid) against entitlement (dashed)</translation>
    </message>
    <message>
        <source>%1 entitled</source>
        <translation>%1 entitled</translation>
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
    <message>
        <source>Scheduler Preview</source>
        <translation>Scheduler Preview</translation>
    </message>
    <message>
        <source>Time Slicing</source>
        <translation>Time Slicing</translation>
    </message>
    <message>
        <source>&amp;Scheduler Preview</source>
        <translation>&amp;Scheduler Preview</translation>
    </message>
    <message>
        <source>Trust This Agent?</source>
        <translation>Trust This Agent?</translation>
    </message>
    <message>
        <source>The console has not met the agent at %1 (host %2) before.</source>
        <translation>The console has not met the agent at %1 (host %2) before.</translation>
    </message>
    <message>
        <source>Its certificate fingerprint (SHA-256) is:

%1

Compare it with what "gpuvirt-agent --fingerprint" prints on the host. Trusting pins it: a different certificate later will be refused.</source>
        <translation>Its certificate fingerprint (SHA-256) is:

%1

Compare it with what "gpuvirt-agent --fingerprint" prints on the host. Trusting pins it: a different certificate later will be refused.</translation>
    </message>
    <message>
        <source>Trust and Pin</source>
        <translation>Trust and Pin</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit Log</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Re&amp;lease</translation>
    </message>
    <message>
        <source>vGPU %1 (%2)</source>
        <translation>vGPU %1 (%2)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetry</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Board as PNG…</source>
        <translation>&amp;Board as PNG…</translation>
    </message>
    <message>
        <source>&amp;Report as PDF…</source>
        <translation>&amp;Report as PDF…</translation>
    </message>
    <message>
        <source>&amp;Tables as CSV…</source>
        <translation>&amp;Tables as CSV…</translation>
    </message>
    <message>
        <source>CSV for &amp;Excel (UTF-8 with byte order mark)</source>
        <translation>CSV for &amp;Excel (UTF-8 with byte order mark)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Board as PNG</source>
        <translation>Export Board as PNG</translation>
    </message>
    <message>
        <source>gpu-board-%1.png</source>
        <translation>gpu-board-%1.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The GPU board was saved to %1</source>
        <translation>The GPU board was saved to %1</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <source>gpu-report-%1.pdf</source>
        <translation>gpu-report-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1</source>
        <translation>The report was saved to %1</translation>
    </message>
    <message>
        <source>Export Tables as CSV to Folder</source>
        <translation>Export Tables as CSV to Folder</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved as CSV in %1</source>
        <translation>
            <numerusform>%n table saved as CSV in %1</numerusform>
            <numerusform>%n tables saved as CSV in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>@title:menu user interface language</comment>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <comment>@item:inmenu follow the system's language</comment>
        <translation>&amp;System Language</translation>
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
    <name>Nvml</name>
    <message>
        <source>The NVIDIA management library (NVML) is not installed on this host</source>
        <translation>The NVIDIA management library (NVML) is not installed on this host</translation>
    </message>
    <message>
        <source>The NVIDIA management library on this host is not usable</source>
        <translation>The NVIDIA management library on this host is not usable</translation>
    </message>
    <message>
        <source>The NVIDIA management library could not start</source>
        <translation>The NVIDIA management library could not start</translation>
    </message>
    <message>
        <source>The NVIDIA facts from the host agent are malformed</source>
        <translation>The NVIDIA facts from the host agent are malformed</translation>
    </message>
</context>
<context>
    <name>NvmlProbe</name>
    <message>
        <source>NVML could not create a %1 GPU instance at slice %2 on %3</source>
        <translation>NVML could not create a %1 GPU instance at slice %2 on %3</translation>
    </message>
    <message>
        <source>NVML could not remove the %1 GPU instance at slice %2 on %3</source>
        <translation>NVML could not remove the %1 GPU instance at slice %2 on %3</translation>
    </message>
</context>
<context>
    <name>PinStore</name>
    <message>
        <source>%1 is not a SHA-256 fingerprint</source>
        <translation>%1 is not a SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>No agent address given</source>
        <translation>No agent address given</translation>
    </message>
</context>
<context>
    <name>PlacementApply</name>
    <message>
        <source>GPU %1 has no free virtual function left.</source>
        <translation>GPU %1 has no free virtual function left.</translation>
    </message>
    <message>
        <source>%1 at placement %2</source>
        <translation>%1 at placement %2</translation>
    </message>
    <message>
        <source>%1 at slice %2</source>
        <translation>%1 at slice %2</translation>
    </message>
    <message numerus="yes">
        <source>%n whole GPU(s)</source>
        <translation>
            <numerusform>%n whole GPU</numerusform>
            <numerusform>%n whole GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole GPU</source>
        <translation>the whole GPU</translation>
    </message>
    <message>
        <source>a VF</source>
        <translation>a VF</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>%1 #%2 was not placed.</source>
        <translation>%1 #%2 was not placed.</translation>
    </message>
    <message>
        <source>No VM is chosen for %1 #%2.</source>
        <translation>No VM is chosen for %1 #%2.</translation>
    </message>
    <message>
        <source>Fractional GPU shares are a scheduling notion; no device gives a VM part of a GPU's time.</source>
        <translation>Fractional GPU shares are a scheduling notion; no device gives a VM part of a GPU's time.</translation>
    </message>
    <message>
        <source>The placement names no GPU address.</source>
        <translation>The placement names no GPU address.</translation>
    </message>
    <message>
        <source>GPU %1 is no longer on the host.</source>
        <translation>GPU %1 is no longer on the host.</translation>
    </message>
    <message>
        <source>GPU %1 does not offer the vGPU type %2.</source>
        <translation>GPU %1 does not offer the vGPU type %2.</translation>
    </message>
    <message>
        <source>GPU %1 offers no MIG-backed vGPU type of profile %2.</source>
        <translation>GPU %1 offers no MIG-backed vGPU type of profile %2.</translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message>
        <source>Preview Plan</source>
        <translation>Preview Plan</translation>
    </message>
    <message>
        <source>Other functions of the IOMMU group</source>
        <translation>Other functions of the IOMMU group</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@title:group when the change reaches the VM</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>Now: attach to the running VM and keep it in its configuration</source>
        <translation>Now: attach to the running VM and keep it in its configuration</translation>
    </message>
    <message>
        <source>At the next start: change the configuration only</source>
        <translation>At the next start: change the configuration only</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Through</source>
        <comment>@title:column libvirt or agent</comment>
        <translation>Through</translation>
    </message>
    <message>
        <source>Plan steps</source>
        <translation>Plan steps</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Guest licence: %1</source>
        <translation>Guest licence: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>Configuration of %1, before and after</source>
        <translation>Configuration of %1, before and after</translation>
    </message>
    <message>
        <source>%1 configuration</source>
        <translation>%1 configuration</translation>
    </message>
    <message>
        <source>(no change to the configuration)</source>
        <translation>(no change to the configuration)</translation>
    </message>
    <message>
        <source>Also remove the vGPU (mdev) from the host once no VM uses it</source>
        <translation>Also remove the vGPU (mdev) from the host once no VM uses it</translation>
    </message>
    <message>
        <source>Leave it unticked to keep the vGPU for another VM; its framebuffer stays taken.</source>
        <translation>Leave it unticked to keep the vGPU for another VM; its framebuffer stays taken.</translation>
    </message>
</context>
<context>
    <name>PlanReportDialog</name>
    <message>
        <source>Plan Report</source>
        <translation>Plan Report</translation>
    </message>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 on %2, %3</translation>
    </message>
    <message>
        <source>Stopped by: %1</source>
        <translation>Stopped by: %1</translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation>The audit log could not be written: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Plan steps and their outcome</source>
        <translation>Plan steps and their outcome</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Said: %1</source>
        <comment>@info what libvirt or the agent answered</comment>
        <translation>Said: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Undo failed: %1</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>undo failed</source>
        <translation>undo failed</translation>
    </message>
</context>
<context>
    <name>PolicyComparisonChart</name>
    <message>
        <source>Policy comparison chart</source>
        <translation>Policy comparison chart</translation>
    </message>
    <message>
        <source>GPU demand placed (%)</source>
        <translation>GPU demand placed (%)</translation>
    </message>
    <message>
        <source>GPUs touched</source>
        <translation>GPUs touched</translation>
    </message>
    <message>
        <source>GPUs left free</source>
        <translation>GPUs left free</translation>
    </message>
    <message>
        <source>Fragmentation (GPUs)</source>
        <translation>Fragmentation (GPUs)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>% placed</source>
        <comment>@title:axis share of the GPU demand placed</comment>
        <translation>% placed</translation>
    </message>
    <message>
        <source>Run the preview to compare the policies</source>
        <translation>Run the preview to compare the policies</translation>
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
    <message>
        <source>Readiness:</source>
        <comment>@info:tooltip followed by the titles of failed readiness checks</comment>
        <translation>Readiness:</translation>
    </message>
</context>
<context>
    <name>ReadinessJson</name>
    <message>
        <source>readiness checks</source>
        <translation>readiness checks</translation>
    </message>
</context>
<context>
    <name>ReadinessListing</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>@info readiness checks of severity information</comment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <comment>@info readiness checks</comment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness of %1, checked %2: %3</source>
        <translation>Readiness of %1, checked %2: %3</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
</context>
<context>
    <name>ReadinessModel</name>
    <message>
        <source>Result</source>
        <comment>@title:column readiness check severity</comment>
        <translation>Result</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@title:column</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>@title:column what a readiness check is about: the host or a device</comment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>@title:column readiness check</comment>
        <translation>Check</translation>
    </message>
    <message>
        <source>Finding</source>
        <comment>@title:column what a readiness check found</comment>
        <translation>Finding</translation>
    </message>
</context>
<context>
    <name>ReadinessText</name>
    <message>
        <source>OK</source>
        <comment>@item readiness check passed</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Information</source>
        <comment>@item readiness check</comment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>@item readiness check</comment>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>@item readiness check</comment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>@item subject of a readiness check</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>CPU virtualization (VT-x/AMD-V)</source>
        <translation>CPU virtualization (VT-x/AMD-V)</translation>
    </message>
    <message>
        <source>The CPU offers %1 and the %2 module is loaded.</source>
        <translation>The CPU offers %1 and the %2 module is loaded.</translation>
    </message>
    <message>
        <source>The CPU's virtualization flags could not be read from /proc/cpuinfo.</source>
        <translation>The CPU's virtualization flags could not be read from /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>Check that /proc is mounted and that the agent may read /proc/cpuinfo.</source>
        <translation>Check that /proc is mounted and that the agent may read /proc/cpuinfo.</translation>
    </message>
    <message>
        <source>The CPU does not offer %1: virtual machines cannot use hardware virtualization.</source>
        <translation>The CPU does not offer %1: virtual machines cannot use hardware virtualization.</translation>
    </message>
    <message>
        <source>Enable %1 in the firmware setup and restart the host. If this host is itself a virtual machine, enable nested virtualization on its hypervisor.</source>
        <translation>Enable %1 in the firmware setup and restart the host. If this host is itself a virtual machine, enable nested virtualization on its hypervisor.</translation>
    </message>
    <message>
        <source>The CPU offers %1, but the %2 module is not loaded.</source>
        <translation>The CPU offers %1, but the %2 module is not loaded.</translation>
    </message>
    <message>
        <source>Load the module:</source>
        <translation>Load the module:</translation>
    </message>
    <message>
        <source>IOMMU enabled</source>
        <translation>IOMMU enabled</translation>
    </message>
    <message>
        <source>Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub and restart the host:</source>
        <translation>Add %1 to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub and restart the host:</translation>
    </message>
    <message numerus="yes">
        <source>The kernel uses the IOMMU: %n IOMMU group(s).</source>
        <translation>
            <numerusform>The kernel uses the IOMMU: %n IOMMU group.</numerusform>
            <numerusform>The kernel uses the IOMMU: %n IOMMU groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kernel command line turns the IOMMU off, so no device can be passed through.</source>
        <translation>The kernel command line turns the IOMMU off, so no device can be passed through.</translation>
    </message>
    <message>
        <source>Remove the "off" setting from the kernel command line.</source>
        <translation>Remove the "off" setting from the kernel command line.</translation>
    </message>
    <message>
        <source>The kernel command line asks for %1, but the kernel found no IOMMU: it is probably disabled in the firmware.</source>
        <translation>The kernel command line asks for %1, but the kernel found no IOMMU: it is probably disabled in the firmware.</translation>
    </message>
    <message>
        <source>Enable VT-d (Intel) or AMD-Vi/IOMMU (AMD) in the firmware setup and restart the host.</source>
        <translation>Enable VT-d (Intel) or AMD-Vi/IOMMU (AMD) in the firmware setup and restart the host.</translation>
    </message>
    <message>
        <source>The IOMMU is off: the kernel command line does not ask for %1 and the kernel found no IOMMU, so no device can be passed through.</source>
        <translation>The IOMMU is off: the kernel command line does not ask for %1 and the kernel found no IOMMU, so no device can be passed through.</translation>
    </message>
    <message>
        <source>IOMMU passthrough mode (iommu=pt)</source>
        <translation>IOMMU passthrough mode (iommu=pt)</translation>
    </message>
    <message>
        <source>The host's own devices bypass IOMMU translation (iommu=pt).</source>
        <translation>The host's own devices bypass IOMMU translation (iommu=pt).</translation>
    </message>
    <message>
        <source>iommu=pt is not set: the host's own devices go through IOMMU translation, which can slow host I/O. Virtual machines are not affected.</source>
        <translation>iommu=pt is not set: the host's own devices go through IOMMU translation, which can slow host I/O. Virtual machines are not affected.</translation>
    </message>
    <message>
        <source>VFIO modules</source>
        <translation>VFIO modules</translation>
    </message>
    <message>
        <source>vfio and vfio_pci are loaded.</source>
        <translation>vfio and vfio_pci are loaded.</translation>
    </message>
    <message>
        <source>Not loaded: %1. Without vfio-pci no function can be passed through.</source>
        <translation>Not loaded: %1. Without vfio-pci no function can be passed through.</translation>
    </message>
    <message>
        <source>Load vfio-pci now, and at every boot with a line "vfio-pci" in /etc/modules-load.d/vfio.conf:</source>
        <translation>Load vfio-pci now, and at every boot with a line "vfio-pci" in /etc/modules-load.d/vfio.conf:</translation>
    </message>
    <message>
        <source>To let vfio-pci claim the GPUs meant for passthrough at boot, add this line to /etc/modprobe.d/vfio.conf, then run update-initramfs -u:</source>
        <translation>To let vfio-pci claim the GPUs meant for passthrough at boot, add this line to /etc/modprobe.d/vfio.conf, then run update-initramfs -u:</translation>
    </message>
    <message>
        <source>NVIDIA vGPU manager</source>
        <translation>NVIDIA vGPU manager</translation>
    </message>
    <message>
        <source>The NVIDIA vGPU manager is loaded.</source>
        <translation>The NVIDIA vGPU manager is loaded.</translation>
    </message>
    <message>
        <source>The NVIDIA vGPU manager %1 is loaded.</source>
        <translation>The NVIDIA vGPU manager %1 is loaded.</translation>
    </message>
    <message numerus="yes">
        <source>%n NVIDIA GPU(s) can host vGPUs (%1), but the NVIDIA vGPU manager (nvidia_vgpu_vfio) is not loaded.</source>
        <translation>
            <numerusform>%n NVIDIA GPU can host vGPUs (%1), but the NVIDIA vGPU manager (nvidia_vgpu_vfio) is not loaded.</numerusform>
            <numerusform>%n NVIDIA GPUs can host vGPUs (%1), but the NVIDIA vGPU manager (nvidia_vgpu_vfio) is not loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the NVIDIA vGPU Manager for KVM that matches this kernel (from the NVIDIA Licensing Portal), restart the host, and check that the module is loaded:</source>
        <translation>Install the NVIDIA vGPU Manager for KVM that matches this kernel (from the NVIDIA Licensing Portal), restart the host, and check that the module is loaded:</translation>
    </message>
    <message>
        <source>NVIDIA driver versions</source>
        <translation>NVIDIA driver versions</translation>
    </message>
    <message>
        <source>Every NVIDIA driver part has version %1.</source>
        <translation>Every NVIDIA driver part has version %1.</translation>
    </message>
    <message>
        <source>The NVIDIA driver parts have different versions: %1.</source>
        <translation>The NVIDIA driver parts have different versions: %1.</translation>
    </message>
    <message>
        <source>Install one driver version for every NVIDIA kernel module (reinstall the vGPU manager package), then restart the host so that no old module stays loaded.</source>
        <translation>Install one driver version for every NVIDIA kernel module (reinstall the vGPU manager package), then restart the host so that no old module stays loaded.</translation>
    </message>
    <message>
        <source>Boot display</source>
        <translation>Boot display</translation>
    </message>
    <message>
        <source>This GPU is not the host's boot display.</source>
        <translation>This GPU is not the host's boot display.</translation>
    </message>
    <message>
        <source>This GPU is the host's boot display (boot_vga): the firmware and the host console use it, so passing it through can fail or leave the host without a display.</source>
        <translation>This GPU is the host's boot display (boot_vga): the firmware and the host console use it, so passing it through can fail or leave the host without a display.</translation>
    </message>
    <message>
        <source>Keep this GPU for the host, or select the onboard or BMC display as the primary display in the firmware setup and restart the host.</source>
        <translation>Keep this GPU for the host, or select the onboard or BMC display as the primary display in the firmware setup and restart the host.</translation>
    </message>
    <message>
        <source>GPU driver</source>
        <translation>GPU driver</translation>
    </message>
    <message>
        <source>Bound to %1.</source>
        <translation>Bound to %1.</translation>
    </message>
    <message>
        <source>The open-source nouveau driver is bound: NVIDIA vGPU needs the nvidia driver and passthrough needs vfio-pci.</source>
        <translation>The open-source nouveau driver is bound: NVIDIA vGPU needs the nvidia driver and passthrough needs vfio-pci.</translation>
    </message>
    <message>
        <source>Blacklist nouveau: put these two lines into /etc/modprobe.d/blacklist-nouveau.conf, run update-initramfs -u and restart the host:</source>
        <translation>Blacklist nouveau: put these two lines into /etc/modprobe.d/blacklist-nouveau.conf, run update-initramfs -u and restart the host:</translation>
    </message>
    <message>
        <source>No driver is bound to this GPU.</source>
        <translation>No driver is bound to this GPU.</translation>
    </message>
    <message>
        <source>For passthrough, bind it to vfio-pci ("Bind to vfio-pci" in the console does this):</source>
        <translation>For passthrough, bind it to vfio-pci ("Bind to vfio-pci" in the console does this):</translation>
    </message>
    <message>
        <source>For host use or vGPU, load the vendor's driver instead (one of %1).</source>
        <translation>For host use or vGPU, load the vendor's driver instead (one of %1).</translation>
    </message>
    <message>
        <source>Bound to %1; a GPU is expected on one of %2.</source>
        <translation>Bound to %1; a GPU is expected on one of %2.</translation>
    </message>
    <message>
        <source>For passthrough, move it to vfio-pci ("Bind to vfio-pci" in the console does this):</source>
        <translation>For passthrough, move it to vfio-pci ("Bind to vfio-pci" in the console does this):</translation>
    </message>
    <message>
        <source>IOMMU group isolation</source>
        <translation>IOMMU group isolation</translation>
    </message>
    <message>
        <source>IOMMU group %1 holds only this device's functions and bridges.</source>
        <translation>IOMMU group %1 holds only this device's functions and bridges.</translation>
    </message>
    <message>
        <source>%1 (no driver)</source>
        <translation>%1 (no driver)</translation>
    </message>
    <message>
        <source>IOMMU group %1 also holds %2. Every device of a group must go to the same virtual machine or be bound to vfio-pci.</source>
        <translation>IOMMU group %1 also holds %2. Every device of a group must go to the same virtual machine or be bound to vfio-pci.</translation>
    </message>
    <message>
        <source>Bind them to vfio-pci as well (the host can no longer use them), or move the GPU to a slot whose root port isolates it (ACS):</source>
        <translation>Bind them to vfio-pci as well (the host can no longer use them), or move the GPU to a slot whose root port isolates it (ACS):</translation>
    </message>
    <message>
        <source>SR-IOV virtual functions</source>
        <translation>SR-IOV virtual functions</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n virtual function(s) are enabled.</source>
        <translation>
            <numerusform>%1 of %n virtual function are enabled.</numerusform>
            <numerusform>%1 of %n virtual functions are enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The GPU supports %n virtual function(s); none are enabled.</source>
        <translation>
            <numerusform>The GPU supports %n virtual function; none are enabled.</numerusform>
            <numerusform>The GPU supports %n virtual functions; none are enabled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable them with NVIDIA's script, which the vGPU manager installs (again after each restart):</source>
        <translation>Enable them with NVIDIA's script, which the vGPU manager installs (again after each restart):</translation>
    </message>
    <message>
        <source>Enable them ("Set VF count" in the console does this):</source>
        <translation>Enable them ("Set VF count" in the console does this):</translation>
    </message>
    <message>
        <source>vGPU types</source>
        <translation>vGPU types</translation>
    </message>
    <message numerus="yes">
        <source>The GPU offers %n vGPU type(s).</source>
        <translation>
            <numerusform>The GPU offers %n vGPU type.</numerusform>
            <numerusform>The GPU offers %n vGPU types.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vGPU manager is loaded, but this GPU offers no vGPU types: its virtual functions are not enabled.</source>
        <translation>The vGPU manager is loaded, but this GPU offers no vGPU types: its virtual functions are not enabled.</translation>
    </message>
    <message>
        <source>Enable them with NVIDIA's script:</source>
        <translation>Enable them with NVIDIA's script:</translation>
    </message>
    <message>
        <source>The vGPU manager is loaded, but this GPU offers no vGPU types.</source>
        <translation>The vGPU manager is loaded, but this GPU offers no vGPU types.</translation>
    </message>
    <message>
        <source>Check that the nvidia-vgpu-mgr service runs and that the GPU is in a vGPU-capable mode (some boards ship in a display mode that NVIDIA's displaymodeselector changes):</source>
        <translation>Check that the nvidia-vgpu-mgr service runs and that the GPU is in a vGPU-capable mode (some boards ship in a display mode that NVIDIA's displaymodeselector changes):</translation>
    </message>
</context>
<context>
    <name>ReadinessView</name>
    <message>
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <source>Problems only</source>
        <comment>@option:check show only readiness warnings and errors</comment>
        <translation>Problems only</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Readiness checks</translation>
    </message>
    <message>
        <source>Remedy</source>
        <comment>@label what to do about a readiness problem</comment>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>@action:button copy the remedy's commands</comment>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the remedy's kernel parameters, configuration lines and commands</source>
        <translation>Copy the remedy's kernel parameters, configuration lines and commands</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Remedy</translation>
    </message>
    <message>
        <source>Select a check to see its reason and remedy.</source>
        <translation>Select a check to see its reason and remedy.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>@title readiness check: severity, title, subject</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PCI address (product)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <comment>@info readiness check without a remedy</comment>
        <translation>Nothing to do.</translation>
    </message>
    <message>
        <source>Select a host to see whether it is ready for passthrough and vGPU.</source>
        <translation>Select a host to see whether it is ready for passthrough and vGPU.</translation>
    </message>
    <message>
        <source>The agent reported no checks for this host.</source>
        <translation>The agent reported no checks for this host.</translation>
    </message>
    <message numerus="yes">
        <source>No warnings or errors in %n check(s). Clear "Problems only" to see them all.</source>
        <translation>
            <numerusform>No warnings or errors in %n check. Clear "Problems only" to see them all.</numerusform>
            <numerusform>No warnings or errors in %n checks. Clear "Problems only" to see them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <comment>@info readiness summary: checks of severity Information</comment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <comment>@info readiness summary</comment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy remedy</source>
        <translation>Copy remedy</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>No licence servers configured. The licences the vGPUs held by VMs need:</source>
        <translation>No licence servers configured. The licences the vGPUs held by VMs need:</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>vGPU types</source>
        <translation>vGPU types</translation>
    </message>
    <message>
        <source>vGPUs</source>
        <translation>vGPUs</translation>
    </message>
    <message>
        <source>Running VMs</source>
        <translation>Running VMs</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>None needed</translation>
    </message>
    <message>
        <source>GPU inventory report</source>
        <translation>GPU inventory report</translation>
    </message>
    <message numerus="yes">
        <source>Demo cluster (%n host(s))</source>
        <translation>
            <numerusform>Demo cluster (%n host)</numerusform>
            <numerusform>Demo cluster (%n hosts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more host(s)</source>
        <translation>
            <numerusform>%1 and %n more host</numerusform>
            <numerusform>%1 and %n more hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>Memory (MiB)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>PCI address</source>
        <translation>PCI address</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>IOMMU group</source>
        <translation>IOMMU group</translation>
    </message>
    <message>
        <source>NUMA node</source>
        <translation>NUMA node</translation>
    </message>
    <message>
        <source>Passed through to</source>
        <translation>Passed through to</translation>
    </message>
    <message numerus="yes">
        <source>%n VF(s)</source>
        <translation><numerusform>%n VF</numerusform><numerusform>%n VFs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n vGPU(s)</source>
        <translation><numerusform>%n vGPU</numerusform><numerusform>%n vGPUs</numerusform></translation>
    </message>
    <message>
        <source>vGPUs and virtual functions</source>
        <translation>vGPUs and virtual functions</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Framebuffer (MiB)</source>
        <translation>Framebuffer (MiB)</translation>
    </message>
    <message>
        <source>Licence edition</source>
        <translation>Licence edition</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>VM state</source>
        <translation>VM state</translation>
    </message>
    <message>
        <source>vGPU (mdev)</source>
        <translation>vGPU (mdev)</translation>
    </message>
    <message>
        <source>Virtual function</source>
        <translation>Virtual function</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtual machines</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>GPU devices</source>
        <translation>GPU devices</translation>
    </message>
    <message>
        <source>mdev %1 (missing)</source>
        <translation>mdev %1 (missing)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>@item vGPU type on GPU address</comment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item PCI address (product)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>No readiness results (no agent) for: %1</source>
        <translation>No readiness results (no agent) for: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Nothing to list.</translation>
    </message>
    <message>
        <source>GPU board: %1</source>
        <translation>GPU board: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info table title: row count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>the PDF writer did not start</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>The export was cancelled</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Edit %1</source>
        <comment>@action:undo column name</comment>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n request(s)</source>
        <translation>
            <numerusform>Add %n request</numerusform>
            <numerusform>Add %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n request(s)</source>
        <translation>
            <numerusform>Remove %n request</numerusform>
            <numerusform>Remove %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Request actions</source>
        <translation>Request actions</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <comment>@action:button request</comment>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Add a request</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>@action:button request</comment>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected requests</source>
        <translation>Remove the selected requests</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <comment>@action:button requests</comment>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Replace the requests with a JSON or CSV request file</source>
        <translation>Replace the requests with a JSON or CSV request file</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <comment>@action:button requests</comment>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Save the requests as a JSON or CSV request file</source>
        <translation>Save the requests as a JSON or CSV request file</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Import Requests</source>
        <translation>Import Requests</translation>
    </message>
    <message>
        <source>Request files (*.json *.csv);;All files (*)</source>
        <translation>Request files (*.json *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export Requests</source>
        <translation>Export Requests</translation>
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
    <name>RmPVMRLPanel</name>
    <message>
        <source>&amp;Scheduler:</source>
        <translation>&amp;Scheduler:</translation>
    </message>
    <message>
        <source>&amp;Time slice:</source>
        <translation>&amp;Time slice:</translation>
    </message>
    <message>
        <source>&amp;Averaging factor:</source>
        <translation>&amp;Averaging factor:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>@item time slice not set</comment>
        <translation>Default</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>@item averaging factor not set</comment>
        <translation>Default</translation>
    </message>
    <message>
        <source>From the time slice</source>
        <comment>@item frequency not set</comment>
        <translation>From the time slice</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>0x00000000, or a value to decode</source>
        <translation>0x00000000, or a value to decode</translation>
    </message>
    <message>
        <source>RmPVMRL value</source>
        <translation>RmPVMRL value</translation>
    </message>
    <message>
        <source>&amp;Encode</source>
        <translation>&amp;Encode</translation>
    </message>
    <message>
        <source>Write the fields above as an RmPVMRL value</source>
        <translation>Write the fields above as an RmPVMRL value</translation>
    </message>
    <message>
        <source>&amp;Decode</source>
        <translation>&amp;Decode</translation>
    </message>
    <message>
        <source>Read the typed value into the fields above</source>
        <translation>Read the typed value into the fields above</translation>
    </message>
    <message>
        <source>&amp;Use in Simulation</source>
        <translation>&amp;Use in Simulation</translation>
    </message>
    <message>
        <source>time slice %1 ms</source>
        <translation>time slice %1 ms</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>averaging factor %1</source>
        <translation>averaging factor %1</translation>
    </message>
    <message>
        <source>the default time slice for the vGPU type</source>
        <translation>the default time slice for the vGPU type</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Refused: %1 (%2)</translation>
    </message>
    <message>
        <source>RmPVMRL=%1: %2</source>
        <translation>RmPVMRL=%1: %2</translation>
    </message>
    <message>
        <source>%1 means: %2</source>
        <translation>%1 means: %2</translation>
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
        <translation>placement ID %1</translation>
    </message>
    <message>
        <source>Placed</source>
        <comment>@item placement outcome</comment>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>@title:column</comment>
        <translation>Request</translation>
    </message>
    <message>
        <source>#</source>
        <comment>@title:column instance number of a request</comment>
        <translation>#</translation>
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
        <source>Slot</source>
        <comment>@title:column MIG start, vGPU index or placement ID, VF</comment>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:column placed, or why not</comment>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>Sched::PolicyComparisonModel</name>
    <message>
        <source>%1 of %2</source>
        <comment>@item placed of requested</comment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>@item percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Policy</source>
        <comment>@title:column placement policy</comment>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Placed</source>
        <comment>@title:column instances placed</comment>
        <translation>Placed</translation>
    </message>
    <message>
        <source>GPU demand placed</source>
        <comment>@title:column</comment>
        <translation>GPU demand placed</translation>
    </message>
    <message>
        <source>GPUs touched</source>
        <comment>@title:column</comment>
        <translation>GPUs touched</translation>
    </message>
    <message>
        <source>GPUs left free</source>
        <comment>@title:column</comment>
        <translation>GPUs left free</translation>
    </message>
    <message>
        <source>Fragmentation (GPUs)</source>
        <comment>@title:column</comment>
        <translation>Fragmentation (GPUs)</translation>
    </message>
    <message>
        <source>Lower bound (GPUs)</source>
        <comment>@title:column fewest GPUs the demand needs</comment>
        <translation>Lower bound (GPUs)</translation>
    </message>
</context>
<context>
    <name>Sched::RequestListModel</name>
    <message>
        <source>vGPU type</source>
        <comment>@item request kind</comment>
        <translation>vGPU type</translation>
    </message>
    <message>
        <source>MIG profile</source>
        <comment>@item request kind</comment>
        <translation>MIG profile</translation>
    </message>
    <message>
        <source>Whole GPUs</source>
        <comment>@item request kind</comment>
        <translation>Whole GPUs</translation>
    </message>
    <message>
        <source>SR-IOV VF</source>
        <comment>@item request kind</comment>
        <translation>SR-IOV VF</translation>
    </message>
    <message>
        <source>GPU share (milli-GPU)</source>
        <comment>@item request kind</comment>
        <translation>GPU share (milli-GPU)</translation>
    </message>
    <message>
        <source>request-%1</source>
        <comment>@item default name of a new request</comment>
        <translation>request-%1</translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation>A request needs a name.</translation>
    </message>
    <message>
        <source>The count must be a number from 1 to 100000.</source>
        <translation>The count must be a number from 1 to 100000.</translation>
    </message>
    <message>
        <source>"%1" is not a request kind.</source>
        <translation>"%1" is not a request kind.</translation>
    </message>
    <message>
        <source>The NUMA node must be a number from 0, or empty for any.</source>
        <translation>The NUMA node must be a number from 0, or empty for any.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>This column cannot be edited.</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>@title:column request name</comment>
        <translation>Request</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>@title:column instances</comment>
        <translation>Count</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>@title:column request kind</comment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Type or size</source>
        <comment>@title:column vGPU type, MIG profile, GPUs or milli-GPU</comment>
        <translation>Type or size</translation>
    </message>
    <message>
        <source>GPU models</source>
        <comment>@title:column allowed models</comment>
        <translation>GPU models</translation>
    </message>
    <message>
        <source>Hosts</source>
        <comment>@title:column allowed hosts</comment>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Host labels</source>
        <comment>@title:column</comment>
        <translation>Host labels</translation>
    </message>
    <message>
        <source>Anti-affinity</source>
        <comment>@title:column group</comment>
        <translation>Anti-affinity</translation>
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
        <translation>Idle</translation>
    </message>
    <message>
        <source>Steady</source>
        <comment>@item workload pattern</comment>
        <translation>Steady</translation>
    </message>
    <message>
        <source>Bursts</source>
        <comment>@item workload pattern</comment>
        <translation>Bursts</translation>
    </message>
    <message>
        <source>vgpu-%1</source>
        <comment>@item default name of a simulated vGPU</comment>
        <translation>vgpu-%1</translation>
    </message>
    <message>
        <source>A vGPU needs a name.</source>
        <translation>A vGPU needs a name.</translation>
    </message>
    <message>
        <source>A type allows 1 to 32 vGPUs per GPU.</source>
        <translation>A type allows 1 to 32 vGPUs per GPU.</translation>
    </message>
    <message>
        <source>"%1" is not a workload pattern.</source>
        <translation>"%1" is not a workload pattern.</translation>
    </message>
    <message>
        <source>The load is a percentage of the GPU, 0 to 100.</source>
        <translation>The load is a percentage of the GPU, 0 to 100.</translation>
    </message>
    <message>
        <source>The period is 1 to 60000 ms.</source>
        <translation>The period is 1 to 60000 ms.</translation>
    </message>
    <message>
        <source>The busy part is 0 ms up to the period (%1 ms).</source>
        <translation>The busy part is 0 ms up to the period (%1 ms).</translation>
    </message>
    <message>
        <source>The frame-rate cap is a percentage above 0, up to 100.</source>
        <translation>The frame-rate cap is a percentage above 0, up to 100.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>This column cannot be edited.</translation>
    </message>
    <message>
        <source>vGPU</source>
        <comment>@title:column simulated vGPU name</comment>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>Max per GPU</source>
        <comment>@title:column most vGPUs of its type on one GPU</comment>
        <translation>Max per GPU</translation>
    </message>
    <message>
        <source>Workload</source>
        <comment>@title:column pattern</comment>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Load (%)</source>
        <comment>@title:column steady load or load while busy</comment>
        <translation>Load (%)</translation>
    </message>
    <message>
        <source>Period (ms)</source>
        <comment>@title:column burst period</comment>
        <translation>Period (ms)</translation>
    </message>
    <message>
        <source>Busy (ms)</source>
        <comment>@title:column busy part of each period</comment>
        <translation>Busy (ms)</translation>
    </message>
    <message>
        <source>Frame cap (%)</source>
        <comment>@title:column frame-rate limiter cap</comment>
        <translation>Frame cap (%)</translation>
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
        <source>every suitable host already holds a member of anti-affinity group "%1"</source>
        <translation>every suitable host already holds a member of anti-affinity group "%1"</translation>
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
        <source>"%1" is not a time-sliced vGPU type name</source>
        <translation>"%1" is not a time-sliced vGPU type name</translation>
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
        <source>%1 "%2" is not a number</source>
        <translation>%1 "%2" is not a number</translation>
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
    <message>
        <source>GPU %1 is in mixed-size mode and no valid placement ID for %2 is free (%3 MB of framebuffer free, but not where a %4 MB vGPU may start)</source>
        <translation>GPU %1 is in mixed-size mode and no valid placement ID for %2 is free (%3 MB of framebuffer free, but not where a %4 MB vGPU may start)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <source>unknown column "%1" (known: %2)</source>
        <translation>unknown column "%1" (known: %2)</translation>
    </message>
    <message>
        <source>the header lacks the column %1</source>
        <translation>the header lacks the column %1</translation>
    </message>
    <message>
        <source>%1 "%2" is not a whole number of at least %3</source>
        <translation>%1 "%2" is not a whole number of at least %3</translation>
    </message>
    <message>
        <source>kind "%1" is not one of vgpu, mig, gpus, vf, milli</source>
        <translation>kind "%1" is not one of vgpu, mig, gpus, vf, milli</translation>
    </message>
    <message>
        <source>"%1" is not a vGPU type name such as A16-2Q</source>
        <translation>"%1" is not a vGPU type name such as A16-2Q</translation>
    </message>
    <message>
        <source>"%1" is not a MIG profile such as 3g.40gb</source>
        <translation>"%1" is not a MIG profile such as 3g.40gb</translation>
    </message>
    <message>
        <source>"%1" is not a number of whole GPUs (1 to 64)</source>
        <translation>"%1" is not a number of whole GPUs (1 to 64)</translation>
    </message>
    <message>
        <source>a virtual function takes no size, found "%1"</source>
        <translation>a virtual function takes no size, found "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a share of one GPU in milli-GPU (1 to 999)</source>
        <translation>"%1" is not a share of one GPU in milli-GPU (1 to 999)</translation>
    </message>
    <message>
        <source>the request has no name</source>
        <translation>the request has no name</translation>
    </message>
    <message>
        <source>count %1 is outside 1 to 100000</source>
        <translation>count %1 is outside 1 to 100000</translation>
    </message>
    <message>
        <source>NUMA node %1 is negative</source>
        <translation>NUMA node %1 is negative</translation>
    </message>
    <message>
        <source>CPU and memory cannot be negative</source>
        <translation>CPU and memory cannot be negative</translation>
    </message>
    <message>
        <source>Cannot open the request file %1</source>
        <translation>Cannot open the request file %1</translation>
    </message>
    <message>
        <source>Cannot write the request file %1</source>
        <translation>Cannot write the request file %1</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation>%1: line %2, column %3: %4</translation>
    </message>
    <message>
        <source>unknown key "%1" (expected version and requests)</source>
        <translation>unknown key "%1" (expected version and requests)</translation>
    </message>
    <message>
        <source>version %1 is not supported (1 is)</source>
        <translation>version %1 is not supported (1 is)</translation>
    </message>
    <message>
        <source>"requests" must be a list of requests</source>
        <translation>"requests" must be a list of requests</translation>
    </message>
    <message>
        <source>request %1 is not an object</source>
        <translation>request %1 is not an object</translation>
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation>unknown key "%1"</translation>
    </message>
    <message>
        <source>a request needs exactly one of %1</source>
        <translation>a request needs exactly one of %1</translation>
    </message>
    <message>
        <source>count must be a whole number</source>
        <translation>count must be a whole number</translation>
    </message>
    <message>
        <source>%1 must be a name</source>
        <translation>%1 must be a name</translation>
    </message>
    <message>
        <source>virtualFunction must be true</source>
        <translation>virtualFunction must be true</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <source>%1 must be a list of names</source>
        <translation>%1 must be a list of names</translation>
    </message>
</context>
<context>
    <name>SchedulerPreview</name>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>&amp;Mixed-size vGPU mode on empty GPUs</source>
        <translation>&amp;Mixed-size vGPU mode on empty GPUs</translation>
    </message>
    <message>
        <source>Plan GPUs that hold no vGPU yet in mixed-size mode (vGPU 17 and later): vGPUs of different sizes share a GPU, each at a valid placement ID.</source>
        <translation>Plan GPUs that hold no vGPU yet in mixed-size mode (vGPU 17 and later): vGPUs of different sizes share a GPU, each at a valid placement ID.</translation>
    </message>
    <message>
        <source>&amp;Run Preview</source>
        <translation>&amp;Run Preview</translation>
    </message>
    <message>
        <source>Place the requests on the current snapshot of every loaded host, under every policy. Nothing is changed on any host.</source>
        <translation>Place the requests on the current snapshot of every loaded host, under every policy. Nothing is changed on any host.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>C&amp;lear Preview</source>
        <translation>C&amp;lear Preview</translation>
    </message>
    <message>
        <source>Drop the results and take the ghost slices off the GPU board</source>
        <translation>Drop the results and take the ghost slices off the GPU board</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Compare Policies</source>
        <translation>Compare Policies</translation>
    </message>
    <message>
        <source>Policy comparison</source>
        <translation>Policy comparison</translation>
    </message>
    <message>
        <source>Add a request to place first.</source>
        <translation>Add a request to place first.</translation>
    </message>
    <message>
        <source>Request "%1" cannot be placed as written: %2</source>
        <translation>Request "%1" cannot be placed as written: %2</translation>
    </message>
    <message>
        <source>No host is loaded yet: there is nothing to place on.</source>
        <translation>No host is loaded yet: there is nothing to place on.</translation>
    </message>
    <message>
        <source>Edit the requests on the left and run the preview. Placements appear here and as ghost slices on the GPU board.</source>
        <translation>Edit the requests on the left and run the preview. Placements appear here and as ghost slices on the GPU board.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: placed %2 of %3 · %4 % of the GPU demand · %5 GPUs touched · %6 left entirely free · fragmentation %7 GPUs · lower bound %8 GPUs</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: placed %2 of %3 · %4 % of the GPU demand · %5 GPUs touched · %6 left entirely free · fragmentation %7 GPUs · lower bound %8 GPUs</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>@label request name #instance</comment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>the whole GPU</source>
        <translation>the whole GPU</translation>
    </message>
    <message>
        <source>a VF</source>
        <translation>a VF</translation>
    </message>
    <message>
        <source>%1 milli-GPU</source>
        <translation>%1 milli-GPU</translation>
    </message>
    <message>
        <source>Turn the shown placements into assignment plans for idle VMs of their hosts, preview them together and apply them one after another.</source>
        <translation>Turn the shown placements into assignment plans for idle VMs of their hosts, preview them together and apply them one after another.</translation>
    </message>
</context>
<context>
    <name>StaticHostConnection</name>
    <message>
        <source>No such host</source>
        <translation>No such host</translation>
    </message>
    <message>
        <source>The host is gone</source>
        <translation>The host is gone</translation>
    </message>
    <message>
        <source>No virtual machine %1</source>
        <translation>No virtual machine %1</translation>
    </message>
    <message>
        <source>The virtual machine is not running</source>
        <translation>The virtual machine is not running</translation>
    </message>
    <message>
        <source>Not a host device</source>
        <translation>Not a host device</translation>
    </message>
    <message>
        <source>The device is already attached</source>
        <translation>The device is already attached</translation>
    </message>
    <message>
        <source>The device is not attached</source>
        <translation>The device is not attached</translation>
    </message>
    <message>
        <source>No room for %1 on %2</source>
        <translation>No room for %1 on %2</translation>
    </message>
    <message>
        <source>The mdev %1 exists already</source>
        <translation>The mdev %1 exists already</translation>
    </message>
    <message>
        <source>No mdev %1 on %2</source>
        <translation>No mdev %1 on %2</translation>
    </message>
    <message>
        <source>No PCI device %1</source>
        <translation>No PCI device %1</translation>
    </message>
</context>
<context>
    <name>SysfsActions</name>
    <message>
        <source>"%1" is not a PCI address like 0000:41:00.0</source>
        <translation>"%1" is not a PCI address like 0000:41:00.0</translation>
    </message>
    <message>
        <source>There is no PCI function %1 on this host</source>
        <translation>There is no PCI function %1 on this host</translation>
    </message>
    <message>
        <source>"%1" is not a UUID</source>
        <translation>"%1" is not a UUID</translation>
    </message>
    <message>
        <source>"%1" is not a mediated device type id</source>
        <translation>"%1" is not a mediated device type id</translation>
    </message>
    <message>
        <source>A mediated device %1 already exists</source>
        <translation>A mediated device %1 already exists</translation>
    </message>
    <message>
        <source>%1 offers no mediated device types</source>
        <translation>%1 offers no mediated device types</translation>
    </message>
    <message>
        <source>%1 does not offer the type %2</source>
        <translation>%1 does not offer the type %2</translation>
    </message>
    <message>
        <source>%1 cannot create another %2 now (no instances available)</source>
        <translation>%1 cannot create another %2 now (no instances available)</translation>
    </message>
    <message>
        <source>The kernel refused to create the mediated device %1</source>
        <translation>The kernel refused to create the mediated device %1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but did not create the mediated device %1</source>
        <translation>The kernel accepted the request but did not create the mediated device %1</translation>
    </message>
    <message>
        <source>There is no mediated device %1 on this host</source>
        <translation>There is no mediated device %1 on this host</translation>
    </message>
    <message>
        <source>The kernel refused to remove the mediated device %1</source>
        <translation>The kernel refused to remove the mediated device %1</translation>
    </message>
    <message>
        <source>The kernel accepted the request but the mediated device %1 still exists (a running virtual machine may hold it)</source>
        <translation>The kernel accepted the request but the mediated device %1 still exists (a running virtual machine may hold it)</translation>
    </message>
    <message>
        <source>%1 is a PCI bridge; bridges cannot be passed through</source>
        <translation>%1 is a PCI bridge; bridges cannot be passed through</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n mediated device(s); remove them first</source>
        <translation>
            <numerusform>%1 holds %n mediated device; remove them first</numerusform>
            <numerusform>%1 holds %n mediated devices; remove them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n virtual function(s) enabled; disable them first</source>
        <translation>
            <numerusform>%1 has %n virtual function enabled; disable them first</numerusform>
            <numerusform>%1 has %n virtual functions enabled; disable them first</numerusform>
        </translation>
    </message>
    <message>
        <source>Binding %1 to vfio-pci failed</source>
        <translation>Binding %1 to vfio-pci failed</translation>
    </message>
    <message>
        <source>The kernel did not unbind %1 from %2</source>
        <translation>The kernel did not unbind %1 from %2</translation>
    </message>
    <message>
        <source>vfio-pci did not take %1; is the vfio-pci module loaded (modprobe vfio-pci)?</source>
        <translation>vfio-pci did not take %1; is the vfio-pci module loaded (modprobe vfio-pci)?</translation>
    </message>
    <message>
        <source>Releasing %1 from vfio-pci failed</source>
        <translation>Releasing %1 from vfio-pci failed</translation>
    </message>
    <message>
        <source>The kernel left %1 on vfio-pci</source>
        <translation>The kernel left %1 on vfio-pci</translation>
    </message>
    <message>
        <source>%1 does not support SR-IOV</source>
        <translation>%1 does not support SR-IOV</translation>
    </message>
    <message>
        <source>%1 supports 0 to %2 virtual functions, not %3</source>
        <translation>%1 supports 0 to %2 virtual functions, not %3</translation>
    </message>
    <message numerus="yes">
        <source>The virtual functions of %1 hold %n mediated device(s); remove them first</source>
        <translation>
            <numerusform>The virtual functions of %1 hold %n mediated device; remove them first</numerusform>
            <numerusform>The virtual functions of %1 hold %n mediated devices; remove them first</numerusform>
        </translation>
    </message>
    <message>
        <source>The virtual function %1 is bound to vfio-pci (a virtual machine may use it); release it first</source>
        <translation>The virtual function %1 is bound to vfio-pci (a virtual machine may use it); release it first</translation>
    </message>
    <message>
        <source>Setting the virtual functions of %1 failed</source>
        <translation>Setting the virtual functions of %1 failed</translation>
    </message>
    <message>
        <source>The kernel did not disable the virtual functions of %1</source>
        <translation>The kernel did not disable the virtual functions of %1</translation>
    </message>
    <message>
        <source>The virtual functions of %1 were disabled, but enabling %2 failed</source>
        <translation>The virtual functions of %1 were disabled, but enabling %2 failed</translation>
    </message>
    <message>
        <source>The kernel did not set %1 virtual functions on %2</source>
        <translation>The kernel did not set %1 virtual functions on %2</translation>
    </message>
    <message>
        <source>%1 has no NVIDIA vGPU type setting</source>
        <translation>%1 has no NVIDIA vGPU type setting</translation>
    </message>
    <message>
        <source>%1 is not a vGPU type id</source>
        <translation>%1 is not a vGPU type id</translation>
    </message>
    <message>
        <source>%1 already has the vGPU type %2; clear it first</source>
        <translation>%1 already has the vGPU type %2; clear it first</translation>
    </message>
    <message>
        <source>%1 cannot create the vGPU type %2 now</source>
        <translation>%1 cannot create the vGPU type %2 now</translation>
    </message>
    <message>
        <source>Setting the vGPU type of %1 failed</source>
        <translation>Setting the vGPU type of %1 failed</translation>
    </message>
    <message>
        <source>The kernel did not set the vGPU type %1 on %2</source>
        <translation>The kernel did not set the vGPU type %1 on %2</translation>
    </message>
    <message>
        <source>%1 is not a vGPU placement ID</source>
        <translation>%1 is not a vGPU placement ID</translation>
    </message>
    <message>
        <source>The vGPU manager on this host does not take placement IDs (it has no %1)</source>
        <translation>The vGPU manager on this host does not take placement IDs (it has no %1)</translation>
    </message>
    <message>
        <source>The vGPU manager refused placement %1 for %2</source>
        <translation>The vGPU manager refused placement %1 for %2</translation>
    </message>
    <message>
        <source>The vGPU manager accepted placement %1 for %2 but does not report it</source>
        <translation>The vGPU manager accepted placement %1 for %2 but does not report it</translation>
    </message>
</context>
<context>
    <name>SysfsFacts</name>
    <message>
        <source>host facts</source>
        <translation>host facts</translation>
    </message>
</context>
<context>
    <name>SysfsIo</name>
    <message>
        <source>Cannot list %1</source>
        <translation>Cannot list %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for writing</source>
        <translation>Cannot open %1 for writing</translation>
    </message>
    <message>
        <source>The kernel refused the write to %1</source>
        <translation>The kernel refused the write to %1</translation>
    </message>
    <message>
        <source>Short write to %1</source>
        <translation>Short write to %1</translation>
    </message>
    <message>
        <source>Cannot finish the write to %1</source>
        <translation>Cannot finish the write to %1</translation>
    </message>
</context>
<context>
    <name>SysfsScanner</name>
    <message>
        <source>Cannot read the PCI devices under %1</source>
        <translation>Cannot read the PCI devices under %1</translation>
    </message>
</context>
<context>
    <name>SysfsTreeBuilder</name>
    <message>
        <source>Cannot create the directory %1</source>
        <translation>Cannot create the directory %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot create the link %1</source>
        <translation>Cannot create the link %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Cannot remove %1</translation>
    </message>
    <message>
        <source>Invalid driver name "%1"</source>
        <translation>Invalid driver name "%1"</translation>
    </message>
    <message>
        <source>No function %1 in the tree</source>
        <translation>No function %1 in the tree</translation>
    </message>
    <message>
        <source>Invalid PCI address</source>
        <translation>Invalid PCI address</translation>
    </message>
    <message>
        <source>Invalid mediated device %1 of type %2</source>
        <translation>Invalid mediated device %1 of type %2</translation>
    </message>
    <message>
        <source>Invalid mediated device %1</source>
        <translation>Invalid mediated device %1</translation>
    </message>
    <message>
        <source>No mediated device %1 in the tree</source>
        <translation>No mediated device %1 in the tree</translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>The GPU telemetry from the host agent is malformed</source>
        <translation>The GPU telemetry from the host agent is malformed</translation>
    </message>
</context>
<context>
    <name>TelemetryView</name>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>vGPU utilization (%)</source>
        <translation>vGPU utilization (%)</translation>
    </message>
    <message>
        <source>vGPU framebuffer used (GiB)</source>
        <translation>vGPU framebuffer used (GiB)</translation>
    </message>
    <message>
        <source>vGPU encoder (%)</source>
        <translation>vGPU encoder (%)</translation>
    </message>
    <message>
        <source>Utilization (%)</source>
        <translation>Utilization (%)</translation>
    </message>
    <message>
        <source>Framebuffer used (GiB)</source>
        <translation>Framebuffer used (GiB)</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperature (°C)</translation>
    </message>
    <message>
        <source>Power (W)</source>
        <translation>Power (W)</translation>
    </message>
    <message>
        <source>Encoder (%)</source>
        <translation>Encoder (%)</translation>
    </message>
    <message>
        <source>Load of every GPU of the host</source>
        <translation>Load of every GPU of the host</translation>
    </message>
    <message>
        <source>Minimum to maximum</source>
        <translation>Minimum to maximum</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetry</translation>
    </message>
    <message>
        <source>No GPUs on this host.</source>
        <translation>No GPUs on this host.</translation>
    </message>
    <message>
        <source>Select a host or a GPU to see its telemetry.</source>
        <translation>Select a host or a GPU to see its telemetry.</translation>
    </message>
    <message>
        <source>%1 · %2 on %3</source>
        <comment>@title product · PCI address on host</comment>
        <translation>%1 · %2 on %3</translation>
    </message>
    <message>
        <source>No telemetry: %1 has no host agent. Add the agent to the connection to see utilization, framebuffer, temperature and power.</source>
        <translation>No telemetry: %1 has no host agent. Add the agent to the connection to see utilization, framebuffer, temperature and power.</translation>
    </message>
    <message>
        <source>No telemetry for this GPU yet. The host agent reports NVIDIA GPUs that the host driver sees (not those bound to vfio-pci).</source>
        <translation>No telemetry for this GPU yet. The host agent reports NVIDIA GPUs that the host driver sees (not those bound to vfio-pci).</translation>
    </message>
    <message>
        <source>vGPU %1</source>
        <comment>@item mdev uuid prefix</comment>
        <translation>vGPU %1</translation>
    </message>
    <message>
        <source>No vGPUs on this GPU</source>
        <translation>No vGPUs on this GPU</translation>
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
    <name>TimeSlicePanel</name>
    <message>
        <source>One GPU holds at most 32 vGPUs.</source>
        <translation>One GPU holds at most 32 vGPUs.</translation>
    </message>
    <message>
        <source>vGPUs on one GPU</source>
        <translation>vGPUs on one GPU</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>RmPVMRL registry value</source>
        <translation>RmPVMRL registry value</translation>
    </message>
    <message>
        <source>From &amp;GPU:</source>
        <translation>From &amp;GPU:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <comment>@action:button take the GPU's vGPUs</comment>
        <translation>&amp;Load</translation>
    </message>
    <message>
        <source>Replace the list with the vGPUs of this GPU of the snapshot</source>
        <translation>Replace the list with the vGPUs of this GPU of the snapshot</translation>
    </message>
    <message>
        <source>By t&amp;ype:</source>
        <translation>By t&amp;ype:</translation>
    </message>
    <message>
        <source>vGPU type</source>
        <translation>vGPU type</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>@action:button vGPUs of a type</comment>
        <translation>Add</translation>
    </message>
    <message>
        <source>&amp;Add vGPU</source>
        <translation>&amp;Add vGPU</translation>
    </message>
    <message>
        <source>&amp;Remove vGPU</source>
        <translation>&amp;Remove vGPU</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>&amp;Time slice:</source>
        <translation>&amp;Time slice:</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequency:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Default for the type</source>
        <comment>@item time slice</comment>
        <translation>Default for the type</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>From the time slice</source>
        <comment>@item frequency</comment>
        <translation>From the time slice</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Frame-rate &amp;limiter (best effort only)</source>
        <translation>Frame-rate &amp;limiter (best effort only)</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulate</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 (%n vGPU(s))</source>
        <comment>@item host · address · board</comment>
        <translation>
            <numerusform>%1 · %2 · %3 (%n vGPU)</numerusform>
            <numerusform>%1 · %2 · %3 (%n vGPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>This GPU holds no time-sliced vGPU yet; add vGPUs by type.</source>
        <translation>This GPU holds no time-sliced vGPU yet; add vGPUs by type.</translation>
    </message>
    <message>
        <source>"%1" is not a time-sliced vGPU type such as A16-2Q.</source>
        <translation>"%1" is not a time-sliced vGPU type such as A16-2Q.</translation>
    </message>
    <message>
        <source>Add a vGPU to simulate first.</source>
        <translation>Add a vGPU to simulate first.</translation>
    </message>
</context>
<context>
    <name>TimeSliceResultView</name>
    <message>
        <source>Share of the GPU over time</source>
        <translation>Share of the GPU over time</translation>
    </message>
    <message>
        <source>vGPU</source>
        <comment>@title:column</comment>
        <translation>vGPU</translation>
    </message>
    <message>
        <source>Average share</source>
        <comment>@title:column</comment>
        <translation>Average share</translation>
    </message>
    <message>
        <source>Average demand</source>
        <comment>@title:column</comment>
        <translation>Average demand</translation>
    </message>
    <message>
        <source>Worst wait</source>
        <comment>@title:column</comment>
        <translation>Worst wait</translation>
    </message>
    <message>
        <source>Simulate to see each vGPU's share of the GPU over time</source>
        <translation>Simulate to see each vGPU's share of the GPU over time</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Share of the GPU (%)</source>
        <translation>Share of the GPU (%)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1, time slice %2 ms, frame-rate limiter %3</source>
        <translation>%1, time slice %2 ms, frame-rate limiter %3</translation>
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
    <message>
        <source>Time-slicing results per vGPU</source>
        <translation>Time-slicing results per vGPU</translation>
    </message>
</context>
<context>
    <name>TlsServer</name>
    <message>
        <source>The TLS handshake did not complete in time</source>
        <translation>The TLS handshake did not complete in time</translation>
    </message>
    <message>
        <source>The client closed the connection</source>
        <translation>The client closed the connection</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>The TLS handshake failed</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2</source>
        <translation>Cannot listen on %1 port %2</translation>
    </message>
    <message>
        <source>The agent's key or certificate cannot be used for TLS</source>
        <translation>The agent's key or certificate cannot be used for TLS</translation>
    </message>
    <message>
        <source>%1 is not a numeric IPv4 or IPv6 address</source>
        <translation>%1 is not a numeric IPv4 or IPv6 address</translation>
    </message>
</context>
<context>
    <name>TokenWriter</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>This agent accepts no licence tokens (start it with --token-dir)</source>
        <translation>This agent accepts no licence tokens (start it with --token-dir)</translation>
    </message>
    <message>
        <source>The token directory must be an absolute path</source>
        <translation>The token directory must be an absolute path</translation>
    </message>
    <message>
        <source>The token directory may not contain ".."</source>
        <translation>The token directory may not contain ".."</translation>
    </message>
    <message>
        <source>The token file name must be a plain name ending in .tok</source>
        <translation>The token file name must be a plain name ending in .tok</translation>
    </message>
    <message>
        <source>%1 is not a directory this agent allows for tokens</source>
        <translation>%1 is not a directory this agent allows for tokens</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; the agent does not write through links</source>
        <translation>%1 is a symbolic link; the agent does not write through links</translation>
    </message>
    <message>
        <source>%1 exists and is not a file</source>
        <translation>%1 exists and is not a file</translation>
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
    <name>VmPickerDialog</name>
    <message>
        <source>Assign to VMs</source>
        <translation>Assign to VMs</translation>
    </message>
    <message>
        <source>Assign %1 to:</source>
        <translation>Assign %1 to:</translation>
    </message>
    <message>
        <source>Virtual machines of this host</source>
        <translation>Virtual machines of this host</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>Tick the VMs to assign to.</source>
        <translation>Tick the VMs to assign to.</translation>
    </message>
    <message>
        <source>Can be assigned.</source>
        <translation>Can be assigned.</translation>
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
    <name>gpuvirt_agent</name>
    <message>
        <source>GPU Virtualization Console host agent: GPU facts, readiness checks, telemetry and privileged GPU actions over mutual TLS.</source>
        <translation>GPU Virtualization Console host agent: GPU facts, readiness checks, telemetry and privileged GPU actions over mutual TLS.</translation>
    </message>
    <message>
        <source>Address and port to listen on (default 0.0.0.0:%1).</source>
        <translation>Address and port to listen on (default 0.0.0.0:%1).</translation>
    </message>
    <message>
        <source>address:port</source>
        <translation>address:port</translation>
    </message>
    <message>
        <source>Directory of the key, certificate, admitted clients and action log.</source>
        <translation>Directory of the key, certificate, admitted clients and action log.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Root of the sysfs and procfs trees to read and write (default /).</source>
        <translation>Root of the sysfs and procfs trees to read and write (default /).</translation>
    </message>
    <message>
        <source>NVML library to load, or "none" (default libnvidia-ml.so.1).</source>
        <translation>NVML library to load, or "none" (default libnvidia-ml.so.1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Act on a generated tree as the kernel would (tests and demonstrations only).</source>
        <translation>Act on a generated tree as the kernel would (tests and demonstrations only).</translation>
    </message>
    <message>
        <source>Admit the console with this certificate fingerprint, then exit.</source>
        <translation>Admit the console with this certificate fingerprint, then exit.</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>Role of an enrolled console: viewer (reads) or operator (also acts).</source>
        <translation>Role of an enrolled console: viewer (reads) or operator (also acts).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>A note kept with an enrolled console.</source>
        <translation>A note kept with an enrolled console.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Remove an admitted console, then exit.</source>
        <translation>Remove an admitted console, then exit.</translation>
    </message>
    <message>
        <source>Print the admitted consoles, then exit.</source>
        <translation>Print the admitted consoles, then exit.</translation>
    </message>
    <message>
        <source>Print this agent's certificate fingerprint (making the identity if needed), then exit.</source>
        <translation>Print this agent's certificate fingerprint (making the identity if needed), then exit.</translation>
    </message>
    <message>
        <source>cannot create the state directory %1</source>
        <translation>cannot create the state directory %1</translation>
    </message>
    <message>
        <source>unknown role "%1": use viewer or operator</source>
        <translation>unknown role "%1": use viewer or operator</translation>
    </message>
    <message>
        <source>enrolled %1 as %2</source>
        <translation>enrolled %1 as %2</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>cannot read --listen %1: use address:port</source>
        <translation>cannot read --listen %1: use address:port</translation>
    </message>
    <message>
        <source>client connected: %1</source>
        <translation>client connected: %1</translation>
    </message>
    <message>
        <source>refused %1 %2: %3</source>
        <translation>refused %1 %2: %3</translation>
    </message>
    <message>
        <source>client left: %1</source>
        <translation>client left: %1</translation>
    </message>
    <message>
        <source>client dropped: %1: %2</source>
        <translation>client dropped: %1: %2</translation>
    </message>
    <message>
        <source>Serve simulated NVML figures for the GPUs of the tree instead of loading NVML (demonstrations and benchmarks only).</source>
        <translation>Serve simulated NVML figures for the GPUs of the tree instead of loading NVML (demonstrations and benchmarks only).</translation>
    </message>
    <message>
        <source>Directory where operators may push licence client configuration tokens for the guests (repeatable; default %1).</source>
        <translation>Directory where operators may push licence client configuration tokens for the guests (repeatable; default %1).</translation>
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
        <source>unknown format "%1": use json or table</source>
        <translation>unknown format "%1": use json or table</translation>
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
        <source>unknown command "%1"; see gpuvirtctl --help</source>
        <translation>unknown command "%1"; see gpuvirtctl --help</translation>
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
        <source>breadth-first, depth-first, best-fit or fragmentation-aware (default).</source>
        <translation>breadth-first, depth-first, best-fit or fragmentation-aware (default).</translation>
    </message>
    <message>
        <source>Repeat the requests until their GPU demand equals the cluster's capacity.</source>
        <translation>Repeat the requests until their GPU demand equals the cluster's capacity.</translation>
    </message>
    <message>
        <source>unknown policy "%1": use breadth-first, depth-first, best-fit or fragmentation-aware</source>
        <translation>unknown policy "%1": use breadth-first, depth-first, best-fit or fragmentation-aware</translation>
    </message>
    <message>
        <source>GPU %1</source>
        <translation>GPU %1</translation>
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
        <source>Time slice in ms, 1-30 (default: by the type's maximum).</source>
        <translation>Time slice in ms, 1-30 (default: by the type's maximum).</translation>
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
        <source>cannot read the vGPU "%1": write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</source>
        <translation>cannot read the vGPU "%1": write NAME:MAX:idle, NAME:MAX:steady=50 or NAME:MAX:burst=100/20/80</translation>
    </message>
    <message>
        <source>timeslice needs at least one --vgpu</source>
        <translation>timeslice needs at least one --vgpu</translation>
    </message>
    <message>
        <source>unknown policy "%1": use best-effort, equal-share or fixed-share</source>
        <translation>unknown policy "%1": use best-effort, equal-share or fixed-share</translation>
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
    <message>
        <source>give exactly one %1; see --help</source>
        <translation>give exactly one %1; see --help</translation>
    </message>
    <message>
        <source>Connect to a host agent and show its identity, whether it is trusted, and a summary of its facts.</source>
        <translation>Connect to a host agent and show its identity, whether it is trusted, and a summary of its facts.</translation>
    </message>
    <message>
        <source>The agent: HOST[:PORT] (default port 7447).</source>
        <translation>The agent: HOST[:PORT] (default port 7447).</translation>
    </message>
    <message>
        <source>agent address</source>
        <translation>agent address</translation>
    </message>
    <message>
        <source>Call one method of a host agent and print its JSON result, or the JSON-RPC error with its code.</source>
        <translation>Call one method of a host agent and print its JSON result, or the JSON-RPC error with its code.</translation>
    </message>
    <message>
        <source>The method, e.g. mdev.create (docs/agent-protocol.md).</source>
        <translation>The method, e.g. mdev.create (docs/agent-protocol.md).</translation>
    </message>
    <message>
        <source>Its parameters as a JSON object or array.</source>
        <translation>Its parameters as a JSON object or array.</translation>
    </message>
    <message>
        <source>agent call takes HOST[:PORT] METHOD [JSON-PARAMS]; see --help</source>
        <translation>agent call takes HOST[:PORT] METHOD [JSON-PARAMS]; see --help</translation>
    </message>
    <message>
        <source>the parameters are not a JSON object or array: %1</source>
        <translation>the parameters are not a JSON object or array: %1</translation>
    </message>
    <message>
        <source>Print this console's certificate fingerprint, which the administrator of a host enrols with gpuvirt-agent --enroll (the identity is made when missing).</source>
        <translation>Print this console's certificate fingerprint, which the administrator of a host enrols with gpuvirt-agent --enroll (the identity is made when missing).</translation>
    </message>
    <message>
        <source>text (the fingerprint alone, default) or json.</source>
        <translation>text (the fingerprint alone, default) or json.</translation>
    </message>
    <message>
        <source>unknown format "%1": use text or json</source>
        <translation>unknown format "%1": use text or json</translation>
    </message>
    <message>
        <source>to admit this console, run on the host:
  %1
(or --role operator to allow actions)</source>
        <translation>to admit this console, run on the host:
  %1
(or --role operator to allow actions)</translation>
    </message>
    <message>
        <source>Forget the pinned fingerprint of an agent (after it was reinstalled on purpose); the next contact is a first contact again.</source>
        <translation>Forget the pinned fingerprint of an agent (after it was reinstalled on purpose); the next contact is a first contact again.</translation>
    </message>
    <message>
        <source>cannot read the agent address "%1": use HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>cannot read the agent address "%1": use HOST, HOST:PORT or [IPv6]:PORT</translation>
    </message>
    <message>
        <source>no fingerprint is pinned for %1</source>
        <translation>no fingerprint is pinned for %1</translation>
    </message>
    <message>
        <source>forgot %1 (was %2)</source>
        <translation>forgot %1 (was %2)</translation>
    </message>
    <message>
        <source>Usage: gpuvirtctl agent SUBCOMMAND [options]

Subcommands:
  probe HOST[:PORT]                 the agent's identity, trust and facts summary
  call HOST[:PORT] METHOD [PARAMS]  call one method, print its JSON result
  identity                          this console's fingerprint, to enrol it
  forget HOST[:PORT]                forget a pinned agent fingerprint

gpuvirtctl agent SUBCOMMAND --help describes its options.</source>
        <translation>Usage: gpuvirtctl agent SUBCOMMAND [options]

Subcommands:
  probe HOST[:PORT]                 the agent's identity, trust and facts summary
  call HOST[:PORT] METHOD [PARAMS]  call one method, print its JSON result
  identity                          this console's fingerprint, to enrol it
  forget HOST[:PORT]                forget a pinned agent fingerprint

gpuvirtctl agent SUBCOMMAND --help describes its options.</translation>
    </message>
    <message>
        <source>unknown agent subcommand "%1"; see gpuvirtctl agent --help</source>
        <translation>unknown agent subcommand "%1"; see gpuvirtctl agent --help</translation>
    </message>
    <message>
        <source>Directory of the console's client key and certificate (default %1; made when missing).</source>
        <translation>Directory of the console's client key and certificate (default %1; made when missing).</translation>
    </message>
    <message>
        <source>File of the pinned agent fingerprints (default %1).</source>
        <translation>File of the pinned agent fingerprints (default %1).</translation>
    </message>
    <message>
        <source>On first contact, pin the agent when its certificate has this SHA-256 fingerprint (compare with gpuvirt-agent --fingerprint on the host).</source>
        <translation>On first contact, pin the agent when its certificate has this SHA-256 fingerprint (compare with gpuvirt-agent --fingerprint on the host).</translation>
    </message>
    <message>
        <source>Seconds to wait for the agent and each answer (default 10).</source>
        <translation>Seconds to wait for the agent and each answer (default 10).</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds</source>
        <translation>--timeout takes a whole number of seconds</translation>
    </message>
    <message>
        <source>--accept %1 is not a SHA-256 fingerprint</source>
        <translation>--accept %1 is not a SHA-256 fingerprint</translation>
    </message>
    <message>
        <source>first contact with the agent %1: its certificate fingerprint is
  %2
Compare it with the output of "gpuvirt-agent --fingerprint" on the host; if they are the same, run again with
  --accept %2
Nothing was pinned.</source>
        <translation>first contact with the agent %1: its certificate fingerprint is
  %2
Compare it with the output of "gpuvirt-agent --fingerprint" on the host; if they are the same, run again with
  --accept %2
Nothing was pinned.</translation>
    </message>
    <message>
        <source>the agent %1 shows the fingerprint
  %2
not the one given with --accept
  %3
Nothing was pinned; do not trust this agent until the difference is explained.</source>
        <translation>the agent %1 shows the fingerprint
  %2
not the one given with --accept
  %3
Nothing was pinned; do not trust this agent until the difference is explained.</translation>
    </message>
    <message>
        <source>if the agent was reinstalled on purpose, check its new fingerprint on the host (gpuvirt-agent --fingerprint), then run
  gpuvirtctl agent forget %1
and connect again with --accept</source>
        <translation>if the agent was reinstalled on purpose, check its new fingerprint on the host (gpuvirt-agent --fingerprint), then run
  gpuvirtctl agent forget %1
and connect again with --accept</translation>
    </message>
    <message>
        <source>this console is not enrolled on the agent. On the host, run
  gpuvirt-agent --enroll %1 --role viewer
(or --role operator to allow actions)</source>
        <translation>this console is not enrolled on the agent. On the host, run
  gpuvirt-agent --enroll %1 --role viewer
(or --role operator to allow actions)</translation>
    </message>
    <message numerus="yes">
        <source>the agent %1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>the agent %1 did not answer within %n second</numerusform>
            <numerusform>the agent %1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot connect to the agent %1</source>
        <translation>cannot connect to the agent %1</translation>
    </message>
    <message>
        <source>the demo cluster did not load before the timeout</source>
        <translation>the demo cluster did not load before the timeout</translation>
    </message>
    <message>
        <source>plan needs one cluster (--nodes FILE, --inventory FILE or --demo) and --requests FILE</source>
        <translation>plan needs one cluster (--nodes FILE, --inventory FILE or --demo) and --requests FILE</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>slot %1</translation>
    </message>
    <message>
        <source>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs; lower bound %8 GPUs</source>
        <translation>%1: placed %2 of %3; %4 % of the GPU demand; %5 GPUs touched, %6 left free; fragmentation %7 GPUs; lower bound %8 GPUs</translation>
    </message>
    <message>
        <source>Cluster as an inventory dump (gpuvirtctl inventory --format json).</source>
        <translation>Cluster as an inventory dump (gpuvirtctl inventory --format json).</translation>
    </message>
    <message>
        <source>Cluster: the built-in demo cluster.</source>
        <translation>Cluster: the built-in demo cluster.</translation>
    </message>
    <message>
        <source>Requests as JSON or CSV (docs/plan-json.md), or a pod list CSV (the Alibaba openb format).</source>
        <translation>Requests as JSON or CSV (docs/plan-json.md), or a pod list CSV (the Alibaba openb format).</translation>
    </message>
    <message>
        <source>Plan GPUs without vGPUs in mixed-size vGPU mode (vGPU 17 and later).</source>
        <translation>Plan GPUs without vGPUs in mixed-size vGPU mode (vGPU 17 and later).</translation>
    </message>
    <message>
        <source>Check whether a host is ready for GPU passthrough and vGPU: from its agent, from a sysfs root, or on this machine. Exit status 0: no errors; 1: errors found; 2: usage or connection problems.</source>
        <translation>Check whether a host is ready for GPU passthrough and vGPU: from its agent, from a sysfs root, or on this machine. Exit status 0: no errors; 1: errors found; 2: usage or connection problems.</translation>
    </message>
    <message>
        <source>Check the sysfs and procfs tree under this directory instead.</source>
        <translation>Check the sysfs and procfs tree under this directory instead.</translation>
    </message>
    <message>
        <source>Check this machine (its /sys and /proc).</source>
        <translation>Check this machine (its /sys and /proc).</translation>
    </message>
    <message>
        <source>give one of HOST[:PORT], --root DIR or --local; see --help</source>
        <translation>give one of HOST[:PORT], --root DIR or --local; see --help</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>this machine</translation>
    </message>
    <message>
        <source>the tree %1</source>
        <translation>the tree %1</translation>
    </message>
    <message>
        <source>the agent %1</source>
        <translation>the agent %1</translation>
    </message>
    <message>
        <source>%1 × %2 until %3</source>
        <translation>%1 × %2 until %3</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Licence servers: list the registry, probe one server, or show demand against entitlement per edition.</source>
        <translation>Licence servers: list the registry, probe one server, or show demand against entitlement per edition.</translation>
    </message>
    <message>
        <source>list, probe NAME or demand</source>
        <translation>list, probe NAME or demand</translation>
    </message>
    <message>
        <source>Read licence servers and connections from this workspace file.</source>
        <translation>Read licence servers and connections from this workspace file.</translation>
    </message>
    <message>
        <source>Use the built-in demo cluster and its demo licence servers.</source>
        <translation>Use the built-in demo cluster and its demo licence servers.</translation>
    </message>
    <message>
        <source>Milliseconds a probe may take (default 8000).</source>
        <translation>Milliseconds a probe may take (default 8000).</translation>
    </message>
    <message>
        <source>demand: do not probe the servers first.</source>
        <translation>demand: do not probe the servers first.</translation>
    </message>
    <message>
        <source>license: give list, probe NAME or demand</source>
        <translation>license: give list, probe NAME or demand</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>SERVES</source>
        <translation>SERVES</translation>
    </message>
    <message>
        <source>ENTITLEMENTS</source>
        <translation>ENTITLEMENTS</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <source>license probe: give the name of a server (see license list)</source>
        <translation>license probe: give the name of a server (see license list)</translation>
    </message>
    <message>
        <source>no licence server named "%1"</source>
        <translation>no licence server named "%1"</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>valid (%1)</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Host name</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>does not match</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>EDITION</translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation>ASSIGNED</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>RUNNING</translation>
    </message>
    <message>
        <source>LICENSED</source>
        <translation>LICENSED</translation>
    </message>
    <message>
        <source>ENTITLED</source>
        <translation>ENTITLED</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnings:</translation>
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
        <translation>Usage: gpuvirtctl [--lang zh_CN|en] COMMAND [options]

Commands:
  inventory   print the cluster's GPUs, IOMMU groups and VMs (json or table)
  plan        preview the placement of requests on a cluster (json or table)
  timeslice   simulate how one GPU time-slices its vGPUs (json or table)
  agent       probe a host agent, call its methods, show this console's identity
  readiness   check a host for passthrough and vGPU (agent, sysfs root or local)
  report      write the cluster report as PDF or CSV tables (no display needed)
  license     licence servers: list, probe NAME, demand against entitlement

gpuvirtctl COMMAND --help describes a command's options.</translation>
    </message>
    <message>
        <source>Write the cluster report: inventory, readiness and licences, as a PDF with the GPU boards or as CSV tables.</source>
        <translation>Write the cluster report: inventory, readiness and licences, as a PDF with the GPU boards or as CSV tables.</translation>
    </message>
    <message>
        <source>pdf or csv (default pdf).</source>
        <translation>pdf or csv (default pdf).</translation>
    </message>
    <message>
        <source>The PDF file; for csv a folder (one file per table) or, with one --table, a file.</source>
        <translation>The PDF file; for csv a folder (one file per table) or, with one --table, a file.</translation>
    </message>
    <message>
        <source>csv: only this table (repeatable): hosts, gpus, vgpus, vms, readiness, licences.</source>
        <translation>csv: only this table (repeatable): hosts, gpus, vgpus, vms, readiness, licences.</translation>
    </message>
    <message>
        <source>csv: start each file with a UTF-8 byte order mark (Excel).</source>
        <translation>csv: start each file with a UTF-8 byte order mark (Excel).</translation>
    </message>
    <message>
        <source>unknown format "%1"; use pdf or csv</source>
        <translation>unknown format "%1"; use pdf or csv</translation>
    </message>
    <message>
        <source>give --output PATH; see --help</source>
        <translation>give --output PATH; see --help</translation>
    </message>
    <message>
        <source>unknown table "%1"; the tables are: %2</source>
        <translation>unknown table "%1"; the tables are: %2</translation>
    </message>
    <message>
        <source>a .csv file holds one table: give one --table, or a folder as --output</source>
        <translation>a .csv file holds one table: give one --table, or a folder as --output</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
</TS>
