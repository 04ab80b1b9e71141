#pragma once

#include "explorer/ProfilesTreeModel.h"
#include "profiles/Connection.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>

class AuraActions;
class LakebaseActions;
class DbActions;
class DbTreeModel;
class OperationTracker;
class QNetworkAccessManager;
class QueueActions;
class QueueStatsHub;
class RequestLog;
class SecretStore;

// Everything one connection profile has in the explorer: its connection (made when the
// profile is opened, dropped when it is closed), its resource tree, its action controllers
// and its live counts. Profiles side by side never share any of it, so an action in one
// can only reach its own account.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    struct Environment
    {
        QNetworkAccessManager *network = nullptr;
        SecretStore *secrets = nullptr;
        RequestLog *log = nullptr;
        OperationTracker *tracker = nullptr;
    };

    ProfileSession(const Profile &profile, const Environment &environment, QObject *parent = nullptr);
    ~ProfileSession() override;

    const Profile &profile() const { return m_profile; }
    QString id() const { return m_profile.id; }
    // A changed profile (name, URL): an open connection is made again to the new address.
    void setProfile(const Profile &profile);
    // setProfile(profile) would drop the connection and make a new one.
    bool wouldReconnect(const Profile &profile) const
    {
        // How it signs in is part of the connection too (an OAuth client id, a token or OAuth).
        return isOpen() &&
               (profile.baseUrl != m_profile.baseUrl || profile.kind != m_profile.kind ||
                profile.fields.value(QStringLiteral("auth")) != m_profile.fields.value(QStringLiteral("auth")) ||
                profile.fields.value(QStringLiteral("client_id")) !=
                    m_profile.fields.value(QStringLiteral("client_id")));
    }

    // Connects (reads the key from the keychain only now) / drops the connection.
    void open();
    void close();
    bool isOpen() const { return m_connection != nullptr; }
    // Null until opened.
    Connection *connection() const { return m_connection; }
    // The tree has its connection's clients (the connection answered once).
    bool isAttached() const;

    DbTreeModel *tree() const { return m_tree; }
    DbActions *actions() const { return m_actions; }
    QueueActions *queueActions() const { return m_queueActions; }
    QueueStatsHub *stats() const { return m_stats; }
    AuraActions *auraActions() const { return m_auraActions; }
    LakebaseActions *lakebaseActions() const { return m_lakebaseActions; }

    // What the profile's row says.
    ProfilesTreeModel::State displayState() const;
    QString stateDetail() const;

signals:
    // The connection's state or health changed (displayState() may differ).
    void stateChanged();
    // The tree got its clients (first answer of a new connection).
    void attached();

private:
    void attach();

    Profile m_profile;
    Environment m_env;
    QPointer<Connection> m_connection;
    DbTreeModel *m_tree;
    QueueStatsHub *m_stats;
    DbActions *m_actions;
    QueueActions *m_queueActions;
    AuraActions *m_auraActions;
    LakebaseActions *m_lakebaseActions;
};
