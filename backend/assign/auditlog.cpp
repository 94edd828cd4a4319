#include "auditlog.h"

#include "planreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(Assignment)
};

Error osError(const QString &summary, const QString &path, int err)
{
    return Error{summary, QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))),
                 err};
}

bool writeAll(int fd, const char *data, qsizetype size, int chunk)
{
    while (size > 0) {
        const qsizetype piece = chunk > 0 ? std::min<qsizetype>(chunk, size) : size;
        const ssize_t n = ::write(fd, data, size_t(piece));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

QStringList strings(const QJsonArray &a, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(v.toObject().value(key).toString());
    return out;
}
} // namespace

AuditRecord AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.operatorIdentity = o.value(QStringLiteral("operator")).toString();
    r.host = o.value(QStringLiteral("host")).toString();
    r.hostId = o.value(QStringLiteral("hostId")).toString();
    r.planId = o.value(QStringLiteral("plan")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.summary = o.value(QStringLiteral("summary")).toString();
    const QJsonArray vms = o.value(QStringLiteral("vms")).toArray();
    r.vms = strings(vms, QStringLiteral("uuid"));
    r.vmNames = strings(vms, QStringLiteral("name"));
    r.result = o.value(QStringLiteral("result")).toString();
    r.json = o;
    return r;
}

bool AuditFilter::matches(const AuditRecord &r) const
{
    if (!host.isEmpty() && host.compare(r.host, Qt::CaseInsensitive) != 0 && host != r.hostId)
        return false;
    if (!vm.isEmpty() && !r.vms.contains(vm, Qt::CaseInsensitive) && !r.vmNames.contains(vm))
        return false;
    if (from.isValid() && r.time < from)
        return false;
    if (to.isValid() && r.time >= to)
        return false;
    return result.isEmpty() || result == r.result;
}

QJsonObject AuditLog::record(const PlanReport &report, const QString &operatorIdentity, const QDateTime &time)
{
    QJsonObject o = report.toJson();
    o[QStringLiteral("v")] = 1;
    o[QStringLiteral("time")] = time.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("operator")] = operatorIdentity;
    return o;
}

Status AuditLog::append(const QJsonObject &record)
{
    // Compact JSON has no raw newline (strings escape it): one record, one line.
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
    const QString cannot = AuditText::tr("Cannot write the audit log");
    QMutexLocker lock(&m_mutex);
    const QFileInfo info(m_path);
    const bool created = !info.exists();
    if (created && !QDir().mkpath(info.absolutePath()))
        return osError(cannot, info.absolutePath(), errno);
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return osError(cannot, m_path, errno);
    // A writer that died mid-record left a line without its newline: end it, so that this record starts a
    // line of its own and the torn one stays a single bad line. (Read-write: pread needs it.)
    QByteArray data = line;
    struct stat st
    {
    };
    char last = '\n';
    if (::fstat(fd, &st) == 0 && st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) == 1 && last != '\n')
        data.prepend('\n');
    const bool ok = writeAll(fd, data.constData(), data.size(), m_chunk) && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok)
        return osError(cannot, m_path, err);
    if (created) {
        // The new file's name must survive a crash too.
        const int dir =
            ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
    return Done{};
}

Result<AuditLog::Contents> AuditLog::read(const AuditFilter &filter) const
{
    Contents c;
    QFile f(m_path);
    if (!f.exists())
        return c;
    if (!f.open(QIODevice::ReadOnly))
        return Error{AuditText::tr("Cannot read the audit log"),
                     m_path + QStringLiteral(": ") + f.errorString(), 0};
    const QByteArray all = f.readAll();
    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < all.size()) {
        ++lineNo;
        qsizetype end = all.indexOf('\n', pos);
        const bool terminated = end >= 0;
        if (!terminated)
            end = all.size();
        const QByteArray line = all.mid(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            if (terminated)
                c.skippedLines.append(lineNo);
            else
                c.tornTail = true;
            continue;
        }
        const AuditRecord r = AuditRecord::fromJson(doc.object());
        if (filter.matches(r))
            c.records.append(r);
    }
    return c;
}
