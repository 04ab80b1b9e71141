#pragma once

// The console's main window on an in-process sandbox, for UI suites: a profile whose key
// is held for the session, the window shown and its first load settled.

#include "TestSupport.h"

#include "ActionDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "profiles/ProfileStore.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

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
        m_window =
            std::make_unique<MainWindow>(AppContext{&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language});
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
    std::unique_ptr<MainWindow> m_window;
    QString m_profileId;
};
