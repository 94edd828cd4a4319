// A deterministic discrete-time simulation of the vGPU time-slice scheduler of one physical GPU:
// which share of the GPU each vGPU gets over time under best effort, equal share or fixed share.
// The model is described in docs/timeslice.md.
#pragma once

#include "core/result.h"
#include "scheduler/rmpvmrl.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What a vGPU asks of the GPU: the share of the whole GPU it would use if it were alone on it.
struct SimWorkload
{
    enum Kind { Idle, Steady, Burst };

    Kind kind = Idle;
    double percent = 0;          // Steady: demand in percent of the GPU (0..100)
    int periodMs = 0;            // Burst: period (> 0)
    int busyMs = 0;              // Burst: busy part at the start of each period (0..periodMs)
    double percentWhileBusy = 0; // Burst: demand while busy (0..100); 0 outside the busy part

    static SimWorkload idle() { return {}; }
    static SimWorkload steady(double percent) { return {Steady, percent, 0, 0, 0}; }
    static SimWorkload burst(int periodMs, int busyMs, double percentWhileBusy)
    {
        return {Burst, 0, periodMs, busyMs, percentWhileBusy};
    }
    // Demand (0..1) at time tUs.
    double demandAt(qint64 tUs) const;
    // True when the workload never asks for the GPU.
    bool neverBusy() const;

    friend bool operator==(const SimWorkload &, const SimWorkload &) = default;
};

struct SimVgpu
{
    QString name;
    int maxInstances = 8; // of its vGPU type per physical GPU; fixed share gives it 1/maxInstances
    SimWorkload workload;
    // With best effort and the frame-rate limiter on, the vGPU's demand is capped at this percentage:
    // the share it needs to render at the limiter's frame rate. 100: no cap.
    double frameRateCapPercent = 100;
};

struct SimConfig
{
    QList<SimVgpu> vgpus;       // in run-list order, at most 32
    SchedulerSetting scheduler; // policy; time slice or frequency (0: the default for the type)
    bool frameRateLimiter = true; // only has an effect with best effort: equal and fixed share turn it off
    int durationMs = 10000;
    int sampleMs = 100;   // width of one sample window of the share time series
    int resolutionUs = 10; // simulation step; the time slice is rounded to a multiple of it
};

struct SimVgpuResult
{
    QString name;
    QList<double> share;  // per sample window: the fraction of the GPU's time it ran (0..1)
    QList<double> demand; // per sample window: the work it offered, as a fraction of the window (0..1)
    double averageShare = 0;
    double averageDemand = 0;
    double worstWaitMs = 0; // longest stretch in which it had work queued but did not run
};

struct SimResult
{
    int timeSliceUs = 0;              // the time slice actually simulated
    bool frameRateLimiterActive = false;
    QList<double> sampleStartMs;      // start of each sample window
    QList<double> busy;               // per sample window: the sum of all shares (never above 1)
    // Per sample window: the fraction of it in which the GPU idled although some vGPU had work queued.
    // Always 0 under best effort (work-conserving); equal and fixed share leave unused slices idle.
    QList<double> wasted;
    QList<SimVgpuResult> vgpus;       // in the order of SimConfig::vgpus
};

// The largest maxInstances among the vGPUs (8 when there are none): what the default time slice uses.
int simMaxInstances(const SimConfig &config);

// Refuses invalid configurations with a translated summary and a detail naming the bad field.
Result<SimResult> simulateTimeSlices(const SimConfig &config);

Q_DECLARE_METATYPE(SimWorkload)
Q_DECLARE_METATYPE(SimConfig)
Q_DECLARE_METATYPE(SimResult)
