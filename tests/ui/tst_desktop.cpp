#include "ConsoleFixture.h"

#include "AppInfo.h"
#include "AppearanceManager.h"
#include "DesktopNotifier.h"
#include "GoToDialog.h"
#include "OperationsDock.h"
#include "ProfileManagerDialog.h"
#include "SemanticColors.h"
#include "WelcomePage.h"
#include "explorer/DbTreeModel.h"
#include "ops/OperationTracker.h"
#include "profiles/LocalSandbox.h"
#include "queue/DlqBrowser.h"
#include "queue/DlqTimelineChart.h"
#include "queue/QueueInspector.h"
#include "queue/QueueOverviewPage.h"
#include "queue/QueueStatsChart.h"

#include <QActionGroup>
#include <QChart>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDateTimeEdit>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

using namespace Qt::StringLiterals;

// The freedesktop settings portal, as a desktop would run it: its own bus connection.
class PortalStub final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1; // prefers dark
    int reads = 0;

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        ++reads;
        if (group != u"org.freedesktop.appearance" || key != u"color-scheme")
            return {};
        return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme))); // v of v, as the portal answers
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

// A notification daemon: records what it is asked to show.
class NotificationsStub final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString app, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString &app, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        if (app != QCoreApplication::applicationName())
            return 1; // another process's console on the same bus
        shown.append({app, summary, body, actions, hints});
        return uint(100 + shown.size());
    }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);
};

class DesktopTest final : public ConsoleUiTest
{
    Q_OBJECT

public:
    DesktopTest() : ConsoleUiTest(u"infrai-console-desktoptest"_s) {}

private:
    std::unique_ptr<QDBusConnection> m_portalBus, m_notifyBus;
    PortalStub m_portal;
    NotificationsStub m_notifications;

    ExplorerWidget *explorer() const { return m_window->explorer(); }

    // The portal's SettingChanged signal, sent by the portal's connection.
    void announceScheme(uint scheme)
    {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/portal/desktop"_s,
                                                         u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
        signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
               << QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme)));
        QVERIFY(m_portalBus->send(signal));
    }

    QueueInspector *openDeadLetters()
    {
        if (!QTest::qWaitFor([this] { return explorer()->model()->queue(u"orders"_s).has_value(); }, 10000))
            return nullptr;
        QueueInspector *inspector = explorer()->openQueue(u"orders"_s, QueueInspector::DeadLettersTab);
        return inspector;
    }

    // Every widget of the window takes the application palette (none keeps an old one).
    QString widgetsOffPalette() const
    {
        const QPalette app = QApplication::palette();
        QStringList off;
        for (QWidget *widget : QApplication::allWidgets()) {
            if (widget->window() != m_window.get() || !widget->isVisible())
                continue;
            if (widget->objectName() == u"statusDot") { // the connection's colour, for this palette
                if (!widget->styleSheet().contains(SemanticColors::color(SemanticColors::Role::Success).name()))
                    off << u"status dot (%1)"_s.arg(widget->styleSheet());
                continue;
            }
            // A label coloured by meaning keeps its own text colour (checked below).
            const QVariant role = widget->property("infraiTextRole");
            QList<QPalette::ColorRole> roles{QPalette::Window, QPalette::Base};
            if (!role.isValid())
                roles << QPalette::Text << QPalette::WindowText;
            for (QPalette::ColorRole each : roles)
                if (widget->palette().color(QPalette::Active, each) != app.color(QPalette::Active, each)) {
                    off << u"%1 (%2, %3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                                widget->objectName(), widget->styleSheet());
                    break;
                }
            if (role.isValid() &&
                !widget->styleSheet().contains(SemanticColors::color(SemanticColors::Role(role.toInt())).name()))
                off << u"%1 text role"_s.arg(QString::fromLatin1(widget->metaObject()->className()));
        }
        return off.join(u", "_s);
    }

