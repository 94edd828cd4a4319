// The JSON form of request files: {"version": 1, "requests": [ … ]} or a bare list of requests.
#include "requestfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Gives these strings the "Scheduler" context that lupdate can see (a free tr() would not).
struct SchedulerRequestJsonText
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
};

namespace Sched::RequestFile {

using Kind = PlacementRequest::Kind;

namespace {

// Where things are in the JSON text, which QJsonDocument does not keep: for each element of the request
// list, the line it starts on and the line of each of its keys.
struct Lines
{
    QList<int> element;
    QList<QHash<QString, int>> keys;
};

Lines scan(const QByteArray &json)
{
    Lines out;
    QList<char> stack;
    int line = 1;
    int elementDepth = -1; // depth of the current element object
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\n') {
            ++line;
        } else if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json[i] != '"'; ++i) {
                if (json[i] == '\\')
                    ++i;
            }
            qsizetype j = i + 1;
            while (j < json.size() &&
                   (json[j] == ' ' || json[j] == '\t' || json[j] == '\r' || json[j] == '\n'))
                ++j;
            if (j < json.size() && json[j] == ':' && stack.size() == elementDepth && !out.keys.isEmpty())
                out.keys.last().insert(QString::fromUtf8(json.mid(start, i - start)), line);
        } else if (c == '{' || c == '[') {
            // An element: an object in the top-level array, or in an array that is a top-level key's value.
            if (c == '{' && !stack.isEmpty() && stack.last() == '[' &&
                (stack.size() == 1 || (stack.size() == 2 && stack.first() == '{'))) {
                out.element.append(line);
                out.keys.append(QHash<QString, int>());
                elementDepth = int(stack.size()) + 1;
            }
            stack.append(c);
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        }
    }
    return out;
}

Error at(const QString &file, int line, const QString &what)
{
    return Error{SchedulerRequestJsonText::tr("%1: line %2: %3").arg(file).arg(line).arg(what), {}, 0};
}

// A list of strings, or one string; nullopt when it is neither.
std::optional<QStringList> stringList(const QJsonValue &v)
{
    if (v.isString())
        return QStringList{v.toString()};
    if (!v.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return std::nullopt;
        out.append(e.toString());
    }
    return out;
}

const QStringList &kindKeys()
{
    static const QStringList keys{QStringLiteral("vgpuType"), QStringLiteral("migProfile"),
                                  QStringLiteral("wholeGpus"), QStringLiteral("virtualFunction"),
                                  QStringLiteral("milliGpu")};
    return keys;
}

} // namespace

