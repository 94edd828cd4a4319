// Telemetry history: per-series rings of compact integer codes, one slot per second and one per 15 s bucket.
#include "telemetryhistory.h"

#include "agent/telemetry.h"
#include "inventory.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {
using Metric = TelemetryHistory::Metric;
using Point = TelemetryHistory::Point;

// A value is kept as a small unsigned code: (value + offset) * scale, rounded. The top code means "none".
struct Codec
{
    double scale;
    double offset;
    quint16 none;
};

constexpr Codec codecOf(Metric m)
{
    switch (m) {
    case Metric::Utilization:
    case Metric::Encoder:
        return {2, 0, 0xff}; // 0.5 % steps
    case Metric::Temperature:
        return {1, 40, 0xff}; // -40 … 214 °C
    case Metric::Power:
        return {10, 0, 0xffff}; // 0.1 W steps up to 6.5 kW
    case Metric::FramebufferUsed:
        return {0.25, 0, 0xffff}; // 4 MiB steps up to 256 GiB
    }
    return {1, 0, 0xffff};
}

quint16 encode(Metric m, double v)
{
    const Codec c = codecOf(m);
    const double code = std::round((v + c.offset) * c.scale);
    return quint16(std::clamp(code, 0.0, double(c.none - 1)));
}

double decode(Metric m, quint16 code)
{
    const Codec c = codecOf(m);
    return double(code) / c.scale - c.offset;
}

struct GpuTraits
{
    struct Codes
    {
        quint16 power = 0xffff, fb = 0xffff;
        quint8 util = 0xff, enc = 0xff, temp = 0xff;
    };
    static constexpr std::array metrics{Metric::Utilization, Metric::FramebufferUsed, Metric::Temperature,
                                        Metric::Power, Metric::Encoder};
    static quint16 get(const Codes &c, Metric m)
    {
        switch (m) {
        case Metric::Utilization:
            return c.util;
        case Metric::FramebufferUsed:
            return c.fb;
        case Metric::Temperature:
            return c.temp;
        case Metric::Power:
            return c.power;
        case Metric::Encoder:
            return c.enc;
        }
        return 0xffff;
    }
    static void set(Codes &c, Metric m, quint16 v)
    {
        switch (m) {
        case Metric::Utilization:
            c.util = quint8(v);
            break;
        case Metric::FramebufferUsed:
            c.fb = v;
            break;
        case Metric::Temperature:
            c.temp = quint8(v);
            break;
        case Metric::Power:
            c.power = v;
            break;
        case Metric::Encoder:
            c.enc = quint8(v);
            break;
        }
    }
};

struct VgpuTraits
{
    struct Codes
    {
        quint16 fb = 0xffff;
        quint8 util = 0xff, enc = 0xff;
    };
    static constexpr std::array metrics{Metric::Utilization, Metric::FramebufferUsed, Metric::Encoder};
    static quint16 get(const Codes &c, Metric m)
    {
        switch (m) {
        case Metric::Utilization:
            return c.util;
        case Metric::FramebufferUsed:
            return c.fb;
        case Metric::Encoder:
            return c.enc;
        default:
            return 0xffff;
        }
    }
    static void set(Codes &c, Metric m, quint16 v)
    {
        switch (m) {
        case Metric::Utilization:
            c.util = quint8(v);
            break;
        case Metric::FramebufferUsed:
            c.fb = v;
            break;
        case Metric::Encoder:
            c.enc = quint8(v);
            break;
        default:
            break;
        }
    }
};

