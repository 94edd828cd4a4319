// Bounds how many hosts open and load at the same time. Local drivers (test://, qemu:///) cost CPU and
// memory while they load, so a few at a time finish sooner and peak lower; remote URIs mostly wait on the
// network, so many may load at once.
#pragma once

#include <QSemaphore>
#include <QString>

class LoadGate
{
public:
    explicit LoadGate(int localSlots = 0, int remoteSlots = 64);
    static bool isLocal(const QString &uri);

    class Pass
    {
    public:
        Pass(LoadGate *gate, const QString &uri);
        ~Pass();
        Q_DISABLE_COPY_MOVE(Pass)

    private:
        QSemaphore *m_sem = nullptr;
    };

private:
    QSemaphore m_local;
    QSemaphore m_remote;
};
