#include "licencemonitor.h"

#include <QTimer>

LicenceMonitor::LicenceMonitor(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
}

LicenceMonitor::~LicenceMonitor() = default;

void LicenceMonitor::setServers(const QList<LicenceServer> &servers)
{
    QStringList keep;
    for (const LicenceServer &s : servers)
        keep.append(s.name);
    for (const QString &name : m_entries.keys())
        if (!keep.contains(name))
            drop(name);
    m_servers = servers;
    for (const LicenceServer &s : servers) {
        auto it = m_entries.find(s.name);
        if (it != m_entries.end() && it->server == s)
            continue;
        if (it == m_entries.end()) {
            Entry e;
            e.timer = new QTimer(this);
            e.timer->setSingleShot(true);
            const QString name = s.name;
            connect(e.timer, &QTimer::timeout, this, [this, name] { probeNow(name); });
            it = m_entries.insert(s.name, e);
        }
        it->server = s;
        it->failures = 0;
        it->result = {};
        it->result.server = s.name;
        if (it->probe) { // a probe of the old settings: its answer no longer counts
            it->probe->disconnect(this);
            it->probe->deleteLater();
            it->probe = nullptr;
        }
        probeNow(s.name);
    }
}

void LicenceMonitor::drop(const QString &name)
{
    Entry e = m_entries.take(name);
    delete e.timer;
    if (e.probe) {
        e.probe->disconnect(this);
        e.probe->deleteLater();
    }
}

void LicenceMonitor::probeNow(const QString &name)
{
    auto it = m_entries.find(name);
    if (it == m_entries.end() || it->probe)
        return;
    it->timer->stop();
    auto *probe = new LicenceProbe(this);
    it->probe = probe;
    connect(probe, &LicenceProbe::finished, this, [this, name, probe](const LicenceProbeResult &r) {
        probe->deleteLater();
        auto e = m_entries.find(name);
        if (e == m_entries.end() || e->probe != probe)
            return;
        e->probe = nullptr;
        onFinished(name, r);
    });
    Q_EMIT probeStarted(name);
    probe->start(it->server, m_options.probe);
}

void LicenceMonitor::probeAll()
{
    for (const LicenceServer &s : std::as_const(m_servers))
        probeNow(s.name);
}

int LicenceMonitor::delayAfter(int failures) const
{
    if (failures <= 0)
        return m_options.intervalMs;
    qint64 d = m_options.firstRetryMs;
    for (int i = 1; i < failures && d < m_options.maxRetryMs; ++i)
        d *= 2;
    return int(std::min<qint64>(d, m_options.maxRetryMs));
}

void LicenceMonitor::onFinished(const QString &name, const LicenceProbeResult &result)
{
    Entry &e = m_entries[name];
    e.result = result;
    if (result.state == LicenceProbeResult::State::Demo) {
        e.nextDelayMs = 0; // nothing to look at again
    } else {
        e.failures = result.reachable() ? 0 : e.failures + 1;
        e.nextDelayMs = delayAfter(e.failures);
        e.timer->start(e.nextDelayMs);
    }
    Q_EMIT resultChanged(name);
}

LicenceProbeResult LicenceMonitor::result(const QString &name) const
{
    return m_entries.value(name).result;
}

QHash<QString, LicenceProbeResult> LicenceMonitor::results() const
{
    QHash<QString, LicenceProbeResult> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out.insert(it.key(), it->result);
    return out;
}

int LicenceMonitor::failures(const QString &name) const
{
    return m_entries.value(name).failures;
}

int LicenceMonitor::nextDelayMs(const QString &name) const
{
    return m_entries.value(name).nextDelayMs;
}

bool LicenceMonitor::isProbing(const QString &name) const
{
    return m_entries.value(name).probe != nullptr;
}
