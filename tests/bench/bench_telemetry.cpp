// What the telemetry history costs: bytes per GPU and vGPU series, the total for a large cluster, the
// resident memory it really took, and the time one host's sample takes to append.
//
//   bench_telemetry [--hosts N] [--gpus N] [--vgpus N] [--seconds N]
#include "agent/telemetry.h"
#include "inventory/telemetryhistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

namespace {
int option(const QStringList &args, const char *name, int fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? std::max(0, args[i + 1].toInt()) : fallback;
}

qint64 residentBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

TelemetrySample hostSample(int host, int gpus, int vgpus, qint64 second)
{
    TelemetrySample s;
    s.time = QDateTime::fromMSecsSinceEpoch(second * 1000, Qt::UTC);
    for (int g = 0; g < gpus; ++g) {
        GpuSample gs;
        gs.address = PciAddress(0, quint8(0x10 + g * 0x10), 0, 0);
        const int load = int((second * 7 + host * 13 + g * 29) % 100);
        gs.gpuUtil = load;
        gs.memUtil = load / 2;
        gs.encoderUtil = load / 4;
        gs.fbUsedMiB = quint64(1024 + load * 100);
        gs.fbTotalMiB = 49152;
        gs.temperatureC = 35 + load / 3;
        gs.powerW = 60 + load * 2.5;
        for (int v = 0; v < vgpus; ++v) {
            VgpuSample vs;
            vs.mdevUuid = QStringLiteral("%1-0000-4000-8000-%2")
                              .arg(host, 8, 16, QLatin1Char('0'))
                              .arg(g * 100 + v, 12, 16, QLatin1Char('0'));
            vs.gpuUtil = load / (v + 1);
            vs.encoderUtil = load / 8;
            vs.fbUsedMiB = 2048;
            gs.vgpus.append(vs);
        }
        s.gpus.append(gs);
    }
    return s;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = option(args, "--hosts", 1000);
    const int gpus = option(args, "--gpus", 8);
    const int vgpus = option(args, "--vgpus", 4);
    const int seconds = std::max(1, option(args, "--seconds", 20));
    QTextStream out(stdout);

    QList<QString> ids;
    for (int h = 0; h < hosts; ++h)
        ids.append(QStringLiteral("h%1").arg(h + 1));
    QList<TelemetrySample> samples; // made once: the bench times the history, not the sample's making
    for (int h = 0; h < hosts; ++h)
        samples.append(hostSample(h, gpus, vgpus, 0));

    const qint64 before = residentBytes();
    TelemetryHistory history;
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    qint64 appends = 0;
    for (int s = 0; s < seconds; ++s) {
        for (int h = 0; h < hosts; ++h) {
            samples[h].time = QDateTime::fromMSecsSinceEpoch((start + s) * 1000, Qt::UTC);
            history.append(ids[h], samples[h]);
            ++appends;
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    const qint64 after = residentBytes();

    out << "telemetry history: " << hosts << " hosts x " << gpus << " GPUs x " << vgpus << " vGPUs, "
        << seconds << " s of samples\n";
    out << "  bytes per GPU series:  " << TelemetryHistory::bytesPerGpu() << "\n";
    out << "  bytes per vGPU series: " << TelemetryHistory::bytesPerVgpu() << "\n";
    out << "  series: " << history.gpuCount() << " GPUs, " << history.vgpuCount() << " vGPUs\n";
    out << "  total (accounted): " << history.bytesUsed()
        << " bytes = " << QString::number(double(history.bytesUsed()) / (1024.0 * 1024.0), 'f', 1)
        << " MiB\n";
    out << "  resident growth:   " << QString::number(double(after - before) / (1024.0 * 1024.0), 'f', 1)
        << " MiB\n";
    out << "  append: " << QString::number(double(ns) / double(std::max<qint64>(1, appends)) / 1000.0, 'f', 1)
        << " us per host sample\n";
    const bool ok = history.gpuCount() == hosts * gpus && history.vgpuCount() == hosts * gpus * vgpus;
    if (!ok)
        out << "bench_telemetry: wrong series count\n";
    return ok ? 0 : 1;
}
