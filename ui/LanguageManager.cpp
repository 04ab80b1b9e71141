#include "LanguageManager.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_app(new QTranslator(this)), m_qt(new QTranslator(this))
{
}

QString LanguageManager::initialLanguage()
{
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString LanguageManager::nativeName(const QString &language)
{
    return language == u"zh_CN" ? u"简体中文"_s : u"English"_s;
}

bool LanguageManager::apply(const QString &language)
{
    if (!available().contains(language))
        return false;
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    const bool loaded = m_app->load(u":/i18n/infrai-console_"_s + language + u".qm"_s);
    if (loaded)
        QCoreApplication::installTranslator(m_app);
    if (m_qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    const QLocale locale(language == u"zh_CN" ? QLocale::Chinese : QLocale::English,
                         language == u"zh_CN" ? QLocale::China : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Widgets took the default locale when they were made: date and number editors that are
    // already open would keep the old format next to text in the new language.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        window->setLocale(locale);
        // A date editor keeps the display format it was made with; give it the new one.
        for (QDateTimeEdit *edit : window->findChildren<QDateTimeEdit *>())
            edit->setDisplayFormat(qobject_cast<QDateEdit *>(edit)   ? locale.dateFormat(QLocale::ShortFormat)
                                   : qobject_cast<QTimeEdit *>(edit) ? locale.timeFormat(QLocale::ShortFormat)
                                                                     : locale.dateTimeFormat(QLocale::ShortFormat));
    }
    m_current = language;
    QSettings().setValue(u"ui/language"_s, language);
    emit languageChanged(language);
    return loaded;
}
