// AgentServer's per-connection state and the mailbox through which worker threads answer calls.
#pragma once

#include "agentserver.h"
#include "rpcframe.h"

#include "tlsserver.h"

#include <QSet>

#include <mutex>
#include <vector>

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

// Outlives the server: a Responder held by a worker may fire after the server is gone. Answers from worker
// threads wait here until the server's thread takes them all at once (one queued call however many came).
// A std::mutex guards them rather than handing each answer through a queued call: ThreadSanitizer sees
// this hand-off, where Qt's, through a futex it cannot see, made it check every freed byte of a large
// answer as a suspected race (tst_agentservice took minutes under it).
struct AgentServer::Mailbox
{
    struct Answer
    {
        quint64 peerId;
        QJsonValue id;
        QString method;
        Result<QJsonValue> result;
    };
    std::mutex mutex;
    AgentServer *server = nullptr; // null once the server is being destroyed
    std::vector<Answer> waiting;
    bool takePosted = false;
};
