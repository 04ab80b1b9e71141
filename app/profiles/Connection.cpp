#include "profiles/Connection.h"

#include "api/ApiTransport.h"
#include "api/db/InfraiDbClient.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/SecretStore.h"
#include "auth/TokenProvider.h"

using namespace Qt::StringLiterals;

Connection::Connection(const Profile &profile, QNetworkAccessManager *network, SecretStore *secrets, RequestLog *log,
                       QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_secrets(secrets),
      m_transport(new ApiTransport(network, profile.baseUrl, this)),
      m_tokens(std::make_shared<StaticTokenProvider>()),
      m_db(std::make_unique<InfraiDbClient>(m_transport)),
      m_queues(std::make_unique<InfraiQueueClient>(m_transport))
{
    m_transport->setTokenProvider(m_tokens);
    m_transport->setRequestLog(log);
    connect(m_transport, &ApiTransport::reachabilityChanged, this, [this](bool reachable, const ApiError &error) {
        if (m_state == State::Online || m_state == State::Offline) {
            m_lastError = error;
            setState(reachable ? State::Online : State::Offline);
        }
    });
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
    check();
}

void Connection::check()
{
    if (!m_tokens->hasKey()) {
        setState(State::NoKey);
        return;
    }
    setState(State::Checking);
    m_db->listProjects({}, 1, this, [this](const Page<DbProject> &, const ApiError &error) {
        m_lastError = error;
        using Kind = ApiError::Kind;
        if (!error.isError())
            setState(State::Online);
        else if (error.kind() == Kind::Unauthorized || error.kind() == Kind::Forbidden)
            setState(State::Rejected);
        else if (error.kind() == Kind::Cancelled)
            return;
        else
            setState(State::Offline);
    });
}

void Connection::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}
