#include "ProfileSession.h"

#include "aura/AuraActions.h"
#include "aura/AuraSection.h"
#include "db/DbActions.h"
#include "explorer/DbTreeModel.h"
#include "explorer/TreeNode.h"
#include "lakebase/LakebaseActions.h"
#include "lakebase/LakebaseSection.h"
#include "profiles/ServiceHealth.h"
#include "queue/QueueActions.h"
#include "queue/QueueStatsHub.h"

ProfileSession::ProfileSession(const Profile &profile, const Environment &environment, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_env(environment),
      m_tree(new DbTreeModel(this)),
      m_stats(new QueueStatsHub(this)),
      m_actions(new DbActions(m_tree, environment.tracker, this)),
      m_queueActions(new QueueActions(environment.tracker, m_stats, this)),
      m_auraActions(new AuraActions(m_tree, environment.tracker, environment.secrets, this)),
      m_lakebaseActions(new LakebaseActions(m_tree, environment.tracker, this))
{
    m_tree->setStatsHub(m_stats);
    // The console's own queue changes show in this profile's tree at once.
    connect(m_queueActions, &QueueActions::queueSaved, m_tree, &DbTreeModel::upsertQueue);
    connect(m_queueActions, &QueueActions::queueDeleted, m_tree, &DbTreeModel::removeQueue);
}

ProfileSession::~ProfileSession()
{
    const QSignalBlocker quiet(this); // nobody to tell while going away
    close();
}

void ProfileSession::setProfile(const Profile &profile)
{
    const bool reconnect = wouldReconnect(profile);
    m_profile = profile;
    if (reconnect) {
        close();
        open();
    } else if (m_connection) {
        m_connection->rename(profile.name);
    }
    emit stateChanged();
}

void ProfileSession::open()
{
    if (m_connection)
        return;
    m_connection = new Connection(m_profile, m_env.network, m_env.secrets, m_env.log, this);
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        // Statuses shown while the service cannot be reached are the last known ones: say so.
        m_tree->setReachable(state != Connection::State::Offline);
        if (state == Connection::State::Online)
            attach();
        emit stateChanged();
    });
    connect(m_connection->health(), &ServiceHealth::changed, this, &ProfileSession::stateChanged);
    m_connection->open();
    emit stateChanged();
}

void ProfileSession::close()
{
    if (!m_connection)
        return;
    // Settling operations of this connection end as cancelled; the tree empties.
    m_actions->setClient(nullptr);
    m_queueActions->setClient(nullptr);
    m_auraActions->setClient(nullptr);
    m_lakebaseActions->setClient(nullptr);
    m_stats->setClient(nullptr);
    m_tree->setClient(nullptr, {});
    Connection *gone = m_connection;
    m_connection = nullptr;
    gone->disconnect(this);
    gone->deleteLater();
    emit stateChanged();
}

bool ProfileSession::isAttached() const
{
    if (!m_connection || !m_tree->isConnected())
        return false;
    if (m_connection->aura())
        return m_tree->aura()->client() == m_connection->aura();
    if (m_connection->lakebase())
        return m_tree->lakebase()->client() == m_connection->lakebase();
    return m_tree->client() == m_connection->db();
}

void ProfileSession::attach()
{
    if (isAttached())
        return;
    const ProfileRef ref{m_profile.id, m_profile.name};
    if (AuraClient *aura = m_connection->aura()) {
        m_tree->setAuraClient(aura, m_profile.name);
        m_auraActions->setClient(aura, ref);
        emit attached();
        return;
    }
    if (LakebaseClient *lakebase = m_connection->lakebase()) {
        m_tree->setLakebaseClient(lakebase, m_profile.name);
        m_lakebaseActions->setClient(lakebase, ref);
        emit attached();
        return;
    }
    m_stats->setClient(m_connection->queues());
    m_queueActions->setClient(m_connection->queues(), ref);
    m_tree->setClient(m_connection->db(), m_profile.name, m_connection->queues());
    m_actions->setClient(m_connection->db(), ref);
    emit attached();
}

ProfilesTreeModel::State ProfileSession::displayState() const
{
    using State = ProfilesTreeModel::State;
    if (!m_connection)
        return State::NotConnected;
    switch (m_connection->state()) {
    case Connection::State::LoadingKey:
    case Connection::State::Checking: return State::Connecting;
    case Connection::State::Online: return m_connection->health()->isDegraded() ? State::Degraded : State::Online;
    case Connection::State::Offline: return State::Unreachable;
    case Connection::State::NoKey: return State::KeyMissing;
    case Connection::State::Rejected: return State::Rejected;
    case Connection::State::KeychainProblem: return State::KeychainProblem;
    }
    return State::NotConnected;
}

QString ProfileSession::stateDetail() const
{
    if (!m_connection)
        return {};
    if (m_connection->state() == Connection::State::NoKey ||
        m_connection->state() == Connection::State::KeychainProblem)
        return m_connection->keychainMessage();
    return m_connection->lastError().isError() ? m_connection->lastError().message() : QString();
}
