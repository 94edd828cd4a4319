#include "vgputype.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

std::optional<VgpuTypeName> VgpuTypeName::parse(QStringView name)
{
    // Time-sliced: <board>-<GB><series>; MIG-backed: <board>-<slices>-<GB>C. "-0Q"/"-0B" are 512 MB types.
    static const QRegularExpression re(
        QStringLiteral("^(?:NVIDIA |GRID )?([A-Za-z0-9][A-Za-z0-9-]*?)-(\\d{1,3})(?:-(\\d{1,3}))?([QBAC])$"));
    const auto m = re.match(name.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    VgpuTypeName t;
    t.board = m.captured(1);
    const QChar s = m.capturedView(4).front();
    t.series = s == u'Q'   ? VgpuSeries::Q
               : s == u'B' ? VgpuSeries::B
               : s == u'A' ? VgpuSeries::A
                           : VgpuSeries::C;
    if (m.hasCaptured(3)) {
        t.migBacked = true;
        t.computeSlices = m.capturedView(2).toInt();
        const int gb = m.capturedView(3).toInt();
        if (t.series != VgpuSeries::C || t.computeSlices < 1 || t.computeSlices > 7 || gb < 1)
            return std::nullopt;
        t.framebufferMB = gb * 1024;
    } else {
        const int gb = m.capturedView(2).toInt();
        t.framebufferMB = gb == 0 ? 512 : gb * 1024;
    }
    return t;
}

QString VgpuTypeName::canonicalName() const
{
    const QString gb = framebufferMB == 512 ? QStringLiteral("0") : QString::number(framebufferMB / 1024);
    if (migBacked)
        return QStringLiteral("%1-%2-%3%4").arg(board).arg(computeSlices).arg(gb, seriesLetter(series));
    return QStringLiteral("%1-%2%3").arg(board, gb, seriesLetter(series));
}

LicenseEdition VgpuTypeName::editionFor(VgpuSeries s)
{
    switch (s) {
    case VgpuSeries::Q:
        return LicenseEdition::VWS;
    case VgpuSeries::B:
        return LicenseEdition::VPC;
    case VgpuSeries::A:
        return LicenseEdition::VApps;
    case VgpuSeries::C:
        return LicenseEdition::VCS;
    case VgpuSeries::Unknown:
        break;
    }
    return LicenseEdition::None;
}

QString VgpuTypeName::seriesLetter(VgpuSeries s)
{
    switch (s) {
    case VgpuSeries::Q:
        return QStringLiteral("Q");
    case VgpuSeries::B:
        return QStringLiteral("B");
    case VgpuSeries::A:
        return QStringLiteral("A");
    case VgpuSeries::C:
        return QStringLiteral("C");
    case VgpuSeries::Unknown:
        break;
    }
    return {};
}

QString VgpuTypeName::editionKey(LicenseEdition e)
{
    switch (e) {
    case LicenseEdition::VApps:
        return QStringLiteral("vApps");
    case LicenseEdition::VPC:
        return QStringLiteral("vPC");
    case LicenseEdition::VWS:
        return QStringLiteral("vWS");
    case LicenseEdition::VCS:
        return QStringLiteral("vCS");
    case LicenseEdition::None:
        break;
    }
    return {};
}

GpuBoardInfo GpuBoardInfo::lookup(QStringView board)
{
    // Framebuffer per physical GPU, from NVIDIA's vGPU user guide tables.
    struct Row
    {
        const char16_t *board;
        int gb;
        bool mig;
    };
    static constexpr std::array rows{
        Row{u"A16", 16, false},     Row{u"A2", 16, false},    Row{u"A10", 24, false},
        Row{u"A40", 48, false},     Row{u"L4", 24, false},    Row{u"L40", 48, false},
        Row{u"L40S", 48, false},    Row{u"L20", 48, false},   Row{u"T4", 16, false},
        Row{u"M10", 8, false},      Row{u"M60", 8, false},    Row{u"P40", 24, false},
        Row{u"V100", 16, false},    Row{u"V100D", 32, false}, Row{u"RTX6000", 24, false},
        Row{u"RTX8000", 48, false}, Row{u"A100", 80, true},   Row{u"A100D", 80, true},
        Row{u"A100X", 80, true},    Row{u"A30", 24, true},    Row{u"H100", 80, true},
        Row{u"H100XM", 80, true},   Row{u"H100L", 94, true},  Row{u"H200X", 141, true},
        Row{u"H800", 80, true},     Row{u"A800", 80, true},
    };
    for (const Row &r : rows) {
        if (board.compare(QStringView(r.board), Qt::CaseInsensitive) == 0)
            return GpuBoardInfo{QString::fromUtf16(r.board), r.gb * 1024, r.mig};
    }
    return GpuBoardInfo{board.toString(), 0, false};
}

int maxInstancesPerGpu(const VgpuTypeName &type)
{
    const GpuBoardInfo info = GpuBoardInfo::lookup(type.board);
    if (type.migBacked) {
        // 7 compute slices; 8 memory slices bound the 1g.20gb-style profiles too.
        int n = type.computeSlices > 0 ? 7 / type.computeSlices : 0;
        if (info.framebufferMB > 0 && type.framebufferMB > 0)
            n = std::min(n, info.framebufferMB / type.framebufferMB);
        return n;
    }
    if (info.framebufferMB <= 0 || type.framebufferMB <= 0)
        return 0;
    return std::min(MaxVgpusPerGpu, info.framebufferMB / type.framebufferMB);
}

int vgpuLimit(const VgpuTypeName &type, int boardFramebufferMB, int vfSlots)
{
    int n = MaxVgpusPerGpu;
    const int board =
        boardFramebufferMB > 0 ? boardFramebufferMB : GpuBoardInfo::lookup(type.board).framebufferMB;
    if (board > 0 && type.framebufferMB > 0)
        n = std::min(n, board / type.framebufferMB);
    if (vfSlots >= 0)
        n = std::min(n, vfSlots); // one vGPU per VF
    return n;
}
