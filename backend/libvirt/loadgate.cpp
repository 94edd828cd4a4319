#include "loadgate.h"

#include <QThread>

#include <algorithm>

LoadGate::LoadGate(int localSlots, int remoteSlots)
    : m_local(localSlots > 0 ? localSlots : std::max(2, QThread::idealThreadCount() * 2)), m_remote(std::max(1, remoteSlots))
{
}

bool LoadGate::isLocal(const QString &uri)
{
    // No transport in the scheme ("qemu+ssh", "qemu+tls") and no host: the driver runs here or next door.
    const qsizetype colon = uri.indexOf(u':');
    const QStringView scheme = QStringView(uri).left(colon < 0 ? 0 : colon);
    return !scheme.contains(u'+') && uri.mid(colon).startsWith(u":///");
}

LoadGate::Pass::Pass(LoadGate *gate, const QString &uri)
{
    if (!gate)
        return;
    m_sem = isLocal(uri) ? &gate->m_local : &gate->m_remote;
    m_sem->acquire();
}

LoadGate::Pass::~Pass()
{
    if (m_sem)
        m_sem->release();
}
