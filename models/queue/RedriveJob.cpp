#include "queue/RedriveJob.h"

#include "api/queue/InfraiQueueClient.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 20;
constexpr int PaceWindowMs = 3000;
constexpr int RedrivenBatchMs = 500;

// What the journal keeps of the server: its address, without user info (no secrets).
QString serverAddress(const InfraiQueueClient *client)
{
    return client->baseUrl().toString(QUrl::RemoveUserInfo);
}

RedriveJob::Saved readHeader(const QString &file)
{
    QFile header(file);
    RedriveJob::Saved saved;
    if (!header.open(QIODevice::ReadOnly))
        return saved;
    const QJsonObject json = QJsonDocument::fromJson(header.readAll()).object();
    saved.id = json.value(u"id"_s).toString();
    saved.profileId = json.value(u"profile"_s).toString();
    saved.queue = json.value(u"queue"_s).toString();
    saved.key = json.value(u"key"_s).toString();
    saved.baseUrl = json.value(u"base_url"_s).toString();
    saved.rate = json.value(u"rate"_s).toDouble();
    saved.total = json.value(u"total"_s).toInt();
    saved.created = QDateTime::fromString(json.value(u"created"_s).toString(), Qt::ISODate);
    return saved;
}

// The finished indices a journal records (one per line; a torn last line is ignored).
QBitArray readDone(const QString &file, int total, int *count)
{
    QBitArray done(total);
    *count = 0;
    QFile log(file);
    if (log.open(QIODevice::ReadOnly))
        while (!log.atEnd()) {
            const QByteArray line = log.readLine();
            bool ok = false;
            const int index = line.trimmed().toInt(&ok);
            if (ok && line.endsWith('\n') && index >= 0 && index < total && !done.testBit(index)) {
                done.setBit(index);
                ++*count;
            }
        }
    return done;
}

QStringList readIds(const QString &file)
{
    QFile ids(file);
    QStringList list;
    if (ids.open(QIODevice::ReadOnly))
        while (!ids.atEnd())
            list << QString::fromUtf8(ids.readLine().trimmed());
    return list;
}

} // namespace

RedriveJob::RedriveJob(InfraiQueueClient *client, OperationTracker *tracker, const QString &journalDir,
                       const ProfileRef &profile, const QString &queue, const QStringList &messageIds, double rate,
                       QObject *parent)
    : QObject(parent), m_client(client), m_tracker(tracker), m_dir(journalDir), m_profile(profile), m_ids(messageIds)
{
    m_saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_saved.profileId = profile.id;
    m_saved.queue = queue;
    m_saved.key = ApiRequest::newIdempotencyKey();
    m_saved.baseUrl = serverAddress(client);
    m_saved.rate = std::max(1.0, rate);
    m_saved.total = int(messageIds.size());
    m_saved.created = QDateTime::currentDateTimeUtc();
    m_done = QBitArray(m_saved.total);
    m_sending = QBitArray(m_saved.total);
}

RedriveJob::RedriveJob(InfraiQueueClient *client, OperationTracker *tracker, const QString &journalDir,
                       const ProfileRef &profile, const Saved &saved, QObject *parent)
    : QObject(parent), m_client(client), m_tracker(tracker), m_dir(journalDir), m_profile(profile), m_saved(saved)
{
    m_ids = readIds(path(u".ids"_s));
    m_saved.total = int(m_ids.size());
    m_done = readDone(path(u".done"_s), m_saved.total, &m_saved.done);
    m_sending = QBitArray(m_saved.total);
    if (m_saved.baseUrl.isEmpty()) // a journal from before addresses were kept: bound now
        m_saved.baseUrl = serverAddress(client);
}

RedriveJob::~RedriveJob()
{
    // Closing the console mid-job keeps the journal: the job is offered again next time.
    if (m_operation && m_tracker->rowOf(m_operation) >= 0) {
        m_tracker->setRetry(m_operation, nullptr); // it comes back through the offer, not Retry
        if (m_tracker->at(m_tracker->rowOf(m_operation)).inFlight())
            m_tracker->fail(m_operation, ApiError::cancelled());
    }
}

QString RedriveJob::path(const QString &suffix) const
{
    return QDir(m_dir).filePath(m_saved.id + suffix);
}

