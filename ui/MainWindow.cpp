#include "MainWindow.h"

#include "explorer/DbTreeModel.h"
#include "queue/QueueInspector.h"
#include "queue/QueueStatsHub.h"

#include "Confirm.h"
#include "ConnectionProblemPage.h"
#include "ConnectionStatusWidget.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "OperationsDock.h"
#include "ProfileManagerDialog.h"
#include "RequestLogDock.h"
#include "ops/OperationTracker.h"
#include "profiles/Connection.h"
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
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent),
      m_ctx(context),
      m_status(new ConnectionStatusWidget(this)),
      m_logDock(new RequestLogDock(context.requestLog, this)),
      m_tracker(new OperationTracker(this)),
      m_opsDock(new OperationsDock(m_tracker, this)),
      m_explorer(new ExplorerWidget(m_tracker, this)),
      m_stack(new QStackedWidget(this)),
      m_profileCombo(new QComboBox(this)),
      m_problemPage(new ConnectionProblemPage(this))
{
    setObjectName(u"mainWindow"_s);
    resize(1280, 800);
    m_stack->addWidget(m_problemPage);
    m_stack->addWidget(m_explorer);
    m_explorer->setSecretStore(m_ctx.secrets);
    setCentralWidget(m_stack);
    addDockWidget(Qt::BottomDockWidgetArea, m_opsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(m_opsDock, m_logDock);
    m_opsDock->raise();
    resizeDocks({m_opsDock}, {110}, Qt::Vertical); // small until something runs
    // A new operation brings the dock forward so the operator sees it start.
    connect(m_tracker, &OperationTracker::added, m_opsDock, &QWidget::raise);
    connect(m_explorer, &ExplorerWidget::firstPageLoaded, this, &MainWindow::settle);
    statusBar()->addPermanentWidget(m_status);
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    buildActions();
    m_explorer->chainTabOrder(m_profileCombo);
    retranslate();
    reloadProfileCombo();
    connect(m_ctx.profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfileCombo);
    connect(m_ctx.profiles, &ProfileStore::profilesChanged, this, &MainWindow::noteRemovedProfiles);
    for (const Profile &profile : m_ctx.profiles->profiles())
        m_knownProfiles.insert(profile.id);
    connect(m_problemPage, &ConnectionProblemPage::editProfileRequested, this, [this] {
        ProfileManagerDialog *dialog = openProfileManager();
        if (m_connection)
            dialog->selectProfile(m_connection->profile().id);
    });
    connect(m_problemPage, &ConnectionProblemPage::switchProfileRequested, this, [this] {
        if (m_profileCombo->count() > 1) {
            m_profileCombo->setFocus();
            m_profileCombo->showPopup();
        } else {
            openProfileManager()->newProfile();
        }
    });
    connect(m_problemPage, &ConnectionProblemPage::addProfileRequested, this,
            [this] { openProfileManager()->newProfile(); });
    connect(m_profileCombo, &QComboBox::activated, this,
            [this](int index) { activateProfile(m_profileCombo->itemData(index).toString()); });
    activateProfile(m_ctx.profiles->activeId());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_profilesAction = new QAction(this);
    m_profilesAction->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfileManager);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
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
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolbar = addToolBar(QString());
    m_toolbar->setObjectName(u"mainToolbar"_s);
    m_toolbar->setMovable(false);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setContentsMargins(4, 0, 4, 0);
    m_toolbar->addWidget(m_profileLabel);
    m_toolbar->addWidget(m_profileCombo);
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
    m_profileLabel->setText(tr("Profile:"));
    onConnectionState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Live counts poll more slowly while nobody can see them.
    if (event->type() == QEvent::WindowStateChange)
        m_explorer->statsHub()->setVisible(!isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::openQueueWhenLoaded(const QString &queue, const QString &pageName)
{
    const int page = pageName == u"publish"        ? QueueInspector::PublishTab
                     : pageName == u"consume"      ? QueueInspector::ConsumeTab
                     : pageName == u"dead-letters" ? QueueInspector::DeadLettersTab
                     : pageName == u"push"         ? QueueInspector::PushTab
                                                   : QueueInspector::OverviewPage;
    auto *once = new QObject(this);
    connect(m_explorer->model(), &DbTreeModel::pageLoaded, once,
            [this, queue, page, once](const QModelIndex &container) {
                if (container != m_explorer->model()->queuesIndex() || !m_explorer->model()->queue(queue))
                    return;
                m_explorer->selectId(DbTreeModel::queueNodeId(queue));
                m_explorer->openQueue(queue, page);
                once->deleteLater();
            });
}

void MainWindow::showEvent(QShowEvent *event)
{
    m_explorer->statsHub()->setVisible(!isMinimized());
    QMainWindow::showEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    m_explorer->statsHub()->setVisible(false);
    QMainWindow::hideEvent(event);
}

void MainWindow::reloadProfileCombo()
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &profile : m_ctx.profiles->profiles())
        m_profileCombo->addItem(profile.name, profile.id);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(m_ctx.profiles->activeId()));
}

