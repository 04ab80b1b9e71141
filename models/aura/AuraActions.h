#pragma once

#include "ConnectionScope.h"
#include "api/aura/AuraTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

class ApiCall;
class ApiError;
class AuraClient;
class DbTreeModel;
class OperationTracker;
class SecretStore;

// Neo4j Aura lifecycle calls as Operations dock entries: each is pending while the call is
// out, settling while the instance moves through its transitional status (followed by the
// tree within the request budget), and done when the status settles where it should.
class AuraActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuraActions)

public:
    AuraActions(DbTreeModel *tree, OperationTracker *tracker, SecretStore *secrets, QObject *parent = nullptr);

    // The keychain item that holds an instance's initial password.
    static QString passwordItem(const QString &instanceId) { return QStringLiteral("aura-password:") + instanceId; }

    void setClient(AuraClient *client, const ProfileRef &profile = {});
    AuraClient *client() const { return m_client; }
    // How often a snapshot being taken is asked about (ms).
    int snapshotPollMs = 5000;

    // Creates an instance. Its password is in the answer only: it goes to the keychain before
    // anything else, then passwordReady offers it to the operator, once. After a lost answer
    // the instances are listed and the name looked for before a retry is offered.
    int create(const AuraNewInstance &spec);
    int pause(const QString &instanceId, const QString &name);
    int resume(const QString &instanceId, const QString &name);
    int remove(const QString &instanceId, const QString &name);
    int resize(const QString &instanceId, const QString &name, const QString &memory);
    int rename(const QString &instanceId, const QString &name, const QString &newName);
    // Replaces the instance's data with the snapshot's.
    int restore(const QString &instanceId, const QString &name, const QString &snapshotId);
    // Done when the snapshot is Completed (polled), then the instance's Snapshots re-list.
    int takeSnapshot(const QString &instanceId, const QString &name);
    // Replaces the instance's data with another instance's (or that one's snapshot).
    int overwrite(const QString &instanceId, const QString &name, const QString &sourceInstanceId,
                  const QString &sourceSnapshotId = {});

signals:
    // A new instance's initial password, already in the keychain (or `stored` false with why).
    void passwordReady(const AuraInstance &instance, bool stored, const QString &keychainMessage);

private:
    void checkLostCreate(int operation, const AuraNewInstance &spec, const QSet<QString> &known, const ApiError &error);
    using Send =
        std::function<ApiCall *(QObject *context, std::function<void(const AuraInstance &, const ApiError &)>)>;
    int run(Operation::Kind kind, const QString &instanceId, const QString &name, const QString &settlesTo, Send send);
    void onSettled(const QString &instanceId, const QString &status);
    void pollSnapshot(int operation, const QString &instanceId, const QString &snapshotId);

    DbTreeModel *m_tree;
    OperationTracker *m_tracker;
    SecretStore *m_secrets;
    AuraClient *m_client = nullptr;
    ConnectionScope m_scope;
    struct Settling
    {
        int operation;
        QString expected; // the status it should settle in ("" for gone)
    };
    QHash<QString, Settling> m_settling;
};
