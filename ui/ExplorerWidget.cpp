#include "ExplorerWidget.h"

#include "AppIcons.h"
#include "AppearanceManager.h"

#include "Confirm.h"
#include "ConnectionProblemPage.h"
#include "ConnectionStatusWidget.h"
#include "CopyFeedback.h"
#include "DetailsPane.h"
#include "LiveLabel.h"
#include "SecretClipboard.h"
#include "TypedNameDialog.h"
#include "api/aura/AuraClient.h"
#include "aura/AuraActions.h"
#include "aura/AuraDialogs.h"
#include "aura/AuraSection.h"
#include "auth/SecretStore.h"
#include "db/DbActions.h"
#include "db/ExplorerDialogs.h"
#include "db/NewProjectDialog.h"
#include "db/TopUpDialog.h"
#include "explorer/DbTreeFilterProxy.h"
#include "explorer/DbTreeModel.h"
#include "explorer/ProfilesTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseController.h"
#include "lakebase/LakebaseSection.h"
#include "ops/OperationTracker.h"
#include "profiles/Connection.h"
#include "profiles/ServiceHealth.h"
#include "queue/QueueActions.h"
#include "queue/QueueDialogs.h"
#include "queue/QueueInspector.h"
#include "queue/QueueStatsHub.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = DbTreeModel::NodeKind;

ExplorerWidget::ExplorerWidget(OperationTracker *tracker, QWidget *parent)
    : QWidget(parent),
      m_profiles(new ProfilesTreeModel(this)),
      m_idle(new ProfileSession(Profile(), {nullptr, nullptr, nullptr, tracker}, this)),
      m_model(m_idle->tree()),
      m_proxy(new DbTreeFilterProxy(this)),
      m_actions(m_idle->actions()),
      m_stats(m_idle->stats()),
      m_queueActions(m_idle->queueActions()),
      m_toolbar(new QToolBar(this)),
      m_filter(new QLineEdit(this)),
      m_nothingMatches(new LiveLabel(this)),
      m_tree(new QTreeView(this)),
      m_details(new DetailsPane(m_model, this)),
      m_lakebase(new LakebaseController(this, tracker)),
      m_problemPage(new ConnectionProblemPage(this)),
      m_detailsStack(new QStackedWidget(this)),
      m_tabs(new QTabWidget(this))
{
    m_env.tracker = tracker;
    setObjectName(u"explorer"_s);
    m_proxy->setSourceModel(m_profiles);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // keeps 100,000-row trees smooth
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setExpandsOnDoubleClick(false);
    // Names keep their room when the inspector takes the width; the last column gives.
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(DbTreeModel::NameColumn, 230);
    m_tree->setColumnWidth(DbTreeModel::StatusColumn, 110);
    m_tree->setColumnWidth(DbTreeModel::TypeColumn, 155);
    m_tree->setColumnWidth(DbTreeModel::RegionColumn, 140);
    m_tree->setColumnWidth(DbTreeModel::CreatedColumn, 130);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(u"explorerFilter"_s);
    m_nothingMatches->setObjectName(u"nothingMatches"_s);
    m_nothingMatches->setWordWrap(true);
    AppearanceManager::setTextRole(m_nothingMatches, SemanticColors::Role::Muted);
    m_nothingMatches->hide();
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Shortcuts about the tree's selection (Delete, Ctrl+F…) work where the tree is, not in
    // an inspector beside it, where the same keys mean something else.
    auto *left = new QWidget(this);
    auto makeAction = [this](QWidget *scope, auto slot, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        scope->addAction(action);
        return action;
    };
    m_newProject = makeAction(this, &ExplorerWidget::newProject, QKeySequence::New);
    m_newQueue = makeAction(this, &ExplorerWidget::newQueue, QKeySequence(u"Ctrl+Shift+N"_s));
    m_newBranch = makeAction(left, &ExplorerWidget::newBranch, QKeySequence(u"Ctrl+B"_s));
    m_snapshot = makeAction(left, &ExplorerWidget::snapshotSelected, QKeySequence(u"Ctrl+Shift+S"_s));
    m_restore = makeAction(left, &ExplorerWidget::restoreSelected);
    m_delete = makeAction(left, &ExplorerWidget::deleteSelected, QKeySequence::Delete);
    m_refresh = makeAction(this, &ExplorerWidget::refresh);
    const std::tuple<QAction *, const char16_t *, const char16_t *> names[] = {
        {m_newProject, u"newProjectAction", u"new-project"},
        {m_newQueue, u"newQueueAction", u"new-queue"},
        {m_newBranch, u"newBranchAction", u"new-branch"},
        {m_snapshot, u"snapshotAction", u"snapshot"},
        {m_restore, u"restoreAction", u"restore"},
        {m_delete, u"deleteAction", u"delete"},
        {m_refresh, u"refreshAction", u"refresh"}};
    for (const auto &[action, name, icon] : names) {
        action->setObjectName(QString::fromUtf16(name));
        action->setIcon(AppIcons::icon(QString::fromUtf16(icon)));
    }
    m_focusFilter = makeAction(
        left,
        [this] {
            m_filter->setFocus();
            m_filter->selectAll();
        },
        QKeySequence::Find);
    m_focusFilter->setObjectName(u"findAction"_s);
    // The details pane is about the tree's selection too: its keys act there as well.
    for (QAction *action : {m_newBranch, m_snapshot, m_restore, m_delete, m_focusFilter})
        m_details->addAction(action);
    for (QAction *action : {m_newProject, m_newBranch, m_snapshot, m_restore, m_delete})
        m_toolbar->addAction(action);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newQueue);

    chainTabOrder(nullptr);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_nothingMatches);
    leftLayout->addWidget(m_tree);
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->addWidget(left);
    m_tabs->setObjectName(u"explorerTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    // Details of the selected row, or what to do about a profile that could not connect.
    m_detailsStack->addWidget(m_details);
    m_detailsStack->addWidget(m_problemPage);
    m_tabs->addTab(m_detailsStack, QString());
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the details stay
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0)
            delete m_tabs->widget(index);
        updateTabTitles();
    });
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_toolbar); // across the whole width: nothing hides in an overflow menu
    layout->addWidget(splitter);

    // Typing filters after a short pause, not on every key.
    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, &m_filterDebounce, qOverload<>(&QTimer::start));
    connect(&m_filterDebounce, &QTimer::timeout, this, &ExplorerWidget::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // Actions, details and inspectors follow the profile of the chosen row.
        if (current.isValid())
            setCurrentSession(sessionOfView(current));
        // What the operator chose, kept by key while filters hide and show rows.
        if (current.isValid() && !m_applyingFilter) {
            m_selectionKey = keyOfView(current);
            // Choosing in the tree shows what was chosen, unless it is the queue whose
            // inspector is already in front.
            // Only for the operator's own choice: not when rows come and go under the cursor.
            const auto *front = qobject_cast<QueueInspector *>(m_tabs->currentWidget());
            const bool chosen = m_tree->hasFocus() || m_choosing;
            if (chosen && (!front || front->queueName() != current.data(DbTreeModel::QueueNameRole).toString() ||
                           front->profileId() != currentSession()->id()))
                m_tabs->setCurrentIndex(0);
        }
        showDetails();
        updateDetailsPage();
        updateActions();
    });
    // Opening a profile's row connects it (the operator's own expand: not a filter showing
    // its matches, nor expansion coming back after one).
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &row) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (m_applyingFilter || !m_profiles->isProfileRow(source))
            return;
        if (ProfileSession *opened = session(m_profiles->profileIdOf(source)))
            opened->open();
    });
    connect(m_tree, &QTreeView::activated, this, &ExplorerWidget::onActivated);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &ExplorerWidget::showContextMenu);
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, &ExplorerWidget::loadVisibleMoreRows);
    // Live counts are polled for the queues on screen only: a thousand queues in a list do
    // not cost a thousand requests every few seconds.
    m_visibleQueuesDebounce.setSingleShot(true);
    m_visibleQueuesDebounce.setInterval(150);
    connect(&m_visibleQueuesDebounce, &QTimer::timeout, this, &ExplorerWidget::watchVisibleQueues);
    auto visibleRowsMoved = [this] { m_visibleQueuesDebounce.start(); };
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, this, visibleRowsMoved);
    connect(m_tree, &QTreeView::expanded, this, visibleRowsMoved);
    connect(m_tree, &QTreeView::collapsed, this, visibleRowsMoved);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, visibleRowsMoved);
    // A failed load's row reads across the whole width: its message is the point.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        for (int row = first; row <= last; ++row)
            if (m_proxy->index(row, 0, parent).data(DbTreeModel::KindRole).value<Kind>() == Kind::Problem)
                m_tree->setFirstColumnSpanned(row, parent, true);
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, visibleRowsMoved);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, visibleRowsMoved);
    // Names are what the operator reads: the Name column grows to fit them (within reason)
    // until the operator sizes it by hand.
    m_fitNameDebounce.setSingleShot(true);
    m_fitNameDebounce.setInterval(100);
    connect(&m_fitNameDebounce, &QTimer::timeout, this, &ExplorerWidget::fitNameColumn);
    auto namesChanged = [this] { m_fitNameDebounce.start(); };
    connect(m_tree, &QTreeView::expanded, this, namesChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, namesChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, namesChanged);
    connect(m_tree->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == DbTreeModel::NameColumn && !m_fittingName)
            m_nameSizedByHand = true;
    });
    connect(m_details, &DetailsPane::actionRequested, this, [this](const QString &action) {
        if (action == u"newBranch")
            newBranch();
        else if (action == u"snapshot")
            snapshotSelected();
        else if (action == u"restore")
            restoreSelected();
        else if (action == u"delete" || action == u"deleteQueue")
            deleteSelected();
        else if (action == u"openQueue")
            openQueue(selectedQueue(), QueueInspector::OverviewPage);
        else if (action == u"openDeadLetters")
            openQueue(selectedQueue(), QueueInspector::DeadLettersTab);
        else if (action.startsWith(u"aura"))
            auraAction(action);
        else if (action.startsWith(u"lb"))
            m_lakebase->run(action, toTree(m_tree->currentIndex()));
    });
    connect(m_problemPage, &ConnectionProblemPage::editProfileRequested, this,
            [this] { emit editProfileRequested(currentSession()->id()); });
    connect(m_problemPage, &ConnectionProblemPage::addProfileRequested, this, &ExplorerWidget::addProfileRequested);
    connect(m_problemPage, &ConnectionProblemPage::switchProfileRequested, this, [this] {
        // The next profile in the tree, chosen for the operator.
        const QModelIndex here = m_profiles->profileIndex(currentSession()->id());
        const int rows = m_profiles->rowCount();
        if (rows < 2 || !here.isValid())
            return emit addProfileRequested();
        const QModelIndex next = m_proxy->mapFromSource(m_profiles->index((here.row() + 1) % rows, 0));
        m_tree->setFocus();
        m_tree->setCurrentIndex(next);
    });
    retranslate();
    updateActions();
}

