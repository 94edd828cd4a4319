// AgentServer's per-connection state and the mailbox through which worker threads answer calls.
#pragma once

#include "agentserver.h"
#include "rpcframe.h"

#include <QMutex>
#include <QSet>
#include "tlsserver.h"

struct AgentServer::Connection
{
    explicit Connection(quint32 maxFrameSize) : reader(maxFrameSize) {}

    TlsServerSocket *socket = nullptr; // child of the server; deletes itself once disconnected
    PeerInfo peer;
    FrameReader reader;
    QSet<QString> topics;
    int callsInFlight = 0;
    bool closing = false;
    Error closeReason;
};

// Outlives the server: a Responder held by a worker may fire after the server is gone.
struct AgentServer::Mailbox
{
    QMutex mutex;
    AgentServer *server = nullptr; // null once the server is being destroyed
};
