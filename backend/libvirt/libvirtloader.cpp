// What the worker reads from libvirt: the full load, single objects on events, and the polling diff.
#include "domainxml.h"
#include "libvirtworker.h"
#include "nodedevicexml.h"
#include "pciids.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace {
constexpr unsigned kNodeDeviceFlags =
    VIR_CONNECT_LIST_NODE_DEVICES_CAP_PCI_DEV | VIR_CONNECT_LIST_NODE_DEVICES_CAP_MDEV;

VmState toVmState(int s)
{
    switch (s) {
    case VIR_DOMAIN_RUNNING:
        return VmState::Running;
    case VIR_DOMAIN_BLOCKED:
        return VmState::Blocked;
    case VIR_DOMAIN_PAUSED:
        return VmState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return VmState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF:
        return VmState::Shutoff;
    case VIR_DOMAIN_CRASHED:
        return VmState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return VmState::Suspended;
    default:
        return VmState::NoState;
    }
}

QString takeString(char *s)
{
    QString out = QString::fromUtf8(s);
    free(s);
    return out;
}

// Reads one domain: its XML, state and persistence. The cache key folds the state into the XML
// so that a state change with identical XML is still a change.
struct DomainRead
{
    bool ok = false;
    quint64 key = 0;
    VirtualMachine vm;
};

// What the worker remembers of an object to tell a real change from a repeated report: a digest, not the
// XML itself, which for a thousand hosts would be hundreds of megabytes.
quint64 digest(QStringView text, quint64 salt = 0)
{
    return (quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL ^ salt))) << 1) ^ quint64(text.size());
}

DomainRead readDomain(virDomainPtr dom)
{
    DomainRead r;
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml)
        return r;
    const QString text = takeString(xml);
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0)
        return r;
    Result<VirtualMachine> vm = DomainXml::parse(text);
    if (!vm)
        return r; // a domain libvirt itself produced but we cannot read: skip it rather than fail the host
    r.vm = std::move(vm).value();
    r.vm.state = toVmState(state);
    r.vm.persistent = virDomainIsPersistent(dom) == 1;
    r.key = digest(text, quint64(state) * 2 + (r.vm.persistent ? 1 : 0));
    r.ok = true;
    return r;
}
} // namespace

void LibvirtWorker::fillNames(PciDevice &d) const
{
    if (!m_options.pciIds)
        return;
    if (d.vendorName.isEmpty())
        d.vendorName = m_options.pciIds->vendorName(d.vendorId);
    if (d.productName.isEmpty())
        d.productName = m_options.pciIds->deviceName(d.vendorId, d.productId);
}