ExplorerWidget::~ExplorerWidget()
{
    // Sessions first, while the tree model and tabs they report to still exist.
    closeInspectors({});
    for (ProfileSession *each : m_sessions) {
        m_profiles->setTree(each->id(), nullptr);
        disconnect(each, nullptr, this, nullptr);
        delete each;
    }
    m_sessions.clear();
}

void ExplorerWidget::setEnvironment(const ProfileSession::Environment &environment)
{
    OperationTracker *tracker = m_env.tracker;
    m_env = environment;
    if (!m_env.tracker)
        m_env.tracker = tracker;
    if (!m_env.secrets)
        m_env.secrets = m_secrets;
}

void ExplorerWidget::setProfiles(const QList<Profile> &profiles)
{
    QSet<QString> wanted;
    for (const Profile &profile : profiles)
        wanted.insert(profile.id);
    // Sessions of removed profiles end: their inspectors close, their connection drops.
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        ProfileSession *gone = *it;
        if (wanted.contains(gone->id())) {
            ++it;
            continue;
        }
        closeInspectors(gone->id());
        m_profiles->setTree(gone->id(), nullptr);
        it = m_sessions.erase(it);
        if (m_current == gone)
            setCurrentSession(nullptr);
        delete gone;
    }
    m_profiles->setProfiles(profiles);
    for (const Profile &profile : profiles) {
        if (ProfileSession *known = session(profile.id)) {
            if (known->wouldReconnect(profile)) {
                // A new address or kind: what was open on the old one closes with it.
                closeInspectors(profile.id);
                m_profiles->setTree(profile.id, nullptr);
            }
            known->setProfile(profile);
            continue;
        }
        auto *created = new ProfileSession(profile, m_env, this);
        m_sessions.push_back(created);
        adopt(created);
        showSessionState(created);
    }
    if (!m_current && !m_sessions.empty())
        setCurrentSession(m_sessions.front());
    updateDetailsPage();
    emit sessionStatesChanged();
}

ProfileSession *ExplorerWidget::session(const QString &profileId) const
{
    for (ProfileSession *candidate : m_sessions)
        if (candidate->id() == profileId)
            return candidate;
    return nullptr;
}

ProfileSession *ExplorerWidget::currentSession() const
{
    return m_current ? m_current.data() : m_idle;
}

void ExplorerWidget::openProfile(const QString &profileId, bool select)
{
    ProfileSession *opened = session(profileId);
    if (!opened)
        return;
    if (select) {
        setCurrentSession(opened);
        const QScopedValueRollback choosing(m_choosing, true);
        m_tree->setCurrentIndex(m_proxy->mapFromSource(m_profiles->profileIndex(profileId)));
    }
    opened->open();
}

