#!/usr/bin/env python3
"""Generates the built-in demo cluster: one libvirt test-driver XML file per host.

Run from anywhere:  python3 resources/demo/gen_demo.py
The output is deterministic (UUIDs come from a seeded generator), so re-running it
only changes the files when this script changes.  Edit this script, not the XML.

Each file loads with  virsh -c test:///ABSOLUTE/PATH/<host>.xml  (libvirt test driver).
Besides the libvirt schema the files carry two facts that the test driver ignores and
that the demo loader reads from the original file (the host agent's facts):
  * <driver><name>…</name></driver> on every PCI function that has a driver bound;
  * <boot_vga>1</boot_vga> directly under <device> of the host's boot VGA function.
"""

import os
import random
import uuid
from xml.sax.saxutils import escape

OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# PCI names exactly as /usr/share/misc/pci.ids (2023.04.10) spells them.  None means the
# database does not know the device: libvirt then writes an empty <product id='…'/>.
# 10de:26b9 (L40S) is newer than that database; its name is taken from later pci.ids.
VENDORS = {
    0x10de: 'NVIDIA Corporation',
    0x1002: 'Advanced Micro Devices, Inc. [AMD/ATI]',
    0x1022: 'Advanced Micro Devices, Inc. [AMD]',
    0x8086: 'Intel Corporation',
    0x1000: 'Broadcom / LSI',
    0x10b5: 'PLX Technology, Inc.',
    0x1a03: 'ASPEED Technology, Inc.',
    0x102b: 'Matrox Electronics Systems Ltd.',
    0x15b3: 'Mellanox Technologies',
    0x144d: 'Samsung Electronics Co Ltd',
    0x14e4: 'Broadcom Inc. and subsidiaries',
}
PRODUCTS = {
    (0x10de, 0x25b6): 'GA107GL [A2 / A16]',
    (0x10de, 0x26b9): 'AD102GL [L40S]',
    (0x10de, 0x20b5): 'GA100 [A100 PCIe 80GB]',
    (0x10de, 0x2331): 'GH100 [H100 PCIe]',
    (0x10de, 0x1eb8): 'TU104GL [Tesla T4]',
    (0x10de, 0x24b0): 'GA104GL [RTX A4000]',
    (0x10de, 0x228b): 'GA104 High Definition Audio Controller',
    (0x1002, 0x6860): 'Vega 10 [Instinct MI25/MI25x2/V340/V320]',
    (0x1002, 0x686c): 'Vega 10 [Instinct MI25 MxGPU/MI25x2 MxGPU/V340 MxGPU/V340L MxGPU]',
    (0x1022, 0x1470): 'Vega 10 PCIe Bridge',
    (0x1022, 0x1471): 'Vega 10 PCIe Bridge',
    (0x8086, 0x56c0): 'Data Center GPU Flex 170',
    (0x8086, 0x4fa1): None,
    (0x8086, 0x4fa4): None,
    (0x8086, 0x347a): None,
    (0x1000, 0xc010): 'PEX880xx PCIe Gen 4 Switch',
    (0x10b5, 0x8747): 'PEX 8747 48-Lane, 5-Port PCI Express Gen 3 (8.0 GT/s) Switch',
    (0x1a03, 0x1150): 'AST1150 PCI-to-PCI Bridge',
    (0x1a03, 0x2000): 'ASPEED Graphics Family',
    (0x102b, 0x0536): 'Integrated Matrox G200eW3 Graphics Controller',
    (0x102b, 0x0538): 'MGA G200eH3',
    (0x102b, 0x0534): 'G200eR2',
    (0x15b3, 0x101d): 'MT2892 Family [ConnectX-6 Dx]',
    (0x15b3, 0x101b): 'MT28908 Family [ConnectX-6]',
    (0x144d, 0xa824): 'NVMe SSD Controller PM173X',
    (0x144d, 0xa808): 'NVMe SSD Controller SM981/PM981/PM983',
    (0x144d, 0xa80a): 'NVMe SSD Controller PM9A1/PM9A3/980PRO',
    (0x14e4, 0x165f): 'NetXtreme BCM5720 Gigabit Ethernet PCIe',
    (0x14e4, 0x16d7): 'BCM57414 NetXtreme-E 10Gb/25Gb RDMA Ethernet Controller',
    (0x8086, 0x0b60): 'NVMe DC SSD [3DNAND, Sentinel Rock Controller]',
    (0x8086, 0x1592): 'Ethernet Controller E810-C for QSFP',
    (0x8086, 0x159b): 'Ethernet Controller E810-XXV for SFP',
    (0x8086, 0x1563): 'Ethernet Controller X550',
    (0x8086, 0x1533): 'I210 Gigabit Network Connection',
    (0x8086, 0x15f3): 'Ethernet Controller I225-V',
    (0x1022, 0x1483): 'Starship/Matisse GPP Bridge',
    (0x1022, 0x1484): 'Starship/Matisse Internal PCIe GPP Bridge 0 to bus[E:B]',
    (0x1022, 0x1486): 'Starship/Matisse Cryptographic Coprocessor PSPCPP',
    (0x1022, 0x148c): 'Starship USB 3.0 Host Controller',
    (0x8086, 0x2030): 'Sky Lake-E PCI Express Root Port A',
    (0x8086, 0xa190): 'C620 Series Chipset Family PCI Express Root Port #1',
    (0x8086, 0xa195): 'C620 Series Chipset Family PCI Express Root Port #6',
    (0x8086, 0xa1af): 'C620 Series Chipset Family USB 3.0 xHCI Controller',
    (0x8086, 0x460d): '12th Gen Core Processor PCI Express x16 Controller #1',
    (0x8086, 0x464d): '12th Gen Core Processor PCI Express x4 Controller #0',
    (0x8086, 0x7ae0): 'Alder Lake-S PCH USB 3.2 Gen 2x2 XHCI Controller',
    (0x8086, 0x7aa7): 'Alder Lake-S PCH Shared SRAM',
    (0x8086, 0x7ab8): 'Alder Lake-S PCH PCI Express Root Port #1',
    (0x8086, 0x7ad0): 'Alder Lake-S HD Audio Controller',
    (0x8086, 0x7aa3): 'Alder Lake-S PCH SMBus Controller',
    (0x8086, 0x7aa4): 'Alder Lake-S PCH SPI Controller',
}

# PCI class codes
BRIDGE = 0x060400
VGA = 0x030000
GPU3D = 0x030200
DISPLAY = 0x038000
AUDIO = 0x040300
NIC = 0x020000
IB = 0x020700
NVME = 0x010802
USB = 0x0c0330
CRYPTO = 0x108000
SRAM = 0x050000
SMBUS = 0x0c0500
SPI = 0x0c8000

