// The readiness report's JSON form, sent by the agent and printed by gpuvirtctl.
#include "jsonreader.h"
#include "readiness.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString ReadinessJson::severityKey(ReadinessSeverity s)
{
    switch (s) {
    case ReadinessSeverity::Ok:
        return QStringLiteral("ok");
    case ReadinessSeverity::Info:
        return QStringLiteral("info");
    case ReadinessSeverity::Warning:
        return QStringLiteral("warning");
    case ReadinessSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<ReadinessSeverity> ReadinessJson::severityFromKey(QStringView key)
{
    for (const auto s : {ReadinessSeverity::Ok, ReadinessSeverity::Info, ReadinessSeverity::Warning,
                         ReadinessSeverity::Error})
        if (severityKey(s) == key)
            return s;
    return std::nullopt;
}

QJsonObject ReadinessJson::toJson(const ReadinessReport &r)
{
    QJsonArray checks;
    for (const ReadinessCheck &c : r.checks)
        checks.append(QJsonObject{{u"id"_s, c.id},
                                  {u"subject"_s, c.isHostCheck() ? u"host"_s : c.subject.toString()},
                                  {u"severity"_s, severityKey(c.severity)},
                                  {u"arguments"_s, QJsonObject::fromVariantMap(c.arguments)}});
    return QJsonObject{{u"checks"_s, checks},
                       {u"worst"_s, severityKey(r.worst())},
                       {u"checkedAt"_s, r.checkedAt.isValid()
                                            ? QJsonValue(r.checkedAt.toUTC().toString(Qt::ISODateWithMs))
                                            : QJsonValue(QJsonValue::Null)}};
}

Result<ReadinessReport> ReadinessJson::fromJson(const QJsonObject &o)
{
    JsonReader r(o, {}, QCoreApplication::translate("ReadinessJson", "readiness checks"));
    ReadinessReport report;
    const QJsonArray checks = r.array(u"checks");
    for (qsizetype i = 0; i < checks.size() && !r.failed(); ++i) {
        const auto co = r.element(checks, i, u"checks");
        if (!co)
            break;
        JsonReader cr(*co, r, r.path(u"checks", i));
        ReadinessCheck c;
        c.id = cr.string(u"id");
        if (c.id.isEmpty() && !cr.failed())
            cr.fail(cr.path(u"id"), QStringLiteral("missing"));
        const QString subject = cr.string(u"subject", QStringLiteral("host"));
        if (subject != u"host") {
            const auto a = PciAddress::parse(subject);
            if (!a)
                cr.fail(cr.path(u"subject"), QStringLiteral("expected \"host\" or a PCI address"));
            else
                c.subject = *a;
        }
        const QString severity = cr.string(u"severity", QStringLiteral("ok"));
        if (const auto s = severityFromKey(severity))
            c.severity = *s;
        else
            cr.fail(cr.path(u"severity"), QStringLiteral("expected ok, info, warning or error"));
        if (const auto args = cr.object(u"arguments"))
            c.arguments = args->toVariantMap();
        report.checks.append(c);
    }
    const QString when = r.string(u"checkedAt");
    if (!when.isEmpty()) {
        report.checkedAt = QDateTime::fromString(when, Qt::ISODateWithMs);
        if (!report.checkedAt.isValid())
            r.fail(r.path(u"checkedAt"), QStringLiteral("expected an ISO 8601 date and time"));
    }
    if (r.failed())
        return r.error();
    return report;
}
