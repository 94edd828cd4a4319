// Places requests instance by instance. Every policy scores the feasible (node, GPU) choices and takes
// the lowest score; they differ only in the score. A node's best choice for a request shape depends
// only on that node's state, so it is cached per shape and node and recomputed only after the node
// changed: on the 1,213-node Alibaba trace that turns O(nodes x GPUs) per task into O(nodes).
#include "placer_p.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <limits>

namespace Sched {

using namespace Detail;

namespace {

struct Choice
{
    quint32 version = 0; // node version the entry was computed for; 0: never
    bool feasible = false;
    double s1 = 0, s2 = 0;
    int gpu = -1;                // the GPU (first of them for whole-GPU shapes)
    Refusal why = Refusal::None; // when not feasible: why, on GPU whyGpu (-1: the node as a whole)
    int whyGpu = -1;
};

bool sameState(const SchedGpu &a, const SchedGpu &b)
{
    return a.mode == b.mode && a.milliUsed == b.milliUsed && a.vgpus.count == b.vgpus.count &&
           a.vgpus.fixedMB == b.vgpus.fixedMB && a.vgpus.mode == b.vgpus.mode &&
           a.vgpus.occupied == b.vgpus.occupied && a.migMemoryMask == b.migMemoryMask &&
           a.vfUsed == b.vfUsed && a.model == b.model && a.numaNode == b.numaNode &&
           a.passthroughBlocked == b.passthroughBlocked && a.framebufferMB == b.framebufferMB;
}

class Placer
{
public:
    Placer(SchedCluster &c, Policy p, const Mix &mix) : m_c(c), m_policy(p), m_mix(mix)
    {
        m_version = QList<quint32>(c.nodes.size(), 1);
        m_fragVersion = QList<quint32>(c.nodes.size(), 0);
        m_frag = QList<double>(c.nodes.size(), 0);
    }

    // The node with the best choice for the shape, -1 when none; nodes in `avoid` are skipped. Entries
    // are recomputed only for nodes changed since the shape was last placed.
    int bestNode(int shapeId, const Shape &s, const QSet<int> *avoid, Choice &best)
    {
        if (m_cache.size() <= shapeId)
            m_cache.resize(shapeId + 1);
        QList<Choice> &row = m_cache[shapeId];
        if (row.isEmpty())
            row.resize(m_c.nodes.size());
        Choice *entries = row.data();
        const quint32 *versions = m_version.constData();
        int found = -1;
        const int count = int(m_c.nodes.size());
        for (int n = 0; n < count; ++n) {
            Choice &e = entries[n];
            if (e.version != versions[n])
                e = evaluate(n, s);
            if (!e.feasible || (avoid && avoid->contains(n)))
                continue;
            if (found < 0 || e.s1 < best.s1 || (e.s1 == best.s1 && e.s2 < best.s2)) {
                best = e;
                found = n;
            }
        }
        return found;
    }

    void taken(int n) { ++m_version[n]; }

    // Why nothing fits, right after bestNode() found nothing (so every entry is current): the refusal
    // met on most nodes, with the first place it was met.
    QString explain(int shapeId, const Shape &s) const
    {
        int counts[int(Refusal::Count)] = {};
        int exampleNode[int(Refusal::Count)] = {};
        int exampleGpu[int(Refusal::Count)] = {};
        const QList<Choice> &row = m_cache[shapeId];
        for (int n = 0; n < row.size(); ++n) {
            if (m_c.nodes[n].gpus.isEmpty())
                continue;
            const Refusal r = row[n].feasible ? Refusal::AntiAffinity : row[n].why;
            if (counts[int(r)]++ == 0) {
                exampleNode[int(r)] = n;
                exampleGpu[int(r)] = row[n].whyGpu;
            }
        }
        int best = int(Refusal::NoGpu);
        for (int r = 1; r < int(Refusal::Count); ++r) {
            const bool better =
                counts[best] == 0 || (isStatic(Refusal(best)) && !isStatic(Refusal(r)))
                    ? counts[r] > 0
                    : isStatic(Refusal(r)) == isStatic(Refusal(best)) && counts[r] > counts[best];
            if (better)
                best = r;
        }
        if (counts[best] == 0)
            return refusalText(Refusal::NoGpu, nullptr, -1, s);
        return refusalText(Refusal(best), &m_c.nodes[exampleNode[best]], exampleGpu[best], s);
    }

private:
    double fragBefore(int n)
    {
        if (m_fragVersion[n] != m_version[n]) {
            const SchedNode &node = m_c.nodes[n];
            m_frag[n] = nodeFragmentation(node, node.gpus.constData(), node.cpuUsed, node.memoryUsed, m_mix);
            m_fragVersion[n] = m_version[n];
        }
        return m_frag[n];
    }

