// The NVIDIA vGPU time-slice scheduler setting of one physical GPU and its `RmPVMRL` registry value.
//
// Forms (see docs/timeslice.md):
//   0x00000000            best effort (the driver default)
//   0x00000001/0x00000011 equal / fixed share with the default time slice
//   0x00TT0001/0x00TT0011 equal / fixed share with a time slice of TT ms (TT = 0x01..0x1E, 1..30 ms)
//   0xAAFFF0PP            averaging factor AA (1..60, default 33 = 0x21), scheduling frequency FFF Hz
//                         (63..960, binary: 480 Hz = 0x1E0) and policy PP (0x00, 0x01 or 0x11)
// A value whose top byte AA is zero is always read as the 0x00TT00PP form.
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

struct SchedulerSetting
{
    // Fixed underlying type: a value outside the three (a corrupt or future register value) is then a
    // valid Policy that encodeRmPVMRL() rejects, not undefined behaviour.
    enum Policy : int { BestEffort, EqualShare, FixedShare };

    Policy policy = BestEffort;
    int timeSliceMs = 0;     // 0: the default (see defaultTimeSliceMs); 1..30, equal/fixed share only
    int averagingFactor = 0; // 0: the default (33) when frequencyHz is set; 1..60
    int frequencyHz = 0;     // 0: derived from the time slice; 63..960

    // True when the value needs the 0xAAFFF0PP form.
    bool usesFrequencyForm() const { return averagingFactor != 0 || frequencyHz != 0; }

    friend bool operator==(const SchedulerSetting &, const SchedulerSetting &) = default;
};

namespace RmPVMRL {
inline constexpr int kMinTimeSliceMs = 1;
inline constexpr int kMaxTimeSliceMs = 30;
inline constexpr int kMinAveragingFactor = 1;
inline constexpr int kMaxAveragingFactor = 60;
inline constexpr int kDefaultAveragingFactor = 33;
inline constexpr int kMinFrequencyHz = 63;
inline constexpr int kMaxFrequencyHz = 960;

// The policy byte PP: 0x00, 0x01, 0x11.
quint8 policyBits(SchedulerSetting::Policy policy);
// Stable keys for JSON/CLI: "best-effort", "equal-share", "fixed-share"; and back.
QString policyKey(SchedulerSetting::Policy policy);
std::optional<SchedulerSetting::Policy> policyFromKey(QStringView key);
// Translated, for display.
QString policyDisplayName(SchedulerSetting::Policy policy);

// "0x000A0001": always 8 upper-case hex digits after a lower-case "0x".
QString format(quint32 value);
// Accepts "0x000A0001", "0XA0001", "000A0001", "a0001", "RmPVMRL=0x01" (surrounding blanks ignored).
// Digits are hexadecimal with or without the 0x prefix, as the registry forms are written in hex.
Result<quint32> parseText(QStringView text);
} // namespace RmPVMRL

// Default time slice: 2 ms (480 Hz) when the vGPU type allows at most 8 vGPUs per GPU, 1 ms (960 Hz) above.
int defaultTimeSliceMs(int maxInstancesOfType);
int defaultFrequencyHz(int maxInstancesOfType);

// The time slice the setting gives, in microseconds: its time slice, else 1e6 / its frequency (rounded),
// else the default for the type.
int effectiveTimeSliceUs(const SchedulerSetting &setting, int maxInstancesOfType);

Result<SchedulerSetting> decodeRmPVMRL(quint32 value);
Result<quint32> encodeRmPVMRL(const SchedulerSetting &setting);
// parseText then decodeRmPVMRL.
Result<SchedulerSetting> decodeRmPVMRLText(QStringView text);

Q_DECLARE_METATYPE(SchedulerSetting)
