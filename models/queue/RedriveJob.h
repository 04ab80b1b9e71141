#pragma once

#include "api/ApiError.h"
#include "ops/OperationTracker.h"

#include <QBitArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <map>

class InfraiQueueClient;

// A redrive of chosen dead letters as a job the operator steers: at a rate (messages a
// second, changeable while it runs), paused, resumed or cancelled from the Operations dock,
// with its rate and time left there. One call per message, each with an idempotency key
// derived from the job's key and the message's place in the job, so a call sent twice moves
// its message once.
//
// A journal in the user's data directory (no secrets: the queue, the message ids, which of
// them are done) lets a job that was interrupted — the console closed or killed — go on
// from where it was: messages whose answer never came are asked again with the same keys.
class RedriveJob final : public QObject, public OperationControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedriveJob)

public:
    // What a journal says of a job.
    struct Saved
    {
        QString id, profileId, queue, key;
        QString baseUrl; // the server it moves messages on: resumed there only
        double rate = 0;
        int total = 0;
        int done = 0;
        QDateTime created;
    };
    // A new job (its journal is written before anything is sent).
    RedriveJob(InfraiQueueClient *client, OperationTracker *tracker, const QString &journalDir,
               const ProfileRef &profile, const QString &queue, const QStringList &messageIds, double rate,
               QObject *parent = nullptr);
    // A job from its journal, to go on with.
    RedriveJob(InfraiQueueClient *client, OperationTracker *tracker, const QString &journalDir,
               const ProfileRef &profile, const Saved &saved, QObject *parent = nullptr);
    ~RedriveJob() override;

    // The unfinished jobs of a profile in `journalDir`, oldest first: those begun on the
    // server at `baseUrl` (a profile pointed elsewhere since does not resume them there).
    static QList<Saved> unfinished(const QString &journalDir, const QString &profileId, const QUrl &baseUrl);
    static bool sameServer(const QString &saved, const QUrl &baseUrl);
    // Forgets a job (its journal).
    static void discard(const QString &journalDir, const QString &jobId);

    // Creates the Operations entry and starts sending; false when the journal could not be written.
    bool start(std::weak_ptr<OperationControl> self = {});
    QString errorString() const { return m_error; }
    int operationId() const { return m_operation; }
    QString id() const { return m_saved.id; }
    QString queue() const { return m_saved.queue; }
    int total() const { return m_saved.total; }
    int doneCount() const { return m_saved.done; }
    // The wait after a first transient failure (doubling with each next one); 1 s in use.
    void setFirstRetryDelayMs(int ms) { m_firstRetryDelayMs = std::max(1, ms); }
    qint64 moved() const { return m_moved; }

    // OperationControl
    bool isPaused() const override { return m_paused; }
    void setPaused(bool paused) override;
    double rate() const override { return m_saved.rate; }
    void setRate(double perSecond) override;
    void cancel() override;

    // Calls out at once: enough to keep a high rate over a slow link, few enough to stop soon.
    static constexpr int InFlight = 32;
    // Tries of a message the server keeps failing (1, 2, 4, 8 and 16 s apart) before it is set
    // aside, so one bad message neither holds the job up for ever nor ends it early.
    static constexpr int MaxAttempts = 6;
    // Transient failures in a row with no success between: the server is down, not one
    // message. No new messages are taken then; only those waiting are tried again.
    static constexpr int OutageFailures = 8;

signals:
    // Messages moved back (in batches, for views to drop them).
    void redriven(const QString &queue, const QStringList &messageIds);
    // The job ended: succeeded, failed or cancelled (the entry says which).
    void finished();

private:
    void pump();
    // Ends the job when nothing is left to send or wait for: done, or some set aside.
    void finishIfOver();
    void send(int index);
    void answered(int index, const ApiError &error, qint64 count);
    void markDone(int index);
    void flushRedriven();
    void updatePace();
    void end(const ApiError &error);
    bool writeHeader();
    void removeJournal();
    void goOn(); // Retry after a failure
    QString path(const QString &suffix) const;

    InfraiQueueClient *m_client; // owned by the connection: the job goes before it (QueueActions)
    OperationTracker *m_tracker;
    QString m_dir;
    ProfileRef m_profile;
    Saved m_saved;
    QStringList m_ids;
    QBitArray m_done;
    QBitArray m_sending; // asked and not answered: a Retry meanwhile does not send them again
    QFile m_doneLog;
    std::multimap<qint64, int> m_retry; // indices to ask again, by when (ms on m_clock)
    QHash<int, int> m_attempts;         // transient failures of an index in this run
    int m_setAside = 0;                 // after MaxAttempts (not done): Retry sends them again
    ApiError m_stuckError;
    int m_failuresInARow = 0;
    int m_next = 0; // the first index not yet sent
    int m_inFlight = 0;
    qint64 m_moved = 0;
    double m_allowance = 0;
    qint64 m_waitUntilMs = 0; // after a 429 / 5xx: nothing is sent before
    int m_firstRetryDelayMs = 1000;
    bool m_paused = false;
    bool m_ended = false;     // failed (Retry goes on) or done
    bool m_cancelled = false; // for good
    std::weak_ptr<OperationControl> m_self;
    std::unique_ptr<QLockFile> m_lock; // one window runs a job at a time
    int m_operation = 0;
    QString m_error;
    QStringList m_pendingRedriven;
    std::deque<qint64> m_completions; // ms of recent answers, for the achieved rate
    QElapsedTimer m_clock;
    qint64 m_lastPumpMs = 0;
    qint64 m_lastFlushMs = 0;
    QTimer m_timer;
};
