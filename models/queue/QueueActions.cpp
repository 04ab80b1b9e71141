#include "queue/QueueActions.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include "api/queue/InfraiQueueClient.h"
#include "queue/QueueStatsHub.h"

using namespace Qt::StringLiterals;

struct QueueActions::Bulk
{
    int operation = 0;
    QString queue;
    QList<ApiRequest> requests;
    std::vector<bool> done;
    std::vector<bool> reported; // handed to `finished` already (by an earlier attempt)
    int next = 0;               // first request not yet sent in this pass
    int inFlight = 0;
    int doneCount = 0;
    qint64 amount = 0;
    ApiError error;
    ItemSender send;
    BulkDone finished;
};

QueueActions::QueueActions(OperationTracker *tracker, QueueStatsHub *stats, QObject *parent)
    : QObject(parent), m_tracker(tracker), m_stats(stats), m_scope(tracker)
{
}

void QueueActions::setClient(InfraiQueueClient *client, const ProfileRef &profile)
{
    // Every call is a new connection, even at the old client's address.
    m_client = client;
    m_scope.reconnect();
    m_scope.setProfile(profile);
    // Jobs go with their connection (their entries end as cancelled); their journals stay,
    // and they are offered again when the profile connects.
    m_jobs.clear();
}

QString QueueActions::defaultJournalDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/redrive-jobs");
}

int QueueActions::adoptJob(const std::shared_ptr<RedriveJob> &job)
{
    const QString queue = job->queue();
    // Connected before it starts: an empty job finishes inside start().
    connect(job.get(), &RedriveJob::redriven, this, [this](const QString &q, const QStringList &ids) {
        emit messagesRedriven(q, ids);
        emit messagesChanged(q);
    });
    connect(job.get(), &RedriveJob::finished, this, [this, queue, raw = job.get()] {
        if (m_stats)
            m_stats->pollOnce(queue);
        emit messagesChanged(queue);
        // Let go of it once its signal has returned.
        QMetaObject::invokeMethod(
            this, [this, raw] { std::erase_if(m_jobs, [raw](const auto &job) { return job.get() == raw; }); },
            Qt::QueuedConnection);
    });
    m_jobs.push_back(job);
    if (!job->start(job)) {
        m_jobs.pop_back();
        return 0;
    }
    return job->operationId();
}

int QueueActions::startRedriveJob(const QString &queue, const QStringList &messageIds, double rate)
{
    if (!m_client || messageIds.isEmpty())
        return 0;
    return adoptJob(
        std::make_shared<RedriveJob>(m_client, m_tracker, m_journalDir, m_scope.profile(), queue, messageIds, rate));
}

QList<RedriveJob::Saved> QueueActions::unfinishedRedriveJobs() const
{
    if (!m_client)
        return {};
    QList<RedriveJob::Saved> jobs = RedriveJob::unfinished(m_journalDir, m_scope.profile().id, m_client->baseUrl());
    // Not the ones running now.
    jobs.removeIf([this](const RedriveJob::Saved &saved) {
        return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const auto &job) { return job->id() == saved.id; });
    });
    return jobs;
}

int QueueActions::resumeRedriveJob(const RedriveJob::Saved &saved)
{
    // Once: not a job running here already, nor one whose journal is gone meanwhile.
    const bool running =
        std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const auto &job) { return job->id() == saved.id; });
    if (!m_client || running || !RedriveJob::sameServer(saved.baseUrl, m_client->baseUrl()) ||
        !QFile::exists(QDir(m_journalDir).filePath(saved.id + QStringLiteral(".ids"))))
        return 0;
    return adoptJob(std::make_shared<RedriveJob>(m_client, m_tracker, m_journalDir, m_scope.profile(), saved));
}

void QueueActions::discardRedriveJob(const QString &jobId)
{
    RedriveJob::discard(m_journalDir, jobId);
}

void QueueActions::finish(int operation, const ApiError &error, const QString &queue, const QString &resultId)
{
    m_scope.closed(operation);
    if (error.isError())
        m_tracker->fail(operation, error);
    else
        m_tracker->succeed(operation, resultId);
    if (!queue.isEmpty()) {
        m_stats->refreshNow(queue);
        emit messagesChanged(queue);
    }
    emit operationFinished(operation, error);
}