void ExplorerWidget::closeProfile(const QString &profileId)
{
    ProfileSession *closing = session(profileId);
    if (!closing)
        return;
    closeInspectors(profileId);
    m_profiles->setTree(profileId, nullptr);
    closing->close();
    m_tree->collapse(m_proxy->mapFromSource(m_profiles->profileIndex(profileId)));
}

QStringList ExplorerWidget::openProfileIds() const
{
    QStringList ids;
    for (ProfileSession *candidate : m_sessions)
        if (candidate->isOpen())
            ids << candidate->id();
    return ids;
}

void ExplorerWidget::adopt(ProfileSession *session)
{
    DbTreeModel *tree = session->tree();
    connect(session, &ProfileSession::stateChanged, this, [this, session] {
        showSessionState(session);
        if (session == m_current) {
            updateDetailsPage();
            if (m_profiles->isProfileRow(m_proxy->mapToSource(m_tree->currentIndex())))
                showDetails(); // its state line
        }
        emit sessionStatesChanged();
        if (session == m_current)
            emit currentSessionChanged();
    });
    connect(session, &ProfileSession::attached, this, [this, session] {
        m_profiles->setTree(session->id(), session->tree());
        if (session == m_current) {
            setCurrentSession(session); // its clients changed
            updateActions();
        }
        expandAttached(session);
        offerUnfinishedRedrives(session);
    });
    // Pages that arrive under a filter may bring its first matches.
    connect(tree, &DbTreeModel::pageLoaded, this, &ExplorerWidget::updateNothingMatches);
    connect(tree, &DbTreeModel::pageLoaded, this, [this, tree](const QModelIndex &container) {
        if (container == tree->databasesIndex() && !m_firstPageSeen) {
            m_firstPageSeen = true;
            const QModelIndex first = tree->index(0, 0, container);
            const QModelIndex current = m_tree->currentIndex();
            // (With several profiles open their trees share the view: nothing opens by itself.)
            if (first.isValid() && tree->kindOf(first) == Kind::Project && openProfileIds().size() == 1 &&
                (!current.isValid() || m_profiles->isProfileRow(m_proxy->mapToSource(current)))) {
                // Open the first project on its branch lineage: the usual first look.
                const QModelIndex proxyFirst = toView(first);
                m_tree->setCurrentIndex(proxyFirst);
                m_tree->expand(proxyFirst);
                m_tree->expand(m_proxy->index(0, 0, proxyFirst));
                tree->fetchMore(tree->index(0, 0, first)); // its Branches group
            }
            emit firstPageLoaded();
        }
        // An open Branches group shows its whole copy-on-write lineage.
        if (tree->kindOf(container) == Kind::BranchesGroup) {
            const QModelIndex group = toView(container);
            if (m_tree->isExpanded(group))
                m_tree->expandRecursively(group);
        }
        loadVisibleMoreRows();
    });
    connect(tree, &DbTreeModel::loadFailed, this, [this, tree](const QModelIndex &container) {
        if (container == tree->databasesIndex() && !m_firstPageSeen) {
            m_firstPageSeen = true;
            emit firstPageLoaded();
        }
    });
    // What failed to load is part of the connection's health (the status bar says it).
    connect(tree, &DbTreeModel::loadProblemsChanged, this, [this, session] { reportLoadProblems(session); });
    // A queue that leaves the tree on a refresh was deleted elsewhere: its open inspector
    // says so instead of vanishing with whatever the operator was reading.
    connect(tree, &QAbstractItemModel::rowsRemoved, this, [this, session] {
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i));
                open && open->profileId() == session->id() && !session->tree()->queue(open->queueName()))
                open->markDeleted();
    });
    connect(session->queueActions(), &QueueActions::queueDeleted, this, [this, session](const QString &name) {
        for (int i = 1; i < m_tabs->count(); ++i)
            if (auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i));
                open && open->profileId() == session->id() && open->queueName() == name)
                delete open;
        updateTabTitles();
    });
    // Moving messages changes the counts of the queue's DLQ too.
    connect(session->queueActions(), &QueueActions::messagesChanged, this, [session](const QString &queue) {
        if (const std::optional<QueueRecord> record = session->tree()->queue(queue);
            record && !record->deadLetterQueue.isEmpty())
            session->stats()->refreshNow(record->deadLetterQueue);
    });
    // A new Aura instance's password, already in the keychain: shown once.
    connect(session->auraActions(), &AuraActions::passwordReady, this,
            [this](const AuraInstance &instance, bool stored, const QString &message) {
                auto *dialog = new AuraPasswordDialog(instance, stored, message, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(session->actions(), &DbActions::creditExhausted, this, [this, session] {
        if (!findChild<TopUpDialog *>())
            (new TopUpDialog(session->actions(), this))->open();
    });
}

void ExplorerWidget::expandAttached(ProfileSession *session)
{
    DbTreeModel *tree = session->tree();
    m_tree->expand(m_proxy->mapFromSource(m_profiles->profileIndex(session->id())));
    // Every section's list opens (fetching its first page).
    for (const QModelIndex &group : {tree->databasesIndex(), tree->queuesIndex(), tree->auraIndex()})
        if (group.isValid())
            m_tree->expand(toView(group));
}

void ExplorerWidget::showSessionState(ProfileSession *session)
{
    m_profiles->setState(session->id(), session->displayState(), session->stateDetail());
    if (!session->isOpen())
        m_profiles->setTree(session->id(), nullptr);
}

void ExplorerWidget::setCurrentSession(ProfileSession *session)
{
    ProfileSession *now = session ? session : m_idle;
    const bool changed = currentSession() != now;
    m_current = session;
    m_model = now->tree();
    m_actions = now->actions();
    m_stats = now->stats();
    m_queueActions = now->queueActions();
    m_connection = now->connection();
    m_lakebase->setSession(m_model, now->lakebaseActions());
    m_details->setSource(m_model, now->isAttached() ? now->connection()->db() : nullptr);
    if (changed) {
        m_problemPage->setConnection(now->connection(), m_sessions.size() > 1);
        updateDetailsPage();
        updateActions();
        emit currentSessionChanged();
    }
}

void ExplorerWidget::showDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->currentIndex());
    ProfileSession *chosen = m_profiles->isProfileRow(current) ? session(m_profiles->profileIdOf(current)) : nullptr;
    if (!chosen)
        return m_details->showItem(selectedId());
    // A profile's row: the account, its address and how it is doing.
    DetailsPane::Summary summary;
    summary.title = chosen->profile().name;
    summary.subtitle = current.siblingAtColumn(DbTreeModel::TypeColumn).data().toString();
    summary.rows << std::pair{tr("Base URL:"), chosen->profile().baseUrl.toString(QUrl::RemoveUserInfo)};
    summary.rows << std::pair{tr("State:"), ProfilesTreeModel::stateText(chosen->displayState())};
    if (const QString detail = chosen->stateDetail(); !detail.isEmpty())
        summary.rows << std::pair{tr("Last error:"), detail};
    if (Connection *connection = chosen->connection(); connection && connection->health()->isDegraded())
        summary.rows << std::pair{tr("Failing:"), ConnectionStatusWidget::degradedText(*connection->health())};
    const int running = m_env.tracker ? m_env.tracker->inFlightCount(chosen->id()) : 0;
    summary.rows << std::pair{tr("Operations running:"), QLocale().toString(running)};
    m_details->showSummary(summary);
}

