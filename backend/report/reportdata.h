// What a report says, as plain tables: inventory, readiness and licence summary, in the current language.
// The CSV writer (csvwriter.h) and the PDF writer (render/reportpdf.h) both take it.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class Inventory;

struct ReportTable
{
    QString key;         // stable: "hosts", "gpus", "vgpus", "vms", "readiness", "licences"; the CSV's name
    QString title;       // translated
    QString note;        // a line under the title (e.g. "No licence servers configured"); may be empty
    QStringList headers; // translated
    QList<QStringList> rows;
};

// The licence section, filled by the licence backend when it is wired in; without one the report shows
// the editions the assigned vGPUs need (ReportData::licenceDemand).
struct LicenceSummary
{
    QString note; // e.g. "2 licence servers; 1 unreachable"
    QStringList headers;
    QList<QStringList> rows;
};

struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    QString title;       // "GPU inventory report"
    QString cluster;     // "Demo cluster" or the host names
    QDateTime created;   // local time
    QString createdText; // in the locale's long format
    QString language;    // the locale's native language name
    QList<ReportTable> tables;

    static QStringList tableKeys(); // in report order
    const ReportTable *table(const QString &key) const;

    static ReportData build(const Inventory &inventory, const std::optional<LicenceSummary> &licences = {},
                            const QDateTime &now = QDateTime::currentDateTime());
    // The licence editions the vGPUs held by VMs need, one row per edition.
    static ReportTable licenceDemand(const Inventory &inventory);
};
