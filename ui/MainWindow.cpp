#include "MainWindow.h"

#include "AppIcons.h"

#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "queue/QueueInspector.h"
#include "queue/QueueStatsHub.h"

#include "AppearanceManager.h"
#include "Confirm.h"
#include "ConnectionProblemPage.h"
#include "ConnectionStatusWidget.h"
#include "DesktopNotifier.h"
#include "ExplorerWidget.h"
#include "GoToDialog.h"
#include "LanguageManager.h"
#include "OperationsDock.h"
#include "ProfileManagerDialog.h"
#include "RequestLogDock.h"
#include "WelcomePage.h"
#include "auth/SecretStore.h"
#include "ops/OperationTracker.h"
#include "profiles/Connection.h"
#include "profiles/LocalSandbox.h"
#include "profiles/ProfileStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent),
      m_ctx(context),
      m_status(new ConnectionStatusWidget(this)),
      m_logDock(new RequestLogDock(context.requestLog, this)),
      m_tracker(new OperationTracker(this)),
      m_opsDock(new OperationsDock(m_tracker, this)),
      m_explorer(new ExplorerWidget(m_tracker, this)),
      m_counts(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    resize(1280, 800);
    m_explorer->setSecretStore(m_ctx.secrets);
    m_explorer->setEnvironment({m_ctx.network, m_ctx.secrets, m_ctx.requestLog, m_tracker});
    // With no profile at all, a welcome page in place of the explorer.
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_explorer);
    setCentralWidget(m_central);
    m_localSandbox = new LocalSandbox(m_ctx.profiles, m_ctx.secrets, this);
    connect(m_welcome, &WelcomePage::startSandboxRequested, this, [this] {
        m_welcome->setSandboxBusy(true);
        m_localSandbox->start();
    });
    connect(m_welcome, &WelcomePage::addConnectionRequested, this,
            [this](Profile::Kind kind) { openProfileManager()->newProfile(kind); });
    connect(m_localSandbox, &LocalSandbox::failed, m_welcome, &WelcomePage::setSandboxProblem);
    connect(m_localSandbox, &LocalSandbox::ready, this, [this](const QString &id) {
        m_welcome->setSandboxBusy(false);
        // Started again on another port: an open session connects to where it is now.
        if (ProfileSession *session = m_explorer->session(id); session && session->isOpen()) {
            const bool current = m_explorer->currentSession() == session;
            m_explorer->closeProfile(id);
            m_explorer->openProfile(id, current);
        } else {
            activateProfile(id);
        }
    });
    m_notifier = new DesktopNotifier(m_tracker, this, this);
    connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::showOperation);
    addDockWidget(Qt::BottomDockWidgetArea, m_opsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(m_opsDock, m_logDock);
    m_opsDock->raise();
    resizeDocks({m_opsDock}, {110}, Qt::Vertical); // small until something runs
    // A new operation brings the dock forward so the operator sees it start, and gives it
    // room if it was left small.
    connect(m_tracker, &OperationTracker::added, m_opsDock, &QWidget::raise);
    connect(m_tracker, &OperationTracker::added, this, [this] {
        if (!m_opsDock->isFloating() && m_opsDock->isVisible() && m_opsDock->height() < GrownDockHeight * 3 / 4)
            resizeDocks({m_opsDock}, {GrownDockHeight}, Qt::Vertical);
    });

    statusBar()->addPermanentWidget(m_status);
    // Counts of profiles by state; a click jumps to one that needs a look.
    m_counts->setObjectName(u"profileCounts"_s);
    m_counts->setTextFormat(Qt::RichText);
    statusBar()->addPermanentWidget(m_counts);
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &state) {
        for (const QString &id : m_explorer->profiles()->profileIds())
            if (int(m_explorer->profiles()->state(id)) == state.toInt()) {
                m_explorer->openProfile(id);
                m_explorer->tree()->setFocus();
                return;
            }
    });

    buildActions();
    m_explorer->chainTabOrder(nullptr);
    retranslate();
    connect(m_explorer, &ExplorerWidget::currentSessionChanged, this, &MainWindow::onConnectionState);
    connect(m_explorer, &ExplorerWidget::sessionStatesChanged, this, &MainWindow::updateCounts);
    connect(m_explorer, &ExplorerWidget::editProfileRequested, this,
            [this](const QString &id) { openProfileManager()->selectProfile(id); });
    connect(m_explorer, &ExplorerWidget::addProfileRequested, this, [this] { openProfileManager()->newProfile(); });
    connect(m_explorer, &ExplorerWidget::duplicateProfileRequested, this, &MainWindow::duplicateProfile);
    connect(m_explorer, &ExplorerWidget::removeProfileRequested, this, [this](const QString &id) {
        ProfileManagerDialog *dialog = openProfileManager();
        dialog->selectProfile(id);
        dialog->removeCurrent(); // asks first, and says what is still running on it
    });
    for (const Profile &profile : m_ctx.profiles->profiles())
        m_knownProfiles.insert(profile.id);
    m_explorer->setProfiles(m_ctx.profiles->profiles());
    connect(m_ctx.profiles, &ProfileStore::profilesChanged, this, &MainWindow::onProfilesChanged);
    // Profiles that were open when the console closed open again; the active one too.
    QStringList open = QSettings().value(u"explorer/openProfiles"_s).toStringList();
    if (!m_ctx.profiles->activeId().isEmpty() && !open.contains(m_ctx.profiles->activeId()))
        open.prepend(m_ctx.profiles->activeId());
    for (const QString &id : std::as_const(open))
        m_explorer->openProfile(id, id == m_ctx.profiles->activeId());
    // The first load is over when the profile opened first has an outcome: its first page
    // of projects (or their failure), or a state the operator must act on.
    if (ProfileSession *first = open.isEmpty() ? nullptr : m_explorer->session(open.first())) {
        DbTreeModel *tree = first->tree();
        connect(tree, &DbTreeModel::pageLoaded, this, [this, tree](const QModelIndex &container) {
            if (container == tree->databasesIndex())
                settle();
        });
        connect(tree, &DbTreeModel::loadFailed, this, [this, tree](const QModelIndex &container) {
            if (container == tree->databasesIndex())
                settle();
        });
        connect(first, &ProfileSession::stateChanged, this, [this, first] {
            using State = ProfilesTreeModel::State;
            const State state = first->displayState();
            if (state != State::Connecting && state != State::Online && state != State::Degraded)
                settle();
        });
    } else {
        settle(); // nothing to wait for
    }
    onConnectionState();
    updateWelcome();
    restoreLayout();
    // A local sandbox this console started in an earlier run starts again with it.
    if (LocalSandbox::isAvailable())
        for (const Profile &profile : m_ctx.profiles->profiles())
            if (profile.fields.value(QString::fromLatin1(LocalSandbox::ManagedField)).toBool()) {
                m_localSandbox->restartFor(profile.id);
                break;
            }
}

