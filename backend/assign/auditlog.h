// The audit log: one JSON object per line for every plan that ran (applied or not), appended with O_APPEND
// and fsync'ed before append() returns, so a crash loses at most the record being written. The reader
// returns every complete record and says which lines it skipped.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

struct PlanReport;

struct AuditRecord
{
    QDateTime time;
    QString operatorIdentity;
    QString host; // host name
    QString hostId;
    QString planId;
    QString action; // "assign", "release", "undo"
    QString summary;
    QStringList vms; // uuids
    QStringList vmNames;
    QString result;   // "applied", "rolled-back", "rollback-incomplete"
    QJsonObject json; // the whole record, steps included

    static AuditRecord fromJson(const QJsonObject &o);
};

struct AuditFilter
{
    QString host;   // name or inventory id, case-insensitive; empty: any
    QString vm;     // uuid or name; empty: any
    QDateTime from; // inclusive; invalid: no bound
    QDateTime to;   // exclusive; invalid: no bound
    QString result; // a result key; empty: any
    bool matches(const AuditRecord &r) const;
};

class AuditLog
{
public:
    explicit AuditLog(const QString &path) : m_path(path) {}
    QString path() const { return m_path; }

    // The record for a plan that ran: the report's JSON with "v", "time" and "operator" added.
    static QJsonObject record(const PlanReport &report, const QString &operatorIdentity,
                              const QDateTime &time = QDateTime::currentDateTimeUtc());
    // Safe to call from several threads (the hosts' workers). Creates the file (mode 0600) and its folder.
    Status append(const QJsonObject &record);
    Status append(const PlanReport &report, const QString &operatorIdentity)
    {
        return append(record(report, operatorIdentity));
    }

    struct Contents
    {
        QList<AuditRecord> records; // complete records that pass the filter, oldest first
        QList<int> skippedLines;    // 1-based numbers of lines that are not a complete record
        bool tornTail = false;      // the last line is an unfinished record (the writer died in it)
    };
    // A missing file reads as empty.
    Result<Contents> read(const AuditFilter &filter = {}) const;

    // Tests: write each record in pieces of this many bytes, so that a killed writer leaves half a record.
    void setWriteChunkForTesting(int bytes) { m_chunk = bytes; }

private:
    QString m_path;
    QMutex m_mutex;
    int m_chunk = 0;
};