namespace {

// The single-call operations: start, remember the retry (same request, same key), send.
template <typename Send>
int runSingle(OperationTracker *tracker, ConnectionScope &scope, Operation::Kind kind, const QString &target,
              const ApiRequest &request, Send send)
{
    const int operation = scope.start(kind, target);
    scope.opened(operation);
    tracker->setRetry(operation, [sameConnection = scope.guard(), send, request, operation] {
        if (sameConnection(operation))
            send(request, operation);
    });
    send(request, operation);
    return operation;
}

} // namespace

int QueueActions::createQueue(const QString &name, const QueueSettings &settings)
{
    return runSingle(
        m_tracker, m_scope, Operation::Kind::CreateQueue, name, InfraiQueueClient::createRequest(name, settings),
        [this](const ApiRequest &request, int operation) {
            m_client->sendQueue(request, this, [this, operation](const QueueRecord &record, const ApiError &error) {
                if (!error.isError())
                    emit queueSaved(record);
                finish(operation, error, {});
            });
        });
}

int QueueActions::updateQueue(const QString &name, const QueueSettings &settings)
{
    return runSingle(
        m_tracker, m_scope, Operation::Kind::UpdateQueue, name, InfraiQueueClient::updateRequest(name, settings),
        [this](const ApiRequest &request, int operation) {
            m_client->sendQueue(request, this, [this, operation](const QueueRecord &record, const ApiError &error) {
                if (!error.isError())
                    emit queueSaved(record);
                finish(operation, error, record.name);
            });
        });
}

int QueueActions::deleteQueue(const QString &name)
{
    return runSingle(m_tracker, m_scope, Operation::Kind::DeleteQueue, name, InfraiQueueClient::deleteRequest(name),
                     [this, name](const ApiRequest &request, int operation) {
                         m_client->sendDelete(request, this, [this, operation, name](bool, const ApiError &error) {
                             if (!error.isError())
                                 emit queueDeleted(name);
                             finish(operation, error, {});
                         });
                     });
}

int QueueActions::purgeQueue(const QString &name)
{
    return runSingle(m_tracker, m_scope, Operation::Kind::PurgeQueue, name, InfraiQueueClient::purgeRequest(name),
                     [this, name](const ApiRequest &request, int operation) {
                         m_client->sendPurge(
                             request, this,
                             [this, operation, name](const InfraiQueueClient::Count &count, const ApiError &error) {
                                 if (!error.isError())
                                     m_tracker->setResultCount(operation, count.count);
                                 finish(operation, error, name);
                             });
                     });
}

int QueueActions::publish(const QString &queue, const OutgoingMessage &message, const QString &idempotencyKey)
{
    ApiRequest request = InfraiQueueClient::publishRequest(queue, message);
    if (!idempotencyKey.trimmed().isEmpty())
        request.idempotencyKey = idempotencyKey.trimmed();
    return runSingle(m_tracker, m_scope, Operation::Kind::Publish, queue, request,
                     [this, queue](const ApiRequest &request, int operation) {
                         m_client->sendPublish(request, this,
                                               [this, operation, queue](const QString &id, const ApiError &error) {
                                                   if (!error.isError())
                                                       emit published(queue, id);
                                                   finish(operation, error, queue, id);
                                               });
                     });
}

int QueueActions::consume(const QString &queue, int maxMessages, int leaseSeconds)
{
    return runSingle(m_tracker, m_scope, Operation::Kind::Consume, queue,
                     InfraiQueueClient::consumeRequest(queue, maxMessages, leaseSeconds),
                     [this, queue, leaseSeconds](const ApiRequest &request, int operation) {
                         m_client->sendConsume(request, this,
                                               [=, this](const QList<QueueMessage> &messages, const ApiError &error) {
                                                   if (!error.isError()) {
                                                       m_tracker->setResultCount(operation, messages.size());
                                                       emit received(queue, messages, leaseSeconds);
                                                   }
                                                   finish(operation, error, queue);
                                               });
                     });
}

int QueueActions::runBulk(Operation::Kind kind, const QString &queue, int count, QList<ApiRequest> requests,
                          ItemSender send, BulkDone done)
{
    auto bulk = std::make_shared<Bulk>();
    bulk->operation = m_scope.start(kind, queue, count);
    m_scope.opened(bulk->operation);
    bulk->queue = queue;
    bulk->requests = std::move(requests);
    bulk->done.assign(size_t(bulk->requests.size()), false);
    bulk->reported.assign(size_t(bulk->requests.size()), false);
    bulk->send = std::move(send);
    bulk->finished = std::move(done);
    // One key for the batch, one suffix per call: a retry re-sends only the calls that did
    // not go through, each with its own key again, so the server does each once.
    const QString batchKey = ApiRequest::newIdempotencyKey();
    for (qsizetype i = 0; i < bulk->requests.size(); ++i)
        bulk->requests[i].idempotencyKey = batchKey + u'-' + QString::number(i);
    // The tracker's retry keeps the bulk (its keys and what is done) for as long as the
    // entry can be retried.
    m_tracker->setRetry(bulk->operation, [this, bulk, guard = m_scope.guard()] {
        if (!guard(bulk->operation))
            return;
        bulk->error = {};
        bulk->next = 0;
        pumpBulk(bulk);
    });
    pumpBulk(bulk);
    return bulk->operation;
}