MainWindow::~MainWindow()
{
    // The sessions first: closing them settles their operations in the tracker, which
    // (made before the explorer) would otherwise be gone already. What they cancel is not
    // news for the desktop.
    m_notifier->detach();
    delete m_explorer;
}

void MainWindow::buildActions()
{
    m_profilesAction = new QAction(this);
    m_profilesAction->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_profilesAction->setIcon(AppIcons::icon(u"profiles"_s));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfileManager);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setIcon(AppIcons::icon(u"refresh"_s));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Infrai Console"),
                           tr("<b>Infrai Console</b> %1<br>Manage databases and message queues "
                              "on infrai, Neo4j Aura and Databricks Lakebase.")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_profilesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_explorer->findAction());
    m_goToAction = new QAction(this);
    m_goToAction->setObjectName(u"goToAction"_s);
    m_goToAction->setShortcut(QKeySequence(u"Ctrl+K"_s));
    connect(m_goToAction, &QAction::triggered, this, &MainWindow::showGoTo);
    m_editMenu->addAction(m_goToAction);
    m_resourceMenu = menuBar()->addMenu(QString());
    for (QAction *action : m_explorer->resourceActions())
        action ? (void)m_resourceMenu->addAction(action) : (void)m_resourceMenu->addSeparator();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_opsDock->toggleViewAction());
    m_viewMenu->addAction(m_logDock->toggleViewAction());
    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : LanguageManager::available()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_ctx.language && m_ctx.language->current() == language);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_ctx.language)
            m_ctx.language->apply(action->data().toString());
    });
    m_appearanceMenu = m_settingsMenu->addMenu(QString());
    m_appearanceGroup = new QActionGroup(this);
    for (AppearanceManager::Mode mode :
         {AppearanceManager::Mode::System, AppearanceManager::Mode::Light, AppearanceManager::Mode::Dark}) {
        QAction *action = m_appearanceMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(int(mode));
        action->setChecked(m_ctx.appearance && m_ctx.appearance->mode() == mode);
        m_appearanceGroup->addAction(action);
    }
    connect(m_appearanceGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_ctx.appearance)
            m_ctx.appearance->apply(AppearanceManager::Mode(action->data().toInt()));
    });
    m_notificationsAction = m_settingsMenu->addAction(QString());
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(m_notifier->isEnabled());
    connect(m_notificationsAction, &QAction::toggled, m_notifier, &DesktopNotifier::setEnabled);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_toolbar->addAction(m_profilesAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_refreshAction);
    // One toolbar row, not two: the explorer's actions join the window's.
    m_toolbar->addSeparator();
    m_toolbar->addActions(m_explorer->toolbar()->actions());
    m_explorer->toolbar()->hide();
}