Result<QList<PlacementRequest>> parseJson(const QByteArray &json, const QString &file)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it stumbled on; point at that character.
        const QByteArray before = json.left(std::max(0, pe.offset - 1));
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return Error{SchedulerRequestJsonText::tr("%1: line %2, column %3: %4")
                         .arg(file)
                         .arg(line)
                         .arg(column)
                         .arg(pe.errorString()),
                     {},
                     0};
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject top = doc.object();
        for (auto it = top.begin(); it != top.end(); ++it) {
            if (it.key() != u"version" && it.key() != u"requests")
                return at(file, 1,
                          SchedulerRequestJsonText::tr("unknown key \"%1\" (expected version and requests)")
                              .arg(it.key()));
        }
        if (top.value(QStringLiteral("version")).toInt(1) != 1)
            return at(file, 1,
                      SchedulerRequestJsonText::tr("version %1 is not supported (1 is)")
                          .arg(top.value(QStringLiteral("version")).toInt()));
        if (!top.value(QStringLiteral("requests")).isArray())
            return at(file, 1, SchedulerRequestJsonText::tr("\"requests\" must be a list of requests"));
        list = top.value(QStringLiteral("requests")).toArray();
    }
    const Lines lines = scan(json);
    QList<PlacementRequest> out;
    for (int i = 0; i < list.size(); ++i) {
        const int line = lines.element.value(i, 1);
        const QHash<QString, int> keyLines = lines.keys.value(i);
        auto keyError = [&](const QString &key, const QString &what) {
            return at(file, keyLines.value(key, line), what);
        };
        if (!list[i].isObject())
            return at(file, line, SchedulerRequestJsonText::tr("request %1 is not an object").arg(i + 1));
        const QJsonObject o = list[i].toObject();
        static const QStringList known =
            QStringList{
                QStringLiteral("name"),     QStringLiteral("count"),    QStringLiteral("gpuModels"),
                QStringLiteral("hosts"),    QStringLiteral("labels"),   QStringLiteral("antiAffinity"),
                QStringLiteral("numaNode"), QStringLiteral("cpuMilli"), QStringLiteral("memoryMiB")} +
            kindKeys();
        QStringList kinds;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return keyError(it.key(), SchedulerRequestJsonText::tr("unknown key \"%1\"").arg(it.key()));
            if (kindKeys().contains(it.key()))
                kinds.append(it.key());
        }
        if (kinds.size() != 1)
            return at(file, line,
                      SchedulerRequestJsonText::tr("a request needs exactly one of %1")
                          .arg(kindKeys().join(QStringLiteral(", "))));
        PlacementRequest r;
        r.name = o.value(QStringLiteral("name")).toString();
        if (o.contains(QStringLiteral("count"))) {
            const QJsonValue c = o.value(QStringLiteral("count"));
            if (!c.isDouble() || c.toDouble() != double(c.toInt()))
                return keyError(QStringLiteral("count"),
                                SchedulerRequestJsonText::tr("count must be a whole number"));
            r.count = c.toInt();
        }
        const QString kindKeyName = kinds.first();
        const QJsonValue size = o.value(kindKeyName);
        QString problem;
        if (kindKeyName == u"vgpuType" || kindKeyName == u"migProfile") {
            problem = size.isString()
                          ? setSize(r, kindKeyName == u"vgpuType" ? Kind::VgpuType : Kind::MigProfile,
                                    size.toString())
                          : SchedulerRequestJsonText::tr("%1 must be a name").arg(kindKeyName);
        } else if (kindKeyName == u"virtualFunction") {
            problem = size.toBool(false) ? setSize(r, Kind::VirtualFunction, {})
                                         : SchedulerRequestJsonText::tr("virtualFunction must be true");
        } else {
            problem = size.isDouble() && size.toDouble() == double(size.toInt())
                          ? setSize(r, kindKeyName == u"wholeGpus" ? Kind::WholeGpus : Kind::MilliGpu,
                                    QString::number(size.toInt()))
                          : SchedulerRequestJsonText::tr("%1 must be a whole number").arg(kindKeyName);
        }
        if (!problem.isEmpty())
            return keyError(kindKeyName, problem);
        for (const QString &key :
             {QStringLiteral("gpuModels"), QStringLiteral("hosts"), QStringLiteral("labels")}) {
            if (!o.contains(key))
                continue;
            const auto values = stringList(o.value(key));
            if (!values)
                return keyError(key, SchedulerRequestJsonText::tr("%1 must be a list of names").arg(key));
            (key == u"gpuModels" ? r.gpuModels : key == u"hosts" ? r.hosts : r.labels) = *values;
        }
        r.antiAffinity = o.value(QStringLiteral("antiAffinity")).toString();
        for (const QString &key :
             {QStringLiteral("numaNode"), QStringLiteral("cpuMilli"), QStringLiteral("memoryMiB")}) {
            if (!o.contains(key))
                continue;
            const QJsonValue v = o.value(key);
            if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
                return keyError(key, SchedulerRequestJsonText::tr("%1 must be a whole number").arg(key));
            if (key == u"numaNode")
                r.numaNode = int(v.toInteger());
            else
                (key == u"cpuMilli" ? r.cpuMilli : r.memoryMiB) = v.toInteger();
        }
        if (const QString why = validate(r); !why.isEmpty())
            return at(file, line, why);
        out.append(r);
    }
    return out;
}

QByteArray toJson(const QList<PlacementRequest> &requests)
{
    QJsonArray list;
    for (const PlacementRequest &r : requests) {
        QJsonObject o{{QStringLiteral("name"), r.name}, {QStringLiteral("count"), r.count}};
        switch (r.kind) {
        case Kind::VgpuType:
            o.insert(QStringLiteral("vgpuType"), r.vgpuType);
            break;
        case Kind::MigProfile:
            o.insert(QStringLiteral("migProfile"), MigLayout::info(r.migProfile).name);
            break;
        case Kind::WholeGpus:
            o.insert(QStringLiteral("wholeGpus"), r.gpus);
            break;
        case Kind::VirtualFunction:
            o.insert(QStringLiteral("virtualFunction"), true);
            break;
        case Kind::MilliGpu:
            o.insert(QStringLiteral("milliGpu"), r.milli);
            break;
        }
        if (!r.gpuModels.isEmpty())
            o.insert(QStringLiteral("gpuModels"), QJsonArray::fromStringList(r.gpuModels));
        if (!r.hosts.isEmpty())
            o.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(r.hosts));
        if (!r.labels.isEmpty())
            o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(r.labels));
        if (!r.antiAffinity.isEmpty())
            o.insert(QStringLiteral("antiAffinity"), r.antiAffinity);
        if (r.numaNode >= 0)
            o.insert(QStringLiteral("numaNode"), r.numaNode);
        if (r.cpuMilli > 0)
            o.insert(QStringLiteral("cpuMilli"), r.cpuMilli);
        if (r.memoryMiB > 0)
            o.insert(QStringLiteral("memoryMiB"), r.memoryMiB);
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("requests"), list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Sched::RequestFile
