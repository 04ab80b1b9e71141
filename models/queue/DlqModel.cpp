#include "queue/DlqModel.h"

#include <limits>

#include "api/queue/InfraiQueueClient.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewLength = 160;

QString previewOf(const QByteArray &json)
{
    QString text = QString::fromUtf8(json.left(PreviewLength * 2));
    if (text.size() > PreviewLength)
        text = text.left(PreviewLength) + u'…';
    return text;
}

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString rfc3339(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

DlqModel::DlqModel(QObject *parent) : QAbstractTableModel(parent), m_requests(new QObject(this))
{
}

DlqModel::~DlqModel() = default;

void DlqModel::setQueue(InfraiQueueClient *client, const QString &queue)
{
    m_client = client;
    m_queue = queue;
    reload();
}

void DlqModel::reload()
{
    beginResetModel();
    delete m_requests; // drops the callbacks of pages still in flight
    m_requests = new QObject(this);
    m_rows.clear();
    m_rows.shrink_to_fit();
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DlqModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DlqModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const DeadLetter &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn: return row.id;
        case DeadLetteredColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.deadLetteredMs), QLocale::ShortFormat);
        case DeliveryColumn: return QLocale().toString(row.deliveryCount);
        case SourceColumn: return row.sourceQueue;
        case PayloadColumn: return previewOf(row.json);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DeliveryColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case MessageIdRole: return row.id;
    case DeadLetteredAtRole: return row.deadLetteredMs;
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
    m_client->dlqList(m_queue, m_cursor, m_pageSize, m_requests,
                      [this](const Page<QueueMessage> &page, const ApiError &error) {
                          if (error.isError()) {
                              m_wantAll = false;
                              m_failed = true; // views stop asking; retryFailedLoad() asks again
                              setLoading(false);
                              return emit loadFailed(error);
                          }
                          m_failed = false;
                          // Still "loading" while rows go in: a view asking for more from
                          // its insert handler must not fetch this cursor a second time.
                          appendPage(page.items, page.nextCursor);
                          if (m_wantAll && !m_complete)
                              requestAll();
                          else
                              setLoading(false);
                      });
}

void DlqModel::loadAll()
{
    if (!m_client || m_complete)
        return;
    m_wantAll = true;
    if (!m_loading)
        requestAll();
    // else: the page in flight continues into requestAll() when it lands.
}

void DlqModel::requestAll()
{
    m_failed = false; // "Load all" after a failure is asking again
    setLoading(true);
    QObject *requests = m_requests;
    m_client->forEachDlqPage(
        m_queue, std::max(m_pageSize, m_allPageSize), m_cursor, requests,
        [this, requests](const QList<QueueMessage> &items, const QString &next) {
            if (requests != m_requests || !m_wantAll)
                return false;
            appendPage(items, next);
            return true;
        },
        [this, requests](const ApiError &error) {
            if (requests != m_requests)
                return;
            // Stopped with a page already requested ahead: that page is simply not taken,
            // and the cursor still points at it.
            m_failed = error.isError() && error.kind() != ApiError::Kind::Cancelled;
            setLoading(false);
            m_wantAll = false;
            if (error.isError())
                emit loadFailed(error);
        });
}

void DlqModel::stopLoading()
{
    if (!m_wantAll)
        return;
    m_wantAll = false;
    // Drop the look-ahead request; the cursor already names the next page to ask for.
    QObject *old = m_requests;
    m_requests = new QObject(this);
    delete old;
    setLoading(false);
}

void DlqModel::appendPage(const QList<QueueMessage> &messages, const QString &nextCursor)
{
    m_cursor = nextCursor;
    m_complete = nextCursor.isEmpty();
    if (!messages.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(messages.size()) - 1);
        for (const QueueMessage &message : messages) {
            DeadLetter row;
            row.id = message.id;
            // Most dead letters share a source queue: keep one copy of its name.
            if (!m_rows.empty() && m_rows.back().sourceQueue == message.sourceQueue)
                row.sourceQueue = m_rows.back().sourceQueue;
            else
                row.sourceQueue = message.sourceQueue;
            row.json = QJsonDocument(message.payload).toJson(QJsonDocument::Compact);
            row.deadLetteredMs = message.deadLetteredAt.toMSecsSinceEpoch();
            row.publishedMs = message.publishedAt.toMSecsSinceEpoch();
            row.deliveryCount = message.deliveryCount;
            row.priority = message.priority;
            if (isSearching()) {
                const bool hit = matchesSearch(row);
                m_matches.push_back(hit);
                m_matchCount += hit;
            }
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
    }
    emit pageLoaded(int(messages.size()));
}

