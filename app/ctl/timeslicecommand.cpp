// gpuvirtctl timeslice: simulate how one physical GPU time-slices its vGPUs (docs/timeslice.md).
#include "commands.h"
#include "scheduler/rmpvmrl.h"
#include "scheduler/timeslice.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
// NAME:MAX:WORKLOAD with WORKLOAD idle | steady=PERCENT | burst=PERIOD/BUSY/PERCENT (milliseconds).
std::optional<SimVgpu> parseVgpu(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    if (parts.size() != 3 || parts[0].isEmpty())
        return std::nullopt;
    SimVgpu v;
    v.name = parts[0];
    bool ok = false;
    v.maxInstances = parts[1].toInt(&ok);
    if (!ok || v.maxInstances < 1)
        return std::nullopt;
    const QString w = parts[2];
    if (w == u"idle") {
        v.workload = SimWorkload::idle();
    } else if (w.startsWith(u"steady=")) {
        const double pct = w.mid(7).toDouble(&ok);
        if (!ok)
            return std::nullopt;
        v.workload = SimWorkload::steady(pct);
    } else if (w.startsWith(u"burst=")) {
        const QStringList b = w.mid(6).split(u'/');
        bool a = false, c = false, d = false;
        if (b.size() != 3)
            return std::nullopt;
        v.workload = SimWorkload::burst(b[0].toInt(&a), b[1].toInt(&c), b[2].toDouble(&d));
        if (!a || !c || !d)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return v;
}
} // namespace

int timesliceCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Ctl::tr("Simulate how one physical GPU shares its time among vGPUs."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("vgpu"),
         Ctl::tr("A vGPU: NAME:MAX:WORKLOAD, WORKLOAD idle, steady=PERCENT or burst=PERIOD/BUSY/PERCENT "
                 "(repeatable; MAX is the most vGPUs of its type per GPU)."),
         QStringLiteral("spec")});
    p.addOption({QStringLiteral("policy"), Ctl::tr("best-effort (default), equal-share or fixed-share."),
                 QStringLiteral("name"), QStringLiteral("best-effort")});
    p.addOption({QStringLiteral("time-slice"),
                 Ctl::tr("Time slice in ms, 1-30 (default: by the type's maximum)."), QStringLiteral("ms")});
    p.addOption({QStringLiteral("rmpvmrl"),
                 Ctl::tr("Take the policy and time slice from an RmPVMRL value (e.g. 0x00030001)."),
                 QStringLiteral("value")});
    p.addOption(
        {QStringLiteral("no-limiter"), Ctl::tr("Turn the frame-rate limiter off (best effort only).")});
    p.addOption({QStringLiteral("duration"), Ctl::tr("Simulated milliseconds (default 10000)."),
                 QStringLiteral("ms"), QStringLiteral("10000")});
    addFormatOption(p);
    p.process(args);

    const auto format = formatOf(p);
    if (!format)
        return 2;
    SimConfig config;
    for (const QString &spec : p.values(QStringLiteral("vgpu"))) {
        const auto v = parseVgpu(spec);
        if (!v) {
            ctlError(Ctl::tr("cannot read the vGPU \"%1\": write NAME:MAX:idle, NAME:MAX:steady=50 or "
                             "NAME:MAX:burst=100/20/80")
                         .arg(spec));
            return 2;
        }
        config.vgpus.append(*v);
    }
    if (config.vgpus.isEmpty()) {
        ctlError(Ctl::tr("timeslice needs at least one --vgpu"));
        return 2;
    }
    if (p.isSet(QStringLiteral("rmpvmrl"))) {
        const auto setting = decodeRmPVMRLText(p.value(QStringLiteral("rmpvmrl")));
        if (!setting) {
            ctlError(setting.error().toString());
            return 2;
        }
        config.scheduler = setting.value();
    } else {
        const auto policy = RmPVMRL::policyFromKey(p.value(QStringLiteral("policy")));
        if (!policy) {
            ctlError(Ctl::tr("unknown policy \"%1\": use best-effort, equal-share or fixed-share")
                         .arg(p.value(QStringLiteral("policy"))));
            return 2;
        }
        config.scheduler.policy = *policy;
        config.scheduler.timeSliceMs = p.value(QStringLiteral("time-slice")).toInt();
    }
    config.frameRateLimiter = !p.isSet(QStringLiteral("no-limiter"));
    config.durationMs = p.value(QStringLiteral("duration")).toInt();

    const Result<SimResult> r = simulateTimeSlices(config);
    if (!r) {
        ctlError(r.error().toString());
        return 1;
    }
    if (*format == Format::Json) {
        QJsonArray vgpus;
        for (const SimVgpuResult &v : r->vgpus) {
            QJsonArray share;
            for (double s : v.share)
                share.append(s);
            vgpus.append(QJsonObject{{u"name"_qs, v.name},
                                     {u"averageShare"_qs, v.averageShare},
                                     {u"averageDemand"_qs, v.averageDemand},
                                     {u"worstWaitMs"_qs, v.worstWaitMs},
                                     {u"share"_qs, share}});
        }
        const QJsonObject root{{u"policy"_qs, RmPVMRL::policyKey(config.scheduler.policy)},
                               {u"timeSliceUs"_qs, r->timeSliceUs},
                               {u"frameRateLimiter"_qs, r->frameRateLimiterActive},
                               {u"sampleMs"_qs, config.sampleMs},
                               {u"vgpus"_qs, vgpus}};
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    QString out = Ctl::tr("%1, time slice %2 ms, frame-rate limiter %3\n")
                      .arg(RmPVMRL::policyDisplayName(config.scheduler.policy))
                      .arg(r->timeSliceUs / 1000.0)
                      .arg(r->frameRateLimiterActive ? Ctl::tr("on", "@label frame-rate limiter")
                                                     : Ctl::tr("off", "@label frame-rate limiter"));
    for (const SimVgpuResult &v : r->vgpus)
        out += Ctl::tr("%1  average share %2 %  demand %3 %  worst wait %4 ms\n")
                   .arg(v.name, -12)
                   .arg(v.averageShare * 100, 6, 'f', 1)
                   .arg(v.averageDemand * 100, 6, 'f', 1)
                   .arg(v.worstWaitMs, 6, 'f', 1);
    std::fputs(out.toUtf8().constData(), stdout);
    return 0;
}
