#include "scheduler/rmpvmrl.h"

#include <QCoreApplication>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RmPVMRL", text);
}

Error invalid(const char *summary, const QString &detail)
{
    return Error{tr(summary), detail, 0};
}

QString hexByte(quint32 v)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0')).toUpper();
}

constexpr quint8 kBestEffortBits = 0x00;
constexpr quint8 kEqualShareBits = 0x01;
constexpr quint8 kFixedShareBits = 0x11;

} // namespace

namespace RmPVMRL {

quint8 policyBits(SchedulerSetting::Policy policy)
{
    switch (policy) {
    case SchedulerSetting::BestEffort: return kBestEffortBits;
    case SchedulerSetting::EqualShare: return kEqualShareBits;
    case SchedulerSetting::FixedShare: return kFixedShareBits;
    }
    return kBestEffortBits;
}

QString policyKey(SchedulerSetting::Policy policy)
{
    switch (policy) {
    case SchedulerSetting::BestEffort: return QStringLiteral("best-effort");
    case SchedulerSetting::EqualShare: return QStringLiteral("equal-share");
    case SchedulerSetting::FixedShare: return QStringLiteral("fixed-share");
    }
    return {};
}

std::optional<SchedulerSetting::Policy> policyFromKey(QStringView key)
{
    for (auto p : {SchedulerSetting::BestEffort, SchedulerSetting::EqualShare, SchedulerSetting::FixedShare}) {
        if (key.compare(policyKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString policyDisplayName(SchedulerSetting::Policy policy)
{
    switch (policy) {
    case SchedulerSetting::BestEffort: return tr("Best effort");
    case SchedulerSetting::EqualShare: return tr("Equal share");
    case SchedulerSetting::FixedShare: return tr("Fixed share");
    }
    return {};
}

QString format(quint32 value)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(value, 8, 16, QLatin1Char('0')).toUpper();
}

Result<quint32> parseText(QStringView text)
{
    QStringView t = text.trimmed();
    const QString original = text.toString();
    if (t.startsWith(QLatin1String("RmPVMRL"), Qt::CaseInsensitive)) {
        t = t.mid(7).trimmed();
        if (!t.startsWith(QLatin1Char('=')))
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Not an RmPVMRL value"), QStringLiteral("expected \"RmPVMRL=<hex>\", got \"%1\"").arg(original));
        t = t.mid(1).trimmed();
    }
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t = t.mid(2);
    if (t.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Not an RmPVMRL value"), QStringLiteral("no hex digits in \"%1\"").arg(original));
    for (QChar c : t) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Not an RmPVMRL value"),
                           QStringLiteral("\"%1\" is not a hexadecimal digit in \"%2\"").arg(c).arg(original));
    }
    // Leading zeros are fine ("0x00000001"); more than 32 significant bits are not.
    QStringView digits = t;
    while (digits.size() > 1 && digits.front() == QLatin1Char('0'))
        digits = digits.mid(1);
    if (digits.size() > 8)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Not an RmPVMRL value"), QStringLiteral("\"%1\" does not fit in 32 bits").arg(original));
    bool ok = false;
    const quint32 v = digits.toUInt(&ok, 16);
    if (!ok)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Not an RmPVMRL value"), QStringLiteral("cannot read \"%1\" as hexadecimal").arg(original));
    return v;
}

} // namespace RmPVMRL

int defaultTimeSliceMs(int maxInstancesOfType)
{
    return maxInstancesOfType <= 8 ? 2 : 1;
}

int defaultFrequencyHz(int maxInstancesOfType)
{
    return maxInstancesOfType <= 8 ? 480 : 960;
}

int effectiveTimeSliceUs(const SchedulerSetting &setting, int maxInstancesOfType)
{
    if (setting.timeSliceMs > 0)
        return setting.timeSliceMs * 1000;
    if (setting.frequencyHz > 0)
        return int(std::lround(1e6 / setting.frequencyHz));
    return defaultTimeSliceMs(maxInstancesOfType) * 1000;
}