bool DlqModel::matchesSearch(const DeadLetter &row) const
{
    if (hasTimeRange() && (row.deadLetteredMs < m_rangeFrom || row.deadLetteredMs >= m_rangeTo))
        return false;
    return matchesText(row);
}

bool DlqModel::matchesText(const DeadLetter &row) const
{
    if (m_needle.isEmpty() && !m_pathFilter)
        return true;
    if (m_pathFilter)
        return m_pathFilter->matchesText(row.json);
    if (row.id.contains(m_needle, Qt::CaseInsensitive))
        return true;
    // An ASCII needle is compared byte-wise with ASCII case folding: exact for UTF-8, whose
    // multi-byte characters never fold onto ASCII. Anything else goes through QString.
    if (m_asciiNeedle)
        return QLatin1StringView(row.json).contains(QLatin1StringView(m_asciiNeedleBytes), Qt::CaseInsensitive);
    return QString::fromUtf8(row.json).contains(m_needle, Qt::CaseInsensitive);
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
    m_matches.assign(m_rows.size(), 0);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_matchCount += (m_matches[i] = matchesSearch(m_rows[i]));
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
    rows.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (matchesText(m_rows[i])) {
            rows.push_back(i);
            first = std::min(first, m_rows[i].deadLetteredMs);
            last = std::max(last, m_rows[i].deadLetteredMs);
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
        labelOf[k] = jsonValueLabel(path.evaluateText(m_rows[rows[k]].json));
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
        const int bucket = int((m_rows[rows[k]].deadLetteredMs - line.startMs) / line.bucketMs);
        const int which = seriesOf.value(labelOf[k], int(line.labels.size()));
        ++line.counts[size_t(which)][size_t(bucket)];
    }
    return line;
}

QList<DlqModel::Group> DlqModel::groupBy(const JsonPath &path) const
{
    QHash<QString, Group> groups;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (!rowMatches(int(i)))
            continue;
        const QJsonValue value = path.evaluateText(m_rows[i].json);
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
    return parsed(m_rows[size_t(row)].json);
}

QDateTime DlqModel::deadLetteredAt(int row) const
{
    if (!hasRow(row))
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_rows[size_t(row)].deadLetteredMs);
}

int DlqModel::countDeadLetteredSince(const QDateTime &since) const
{
    const qint64 from = since.toMSecsSinceEpoch();
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [from](const DeadLetter &row) { return row.deadLetteredMs >= from; }));
}

QByteArray DlqModel::exportLine(int row) const
{
    if (!hasRow(row))
        return {};
    const DeadLetter &r = m_rows[size_t(row)];
    QJsonObject json{{u"message_id"_s, r.id},
                     {u"queue"_s, m_queue},
                     {u"payload"_s, parsed(r.json)},
                     {u"priority"_s, r.priority},
                     {u"delivery_count"_s, r.deliveryCount},
                     {u"published_at"_s, rfc3339(r.publishedMs)},
                     {u"dead_lettered_at"_s, rfc3339(r.deadLetteredMs)}};
    if (!r.sourceQueue.isEmpty())
        json.insert(u"source_queue"_s, r.sourceQueue);
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

int DlqModel::rowOfMessage(const QString &id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

void DlqModel::removeMessages(const QSet<QString> &ids)
{
    // Many scattered rows (a redrive of what matches): one compaction under a reset, linear,
    // instead of one O(rows) erase per run.
    if (ids.size() > 64) {
        beginResetModel();
        size_t kept = 0;
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (ids.contains(m_rows[row].id)) {
                if (isSearching())
                    m_matchCount -= m_matches[row];
                continue;
            }
            if (kept != row) {
                m_rows[kept] = std::move(m_rows[row]);
                if (isSearching())
                    m_matches[kept] = m_matches[row];
            }
            ++kept;
        }
        m_rows.resize(kept);
        if (isSearching())
            m_matches.resize(kept);
        endResetModel();
        return;
    }
    // From the bottom up, in contiguous runs, so views keep the rows around them.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (!ids.contains(m_rows[size_t(row)].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && ids.contains(m_rows[size_t(first - 1)].id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        if (isSearching()) {
            for (int i = first; i <= row; ++i)
                m_matchCount -= m_matches[size_t(i)];
            m_matches.erase(m_matches.begin() + first, m_matches.begin() + row + 1);
        }
        endRemoveRows();
        row = first - 1;
    }
}