void QueueActions::pumpBulk(const std::shared_ptr<Bulk> &bulk)
{
    while (!bulk->error.isError() && bulk->inFlight < Parallel && bulk->next < bulk->requests.size()) {
        const int index = bulk->next++;
        if (bulk->done[size_t(index)])
            continue;
        ++bulk->inFlight;
        bulk->send(bulk->requests.at(index), [this, bulk, index](const ApiError &error, qint64 amount) {
            --bulk->inFlight;
            if (error.isError()) {
                if (!bulk->error.isError())
                    bulk->error = error;
            } else {
                bulk->done[size_t(index)] = true;
                ++bulk->doneCount;
                bulk->amount += amount;
                m_tracker->progress(bulk->operation, bulk->doneCount);
                emit batchProgress(bulk->operation, bulk->doneCount, int(bulk->requests.size()));
            }
            pumpBulk(bulk);
        });
    }
    if (bulk->inFlight > 0)
        return;
    if (!bulk->error.isError() && bulk->next < bulk->requests.size())
        return;
    QList<int> succeeded; // newly, since the last report
    for (size_t i = 0; i < bulk->done.size(); ++i) {
        if (bulk->done[i] && !bulk->reported[i]) {
            succeeded.append(int(i));
            bulk->reported[i] = true;
        }
    }
    if (!bulk->error.isError())
        m_tracker->setResultCount(bulk->operation, bulk->amount);
    bulk->finished(succeeded, bulk->amount);
    finish(bulk->operation, bulk->error, bulk->queue);
}

int QueueActions::publishBatch(const QString &queue, const QList<OutgoingMessage> &messages)
{
    QList<ApiRequest> requests;
    for (qsizetype start = 0; start < messages.size(); start += PublishChunk)
        requests.append(InfraiQueueClient::publishBatchRequest(queue, messages.mid(start, PublishChunk)));
    return runBulk(
        Operation::Kind::PublishBatch, queue, int(messages.size()), requests,
        [this](const ApiRequest &request, ItemDone done) {
            m_client->sendPublishBatch(
                request, this, [done](const QStringList &ids, const ApiError &error) { done(error, ids.size()); });
        },
        [](const QList<int> &, qint64) {});
}

namespace {

QStringList idsAt(const QStringList &messageIds, const QList<int> &indexes)
{
    QStringList ids;
    ids.reserve(indexes.size());
    for (int i : indexes)
        ids << messageIds.at(i);
    return ids;
}

} // namespace

int QueueActions::settleMessages(Operation::Kind kind, const QString &queue, const QStringList &messageIds,
                                 const std::function<ApiRequest(const QString &id)> &request)
{
    QList<ApiRequest> requests;
    for (const QString &id : messageIds)
        requests.append(request(id));
    // 409 on ack / nack: the lease ran out and the message is back in the queue (§2). Nothing
    // changed for it; the others go on, and the page is told which leases were lost.
    auto lapsed = std::make_shared<QSet<QString>>();
    return runBulk(
        kind, queue, int(messageIds.size()), requests,
        [this, lapsed](const ApiRequest &request, ItemDone done) {
            const QString id = request.body.value(u"message_id").toString();
            m_client->sendAck(request, this,
                              [done, lapsed, id](const InfraiQueueClient::Acknowledgement &, const ApiError &error) {
                                  if (error.kind() == ApiError::Kind::Conflict) {
                                      lapsed->insert(id);
                                      return done(ApiError(), 0);
                                  }
                                  done(error, 1);
                              });
        },
        [this, queue, messageIds, lapsed](const QList<int> &succeeded, qint64) {
            QStringList settled = idsAt(messageIds, succeeded);
            settled.removeIf([&lapsed](const QString &id) { return lapsed->contains(id); });
            if (!settled.isEmpty())
                emit messagesSettled(queue, settled);
            if (!lapsed->isEmpty())
                emit leasesLapsed(queue, std::exchange(*lapsed, {}).values());
        });
}