ProfileManagerDialog *MainWindow::openProfileManager()
{
    if (!m_profileDialog) {
        m_profileDialog =
            new ProfileManagerDialog(m_ctx.profiles, m_ctx.secrets, m_ctx.network, m_ctx.requestLog, this);
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_profileDialog->setInFlightCounter([this](const QString &id) { return m_tracker->inFlightCount(id); });
        connect(m_profileDialog, &ProfileManagerDialog::keyStored, this, [this](const QString &id) {
            if (id == m_ctx.profiles->activeId() || m_ctx.profiles->activeId().isEmpty())
                activateProfile(id);
        });
        connect(m_profileDialog, &ProfileManagerDialog::profileSaved, this, [this](const QString &id) {
            if (m_ctx.profiles->activeId().isEmpty() || id == m_ctx.profiles->activeId())
                activateProfile(id);
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
    // The profile on screen went: show another (or the welcome of none).
    if (m_connection && !now.contains(m_connection->profile().id))
        activateProfile(m_ctx.profiles->profiles().isEmpty() ? QString() : m_ctx.profiles->profiles().first().id);
}

void MainWindow::activateProfile(const QString &id)
{
    const std::optional<Profile> profile = m_ctx.profiles->find(id);
    m_explorer->setConnection(nullptr);
    delete m_connection;
    if (!profile) {
        m_status->setConnection(nullptr);
        onConnectionState();
        settle();
        return;
    }
    m_ctx.profiles->setActiveId(id);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(id));
    m_connection = new Connection(*profile, m_ctx.network, m_ctx.secrets, m_ctx.requestLog, this);
    connect(m_connection, &Connection::stateChanged, this, &MainWindow::onConnectionState);
    m_status->setConnection(m_connection);
    m_explorer->setConnection(m_connection);
    m_connection->open();
}

void MainWindow::refresh()
{
    if (!m_connection)
        return;
    if (m_connection->state() == Connection::State::Online)
        m_explorer->refresh();
    else
        m_connection->check();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_tracker->inFlightCount();
    if (running > 0 && !Confirm::ask(this, tr("Operations in progress"),
                                     tr("%n operation(s) are still in progress. They continue on the service, "
                                        "but this window will no longer follow them. Quit anyway?",
                                        nullptr, running))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::showsExplorer() const
{
    return m_stack->currentWidget() == m_explorer;
}

void MainWindow::onConnectionState()
{
    m_problemPage->setConnection(m_connection, m_profileCombo->count() > 1);
    if (!m_connection) {
        m_stack->setCurrentWidget(m_problemPage);
        return;
    }
    const Connection::State state = m_connection->state();
    // Once the explorer is attached it stays: a passing outage shows in the status bar.
    if (state == Connection::State::Online)
        m_stack->setCurrentWidget(m_explorer);
    else if (m_explorer->model()->client() == nullptr)
        m_stack->setCurrentWidget(m_problemPage);
    if (state != Connection::State::LoadingKey && state != Connection::State::Checking &&
        state != Connection::State::Online)
        settle();
}

void MainWindow::settle()
{
    if (m_settled)
        return;
    m_settled = true;
    emit initialLoadFinished();
}