void ExplorerWidget::offerUnfinishedRedrives(ProfileSession *session)
{
    QueueActions *actions = session->queueActions();
    if (!actions->client())
        return;
    for (const RedriveJob::Saved &saved : actions->unfinishedRedriveJobs()) {
        const QString name = u"unfinishedRedrive:"_s + saved.id;
        if (findChild<QMessageBox *>(name)) // offered already (a reconnect while it is open)
            continue;
        auto *ask = new QMessageBox(
            QMessageBox::Question, tr("Unfinished redrive"),
            tr("A redrive of %n dead letter(s) back to “%1” on %2 stopped before it finished (%3 done). Go on "
               "with it? Messages already moved are not moved again.",
               nullptr, saved.total)
                .arg(saved.queue, session->profile().name, QLocale().toString(saved.done)),
            QMessageBox::NoButton, this);
        ask->setObjectName(name);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *resume = ask->addButton(tr("&Resume"), QMessageBox::AcceptRole);
        ask->addButton(tr("&Later"), QMessageBox::RejectRole);
        QPushButton *discard = ask->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        connect(ask, &QMessageBox::buttonClicked, this,
                [actions = QPointer(actions), saved, resume, discard](QAbstractButton *clicked) {
                    if (!actions)
                        return;
                    if (clicked == resume)
                        actions->resumeRedriveJob(saved);
                    else if (clicked == discard)
                        actions->discardRedriveJob(saved.id);
                });
        ask->open();
    }
}

void ExplorerWidget::newAuraInstance()
{
    ProfileSession *session = currentSession();
    AuraClient *client = session->auraActions()->client();
    if (!client)
        return;
    // The tenant of the selected row, or the first one listed.
    QString tenantId;
    if (const std::optional<AuraInstance> instance = m_model->auraInstance(selectedId()))
        tenantId = instance->tenantId;
    else if (const QString id = selectedId(); id.startsWith(u"aura-tenant:"))
        tenantId = id.mid(12);
    else if (const QModelIndex first = m_model->index(0, 0, m_model->auraIndex()); first.isValid())
        tenantId = first.data(DbTreeModel::IdRole).toString().mid(12);
    if (tenantId.isEmpty())
        return;
    // Its configurations decide the choices: asked for now, so they are current.
    client->getTenant(tenantId, this, [this, session](const AuraTenantDetails &tenant, const ApiError &error) {
        if (error.isError()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("New Aura instance"), error.message(),
                                        QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            return box->open();
        }
        (new NewAuraInstanceDialog(session->auraActions(), m_env.tracker, tenant, this))->open();
    });
}

QList<AuraInstance> ExplorerWidget::overwriteTargets(const AuraInstance &source) const
{
    // The tenant's other running instances: only a running instance can be overwritten.
    QList<AuraInstance> targets;
    const QModelIndex tenant = m_model->indexForId(AuraSection::tenantNodeId(source.tenantId));
    for (int row = 0; row < m_model->rowCount(tenant); ++row)
        if (const auto instance =
                m_model->auraInstance(m_model->index(row, 0, tenant).data(DbTreeModel::IdRole).toString());
            instance && instance->id != source.id && instance->status == u"running")
            targets << *instance;
    return targets;
}

void ExplorerWidget::overwriteFrom(const AuraInstance &source, const QString &snapshotId)
{
    QStringList names;
    QHash<QString, AuraInstance> byName;
    for (const AuraInstance &target : overwriteTargets(source)) {
        names << target.name;
        byName.insert(target.name, target);
    }
    if (names.isEmpty())
        return;
    auto *ask = new QInputDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setObjectName(u"auraOverwriteTarget"_s);
    ask->setWindowTitle(tr("Overwrite from %1").arg(source.name));
    ask->setLabelText(tr("Instance whose data is replaced:"));
    ask->setComboBoxItems(names);
    connect(ask, &QInputDialog::textValueSelected, this, [this, source, snapshotId, byName](const QString &name) {
        const AuraInstance target = byName.value(name);
        auto *confirm = new TypedNameDialog(
            tr("Overwrite instance"),
            snapshotId.isEmpty() ? tr("Replace all data of “%1” with the data of “%2”? What it holds now is lost.")
                                       .arg(target.name, source.name)
                                 : tr("Replace all data of “%1” with a snapshot of “%2”? What it holds now is lost.")
                                       .arg(target.name, source.name),
            target.name, tr("Overwrite"), this);
        confirm->onConfirmed([actions = currentSession()->auraActions(), target, source, snapshotId](bool) {
            actions->overwrite(target.id, target.name, source.id, snapshotId);
        });
        confirm->open();
    });
    ask->open();
}