    Choice evaluate(int n, const Shape &s)
    {
        Choice best;
        best.version = m_version[n];
        const SchedNode &node = m_c.nodes[n];
        const int count = int(node.gpus.size());
        if (count == 0 || count > 64) {
            best.why = Refusal::NoGpu;
            return best;
        }
        if (const Refusal r = nodeRefusal(node, s, node.cpuUsed, node.memoryUsed); r != Refusal::None) {
            best.why = r;
            return best;
        }
        bool ok[64];
        int usable = 0;
        for (int g = 0; g < count; ++g) {
            const Refusal r = gpuRefusal(node, g, node.gpus[g], s);
            ok[g] = r == Refusal::None;
            usable += ok[g] ? 1 : 0;
            // The first refused GPU stands for the node, preferring one refused by its state.
            if (!ok[g] && (best.why == Refusal::None || (isStatic(best.why) && !isStatic(r)))) {
                best.why = r;
                best.whyGpu = g;
            }
        }
        if (usable < (s.wholeGpus() ? s.gpus : 1)) {
            if (usable > 0) {
                best.why = Refusal::NotEnoughWholeGpus;
                best.whyGpu = -1;
            }
            return best;
        }
        best.why = Refusal::None;
        int nodeUsed = 0;
        for (const SchedGpu &g : node.gpus)
            nodeUsed += g.usedMilli();
        const double capacity = 1000.0 * count;
        SchedGpu scratch[64];
        std::copy(node.gpus.cbegin(), node.gpus.cend(), scratch);

        if (s.wholeGpus()) {
            // Entirely free GPUs are interchangeable for the measures; take the lowest-numbered ones.
            int picked[64];
            int k = 0;
            for (int g = 0; g < count && k < s.gpus; ++g) {
                if (ok[g])
                    picked[k++] = g;
            }
            for (int i = 0; i < k; ++i)
                apply(scratch[picked[i]], s);
            score(n, s, scratch, nodeUsed + 1000 * k, nodeUsed, capacity, 0, 0, best);
            best.gpu = picked[0];
            best.feasible = true;
            return best;
        }
        for (int g = 0; g < count; ++g) {
            const SchedGpu &gpu = node.gpus[g];
            if (!ok[g])
                continue;
            bool seen = false; // a GPU in the same state as an earlier one scores the same
            for (int h = 0; h < g && !seen; ++h)
                seen = ok[h] && sameState(gpu, node.gpus[h]);
            if (seen)
                continue;
            const SchedGpu saved = scratch[g];
            apply(scratch[g], s);
            const int after = scratch[g].usedMilli();
            Choice c;
            score(n, s, scratch, nodeUsed - gpu.usedMilli() + after, nodeUsed, capacity, gpu.usedMilli(),
                  after, c);
            scratch[g] = saved;
            if (!best.feasible || c.s1 < best.s1 || (c.s1 == best.s1 && c.s2 < best.s2)) {
                best.s1 = c.s1;
                best.s2 = c.s2;
                best.gpu = g;
                best.feasible = true;
            }
        }
        return best;
    }

    void score(int n, const Shape &s, const SchedGpu *after, int nodeAfter, int nodeBefore, double capacity,
               int gpuBefore, int gpuAfter, Choice &c)
    {
        switch (m_policy) {
        case Policy::BreadthFirst: // spread: the least loaded node, then the emptiest GPU
            c.s1 = nodeAfter / capacity;
            c.s2 = gpuAfter;
            break;
        case Policy::DepthFirst: // consolidate: the most loaded node that fits, then the fullest GPU
            c.s1 = -nodeBefore / capacity;
            c.s2 = -gpuBefore;
            break;
        case Policy::BestFit: // the GPU, then the node, with the least capacity left over
            c.s1 = s.wholeGpus() ? 0 : 1000 - gpuAfter;
            c.s2 = capacity - nodeAfter;
            break;
        case Policy::FragmentationAware: {
            const SchedNode &node = m_c.nodes[n];
            const double fragAfter = nodeFragmentation(node, after, node.cpuUsed + s.cpuMilli,
                                                       node.memoryUsed + s.memoryMiB, m_mix);
            c.s1 = fragAfter - fragBefore(n);
            c.s2 = s.wholeGpus() ? capacity - nodeAfter : 1000 - gpuAfter; // ties: best fit
            break;
        }
        }
    }