int QueueActions::acknowledge(const QString &queue, const QStringList &messageIds)
{
    return settleMessages(Operation::Kind::Acknowledge, queue, messageIds,
                          [queue](const QString &id) { return InfraiQueueClient::ackRequest(queue, id); });
}

int QueueActions::negativeAcknowledge(const QString &queue, const QStringList &messageIds, bool requeue)
{
    return settleMessages(
        requeue ? Operation::Kind::Requeue : Operation::Kind::DeadLetter, queue, messageIds,
        [queue, requeue](const QString &id) { return InfraiQueueClient::nackRequest(queue, id, requeue); });
}

int QueueActions::redriveMessages(const QString &queue, const QStringList &messageIds)
{
    QList<ApiRequest> requests;
    for (const QString &id : messageIds)
        requests.append(InfraiQueueClient::redriveRequest(queue, {id, {}, {}}));
    return runBulk(
        Operation::Kind::Redrive, queue, int(messageIds.size()), requests,
        [this](const ApiRequest &request, ItemDone done) {
            m_client->redrive(request, this, [done](const InfraiQueueClient::Count &count, const ApiError &error) {
                done(error, count.count);
            });
        },
        [this, queue, messageIds](const QList<int> &succeeded, qint64) {
            emit messagesRedriven(queue, idsAt(messageIds, succeeded));
        });
}

int QueueActions::redriveBulk(const QString &queue, const QDateTime &since, int expected)
{
    // Chunked, one call after another, so progress is live and a failure part-way is
    // retried from the chunk that failed, with that chunk's key.
    struct Chunked
    {
        int operation = 0;
        int chunk = 0;
        qint64 moved = 0;
        QString batchKey = ApiRequest::newIdempotencyKey();
        ApiRequest current;
    };
    auto state = std::make_shared<Chunked>();
    state->operation = m_scope.start(Operation::Kind::Redrive, queue, expected);
    m_scope.opened(state->operation);
    auto makeRequest = [queue, since, state] {
        ApiRequest request = InfraiQueueClient::redriveRequest(queue, {QString(), since, RedriveChunk});
        request.idempotencyKey = state->batchKey + u'-' + QString::number(state->chunk);
        return request;
    };
    state->current = makeRequest();
    auto step = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [this, state, queue, makeRequest, weakStep] {
        m_client->redrive(state->current, this,
                          [=, this](const InfraiQueueClient::Count &count, const ApiError &error) {
                              if (error.isError())
                                  return finish(state->operation, error, queue);
                              state->moved += count.count;
                              m_tracker->progress(state->operation, int(state->moved));
                              emit batchProgress(state->operation, int(state->moved),
                                                 m_tracker->at(m_tracker->rowOf(state->operation)).count);
                              if (count.count >= RedriveChunk) {
                                  ++state->chunk;
                                  state->current = makeRequest();
                                  if (const auto next = weakStep.lock())
                                      return (*next)();
                              }
                              m_tracker->setResultCount(state->operation, state->moved);
                              emit deadLettersRedriven(queue, state->moved);
                              finish(state->operation, ApiError(), queue);
                          });
    };
    m_tracker->setRetry(state->operation, [step, operation = state->operation, guard = m_scope.guard()] {
        if (guard(operation))
            (*step)();
    });
    (*step)();
    return state->operation;
}

int QueueActions::pushSubscribe(const QString &queue, const QUrl &url, const QString &secret, int maxRetries,
                                int visibilityTimeout)
{
    return runSingle(m_tracker, m_scope, Operation::Kind::PushSubscribe, queue,
                     InfraiQueueClient::pushSubscribeRequest(queue, url, secret, maxRetries, visibilityTimeout),
                     [this, secret](const ApiRequest &request, int operation) {
                         m_client->pushSubscribe(
                             request, this,
                             [this, operation, secret](const PushSubscription &subscription, const ApiError &error) {
                                 if (!error.isError())
                                     emit subscribed(subscription, secret);
                                 finish(operation, error, {}, subscription.id);
                             });
                     });
}

int QueueActions::wouldDeadLetter(const QList<int> &deliveryCounts, int maxRetries)
{
    return int(std::count_if(deliveryCounts.begin(), deliveryCounts.end(),
                             [maxRetries](int deliveries) { return deliveries > maxRetries; }));
}