Result<HostSnapshot> LibvirtWorker::loadAll()
{
    HostSnapshot s;
    m_domainXml.clear();
    m_nodes.clear();

    if (char *host = virConnectGetHostname(m_conn))
        s.hostname = takeString(host);
    // The test driver answers with this machine's name; a file-backed test host is named after its file.
    if (m_uri.startsWith(u"test://") && m_uri.endsWith(u".xml"))
        s.hostname = QFileInfo(m_uri.mid(7)).completeBaseName();
    if (const char *type = virConnectGetType(m_conn)) {
        unsigned long ver = 0;
        virConnectGetVersion(m_conn, &ver);
        s.hypervisor = QStringLiteral("%1 %2.%3.%4")
                           .arg(QString::fromUtf8(type))
                           .arg(ver / 1000000)
                           .arg(ver / 1000 % 1000)
                           .arg(ver % 1000);
    }
    unsigned long lib = 0;
    if (virConnectGetLibVersion(m_conn, &lib) == 0)
        s.libvirtVersion =
            QStringLiteral("%1.%2.%3").arg(lib / 1000000).arg(lib / 1000 % 1000).arg(lib % 1000);
    virNodeInfo info;
    if (virNodeGetInfo(m_conn, &info) == 0) {
        s.memoryKiB = info.memory;
        s.cpus = int(info.cpus);
    }
    virResetLastError();

    virNodeDevicePtr *devs = nullptr;
    const int ndevs = virConnectListAllNodeDevices(m_conn, &devs, kNodeDeviceFlags);
    if (ndevs < 0)
        return lastError(
            QCoreApplication::translate("LibvirtWorker", "Cannot list the devices of %1").arg(m_uri));
    for (int i = 0; i < ndevs; ++i) {
        char *xml = virNodeDeviceGetXMLDesc(devs[i], 0);
        const QString name = QString::fromUtf8(virNodeDeviceGetName(devs[i]));
        virNodeDeviceFree(devs[i]);
        if (!xml)
            continue; // removed between listing and reading
        const QString text = takeString(xml);
        Result<NodeDeviceInfo> parsed = NodeDeviceXml::parse(text);
        if (!parsed)
            continue;
        NodeDeviceInfo &d = parsed.value();
        NodeSeen seen{digest(text), {}, {}};
        if (d.kind == NodeDeviceInfo::Kind::Pci) {
            fillNames(d.pci);
            seen.pci = d.pci.address;
            s.pciDevices.insert(d.pci.address, std::move(d.pci));
        } else if (d.kind == NodeDeviceInfo::Kind::Mdev) {
            seen.mdevUuid = d.mdev.uuid;
            s.mdevs.insert(d.mdev.uuid, std::move(d.mdev));
        }
        m_nodes.insert(digest(name), std::move(seen));
    }
    free(devs);

    virDomainPtr *doms = nullptr;
    const int ndoms = virConnectListAllDomains(m_conn, &doms, 0);
    if (ndoms < 0)
        return lastError(
            QCoreApplication::translate("LibvirtWorker", "Cannot list the virtual machines of %1")
                .arg(m_uri));
    for (int i = 0; i < ndoms; ++i) {
        DomainRead r = readDomain(doms[i]);
        virDomainFree(doms[i]);
        if (!r.ok)
            continue;
        m_domainXml.insert(r.vm.uuid, r.key);
        // A VM's mdev names the same uuid the mdev itself has: keep one copy of the string.
        for (Hostdev &h : r.vm.hostdevs) {
            if (const auto m = s.mdevs.constFind(h.uuid);
                h.kind == Hostdev::Kind::Mdev && m != s.mdevs.cend())
                h.uuid = m.key();
        }
        s.vms.insert(r.vm.uuid, std::move(r.vm));
    }
    free(doms);
    virResetLastError();
    return s;
}

void LibvirtWorker::domainEvent(const QString &uuid, bool undefined)
{
    // Events come in bursts (defined, started, device added …): read each domain once per burst.
    m_pendingDomains[uuid] = m_pendingDomains.value(uuid) || undefined;
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &LibvirtWorker::flushPendingDomains);
    }
}

void LibvirtWorker::flushPendingDomains()
{
    m_flushScheduled = false;
    const auto pending = std::exchange(m_pendingDomains, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        reloadDomain(it.key(), it.value());
}

void LibvirtWorker::reloadDomain(const QString &uuid, bool undefined)
{
    if (!m_conn)
        return;
    virDomainPtr dom = undefined ? nullptr : virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData());
    if (!dom) {
        virResetLastError();
        if (m_domainXml.remove(uuid))
            Q_EMIT vmRemoved(uuid);
        return;
    }
    DomainRead r = readDomain(dom);
    virDomainFree(dom);
    virResetLastError();
    if (!r.ok || m_domainXml.value(uuid) == r.key)
        return;
    m_domainXml.insert(uuid, r.key);
    Q_EMIT vmUpdated(r.vm);
}

void LibvirtWorker::nodeDeviceEvent(const QString &name, bool deleted)
{
    reloadNodeDevice(name, deleted);
}

