// Loads the project's and Qt's own translations for a language ("zh_CN", "en"; empty: the system locale).
#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// Installs the translators of `language` in place of those an earlier call installed, and makes its locale
// the default one (numbers, sizes and dates). Returns the language actually installed ("en" when nothing
// matched). Called again at run time it switches the language: Qt then sends QEvent::LanguageChange.
QString install(QCoreApplication &app, const QString &language);
} // namespace Translations