bool RedriveJob::sameServer(const QString &saved, const QUrl &baseUrl)
{
    // Journals from before the address was recorded name none: their profile is the guide.
    auto normal = [](const QUrl &url) {
        QUrl plain = url.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (plain.path().isEmpty())
            plain.setPath(QStringLiteral("/")); // "http://host" and "http://host/" are one server
        const int defaultPort = plain.scheme() == u"https" ? 443 : plain.scheme() == u"http" ? 80 : -1;
        plain.setPort(plain.port(defaultPort)); // and "https://host" is "https://host:443"
        return plain;
    };
    return saved.isEmpty() || normal(QUrl(saved)) == normal(baseUrl);
}

QList<RedriveJob::Saved> RedriveJob::unfinished(const QString &journalDir, const QString &profileId,
                                                const QUrl &baseUrl)
{
    QList<Saved> jobs;
    const QDir dir(journalDir);
    for (const QString &file : dir.entryList({u"*.json"_s}, QDir::Files)) {
        Saved saved = readHeader(dir.filePath(file));
        if (saved.id.isEmpty() || saved.profileId != profileId || !sameServer(saved.baseUrl, baseUrl) ||
            !QFile::exists(dir.filePath(saved.id + u".ids"_s)))
            continue;
        QLockFile running(dir.filePath(saved.id + u".lock"_s));
        if (!running.tryLock(0)) // another window runs it
            continue;
        running.unlock();
        readDone(dir.filePath(saved.id + u".done"_s), saved.total, &saved.done);
        jobs << saved;
    }
    std::sort(jobs.begin(), jobs.end(), [](const Saved &a, const Saved &b) { return a.created < b.created; });
    return jobs;
}

void RedriveJob::discard(const QString &journalDir, const QString &jobId)
{
    const QDir dir(journalDir);
    for (const QString &suffix : {u".json"_s, u".ids"_s, u".done"_s, u".lock"_s})
        QFile::remove(dir.filePath(jobId + suffix));
}

bool RedriveJob::writeHeader()
{
    // (The folder is made in start(), before anything is written.)
    const QJsonObject header{{u"id"_s, m_saved.id},
                             {u"profile"_s, m_saved.profileId},
                             {u"queue"_s, m_saved.queue},
                             {u"key"_s, m_saved.key},
                             {u"base_url"_s, m_saved.baseUrl},
                             {u"rate"_s, m_saved.rate},
                             {u"total"_s, m_saved.total},
                             {u"created"_s, m_saved.created.toString(Qt::ISODate)}};
    QSaveFile json(path(u".json"_s));
    if (json.open(QIODevice::WriteOnly))
        json.write(QJsonDocument(header).toJson(QJsonDocument::Compact));
    if (!json.isOpen() || !json.commit()) {
        m_error = tr("Cannot write the job's journal: %1").arg(json.errorString());
        return false;
    }
    return true;
}

