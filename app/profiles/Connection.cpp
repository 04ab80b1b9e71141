#include "profiles/Connection.h"

#include "api/ApiTransport.h"
#include "api/RecoverySchedule.h"
#include "api/RequestBudget.h"
#include "api/aura/AuraClient.h"
#include "api/db/InfraiDbClient.h"
#include "api/lakebase/LakebaseClient.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/OAuthTokenProvider.h"
#include "auth/SecretStore.h"
#include "auth/TokenProvider.h"
#include "profiles/ServiceHealth.h"

using namespace Qt::StringLiterals;

namespace {
// No server could be talked to at all: nothing to confirm.
bool isCertainlyUnreachable(const ApiError &error)
{
    using Kind = ApiError::Kind;
    return error.kind() == Kind::ConnectionRefused || error.kind() == Kind::HostNotFound || error.kind() == Kind::Tls;
}

// The network could not carry the call: nothing the server said.
bool isUnreachable(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind()) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::ConnectionDropped:
    case Kind::Tls:
    case Kind::Network: return true;
    default: return false;
    }
}
// Lakebase's calls live under the workspace's root, whatever path its URL was given with.
QUrl serviceRoot(const Profile &profile)
{
    if (profile.kind != Profile::Kind::Lakebase)
        return profile.baseUrl;
    QUrl root = profile.baseUrl;
    root.setPath({});
    root.setQuery(QString());
    root.setFragment({});
    return root;
}
} // namespace

