// gpuvirtctl's way to one host agent: the console's identity and pins, first contact decided by --accept,
// and blocking calls for a command-line program.
#pragma once

#include "core/result.h"
#include "security/identity.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

class AgentClient;
class PinStore;
class QCommandLineParser;

// Exit statuses shared by the agent commands (docs/agent-cli.md).
namespace CtlExit {
enum : int {
    Ok = 0,
    Failed = 1,    // the agent answered with an error, or readiness found errors
    NoContact = 2, // usage, no connection, not trusted (first contact, changed certificate), not enrolled
};
}

// HOST, HOST:PORT, [IPv6]:PORT or a bare IPv6 address; the port defaults to the agent's 7447.
struct AgentTarget
{
    QString host;
    quint16 port = 0;
    static std::optional<AgentTarget> parse(const QString &text);
};

// --identity DIR and --pins FILE: where the console keeps its client identity and pinned agents.
void addIdentityOptions(QCommandLineParser &p);
// --accept FINGERPRINT and --timeout SECONDS, with the identity options.
void addAgentOptions(QCommandLineParser &p);
// The console's identity (made when missing, as the console does), or an error already reported.
std::optional<Identity> loadConsoleIdentity(const QCommandLineParser &p);

class AgentConnection
{
public:
    enum class Pin { Pinned, PinnedNow }; // trusted before, or accepted with --accept in this run

    AgentConnection();
    ~AgentConnection();

    // Connects and waits for the agent's welcome. On failure explains on standard error what happened
    // and what to do (accept the fingerprint, enrol this console, forget a changed pin) and returns
    // CtlExit::NoContact; otherwise CtlExit::Ok.
    int open(const QCommandLineParser &p, const QString &target);
    // A call that waits for its answer (or the timeout, or the loss of the connection).
    Result<QJsonValue> call(const QString &method, const QJsonValue &params = {});

    AgentClient *client() const { return m_client.get(); }
    const Identity &identity() const { return m_identity; }
    QString hostPort() const;
    QString fingerprint() const;
    Pin pin() const { return m_pin; }
    QDateTime pinnedAt() const { return m_pinnedAt; }

private:
    Identity m_identity;
    std::unique_ptr<PinStore> m_pins;
    std::unique_ptr<AgentClient> m_client;
    Pin m_pin = Pin::Pinned;
    QDateTime m_pinnedAt;
    int m_timeoutMs = 10000;
};
