#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Translations::install(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English has a file of its own for plural forms ("1 host", "2 hosts"); it is the fallback for any
    // locale without a translation, the C locale included.
    if (!ours->load(locale, QStringLiteral("gpuvirt"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        if (ours->load(QStringLiteral(":/i18n/gpuvirt_en.qm")))
            app.installTranslator(ours);
        else
            delete ours;
        return QStringLiteral("en");
    }
    app.installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name();
}
