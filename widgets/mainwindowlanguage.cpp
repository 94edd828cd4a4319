// MainWindow's View → Language menu and what a language change at run time asks of the window.
//
// The window is not rebuilt on a change: it holds state a rebuild would lose or have to carry over (the
// assignment undo history, the scheduler's requests and results, time-slice simulations, selections, an
// open plan preview). Qt sends QEvent::LanguageChange to every widget instead; each sets its fixed texts
// again (Retranslator, or its own changeEvent()), and the item models announce new header and cell texts.
#include "core/translations.h"
#include "mainwindow.h"
#include "presentationproxy.h"
#include "retranslator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLocale>
#include <QMenu>

void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    // Each language is named in itself, so that one who cannot read the current language finds their own.
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
                                                          {QStringLiteral("zh_CN"), QStringLiteral("中文")}};
    QAction *system = menu->addAction(QString());
    system->setData(QString());
    menu->addSeparator();
    QList<QAction *> actions{system};
    for (const auto &[code, name] : languages) {
        QAction *a = menu->addAction(name);
        a->setData(code);
        actions << a;
    }
    for (QAction *a : std::as_const(actions)) {
        a->setCheckable(true);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { chooseLanguage(a->data().toString()); });
    }
    m_tx->bind([menu, system] {
        menu->setTitle(tr("&Language", "@title:menu user interface language"));
        system->setText(tr("&System Language", "@item:inmenu follow the system's language"));
    });
    setLanguage(m_language);
}

void MainWindow::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_languages)
        return;
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::chooseLanguage(const QString &language)
{
    setLanguage(language);
    // Installing the translators posts QEvent::LanguageChange to every widget.
    Translations::install(*QCoreApplication::instance(), language);
    // Widgets keep the locale they were made with; the window's (its children and dialogs inherit it)
    // becomes the new default, for numbers in spin boxes and dates in editors.
    setLocale(QLocale());
    Q_EMIT languageChosen(language);
}

void MainWindow::retranslateModels()
{
    for (PresentationProxy *p : std::as_const(m_presentations))
        p->retranslate();
}
