// The agent's side of a licence token push: writes a client configuration token into one of the
// directories the agent was told to allow, atomically (temporary file, fsync, rename) with mode 0644, and
// refuses anything else: other directories, "..", symbolic links, odd file names, content that is not a
// token.
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace TokenWriter {
// allowed: absolute directories; a push may go into one of them or a directory below it that exists.
// Returns {"path", "bytes", "sha256", "writes": ["…"]} on success.
Result<QJsonObject> write(const QStringList &allowed, const QString &directory, const QString &fileName,
                          const QByteArray &content);
} // namespace TokenWriter
