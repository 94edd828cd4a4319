#include "hostgenerator.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {
QString uuidFor(int host, int index, int salt)
{
    return QString::asprintf("%08x-%04x-4%03x-8%03x-%012x", 0x6a000000 + host, index & 0xffff, salt & 0xfff, index & 0xfff,
                             host * 1000 + index);
}

const char *kTypes[][2] = {{"nvidia-222", "GRID T4-1Q"}, {"nvidia-223", "GRID T4-2Q"}, {"nvidia-224", "GRID T4-4Q"},
                           {"nvidia-225", "GRID T4-8Q"}, {"nvidia-226", "GRID T4-16Q"}, {"nvidia-227", "GRID T4-1B"},
                           {"nvidia-228", "GRID T4-2B"}, {"nvidia-229", "GRID T4-1A"}, {"nvidia-230", "GRID T4-2A"}};

void writeHost(QTextStream &o, int h, const HostGenerator::Params &p, HostGenerator::HostFile &f)
{
    o << "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n"
         "<cpu><mhz>2600</mhz><model>x86_64</model><active>64</active><nodes>2</nodes><sockets>2</sockets>"
         "<cores>16</cores><threads>2</threads></cpu>\n<memory>536870912</memory>\n";
    QStringList mdevs;
    for (int g = 0; g < p.gpusPerHost; ++g) {
        const int bus = 0x20 + g * 0x10;
        const QString bridge = QString::asprintf("pci_0000_%02x_00_0", bus - 1);
        const QString gpu = QString::asprintf("pci_0000_%02x_00_0", bus);
        o << "<device><name>" << bridge << "</name><parent>computer</parent><capability type='pci'><class>0x060400</class>"
          << "<domain>0</domain><bus>" << bus - 1 << "</bus><slot>0</slot><function>0</function>"
          << "<product id='0x1483'>Starship/Matisse GPP Bridge</product><vendor id='0x1022'>Advanced Micro Devices, Inc. [AMD]</vendor>"
          << QString::asprintf("<iommuGroup number='%d'><address domain='0x0000' bus='0x%02x' slot='0x00' function='0x0'/></iommuGroup>", 100 + g, bus - 1)
          << "</capability></device>\n";
        f.nodeDevices << bridge << gpu;
        o << "<device><name>" << gpu << "</name><parent>" << bridge << "</parent><capability type='pci'><class>0x030200</class>"
          << "<domain>0</domain><bus>" << bus << "</bus><slot>0</slot><function>0</function>"
          << "<product id='0x1eb8'>TU104GL [Tesla T4]</product><vendor id='0x10de'>NVIDIA Corporation</vendor>"
          << "<capability type='mdev_types'>";
        const int used = g % 4 == 3 ? 0 : 4; // every fourth GPU left empty
        for (const auto &t : kTypes) {
            const bool q2 = QByteArray(t[1]).endsWith("T4-2Q");
            const int avail = used == 0 ? 16 / 2 : (q2 ? 8 - used : 0);
            o << "<type id='" << t[0] << "'><name>" << t[1] << "</name><deviceAPI>vfio-pci</deviceAPI><availableInstances>"
              << avail << "</availableInstances></type>";
        }
        o << "</capability>"
          << QString::asprintf("<iommuGroup number='%d'><address domain='0x0000' bus='0x%02x' slot='0x00' function='0x0'/></iommuGroup>", 200 + g, bus)
          << "<numa node='" << (g < p.gpusPerHost / 2 ? 0 : 1) << "'/>"
          << "<pci-express><link validity='cap' port='0' speed='8' width='16'/><link validity='sta' speed='8' width='16'/></pci-express>"
          << "</capability></device>\n";
        for (int m = 0; m < used; ++m) {
            const QString uuid = uuidFor(h, g * 8 + m, 1);
            const QString name = QStringLiteral("mdev_") + QString(uuid).replace(u'-', u'_') + QString::asprintf("_0000_%02x_00_0", bus);
            o << "<device><name>" << name << "</name><parent>" << gpu << "</parent><capability type='mdev'><type id='nvidia-223'/>"
              << "<uuid>" << uuid << "</uuid><iommuGroup number='" << 300 + g * 8 + m << "'/></capability></device>\n";
            f.nodeDevices << name;
            mdevs << uuid;
        }
    }
    for (int v = 0; v < p.vmsPerHost; ++v) {
        const QString name = QString::asprintf("vdi-%04d-%03d", h, v);
        f.domains << name;
        o << "<domain type='test'><name>" << name << "</name><uuid>" << uuidFor(h, v, 2) << "</uuid>"
          << "<memory>8388608</memory><vcpu>4</vcpu><os><type>hvm</type></os><devices>";
        if (v < mdevs.size())
            o << "<hostdev mode='subsystem' type='mdev' model='vfio-pci'><source><address uuid='" << mdevs[v] << "'/></source></hostdev>";
        o << "</devices>";
        if (v % 3 == 2)
            o << "<test:runstate>5</test:runstate>";
        o << "</domain>\n";
    }
    o << "</node>\n";
}
} // namespace

QList<HostGenerator::HostFile> HostGenerator::generate(const QString &dir, const Params &p)
{
    QDir().mkpath(dir);
    QList<HostFile> out;
    for (int h = 0; h < p.hosts; ++h) {
        HostFile f;
        f.path = QDir(dir).absoluteFilePath(QString::asprintf("host-%04d.xml", h));
        QString text;
        QTextStream o(&text);
        writeHost(o, h, p, f);
        QFile file(f.path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        out.append(f);
    }
    return out;
}
