// Telemetry history: bounded rings at two resolutions, their figures, gaps, late samples and pruning.
#include "agent/telemetry.h"
#include "inventory/telemetryhistory.h"

#include <QSignalSpy>
#include <QTest>

using Metric = TelemetryHistory::Metric;
using Span = TelemetryHistory::Span;

class tst_TelemetryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentSecondsAndGaps();
    void hourBucketsMinAvgMax();
    void hoursOfSamplesStayBounded();
    void vgpusAndTheirGpu();
    void lateAndRepeatedSamples();
    void missingFiguresAreLeftOut();
    void encodingPrecision();
};

namespace {
const PciAddress gpuA = *PciAddress::parse(QStringLiteral("0000:41:00.0"));
const PciAddress gpuB = *PciAddress::parse(QStringLiteral("0000:c1:00.0"));
const qint64 t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

TelemetrySample sampleAt(qint64 ms, int util, const QStringList &mdevs = {})
{
    TelemetrySample s;
    s.time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    GpuSample g;
    g.address = gpuA;
    g.gpuUtil = util;
    g.encoderUtil = util / 2;
    g.fbUsedMiB = quint64(1000 + util * 10);
    g.fbTotalMiB = 16384;
    g.temperatureC = 30 + util / 4;
    g.powerW = 50.5 + util;
    for (const QString &m : mdevs) {
        VgpuSample v;
        v.mdevUuid = m;
        v.gpuUtil = util / 4;
        v.fbUsedMiB = 512;
        v.encoderUtil = 3;
        g.vgpus.append(v);
    }
    s.gpus.append(g);
    return s;
}
} // namespace

void tst_TelemetryHistory::recentSecondsAndGaps()
{
    TelemetryHistory h;
    QSignalSpy appended(&h, &TelemetryHistory::appended);
    for (int i = 0; i < 10; ++i)
        h.append(QStringLiteral("h1"), sampleAt(t0 + i * 1000 + 250, 10 * i));
    QCOMPARE(appended.size(), 10);
    auto pts = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent);
    QCOMPARE(pts.size(), 10);
    QCOMPARE(pts.first().msecs, t0); // seconds start on the second
    QCOMPARE(pts.last().msecs, t0 + 9000);
    QCOMPARE(pts.last().avg, 90.0);
    QCOMPARE(pts.last().min, 90.0);
    QCOMPARE(h.lastMsecs(QStringLiteral("h1")), t0 + 9250);

    // A 20 s silence leaves no points in between; old seconds are still there.
    h.append(QStringLiteral("h1"), sampleAt(t0 + 30000, 55));
    pts = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent);
    QCOMPARE(pts.size(), 11);
    QCOMPARE(pts.last().msecs, t0 + 30000);
    QCOMPARE(pts[9].msecs, t0 + 9000);

    // After a silence longer than the window only the new point remains.
    h.append(QStringLiteral("h1"), sampleAt(t0 + 30000 + 400000, 7));
    pts = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent);
    QCOMPARE(pts.size(), 1);
    QCOMPARE(pts.first().avg, 7.0);

    QVERIFY(h.gpuSeries(QStringLiteral("h2"), gpuA, Metric::Utilization, Span::Recent).isEmpty());
    QVERIFY(h.gpuSeries(QStringLiteral("h1"), gpuB, Metric::Utilization, Span::Recent).isEmpty());
}

