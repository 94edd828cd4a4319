// Writes synthetic but realistic libvirt test-driver hosts for benchmarks: GPUs with vGPU types,
// mediated devices and a VDI pool of VMs per host.
#pragma once

#include <QString>
#include <QStringList>

namespace HostGenerator {
struct Params
{
    int hosts = 1000;
    int gpusPerHost = 8;
    int vmsPerHost = 20;
};
struct HostFile
{
    QString path;
    QStringList nodeDevices; // names, for the virsh baseline
    QStringList domains;
};
// Writes (or reuses, when already there) one XML per host into dir.
QList<HostFile> generate(const QString &dir, const Params &p);
}