template <typename Traits> class Series
{
public:
    using Codes = typename Traits::Codes;
    static constexpr int Count = int(Traits::metrics.size());
    using Values = std::array<std::optional<double>, Count>; // in Traits::metrics order

    void add(qint64 second, const Values &values)
    {
        Codes codes;
        for (int i = 0; i < Count; ++i)
            if (values[i])
                Traits::set(codes, Traits::metrics[i], encode(Traits::metrics[i], *values[i]));
        addRecent(second, codes);
        addBucket(second / TelemetryHistory::BucketSeconds, codes);
    }

    QList<Point> points(Metric m, TelemetryHistory::Span span) const
    {
        QList<Point> out;
        if (m_lastSecond < 0 || !supports(m))
            return out;
        const quint16 none = codecOf(m).none;
        if (span == TelemetryHistory::Span::Recent) {
            out.reserve(Recent);
            for (qint64 s = m_lastSecond - Recent + 1; s <= m_lastSecond; ++s) {
                const quint16 code = Traits::get(m_recent[slot(s, Recent)], m);
                if (s >= 0 && code != none) {
                    const double v = decode(m, code);
                    out.append({s * 1000, v, v, v});
                }
            }
        } else {
            out.reserve(Buckets);
            for (qint64 b = m_lastBucket - Buckets + 1; b <= m_lastBucket; ++b) {
                const Bucket &bucket = m_hour[slot(b, Buckets)];
                if (b >= 0 && Traits::get(bucket.avg, m) != none)
                    out.append({b * TelemetryHistory::BucketSeconds * 1000,
                                decode(m, Traits::get(bucket.min, m)), decode(m, Traits::get(bucket.avg, m)),
                                decode(m, Traits::get(bucket.max, m))});
            }
        }
        return out;
    }

    qint64 lastSecond() const { return m_lastSecond; }

private:
    static constexpr int Recent = TelemetryHistory::RecentSeconds;
    static constexpr int Buckets = TelemetryHistory::HourBuckets;
    struct Bucket
    {
        Codes min, avg, max;
    };

    static bool supports(Metric m)
    {
        return std::find(Traits::metrics.begin(), Traits::metrics.end(), m) != Traits::metrics.end();
    }
    static qsizetype slot(qint64 n, int size) { return qsizetype(((n % size) + size) % size); }

    void addRecent(qint64 second, const Codes &codes)
    {
        if (m_lastSecond < 0 || second > m_lastSecond) {
            // Seconds without a sample between the last one and this one hold nothing.
            const qint64 from = m_lastSecond < 0 ? second : std::max(m_lastSecond + 1, second - Recent + 1);
            for (qint64 s = from; s < second; ++s)
                m_recent[slot(s, Recent)] = Codes{};
            m_lastSecond = second;
        } else if (second <= m_lastSecond - Recent) {
            return; // older than the window
        }
        m_recent[slot(second, Recent)] = codes; // a repeated second: the newer sample wins
    }

    void addBucket(qint64 bucket, const Codes &codes)
    {
        if (m_lastBucket < 0 || bucket > m_lastBucket) {
            const qint64 from = m_lastBucket < 0 ? bucket : std::max(m_lastBucket + 1, bucket - Buckets + 1);
            for (qint64 b = from; b <= bucket; ++b)
                m_hour[slot(b, Buckets)] = Bucket{};
            m_sum.fill(0);
            m_count.fill(0);
            m_lastBucket = bucket;
        } else if (bucket < m_lastBucket) {
            return; // that bucket is closed; its average cannot take more
        }
        Bucket &b = m_hour[slot(bucket, Buckets)];
        for (int i = 0; i < Count; ++i) {
            const Metric m = Traits::metrics[i];
            const quint16 code = Traits::get(codes, m);
            const quint16 none = codecOf(m).none;
            if (code == none)
                continue;
            m_sum[i] += decode(m, code);
            ++m_count[i];
            if (Traits::get(b.min, m) == none || code < Traits::get(b.min, m))
                Traits::set(b.min, m, code);
            if (Traits::get(b.max, m) == none || code > Traits::get(b.max, m))
                Traits::set(b.max, m, code);
            Traits::set(b.avg, m, encode(m, m_sum[i] / m_count[i]));
        }
    }

    std::array<Codes, Recent> m_recent{};
    std::array<Bucket, Buckets> m_hour{};
    std::array<double, Count> m_sum{}; // the newest bucket's running sums, for its average
    std::array<quint16, Count> m_count{};
    qint64 m_lastSecond = -1;
    qint64 m_lastBucket = -1;
};

using GpuRing = Series<GpuTraits>;
using VgpuRing = Series<VgpuTraits>;

template <typename T> std::optional<double> opt(const std::optional<T> &v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

// Hash nodes, shared_ptr control blocks and keys: a generous estimate of what a series costs beside its
// rings.
constexpr qsizetype EntryOverhead = 96;
} // namespace

struct TelemetryHistory::HostHistory
{
    struct Vgpu
    {
        PciAddress gpu;
        quint64 order = 0; // first seen
        std::shared_ptr<VgpuRing> series;
    };
    QHash<PciAddress, std::shared_ptr<GpuRing>> gpus;
    QHash<QString, Vgpu> vgpus;
    quint64 nextOrder = 0;
    qint64 lastMsecs = 0;
    qint64 prunedAt = 0; // second of the last pruning

    // Series that have not reported for an hour show nothing any more: drop them (VDI churns mdevs).
    void prune(qint64 now)
    {
        if (now - prunedAt < 60)
            return;
        prunedAt = now;
        const qint64 oldest = now - HourSeconds;
        gpus.removeIf([&](const auto &it) { return it.value()->lastSecond() < oldest; });
        vgpus.removeIf([&](const auto &it) { return it.value().series->lastSecond() < oldest; });
    }
};

