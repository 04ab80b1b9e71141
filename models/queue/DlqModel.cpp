#include "queue/DlqModel.h"

#include <limits>

#include "api/queue/InfraiQueueClient.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewLength = 160;

QString previewOf(QByteArrayView json)
{
    QString text = QString::fromUtf8(json.first(std::min<qsizetype>(json.size(), PreviewLength * 2)));
    if (text.size() > PreviewLength)
        text = text.left(PreviewLength) + u'…';
    return text;
}

QJsonObject parsed(QByteArrayView json)
{
    return QJsonDocument::fromJson(json.toByteArray()).object();
}

QString rfc3339(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

DlqModel::DlqModel(QObject *parent) : QAbstractTableModel(parent), m_requests(new QObject(this))
{
    m_parser.setMaxThreadCount(1);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DlqModel::flushParsed);
}

DlqModel::~DlqModel()
{
    // A page parsed after this posts to a model about to go: its event is dropped with it.
    m_parser.clear();
    m_parser.waitForDone();
}

void DlqModel::setQueue(InfraiQueueClient *client, const QString &queue)
{
    m_client = client;
    m_queue = queue;
    reload();
}

void DlqModel::reload()
{
    beginResetModel();
    dropInFlight();
    m_store.clear();
    m_cursor.clear();
    m_complete = false;
    m_wantAll = false;
    m_failed = false;
    recountMatches(); // a search stays active across a reload
    setLoading(false);
    endResetModel(); // views may fetch the first page from here on
}

int DlqModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

int DlqModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DlqModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasRow(index.row()))
        return {};
    const size_t row = size_t(index.row());
    const DeadLetterRecord &record = m_store.record(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return m_store.idString(row);
        case DeadLetteredColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.deadLetteredMs), QLocale::ShortFormat);
        case DeliveryColumn: return QLocale().toString(record.deliveryCount);
        case SourceColumn: return m_store.sourceQueue(row);
        case PayloadColumn: return previewOf(m_store.payload(row));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DeliveryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MessageIdRole: return m_store.idString(row);
    case DeadLetteredAtRole: return record.deadLetteredMs;
    default: return {};
    }
}

QVariant DlqModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn: return tr("Message id");
    case DeadLetteredColumn: return tr("Dead-lettered at");
    case DeliveryColumn: return tr("Deliveries");
    case SourceColumn: return tr("Source queue");
    case PayloadColumn: return tr("Payload");
    }
    return {};
}

bool DlqModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_complete && !m_loading && !m_failed;
}

void DlqModel::retryFailedLoad()
{
    if (!m_failed || m_loading)
        return;
    m_failed = false;
    requestPage();
}

void DlqModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void DlqModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void DlqModel::requestPage()
{
    setLoading(true);
    m_pageInFlight = true;
    m_client->dlqListAnswer(m_queue, m_cursor, m_pageSize, m_requests,
                            [this](const QByteArray &answer, const ApiError &error) {
                                m_pageInFlight = false;
                                if (error.isError())
                                    return failLoad(error);
                                m_failed = false;
                                // Still "loading" while it is parsed and goes in: a view asking
                                // for more meanwhile must not fetch this cursor a second time.
                                parse(answer);
                            });
}

void DlqModel::loadAll()
{
    if (!m_client || m_complete)
        return;
    m_wantAll = true;
    if (!m_loading)
        requestAll();
    // else: the page in flight continues into requestAll() when it is in (settle()).
}

void DlqModel::requestAll()
{
    m_failed = false; // "Load all" after a failure is asking again
    m_listError = ApiError();
    m_listing = true;
    setLoading(true);
    QObject *requests = m_requests;
    m_client->forEachDlqAnswer(
        m_queue, std::max(m_pageSize, m_allPageSize), m_cursor, requests,
        [this, requests](const QByteArray &answer, const QString &) {
            if (requests != m_requests || !m_wantAll)
                return false;
            parse(answer);
            // Pages are not fetched faster than they are parsed: with this many waiting the
            // listing pauses, and settle() goes on from the cursor once they are in.
            return m_parsing < MaxParsing;
        },
        [this, requests](const ApiError &error) {
            if (requests != m_requests)
                return;
            m_listing = false;
            m_listError = error.kind() == ApiError::Kind::Cancelled ? ApiError() : error;
            settle();
        });
}

