#include "scheduler/timeslice.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr double kEpsilonUs = 1e-9; // work below this (in µs of GPU time) counts as none
constexpr int kMaxVgpusPerGpu = 32;
constexpr qint64 kMaxSteps = 50'000'000;

Error invalid(const char *summary, const QString &detail)
{
    return Error{QCoreApplication::translate("TimeSlice", summary), detail, 0};
}

QString who(const SimVgpu &v, qsizetype index)
{
    return QStringLiteral("vGPU \"%1\" (#%2)").arg(v.name).arg(index + 1);
}

std::optional<Error> validate(const SimConfig &c)
{
    if (c.vgpus.size() > kMaxVgpusPerGpu)
        return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Too many vGPUs for one GPU"),
                       QStringLiteral("vgpus: %1; one physical GPU holds at most %2").arg(c.vgpus.size()).arg(kMaxVgpusPerGpu));
    if (c.durationMs <= 0)
        return invalid(QT_TRANSLATE_NOOP("TimeSlice", "The simulated duration must be positive"), QStringLiteral("durationMs: %1").arg(c.durationMs));
    if (c.sampleMs <= 0 || c.sampleMs > c.durationMs)
        return invalid(QT_TRANSLATE_NOOP("TimeSlice", "The sample window must be positive and no longer than the duration"),
                       QStringLiteral("sampleMs: %1, durationMs: %2").arg(c.sampleMs).arg(c.durationMs));
    if (c.resolutionUs <= 0 || c.resolutionUs > 1000 || 1000 % c.resolutionUs != 0)
        return invalid(QT_TRANSLATE_NOOP("TimeSlice", "The simulation step must divide one millisecond"),
                       QStringLiteral("resolutionUs: %1; allowed divisors of 1000").arg(c.resolutionUs));
    if (qint64(c.durationMs) * 1000 / c.resolutionUs > kMaxSteps)
        return invalid(QT_TRANSLATE_NOOP("TimeSlice", "The simulation is too long for its step"),
                       QStringLiteral("durationMs %1 at resolutionUs %2 is more than %3 steps")
                           .arg(c.durationMs)
                           .arg(c.resolutionUs)
                           .arg(kMaxSteps));
    for (qsizetype i = 0; i < c.vgpus.size(); ++i) {
        const SimVgpu &v = c.vgpus[i];
        if (v.maxInstances < 1 || v.maxInstances > kMaxVgpusPerGpu)
            return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid vGPU in the simulation"),
                           QStringLiteral("%1: maxInstances %2; allowed 1-%3").arg(who(v, i)).arg(v.maxInstances).arg(kMaxVgpusPerGpu));
        if (!(v.frameRateCapPercent > 0 && v.frameRateCapPercent <= 100))
            return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid vGPU in the simulation"),
                           QStringLiteral("%1: frameRateCapPercent %2; allowed above 0 up to 100").arg(who(v, i)).arg(v.frameRateCapPercent));
        const SimWorkload &w = v.workload;
        switch (w.kind) {
        case SimWorkload::Idle: break;
        case SimWorkload::Steady:
            if (!(w.percent >= 0 && w.percent <= 100))
                return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid workload in the simulation"),
                               QStringLiteral("%1: steady percent %2; allowed 0-100").arg(who(v, i)).arg(w.percent));
            break;
        case SimWorkload::Burst:
            if (w.periodMs <= 0)
                return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid workload in the simulation"),
                               QStringLiteral("%1: burst periodMs %2; must be positive").arg(who(v, i)).arg(w.periodMs));
            if (w.busyMs < 0 || w.busyMs > w.periodMs)
                return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid workload in the simulation"),
                               QStringLiteral("%1: burst busyMs %2; allowed 0-%3 (the period)").arg(who(v, i)).arg(w.busyMs).arg(w.periodMs));
            if (!(w.percentWhileBusy >= 0 && w.percentWhileBusy <= 100))
                return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid workload in the simulation"),
                               QStringLiteral("%1: burst percentWhileBusy %2; allowed 0-100").arg(who(v, i)).arg(w.percentWhileBusy));
            break;
        default:
            return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Invalid workload in the simulation"),
                           QStringLiteral("%1: unknown workload kind %2").arg(who(v, i)).arg(int(w.kind)));
        }
    }
    // The scheduler setting must be one RmPVMRL can express.
    if (auto encoded = encodeRmPVMRL(c.scheduler); !encoded)
        return encoded.error();
    if (c.scheduler.policy == SchedulerSetting::FixedShare && !c.vgpus.isEmpty()) {
        const int max = c.vgpus.front().maxInstances;
        for (qsizetype i = 1; i < c.vgpus.size(); ++i) {
            if (c.vgpus[i].maxInstances != max)
                return invalid(QT_TRANSLATE_NOOP("TimeSlice", "Fixed share needs vGPUs of one size"),
                               QStringLiteral("%1 allows %2 per GPU, %3 allows %4; fixed share is not allowed with mixed sizes")
                                   .arg(who(c.vgpus.front(), 0))
                                   .arg(max)
                                   .arg(who(c.vgpus[i], i))
                                   .arg(c.vgpus[i].maxInstances));
        }
        if (c.vgpus.size() > max)
            return invalid(QT_TRANSLATE_NOOP("TimeSlice", "More vGPUs than their type allows on one GPU"),
                           QStringLiteral("vgpus: %1; maxInstances: %2").arg(c.vgpus.size()).arg(max));
    }
    return std::nullopt;
}

} // namespace

