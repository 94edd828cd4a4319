// The stable JSON of a placement result (docs/plan-json.md). Keys are machine keys; "reason" is the
// translated text the operator reads.
#include "placement.h"

#include <QJsonArray>

namespace Sched {

QJsonObject toJson(const PlacementResult &result)
{
    QJsonArray items;
    for (const PlacedItem &i : result.items) {
        QJsonObject o{{QStringLiteral("name"), i.request},
                      {QStringLiteral("instance"), i.instance},
                      {QStringLiteral("placed"), i.placed}};
        if (i.placed) {
            o.insert(QStringLiteral("host"), i.host);
            QJsonArray gpus;
            for (int k = 0; k < i.gpuIndexes.size(); ++k) {
                QJsonObject g{{QStringLiteral("index"), i.gpuIndexes[k]}};
                if (k < i.gpuAddresses.size())
                    g.insert(QStringLiteral("address"), i.gpuAddresses[k]);
                gpus.append(g);
            }
            o.insert(QStringLiteral("gpus"), gpus);
            if (i.slot >= 0)
                o.insert(QStringLiteral("slot"), i.slot);
            if (i.placementId >= 0) {
                o.insert(QStringLiteral("placementId"), i.placementId);
                o.insert(QStringLiteral("placementSize"), i.placementSize);
                o.insert(QStringLiteral("vgpuMode"),
                         i.mixedSize ? QStringLiteral("mixed-size") : QStringLiteral("equal-size"));
            }
        } else {
            o.insert(QStringLiteral("reason"), i.reason);
        }
        items.append(o);
    }
    const PlacementTotals &t = result.totals;
    const QJsonObject totals{
        {QStringLiteral("requested"), t.requested},
        {QStringLiteral("placed"), t.placed},
        {QStringLiteral("gpusTouched"), t.gpusTouched},
        {QStringLiteral("gpusFree"), t.gpusFree},
        {QStringLiteral("fragmentationGpus"), t.fragmentationGpus},
        {QStringLiteral("freeGpus"), t.freeGpus},
        {QStringLiteral("demandGpus"), t.demandGpus},
        {QStringLiteral("allocatedGpus"), t.allocatedGpus},
        {QStringLiteral("allocatedShare"), t.allocatedShare()},
        {QStringLiteral("lowerBoundGpus"), t.lowerBoundGpus},
    };
    return QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("policy"), policyKey(result.policy)},
                       {QStringLiteral("placements"), items},
                       {QStringLiteral("totals"), totals}};
}

} // namespace Sched
