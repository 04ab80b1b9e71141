#pragma once

#include "AppContext.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include "profiles/Connection.h"
class ConnectionProblemPage;
class DesktopNotifier;
class LocalSandbox;
class WelcomePage;
class ConnectionStatusWidget;
class ExplorerWidget;
class OperationTracker;
class OperationsDock;
class QStackedWidget;
class ProfileManagerDialog;
class QActionGroup;
class QComboBox;
class QLabel;
class QToolBar;
class QMenu;
class RequestLogDock;

// The console's main window: profile switcher, resource views, request log and status.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The connection of the profile the selection is in (null when that one is not open).
    Connection *connection() const;
    ConnectionStatusWidget *statusWidget() const { return m_status; }
    RequestLogDock *requestLogDock() const { return m_logDock; }
    OperationsDock *operationsDock() const { return m_opsDock; }
    ExplorerWidget *explorer() const { return m_explorer; }
    OperationTracker *operations() const { return m_tracker; }
    ConnectionProblemPage *problemPage() const;
    // The selected item's details, not the problem page, are in front.
    bool showsExplorer() const;
    // "2 online · 1 unreachable", with links that jump to such a profile.
    QLabel *profileCounts() const { return m_counts; }
    ProfileManagerDialog *openProfileManager();
    bool initialLoadSettled() const { return m_settled; }
    // Opens a queue's inspector as soon as the queue list has it, on a page named as on the
    // command line ("publish", "consume", "dead-letters", "push"; anything else: overview).
    void openQueueWhenLoaded(const QString &queue, const QString &page);
    void openQueueWhenLoaded(const QString &queue, int page);
    WelcomePage *welcomePage() const { return m_welcome; }
    DesktopNotifier *notifier() const { return m_notifier; }
    LocalSandbox *localSandbox() const { return m_localSandbox; }
    QAction *goToAction() const { return m_goToAction; }
    QActionGroup *appearanceGroup() const { return m_appearanceGroup; }
    QAction *notificationsAction() const { return m_notificationsAction; }
    // Ctrl+K: the Go to box over everything loaded.
    void showGoTo();
    // Brings the window forward to an operation (a notification was clicked).
    void showOperation(int operationId);

public slots:
    // Opens a profile (connecting it) and selects it.
    void activateProfile(const QString &id);
    void duplicateProfile(const QString &id);
    void refresh();

signals:
    // The first connection attempt has an outcome (for --screenshot and tests).
    void initialLoadFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void onProfilesChanged();
    void noteRemovedProfiles();
    void onConnectionState();
    void updateCounts();
    void retranslate();
    void settle();
    void updateWelcome();
    void restoreLayout();
    void saveLayout();
    // Shortcuts in tooltips as in menus: "Refresh (F5)".
    void addShortcutHints();
    void goTo(const QString &profileId, const QString &nodeId);

    AppContext m_ctx;
    QPointer<ProfileManagerDialog> m_profileDialog;
    ConnectionStatusWidget *m_status;
    RequestLogDock *m_logDock;
    OperationTracker *m_tracker;
    OperationsDock *m_opsDock;
    ExplorerWidget *m_explorer;
    QLabel *m_counts;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_resourceMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_appearanceMenu = nullptr;
    QActionGroup *m_appearanceGroup = nullptr;
    QAction *m_notificationsAction = nullptr;
    QAction *m_goToAction = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcome = nullptr;
    LocalSandbox *m_localSandbox = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QToolBar *m_toolbar = nullptr;
    bool m_settled = false;
    static constexpr int GrownDockHeight = 220;
    QSet<QString> m_knownProfiles;
};
