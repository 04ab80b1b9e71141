#pragma once

#include "ConnectionScope.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "api/queue/QueueTypes.h"
#include "ops/OperationTracker.h"
#include "queue/RedriveJob.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

class InfraiQueueClient;
class QueueStatsHub;

// Runs the queue inspector's mutating actions. Each is an entry in the operation tracker
// at once; bulk work (batch publish, ack / nack of a selection, redrive) runs a few calls
// at a time with live progress, and a failed entry retries only what did not go through,
// with the same idempotency keys, so nothing is done twice. Afterwards the stats hub polls
// the queues involved, so every count on screen follows by itself.
class QueueActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueActions)

public:
    QueueActions(OperationTracker *tracker, QueueStatsHub *stats, QObject *parent = nullptr);

    // A new connection: entries still waiting on the old one are marked cancelled (their
    // answers go with the old connection).
    // Operations started from now on belong to `profile`.
    void setClient(InfraiQueueClient *client, const ProfileRef &profile = {});
    InfraiQueueClient *client() const { return m_client; }
    OperationTracker *tracker() const { return m_tracker; }

    int createQueue(const QString &name, const QueueSettings &settings);
    int updateQueue(const QString &name, const QueueSettings &settings);
    int deleteQueue(const QString &name);
    int purgeQueue(const QString &name);
    // `idempotencyKey` is the one shown (and perhaps edited) in the editor.
    int publish(const QString &queue, const OutgoingMessage &message, const QString &idempotencyKey);
    int publishBatch(const QString &queue, const QList<OutgoingMessage> &messages);
    // Leases up to `maxMessages` for `leaseSeconds`; `received` hands them over.
    int consume(const QString &queue, int maxMessages, int leaseSeconds);
    int acknowledge(const QString &queue, const QStringList &messageIds);
    int negativeAcknowledge(const QString &queue, const QStringList &messageIds, bool requeue);
    int redriveMessages(const QString &queue, const QStringList &messageIds);
    // Everything dead-lettered at or after `since` (invalid: all); `expected` is the
    // preview count, for progress.
    int redriveBulk(const QString &queue, const QDateTime &since, int expected);
    int pushSubscribe(const QString &queue, const QUrl &url, const QString &secret, int maxRetries,
                      int visibilityTimeout);

    // A redrive of exactly these dead letters as a job at `rate` messages a second: paused,
    // resumed, re-rated or cancelled from the Operations dock, and resumable after the console
    // was closed or killed (its journal is in journalDir()). 0 when the journal cannot be written.
    int startRedriveJob(const QString &queue, const QStringList &messageIds, double rate);
    // Jobs of this profile that did not finish (offered again when it connects).
    QList<RedriveJob::Saved> unfinishedRedriveJobs() const;
    int resumeRedriveJob(const RedriveJob::Saved &saved);
    void discardRedriveJob(const QString &jobId);
    static QString defaultJournalDir();
    QString journalDir() const { return m_journalDir; }
    void setJournalDir(const QString &dir) { m_journalDir = dir; }

    // How many of these leased messages a nack with requeue sends to the DLQ instead: a
    // lease's earlier deliveries all failed, so its failures are delivery_count - 1.
    static int wouldDeadLetter(const QList<int> &deliveryCounts, int maxRetries);

    static constexpr int PublishChunk = 500;
    static constexpr int RedriveChunk = 1000;
    static constexpr int Parallel = 4;

signals:
    void operationFinished(int operationId, const ApiError &error);
    void queueSaved(const QueueRecord &record);
    void queueDeleted(const QString &name);
    // Messages moved in or out of `queue` (and its DLQ): counts should be fetched again.
    void messagesChanged(const QString &queue);
    void published(const QString &queue, const QString &messageId);
    void batchProgress(int operationId, int done, int total);
    void received(const QString &queue, const QList<QueueMessage> &messages, int leaseSeconds);
    void messagesSettled(const QString &queue, const QStringList &messageIds);
    void messagesRedriven(const QString &queue, const QStringList &messageIds);
    void deadLettersRedriven(const QString &queue, qint64 count);
    // ack / nack answered 409: these leases had run out, the messages are back in the queue
    // and nothing was done to them.
    void leasesLapsed(const QString &queue, const QStringList &messageIds);
    void subscribed(const PushSubscription &subscription, const QString &secret);

private:
    // One call of a bulk operation: reports its error and how many items it covered.
    using ItemDone = std::function<void(const ApiError &error, qint64 amount)>;
    using ItemSender = std::function<void(const ApiRequest &request, ItemDone done)>;
    // Called at the end of each attempt with the items that succeeded in it.
    using BulkDone = std::function<void(const QList<int> &succeeded, qint64 amount)>;
    struct Bulk;
    int runBulk(Operation::Kind kind, const QString &queue, int count, QList<ApiRequest> requests, ItemSender send,
                BulkDone done);
    void pumpBulk(const std::shared_ptr<Bulk> &bulk);
    // Ack or nack each message (one call apiece, a few at a time).
    int settleMessages(Operation::Kind kind, const QString &queue, const QStringList &messageIds,
                       const std::function<ApiRequest(const QString &id)> &request);
    void finish(int operation, const ApiError &error, const QString &queue, const QString &resultId = {});
    // For retry closures: true while the connection the call was made on is still current.
    // A retry that goes ahead counts as open again.

    OperationTracker *m_tracker;
    QueueStatsHub *m_stats;
    InfraiQueueClient *m_client = nullptr;
    int adoptJob(const std::shared_ptr<RedriveJob> &job);
    std::vector<std::shared_ptr<RedriveJob>> m_jobs; // running on m_client
    QString m_journalDir = defaultJournalDir();
    ConnectionScope m_scope; // calls open on the current connection
};
