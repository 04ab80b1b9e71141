#pragma once

// The console's main window on an in-process sandbox, for UI suites: a profile whose key
// is held for the session, the window shown and its first load settled.

#include "TestSupport.h"

#include "ActionDialog.h"
#include "AppearanceManager.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "profiles/ProfileStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

class ConsoleUiTest : public QObject
{
protected:
    explicit ConsoleUiTest(const QString &secretService) : m_secrets(secretService) {}

    // Call from initTestCase(); false when the window did not come up.
    bool openConsole(const QString &suite, const SandboxOptions &options, QSize size = {})
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("infrai-test"));
        QCoreApplication::setApplicationName(suite);
        QSettings().clear();
        m_language.apply(QStringLiteral("en"));
        m_server = startSandbox(options);
        m_profiles = std::make_unique<ProfileStore>();
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = QUrl(m_server->baseUrl());
        profile.id = Profile::newId();
        m_profileId = profile.id;
        if (!m_profiles->save(profile).isEmpty())
            return false;
        m_profiles->setActiveId(profile.id);
        m_secrets.keepForSession(profile.id, QStringLiteral("api-key"), QStringLiteral("ifr_test_key"));
        m_window = std::make_unique<MainWindow>(
            AppContext{&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language, &m_appearance});
        if (size.isValid())
            m_window->resize(size);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) &&
               QTest::qWaitFor([this] { return m_window->initialLoadSettled(); }, 20000);
    }

    RawReply call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return rawCall(m_network, m_server->baseUrl(), method, path, body);
    }
    // Dialogs delete themselves on close: the tests hold them through QPointer.
    template <typename Dialog>
    QPointer<Dialog> openDialog()
    {
        Dialog *dialog = nullptr;
        const bool shown =
            QTest::qWaitFor([&] { return (dialog = m_window->findChild<Dialog *>()) && dialog->isVisible(); }, 5000);
        return shown ? dialog : nullptr;
    }
    // Keyboard use of a dialog, as an operator meets it: no literal '&' in a label (a
    // mnemonic label has a buddy), no mnemonic letter used twice, and focus starting in a
    // field rather than on a button. Empty when all is well.
    static QString keyboardProblems(QDialog *dialog, bool atOpen = true)
    {
        QStringList problems;
        QHash<QChar, QString> mnemonics;
        auto take = [&](const QString &text) {
            for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
                if (text.at(i + 1) == u'&')
                    continue;
                const QChar key = text.at(i + 1).toLower();
                if (mnemonics.contains(key))
                    problems << QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(key).arg(mnemonics.value(key), text);
                mnemonics.insert(key, text);
            }
        };
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(dialog) || label->textFormat() == Qt::RichText ||
                Qt::mightBeRichText(label->text()))
                continue;
            if (label->text().contains(u'&') && !label->buddy())
                problems << QStringLiteral("literal & in \"%1\"").arg(label->text());
            else
                take(label->text());
        }
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            if (button->isVisibleTo(dialog))
                take(button->text());
        QWidget *focus = dialog->focusWidget();
        if (atOpen && (!focus || qobject_cast<QAbstractButton *>(focus)))
            problems << QStringLiteral("focus starts on %1")
                            .arg(QLatin1StringView(focus ? focus->metaObject()->className() : "nothing"));
        return problems.join(u"; ");
    }
    // With CONSOLE_SCREENSHOT_DIR set, saves a widget as NAME.png there, to look at.
    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"), "PNG");
    }
    // A wrapped label is tall enough for all its lines at its width (nothing clipped).
    static bool textFits(const QLabel *label)
    {
        return !label->wordWrap() || label->height() >= label->heightForWidth(label->width());
    }
    // Opens the explorer tree's context menu on `viewRow` (an index of the view's model) and
    // triggers the action named `name` while the menu is up, as a click does. False when the
    // menu does not offer it, or offers it disabled.
    bool triggerTreeMenu(const QModelIndex &viewRow, const QString &name)
    {
        QTreeView *tree = m_window->explorer()->tree();
        tree->scrollTo(viewRow);
        bool triggered = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QAction *action = menu ? menu->findChild<QAction *>(name) : nullptr;
            if (action && action->isEnabled()) {
                action->trigger();
                triggered = true;
            }
            if (menu)
                menu->close();
        });
        emit tree->customContextMenuRequested(tree->visualRect(viewRow).center());
        QTest::qWait(50);
        return triggered;
    }
    static void clickOk(ActionDialog *dialog)
    {
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore m_secrets;
    RequestLog m_log;
    LanguageManager m_language;
    AppearanceManager m_appearance;
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
};