    SchedCluster &m_c;
    Policy m_policy;
    const Mix &m_mix;
    QList<quint32> m_version;
    QList<quint32> m_fragVersion;
    QList<double> m_frag;
    QList<QList<Choice>> m_cache;
};

} // namespace

PlacementResult place(const SchedCluster &cluster, const QList<PlacementRequest> &requests, Policy policy,
                      const PlacementProgress &progress)
{
    PlacementResult res;
    res.policy = policy;
    res.after = cluster;
    SchedCluster &c = res.after;
    const Mix mix = Mix::from(requests, c);

    // One shape per distinct request (CPU and memory included), for the cache.
    QList<Shape> shapes;
    QList<int> shapeOf;
    QHash<QByteArray, int> shapeIndex;
    for (const PlacementRequest &r : requests) {
        const QByteArray key = Shape::key(r, true);
        int i = shapeIndex.value(key, -1);
        if (i < 0) {
            i = int(shapes.size());
            shapeIndex.insert(key, i);
            PlacementRequest plain = r;
            plain.antiAffinity.clear(); // anti-affinity is checked per instance, outside the cache
            shapes.append(Shape::from(plain, c));
        }
        shapeOf.append(i);
    }

    Placer placer(c, policy, mix);
    QHash<QString, QSet<int>> antiAffinity; // group -> nodes already holding a member
    QSet<quint64> touched;
    struct Failure
    {
        int stamp = -1;
        QString reason;
    };
    QList<Failure> failures(shapes.size());
    res.items.reserve(requests.size());
    double demand = 0, allocated = 0;
    qint64 total = 0;
    for (const PlacementRequest &r : requests)
        total += std::max(1, r.count);
    bool stopped = false;
    for (int ri = 0; ri < requests.size() && !stopped; ++ri) {
        const PlacementRequest &r = requests[ri];
        const Shape &s = shapes[shapeOf[ri]];
        const int nominal = r.demandMilli();
        for (int inst = 0; inst < std::max(1, r.count); ++inst) {
            if (progress && (res.totals.requested & 255) == 0 && !progress(res.totals.requested, total)) {
                stopped = true;
                break;
            }
            ++res.totals.requested;
            demand += nominal;
            PlacedItem item;
            item.request = r.name;
            item.instance = inst;
            const QSet<int> &avoid = antiAffinity[r.antiAffinity];
            Choice best;
            const int bestNode =
                placer.bestNode(shapeOf[ri], s, r.antiAffinity.isEmpty() ? nullptr : &avoid, best);
            if (bestNode < 0) {
                // Nothing changed since this shape last failed: the same reason holds.
                Failure &f = failures[shapeOf[ri]];
                if (f.stamp != res.totals.placed || !r.antiAffinity.isEmpty() || f.reason.isEmpty()) {
                    Shape named = s; // the cached shape carries no group; the text names it
                    named.antiAffinity = r.antiAffinity;
                    f.reason = placer.explain(shapeOf[ri], named);
                    f.stamp = res.totals.placed;
                }
                item.reason = f.reason;
                res.items.append(item);
                continue;
            }
            SchedNode &node = c.nodes[bestNode];
            QList<int> gpus{best.gpu};
            if (s.wholeGpus()) {
                gpus.clear();
                for (int g = best.gpu; g < node.gpus.size() && gpus.size() < s.gpus; ++g) {
                    if (gpuRefusal(node, g, node.gpus[g], s) == Refusal::None)
                        gpus.append(g);
                }
            }
            for (int g : gpus) {
                const VgpuPlacement::Mode vgpuMode = node.gpus[g].vgpus.mode;
                item.slot = apply(node.gpus[g], s);
                if (s.kind == PlacementRequest::Kind::VgpuType) {
                    // Equal-size IDs are consecutive multiples of the size: the slot is the vGPU's index.
                    const int size =
                        VgpuPlacement::geometry(*s.type, node.gpus[g].framebufferMB, vgpuMode).size;
                    item.placementId = item.slot;
                    item.placementSize = size;
                    item.mixedSize = vgpuMode == VgpuPlacement::Mode::MixedSize;
                    if (!item.mixedSize && size > 0)
                        item.slot = item.placementId / size;
                }
                item.gpuIndexes.append(g);
                if (node.gpus[g].address.isValid())
                    item.gpuAddresses.append(node.gpus[g].address.toString());
                touched.insert((quint64(bestNode) << 32) | quint64(g));
            }
            node.cpuUsed += s.cpuMilli;
            node.memoryUsed += s.memoryMiB;
            placer.taken(bestNode);
            if (!r.antiAffinity.isEmpty())
                antiAffinity[r.antiAffinity].insert(bestNode);
            item.placed = true;
            item.host = node.host;
            item.node = bestNode;
            ++res.totals.placed;
            allocated += nominal;
            res.items.append(item);
        }
    }

    PlacementTotals &t = res.totals;
    t.gpusTouched = int(touched.size());
    double frag = 0, free = 0;
    for (const SchedNode &node : c.nodes) {
        for (const SchedGpu &g : node.gpus) {
            t.gpusFree += g.isFree() ? 1 : 0;
            free += g.freeMilli();
        }
        frag += nodeFragmentation(node, node.gpus.constData(), node.cpuUsed, node.memoryUsed, mix);
    }
    t.fragmentationGpus = frag / 1000.0;
    t.freeGpus = free / 1000.0;
    t.demandGpus = demand / 1000.0;
    t.allocatedGpus = allocated / 1000.0;
    t.lowerBoundGpus = int(std::ceil(t.demandGpus - 1e-9));
    return res;
}

double fragmentationGpus(const SchedCluster &cluster, const QList<PlacementRequest> &mixRequests)
{
    SchedCluster c = cluster;
    const Mix mix = Mix::from(mixRequests, c);
    double frag = 0;
    for (const SchedNode &node : c.nodes)
        frag += nodeFragmentation(node, node.gpus.constData(), node.cpuUsed, node.memoryUsed, mix);
    return frag / 1000.0;
}

} // namespace Sched