void ExplorerWidget::auraAction(const QString &action)
{
    const std::optional<AuraInstance> instance = m_model->auraInstance(selectedId());
    AuraActions *actions = currentSession()->auraActions();
    if (!instance || !actions->client())
        return;
    if (action == u"auraCopyPassword") {
        // From the keychain, where it went when the console created the instance.
        const QPointer<QPushButton> button = m_details->findChild<QPushButton *>(u"auraCopyPasswordButton"_s);
        m_env.secrets->read(currentSession()->id(), AuraActions::passwordItem(instance->id), this,
                            [this, button, name = instance->name](const SecretStore::Result &result) {
                                if (result.ok()) {
                                    SecretClipboard::copy(result.secret); // cleared from the clipboard later
                                    if (button)
                                        CopyFeedback::showOnButton(button);
                                    return;
                                }
                                auto *box = new QMessageBox(
                                    QMessageBox::Information, tr("Password of %1").arg(name),
                                    result.status == SecretStore::Status::NotFound
                                        ? tr("The keychain holds no password for this instance: Aura shows it only "
                                             "once, to whoever created the instance.")
                                        : result.message(),
                                    QMessageBox::Close, this);
                                box->setAttribute(Qt::WA_DeleteOnClose);
                                box->open();
                            });
        return;
    }
    if (action == u"auraRename") {
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setObjectName(u"auraRenameDialog"_s);
        ask->setWindowTitle(tr("Rename %1").arg(instance->name));
        ask->setLabelText(tr("New name (at most 30 characters):"));
        ask->setTextValue(instance->name);
        connect(ask, &QInputDialog::textValueSelected, this,
                [actions, id = instance->id, name = instance->name](const QString &text) {
                    if (!text.trimmed().isEmpty() && text.trimmed() != name)
                        actions->rename(id, name, text.trimmed());
                });
        ask->open();
        return;
    }
    if (action == u"auraResize") {
        // The memory sizes of the instance's own configuration, from the tenant.
        actions->client()->getTenant(
            instance->tenantId, this,
            [this, actions, instance = *instance](const AuraTenantDetails &tenant, const ApiError &error) {
                QStringList sizes;
                for (const AuraConfiguration &c : tenant.configurations)
                    if (c.type == instance.type && c.cloud == instance.cloud && c.region == instance.region &&
                        c.memory != instance.memory && !sizes.contains(c.memory))
                        sizes << c.memory;
                if (error.isError() || sizes.isEmpty()) {
                    auto *box = new QMessageBox(QMessageBox::Information, tr("Resize %1").arg(instance.name),
                                                error.isError() ? error.message()
                                                                : tr("Its configuration offers no other size."),
                                                QMessageBox::Close, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    return box->open();
                }
                auto *ask = new QInputDialog(this);
                ask->setAttribute(Qt::WA_DeleteOnClose);
                ask->setObjectName(u"auraResizeDialog"_s);
                ask->setWindowTitle(tr("Resize %1").arg(instance.name));
                ask->setLabelText(tr("Memory (now %1):").arg(instance.memory));
                ask->setComboBoxItems(sizes);
                connect(ask, &QInputDialog::textValueSelected, this, [actions, instance](const QString &memory) {
                    actions->resize(instance.id, instance.name, memory);
                });
                ask->open();
            });
        return;
    }
    if (action == u"auraSnapshot") {
        actions->takeSnapshot(instance->id, instance->name);
        return;
    }
    if (action == u"auraPause")
        actions->pause(instance->id, instance->name);
    else if (action == u"auraResume")
        actions->resume(instance->id, instance->name);
    else if (action == u"auraDelete") {
        auto *confirm = new TypedNameDialog(
            tr("Delete instance"),
            tr("Delete the Aura instance “%1” (%2)? Its data is gone for good.").arg(instance->name, instance->id),
            instance->name, tr("Delete"), this);
        // A snapshot first, when the instance can take one (a running instance).
        if (instance->status == u"running")
            confirm->offerOption(tr("Take a snapshot first (the delete waits for it)"), true);
        confirm->onConfirmed([this, actions, id = instance->id, name = instance->name](bool snapshotFirst) {
            if (!snapshotFirst) {
                actions->remove(id, name);
                return;
            }
            const int snapshot = actions->takeSnapshot(id, name);
            // The delete goes once the snapshot has completed, and not at all if it failed.
            auto *waiter = new QObject(this);
            connect(m_env.tracker, &OperationTracker::changed, waiter, [this, waiter, actions, snapshot, id, name] {
                const int row = m_env.tracker->rowOf(snapshot);
                if (row < 0 || m_env.tracker->at(row).inFlight())
                    return;
                if (m_env.tracker->at(row).state == Operation::State::Succeeded)
                    actions->remove(id, name);
                waiter->deleteLater();
            });
        });
        confirm->open();
    }
}

void ExplorerWidget::updateDetailsPage()
{
    // A profile that could not connect (no key, key rejected, out of reach before it ever
    // answered) says what to do next where its details would be.
    ProfileSession *now = currentSession();
    const bool problem = m_sessions.empty() || (now->isOpen() && !now->isAttached() &&
                                                now->connection()->state() != Connection::State::LoadingKey &&
                                                now->connection()->state() != Connection::State::Checking);
    m_problemPage->setConnection(m_sessions.empty() ? nullptr : now->connection(), m_sessions.size() > 1);
    m_detailsStack->setCurrentWidget(problem ? static_cast<QWidget *>(m_problemPage) : m_details);
}

ProfileSession *ExplorerWidget::sessionOfView(const QModelIndex &viewIndex) const
{
    return session(m_profiles->profileIdOf(m_proxy->mapToSource(viewIndex)));
}

QModelIndex ExplorerWidget::toView(const QModelIndex &treeIndex) const
{
    return m_proxy->mapFromSource(m_profiles->mapFromTree(treeIndex));
}

QModelIndex ExplorerWidget::toTree(const QModelIndex &viewIndex) const
{
    return m_profiles->mapToTree(m_proxy->mapToSource(viewIndex));
}

QString ExplorerWidget::keyOfView(const QModelIndex &viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    const QString profile = m_profiles->profileIdOf(source);
    if (profile.isEmpty())
        return {};
    if (m_profiles->isProfileRow(source))
        return profile;
    const QModelIndex tree = m_profiles->mapToTree(source);
    return profile + u'|' + static_cast<const DbTreeModel *>(tree.model())->keyOf(tree);
}

QModelIndex ExplorerWidget::viewForKey(const QString &key) const
{
    const qsizetype bar = key.indexOf(u'|');
    const QString profile = bar < 0 ? key : key.left(bar);
    if (bar < 0)
        return m_proxy->mapFromSource(m_profiles->profileIndex(profile));
    const ProfileSession *owner = session(profile);
    return owner ? toView(owner->tree()->indexForKey(key.mid(bar + 1))) : QModelIndex();
}

void ExplorerWidget::updateTabTitles()
{
    // A queue's tab names its profile when another profile's queue of that name is open too.
    QHash<QString, int> sameName;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i)))
            ++sameName[open->queueName()];
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i));
        if (!open)
            continue;
        const ProfileSession *owner = session(open->profileId());
        const QString profile = owner ? owner->profile().name : QString();
        m_tabs->setTabText(i,
                           sameName.value(open->queueName()) > 1
                               //: A queue's tab when two profiles have a queue of that name open: "orders — Staging".
                               ? tr("%1 — %2").arg(open->queueName(), profile)
                               : open->queueName());
        m_tabs->setTabToolTip(i, tr("%1 on %2").arg(open->queueName(), profile));
    }
}

void ExplorerWidget::reportLoadProblems(ProfileSession *session)
{
    if (!session->connection())
        return;
    ServiceHealth *health = session->connection()->health();
    const QString prefix = u"tree:"_s;
    QSet<QString> failing;
    for (const DbTreeModel::LoadProblem &problem : session->tree()->loadProblems()) {
        const auto area =
            problem.container == Kind::QueuesGroup ? ServiceHealth::Area::Queues : ServiceHealth::Area::Databases;
        health->report(prefix + problem.key, area, problem.error);
        failing.insert(prefix + problem.key);
    }
    QStringList gone;
    for (const ServiceHealth::Problem &problem : health->problems())
        if (problem.key.startsWith(prefix) && !failing.contains(problem.key))
            gone << problem.key;
    for (const QString &key : gone)
        health->clear(key);
}

QString ExplorerWidget::selectedId() const
{
    return m_tree->currentIndex().data(DbTreeModel::IdRole).toString();
}