# Link tuples: (cap speed GT/s, cap width, sta speed, sta width)
G3x16 = ('8', 16, '8', 16)
G4x16 = ('16', 16, '16', 16)
G4x8 = ('16', 8, '16', 8)
G4x4 = ('16', 4, '16', 4)

KIB_PER_GIB = 1024 * 1024


def parse_addr(a):
    dom, bus, sf = a.split(':')
    slot, fn = sf.split('.')
    return int(dom, 16), int(bus, 16), int(slot, 16), int(fn, 16)


def fmt_addr(t):
    return '%04x:%02x:%02x.%x' % t


def nodedev_name(addr):
    d, b, s, f = parse_addr(addr)
    return 'pci_%04x_%02x_%02x_%x' % (d, b, s, f)


def addr_elem(addr):
    d, b, s, f = parse_addr(addr)
    return "<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>" % (d, b, s, f)


def vf_addresses(pf_addr, offset, count):
    """ARI routing IDs of the first `count` VFs (stride 1) of a PF."""
    d, b, s, f = parse_addr(pf_addr)
    base = (s << 3) | f
    out = []
    for i in range(count):
        rid = base + offset + i
        out.append(fmt_addr((d, b, rid >> 3, rid & 7)))
    return out


class VgpuType:
    def __init__(self, tid, name, fb_gb, max_per_gpu, mig=None):
        self.id = tid
        self.name = name
        self.fb = fb_gb
        self.max = max_per_gpu
        self.mig = mig  # (memory slices, legal starts, compute slices) for MIG-backed types


class Gpu:
    """A physical GPU with SR-IOV VFs; NVIDIA ones carry vGPU types on each VF."""

    def __init__(self, pf, vfs, types=None, mig=False):
        self.pf = pf
        self.vfs = vfs
        self.types = types or []
        self.mig = mig
        self.vgpus = []  # (vf, type, uuid, mig start)

    def type(self, short):
        for t in self.types:
            if t.name.endswith('-' + short):
                return t
        raise KeyError(short)

    def used_vfs(self):
        return {v[0] for v in self.vgpus}

    def available(self, vf, t):
        if vf in self.used_vfs():
            return 0
        if self.mig:
            return 1 if self._mig_fits(t) else 0
        if not self.vgpus:
            return 1
        fb = self.vgpus[0][1].fb  # equal-size mode: the first vGPU fixes the size
        if t.fb != fb:
            return 0
        return 1 if len(self.vgpus) < t.max else 0

    def _mig_fits(self, t):
        size, starts, compute = t.mig
        occupied = set()
        used_compute = 0
        for _, ut, _, st in self.vgpus:
            occupied.update(range(st, st + ut.mig[0]))
            used_compute += ut.mig[2]
        if len(self.vgpus) >= 7 or used_compute + compute > 7:
            return False
        return any(not occupied.intersection(range(s, s + size)) for s in starts)


