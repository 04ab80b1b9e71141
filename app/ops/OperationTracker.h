#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <set>
#include <vector>

// The connection profile an operation was made on.
struct ProfileRef
{
    QString id;
    QString name;
};

// What an operator can do with a long job while it runs (a rate-limited redrive): the
// Operations dock's Pause / Resume, Rate… and Cancel.
class OperationControl
{
public:
    virtual ~OperationControl() = default;
    virtual bool isPaused() const = 0;
    virtual void setPaused(bool paused) = 0;
    virtual double rate() const = 0; // items a second
    virtual void setRate(double perSecond) = 0;
    virtual void cancel() = 0;
};

// One entry of the Operations dock: a mutating call, or a resource settling after it.
struct Operation
{
    enum class State { Pending, Settling, Succeeded, Failed };
    enum class Kind {
        CreateProject,
        DeleteProject,
        CreateBranch,
        DeleteBranch,
        CreateSnapshot,
        RestoreSnapshot,
        TopUp,
        CreateQueue,
        UpdateQueue,
        DeleteQueue,
        PurgeQueue,
        Publish,
        PublishBatch,
        Consume,
        Acknowledge,
        Requeue,
        DeadLetter,
        Redrive,
        PushSubscribe,
        CreateInstance,
        PauseInstance,
        ResumeInstance,
        DeleteInstance,
        ResizeInstance,
        RenameInstance,
        SnapshotInstance,
        RestoreInstance,
        OverwriteInstance,
        UpdateProject,
        UpdateBranch,
        CreateEndpoint,
        UpdateEndpoint,
        DeleteEndpoint,
        Undelete,
        Other
    };

    int id = 0;
    Kind kind = Kind::Other;
    QString target; // the resource's name as the user knows it
    ProfileRef profile;
    bool profileRemoved = false; // its retry can only fail (as cancelled)
    QDateTime startedAt;
    qint64 durationMs = 0;
    State state = State::Pending;
    ApiError error;
    QString resultId;                        // id of what the call created, if any
    int count = 0;                           // how many items the operation is about (messages, for queues)
    int progressDone = 0;                    // items finished so far, for bulk operations
    qint64 resultCount = -1;                 // what the server reports it did (purged, redriven…), if it says
    std::function<void()> retry;             // re-sends with the same idempotency key
    std::weak_ptr<OperationControl> control; // a job's controls, while it lives
    double itemsPerSecond = 0;               // a job's achieved rate, while it runs
    qint64 secondsLeft = -1;                 // and its estimate of the time left

    // Described at display time, so a language switch applies to old entries too.
    QString describe() const;
    QString stateText() const;
    // What came of it, in the operator's words (empty when there is nothing to add).
    QString resultText() const;
    bool inFlight() const { return state == State::Pending || state == State::Settling; }
};

// Every mutating call and every asynchronous resource state, live, for the Operations dock.
// Bounded: entries in flight always stay; of the settled ones only the newest are kept, and a
// succeeded entry lets go of its retry (and the request body it holds) at once.
class OperationTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationTracker)

public:
    explicit OperationTracker(QObject *parent = nullptr);

    static constexpr int DefaultSettledCapacity = 1000;
    void setSettledCapacity(int capacity);

    int start(Operation::Kind kind, const QString &target, int items = 0, const ProfileRef &profile = {});
    // The profile is gone: its entries stay for the record, and a retry of one fails as
    // cancelled instead of reaching another account.
    void profileRemoved(const QString &profileId);
    // Entries of a profile still in flight.
    int inFlightCount(const QString &profileId) const;
    void setRetry(int id, std::function<void()> retry);
    // The call answered; the resource is still provisioning and being polled.
    void settling(int id, const QString &resultId);
    void succeed(int id, const QString &resultId = {});
    void fail(int id, const ApiError &error);
    void setCount(int id, int count);
    void progress(int id, int done);
    void setResultCount(int id, qint64 count);
    void setControl(int id, std::weak_ptr<OperationControl> control);
    // A job's pace: achieved items a second and the seconds left (-1: unknown).
    void setPace(int id, double itemsPerSecond, qint64 secondsLeft);
    // Back to pending for a retry of the same call.
    void restart(int id);
    void retry(int id);

    int count() const { return int(m_entries.size()); }
    const Operation &at(int row) const { return m_entries.at(size_t(row)).operation; }
    // -1 when there is no such entry (never was, or dropped as an old settled one).
    int rowOf(int id) const;
    int inFlightCount() const { return int(m_inFlight.size()); }
    // Ids of the entries in flight, oldest first: what a view ticks each second.
    const std::set<int> &inFlightIds() const { return m_inFlight; }

signals:
    // Each change to the rows is announced before and after, as item models need it.
    void aboutToAdd(int row);
    void added(int row);
    void changed(int row);
    void aboutToRemove(int row);
    void removed(int row);

private:
    struct Entry
    {
        Operation operation;
        QElapsedTimer clock;
    };
    Operation *find(int id);
    void touch(Operation &operation);
    void dropOldSettled();

    std::vector<Entry> m_entries; // ascending ids
    std::set<int> m_inFlight;
    int m_settledCapacity = DefaultSettledCapacity;
    int m_nextId = 1;
};