TelemetryHistory::TelemetryHistory(Inventory *inventory, QObject *parent) : QObject(parent)
{
    if (!inventory)
        return;
    connect(inventory, &Inventory::telemetryChanged, this, [this, inventory](const QString &id) {
        if (const Inventory::Host *h = inventory->host(id); h && h->agent.telemetry)
            append(id, *h->agent.telemetry);
    });
    connect(inventory, &Inventory::hostRemoved, this, &TelemetryHistory::removeHost);
}

TelemetryHistory::~TelemetryHistory() = default;

void TelemetryHistory::append(const QString &hostId, const TelemetrySample &sample)
{
    const qint64 ms = sample.time.toMSecsSinceEpoch();
    if (!sample.time.isValid() || ms < 0)
        return; // nothing to place it at
    const qint64 second = ms / 1000;
    std::shared_ptr<HostHistory> &h = m_hosts[hostId];
    if (!h)
        h = std::make_shared<HostHistory>();
    h->lastMsecs = std::max(h->lastMsecs, ms);
    for (const GpuSample &g : sample.gpus) {
        std::shared_ptr<GpuRing> &series = h->gpus[g.address];
        if (!series)
            series = std::make_shared<GpuRing>();
        series->add(second,
                    {opt(g.gpuUtil), opt(g.fbUsedMiB), opt(g.temperatureC), g.powerW, opt(g.encoderUtil)});
        for (const VgpuSample &v : g.vgpus) {
            if (v.mdevUuid.isEmpty())
                continue;
            HostHistory::Vgpu &entry = h->vgpus[v.mdevUuid];
            if (!entry.series) {
                entry.series = std::make_shared<VgpuRing>();
                entry.order = h->nextOrder++;
            }
            entry.gpu = g.address;
            entry.series->add(second, {opt(v.gpuUtil), opt(v.fbUsedMiB), opt(v.encoderUtil)});
        }
    }
    h->prune(h->lastMsecs / 1000);
    Q_EMIT appended(hostId);
}

void TelemetryHistory::removeHost(const QString &hostId)
{
    m_hosts.remove(hostId);
}

QList<TelemetryHistory::Point> TelemetryHistory::gpuSeries(const QString &hostId, const PciAddress &gpu,
                                                           Metric metric, Span span) const
{
    const auto h = m_hosts.value(hostId);
    const auto series = h ? h->gpus.value(gpu) : nullptr;
    return series ? series->points(metric, span) : QList<Point>{};
}

QList<TelemetryHistory::Point> TelemetryHistory::vgpuSeries(const QString &hostId, const QString &mdevUuid,
                                                            Metric metric, Span span) const
{
    const auto h = m_hosts.value(hostId);
    if (!h)
        return {};
    const auto it = h->vgpus.constFind(mdevUuid.toLower());
    return it == h->vgpus.cend() ? QList<Point>{} : it->series->points(metric, span);
}

QStringList TelemetryHistory::vgpusOf(const QString &hostId, const PciAddress &gpu) const
{
    const auto h = m_hosts.value(hostId);
    if (!h)
        return {};
    QList<std::pair<quint64, QString>> found;
    for (auto it = h->vgpus.cbegin(); it != h->vgpus.cend(); ++it)
        if (it->gpu == gpu)
            found.append({it->order, it.key()});
    std::sort(found.begin(), found.end());
    QStringList out;
    for (const auto &f : found)
        out.append(f.second);
    return out;
}

qint64 TelemetryHistory::lastMsecs(const QString &hostId) const
{
    const auto h = m_hosts.value(hostId);
    return h ? h->lastMsecs : 0;
}

int TelemetryHistory::gpuCount() const
{
    int n = 0;
    for (const auto &h : m_hosts)
        n += int(h->gpus.size());
    return n;
}

int TelemetryHistory::vgpuCount() const
{
    int n = 0;
    for (const auto &h : m_hosts)
        n += int(h->vgpus.size());
    return n;
}

qsizetype TelemetryHistory::bytesPerGpu()
{
    return qsizetype(sizeof(GpuRing)) + EntryOverhead;
}

qsizetype TelemetryHistory::bytesPerVgpu()
{
    return qsizetype(sizeof(VgpuRing) + sizeof(HostHistory::Vgpu)) + EntryOverhead;
}

qsizetype TelemetryHistory::bytesUsed() const
{
    qsizetype bytes = 0;
    for (const auto &h : m_hosts)
        bytes += qsizetype(sizeof(HostHistory)) + EntryOverhead + h->gpus.size() * bytesPerGpu() +
                 h->vgpus.size() * bytesPerVgpu();
    return bytes;
}
