#include "pinstore.h"

#include "core/jsonfile.h"
#include "identity.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonObject>
#include <QStandardPaths>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PinStore)
};
constexpr int kFormatVersion = 1;
} // namespace

PinStore::PinStore(const QString &path) : m_path(path) {}

QString PinStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/gpuvirt/known-agents.json");
}

QString PinStore::hostPortKey(const QString &host, quint16 port)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    const QHostAddress address(h);
    if (!address.isNull())
        h = address.toString(); // one spelling per address: "::1", not "0:0:…:1"
    if (h.contains(QLatin1Char(':')))
        h = QLatin1Char('[') + h + QLatin1Char(']');
    return QStringLiteral("%1:%2").arg(h).arg(port);
}

QString PinStore::normalizeKey(const QString &hostPort)
{
    const QString t = hostPort.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? t.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return t.toLower();
    return hostPortKey(t.left(colon), quint16(port));
}

Status PinStore::load()
{
    m_pins.clear();
    Result<QJsonObject> root = JsonFile::readObject(m_path, kFormatVersion);
    if (!root)
        return root.error();
    const QJsonValue agents = root->value(QStringLiteral("agents"));
    if (!agents.isUndefined() && !agents.isObject())
        return JsonFile::setAside(m_path, QStringLiteral("\"agents\" is not an object"));
    QMap<QString, Pin> pins;
    const QJsonObject obj = agents.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString fp = normalizeFingerprint(entry.value(QStringLiteral("fingerprint")).toString());
        if (fp.isEmpty())
            return JsonFile::setAside(m_path,
                                      QStringLiteral("no valid fingerprint for \"%1\"").arg(it.key()));
        const QString key = normalizeKey(it.key());
        pins.insert(key,
                    {key, fp,
                     QDateTime::fromString(entry.value(QStringLiteral("pinnedAt")).toString(), Qt::ISODate)});
    }
    m_pins = pins;
    return Done{};
}

PinStore::Verdict PinStore::check(const QString &hostPort, const QString &fingerprint) const
{
    const auto it = m_pins.constFind(normalizeKey(hostPort));
    if (it == m_pins.cend())
        return Verdict::Unknown;
    return it->fingerprint == normalizeFingerprint(fingerprint) ? Verdict::Match : Verdict::Mismatch;
}

QString PinStore::pinned(const QString &hostPort) const
{
    return m_pins.value(normalizeKey(hostPort)).fingerprint;
}

QList<PinStore::Pin> PinStore::pins() const
{
    return m_pins.values();
}

Status PinStore::pin(const QString &hostPort, const QString &fingerprint)
{
    const QString fp = normalizeFingerprint(fingerprint);
    if (fp.isEmpty())
        return Error{Text::tr("%1 is not a SHA-256 fingerprint").arg(fingerprint), {}};
    const QString key = normalizeKey(hostPort);
    if (key.isEmpty())
        return Error{Text::tr("No agent address given"), {}};
    QMap<QString, Pin> pins = m_pins;
    pins.insert(key, {key, fp, QDateTime::currentDateTimeUtc()});
    if (Status s = save(pins); !s)
        return s;
    m_pins = pins;
    return Done{};
}

Status PinStore::forget(const QString &hostPort)
{
    QMap<QString, Pin> pins = m_pins;
    if (pins.remove(normalizeKey(hostPort)) == 0)
        return Done{};
    if (Status s = save(pins); !s)
        return s;
    m_pins = pins;
    return Done{};
}

Status PinStore::save(const QMap<QString, Pin> &pins) const
{
    QJsonObject agents;
    for (const Pin &p : pins)
        agents.insert(p.hostPort,
                      QJsonObject{{QStringLiteral("fingerprint"), p.fingerprint},
                                  {QStringLiteral("pinnedAt"), p.pinnedAt.toString(Qt::ISODate)}});
    return JsonFile::writeObject(
        m_path, {{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("agents"), agents}});
}