class Host:
    def __init__(self, name, system, cpu, memory_gib, summary):
        self.name = name
        self.system = system  # (vendor, product, serial, bios vendor, bios version, bios date)
        self.cpu = cpu  # (mhz, model, sockets, cores, threads)
        self.memory_kib = memory_gib * KIB_PER_GIB
        self.summary = summary
        self.rng = random.Random('gpuvirt-demo/' + name)
        self.devs = []
        self.by_addr = {}
        self.groups = {}
        self.next_group = 0
        self.gpus = []
        self.mdevs = []
        self.domains = []

    def uuid(self):
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def new_group(self):
        g = self.next_group
        self.next_group += 1
        self.groups[g] = []
        return g

    # ---------------------------------------------------------------------------------
    def pci(self, addr, parent, vid, did, cls, driver, numa=None, link=None, group=None,
            boot_vga=False, port=0):
        d, b, s, f = parse_addr(addr)
        if parent is None:
            path = '/sys/devices/pci%04x:%02x/%s' % (d, b, addr)
            parent_name = 'computer'
        else:
            path = self.by_addr[parent]['path'] + '/' + addr
            parent_name = nodedev_name(parent)
        if group is None:
            group = self.new_group()
        self.groups[group].append(addr)
        dev = dict(kind='pci', addr=addr, path=path, parent=parent_name, vid=vid, did=did,
                   cls=cls, driver=driver, numa=numa, link=link, group=group,
                   boot_vga=boot_vga, port=port, vfs=None, pf=None, gpu=None)
        self.devs.append(dev)
        self.by_addr[addr] = dev
        return group

    def sriov_pf(self, addr, parent, vid, did, cls, driver, numa, link, max_vfs, num_vfs,
                 vf_offset, vf_did=None, vf_driver=None, types=None, mig=False):
        self.pci(addr, parent, vid, did, cls, driver, numa, link)
        vfs = vf_addresses(addr, vf_offset, num_vfs)
        self.by_addr[addr]['vfs'] = (max_vfs, vfs)
        gpu = Gpu(addr, vfs, types, mig)
        for vf in vfs:
            self.pci(vf, parent, vid, vf_did or did, cls, vf_driver or driver, numa, link)
            self.by_addr[vf]['pf'] = addr
            self.by_addr[vf]['gpu'] = gpu
        self.gpus.append(gpu)
        return gpu

    def vgpu(self, gpu, vf_index, short, mig_start=None):
        vf = gpu.vfs[vf_index]
        t = gpu.type(short)
        assert vf not in gpu.used_vfs(), vf
        u = self.uuid()
        gpu.vgpus.append((vf, t, u, mig_start))
        self.mdevs.append((vf, t, u))
        return u

    def domain(self, name, memory_gib, vcpus, state='running', mdevs=(), pci=(), title=None,
               description=None):
        self.domains.append(dict(name=name, uuid=self.uuid(), memory_kib=int(memory_gib * KIB_PER_GIB),
                                 vcpus=vcpus, state=state, mdevs=list(mdevs), pci=list(pci),
                                 title=title, description=description))

    # ---------------------------------------------------------------------------------
    def xml(self):
        o = []
        w = o.append
        w("<?xml version='1.0' encoding='UTF-8'?>")
        w('<!-- GPU virtualization console: built-in demo host %s.' % self.name)
        w('     %s' % self.summary)
        w('     Generated by resources/demo/gen_demo.py; edit the script, not this file.')
        w('     Load with: virsh -c test:///ABSOLUTE/PATH/%s.xml -->' % self.name)
        w("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>")
        mhz, model, sockets, cores, threads = self.cpu
        assert len(model) <= 31, model
        w('  <cpu>')
        w('    <mhz>%d</mhz>' % mhz)
        w('    <model>%s</model>' % escape(model))
        w('    <active>%d</active>' % (sockets * cores * threads))
        w('    <nodes>%d</nodes>' % sockets)
        w('    <sockets>%d</sockets>' % sockets)
        w('    <cores>%d</cores>' % cores)
        w('    <threads>%d</threads>' % threads)
        w('  </cpu>')
        w('  <memory>%d</memory>' % self.memory_kib)
        # the root of the node-device tree
        hv, hp, serial, fv, fver, fdate = self.system
        w('  <device>')
        w('    <name>computer</name>')
        w("    <capability type='system'>")
        w('      <product>%s</product>' % escape(hp))
        w('      <hardware>')
        w('        <vendor>%s</vendor>' % escape(hv))
        w('        <serial>%s</serial>' % escape(serial))
        w('        <uuid>%s</uuid>' % self.uuid())
        w('      </hardware>')
        w('      <firmware>')
        w('        <vendor>%s</vendor>' % escape(fv))
        w('        <version>%s</version>' % escape(fver))
        w('        <release_date>%s</release_date>' % escape(fdate))
        w('      </firmware>')
        w('    </capability>')
        w('  </device>')
        for dev in self.devs:
            self._pci_xml(w, dev)
        # mediated devices get new IOMMU groups after all PCI groups, as vfio does
        mgroup = max(self.next_group, 1 + max(self.groups)) + 20
        for vf, t, u in self.mdevs:
            pdev = self.by_addr[vf]
            w('  <device>')
            w('    <name>mdev_%s_%s</name>' % (u.replace('-', '_'), nodedev_name(vf)[4:]))
            w('    <path>%s/%s</path>' % (pdev['path'], u))
            w('    <parent>%s</parent>' % nodedev_name(vf))
            w('    <driver><name>nvidia-vgpu-vfio</name></driver>')
            w("    <capability type='mdev'>")
            w("      <type id='%s'/>" % t.id)
            w('      <uuid>%s</uuid>' % u)
            w("      <iommuGroup number='%d'/>" % mgroup)
            w('    </capability>')
            w('  </device>')
            mgroup += 1
        states = {'running': None, 'paused': 3, 'shutoff': 5, 'crashed': 6}
        for dom in self.domains:
            w("  <domain type='test'>")
            w('    <name>%s</name>' % dom['name'])
            w('    <uuid>%s</uuid>' % dom['uuid'])
            if dom['title']:
                w('    <title>%s</title>' % escape(dom['title']))
            if dom['description']:
                w('    <description>%s</description>' % escape(dom['description']))
            w("    <memory unit='KiB'>%d</memory>" % dom['memory_kib'])
            w('    <vcpu>%d</vcpu>' % dom['vcpus'])
            w("    <os><type arch='x86_64' machine='q35'>hvm</type></os>")
            if dom['mdevs'] or dom['pci']:
                w('    <devices>')
                for u in dom['mdevs']:
                    w("      <hostdev mode='subsystem' type='mdev' model='vfio-pci'>")
                    w("        <source><address uuid='%s'/></source>" % u)
                    w('      </hostdev>')
                for a in dom['pci']:
                    w("      <hostdev mode='subsystem' type='pci' managed='yes'>")
                    w('        <source>%s</source>' % addr_elem(a))
                    w('      </hostdev>')
                w('    </devices>')
            st = states[dom['state']]
            if st is not None:
                w('    <test:runstate>%d</test:runstate>' % st)
            w('  </domain>')
        w('</node>')
        return '\n'.join(o) + '\n'

    def _pci_xml(self, w, dev):
        d, b, s, f = parse_addr(dev['addr'])
        w('  <device>')
        w('    <name>%s</name>' % nodedev_name(dev['addr']))
        w('    <path>%s</path>' % dev['path'])
        w('    <parent>%s</parent>' % dev['parent'])
        if dev['boot_vga']:
            w('    <boot_vga>1</boot_vga>')
        if dev['driver']:
            w('    <driver><name>%s</name></driver>' % dev['driver'])
        w("    <capability type='pci'>")
        w('      <class>0x%06x</class>' % dev['cls'])
        w('      <domain>%d</domain>' % d)
        w('      <bus>%d</bus>' % b)
        w('      <slot>%d</slot>' % s)
        w('      <function>%d</function>' % f)
        pname = PRODUCTS[(dev['vid'], dev['did'])]
        if pname is None:
            w("      <product id='0x%04x'/>" % dev['did'])
        else:
            w("      <product id='0x%04x'>%s</product>" % (dev['did'], escape(pname)))
        w("      <vendor id='0x%04x'>%s</vendor>" % (dev['vid'], escape(VENDORS[dev['vid']])))
        if dev['pf']:
            w("      <capability type='phys_function'>")
            w('        %s' % addr_elem(dev['pf']))
            w('      </capability>')
        if dev['vfs']:
            max_vfs, vfs = dev['vfs']
            if vfs:
                w("      <capability type='virt_functions' maxCount='%d'>" % max_vfs)
                for vf in vfs:
                    w('        %s' % addr_elem(vf))
                w('      </capability>')
            else:
                w("      <capability type='virt_functions' maxCount='%d'/>" % max_vfs)
        gpu = dev['gpu']
        if gpu is not None and gpu.types:
            w("      <capability type='mdev_types'>")
            for t in sorted(gpu.types, key=lambda t: int(t.id.split('-')[1])):
                w("        <type id='%s'>" % t.id)
                w('          <name>%s</name>' % escape(t.name))
                w('          <deviceAPI>vfio-pci</deviceAPI>')
                w('          <availableInstances>%d</availableInstances>' % gpu.available(dev['addr'], t))
                w('        </type>')
            w('      </capability>')
        w("      <iommuGroup number='%d'>" % dev['group'])
        for a in self.groups[dev['group']]:
            w('        %s' % addr_elem(a))
        w('      </iommuGroup>')
        if dev['numa'] is not None:
            w("      <numa node='%d'/>" % dev['numa'])
        if dev['link']:
            cs, cw, ss, sw = dev['link']
            w('      <pci-express>')
            w("        <link validity='cap' port='%d' speed='%s' width='%d'/>" % (dev['port'], cs, cw))
            w("        <link validity='sta' speed='%s' width='%d'/>" % (ss, sw))
            w('      </pci-express>')
        w('    </capability>')
        w('  </device>')


# --------------------------------------------------------------------------------------
# vGPU type catalogues (ids as the NVIDIA host driver lists them in mdev_supported_types)