void tst_TelemetryHistory::hourBucketsMinAvgMax()
{
    TelemetryHistory h;
    // Two full buckets: 0..14 % then 20..34 %, one sample a second.
    for (int i = 0; i < 15; ++i)
        h.append(QStringLiteral("h1"), sampleAt(t0 + i * 1000, i));
    for (int i = 0; i < 15; ++i)
        h.append(QStringLiteral("h1"), sampleAt(t0 + (15 + i) * 1000, 20 + i));
    const auto pts = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Hour);
    QCOMPARE(pts.size(), 2);
    QCOMPARE(pts[0].msecs, t0);
    QCOMPARE(pts[0].min, 0.0);
    QCOMPARE(pts[0].max, 14.0);
    QCOMPARE(pts[0].avg, 7.0);
    QCOMPARE(pts[1].msecs, t0 + 15000);
    QCOMPARE(pts[1].min, 20.0);
    QCOMPARE(pts[1].max, 34.0);
    QCOMPARE(pts[1].avg, 27.0);
    const auto power = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Power, Span::Hour);
    QCOMPARE(power[1].min, 70.5);
    QCOMPARE(power[1].max, 84.5);
    QCOMPARE(power[1].avg, 77.5);
    const auto temp = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Temperature, Span::Hour);
    QCOMPARE(temp[0].min, 30.0);
    QCOMPARE(temp[0].max, 33.0);
}

void tst_TelemetryHistory::hoursOfSamplesStayBounded()
{
    TelemetryHistory h;
    const QStringList mdevs{QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001")};
    // Five hours, one sample a second; the utilization is the minute of the hour (0..59).
    const int seconds = 5 * 3600;
    for (int i = 0; i < seconds; ++i)
        h.append(QStringLiteral("h1"), sampleAt(t0 + qint64(i) * 1000, (i / 60) % 60, mdevs));
    QCOMPARE(h.gpuCount(), 1);
    QCOMPARE(h.vgpuCount(), 1);
    const qsizetype bytes = h.bytesUsed();
    QVERIFY(bytes > 0);
    QVERIFY2(bytes < 64 * 1024, qPrintable(QString::number(bytes)));

    const auto recent = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent);
    QCOMPARE(recent.size(), TelemetryHistory::RecentSeconds);
    const qint64 last = t0 + qint64(seconds - 1) * 1000;
    QCOMPARE(recent.last().msecs, last);
    QCOMPARE(recent.first().msecs, last - (TelemetryHistory::RecentSeconds - 1) * 1000);
    QCOMPARE(recent.last().avg, double(((seconds - 1) / 60) % 60));

    const auto hour = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Hour);
    QCOMPARE(hour.size(), TelemetryHistory::HourBuckets);
    QCOMPARE(hour.last().msecs, t0 + qint64(seconds - TelemetryHistory::BucketSeconds) * 1000);
    // Every bucket lies within one minute: min = avg = max = that minute.
    for (const auto &p : hour) {
        const int minute = int(((p.msecs - t0) / 60000) % 60);
        QCOMPARE(p.avg, double(minute));
        QCOMPARE(p.min, p.max);
    }
    const auto vhour = h.vgpuSeries(QStringLiteral("h1"), mdevs.first(), Metric::Utilization, Span::Hour);
    QCOMPARE(vhour.size(), TelemetryHistory::HourBuckets);

    // Another five hours leave the memory exactly as it was.
    for (int i = seconds; i < 2 * seconds; ++i)
        h.append(QStringLiteral("h1"), sampleAt(t0 + qint64(i) * 1000, 50, mdevs));
    QCOMPARE(h.bytesUsed(), bytes);
}

void tst_TelemetryHistory::vgpusAndTheirGpu()
{
    TelemetryHistory h;
    const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString b = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
    h.append(QStringLiteral("h1"), sampleAt(t0, 40, {b}));
    h.append(QStringLiteral("h1"), sampleAt(t0 + 1000, 40, {b, a}));
    QCOMPARE(h.vgpusOf(QStringLiteral("h1"), gpuA), (QStringList{b, a}));
    QVERIFY(h.vgpusOf(QStringLiteral("h1"), gpuB).isEmpty());
    const auto util = h.vgpuSeries(QStringLiteral("h1"), a, Metric::Utilization, Span::Recent);
    QCOMPARE(util.size(), 1);
    QCOMPARE(util.first().avg, 10.0);
    QCOMPARE(h.vgpuSeries(QStringLiteral("h1"), a, Metric::FramebufferUsed, Span::Recent).first().avg, 512.0);
    // vGPUs have no temperature or power of their own.
    QVERIFY(h.vgpuSeries(QStringLiteral("h1"), a, Metric::Temperature, Span::Recent).isEmpty());

    // A vGPU gone for over an hour is forgotten; one still reporting stays.
    for (int i = 2; i < 3700; i += 5)
        h.append(QStringLiteral("h1"), sampleAt(t0 + i * 1000, 40, {b}));
    QCOMPARE(h.vgpusOf(QStringLiteral("h1"), gpuA), QStringList{b});
    QCOMPARE(h.vgpuCount(), 1);

    h.removeHost(QStringLiteral("h1"));
    QCOMPARE(h.gpuCount(), 0);
    QCOMPARE(h.bytesUsed(), 0);
}