bool ExplorerWidget::selectId(const QString &id)
{
    const QModelIndex index = toView(m_model->indexForId(id));
    if (!index.isValid())
        return false;
    const QScopedValueRollback choosing(m_choosing, true);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ExplorerWidget::setCountsVisible(bool visible)
{
    m_idle->stats()->setVisible(visible);
    for (ProfileSession *each : m_sessions)
        each->stats()->setVisible(visible);
}

void ExplorerWidget::retranslate()
{
    m_newProject->setText(tr("New project…"));
    m_newProject->setToolTip(
        tr("Create a managed Postgres project (%1)").arg(m_newProject->shortcut().toString(QKeySequence::NativeText)));
    m_newQueue->setText(tr("New queue…"));
    m_newQueue->setToolTip(tr("Create a message queue, with a dead-letter queue (%1)")
                               .arg(m_newQueue->shortcut().toString(QKeySequence::NativeText)));
    m_tabs->setTabText(0, tr("Details"));
    m_newBranch->setText(tr("New branch…"));
    m_newBranch->setToolTip(tr("Create a copy-on-write branch of the selected project or branch"));
    m_snapshot->setText(tr("Snapshot…"));
    m_snapshot->setToolTip(tr("Take a point-in-time snapshot of the selected project"));
    m_restore->setText(tr("Restore…"));
    m_restore->setToolTip(tr("Restore the selected snapshot into a new project"));
    m_delete->setText(tr("Delete…"));
    m_delete->setToolTip(tr("Delete the selected project or branch"));
    m_refresh->setText(tr("Refresh"));
    m_focusFilter->setText(tr("&Find in the tree"));
    m_filter->setPlaceholderText(tr("Filter by name or id (Ctrl+F)"));
    m_toolbar->setWindowTitle(tr("Explorer actions"));
    for (ProfileSession *each : m_sessions)
        each->tree()->retranslate();
    m_profiles->retranslate();
}

void ExplorerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExplorerWidget::updateActions()
{
    const bool connected = m_model->client() != nullptr;
    const QString id = selectedId();
    const bool project = m_model->project(id).has_value();
    const bool branch = m_model->branch(id).has_value();
    m_newProject->setEnabled(connected || m_model->lakebase()->client());
    m_newQueue->setEnabled(connected);
    m_newBranch->setEnabled(project || branch);
    m_snapshot->setEnabled(project);
    m_restore->setEnabled(m_model->snapshot(id).has_value());
    m_delete->setEnabled(project || branch || !selectedQueue().isEmpty());
    m_refresh->setEnabled(m_model->isConnected()); // any service's tree
}

void ExplorerWidget::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex combined = m_proxy->mapToSource(proxyIndex);
    if (m_profiles->isProfileRow(combined)) {
        // Enter on a profile opens it (connecting it) or closes it up.
        m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
        return;
    }
    const QModelIndex source = m_profiles->mapToTree(combined);
    DbTreeModel *tree = m_profiles->treeOf(combined);
    if (!tree)
        return;
    setCurrentSession(sessionOfView(proxyIndex));
    if (tree->kindOf(source) == Kind::LoadMore) {
        tree->fetchMore(source.parent());
        return;
    }
    if (tree->kindOf(source) == Kind::Problem) {
        tree->retry(source);
        return;
    }
    if (tree->kindOf(source) == Kind::Queue) {
        openQueue(source.data(DbTreeModel::QueueNameRole).toString(), QueueInspector::OverviewPage);
        return;
    }
    if (tree->kindOf(source) == Kind::DeadLetters) {
        openQueue(source.data(DbTreeModel::QueueNameRole).toString(), QueueInspector::DeadLettersTab);
        return;
    }
    m_tree->setExpanded(proxyIndex, !m_tree->isExpanded(proxyIndex));
}

void ExplorerWidget::watchVisibleQueues()
{
    // Per profile: each tree polls the counts of its own queues on screen.
    QHash<QString, QSet<QString>> visibleQueues;
    QHash<QString, QSet<QString>> visibleInstances; // Aura: records fetched for these only
    const QRect visible = m_tree->viewport()->rect();
    for (QModelIndex index = m_tree->indexAt(visible.topLeft()); index.isValid(); index = m_tree->indexBelow(index)) {
        if (!visible.intersects(m_tree->visualRect(index)))
            break;
        const QString queue = index.data(DbTreeModel::QueueNameRole).toString();
        if (!queue.isEmpty())
            visibleQueues[m_profiles->profileIdOf(m_proxy->mapToSource(index))].insert(queue);
        if (const QString id = index.data(DbTreeModel::IdRole).toString(); id.startsWith(u"aura:"))
            visibleInstances[m_profiles->profileIdOf(m_proxy->mapToSource(index))].insert(id.mid(5));
    }
    for (ProfileSession *each : m_sessions)
        if (each->isAttached() && each->tree()->aura()->client())
            each->tree()->aura()->setWatched(visibleInstances.value(each->id()));
    for (ProfileSession *each : m_sessions)
        if (each->isAttached())
            each->tree()->setWatchedQueues(visibleQueues.value(each->id()));
}

void ExplorerWidget::fitNameColumn()
{
    if (m_nameSizedByHand)
        return;
    // Grows only (no jitter while pages arrive), and leaves room for the status beside it.
    const int wanted =
        std::min(static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(DbTreeModel::NameColumn) + 8,
                 std::max(230, m_tree->viewport()->width() * 6 / 10));
    if (wanted <= m_tree->columnWidth(DbTreeModel::NameColumn))
        return;
    const QScopedValueRollback guard(m_fittingName, true);
    m_tree->setColumnWidth(DbTreeModel::NameColumn, wanted);
}

void ExplorerWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_visibleQueuesDebounce.start();
}

void ExplorerWidget::loadVisibleMoreRows()
{
    // A "Load more…" row that scrolls into view loads the next page by itself.
    const QRect visible = m_tree->viewport()->rect();
    for (QModelIndex index = m_tree->indexAt(visible.topLeft()); index.isValid(); index = m_tree->indexBelow(index)) {
        if (!visible.intersects(m_tree->visualRect(index)))
            break;
        const QModelIndex source = m_proxy->mapToSource(index);
        if (!m_profiles->isProfileRow(source) && source.data(DbTreeModel::KindRole).value<Kind>() == Kind::LoadMore)
            m_profiles->fetchMore(source.parent());
    }
}

