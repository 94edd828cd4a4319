#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
// Marks the translators this file installed, so that a later call can take them out again.
constexpr auto kOurs = "gpuvirt-translator";

QTranslator *make(QCoreApplication &app)
{
    auto *t = new QTranslator(&app);
    t->setObjectName(QLatin1String(kOurs));
    return t;
}
} // namespace

QString Translations::install(QCoreApplication &app, const QString &language)
{
    for (QTranslator *old :
         app.findChildren<QTranslator *>(QLatin1String(kOurs), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *ours = make(app);
    // English has a file of its own for plural forms ("1 host", "2 hosts"); it is the fallback for any
    // locale without a translation, the C locale included.
    if (!ours->load(locale, QStringLiteral("gpuvirt"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (ours->load(QStringLiteral(":/i18n/gpuvirt_en.qm")))
            QCoreApplication::installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = make(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name();
}