void tst_TelemetryHistory::lateAndRepeatedSamples()
{
    TelemetryHistory h;
    h.append(QStringLiteral("h1"), sampleAt(t0 + 10000, 10));
    h.append(QStringLiteral("h1"), sampleAt(t0 + 10500, 30)); // same second: the newer wins in Recent
    h.append(QStringLiteral("h1"), sampleAt(t0 + 8000, 20));  // late, still in the window
    auto pts = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent);
    QCOMPARE(pts.size(), 2);
    QCOMPARE(pts[0].msecs, t0 + 8000);
    QCOMPARE(pts[1].avg, 30.0);
    // Both samples of the second count in the bucket; the late one falls in the same bucket.
    const auto hour = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Hour);
    QCOMPARE(hour.size(), 1);
    QCOMPARE(hour[0].min, 10.0);
    QCOMPARE(hour[0].max, 30.0);
    QCOMPARE(hour[0].avg, 20.0);
    // Far too late for the window: dropped.
    h.append(QStringLiteral("h1"), sampleAt(t0 - 3600 * 1000, 99));
    QCOMPARE(h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent).size(), 2);
    // No time, no place.
    TelemetrySample none = sampleAt(t0, 1);
    none.time = {};
    h.append(QStringLiteral("h1"), none);
    QCOMPARE(h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent).size(), 2);
}

void tst_TelemetryHistory::missingFiguresAreLeftOut()
{
    TelemetryHistory h;
    TelemetrySample s = sampleAt(t0, 50);
    s.gpus[0].encoderUtil.reset();
    s.gpus[0].powerW.reset();
    h.append(QStringLiteral("h1"), s);
    h.append(QStringLiteral("h1"), sampleAt(t0 + 1000, 60));
    const auto enc = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Encoder, Span::Recent);
    QCOMPARE(enc.size(), 1);
    QCOMPARE(enc.first().msecs, t0 + 1000);
    QCOMPARE(h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Utilization, Span::Recent).size(), 2);
    const auto power = h.gpuSeries(QStringLiteral("h1"), gpuA, Metric::Power, Span::Hour);
    QCOMPARE(power.size(), 1);
    QCOMPARE(power.first().avg, 110.5); // only the sample that had one
}

void tst_TelemetryHistory::encodingPrecision()
{
    TelemetryHistory h;
    TelemetrySample s = sampleAt(t0, 0);
    s.gpus[0].gpuUtil = 100;
    s.gpus[0].fbUsedMiB = 143771; // an H200's whole framebuffer
    s.gpus[0].temperatureC = -5;
    s.gpus[0].powerW = 699.9;
    h.append(QStringLiteral("h1"), s);
    auto one = [&](Metric m) { return h.gpuSeries(QStringLiteral("h1"), gpuA, m, Span::Recent).first().avg; };
    QCOMPARE(one(Metric::Utilization), 100.0);
    QVERIFY(qAbs(one(Metric::FramebufferUsed) - 143771) <= 2);
    QCOMPARE(one(Metric::Temperature), -5.0);
    QCOMPARE(one(Metric::Power), 699.9);
}

QTEST_GUILESS_MAIN(tst_TelemetryHistory)
#include "tst_telemetryhistory.moc"
