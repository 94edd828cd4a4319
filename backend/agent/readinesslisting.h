// A readiness report as gpuvirtctl prints it: the checks with their text rendered in the current language
// (ReadinessText), as JSON for scripts or as a table for people.
#pragma once

#include "readiness.h"

#include <QCoreApplication>
#include <QJsonObject>

struct ReadinessListing
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessListing)
public:
    // `source` says where the report came from: "agent gpu-01:7447", "root /tmp/tree", "local".
    // ReadinessJson's members plus, per check, title, reason, remedy and lines; and counts per severity.
    static QJsonObject toJson(const ReadinessReport &report, const QString &source);
    static QString toTable(const ReadinessReport &report, const QString &source);
    static int count(const ReadinessReport &report, ReadinessSeverity severity);
};