double SimWorkload::demandAt(qint64 tUs) const
{
    switch (kind) {
    case Idle: return 0;
    case Steady: return percent / 100.0;
    case Burst:
        if (periodMs <= 0)
            return 0;
        return (tUs % (qint64(periodMs) * 1000)) < qint64(busyMs) * 1000 ? percentWhileBusy / 100.0 : 0;
    }
    return 0;
}

bool SimWorkload::neverBusy() const
{
    switch (kind) {
    case Idle: return true;
    case Steady: return percent <= 0;
    case Burst: return busyMs <= 0 || percentWhileBusy <= 0;
    }
    return true;
}

int simMaxInstances(const SimConfig &config)
{
    int max = 0;
    for (const SimVgpu &v : config.vgpus)
        max = std::max(max, v.maxInstances);
    return max == 0 ? 8 : max;
}

Result<SimResult> simulateTimeSlices(const SimConfig &c)
{
    if (auto e = validate(c))
        return *e;

    const int res = c.resolutionUs;
    const qsizetype n = c.vgpus.size();
    const SchedulerSetting::Policy policy = c.scheduler.policy;

    SimResult simResult;
    {
        const int raw = effectiveTimeSliceUs(c.scheduler, simMaxInstances(c));
        simResult.timeSliceUs = std::max(res, int(std::lround(double(raw) / res)) * res);
    }
    const int sliceUs = simResult.timeSliceUs;
    simResult.frameRateLimiterActive = c.frameRateLimiter && policy == SchedulerSetting::BestEffort;

    const qint64 durationUs = qint64(c.durationMs) * 1000;
    const qint64 sampleUs = qint64(c.sampleMs) * 1000;
    const qsizetype samples = qsizetype((durationUs + sampleUs - 1) / sampleUs);
    simResult.sampleStartMs.reserve(samples);
    simResult.busy.fill(0.0, samples);
    simResult.wasted.fill(0.0, samples);
    for (qsizetype s = 0; s < samples; ++s)
        simResult.sampleStartMs.append(double(s * c.sampleMs));
    simResult.vgpus.resize(n);
    std::vector<double> cap(n, 1.0);
    for (qsizetype i = 0; i < n; ++i) {
        simResult.vgpus[i].name = c.vgpus[i].name;
        simResult.vgpus[i].share.fill(0.0, samples);
        simResult.vgpus[i].demand.fill(0.0, samples);
        if (simResult.frameRateLimiterActive)
            cap[i] = c.vgpus[i].frameRateCapPercent / 100.0;
    }

    // The run list. Best effort: every vGPU, skipping those without work. Equal share: every running vGPU
    // (one whose workload ever asks for the GPU), each holding its slice whether it uses it or not. Fixed
    // share: maxInstances runList, the ones no vGPU holds stay idle.
    std::vector<int> runList;
    if (policy == SchedulerSetting::EqualShare) {
        for (qsizetype i = 0; i < n; ++i) {
            if (!c.vgpus[i].workload.neverBusy())
                runList.push_back(int(i));
        }
    } else if (policy == SchedulerSetting::FixedShare && n > 0) {
        runList.assign(size_t(c.vgpus.front().maxInstances), -1);
        for (qsizetype i = 0; i < n; ++i)
            runList[size_t(i)] = int(i);
    }

    std::vector<double> backlog(n, 0.0);   // queued work, µs of GPU time
    std::vector<double> served(n, 0.0);    // in the current window
    std::vector<double> offered(n, 0.0);   // in the current window
    std::vector<double> ran(n, 0.0);       // in the current step
    std::vector<qint64> waitUs(n, 0), worstUs(n, 0);
    std::vector<char> hadWork(n, 0);
    double wastedUs = 0; // in the current window
    int cur = -1;          // best effort: the vGPU holding the GPU
    double sliceLeft = 0;  // best effort: what is left of its slice
    size_t runPos = 0;       // equal/fixed share: the current runPos
    int slotLeft = sliceUs;

    auto closeWindow = [&](qsizetype w, qint64 lengthUs) {
        double busy = 0;
        for (qsizetype i = 0; i < n; ++i) {
            simResult.vgpus[i].share[w] = served[i] / double(lengthUs);
            simResult.vgpus[i].demand[w] = offered[i] / double(lengthUs);
            busy += served[i];
            served[i] = 0;
            offered[i] = 0;
        }
        simResult.busy[w] = busy / double(lengthUs);
        simResult.wasted[w] = wastedUs / double(lengthUs);
        wastedUs = 0;
    };

    qsizetype window = 0;
    qint64 windowStart = 0;
    for (qint64 t = 0; t < durationUs; t += res) {
        if (t - windowStart >= sampleUs) {
            closeWindow(window, sampleUs);
            ++window;
            windowStart = t;
        }
        // Work arrives at the start of the step.
        for (qsizetype i = 0; i < n; ++i) {
            const double work = std::min(c.vgpus[i].workload.demandAt(t), cap[i]) * res;
            backlog[i] += work;
            offered[i] += work;
            hadWork[i] = backlog[i] > kEpsilonUs;
            ran[i] = 0;
        }

        if (policy == SchedulerSetting::BestEffort) {
            double stepLeft = res;
            while (stepLeft > kEpsilonUs && n > 0) {
                if (cur < 0 || backlog[cur] <= kEpsilonUs || sliceLeft <= kEpsilonUs) {
                    // Next in the run list with work; the current one last (it may start a new slice).
                    int next = -1;
                    for (qsizetype k = 1; k <= n; ++k) {
                        const int cand = int(((cur < 0 ? -1 : cur) + k + n) % n);
                        if (backlog[cand] > kEpsilonUs) {
                            next = cand;
                            break;
                        }
                    }
                    if (next < 0)
                        break; // nobody has work: the GPU idles
                    cur = next;
                    sliceLeft = sliceUs;
                }
                const double run = std::min({stepLeft, sliceLeft, backlog[cur]});
                backlog[cur] -= run;
                served[cur] += run;
                ran[cur] += run;
                sliceLeft -= run;
                stepLeft -= run;
            }
        } else if (!runList.empty()) {
            const int owner = runList[runPos];
            if (owner >= 0) {
                const double run = std::min(double(res), backlog[owner]);
                backlog[owner] -= run;
                served[owner] += run;
                ran[owner] += run;
            }
            slotLeft -= res;
            if (slotLeft <= 0) {
                runPos = (runPos + 1) % runList.size();
                slotLeft = sliceUs;
            }
        }

        double ranTotal = 0;
        bool queued = false;
        for (qsizetype i = 0; i < n; ++i) {
            ranTotal += ran[i];
            queued = queued || backlog[i] > kEpsilonUs;
        }
        if (queued && res - ranTotal > kEpsilonUs)
            wastedUs += res - ranTotal;
        for (qsizetype i = 0; i < n; ++i) {
            if (ran[i] > 0 || !hadWork[i]) {
                waitUs[i] = 0;
            } else {
                waitUs[i] += res;
                worstUs[i] = std::max(worstUs[i], waitUs[i]);
            }
        }
    }
    closeWindow(window, durationUs - windowStart);

    for (qsizetype i = 0; i < n; ++i) {
        SimVgpuResult &r = simResult.vgpus[i];
        double shareSum = 0, demandSum = 0;
        for (qsizetype w = 0; w < samples; ++w) {
            const qint64 len = std::min(sampleUs, durationUs - qint64(w) * sampleUs);
            shareSum += r.share[w] * double(len);
            demandSum += r.demand[w] * double(len);
        }
        r.averageShare = shareSum / double(durationUs);
        r.averageDemand = demandSum / double(durationUs);
        r.worstWaitMs = double(worstUs[i]) / 1000.0;
    }
    return simResult;
}