void ExplorerWidget::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    QMenu menu(this);
    if (index.isValid() && m_profiles->isProfileRow(m_proxy->mapToSource(index))) {
        const QString id = m_profiles->profileIdOf(m_proxy->mapToSource(index));
        ProfileSession *chosen = session(id);
        if (chosen && chosen->isOpen()) {
            QAction *reconnect = menu.addAction(tr("Reconnect"), this, [this, id] {
                closeProfile(id);
                openProfile(id);
            });
            reconnect->setObjectName(u"reconnectProfileAction"_s);
            menu.addAction(tr("Disconnect"), this, [this, id] { closeProfile(id); })
                ->setObjectName(u"disconnectProfileAction"_s);
        } else {
            menu.addAction(tr("Connect"), this, [this, id] { openProfile(id); })
                ->setObjectName(u"connectProfileAction"_s);
        }
        menu.addSeparator();
        menu.addAction(tr("Edit profile…"), this, [this, id] { emit editProfileRequested(id); })
            ->setObjectName(u"editProfileAction"_s);
        menu.addAction(tr("Duplicate profile"), this, [this, id] { emit duplicateProfileRequested(id); })
            ->setObjectName(u"duplicateProfileAction"_s);
        menu.addAction(tr("Remove profile…"), this, [this, id] { emit removeProfileRequested(id); })
            ->setObjectName(u"removeProfileAction"_s);
        menu.addSeparator();
        menu.addAction(tr("Add a connection profile…"), this, &ExplorerWidget::addProfileRequested)
            ->setObjectName(u"addProfileAction"_s);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
        return;
    }
    if (const QModelIndex source = toTree(index); index.isValid() && m_model->kindOf(source) == Kind::Problem) {
        menu.addAction(tr("Retry now"), this, [source = QPersistentModelIndex(source)] {
            if (source.isValid()) // not loaded meanwhile; its own profile's tree, whichever is current now
                static_cast<DbTreeModel *>(const_cast<QAbstractItemModel *>(source.model()))->retry(source);
        });
        // Taken now: the row may be gone (loaded after all) by the time the menu closes.
        const QString details = source.data(Qt::ToolTipRole).toString();
        menu.addAction(tr("Copy error details"), this, [details] { QApplication::clipboard()->setText(details); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
        return;
    }
    if (const QModelIndex source = toTree(index);
        index.isValid() && source.data(DbTreeModel::KindRole).value<Kind>() == Kind::AuraSnapshot) {
        const QModelIndex instanceRow = source.parent().parent();
        const std::optional<AuraInstance> instance =
            m_model->auraInstance(instanceRow.data(DbTreeModel::IdRole).toString());
        const QString snapshotId = source.data(DbTreeModel::IdRole).toString().mid(14);
        if (instance && instance->status == u"running") {
            menu.addAction(tr("Restore into %1…").arg(instance->name), this,
                           [this, instance, snapshotId] {
                               auto *confirm = new TypedNameDialog(
                                   tr("Restore snapshot"),
                                   tr("Replace all data of “%1” with this snapshot? What it holds now is lost.")
                                       .arg(instance->name),
                                   instance->name, tr("Restore"), this);
                               confirm->onConfirmed(
                                   [actions = currentSession()->auraActions(), instance, snapshotId](bool) {
                                       actions->restore(instance->id, instance->name, snapshotId);
                                   });
                               confirm->open();
                           })
                ->setObjectName(u"auraRestoreAction"_s);
            menu.addSeparator();
        }
    }
    // Overwrite: an instance's data replaced by another's (chosen here), or by a snapshot's.
    if (const QModelIndex source = toTree(index); index.isValid()) {
        const Kind kind = source.data(DbTreeModel::KindRole).value<Kind>();
        const QModelIndex instanceRow = kind == Kind::AuraSnapshot ? source.parent().parent() : source;
        const std::optional<AuraInstance> from =
            m_model->auraInstance(instanceRow.data(DbTreeModel::IdRole).toString());
        if (from && (kind == Kind::AuraInstance || kind == Kind::AuraSnapshot)) {
            const QString snapshotId =
                kind == Kind::AuraSnapshot ? source.data(DbTreeModel::IdRole).toString().mid(14) : QString();
            QAction *overwrite =
                menu.addAction(kind == Kind::AuraSnapshot ? tr("Overwrite another instance from this snapshot…")
                                                          : tr("Overwrite another instance from this one…"),
                               this, [this, from = *from, snapshotId] { overwriteFrom(from, snapshotId); });
            overwrite->setObjectName(u"auraOverwriteAction"_s);
            // Offered but disabled when nothing can take the data, so the menu says why not.
            if (overwriteTargets(*from).isEmpty()) {
                overwrite->setEnabled(false);
                overwrite->setText(tr("Overwrite another instance (none running)"));
            }
        }
    }
    if (index.isValid())
        m_lakebase->addMenuActions(menu, toTree(index));
    if (currentSession()->auraActions()->client() && index.isValid()) {
        menu.addAction(tr("New Aura instance…"), this, &ExplorerWidget::newAuraInstance)
            ->setObjectName(u"newAuraInstanceAction"_s);
        menu.addSeparator();
    }
    if (const QString queue = selectedQueue(); !queue.isEmpty()) {
        menu.addAction(tr("Open inspector"), this, [this, queue] { openQueue(queue, QueueInspector::OverviewPage); });
        menu.addAction(tr("Browse dead letters"), this,
                       [this, queue] { openQueue(queue, QueueInspector::DeadLettersTab); });
        menu.addAction(tr("Purge…"), this, [this, queue] {
            if (QueueInspector *open = openQueue(queue, QueueInspector::OverviewPage))
                open->purge();
        });
        menu.addSeparator();
    }
    for (QAction *action : {m_newProject, m_newBranch, m_snapshot, m_restore, m_newQueue})
        if (action->isEnabled())
            menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_refresh);
    if (m_delete->isEnabled()) {
        menu.addSeparator();
        menu.addAction(m_delete);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void ExplorerWidget::newProject()
{
    if (m_model->lakebase()->client())
        return m_lakebase->run(u"lbNewProject"_s, {});
    if (!m_model->client())
        return;
    (new NewProjectDialog(m_actions, m_model->client(), this))->open();
}

void ExplorerWidget::newBranch()
{
    const QString id = selectedId();
    std::optional<DbProject> project = m_model->project(id);
    QString source;
    if (const std::optional<DbBranch> branch = m_model->branch(id)) {
        project = m_model->project(branch->projectId);
        source = branch->id;
    }
    if (!project)
        return;
    (new NewBranchDialog(m_actions, *project, m_model->branchesOf(project->id), source, this))->open();
}

void ExplorerWidget::snapshotSelected()
{
    if (const std::optional<DbProject> project = m_model->project(selectedId()))
        (new SnapshotDialog(m_actions, SnapshotDialog::Purpose::CreateSnapshot, project->id, project->name, this))
            ->open();
}

void ExplorerWidget::restoreSelected()
{
    const std::optional<DbSnapshot> snapshot = m_model->snapshot(selectedId());
    if (!snapshot)
        return;
    const std::optional<DbProject> source = m_model->project(snapshot->projectId);
    (new SnapshotDialog(m_actions, SnapshotDialog::Purpose::Restore, snapshot->id,
                        source ? source->name : snapshot->projectId, this))
        ->open();
}

void ExplorerWidget::deleteSelected()
{
    const QString id = selectedId();
    if (const QString queue = selectedQueue(); !queue.isEmpty()) {
        const std::optional<QueueStats> stats = m_model->queueStats(queue);
        (new QueueConfirmDialog(m_queueActions, QueueConfirmDialog::Purpose::Delete, queue,
                                stats ? stats->available + stats->inFlight : -1, this))
            ->open();
        return;
    }
    if (const std::optional<DbProject> project = m_model->project(id)) {
        const int branches = int(m_model->branchesOf(id).size());
        QStringList consequences{branches > 0
                                     ? tr("its %n loaded branch(es), and any not loaded yet", nullptr, branches)
                                     : tr("all of its branches"),
                                 tr("all of its snapshots")};
        (new DeleteConfirmDialog(m_actions, DeleteConfirmDialog::Target::Project, id, project->name, consequences,
                                 this))
            ->open();
        return;
    }
    const std::optional<DbBranch> branch = m_model->branch(id);
    if (!branch)
        return;
    if (branch->parentBranchId.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Delete branch"),
                                    tr("<b>%1</b> is the project's root branch; it goes only with the project.")
                                        .arg(branch->name.toHtmlEscaped()),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"rootBranchMessage"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!m_model->childBranchIds(id).isEmpty()) {
        explainChildBranches(id);
        return;
    }
    (new DeleteConfirmDialog(m_actions, DeleteConfirmDialog::Target::Branch, id, branch->name, {}, this))->open();
}

void ExplorerWidget::explainChildBranches(const QString &branchId)
{
    const QStringList children = m_model->childBranchIds(branchId);
    QStringList names;
    for (const QString &child : children)
        names << m_model->branch(child)->name;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Delete branch"),
                        tr("This branch has %n child branch(es): %1. Delete them first.", nullptr, int(children.size()))
                            .arg(names.join(u", "_s)),
                        QMessageBox::Close, this);
    box->setObjectName(u"childBranchesMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *select = box->addButton(tr("Select them"), QMessageBox::AcceptRole);
    select->setObjectName(u"selectChildren"_s);
    connect(select, &QPushButton::clicked, this, [this, children] {
        const QModelIndex first = toView(m_model->indexForId(children.first()));
        m_tree->expand(first.parent());
        selectId(children.first());
    });
    box->open();
}

void ExplorerWidget::chainTabOrder(QWidget *after)
{
    // Tab reads left to right: filter → tree → details / inspector tabs.
    if (after)
        setTabOrder(after, m_filter);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_tabs);
}

QStringList ExplorerWidget::expandedKeys() const
{
    QStringList keys;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex child = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                keys << keyOfView(child);
                pending.push_back(child);
            }
        }
    }
    return keys;
}