def a16_types():
    # NVIDIA A16 (per GPU: 16 GB, 16 VFs).  ids from vgpuConfig.xml (510.x driver).
    t = []
    for tid, short, fb in [(709, '1B', 1), (710, '2B', 2), (711, '1Q', 1), (712, '2Q', 2),
                           (713, '4Q', 4), (714, '8Q', 8), (715, '16Q', 16), (716, '1A', 1),
                           (717, '2A', 2), (718, '4A', 4)]:
        t.append(VgpuType('nvidia-%d' % tid, 'NVIDIA A16-' + short, fb, 16 // fb))
    return t


def l40s_types():
    # NVIDIA L40S (48 GB, 32 VFs).  ids as listed by the 535/550 host drivers.
    t = [VgpuType('nvidia-1145', 'NVIDIA L40S-1B', 1, 32),
         VgpuType('nvidia-1146', 'NVIDIA L40S-2B', 2, 24)]
    sizes = [1, 2, 3, 4, 6, 8, 12, 16, 24, 48]
    for i, fb in enumerate(sizes):
        t.append(VgpuType('nvidia-%d' % (1147 + i), 'NVIDIA L40S-%dQ' % fb, fb, min(32, 48 // fb)))
    for i, fb in enumerate(sizes):
        t.append(VgpuType('nvidia-%d' % (1157 + i), 'NVIDIA L40S-%dA' % fb, fb, min(32, 48 // fb)))
    return t


def a100_mig_types():
    # MIG-backed C-series types on A100 PCIe 80GB (the driver names them A100D-…; the
    # console's catalogue uses these names).  (memory slices, legal starts, compute slices)
    return [
        VgpuType('nvidia-699', 'NVIDIA A100-1-10C', 10, 7, (1, range(0, 7), 1)),
        VgpuType('nvidia-700', 'NVIDIA A100-2-20C', 20, 3, (2, (0, 2, 4), 2)),
        VgpuType('nvidia-701', 'NVIDIA A100-3-40C', 40, 2, (4, (0, 4), 3)),
        VgpuType('nvidia-702', 'NVIDIA A100-4-40C', 40, 1, (4, (0,), 4)),
        VgpuType('nvidia-703', 'NVIDIA A100-7-80C', 80, 1, (8, (0,), 7)),
        VgpuType('nvidia-1001', 'NVIDIA A100-1-20C', 20, 4, (2, (0, 2, 4, 6), 1)),
    ]


def h100_types():
    # Time-sliced C-series types on H100 PCIe 80GB (20 VFs).
    spec = [('4C', 4, 20), ('5C', 5, 16), ('8C', 8, 10), ('10C', 10, 8), ('16C', 16, 5),
            ('20C', 20, 4), ('40C', 40, 2), ('80C', 80, 1)]
    return [VgpuType('nvidia-%d' % (1061 + i), 'NVIDIA H100-' + s, fb, mx)
            for i, (s, fb, mx) in enumerate(spec)]


# --------------------------------------------------------------------------------------
# Building blocks shared by the AMD EPYC (Milan) servers

def epyc_common(h, usb_bus):
    """Internal GPP bridge 00:07.1 with the PSP crypto function and the xHCI controller."""
    h.pci('0000:00:07.1', None, 0x1022, 0x1484, BRIDGE, 'pcieport', 0, G4x16)
    bus = '%02x' % usb_bus
    h.pci('0000:%s:00.2' % bus, '0000:00:07.1', 0x1022, 0x1486, CRYPTO, 'ccp', 0, G4x16)
    h.pci('0000:%s:00.3' % bus, '0000:00:07.1', 0x1022, 0x148c, USB, 'xhci_hcd', 0, G4x16)


def gpp(h, addr, numa, link=G4x16, port=1):
    h.pci(addr, None, 0x1022, 0x1483, BRIDGE, 'pcieport', numa, link, port=port)


# --------------------------------------------------------------------------------------
def host_vdi_a16():
    h = Host('vdi-a16-01',
             ('Dell Inc.', 'PowerEdge R7525', '4H7QJN3', 'Dell Inc.', '2.14.1', '12/19/2023'),
             (2800, 'AMD EPYC 7543 32-Core Processor', 2, 32, 2), 1024,
             'NVIDIA A16 (4 GPUs behind a PEX880xx switch, 16 VFs each), VDI pools A/B and RDSH.')
    gpp(h, '0000:00:01.1', 0, G4x4)
    h.pci('0000:01:00.0', '0000:00:01.1', 0x144d, 0xa824, NVME, 'nvme', 0, G4x4)
    epyc_common(h, 0x02)
    gpp(h, '0000:20:01.1', 0, ('5', 1, '5', 1))
    g = h.pci('0000:21:00.0', '0000:20:01.1', 0x14e4, 0x165f, NIC, 'tg3', 0, ('5', 1, '5', 1))
    h.pci('0000:21:00.1', '0000:20:01.1', 0x14e4, 0x165f, NIC, 'tg3', 0, ('5', 1, '5', 1), group=g)
    gpp(h, '0000:20:03.1', 0, ('2.5', 1, '2.5', 1))
    h.pci('0000:22:00.0', '0000:20:03.1', 0x102b, 0x0536, VGA, 'mgag200', 0, ('2.5', 1, '2.5', 1),
          boot_vga=True)
    # A16 board: Broadcom PEX880xx switch, four GA107 GPUs (PCIe Gen4 x8 each)
    gpp(h, '0000:40:01.1', 0, G4x16)
    h.pci('0000:41:00.0', '0000:40:01.1', 0x1000, 0xc010, BRIDGE, 'pcieport', 0, G4x16)
    gpus = []
    for i in range(4):
        ds = '0000:42:%02x.0' % i
        h.pci(ds, '0000:41:00.0', 0x1000, 0xc010, BRIDGE, 'pcieport', 0, G4x8, port=i + 1)
    for i in range(4):
        ds = '0000:42:%02x.0' % i
        pf = '0000:%02x:00.0' % (0x43 + i)
        gpus.append(h.sriov_pf(pf, ds, 0x10de, 0x25b6, GPU3D, 'nvidia', 0, G4x8, 16, 16, 4,
                               types=a16_types()))
    gpp(h, '0000:80:01.1', 1, G4x16)
    g = h.pci('0000:81:00.0', '0000:80:01.1', 0x15b3, 0x101d, NIC, 'mlx5_core', 1, G4x16)
    h.pci('0000:81:00.1', '0000:80:01.1', 0x15b3, 0x101d, NIC, 'mlx5_core', 1, G4x16, group=g)
    gpp(h, '0000:c0:01.1', 1, G4x4)
    h.pci('0000:c1:00.0', '0000:c0:01.1', 0x144d, 0xa824, NVME, 'nvme', 1, G4x4)

    g0, g1, g2, g3 = gpus
    # GPU 0: six 2Q vGPUs (pool A); the sixth was created but never assigned
    pool_a = [h.vgpu(g0, i, '2Q') for i in range(6)]
    # GPU 1: ten 1B vGPUs (pool B); VF 3 was freed when a desktop was deleted
    pool_b = [h.vgpu(g1, i, '1B') for i in (0, 1, 2, 4, 5, 6, 7, 8, 9, 10)]
    # GPU 2: three 4A vGPUs for the session hosts; GPU 3 is empty
    rdsh = [h.vgpu(g2, i, '4A') for i in range(3)]

    users_a = ['a.keller', 'm.schneider', 'j.weber', 't.fischer', 's.wagner']
    states_a = ['running', 'running', 'running', 'paused', 'shutoff']
    for i in range(5):
        h.domain('vdi-pool-a-%03d' % (i + 1), 8, 4, states_a[i], mdevs=[pool_a[i]],
                 title='VDI pool A (A16-2Q) - %s' % users_a[i],
                 description='Finance desktops, Windows 11 23H2, vWS licence')
    users_b = ['l.becker', 'k.hoffmann', 'n.schulz', 'p.koch', 'r.richter', 'e.klein',
               'd.wolf', 'c.neumann', 'b.schwarz', 'f.zimmermann']
    states_b = ['running'] * 6 + ['crashed', 'running', 'shutoff', 'running']
    for i in range(10):
        h.domain('vdi-pool-b-%03d' % (i + 1), 4, 2, states_b[i], mdevs=[pool_b[i]],
                 title='VDI pool B (A16-1B) - %s' % users_b[i],
                 description='Call-centre desktops, Windows 10 22H2, vPC licence')
    for i, st in enumerate(['running', 'running', 'shutoff']):
        h.domain('rdsh-%02d' % (i + 1), 32, 8, st, mdevs=[rdsh[i]],
                 title='Remote desktop session host %d (A16-4A)' % (i + 1),
                 description='Windows Server 2022 RDSH farm, vApps licence')
    h.domain('vdi-gold-win11', 8, 4, 'shutoff', title='Golden image for pool A',
             description='Template; no vGPU attached while sealed')
    h.domain('vdi-broker-01', 8, 4, 'running', title='Connection broker')
    return h


def host_vdi_l40s():
    h = Host('vdi-l40s-01',
             ('Supermicro', 'AS -4124GS-TNR', 'S4124GS21A0017', 'American Megatrends International, LLC.',
              '2.6', '03/08/2023'),
             (2650, 'AMD EPYC 7413 24-Core Processor', 2, 24, 2), 512,
             'Two NVIDIA L40S (32 VFs each): 8Q CAD workstations on GPU 0, a full GPU 1 (2 x 24Q).')
    gpp(h, '0000:00:01.1', 0, G4x4)
    h.pci('0000:01:00.0', '0000:00:01.1', 0x8086, 0x0b60, NVME, 'nvme', 0, G4x4)
    epyc_common(h, 0x02)
    gpp(h, '0000:20:03.1', 0, ('5', 1, '5', 1))
    h.pci('0000:21:00.0', '0000:20:03.1', 0x1a03, 0x1150, BRIDGE, None, 0, ('5', 1, '5', 1))
    h.pci('0000:22:00.0', '0000:21:00.0', 0x1a03, 0x2000, VGA, 'ast', 0, None, boot_vga=True)
    gpp(h, '0000:40:01.1', 0, G4x16)
    g0 = h.sriov_pf('0000:41:00.0', '0000:40:01.1', 0x10de, 0x26b9, GPU3D, 'nvidia', 0, G4x16,
                    32, 32, 4, types=l40s_types())
    gpp(h, '0000:80:01.1', 1, G4x16)
    h.pci('0000:81:00.0', '0000:80:01.1', 0x8086, 0x1592, NIC, 'ice', 1, G4x16)
    gpp(h, '0000:c0:01.1', 1, G4x16)
    g1 = h.sriov_pf('0000:c1:00.0', '0000:c0:01.1', 0x10de, 0x26b9, GPU3D, 'nvidia', 1, G4x16,
                    32, 32, 4, types=l40s_types())

    cad = [h.vgpu(g0, i, '8Q') for i in range(4)]
    render = [h.vgpu(g1, i, '24Q') for i in range(2)]
    users = ['h.meyer', 'o.krause', 'g.lange', 'u.vogel']
    for i, st in enumerate(['running', 'running', 'running', 'shutoff']):
        h.domain('cad-ws-%02d' % (i + 1), 32, 8, st, mdevs=[cad[i]],
                 title='CAD workstation (L40S-8Q) - %s' % users[i],
                 description='Engineering pool, Windows 11, SolidWorks/Creo, vWS licence')
    h.domain('render-01', 96, 24, 'running', mdevs=[render[0]], title='Render node 1 (L40S-24Q)',
             description='Blender/Omniverse render farm, vWS licence')
    h.domain('render-02', 96, 24, 'shutoff', mdevs=[render[1]], title='Render node 2 (L40S-24Q)',
             description='Blender/Omniverse render farm, vWS licence')
    h.domain('dls-01', 8, 4, 'running', title='NVIDIA Delegated License Service appliance',
             description='On-premises DLS instance serving the vdi-* and cad-* pools')
    return h


def host_ml_a100():
    h = Host('ml-a100-01',
             ('HPE', 'ProLiant DL385 Gen10 Plus v2', 'CZJ2140F7K', 'HPE', 'A42', '08/10/2023'),
             (2450, 'AMD EPYC 7763 64-Core Processor', 2, 64, 2), 1024,
             'Two A100 PCIe 80GB in MIG mode (20 VFs each) with MIG-backed C-series vGPUs.')
    gpp(h, '0000:00:01.1', 0, G4x4)
    h.pci('0000:01:00.0', '0000:00:01.1', 0x144d, 0xa824, NVME, 'nvme', 0, G4x4)
    epyc_common(h, 0x02)
    gpp(h, '0000:20:03.1', 0, ('2.5', 1, '2.5', 1))
    h.pci('0000:21:00.0', '0000:20:03.1', 0x102b, 0x0538, VGA, 'mgag200', 0, ('2.5', 1, '2.5', 1),
          boot_vga=True)
    gpp(h, '0000:40:01.1', 0, G4x16)
    g0 = h.sriov_pf('0000:41:00.0', '0000:40:01.1', 0x10de, 0x20b5, GPU3D, 'nvidia', 0, G4x16,
                    20, 20, 4, types=a100_mig_types(), mig=True)
    gpp(h, '0000:60:03.1', 0, G4x16)
    h.pci('0000:61:00.0', '0000:60:03.1', 0x15b3, 0x101b, IB, 'mlx5_core', 0, G4x16)
    gpp(h, '0000:80:01.1', 1, G4x8)
    g = h.pci('0000:81:00.0', '0000:80:01.1', 0x14e4, 0x16d7, NIC, 'bnxt_en', 1, ('8', 8, '8', 8))
    h.pci('0000:81:00.1', '0000:80:01.1', 0x14e4, 0x16d7, NIC, 'bnxt_en', 1, ('8', 8, '8', 8), group=g)
    gpp(h, '0000:c0:01.1', 1, G4x16)
    g1 = h.sriov_pf('0000:c1:00.0', '0000:c0:01.1', 0x10de, 0x20b5, GPU3D, 'nvidia', 1, G4x16,
                    20, 20, 4, types=a100_mig_types(), mig=True)
    gpp(h, '0000:e0:03.1', 1, G4x16)
    h.pci('0000:e1:00.0', '0000:e0:03.1', 0x15b3, 0x101b, IB, 'mlx5_core', 1, G4x16)

    # GPU 0: 3g.40gb at slice 4, 1g.10gb at slices 0 and 1 (free: 2, 3)
    t1 = h.vgpu(g0, 0, '3-40C', mig_start=4)
    i1 = h.vgpu(g0, 1, '1-10C', mig_start=0)
    i2 = h.vgpu(g0, 2, '1-10C', mig_start=1)
    # GPU 1: 4g.40gb at slice 0, 2g.20gb at slice 4 (free: 6, 7)
    t2 = h.vgpu(g1, 0, '4-40C', mig_start=0)
    t3 = h.vgpu(g1, 1, '2-20C', mig_start=4)
    h.domain('ml-train-01', 128, 32, 'running', mdevs=[t1], title='Training (A100-3-40C)',
             description='Team vision: PyTorch DDP, vCS licence')
    h.domain('ml-infer-01', 32, 8, 'running', mdevs=[i1], title='Inference (A100-1-10C)',
             description='Triton inference server, vCS licence')
    h.domain('ml-infer-02', 32, 8, 'paused', mdevs=[i2], title='Inference (A100-1-10C)',
             description='Triton inference server (canary), vCS licence')
    h.domain('ml-train-02', 128, 32, 'running', mdevs=[t2], title='Training (A100-4-40C)',
             description='Team NLP: fine-tuning, vCS licence')
    h.domain('ml-train-03', 64, 16, 'shutoff', mdevs=[t3], title='Training (A100-2-20C)',
             description='Team NLP: experiments, vCS licence')
    h.domain('jupyter-01', 32, 8, 'running', title='JupyterHub (CPU only)')
    return h


def host_ml_h100():
    h = Host('ml-h100-01',
             ('Lenovo', 'ThinkSystem SR665', 'J302F4KD', 'Lenovo', 'D8E128C', '05/16/2023'),
             (2950, 'AMD EPYC 75F3 32-Core Processor', 2, 32, 2), 768,
             'Two H100 PCIe 80GB (Gen5 cards in Gen4 slots, 20 VFs each), time-sliced C-series vGPUs.')
    gpp(h, '0000:00:01.1', 0, G4x4)
    h.pci('0000:01:00.0', '0000:00:01.1', 0x8086, 0x0b60, NVME, 'nvme', 0, G4x4)
    epyc_common(h, 0x02)
    gpp(h, '0000:20:03.1', 0, ('2.5', 1, '2.5', 1))
    h.pci('0000:21:00.0', '0000:20:03.1', 0x102b, 0x0534, VGA, 'mgag200', 0, ('2.5', 1, '2.5', 1),
          boot_vga=True)
    h100_link = ('32', 16, '16', 16)  # Gen5 card trained at Gen4 speed
    gpp(h, '0000:40:01.1', 0, G4x16)
    g0 = h.sriov_pf('0000:41:00.0', '0000:40:01.1', 0x10de, 0x2331, GPU3D, 'nvidia', 0, h100_link,
                    20, 20, 4, types=h100_types())
    gpp(h, '0000:80:01.1', 1, G4x16)
    g = h.pci('0000:81:00.0', '0000:80:01.1', 0x15b3, 0x101d, NIC, 'mlx5_core', 1, G4x16)
    h.pci('0000:81:00.1', '0000:80:01.1', 0x15b3, 0x101d, NIC, 'mlx5_core', 1, G4x16, group=g)
    gpp(h, '0000:c0:01.1', 1, G4x16)
    g1 = h.sriov_pf('0000:c1:00.0', '0000:c0:01.1', 0x10de, 0x2331, GPU3D, 'nvidia', 1, h100_link,
                    20, 20, 4, types=h100_types())

    tr = [h.vgpu(g0, i, '20C') for i in range(3)]
    full = h.vgpu(g1, 0, '80C')
    for i, st in enumerate(['running', 'running', 'shutoff']):
        h.domain('ml-train-%02d' % (i + 4), 96, 24, st, mdevs=[tr[i]],
                 title='Training (H100-20C)', description='Shared training pool, vCS licence')
    h.domain('llm-serve-01', 256, 48, 'running', mdevs=[full], title='LLM serving (H100-80C)',
             description='vLLM, 70B model, vCS licence')
    h.domain('ml-build-01', 16, 8, 'shutoff', title='CI image builder (no GPU)')
    return h


def host_gfx_mi():
    h = Host('gfx-mi-01',
             ('Supermicro', 'SYS-4029GP-TRT', 'A19260917C03', 'American Megatrends Inc.', '3.4',
              '11/19/2020'),
             (3000, 'Intel Xeon Gold 6248R', 2, 24, 2), 768,
             'Two AMD Instinct MI25 with MxGPU SR-IOV (GIM PF driver, 8 of 16 VFs), VFs passed through.')
    h.pci('0000:00:14.0', None, 0x8086, 0xa1af, USB, 'xhci_hcd', 0)
    h.pci('0000:00:1c.0', None, 0x8086, 0xa190, BRIDGE, 'pcieport', 0, ('5', 1, '5', 1), port=1)
    h.pci('0000:02:00.0', '0000:00:1c.0', 0x1a03, 0x1150, BRIDGE, None, 0, ('5', 1, '5', 1))
    h.pci('0000:03:00.0', '0000:02:00.0', 0x1a03, 0x2000, VGA, 'ast', 0, None, boot_vga=True)
    h.pci('0000:17:00.0', None, 0x8086, 0x2030, BRIDGE, 'pcieport', 0, G3x16, port=1)
    h.pci('0000:18:00.0', '0000:17:00.0', 0x8086, 0x159b, NIC, 'ice', 0, G3x16)
    h.pci('0000:18:00.1', '0000:17:00.0', 0x8086, 0x159b, NIC, 'ice', 0, G3x16)
    gpus = []
    for rp, numa in (('3a', 0), ('ae', 1)):
        b = int(rp, 16)
        root = '0000:%02x:00.0' % b
        up = '0000:%02x:00.0' % (b + 1)
        down = '0000:%02x:00.0' % (b + 2)
        pf = '0000:%02x:00.0' % (b + 3)
        h.pci(root, None, 0x8086, 0x2030, BRIDGE, 'pcieport', numa, G3x16, port=1)
        h.pci(up, root, 0x1022, 0x1470, BRIDGE, 'pcieport', numa, G3x16)
        h.pci(down, up, 0x1022, 0x1471, BRIDGE, 'pcieport', numa, G3x16)
        gpus.append(h.sriov_pf(pf, down, 0x1002, 0x6860, DISPLAY, 'gim', numa, G3x16, 16, 8, 16,
                               vf_did=0x686c, vf_driver='vfio-pci'))
    h.pci('0000:5d:00.0', None, 0x8086, 0x2030, BRIDGE, 'pcieport', 0, G3x16, port=1)
    h.pci('0000:5e:00.0', '0000:5d:00.0', 0x8086, 0x0b60, NVME, 'nvme', 0, ('16', 4, '8', 4))

    g0, g1 = gpus
    users = ['i.braun', 'v.hartmann', 'w.krueger', 'y.lehmann', 'z.koenig']
    for i, st in enumerate(['running', 'running', 'running', 'running', 'shutoff']):
        h.domain('vdi-pool-m-%03d' % (i + 1), 16, 4, st, pci=[g0.vfs[i]],
                 title='VDI pool M (MI25 MxGPU VF) - %s' % users[i],
                 description='Design desktops on AMD MxGPU, Windows 10')
    h.domain('render-03', 64, 16, 'running', pci=[g1.vfs[0]], title='Render node 3 (MI25 VF)')
    h.domain('render-04', 64, 16, 'paused', pci=[g1.vfs[1]], title='Render node 4 (MI25 VF)')
    h.domain('gfx-template-01', 16, 4, 'shutoff', title='Template for pool M (no VF)')
    return h


def host_media_flex():
    h = Host('media-flex-01',
             ('Supermicro', 'SYS-620U-TNR', 'S620UTNR2231', 'American Megatrends International, LLC.',
              '1.6', '06/28/2023'),
             (2000, 'Intel Xeon Gold 6338', 2, 32, 2), 512,
             'Two Intel Data Center GPU Flex 170: one with 8 of 31 SR-IOV VFs, one with SR-IOV off.')
    h.pci('0000:00:14.0', None, 0x8086, 0xa1af, USB, 'xhci_hcd', 0)
    h.pci('0000:00:1c.0', None, 0x8086, 0xa190, BRIDGE, 'pcieport', 0, ('5', 1, '5', 1), port=1)
    h.pci('0000:02:00.0', '0000:00:1c.0', 0x1a03, 0x1150, BRIDGE, None, 0, ('5', 1, '5', 1))
    h.pci('0000:03:00.0', '0000:02:00.0', 0x1a03, 0x2000, VGA, 'ast', 0, None, boot_vga=True)
    h.pci('0000:16:02.0', None, 0x8086, 0x347a, BRIDGE, 'pcieport', 0, G4x16, port=1)
    h.pci('0000:17:00.0', '0000:16:02.0', 0x8086, 0x1592, NIC, 'ice', 0, G4x16)
    h.pci('0000:30:02.0', None, 0x8086, 0x347a, BRIDGE, 'pcieport', 0, G4x4, port=1)
    h.pci('0000:31:00.0', '0000:30:02.0', 0x8086, 0x0b60, NVME, 'nvme', 0, G4x4)
    internal = ('2.5', 1, '2.5', 1)  # DG2's internal link always reports 2.5 GT/s x1
    gpus = []
    for rp, numa, nvf in (('4a', 0, 8), ('c9', 1, 0)):
        b = int(rp, 16)
        root = '0000:%02x:02.0' % b
        up = '0000:%02x:00.0' % (b + 1)
        down = '0000:%02x:01.0' % (b + 2)
        pf = '0000:%02x:00.0' % (b + 3)
        h.pci(root, None, 0x8086, 0x347a, BRIDGE, 'pcieport', numa, G4x16, port=1)
        h.pci(up, root, 0x8086, 0x4fa1, BRIDGE, 'pcieport', numa, G4x16)
        h.pci(down, up, 0x8086, 0x4fa4, BRIDGE, 'pcieport', numa, internal)
        gpus.append(h.sriov_pf(pf, down, 0x8086, 0x56c0, DISPLAY, 'i915', numa, internal, 31, nvf, 1,
                               vf_driver='vfio-pci'))
    g0 = gpus[0]
    for i, st in enumerate(['running', 'running', 'running', 'running', 'shutoff']):
        h.domain('transcode-%02d' % (i + 1), 16, 8, st, pci=[g0.vfs[i]],
                 title='Live transcoder %d (Flex 170 VF)' % (i + 1),
                 description='FFmpeg/oneVPL HEVC+AV1 ladder')
    h.domain('media-mgmt-01', 8, 4, 'running', title='Media pipeline controller (no GPU)')
    return h


def host_edge_t4():
    h = Host('edge-t4-01',
             ('Supermicro', 'SYS-1029U-TR4', 'E1029U4T0381', 'American Megatrends Inc.', '3.8a',
              '02/21/2023'),
             (2400, 'Intel Xeon Silver 4214R', 1, 12, 2), 192,
             'Two NVIDIA T4 on vfio-pci; the second shares its IOMMU group with an X550 NIC (no ACS).')
    h.pci('0000:00:14.0', None, 0x8086, 0xa1af, USB, 'xhci_hcd', 0)
    h.pci('0000:00:1c.0', None, 0x8086, 0xa190, BRIDGE, 'pcieport', 0, ('5', 1, '5', 1), port=1)
    h.pci('0000:02:00.0', '0000:00:1c.0', 0x1a03, 0x1150, BRIDGE, None, 0, ('5', 1, '5', 1))
    h.pci('0000:03:00.0', '0000:02:00.0', 0x1a03, 0x2000, VGA, 'ast', 0, None, boot_vga=True)
    h.pci('0000:00:1c.5', None, 0x8086, 0xa195, BRIDGE, 'pcieport', 0, ('2.5', 1, '2.5', 1), port=6)
    h.pci('0000:04:00.0', '0000:00:1c.5', 0x8086, 0x1533, NIC, 'igb', 0, ('2.5', 1, '2.5', 1))
    # T4 #1 directly on a CPU root port: its own IOMMU group
    h.pci('0000:17:00.0', None, 0x8086, 0x2030, BRIDGE, 'pcieport', 0, G3x16, port=1)
    h.pci('0000:18:00.0', '0000:17:00.0', 0x10de, 0x1eb8, GPU3D, 'vfio-pci', 0, G3x16)
    # A riser with a PEX 8747 switch whose downstream ports lack ACS: everything below the
    # switch (the downstream ports, T4 #2 and the X550) ends up in one IOMMU group.
    h.pci('0000:3a:00.0', None, 0x8086, 0x2030, BRIDGE, 'pcieport', 0, G3x16, port=1)
    h.pci('0000:3b:00.0', '0000:3a:00.0', 0x10b5, 0x8747, BRIDGE, 'pcieport', 0, G3x16)
    g = h.pci('0000:3c:08.0', '0000:3b:00.0', 0x10b5, 0x8747, BRIDGE, 'pcieport', 0, ('8', 16, '8', 8),
              port=8)
    h.pci('0000:3c:09.0', '0000:3b:00.0', 0x10b5, 0x8747, BRIDGE, 'pcieport', 0, ('8', 8, '8', 4),
          group=g, port=9)
    h.pci('0000:3c:10.0', '0000:3b:00.0', 0x10b5, 0x8747, BRIDGE, 'pcieport', 0, ('8', 8, '2.5', 0),
          group=g, port=16)
    h.pci('0000:3d:00.0', '0000:3c:08.0', 0x10de, 0x1eb8, GPU3D, 'vfio-pci', 0, ('8', 16, '8', 8), group=g)
    h.pci('0000:3e:00.0', '0000:3c:09.0', 0x8086, 0x1563, NIC, 'ixgbe', 0, ('8', 4, '8', 4), group=g)
    h.pci('0000:3e:00.1', '0000:3c:09.0', 0x8086, 0x1563, NIC, 'ixgbe', 0, ('8', 4, '8', 4), group=g)
    h.pci('0000:5d:00.0', None, 0x8086, 0x2030, BRIDGE, 'pcieport', 0, G3x16, port=1)
    h.pci('0000:5e:00.0', '0000:5d:00.0', 0x144d, 0xa808, NVME, 'nvme', 0, ('8', 4, '8', 4))

    h.domain('edge-infer-01', 32, 8, 'running', pci=['0000:18:00.0'],
             title='Video analytics (T4 passthrough)', description='DeepStream, 16 camera streams')
    h.domain('edge-infer-02', 32, 8, 'shutoff', pci=['0000:3d:00.0'],
             title='Video analytics spare (T4 passthrough)',
             description='Cannot start while the X550 in the same IOMMU group stays on ixgbe')
    h.domain('edge-gw-01', 4, 2, 'running', title='MQTT/IoT gateway (no GPU)')
    h.domain('edge-nvr-01', 8, 4, 'running', title='Network video recorder (no GPU)')
    return h


def host_ws_rtx():
    h = Host('ws-rtx-01',
             ('Dell Inc.', 'Precision 3660', '9ZKQ8V3', 'Dell Inc.', '2.12.0', '10/17/2023'),
             (2400, 'Intel Core i9-12900F', 1, 12, 2), 128,
             'Workstation whose only GPU (RTX A4000 + HDMI audio, one IOMMU group) is the boot VGA device.')
    g = h.pci('0000:00:01.0', None, 0x8086, 0x460d, BRIDGE, 'pcieport', None, G4x16, port=2)
    h.pci('0000:01:00.0', '0000:00:01.0', 0x10de, 0x24b0, VGA, 'nvidia', None, G4x16, group=g,
          boot_vga=True)
    h.pci('0000:01:00.1', '0000:00:01.0', 0x10de, 0x228b, AUDIO, 'snd_hda_intel', None, G4x16, group=g)
    h.pci('0000:00:06.0', None, 0x8086, 0x464d, BRIDGE, 'pcieport', None, G4x4, port=5)
    h.pci('0000:02:00.0', '0000:00:06.0', 0x144d, 0xa80a, NVME, 'nvme', None, G4x4)
    g = h.pci('0000:00:14.0', None, 0x8086, 0x7ae0, USB, 'xhci_hcd', None)
    h.pci('0000:00:14.2', None, 0x8086, 0x7aa7, SRAM, None, None, group=g)
    h.pci('0000:00:1c.0', None, 0x8086, 0x7ab8, BRIDGE, 'pcieport', None, ('5', 1, '5', 1), port=1)
    h.pci('0000:03:00.0', '0000:00:1c.0', 0x8086, 0x15f3, NIC, 'igc', None, ('5', 1, '5', 1))
    g = h.pci('0000:00:1f.3', None, 0x8086, 0x7ad0, AUDIO, 'snd_hda_intel', None)
    h.pci('0000:00:1f.4', None, 0x8086, 0x7aa3, SMBUS, 'i801_smbus', None, group=g)
    h.pci('0000:00:1f.5', None, 0x8086, 0x7aa4, SPI, 'intel-spi', None, group=g)

    h.domain('win11-cad-01', 32, 8, 'shutoff', pci=['0000:01:00.0', '0000:01:00.1'],
             title='Windows 11 CAD guest (RTX A4000 passthrough)',
             description='Configured for passthrough of the boot GPU; would take the console away')
    h.domain('dev-ubuntu-01', 16, 8, 'running', title='Ubuntu 24.04 development VM')
    h.domain('build-fedora-01', 8, 4, 'shutoff', title='Fedora 40 package build VM')
    return h


HOSTS = [host_vdi_a16, host_vdi_l40s, host_ml_a100, host_ml_h100, host_gfx_mi, host_media_flex,
         host_edge_t4, host_ws_rtx]


def main():
    for make in HOSTS:
        h = make()
        path = os.path.join(OUT_DIR, h.name + '.xml')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(h.xml())
        print('%-16s %4d devices %3d mdevs %3d domains -> %s' % (
            h.name, len(h.devs) + len(h.mdevs) + 1, len(h.mdevs), len(h.domains), path))


if __name__ == '__main__':
    main()