bool RedriveJob::start(std::weak_ptr<OperationControl> self)
{
    m_self = self;
    if (!QDir().mkpath(m_dir)) {
        m_error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    m_lock = std::make_unique<QLockFile>(path(u".lock"_s));
    if (!m_lock->tryLock(0)) { // (a killed console's lock is stale: its process is gone)
        m_error = tr("This redrive is running in another window.");
        return false;
    }
    const bool fresh = !QFile::exists(path(u".ids"_s));
    if (fresh) {
        // The ids first, then the header: a header is only ever read beside its ids.
        QSaveFile ids(path(u".ids"_s));
        if (ids.open(QIODevice::WriteOnly))
            ids.write(m_ids.join(u'\n').toUtf8() + '\n');
        if (!ids.isOpen() || !ids.commit()) {
            m_error = tr("Cannot write the job's journal: %1").arg(ids.errorString());
            return false;
        }
    }
    if (!writeHeader())
        return false;
    m_doneLog.setFileName(path(u".done"_s));
    // A last line cut short (the disk full, the power gone) is dropped before appending, or the
    // next index would be glued to it.
    if (QFile torn(path(u".done"_s)); torn.open(QIODevice::ReadWrite) && torn.size() > 0) {
        const QByteArray text = torn.readAll();
        if (!text.endsWith('\n'))
            torn.resize(text.lastIndexOf('\n') + 1);
    }
    if (!m_doneLog.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write the job's journal: %1").arg(m_doneLog.errorString());
        return false;
    }
    m_operation = m_tracker->start(Operation::Kind::Redrive, m_saved.queue, m_saved.total, m_profile);
    m_tracker->setControl(m_operation, std::move(self));
    m_tracker->progress(m_operation, m_saved.done);
    // A failure part-way (the key refused, a queue gone) is retried from where it stopped.
    // Held weakly: a job cancelled or closed is gone, and its entry cannot reach it.
    m_tracker->setRetry(m_operation, [weak = m_self] {
        if (const auto control = weak.lock())
            static_cast<RedriveJob *>(control.get())->goOn();
    });
    connect(&m_timer, &QTimer::timeout, this, &RedriveJob::pump);
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_clock.start();
    m_timer.start();
    pump();
    return true;
}

void RedriveJob::goOn()
{
    if (m_cancelled)
        return;
    m_tracker->restart(m_operation);
    m_ended = false;
    m_next = 0; // indices left unanswered or set aside are found again (done ones are skipped)
    m_retry.clear();
    m_attempts.clear();
    m_setAside = 0;
    m_failuresInARow = 0;
    m_tracker->progress(m_operation, m_saved.done);
    m_timer.start();
}

void RedriveJob::setPaused(bool paused)
{
    if (m_ended || paused == m_paused)
        return;
    m_paused = paused;
    m_allowance = 0;
    if (m_tracker->rowOf(m_operation) >= 0)
        m_tracker->setPace(m_operation, m_paused ? 0.0001 : m_saved.rate, -1); // the dock says "paused"
}

void RedriveJob::setRate(double perSecond)
{
    m_saved.rate = std::clamp(perSecond, 1.0, 100000.0);
    m_allowance = std::min(m_allowance, m_saved.rate / 10.0 + 1);
    writeHeader(); // resumed at the new rate too
}

void RedriveJob::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_tracker->setRetry(m_operation, nullptr); // for good
    flushRedriven();
    removeJournal();
    if (!m_ended)
        end(ApiError::cancelled());
    else
        emit finished();
}

void RedriveJob::pump()
{
    const qint64 now = m_clock.elapsed();
    const qint64 elapsed = now - m_lastPumpMs;
    m_lastPumpMs = now;
    updatePace();
    if (now - m_lastFlushMs > RedrivenBatchMs || m_pendingRedriven.size() >= 1000) {
        flushRedriven();
        m_lastFlushMs = now;
    }
    finishIfOver();
    if (m_ended || m_paused || !m_client || now < m_waitUntilMs)
        return;
    // A token bucket: the rate's share of the time passed, at most a tenth of a second saved
    // up (late ticks lose nothing), so a pause or a slow answer is not followed by a burst.
    m_allowance = std::min(m_allowance + m_saved.rate * double(elapsed) / 1000.0, m_saved.rate / 10.0 + 1);
    while (m_allowance >= 1 && m_inFlight < InFlight) {
        int index = -1;
        if (!m_retry.empty() && m_retry.begin()->first <= now) {
            index = m_retry.begin()->second;
            m_retry.erase(m_retry.begin());
        } else if (m_failuresInARow < OutageFailures) {
            while (m_next < m_saved.total && (m_done.testBit(m_next) || m_sending.testBit(m_next)))
                ++m_next;
            if (m_next < m_saved.total)
                index = m_next++;
        }
        if (index < 0)
            break;
        m_allowance -= 1;
        send(index);
    }
    finishIfOver();
}

void RedriveJob::finishIfOver()
{
    const bool nothingNew = m_next >= m_saved.total || m_failuresInARow >= OutageFailures;
    if (!m_ended && m_inFlight == 0 && m_retry.empty() && nothingNew) {
        flushRedriven();
        if (m_saved.done >= m_saved.total) {
            removeJournal();
            m_tracker->setResultCount(m_operation, m_moved);
            end({});
        } else if (m_setAside > 0) {
            // All the rest moved: the job stops with the journal kept (as after any failure,
            // Retry goes on), with the server's answer; its progress says how many are left.
            m_ended = true;
            m_timer.stop();
            m_tracker->fail(m_operation, m_stuckError);
        }
    }
}

void RedriveJob::send(int index)
{
    ++m_inFlight;
    m_sending.setBit(index);
    ApiRequest request = InfraiQueueClient::redriveRequest(m_saved.queue, {m_ids.at(index), {}, {}});
    // The same key for this message in this job, whichever run sends it.
    request.idempotencyKey = m_saved.key + u'-' + QString::number(index);
    request.polling = true; // thousands of calls: the request log shows them when asked
    m_client->redrive(request, this, [this, index](const InfraiQueueClient::Count &count, const ApiError &error) {
        answered(index, error, count.count);
    });
}