Result<SchedulerSetting> decodeRmPVMRL(quint32 value)
{
    const QString v = RmPVMRL::format(value);
    const quint32 pp = value & 0xFFu;
    SchedulerSetting s;
    switch (pp) {
    case kBestEffortBits: s.policy = SchedulerSetting::BestEffort; break;
    case kEqualShareBits: s.policy = SchedulerSetting::EqualShare; break;
    case kFixedShareBits: s.policy = SchedulerSetting::FixedShare; break;
    default:
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: unknown scheduling policy"),
                       QStringLiteral("policy PP=%1 in %2; allowed 0x00 (best effort), 0x01 (equal share), 0x11 (fixed share)")
                           .arg(hexByte(pp), v));
    }
    const quint32 reserved = (value >> 8) & 0xFu;
    if (reserved != 0)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: reserved bits are set"),
                       QStringLiteral("reserved bits 8-11 are 0x%1 in %2; they must be 0").arg(reserved, 0, 16).arg(v));
    const quint32 aa = value >> 24;
    if (aa == 0) {
        // 0x00TT00PP. A non-zero frequency nibble here means an 0xAAFFF0PP value with AA = 0.
        if (((value >> 12) & 0xFu) != 0)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the averaging factor must be 1–60"),
                           QStringLiteral("averaging factor AA=0x00 (0) in %1 with frequency bits set; allowed 1-60 (0x01-0x3C)")
                               .arg(v));
        const quint32 tt = (value >> 16) & 0xFFu;
        if (tt == 0)
            return s;
        if (s.policy == SchedulerSetting::BestEffort)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: a time slice needs equal or fixed share"),
                           QStringLiteral("time slice TT=%1 in %2 with policy PP=0x00 (best effort); TT applies to 0x01 and 0x11 only")
                               .arg(hexByte(tt), v));
        if (tt > quint32(RmPVMRL::kMaxTimeSliceMs))
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the time slice must be 1–30 ms"),
                           QStringLiteral("time slice TT=%1 (%2 ms) in %3; allowed 0x01-0x1E (1-30 ms)").arg(hexByte(tt)).arg(tt).arg(v));
        s.timeSliceMs = int(tt);
        return s;
    }
    if (aa > quint32(RmPVMRL::kMaxAveragingFactor))
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the averaging factor must be 1–60"),
                       QStringLiteral("averaging factor AA=%1 (%2) in %3; allowed 1-60 (0x01-0x3C)").arg(hexByte(aa)).arg(aa).arg(v));
    const quint32 fff = (value >> 12) & 0xFFFu;
    if (fff < quint32(RmPVMRL::kMinFrequencyHz) || fff > quint32(RmPVMRL::kMaxFrequencyHz))
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the frequency must be 63–960 Hz"),
                       QStringLiteral("frequency FFF=0x%1 (%2 Hz) in %3; allowed 0x03F-0x3C0 (63-960 Hz)")
                           .arg(QStringLiteral("%1").arg(fff, 3, 16, QLatin1Char('0')).toUpper())
                           .arg(fff)
                           .arg(v));
    s.averagingFactor = int(aa);
    s.frequencyHz = int(fff);
    return s;
}

Result<quint32> encodeRmPVMRL(const SchedulerSetting &s)
{
    if (s.policy != SchedulerSetting::BestEffort && s.policy != SchedulerSetting::EqualShare
        && s.policy != SchedulerSetting::FixedShare)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: unknown scheduling policy"), QStringLiteral("policy %1").arg(int(s.policy)));
    const quint32 pp = RmPVMRL::policyBits(s.policy);
    if (s.usesFrequencyForm()) {
        if (s.timeSliceMs != 0)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: set either a time slice or a frequency"),
                           QStringLiteral("time slice %1 ms and frequency %2 Hz / averaging factor %3 are both set")
                               .arg(s.timeSliceMs)
                               .arg(s.frequencyHz)
                               .arg(s.averagingFactor));
        if (s.frequencyHz == 0)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: an averaging factor needs a frequency"),
                           QStringLiteral("frequency FFF is 0 with averaging factor %1; allowed 63-960 Hz").arg(s.averagingFactor));
        if (s.frequencyHz < RmPVMRL::kMinFrequencyHz || s.frequencyHz > RmPVMRL::kMaxFrequencyHz)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the frequency must be 63–960 Hz"),
                           QStringLiteral("frequency FFF=%1 Hz; allowed 63-960 Hz").arg(s.frequencyHz));
        const int aa = s.averagingFactor == 0 ? RmPVMRL::kDefaultAveragingFactor : s.averagingFactor;
        if (aa < RmPVMRL::kMinAveragingFactor || aa > RmPVMRL::kMaxAveragingFactor)
            return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the averaging factor must be 1–60"),
                           QStringLiteral("averaging factor AA=%1; allowed 1-60").arg(aa));
        return (quint32(aa) << 24) | (quint32(s.frequencyHz) << 12) | pp;
    }
    if (s.timeSliceMs == 0)
        return pp;
    if (s.policy == SchedulerSetting::BestEffort)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: a time slice needs equal or fixed share"),
                       QStringLiteral("time slice TT=%1 ms with best effort; TT applies to equal and fixed share only").arg(s.timeSliceMs));
    if (s.timeSliceMs < RmPVMRL::kMinTimeSliceMs || s.timeSliceMs > RmPVMRL::kMaxTimeSliceMs)
        return invalid(QT_TRANSLATE_NOOP("RmPVMRL", "Invalid RmPVMRL value: the time slice must be 1–30 ms"),
                       QStringLiteral("time slice TT=%1 ms; allowed 1-30 ms").arg(s.timeSliceMs));
    return (quint32(s.timeSliceMs) << 16) | pp;
}

Result<SchedulerSetting> decodeRmPVMRLText(QStringView text)
{
    auto v = RmPVMRL::parseText(text);
    if (!v)
        return v.error();
    return decodeRmPVMRL(*v);
}
