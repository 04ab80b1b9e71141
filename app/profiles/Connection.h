#pragma once

#include "api/ApiError.h"
#include "profiles/Profile.h"

#include <QObject>

#include <memory>

class ApiTransport;
class InfraiDbClient;
class InfraiQueueClient;
class QNetworkAccessManager;
class RequestLog;
class SecretStore;
class StaticTokenProvider;

// A live connection for one profile: reads its key from the keychain, owns the profile's
// transport and typed clients, and knows whether the service answers.
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { LoadingKey, NoKey, KeychainProblem, Checking, Online, Offline, Rejected };
    Q_ENUM(State)

    Connection(const Profile &profile, QNetworkAccessManager *network, SecretStore *secrets, RequestLog *log,
               QObject *parent = nullptr);
    ~Connection() override;

    const Profile &profile() const { return m_profile; }
    State state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QString keychainMessage() const { return m_keychainMessage; }
    ApiTransport *transport() const { return m_transport; }
    InfraiDbClient *db() const { return m_db.get(); }
    InfraiQueueClient *queues() const { return m_queues.get(); }

    // Reads the key, then checks the service with a cheap authenticated call.
    void open();
    void check();
    // Uses a key entered by the user (already saved or kept for the session).
    void useKey(const QString &key);

signals:
    void stateChanged(Connection::State state);

private:
    void setState(State state);

    Profile m_profile;
    SecretStore *m_secrets;
    ApiTransport *m_transport;
    std::shared_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<InfraiDbClient> m_db;
    std::unique_ptr<InfraiQueueClient> m_queues;
    State m_state = State::LoadingKey;
    ApiError m_lastError;
    QString m_keychainMessage;
};