Connection::Connection(const Profile &profile, QNetworkAccessManager *network, SecretStore *secrets, RequestLog *log,
                       QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_secrets(secrets),
      m_transport(new ApiTransport(network, serviceRoot(profile), this)),
      m_tokens(std::make_shared<StaticTokenProvider>()),
      m_health(new ServiceHealth(this)),
      m_recovery(new RecoverySchedule(this))
{
    if (profile.kind == Profile::Kind::Aura) {
        // OAuth client credentials; a 403 means a stale token; one budget for the account
        // keeps everything under Aura's 125 requests a minute (with room to spare).
        m_oauth = std::make_shared<OAuthTokenProvider>(network, profile.baseUrl.resolved(QUrl(u"/oauth/token"_s)));
        m_transport->setTokenProvider(m_oauth);
        m_transport->setRefreshOnForbidden(true);
        m_transport->setBudget(std::make_shared<RequestBudget>(AuraRequestsPerMinute));
        m_transport->setCredentialVariable(u"AURA_TOKEN"_s);
        m_aura = std::make_unique<AuraClient>(m_transport);
    } else if (profile.kind == Profile::Kind::Lakebase) {
        // A personal access token, or OAuth M2M with the token endpoint from the workspace's
        // discovery document; an expired token is a 401, refreshed once.
        if (profile.fields.value(u"auth"_s).toString() == u"oauth") {
            const QUrl root = serviceRoot(profile);
            m_oauth = std::make_shared<OAuthTokenProvider>(network, root.resolved(QUrl(u"/oidc/v1/token"_s)));
            m_oauth->setDiscoveryUrl(root.resolved(QUrl(u"/oidc/.well-known/oauth-authorization-server"_s)));
            m_oauth->setExtraForm(u"scope=all-apis"_s);
            m_transport->setTokenProvider(m_oauth);
        } else {
            m_transport->setTokenProvider(m_tokens);
        }
        m_transport->setCredentialVariable(u"DATABRICKS_TOKEN"_s);
        m_lakebase = std::make_unique<LakebaseClient>(m_transport);
    } else {
        m_transport->setTokenProvider(m_tokens);
        m_db = std::make_unique<InfraiDbClient>(m_transport);
        m_queues = std::make_unique<InfraiQueueClient>(m_transport);
    }
    m_transport->setRequestLog(log);
    m_transport->setLogSource(profile.name);
    // Any call may be the first to find the service gone or back.
    connect(m_transport, &ApiTransport::reachabilityChanged, this, [this](bool reachable, const ApiError &error) {
        if (m_state != State::Online && m_state != State::Offline)
            return;
        if (reachable && m_rechecking)
            return; // the check in flight decides (it also knows a rejected key)
        if (!reachable) {
            // A refused connection is the server gone; one call's dropped connection or
            // timeout may be that call alone, so the probe decides.
            if (isCertainlyUnreachable(error))
                goOffline(error);
            else if (m_state == State::Online)
                recheck();
        } else if (m_state == State::Offline) {
            m_recovery->succeeded();
            m_lastError = {};
            setState(State::Online);
        }
    });
    connect(m_recovery, &RecoverySchedule::due, this, &Connection::recheck);
}

Connection::~Connection() = default;

void Connection::open()
{
    setState(State::LoadingKey);
    m_secrets->read(m_profile.id, u"api-key"_s, this, [this](const SecretStore::Result &result) {
        if (result.ok()) {
            useKey(result.secret);
            return;
        }
        m_keychainMessage = result.message();
        setState(result.status == SecretStore::Status::NotFound ? State::NoKey : State::KeychainProblem);
    });
}

void Connection::useKey(const QString &key)
{
    m_tokens->setKey(key);
    if (m_oauth) // the key is the client secret; the client id is in the profile
        m_oauth->setCredentials(m_profile.fields.value(u"client_id"_s).toString(), key);
    check();
}

void Connection::rename(const QString &name)
{
    m_profile.name = name;
    m_transport->setLogSource(name);
    emit stateChanged(m_state);
}

void Connection::check()
{
    if (!m_tokens->hasKey()) {
        setState(State::NoKey);
        return;
    }
    m_recovery->pause();
    setState(State::Checking);
    recheck();
}

void Connection::retryNow()
{
    if (m_state == State::Offline && !m_rechecking)
        m_recovery->retryNow();
}

void Connection::recheck()
{
    if (m_rechecking)
        return;
    m_rechecking = true;
    const quint64 generation = m_generation;
    if (m_state == State::Offline)
        emit stateChanged(m_state); // "retrying now…"
    // A cheap authenticated read that no view depends on (so one failing list cannot make
    // the whole service look gone). Only the network decides Offline; a server that answers
    // with an error is online, and the view whose call failed says so where its data would be.
    auto answered = [this, generation](const ApiError &error) {
        if (generation != m_generation)
            return; // the state moved on while it was out (and a newer check may be under way)
        m_rechecking = false;
        using Kind = ApiError::Kind;
        if (error.kind() == Kind::Cancelled)
            return;
        m_lastError = error;
        if (error.kind() == Kind::Unauthorized || error.kind() == Kind::Forbidden) {
            m_recovery->succeeded();
            setState(State::Rejected);
        } else if (isUnreachable(error)) {
            goOffline(error);
        } else {
            m_recovery->succeeded();
            if (m_state != State::Online) // the transport may have said so already
                setState(State::Online);
        }
    };
    if (m_aura)
        m_aura->listTenants(this, [answered](const QList<AuraTenant> &, const ApiError &error) { answered(error); });
    else if (m_lakebase)
        m_lakebase->listProjects(
            {}, false, this,
            [answered](const LakebasePage<LakebaseProject> &, const ApiError &error) { answered(error); });
    else
        m_db->discover(u"db.project.create"_s, this,
                       [answered](const DiscoveryInfo &, const ApiError &error) { answered(error); });
}

void Connection::goOffline(const ApiError &error)
{
    m_lastError = error;
    if (m_autoRecover && !m_recovery->isScheduled())
        m_recovery->failed();
    if (m_state != State::Offline)
        setState(State::Offline);
    else
        emit stateChanged(m_state); // the same state, a newer error and delay
}

void Connection::setState(State state)
{
    ++m_generation;
    m_rechecking = false; // a check still out is about the state before this one
    m_state = state;
    emit stateChanged(state);
}