void RedriveJob::answered(int index, const ApiError &error, qint64 count)
{
    --m_inFlight;
    m_sending.clearBit(index);
    if (m_cancelled)
        return;
    // Not a dead letter any more (moved by someone else) is done; a missing queue is not.
    const bool gone = error.kind() == ApiError::Kind::NotFound && error.field() == u"message_id";
    if (error.isError() && !gone) {
        if (m_ended) { // stopped by an earlier answer: this one is asked again on Retry
            m_retry.emplace(0, index);
            return;
        }
        if (error.isTransient()) {
            const qint64 now = m_clock.elapsed();
            if (error.retryAfterSeconds() > 0) {
                // The server says when: everything waits, and it is no strike against the message.
                m_waitUntilMs = std::max(m_waitUntilMs, now + qint64(error.retryAfterSeconds()) * 1000);
                m_retry.emplace(m_waitUntilMs, index);
                return;
            }
            // Asked again later with the same key, each time twice as late; everything waits a
            // moment so a struggling server is not pressed.
            ++m_failuresInARow;
            if (const int attempts = ++m_attempts[index]; attempts >= MaxAttempts) {
                ++m_setAside;
                m_stuckError = error;
            } else {
                m_retry.emplace(now + (qint64(m_firstRetryDelayMs) << (attempts - 1)), index);
            }
            m_waitUntilMs = std::max(m_waitUntilMs, now + m_firstRetryDelayMs);
            return;
        }
        // The key refused, the queue gone…: stop, keep the journal; Retry goes on.
        m_retry.emplace(0, index);
        m_timer.stop();
        m_ended = true;
        m_tracker->fail(m_operation, error);
        return;
    }
    m_failuresInARow = 0;
    m_attempts.remove(index);
    if (m_done.testBit(index))
        return; // answered twice (sent again by a Retry while its first answer was out)
    // Moved now, or not a dead letter any more (redriven by someone else): done either way.
    if (!error.isError() && count > 0) {
        ++m_moved;
        m_pendingRedriven << m_ids.at(index);
    }
    markDone(index);
}

void RedriveJob::markDone(int index)
{
    m_done.setBit(index);
    ++m_saved.done;
    const bool written = m_doneLog.write(QByteArray::number(index) + '\n') > 0;
    // In the kernel's hands: survives the process being killed.
    if (!m_doneLog.flush() || !written) {
        // What is not recorded would be sent again later: stop while the keys still hold.
        m_ended = true;
        m_timer.stop();
        m_tracker->fail(m_operation, ApiError::resourceFailed(
                                         tr("the job's journal cannot be written: %1").arg(m_doneLog.errorString())));
    }
    m_completions.push_back(m_clock.elapsed());
    m_tracker->progress(m_operation, m_saved.done);
}

void RedriveJob::flushRedriven()
{
    if (m_pendingRedriven.isEmpty())
        return;
    emit redriven(m_saved.queue, m_pendingRedriven);
    m_pendingRedriven.clear();
}

void RedriveJob::updatePace()
{
    const qint64 now = m_clock.elapsed();
    while (!m_completions.empty() && now - m_completions.front() > PaceWindowMs)
        m_completions.pop_front();
    if (m_ended || m_tracker->rowOf(m_operation) < 0)
        return;
    const double window = std::min<double>(PaceWindowMs, std::max<qint64>(now, 1)) / 1000.0;
    const double achieved = m_paused ? 0.0001 : std::max(double(m_completions.size()) / window, 0.0001);
    const int left = m_saved.total - m_saved.done;
    const double speed = m_completions.size() >= 3 ? achieved : m_saved.rate;
    m_tracker->setPace(m_operation, achieved, m_paused ? -1 : qint64(std::ceil(left / std::max(speed, 0.1))));
}

void RedriveJob::end(const ApiError &error)
{
    m_ended = true;
    m_timer.stop();
    m_doneLog.close();
    if (error.isError())
        m_tracker->fail(m_operation, error);
    else
        m_tracker->succeed(m_operation);
    emit finished();
}

void RedriveJob::removeJournal()
{
    m_doneLog.close();
    if (m_lock)
        m_lock->unlock();
    discard(m_dir, m_saved.id);
}