void DlqModel::parse(const QByteArray &answer)
{
    ++m_parsing;
    const quint64 generation = m_generation;
    m_parser.start([this, answer, generation] {
        QString problem;
        std::optional<DeadLetterBatch> parsed = DeadLetterBatch::fromAnswer(answer, &problem);
        auto batch = parsed ? std::make_shared<DeadLetterBatch>(std::move(*parsed)) : nullptr;
        QMetaObject::invokeMethod(
            this, [this, generation, batch, problem] { batchParsed(generation, batch, problem); },
            Qt::QueuedConnection);
    });
}

void DlqModel::batchParsed(quint64 generation, const std::shared_ptr<DeadLetterBatch> &batch, const QString &problem)
{
    if (generation != m_generation)
        return; // reloaded or stopped since: the cursor still names this page
    --m_parsing;
    if (!batch) {
        // An answer that does not parse ends the loading here; the cursor stays before it.
        dropInFlight();
        ApiError error = ApiError::malformed(problem);
        error.setCall(u"GET /v1/queue/dlq/list/"_s + m_queue);
        return failLoad(error);
    }
    m_parsed.push_back(std::move(*batch));
    // Pages of a load-all go in together, a few times a second: each insert wakes all that
    // follows the model (the filter, the view, the browser's counts), and ten a second is
    // as often as an operator can read them. A single page goes in at once.
    if (m_listing || m_parsing > 0) {
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
        return;
    }
    settle(); // nothing else in flight: it goes in now
}

void DlqModel::flushParsed()
{
    m_flushTimer.stop();
    if (m_parsed.empty())
        return;
    std::vector<DeadLetterBatch> batches;
    batches.swap(m_parsed);
    appendBatches(batches);
}

void DlqModel::settle()
{
    if (m_parsing > 0 || m_listing || m_pageInFlight)
        return;
    flushParsed();
    if (m_listError.isError())
        return failLoad(std::exchange(m_listError, ApiError()));
    if (m_wantAll && !m_complete)
        return requestAll();
    m_wantAll = false;
    setLoading(false);
}

void DlqModel::failLoad(const ApiError &error)
{
    m_wantAll = false;
    m_failed = true; // views stop asking; retryFailedLoad() asks again
    setLoading(false);
    emit loadFailed(error);
}

void DlqModel::dropInFlight()
{
    delete m_requests; // drops the callbacks of pages still in flight
    m_requests = new QObject(this);
    ++m_generation; // and the pages being parsed, or parsed and not yet in
    m_parsing = 0;
    m_parsed.clear();
    m_flushTimer.stop();
    m_listing = false;
    m_pageInFlight = false;
    m_listError = ApiError();
}

void DlqModel::stopLoading()
{
    if (!m_wantAll)
        return;
    m_wantAll = false;
    // Keeps the pages in hand; drops the look-ahead request and pages being parsed: the
    // cursor names the next page.
    flushParsed();
    dropInFlight();
    setLoading(false);
}

void DlqModel::appendPage(const QList<QueueMessage> &messages, const QString &nextCursor)
{
    std::vector<DeadLetterBatch> batches;
    batches.push_back(DeadLetterBatch::fromMessages(messages, nextCursor));
    appendBatches(batches);
}

void DlqModel::appendBatches(std::vector<DeadLetterBatch> &batches)
{
    m_cursor = batches.back().nextCursor;
    m_complete = m_cursor.isEmpty();
    int count = 0;
    for (const DeadLetterBatch &batch : batches)
        count += int(batch.records.size());
    if (count > 0) {
        const size_t first = m_store.size();
        beginInsertRows({}, int(first), int(first) + count - 1);
        for (DeadLetterBatch &batch : batches)
            m_store.append(std::move(batch));
        if (isSearching()) {
            m_matches.resize(m_store.size());
            for (size_t row = first; row < m_store.size(); ++row)
                m_matchCount += (m_matches[row] = matchesSearch(row));
        }
        endInsertRows();
    }
    emit pageLoaded(count);
}

bool DlqModel::matchesSearch(size_t row) const
{
    const qint64 at = m_store.record(row).deadLetteredMs;
    if (hasTimeRange() && (at < m_rangeFrom || at >= m_rangeTo))
        return false;
    return matchesText(row);
}

bool DlqModel::matchesText(size_t row) const
{
    if (m_needle.isEmpty() && !m_pathFilter)
        return true;
    const QByteArrayView json = m_store.payload(row);
    if (m_pathFilter)
        return m_pathFilter->matchesText(json);
    // An ASCII needle is compared byte-wise with ASCII case folding: exact for UTF-8, whose
    // multi-byte characters never fold onto ASCII. Anything else goes through QString.
    const QLatin1StringView needle(m_asciiNeedleBytes);
    const QByteArrayView id = m_store.id(row);
    if (m_asciiNeedle)
        return QLatin1StringView(id).contains(needle, Qt::CaseInsensitive) ||
               QLatin1StringView(json).contains(needle, Qt::CaseInsensitive);
    return QString::fromUtf8(id).contains(m_needle, Qt::CaseInsensitive) ||
           QString::fromUtf8(json).contains(m_needle, Qt::CaseInsensitive);
}

