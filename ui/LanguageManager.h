#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

// Loads the console's and Qt's own translations and switches them at run time; every open
// window then gets QEvent::LanguageChange and retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList available() { return {QStringLiteral("en"), QStringLiteral("zh_CN")}; }
    // The remembered choice, or the system locale's on first start.
    static QString initialLanguage();
    static QString nativeName(const QString &language);

    QString current() const { return m_current; }
    // Installs the translators and remembers the choice. False if the catalogue is missing.
    bool apply(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    QTranslator *m_app;
    QTranslator *m_qt;
    QString m_current;
};
