#pragma once

#include "api/ApiError.h"
#include "profiles/Profile.h"

#include <QObject>

#include <memory>

class ApiTransport;
class AuraClient;
class LakebaseClient;
class OAuthTokenProvider;
class InfraiDbClient;
class InfraiQueueClient;
class QNetworkAccessManager;
class RecoverySchedule;
class RequestLog;
class SecretStore;
class ServiceHealth;
class StaticTokenProvider;

// A live connection for one profile: reads its key from the keychain, owns the profile's
// transport and typed clients, and knows whether the service answers.
// Online means the server answers, whatever it answers: a list failing with 503 or
// malformed JSON shows in that list and in health(), and the rest keeps working. Offline
// means the network cannot reach it (refused, no such host, TLS, timeout, dropped); the
// connection then checks again by itself with a growing delay (recovery()).
class Connection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { LoadingKey, NoKey, KeychainProblem, Checking, Online, Offline, Rejected };
    Q_ENUM(State)
    // Under Aura's documented 125 a minute, leaving room for the console's own bursts.
    static constexpr int AuraRequestsPerMinute = 100;

    Connection(const Profile &profile, QNetworkAccessManager *network, SecretStore *secrets, RequestLog *log,
               QObject *parent = nullptr);
    ~Connection() override;

    const Profile &profile() const { return m_profile; }
    State state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QString keychainMessage() const { return m_keychainMessage; }
    ApiTransport *transport() const { return m_transport; }
    ServiceHealth *health() const { return m_health; }
    // While Offline: when the next check runs.
    RecoverySchedule *recovery() const { return m_recovery; }
    // A check is in flight while Offline (the state stays Offline until it answers).
    bool isRechecking() const { return m_rechecking; }
    InfraiDbClient *db() const { return m_db.get(); }
    InfraiQueueClient *queues() const { return m_queues.get(); }
    // Null unless the profile is a Neo4j Aura one (then db() and queues() are null).
    AuraClient *aura() const { return m_aura.get(); }
    // Null unless the profile is a Databricks Lakebase one.
    LakebaseClient *lakebase() const { return m_lakebase.get(); }

    // Reads the key, then checks the service with a cheap authenticated call.
    void open();
    void check();
    // While Offline: checks now instead of at the scheduled time.
    void retryNow();
    // Off for a one-shot test of a profile: Offline then stays until asked again.
    void setAutoRecover(bool on) { m_autoRecover = on; }
    // Uses a key entered by the user (already saved or kept for the session).
    void useKey(const QString &key);
    // The profile was renamed (nothing to reconnect for).
    void rename(const QString &name);

signals:
    void stateChanged(Connection::State state);

private:
    void setState(State state);
    void goOffline(const ApiError &error);
    void recheck();

    Profile m_profile;
    SecretStore *m_secrets;
    ApiTransport *m_transport;
    std::shared_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<InfraiDbClient> m_db;
    std::unique_ptr<InfraiQueueClient> m_queues;
    std::shared_ptr<OAuthTokenProvider> m_oauth;
    std::unique_ptr<AuraClient> m_aura;
    std::unique_ptr<LakebaseClient> m_lakebase;
    ServiceHealth *m_health;
    RecoverySchedule *m_recovery;
    State m_state = State::LoadingKey;
    bool m_rechecking = false;
    bool m_autoRecover = true;
    // Bumped on every change of state: a check answered after one is about the past.
    quint64 m_generation = 0;
    ApiError m_lastError;
    QString m_keychainMessage;
};
