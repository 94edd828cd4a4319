// What `gpuvirtctl agent probe` tells about one host agent: who it is, whether we trust its certificate,
// and a summary of its facts (GPUs, IOMMU, vfio, NVML). JSON for scripts, a table for people.
#pragma once

#include "nvmlfacts.h"
#include "sysfsfacts.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

struct AgentProbe
{
    Q_DECLARE_TR_FUNCTIONS(AgentProbe)
public:
    enum class Pin { Unknown, Pinned, PinnedNow }; // not trusted (yet), pinned before, accepted in this run

    QString hostPort;    // "gpu-01:7447"
    QString fingerprint; // the agent's certificate, "AB:CD:…"
    Pin pin = Pin::Unknown;
    QDateTime pinnedAt;         // UTC, when known
    QString consoleFingerprint; // ours, what the host enrols
    QString name;               // the agent certificate's common name, from its welcome
    QJsonObject hello;          // agent.hello's result (hostname, agentVersion, protocol, role, nvml …)
    std::optional<SysfsFacts> sysfs;
    std::optional<NvmlFacts> nvml;
    Error factsError; // facts.get failed or answered something unreadable

    // Reads facts.get's result {"sysfs": …, "nvml": …}; on failure factsError is set and returned.
    Status setFacts(const QJsonValue &result);

    // docs/agent-cli.md describes the shape.
    QJsonObject toJson() const;
    QString toTable() const;

    static QString pinKey(Pin pin); // "unknown", "pinned", "pinnedNow"
};
