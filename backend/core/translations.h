// Loads the project's and Qt's own translations for a language ("zh_CN", "en"; empty: the system locale).
#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// Returns the language actually installed ("en" when nothing matched).
QString install(QCoreApplication &app, const QString &language);
}
