// The writer that tst_killwrites SIGKILLs: it saves the workspace or appends to the audit log in a loop and
// acknowledges each write on stdout ("<n>\n") only after the call returned, so that the test knows which
// writes the program had been told were done when it died.
//   killwriter workspace PATH        saves generation n+1, n+2, … of the workspace found at PATH
//   killwriter audit PATH RUN CHUNK  appends {"run":RUN,"seq":0,1,…}, written CHUNK bytes at a time
#include "assign/auditlog.h"
#include "killwriterdata.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace {
void acknowledge(int n)
{
    const QByteArray line = QByteArray::number(n) + '\n';
    // Straight to the pipe, no stdio buffer: what the test reads was really said before the kill.
    if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
        ::_exit(3);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == QLatin1String("workspace")) {
        Workspace w(args[2]);
        if (!w.load().ok())
            return 2;
        int n = KillWriter::generation(w.connections());
        if (n < 0)
            return 2;
        for (;;) {
            w.setConnections(KillWriter::connections(++n));
            if (!w.save().ok())
                return 2;
            acknowledge(n);
        }
    }
    if (args.size() == 5 && args[1] == QLatin1String("audit")) {
        AuditLog log(args[2]);
        log.setWriteChunkForTesting(args[4].toInt());
        const int run = args[3].toInt();
        for (int seq = 0;; ++seq) {
            if (!log.append(KillWriter::auditRecord(run, seq)))
                return 2;
            acknowledge(seq);
        }
    }
    std::fprintf(stderr, "usage: killwriter workspace PATH | audit PATH RUN CHUNK\n");
    return 1;
}