void MainWindow::retranslate()
{
    // The same name as the application's display name, which the window system appends to
    // a title that lacks it ("Infrai 控制台 — Infrai Console").
    QGuiApplication::setApplicationDisplayName(tr("Infrai Console"));
    setWindowTitle(tr("Infrai Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    //: Menu of actions on databases and queues (create, branch, snapshot, delete …).
    m_resourceMenu->setTitle(tr("&Resource"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_profilesAction->setText(tr("Connection &profiles…"));
    m_profilesAction->setToolTip(tr("Add, edit or remove connection profiles"));
    m_refreshAction->setText(tr("&Refresh"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Infrai Console"));
    m_toolbar->setWindowTitle(tr("Main toolbar"));
    m_goToAction->setText(tr("&Go to…"));
    m_goToAction->setToolTip(tr("Jump to a loaded project, branch, queue or instance by name"));
    m_appearanceMenu->setTitle(tr("&Appearance"));
    const QStringList modes{tr("&System"), tr("&Light"), tr("&Dark")};
    for (QAction *action : m_appearanceGroup->actions())
        action->setText(modes.value(action->data().toInt()));
    m_notificationsAction->setText(tr("Desktop &notifications"));
    m_notificationsAction->setToolTip(
        tr("Say on the desktop when a long operation ends while the window is in the background"));
    updateCounts();
    onConnectionState();
    addShortcutHints();
}

void MainWindow::addShortcutHints()
{
    // Menus show shortcuts by themselves; tooltips (toolbar buttons) are told here. An
    // action whose owner sets no tooltip of its own gets one from its text, made again
    // each time (it would otherwise stay in the language it was made in).
    const char *fromText = "infraiToolTipFromText";
    for (QAction *action : findChildren<QAction *>()) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        QString text = action->text();
        text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u"\x01"_s, u"&"_s);
        if (action->property(fromText).isNull())
            action->setProperty(fromText, action->toolTip() == text);
        QString base = action->property(fromText).toBool() ? text : action->toolTip();
        if (base.contains(keys))
            continue;
        //: A tooltip with its keyboard shortcut, e.g. "Refresh (F5)".
        action->setToolTip(tr("%1 (%2)").arg(base, keys));
    }
}

void MainWindow::showGoTo()
{
    QList<GoToDialog::Target> targets;
    for (const QString &id : m_explorer->openProfileIds())
        if (ProfileSession *session = m_explorer->session(id))
            targets += GoToDialog::targetsOf(id, m_ctx.profiles->find(id).value_or(Profile()).name, session->tree());
    auto *dialog = new GoToDialog(targets, this);
    connect(dialog, &GoToDialog::chosen, this,
            [this](const GoToDialog::Target &target) { goTo(target.profileId, target.nodeId); });
    dialog->show();
    dialog->activateWindow();
}

void MainWindow::goTo(const QString &profileId, const QString &nodeId)
{
    m_explorer->openProfile(profileId, true);
    if (m_explorer->selectId(nodeId))
        m_explorer->tree()->setFocus();
}

void MainWindow::showOperation(int operationId)
{
    setWindowState(windowState() & ~Qt::WindowMinimized); // maximized stays maximized
    show();
    raise();
    activateWindow();
    m_opsDock->show();
    m_opsDock->raise();
    const int row = m_tracker->rowOf(operationId);
    if (row < 0)
        return;
    m_opsDock->view()->selectRow(row);
    m_opsDock->view()->setFocus();
    // And the resource it was about, when the tree has it loaded.
    const Operation &operation = m_tracker->at(row);
    if (ProfileSession *session = m_explorer->session(operation.profile.id))
        for (const GoToDialog::Target &target : GoToDialog::targetsOf(operation.profile.id, QString(), session->tree()))
            if (target.name == operation.target) {
                goTo(target.profileId, target.nodeId);
                m_opsDock->view()->setFocus();
                break;
            }
}

void MainWindow::updateWelcome()
{
    const bool none = m_ctx.profiles->profiles().isEmpty();
    m_central->setCurrentWidget(none ? static_cast<QWidget *>(m_welcome) : m_explorer);
    m_status->setVisible(!none);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"layout/geometry"_s).toByteArray());
    restoreState(settings.value(u"layout/state"_s).toByteArray());
    m_explorer->restoreLayout(settings);
    const QString current = m_explorer->currentSession()->id();
    for (const ExplorerWidget::OpenQueue &open : ExplorerWidget::savedQueues(settings))
        if (!current.isEmpty() && open.profileId == current)
            openQueueWhenLoaded(open.queue, open.page);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"layout/geometry"_s, saveGeometry());
    settings.setValue(u"layout/state"_s, saveState());
    m_explorer->saveLayout(settings);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Once every widget has retranslated its own actions' tooltips.
        QTimer::singleShot(0, this, &MainWindow::addShortcutHints);
    }
    // Live counts poll more slowly while nobody can see them.
    if (event->type() == QEvent::WindowStateChange)
        m_explorer->setCountsVisible(!isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::openQueueWhenLoaded(const QString &queue, const QString &pageName)
{
    openQueueWhenLoaded(queue, pageName == u"publish"        ? QueueInspector::PublishTab
                               : pageName == u"consume"      ? QueueInspector::ConsumeTab
                               : pageName == u"dead-letters" ? QueueInspector::DeadLettersTab
                               : pageName == u"push"         ? QueueInspector::PushTab
                                                             : QueueInspector::OverviewPage);
}

void MainWindow::openQueueWhenLoaded(const QString &queue, int page)
{
    // In the profile current now (the one opened at start), whatever is selected later.
    ProfileSession *session = m_explorer->currentSession();
    DbTreeModel *tree = session->tree();
    auto *once = new QObject(session);
    connect(tree, &DbTreeModel::pageLoaded, once,
            [this, session, tree, queue, page, once](const QModelIndex &container) {
                if (container != tree->queuesIndex() || !tree->queue(queue))
                    return;
                m_explorer->openProfile(session->id(), true);
                m_explorer->selectId(DbTreeModel::queueNodeId(queue));
                m_explorer->openQueue(queue, page);
                once->deleteLater();
            });
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_explorer->setCountsVisible(!isMinimized());
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    m_explorer->setCountsVisible(false);
    QMainWindow::hideEvent(event);
}

void MainWindow::onProfilesChanged()
{
    m_explorer->setProfiles(m_ctx.profiles->profiles());
    noteRemovedProfiles();
    updateWelcome();
}

void MainWindow::duplicateProfile(const QString &id)
{
    const std::optional<Profile> original = m_ctx.profiles->find(id);
    if (!original)
        return;
    Profile copy = *original;
    copy.id = Profile::newId();
    //: The name of a duplicated connection profile.
    copy.name = tr("%1 (copy)").arg(original->name);
    if (!m_ctx.profiles->save(copy).isEmpty())
        return;
    // The key goes with it, keychain to keychain (never through a file).
    m_ctx.secrets->read(id, u"api-key"_s, this, [this, copyId = copy.id](const SecretStore::Result &result) {
        if (result.ok())
            m_ctx.secrets->write(copyId, u"api-key"_s, result.secret, this, [](const SecretStore::Result &) {});
    });
    openProfileManager()->selectProfile(copy.id);
}

ProfileManagerDialog *MainWindow::openProfileManager()
{
    if (!m_profileDialog) {
        m_profileDialog =
            new ProfileManagerDialog(m_ctx.profiles, m_ctx.secrets, m_ctx.network, m_ctx.requestLog, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_profileDialog->setInFlightCounter([this](const QString &id) { return m_tracker->inFlightCount(id); });
        // A new key takes effect at once: an open profile connects again with it, a new
        // one opens.
        auto reopen = [this](const QString &id) {
            ProfileSession *session = m_explorer->session(id);
            if (session && session->isOpen()) {
                m_explorer->closeProfile(id);
                m_explorer->openProfile(id, m_explorer->currentSession() == session);
            } else if (m_ctx.profiles->activeId().isEmpty() || id == m_ctx.profiles->activeId()) {
                activateProfile(id);
            }
        };
        connect(m_profileDialog, &ProfileManagerDialog::keyStored, this, reopen);
        connect(m_profileDialog, &ProfileManagerDialog::profileSaved, this, [this, reopen](const QString &id) {
            ProfileSession *session = m_explorer->session(id);
            if (!session || !session->isOpen())
                reopen(id);
        });
    }
    m_profileDialog->show();
    m_profileDialog->raise();
    return m_profileDialog;
}

void MainWindow::noteRemovedProfiles()
{
    QSet<QString> now;
    for (const Profile &profile : m_ctx.profiles->profiles())
        now.insert(profile.id);
    for (const QString &id : std::as_const(m_knownProfiles))
        if (!now.contains(id))
            m_tracker->profileRemoved(id); // its failed entries can no longer be retried
    m_knownProfiles = now;
    onConnectionState();
}

void MainWindow::activateProfile(const QString &id)
{
    if (!m_ctx.profiles->find(id)) {
        onConnectionState();
        settle();
        return;
    }
    m_ctx.profiles->setActiveId(id);
    m_explorer->openProfile(id, true);
    onConnectionState();
}

Connection *MainWindow::connection() const
{
    return m_explorer->currentSession()->connection();
}

ConnectionProblemPage *MainWindow::problemPage() const
{
    return m_explorer->problemPage();
}

void MainWindow::refresh()
{
    if (Connection *now = connection(); now && now->state() == Connection::State::Offline)
        now->retryNow();
    else if (now)
        m_explorer->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open profiles open again next time (connecting then, reading their keys then).
    QSettings().setValue(u"explorer/openProfiles"_s, m_explorer->openProfileIds());
    const int running = m_tracker->inFlightCount();
    if (running > 0 && !Confirm::ask(this, tr("Operations in progress"),
                                     tr("%n operation(s) are still in progress. They continue on the service, "
                                        "but this window will no longer follow them. Quit anyway?",
                                        nullptr, running))) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::showsExplorer() const
{
    return !problemPage()->isVisibleTo(this);
}

void MainWindow::onConnectionState()
{
    m_status->setConnection(connection());
}

void MainWindow::updateCounts()
{
    using State = ProfilesTreeModel::State;
    const ProfilesTreeModel *profiles = m_explorer->profiles();
    QHash<int, int> counts;
    for (const QString &id : profiles->profileIds())
        ++counts[int(profiles->state(id))];
    QStringList parts;
    auto part = [&](State state, const QString &text) {
        if (const int n = counts.value(int(state)); n > 0)
            parts << u"<a href=\"%1\" style=\"text-decoration:none\">%2</a>"_s.arg(int(state)).arg(text.arg(n));
    };
    //: Status bar counts of connection profiles, e.g. "2 online · 1 degraded · 1 unreachable".
    part(State::Online, tr("%1 online"));
    part(State::Degraded, tr("%1 degraded"));
    part(State::Unreachable, tr("%1 unreachable"));
    part(State::Rejected, tr("%1 key rejected"));
    part(State::KeyMissing, tr("%1 without a key"));
    m_counts->setText(parts.join(u" · "_s));
    m_counts->setToolTip(tr("Connection profiles by state; click one to go to it"));
    m_counts->setVisible(profiles->rowCount() > 1 && !parts.isEmpty());
}

void MainWindow::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit initialLoadFinished();
}