bool DlqModel::setSearch(SearchMode mode, const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    std::optional<JsonPathFilter> filter;
    if (mode == SearchMode::JsonPath && !trimmed.isEmpty()) {
        filter = JsonPathFilter::parse(trimmed, error);
        if (!filter)
            return false;
    }
    m_pathFilter = filter;
    m_baseSearchText = filter || trimmed.isEmpty() ? trimmed : u"text:"_s + trimmed; // which search, as asked
    m_searchText = hasTimeRange() ? m_baseSearchText + u"\n@%1-%2"_s.arg(m_rangeFrom).arg(m_rangeTo) : m_baseSearchText;
    m_needle = mode == SearchMode::Text ? trimmed.toLower() : QString();
    m_asciiNeedleBytes = m_needle.toUtf8();
    m_asciiNeedle =
        std::all_of(m_asciiNeedleBytes.cbegin(), m_asciiNeedleBytes.cend(), [](char c) { return uchar(c) < 0x80; });
    recountMatches();
    emit searchChanged();
    return true;
}

void DlqModel::recountMatches()
{
    m_matchCount = 0;
    m_searching = !m_needle.isEmpty() || m_pathFilter.has_value() || hasTimeRange();
    if (!m_searching) {
        m_matches.clear();
        m_matches.shrink_to_fit();
        return;
    }
    m_matches.assign(m_store.size(), 0);
    for (size_t i = 0; i < m_store.size(); ++i)
        m_matchCount += (m_matches[i] = matchesSearch(i));
}

void DlqModel::setTimeRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_rangeFrom && toMs == m_rangeTo)
        return;
    // The search stays; the range joins what names it (never parsed back out of it).
    m_rangeFrom = fromMs;
    m_rangeTo = toMs;
    m_searchText = hasTimeRange() ? m_baseSearchText + u"\n@%1-%2"_s.arg(m_rangeFrom).arg(m_rangeTo) : m_baseSearchText;
    recountMatches();
    emit searchChanged();
}