void ExplorerWidget::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const bool wasFiltering = !m_proxy->filterText().isEmpty();
    if (!wasFiltering && !text.isEmpty())
        m_unfilteredExpansion = expandedKeys(); // to come back to when the filter is cleared
    {
        const QScopedValueRollback guard(m_applyingFilter, true);
        m_proxy->setFilterText(text);
        if (text.isEmpty()) {
            if (wasFiltering) {
                m_tree->collapseAll();
                for (const QString &key : std::as_const(m_unfilteredExpansion))
                    m_tree->expand(viewForKey(key));
            }
        } else if (m_profiles->filterHitCount() <= 500) {
            // Matches are only useful when visible; a broad filter opens just the projects.
            m_tree->expandAll();
        } else {
            for (ProfileSession *each : m_sessions)
                if (each->isAttached())
                    m_tree->expand(toView(each->tree()->databasesIndex()));
        }
        // The operator's selection when it is visible; otherwise nothing, so neither the
        // details nor an action act on a hidden row.
        const QModelIndex kept = viewForKey(m_selectionKey);
        m_tree->selectionModel()->setCurrentIndex(kept,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (kept.isValid())
            m_tree->scrollTo(kept);
    }
    showDetails();
    updateActions();
    updateNothingMatches();
}

void ExplorerWidget::updateNothingMatches()
{
    const QString text = m_proxy->filterText();
    const bool nothing = !text.isEmpty() && m_profiles->filterHitCount() == 0;
    m_nothingMatches->setVisible(nothing);
    if (nothing)
        m_nothingMatches->setTextFunction([text] { return tr("Nothing matches “%1”.").arg(text); });
}

void ExplorerWidget::refresh()
{
    // F5 on a profile refreshes all of it; a profile that never answered is asked again.
    ProfileSession *now = currentSession();
    if (now->isOpen() && !now->isAttached()) {
        now->connection()->check();
        return;
    }
    const QModelIndex current = toTree(m_tree->currentIndex());
    m_model->refresh(current.isValid() ? current : QModelIndex());
}

QString ExplorerWidget::selectedQueue() const
{
    return m_tree->currentIndex().data(DbTreeModel::QueueNameRole).toString();
}

void ExplorerWidget::newQueue()
{
    if (!m_queueActions->client())
        return;
    (new NewQueueDialog(m_queueActions, m_model->queueNames(), this))->open();
}

QueueInspector *ExplorerWidget::inspector(const QString &name) const
{
    const QString profile = currentSession()->id();
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i));
            open && open->queueName() == name && open->profileId() == profile)
            return open;
    return nullptr;
}

QueueInspector *ExplorerWidget::openQueue(const QString &name, int page)
{
    QueueInspector *open = inspector(name);
    if (!open) {
        const std::optional<QueueRecord> record = m_model->queue(name);
        if (!record || !m_connection)
            return nullptr;
        open = new QueueInspector(m_queueActions, m_stats, m_secrets, m_connection->profile().id, m_model, *record,
                                  m_tabs);
        open->setHealth(m_connection->health());
        m_tabs->addTab(open, name);
        updateTabTitles();
        if (m_tabs->count() == 2) { // the first inspector: room for it, and the tree's names
            const int tree = std::max(m_splitter->width() * 2 / 5, std::min(300, m_splitter->width() / 2));
            m_splitter->setSizes({tree, m_splitter->width() - tree});
        }
    }
    m_tabs->setCurrentWidget(open);
    open->showPage(QueueInspector::Page(page));
    return open;
}

void ExplorerWidget::saveLayout(QSettings &settings) const
{
    settings.setValue(u"layout/explorerSplitter"_s, m_splitter->saveState());
    settings.setValue(u"layout/treeHeader"_s, m_tree->header()->saveState());
    QStringList queues;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (const auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i)))
            queues << u"%1\n%2\n%3"_s.arg(open->profileId(), open->queueName()).arg(open->pages()->currentIndex());
    settings.setValue(u"layout/openQueues"_s, queues);
}

void ExplorerWidget::restoreLayout(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(u"layout/explorerSplitter"_s).toByteArray());
    m_tree->header()->restoreState(settings.value(u"layout/treeHeader"_s).toByteArray());
}

QList<ExplorerWidget::OpenQueue> ExplorerWidget::savedQueues(const QSettings &settings)
{
    QList<OpenQueue> queues;
    for (const QString &entry : settings.value(u"layout/openQueues"_s).toStringList())
        if (const QStringList parts = entry.split(u'\n'); parts.size() == 3)
            queues.append({parts[0], parts[1], parts[2].toInt()});
    return queues;
}

void ExplorerWidget::closeInspectors(const QString &profileId)
{
    for (int i = m_tabs->count() - 1; i >= 1; --i)
        if (auto *open = qobject_cast<QueueInspector *>(m_tabs->widget(i));
            open && (profileId.isEmpty() || open->profileId() == profileId))
            delete open;
    updateTabTitles();
}