private slots:
    void initTestCase()
    {
        // The desktop's services, on their own connections to the test's session bus.
        m_portalBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"portal-stub"_s));
        QVERIFY(m_portalBus->isConnected());
        QVERIFY(m_portalBus->registerObject(u"/org/freedesktop/portal/desktop"_s, &m_portal,
                                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(m_portalBus->registerService(u"org.freedesktop.portal.Desktop"_s));
        m_notifyBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notifications-stub"_s));
        QVERIFY(m_notifyBus->registerObject(u"/org/freedesktop/Notifications"_s, &m_notifications,
                                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(m_notifyBus->registerService(u"org.freedesktop.Notifications"_s));

        SandboxOptions options;
        options.demo = true;
        QVERIFY(openConsole(u"tst_desktop"_s, options, QSize(1300, 850)));
        m_appearance.apply(AppearanceManager::Mode::Light);
    }

    void cleanupTestCase()
    {
        m_portalBus->unregisterService(u"org.freedesktop.portal.Desktop"_s);
        m_notifyBus->unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"portal-stub"_s);
        QDBusConnection::disconnectFromBus(u"notifications-stub"_s);
        m_window.reset();
    }

    void appearanceSwitchesEveryWidgetAndChart()
    {
        QueueInspector *inspector = openDeadLetters();
        QVERIFY(inspector);
        auto *timeline = inspector->findChild<DlqTimelineChart *>();
        auto *stats = inspector->findChild<QueueStatsChart *>();
        QVERIFY(timeline && stats);
        QTRY_VERIFY(inspector->findChild<DlqBrowser *>()->model()->rowCount() > 0);
        QTRY_COMPARE(widgetsOffPalette(), QString());

        QSignalSpy dark(&m_appearance, &AppearanceManager::darkChanged);
        m_appearance.apply(AppearanceManager::Mode::Dark);
        QCOMPARE(dark.count(), 1);
        QVERIFY(SemanticColors::isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Base), AppearanceManager::darkPalette().color(QPalette::Base));
        QTRY_COMPARE(widgetsOffPalette(), QString());
        QCOMPARE(stats->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(timeline->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(timeline->chart()->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        // Meaningful colours take their dark-window shade: a failed operation's message.
        OperationTracker *ops = m_window->operations();
        const int failed = ops->start(Operation::Kind::PurgeQueue, u"orders"_s, 0, {m_profileId, u"Sandbox"_s});
        ops->fail(failed, ApiError::fromHttp(503, QByteArray(), QByteArray()));
        QAbstractItemModel *opsModel = m_window->operationsDock()->view()->model();
        const QColor failedColour = opsModel->index(ops->rowOf(failed), 5).data(Qt::ForegroundRole).value<QColor>();
        QCOMPARE(failedColour, SemanticColors::color(SemanticColors::Role::Error));
        QVERIFY(failedColour.lightness() > 128); // light red on the dark window
        const QImage shot = m_window->grab().toImage();
        QVERIFY(QColor(shot.pixel(shot.width() / 2, shot.height() / 2)).lightness() < 110);
        if (const QByteArray dir = qgetenv("CONSOLE_SCREENSHOT_DIR"); !dir.isEmpty())
            m_window->grab().save(QString::fromLocal8Bit(dir) + u"/dark-dead-letters.png"_s);

        m_appearance.apply(AppearanceManager::Mode::Light);
        QVERIFY(!SemanticColors::isDark());
        QTRY_COMPARE(widgetsOffPalette(), QString());
        QCOMPARE(stats->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(QSettings().value(u"ui/appearance"_s).toString(), u"light"_s);
    }

    void systemFollowsTheDesktopPortal()
    {
        m_portal.scheme = 1;
        m_appearance.apply(AppearanceManager::Mode::System);
        QTRY_VERIFY(m_appearance.isDark()); // read over the bus
        QVERIFY(m_portal.reads >= 1);
        QVERIFY(SemanticColors::isDark());
        // The desktop switches while the console runs.
        m_portal.scheme = 2;
        announceScheme(2);
        QTRY_VERIFY(!m_appearance.isDark());
        QTRY_COMPARE(widgetsOffPalette(), QString());
        // A chosen look does not follow it.
        m_appearance.apply(AppearanceManager::Mode::Light);
        announceScheme(1);
        QTest::qWait(200);
        QVERIFY(!m_appearance.isDark());
        // The menu says which is chosen and switches.
        const QList<QAction *> modes = m_window->appearanceGroup()->actions();
        QCOMPARE(modes.size(), 3);
        modes.at(2)->trigger(); // Dark
        QVERIFY(m_appearance.isDark());
        modes.at(1)->trigger(); // Light
        QVERIFY(!m_appearance.isDark());
    }

    void theCommandLineSetsTheAppearanceOfAScreenshot()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"dark.png"_s);
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFRAI_API_KEY"_s, u"ifr_test_key"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        console.setProcessEnvironment(env);
        console.start(QStringLiteral(CONSOLE_CONSOLE_BINARY),
                      {u"--sandbox"_s, m_server->baseUrl(), u"--screenshot"_s, png, u"--appearance"_s, u"dark"_s,
                       u"--window-size"_s, u"900x600"_s});
        // The sandbox answers from this process's event loop: wait without blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(console.state() == QProcess::NotRunning, 30000);
        QCOMPARE(console.exitCode(), 0);
        const QImage shot(png);
        QVERIFY(!shot.isNull());
        QVERIFY(QColor(shot.pixel(shot.width() / 4, shot.height() / 2)).lightness() < 110);
        console.start(QStringLiteral(CONSOLE_CONSOLE_BINARY), {u"--appearance"_s, u"purple"_s});
        QTRY_VERIFY_WITH_TIMEOUT(console.state() == QProcess::NotRunning, 10000);
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().contains("system, light or dark"));
    }

    void aLongOperationSettlingInTheBackgroundIsNotified()
    {
        DesktopNotifier *notifier = m_window->notifier();
        OperationTracker *ops = m_window->operations();
        // Another window has the focus: the console is in the background.
        QWidget other;
        other.resize(200, 100);
        other.show();
        other.activateWindow();
        QTRY_VERIFY(!m_window->isActiveWindow());

        notifier->setLongAfterMs(0);
        const int done = ops->start(Operation::Kind::CreateQueue, u"payments.fifo"_s, 0, {m_profileId, u"Sandbox"_s});
        ops->succeed(done);
        QTRY_COMPARE(m_notifications.shown.size(), 1);
        const NotificationsStub::Shown first = m_notifications.shown.first();
        QVERIFY2(first.summary.contains(u"payments.fifo"_s), qPrintable(first.summary + u" / "_s + first.body));
        QCOMPARE(first.actions.value(0), u"default"_s);
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), QString::fromLatin1(AppInfo::DesktopId));

        // A failure always says so; a quick success does not.
        notifier->setLongAfterMs(60000);
        const int quick = ops->start(Operation::Kind::Publish, u"orders"_s, 1, {m_profileId, u"Sandbox"_s});
        ops->succeed(quick);
        const int failed = ops->start(Operation::Kind::PurgeQueue, u"orders"_s, 0, {m_profileId, u"Sandbox"_s});
        ops->fail(failed, ApiError::fromHttp(503, QByteArray(R"({"error":{"code":"unavailable","message":"down"}})"),
                                             QByteArray()));
        QTRY_COMPARE(m_notifications.shown.size(), 2);
        QVERIFY(m_notifications.shown.at(1).summary.contains(u"orders"_s));
        QCOMPARE(m_notifications.shown.at(1).hints.value(u"urgency"_s).toInt(), 2);

        // Clicking it brings the window to that operation.
        emit m_notifications.ActionInvoked(102, u"default"_s);
        QTRY_VERIFY(m_window->isActiveWindow());
        const QModelIndex selected = m_window->operationsDock()->view()->currentIndex();
        QVERIFY(selected.isValid());
        QCOMPARE(ops->at(selected.row()).id, failed);

        // Turned off: nothing more, and remembered.
        other.activateWindow();
        QTRY_VERIFY(!m_window->isActiveWindow());
        m_window->notificationsAction()->setChecked(false);
        QCOMPARE(QSettings().value(u"ui/notifications"_s).toBool(), false);
        const int silent = ops->start(Operation::Kind::PurgeQueue, u"orders"_s, 0, {m_profileId, u"Sandbox"_s});
        ops->fail(silent, ApiError::fromHttp(503, QByteArray(), QByteArray()));
        QTest::qWait(300);
        QCOMPARE(m_notifications.shown.size(), 2);
        m_window->notificationsAction()->setChecked(true);
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void goToJumpsToAnythingLoaded()
    {
        m_window->activateWindow(); // shortcuts reach the active window
        QTRY_VERIFY(m_window->isActiveWindow());
        QTRY_VERIFY(explorer()->model()->queue(u"payments.fifo"_s).has_value());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QPointer<GoToDialog> dialog = openDialog<GoToDialog>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->searchEdit()->hasFocus());
        const int all = dialog->shownCount();
        QVERIFY(all >= 10); // projects and queues of the demo
        if (const QByteArray dir = qgetenv("CONSOLE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::keyClicks(dialog->searchEdit(), u"or"_s);
            dialog->grab().save(QString::fromLocal8Bit(dir) + u"/go-to-"_s + m_language.current() + u".png"_s);
            dialog->searchEdit()->clear();
        }
        QTest::keyClicks(dialog->searchEdit(), u"PAYMENTS"_s);
        QCOMPARE(dialog->shownCount(), 1);
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(explorer()->tree()->currentIndex().data().toString(), u"payments.fifo"_s);

        // Down moves through the list while the box keeps the typing.
        m_window->goToAction()->trigger();
        dialog = openDialog<GoToDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->searchEdit(), u"-"_s); // billing-prod, orders-eu, …, orders-dlq, …
        QVERIFY(dialog->shownCount() > 2);
        const QString second = dialog->list()->model()->index(1, 0).data().toString().section(u"  —  "_s, 0, 0);
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Down);
        QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog);
        QCOMPARE(explorer()->tree()->currentIndex().data().toString(), second);
    }

    void shortcutsShowInMenusAndTooltips()
    {
        QStringList missing;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            if (!keys.isEmpty() && !action->toolTip().contains(keys))
                missing << action->text();
        }
        QCOMPARE(missing.join(u", "_s), QString());
        QVERIFY(m_window->goToAction()->toolTip().contains(u"Ctrl+K"_s));
        // Every menu has a mnemonic; every toolbar action is in a menu too.
        QSet<QAction *> inMenus;
        for (QAction *top : m_window->menuBar()->actions()) {
            QVERIFY2(top->text().contains(u'&'), qPrintable(top->text()));
            for (QAction *item : top->menu()->actions()) {
                inMenus.insert(item);
                if (item->menu())
                    for (QAction *sub : item->menu()->actions())
                        inMenus.insert(sub);
            }
        }
        for (QAction *action : m_window->findChild<QToolBar *>(u"mainToolbar"_s)->actions())
            QVERIFY2(action->isSeparator() || inMenus.contains(action), qPrintable(action->text()));
        // After a language switch the tooltips still carry them.
        QVERIFY(m_language.apply(u"zh_CN"_s));
        QTRY_COMPARE(m_window->goToAction()->text(), u"转到(&G)…"_s);
        QVERIFY(m_window->goToAction()->toolTip().contains(u"Ctrl+K"_s));
        QAction *refresh = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = action;
        QVERIFY(refresh);
        const QString f5 = refresh->shortcut().toString(QKeySequence::NativeText);
        QTRY_VERIFY2(refresh->toolTip().contains(u"刷新"_s) && refresh->toolTip().contains(f5),
                     qPrintable(refresh->toolTip())); // in the new language, still with its key
        QVERIFY(m_language.apply(u"en"_s));
        QTRY_COMPARE(m_window->goToAction()->text(), u"&Go to…"_s);
    }

    void datesNumbersAndTitleFollowTheLanguage()
    {
        QueueInspector *inspector = openDeadLetters();
        QVERIFY(inspector);
        QDateTimeEdit *since = inspector->findChild<DlqBrowser *>()->sinceEdit();
        const QDate day = since->date();
        QVERIFY(m_language.apply(u"zh_CN"_s));
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QCOMPARE(since->displayFormat(), chinese.dateTimeFormat(QLocale::ShortFormat));
        QVERIFY2(since->text().startsWith(QString::number(day.year())), qPrintable(since->text())); // 2026/12/2
        QCOMPARE(QLocale().toString(1234567), chinese.toString(1234567));
        QTRY_COMPARE(m_window->windowTitle(), u"Infrai 控制台"_s); // retranslated from the event loop
        QCOMPARE(QGuiApplication::applicationDisplayName(), m_window->windowTitle()); // one name, not two
        // A date editor made after the switch is in the new language too.
        QDateTimeEdit fresh(QDateTime::currentDateTime());
        QCOMPARE(fresh.locale().language(), QLocale::Chinese);
        QVERIFY(m_language.apply(u"en"_s));
        QCOMPARE(since->displayFormat(), QLocale(QLocale::English).dateTimeFormat(QLocale::ShortFormat));
        QVERIFY(!since->text().startsWith(QString::number(day.year())));
        QTRY_COMPARE(m_window->windowTitle(), u"Infrai Console"_s);
    }

    void theOperationsDockStartsSmallAndGrows()
    {
        OperationTracker *ops = m_window->operations();
        m_window->resizeDocks({m_window->operationsDock()}, {110}, Qt::Vertical);
        QTRY_VERIFY(m_window->operationsDock()->height() < 150);
        const int small = m_window->operationsDock()->height();
        const int id = ops->start(Operation::Kind::CreateQueue, u"grow"_s, 0, {m_profileId, u"Sandbox"_s});
        QTRY_VERIFY(m_window->operationsDock()->height() >= small + 50);
        ops->succeed(id);
    }

    void theLayoutComesBackAfterARestart()
    {
        QueueInspector *inspector = openDeadLetters();
        QVERIFY(inspector);
        m_window->resize(1240, 820);
        auto *splitter = explorer()->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(splitter);
        splitter->setSizes({410, splitter->width() - 410});
        const QList<int> sizes = splitter->sizes();
        explorer()->tree()->header()->resizeSection(0, 333);
        m_window->resizeDocks({m_window->operationsDock()}, {160}, Qt::Vertical);
        QTest::qWait(50);
        const int dockHeight = m_window->operationsDock()->height();
        QVERIFY(m_window->close());

        m_window = std::make_unique<MainWindow>(
            AppContext{&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language, &m_appearance});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(1240, 820));
        QCOMPARE(explorer()->tree()->header()->sectionSize(0), 333);
        QCOMPARE(explorer()->findChild<QSplitter *>(QString(), Qt::FindDirectChildrenOnly)->sizes(), sizes);
        QTRY_VERIFY(qAbs(m_window->operationsDock()->height() - dockHeight) <= 2);
        // The queue tab is open again, on the page it was on.
        QTRY_VERIFY_WITH_TIMEOUT(explorer()->inspector(u"orders"_s), 10000);
        QCOMPARE(explorer()->inspector(u"orders"_s)->pages()->currentIndex(), int(QueueInspector::DeadLettersTab));
    }

    void theWelcomePageStartsARealSandbox()
    {
        QVERIFY(LocalSandbox::isAvailable()); // INFRAI_SANDBOX_BINARY, set by main()
        m_profiles->remove(m_profileId);      // a first start: no profile at all
        WelcomePage *welcome = m_window->welcomePage();
        QTRY_VERIFY(welcome->isVisible());
        QVERIFY(!explorer()->isVisible());
        QVERIFY(welcome->addButton(Profile::Kind::Aura)->isEnabled());
        // Add a connection opens the profile dialog on that kind.
        QTest::mouseClick(welcome->addButton(Profile::Kind::Lakebase), Qt::LeftButton);
        QPointer<ProfileManagerDialog> profilesDialog = openDialog<ProfileManagerDialog>();
        QVERIFY(profilesDialog);
        QCOMPARE(profilesDialog->findChild<QComboBox *>()->currentData().toString(),
                 Profile::kindId(Profile::Kind::Lakebase));
        profilesDialog->close();
        QTRY_VERIFY(!profilesDialog);

        QVERIFY(welcome->sandboxButton()->isEnabled());
        QTest::mouseClick(welcome->sandboxButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_profiles->findByName(u"Local sandbox"_s).has_value(), 20000);
        const Profile local = *m_profiles->findByName(u"Local sandbox"_s);
        QVERIFY(Profile::isLoopbackHost(local.baseUrl.host()));
        QVERIFY(local.baseUrl.port() > 0);
        // Its key is in the keychain (the real one of this session), not in the profile.
        std::optional<SecretStore::Result> key;
        m_secrets.read(local.id, u"api-key"_s, this, [&](const SecretStore::Result &result) { key = result; });
        QTRY_VERIFY(key.has_value());
        QVERIFY2(key->ok(), qPrintable(key->message()));
        QVERIFY(key->secret.startsWith(u"ifr_local_"_s));
        QVERIFY(!QJsonDocument(QJsonObject::fromVariantMap(local.fields)).toJson().contains(key->secret.toUtf8()));
        // The explorer takes over and shows the demo data from the new sandbox.
        QTRY_VERIFY(explorer()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(explorer()->model()->queue(u"orders"_s).has_value(), 20000);
        QVERIFY(m_window->localSandbox()->isRunning());

        // The next start of the console starts it again, on its port, with its state.
        const int port = local.baseUrl.port();
        m_window.reset(); // the sandbox ends with the window that started it
        QTRY_COMPARE(rawCall(m_network, local.baseUrl.toString(), "GET", u"/v1/queue/list"_s).status, 0); // refused
        m_window = std::make_unique<MainWindow>(
            AppContext{&m_network, m_profiles.get(), &m_secrets, &m_log, &m_language, &m_appearance});
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->localSandbox()->isRunning() && m_window->localSandbox()->url().port() == port, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(explorer()->model()->queue(u"orders"_s).has_value(), 20000);
        QVERIFY(explorer()->isVisible());
        // The key is not left in the session's keychain.
        bool forgotten = false;
        m_secrets.remove(local.id, u"api-key"_s, this, [&](const SecretStore::Result &) { forgotten = true; });
        QTRY_VERIFY(forgotten);
    }
};

int main(int argc, char *argv[])
{
    // The sandbox executable of this build stands in for one installed beside the console.
    qputenv("INFRAI_SANDBOX_BINARY", CONSOLE_SANDBOX_BINARY);
    QApplication app(argc, argv);
    DesktopTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_desktop.moc"
