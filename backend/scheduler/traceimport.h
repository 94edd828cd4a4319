// Imports the Alibaba "openb" GPU cluster trace (Weng et al., ATC '23): the node list as a placement
// cluster and a pod list as placement requests, in arrival order.
#pragma once

#include "core/result.h"
#include "placement.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Sched::Trace {

// openb_node_list_gpu_node.csv: sn,cpu_milli,memory_mib,gpu,model. Every node gets `gpu` GPUs of `model`;
// its CPU and memory bound what the tasks placed on it may ask for.
Result<SchedCluster> readNodes(const QString &path);
Result<SchedCluster> parseNodes(const QByteArray &csv, const QString &fileName);

// openb_pod_list_*.csv: name,cpu_milli,memory_mib,num_gpu,gpu_milli[,gpu_spec,…]. Tasks with num_gpu 0
// ask for no GPU and are skipped; num_gpu 1 with gpu_milli < 1000 shares a GPU; the rest need whole GPUs
// on one node. gpu_spec ("V100M16|V100M32") restricts the GPU models.
Result<QList<PlacementRequest>> readPods(const QString &path);
Result<QList<PlacementRequest>> parsePods(const QByteArray &csv, const QString &fileName);

// The paper's inflation: the tasks in arrival order, cycled (repeats named "name#1", "name#2" …) until
// the arrived GPU demand reaches `capacityMilli`.
QList<PlacementRequest> inflate(const QList<PlacementRequest> &tasks, qint64 capacityMilli);

} // namespace Sched::Trace