void LibvirtWorker::reloadNodeDevice(const QString &name, bool deleted)
{
    if (!m_conn)
        return;
    virNodeDevicePtr dev = deleted ? nullptr : virNodeDeviceLookupByName(m_conn, name.toUtf8().constData());
    char *xml = dev ? virNodeDeviceGetXMLDesc(dev, 0) : nullptr;
    if (dev)
        virNodeDeviceFree(dev);
    virResetLastError();
    if (!xml) {
        forgetNodeDevice(digest(name));
        return;
    }
    const QString text = takeString(xml);
    const quint64 key = digest(text);
    const quint64 nameKey = digest(name);
    if (const auto it = m_nodes.constFind(nameKey); it != m_nodes.cend() && it->digest == key)
        return;
    Result<NodeDeviceInfo> parsed = NodeDeviceXml::parse(text);
    if (!parsed)
        return;
    NodeDeviceInfo &d = parsed.value();
    NodeSeen seen{key, {}, {}};
    if (d.kind == NodeDeviceInfo::Kind::Pci) {
        fillNames(d.pci);
        seen.pci = d.pci.address;
        m_nodes.insert(nameKey, std::move(seen));
        Q_EMIT pciDeviceUpdated(d.pci);
    } else if (d.kind == NodeDeviceInfo::Kind::Mdev) {
        seen.mdevUuid = d.mdev.uuid;
        m_nodes.insert(nameKey, std::move(seen));
        Q_EMIT mdevUpdated(d.mdev);
    } else {
        m_nodes.insert(nameKey, std::move(seen));
    }
}

bool LibvirtWorker::pollDomains()
{
    // Domains: reread each, emit only what changed, and report the ones that went away.
    virDomainPtr *doms = nullptr;
    const int ndoms = virConnectListAllDomains(m_conn, &doms, 0);
    if (ndoms < 0) {
        lose(lastError(QCoreApplication::translate("LibvirtWorker", "Cannot list the virtual machines of %1")
                           .arg(m_uri)));
        return false;
    }
    QSet<QString> seen;
    for (int i = 0; i < ndoms; ++i) {
        DomainRead r = readDomain(doms[i]);
        virDomainFree(doms[i]);
        if (!r.ok)
            continue;
        seen.insert(r.vm.uuid);
        if (m_domainXml.value(r.vm.uuid) != r.key) {
            m_domainXml.insert(r.vm.uuid, r.key);
            Q_EMIT vmUpdated(r.vm);
        }
    }
    free(doms);
    const QStringList known = m_domainXml.keys();
    for (const QString &uuid : known) {
        if (!seen.contains(uuid)) {
            m_domainXml.remove(uuid);
            Q_EMIT vmRemoved(uuid);
        }
    }
    return true;
}

void LibvirtWorker::poll()
{
    if (connectionBroken()) {
        lose(lastError(QCoreApplication::translate("LibvirtWorker", "Lost the connection to %1").arg(m_uri)));
        return;
    }
    if (m_domainCallbacks.isEmpty() && !pollDomains())
        return;
    if (m_nodeCallbacks.isEmpty())
        pollNodeDevices();
}

void LibvirtWorker::pollNodeDevices()
{
    virNodeDevicePtr *devs = nullptr;
    const int ndevs = virConnectListAllNodeDevices(m_conn, &devs, kNodeDeviceFlags);
    if (ndevs < 0) {
        virResetLastError();
        return;
    }
    QSet<quint64> seenDevs;
    for (int i = 0; i < ndevs; ++i) {
        const QString name = QString::fromUtf8(virNodeDeviceGetName(devs[i]));
        virNodeDeviceFree(devs[i]);
        seenDevs.insert(digest(name));
        reloadNodeDevice(name, false);
    }
    free(devs);
    const QList<quint64> known = m_nodes.keys();
    for (quint64 key : known)
        if (!seenDevs.contains(key))
            forgetNodeDevice(key);
}

void LibvirtWorker::forgetNodeDevice(quint64 key)
{
    const NodeSeen gone = m_nodes.take(key);
    if (gone.pci)
        Q_EMIT pciDeviceRemoved(*gone.pci);
    else if (!gone.mdevUuid.isEmpty())
        Q_EMIT mdevRemoved(gone.mdevUuid);
}
