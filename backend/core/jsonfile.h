// Small JSON object files (pins, allowlists): read with damage kept aside, written atomically.
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace JsonFile {
// A missing file reads as an empty object. A file that is not a JSON object, or whose format version is
// newer than maxVersion, is set aside (see setAside) and its Error returned.
Result<QJsonObject> readObject(const QString &path, int maxVersion);
// Renames a damaged file to "<path>.corrupt-<timestamp>" and returns the Error that says where it went.
Error setAside(const QString &path, const QString &problem);
// Writes through a temporary file renamed over the old one (QSaveFile): a crash leaves the old file whole.
Status writeObject(const QString &path, const QJsonObject &object);
} // namespace JsonFile
