// The recent past of every GPU's and vGPU's telemetry, for charts: fixed-size rings at two resolutions
// (1 s for five minutes, 15 s min/avg/max for an hour). Memory per series is constant; series of GPUs and
// vGPUs that have not reported for an hour are dropped, so memory does not grow with run time.
#pragma once

#include "model/pciaddress.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class Inventory;
struct TelemetrySample;

class TelemetryHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelemetryHistory)
public:
    // vGPUs have Utilization, FramebufferUsed and Encoder only.
    enum class Metric { Utilization, FramebufferUsed, Temperature, Power, Encoder };
    enum class Span {
        Recent, // the last five minutes, one point per second (min = avg = max)
        Hour,   // the last hour, one point per 15 s bucket with min, average and max
    };
    static constexpr int RecentSeconds = 300;
    static constexpr int BucketSeconds = 15;
    static constexpr int HourBuckets = 240;
    static constexpr int HourSeconds = BucketSeconds * HourBuckets;

    // Values in natural units: percent, MiB, °C, W. Stored compactly: percent to 0.5, MiB to 4 MiB,
    // °C to 1, W to 0.1.
    struct Point
    {
        qint64 msecs = 0; // the second's or the bucket's start, ms since the epoch (UTC)
        double min = 0, avg = 0, max = 0;
    };

    // Follows the inventory's telemetry (and drops removed hosts) when given one.
    explicit TelemetryHistory(Inventory *inventory = nullptr, QObject *parent = nullptr);
    ~TelemetryHistory() override;

    void append(const QString &hostId, const TelemetrySample &sample);
    void removeHost(const QString &hostId);

    // Oldest first; seconds or buckets without a value are left out.
    QList<Point> gpuSeries(const QString &hostId, const PciAddress &gpu, Metric metric, Span span) const;
    QList<Point> vgpuSeries(const QString &hostId, const QString &mdevUuid, Metric metric, Span span) const;
    // The mdevs that reported on a GPU within the last hour, in the order they were first seen.
    QStringList vgpusOf(const QString &hostId, const PciAddress &gpu) const;
    // The newest sample's time for a host (ms since the epoch), 0 when none.
    qint64 lastMsecs(const QString &hostId) const;

    int gpuCount() const;
    int vgpuCount() const;
    // What one series costs, and what all of them cost now (the rings and their bookkeeping).
    static qsizetype bytesPerGpu();
    static qsizetype bytesPerVgpu();
    qsizetype bytesUsed() const;

Q_SIGNALS:
    void appended(const QString &hostId);

private:
    struct HostHistory;
    QHash<QString, std::shared_ptr<HostHistory>> m_hosts;
};
