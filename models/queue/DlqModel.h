#pragma once

#include "api/ApiError.h"
#include "api/queue/QueueTypes.h"
#include "queue/DeadLetterStore.h"
#include "queue/JsonPath.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <vector>

class InfraiQueueClient;

// The dead letters of one queue, fed page by page from dlq.list (oldest first). Pages are
// parsed off the GUI thread, which only appends them; a million messages are held compactly
// (DeadLetterStore: each payload as its compact JSON text), searched by text or JSON path in
// one pass, and grouped by the value at a JSON path (the failure signature).
class DlqModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DlqModel)

public:
    enum Column { IdColumn, DeadLetteredColumn, DeliveryColumn, SourceColumn, PayloadColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, DeadLetteredAtRole };
    enum class SearchMode { Text, JsonPath };
    struct Group
    {
        QString label;
        QJsonValue value;
        int count = 0;
    };

    static constexpr int AllPageSize = 1000;
    static constexpr int FlushIntervalMs = 100;
    static constexpr int MaxParsing = 4; // pages of a load-all waiting to be parsed, at most

    explicit DlqModel(QObject *parent = nullptr);
    ~DlqModel() override;

    // Starts over on a queue's dead letters; nothing loads until fetchMore or loadAll.
    void setQueue(InfraiQueueClient *client, const QString &queue);
    QString queue() const { return m_queue; }
    void setPageSize(int size) { m_pageSize = size; }
    // Load all asks for the largest pages the API allows: fewer round trips.
    void setLoadAllPageSize(int size) { m_allPageSize = size; }
    // How long parsed pages of a load-all wait to go in together (tests use 0).
    void setFlushIntervalMs(int ms) { m_flushTimer.setInterval(ms); }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Keeps paging to the end (following the cursor one page ahead) until stopLoading().
    void loadAll();
    // After a failed page: asks for it again (views do not, so a failing service is not
    // asked in a loop).
    void retryFailedLoad();
    bool hasFailed() const { return m_failed; }
    void stopLoading();
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    bool isLoadingAll() const { return m_wantAll; }
    // Appends a page already in hand (also used by tests and benchmarks).
    void appendPage(const QList<QueueMessage> &messages, const QString &nextCursor);

    // An empty text clears the search. False (and `error`) when a JSON path does not parse.
    bool setSearch(SearchMode mode, const QString &text, QString *error = nullptr);
    bool isSearching() const { return m_searching; }
    // The search as set (mode and text), to tell one search from another.
    QString searchText() const { return m_searchText; }
    bool rowMatches(int row) const { return hasRow(row) && (!m_searching || m_matches[size_t(row)]); }
    int matchCount() const { return m_matchCount; }
    // Counts per value at `path` over the rows that pass the search, most frequent first.
    QList<Group> groupBy(const JsonPath &path) const;

    // Only the dead letters of [fromMs, toMs) pass (with the search): a timeline bucket.
    void setTimeRange(qint64 fromMs, qint64 toMs);
    void clearTimeRange() { setTimeRange(0, 0); }
    bool hasTimeRange() const { return m_rangeTo > m_rangeFrom; }
    std::pair<qint64, qint64> timeRange() const { return {m_rangeFrom, m_rangeTo}; }
    // Dead letters over time: the rows that pass the search (whatever the time range), in at
    // most `buckets` equal buckets from the first to the last, each split by the value at
    // `path` — the `series` most frequent values, the rest as one "other".
    struct Timeline
    {
        qint64 startMs = 0, bucketMs = 0;
        QStringList labels; // series, most frequent first (the last may be "other")
        bool hasOther = false;
        std::vector<std::vector<int>> counts; // [series][bucket]
        int bucketCount() const { return counts.empty() ? 0 : int(counts.front().size()); }
    };
    Timeline timeline(const JsonPath &path, int buckets, int series) const;

    // Row accessors answer empty for a row that is not (or no longer) there.
    bool hasRow(int row) const { return row >= 0 && size_t(row) < m_store.size(); }
    QString messageId(int row) const { return hasRow(row) ? m_store.idString(size_t(row)) : QString(); }
    QJsonObject payload(int row) const;
    QDateTime deadLetteredAt(int row) const;
    // Loaded messages dead-lettered at or after `since`.
    int countDeadLetteredSince(const QDateTime &since) const;
    // The message as the API describes it, one compact JSON line: what Export writes.
    QByteArray exportLine(int row) const;
    // Drops rows whose messages left the DLQ (after a redrive of exactly these). Answers
    // the rows dropped, in ascending order and numbered as they were before.
    std::vector<size_t> removeMessages(const QSet<QString> &ids);
    // Where a row is once `removed` (ascending, as removeMessages answers) are gone: its new
    // number, or for a row that went, the number of the first one after it that stayed.
    static int rowAfterRemoval(int row, const std::vector<size_t> &removed);
    int rowOfMessage(const QString &id) const;

signals:
    void pageLoaded(int rows);
    void loadFailed(const ApiError &error);
    void loadingChanged(bool loading);
    void searchChanged();

private:
    void requestPage();
    void requestAll();
    // Parses a page's answer on the parser thread; batchParsed() takes it back.
    void parse(const QByteArray &answer);
    void batchParsed(quint64 generation, const std::shared_ptr<DeadLetterBatch> &batch, const QString &problem);
    void appendBatches(std::vector<DeadLetterBatch> &batches);
    void flushParsed();
    // Once nothing is listed or parsed any more: goes on loading all, or says it is done.
    void settle();
    // Drops what is in flight: requests, and pages parsed or being parsed.
    void dropInFlight();
    // Ends a load that failed: no more loading all, and views stop asking until a retry.
    void failLoad(const ApiError &error);
    void setLoading(bool loading);
    bool matchesSearch(size_t row) const;
    bool matchesText(size_t row) const;
    void recountMatches();
    // Rows of the messages with these ids, ascending.
    std::vector<size_t> rowsOfMessages(const QSet<QString> &ids);

    QPointer<QObject> m_requests; // parent of page callbacks; replaced to drop them
    InfraiQueueClient *m_client = nullptr;
    QString m_queue;
    QString m_cursor;
    int m_pageSize = 500;
    int m_allPageSize = AllPageSize;
    bool m_loading = false;
    bool m_complete = false;
    bool m_wantAll = false;
    bool m_failed = false;
    bool m_pageInFlight = false;           // one page asked for by fetchMore
    bool m_listing = false;                // pages followed by loadAll
    int m_parsing = 0;                     // answers with the parser
    quint64 m_generation = 0;              // parsed pages of an older one are dropped
    ApiError m_listError;                  // how the listing ended, said once its pages are in
    QThreadPool m_parser;                  // one thread: pages come back in order
    std::vector<DeadLetterBatch> m_parsed; // parsed pages of a load-all, going in together
    QTimer m_flushTimer;
    DeadLetterStore m_store;
    size_t m_removeHint = 0; // where the last removed batch was found
    QString m_needle;        // lower-case
    QString m_searchText;
    QByteArray m_asciiNeedleBytes;
    bool m_asciiNeedle = true;
    std::optional<JsonPathFilter> m_pathFilter;
    bool m_searching = false;
    std::vector<quint8> m_matches; // one per row while searching
    int m_matchCount = 0;
    qint64 m_rangeFrom = 0, m_rangeTo = 0;
    QString m_baseSearchText; // the search as asked, without the time range
};