DlqModel::Timeline DlqModel::timeline(const JsonPath &path, int buckets, int series) const
{
    Timeline line;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    std::vector<size_t> rows;
    rows.reserve(m_store.size());
    for (size_t i = 0; i < m_store.size(); ++i)
        if (matchesText(i)) {
            rows.push_back(i);
            first = std::min(first, m_store.record(i).deadLetteredMs);
            last = std::max(last, m_store.record(i).deadLetteredMs);
        }
    if (rows.empty() || buckets <= 0)
        return line;
    // Whole seconds a bucket, enough of them to cover first..last.
    line.startMs = first - first % 1000;
    line.bucketMs = std::max<qint64>(1000, ((last - line.startMs) / buckets / 1000 + 1) * 1000);
    const int used = int((last - line.startMs) / line.bucketMs) + 1;
    // Each row's value label once (the costly part), then the series by total.
    QHash<QString, int> totals;
    std::vector<QString> labelOf(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
        labelOf[k] = jsonValueLabel(path.evaluateText(m_store.payload(rows[k])));
        ++totals[labelOf[k]];
    }
    QList<std::pair<QString, int>> ranked;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        ranked.append({it.key(), it.value()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QHash<QString, int> seriesOf;
    for (int i = 0; i < ranked.size() && i < series; ++i) {
        seriesOf.insert(ranked[i].first, i);
        line.labels << ranked[i].first;
    }
    line.hasOther = ranked.size() > series;
    line.counts.assign(size_t(line.labels.size() + (line.hasOther ? 1 : 0)), std::vector<int>(size_t(used), 0));
    for (size_t k = 0; k < rows.size(); ++k) {
        const int bucket = int((m_store.record(rows[k]).deadLetteredMs - line.startMs) / line.bucketMs);
        const int which = seriesOf.value(labelOf[k], int(line.labels.size()));
        ++line.counts[size_t(which)][size_t(bucket)];
    }
    return line;
}

QList<DlqModel::Group> DlqModel::groupBy(const JsonPath &path) const
{
    QHash<QString, Group> groups;
    for (size_t i = 0; i < m_store.size(); ++i) {
        if (!rowMatches(int(i)))
            continue;
        const QJsonValue value = path.evaluateText(m_store.payload(i));
        const QString label = jsonValueLabel(value);
        auto it = groups.find(label);
        if (it == groups.end())
            it = groups.insert(label, Group{label, value, 0});
        ++it->count;
    }
    QList<Group> sorted(groups.cbegin(), groups.cend());
    std::sort(sorted.begin(), sorted.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    return sorted;
}

QJsonObject DlqModel::payload(int row) const
{
    if (!hasRow(row))
        return {};
    return parsed(m_store.payload(size_t(row)));
}

QDateTime DlqModel::deadLetteredAt(int row) const
{
    if (!hasRow(row))
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_store.record(size_t(row)).deadLetteredMs);
}

int DlqModel::countDeadLetteredSince(const QDateTime &since) const
{
    const qint64 from = since.toMSecsSinceEpoch();
    int count = 0;
    for (size_t row = 0; row < m_store.size(); ++row)
        count += m_store.record(row).deadLetteredMs >= from;
    return count;
}

QByteArray DlqModel::exportLine(int row) const
{
    if (!hasRow(row))
        return {};
    const DeadLetterRecord &r = m_store.record(size_t(row));
    QJsonObject json{{u"message_id"_s, m_store.idString(size_t(row))},
                     {u"queue"_s, m_queue},
                     {u"payload"_s, parsed(m_store.payload(size_t(row)))},
                     {u"priority"_s, r.priority},
                     {u"delivery_count"_s, r.deliveryCount},
                     {u"published_at"_s, rfc3339(r.publishedMs)},
                     {u"dead_lettered_at"_s, rfc3339(r.deadLetteredMs)}};
    if (const QString &source = m_store.sourceQueue(size_t(row)); !source.isEmpty())
        json.insert(u"source_queue"_s, source);
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

int DlqModel::rowOfMessage(const QString &id) const
{
    const QByteArray wanted = id.toUtf8();
    for (size_t i = 0; i < m_store.size(); ++i)
        if (m_store.id(i) == wanted)
            return int(i);
    return -1;
}

std::vector<size_t> DlqModel::rowsOfMessages(const QSet<QString> &ids)
{
    QSet<QByteArray> wanted;
    wanted.reserve(ids.size());
    for (const QString &id : ids)
        wanted.insert(id.toUtf8());
    // A redrive job sends messages in the DLQ's order, so each batch lies just after the
    // one before: the search starts where the last one was found and wraps around, and a
    // job over a million rows costs one pass in all rather than one per batch.
    std::vector<size_t> rows;
    const size_t count = m_store.size();
    const size_t start = m_removeHint < count ? m_removeHint : 0;
    for (size_t step = 0; step < count && rows.size() < size_t(wanted.size()); ++step) {
        const size_t row = (start + step) % count;
        const QByteArrayView id = m_store.id(row);
        if (wanted.contains(QByteArray::fromRawData(id.data(), id.size())))
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int DlqModel::rowAfterRemoval(int row, const std::vector<size_t> &removed)
{
    const auto before = std::lower_bound(removed.begin(), removed.end(), size_t(row));
    return row - int(before - removed.begin());
}

std::vector<size_t> DlqModel::removeMessages(const QSet<QString> &ids)
{
    std::vector<size_t> rows = rowsOfMessages(ids);
    if (rows.empty())
        return rows;
    m_removeHint = rows.front();
    // Many scattered rows (a redrive of what matches): one compaction under a reset, linear,
    // instead of one removal per run, each of which costs a view a pass over its rows.
    if (rows.size() > 64) {
        beginResetModel();
        std::vector<quint8> gone(m_store.size(), 0);
        for (size_t row : rows) {
            gone[row] = 1;
            if (isSearching())
                m_matchCount -= m_matches[row];
        }
        if (isSearching()) {
            size_t kept = 0;
            for (size_t row = 0; row < gone.size(); ++row)
                if (!gone[row])
                    m_matches[kept++] = m_matches[row];
            m_matches.resize(kept);
        }
        m_store.removeMarked(gone);
        endResetModel();
        return rows;
    }
    // From the bottom up, in contiguous runs, so views keep the rows around them.
    for (size_t k = rows.size(); k > 0;) {
        const size_t last = rows[--k];
        size_t first = last;
        while (k > 0 && rows[k - 1] == first - 1)
            first = rows[--k];
        beginRemoveRows({}, int(first), int(last));
        m_store.erase(first, last + 1);
        if (isSearching()) {
            for (size_t i = first; i <= last; ++i)
                m_matchCount -= m_matches[i];
            m_matches.erase(m_matches.begin() + qsizetype(first), m_matches.begin() + qsizetype(last) + 1);
        }
        endRemoveRows();
    }
    return rows;
}
