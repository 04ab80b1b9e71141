#include "queue/DeadLetterStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

qsizetype lengthOf(const DeadLetterRecord &record)
{
    return qsizetype(record.idLength) + qsizetype(record.payloadLength);
}

} // namespace

bool DeadLetterBatch::add(const QueueMessage &message, QString *problem)
{
    const QByteArray id = message.id.toUtf8();
    if (id.size() > std::numeric_limits<quint16>::max()) {
        if (problem)
            *problem = u"a message id is %1 bytes long"_s.arg(id.size());
        return false;
    }
    const QByteArray payload = QJsonDocument(message.payload).toJson(QJsonDocument::Compact);
    DeadLetterRecord record;
    record.offset = quint32(text.size());
    record.idLength = quint16(id.size());
    record.payloadLength = quint32(payload.size());
    record.deadLetteredMs = message.deadLetteredAt.toMSecsSinceEpoch();
    record.publishedMs = message.publishedAt.toMSecsSinceEpoch();
    record.deliveryCount = message.deliveryCount;
    record.priority = qint16(message.priority);
    // Most dead letters of a page share their source queue: name it once.
    qsizetype source = sources.isEmpty() || sources.constLast() != message.sourceQueue ? -1 : sources.size() - 1;
    if (source < 0) {
        source = sources.indexOf(message.sourceQueue);
        if (source < 0) {
            sources.append(message.sourceQueue);
            source = sources.size() - 1;
        }
    }
    record.source = quint32(source);
    text += id;
    text += payload;
    records.push_back(record);
    return true;
}

std::optional<DeadLetterBatch> DeadLetterBatch::fromAnswer(const QByteArray &answer, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = error.error != QJsonParseError::NoError ? error.errorString() : u"the answer is not an object"_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!object.value(u"items"_s).isArray()) {
        *problem = u"the answer lacks items"_s;
        return std::nullopt;
    }
    const QJsonArray items = object.value(u"items"_s).toArray();
    DeadLetterBatch batch;
    batch.nextCursor = object.value(u"next_cursor"_s).toString();
    batch.records.reserve(size_t(items.size()));
    batch.text.reserve(answer.size() / 2);
    for (const QJsonValue &item : items) {
        const std::optional<QueueMessage> message = QueueMessage::fromJson(item.toObject(), problem);
        if (!message || !batch.add(*message, problem))
            return std::nullopt;
    }
    batch.text.squeeze();
    return batch;
}

DeadLetterBatch DeadLetterBatch::fromMessages(const QList<QueueMessage> &messages, const QString &nextCursor)
{
    DeadLetterBatch batch;
    batch.nextCursor = nextCursor;
    batch.records.reserve(size_t(messages.size()));
    for (const QueueMessage &message : messages)
        batch.add(message);
    batch.text.squeeze();
    return batch;
}

void DeadLetterRecords::push_back(const DeadLetterRecord &record)
{
    if ((m_size >> SegmentShift) == m_segments.size())
        m_segments.push_back(std::make_unique_for_overwrite<DeadLetterRecord[]>(SegmentSize));
    (*this)[m_size++] = record;
}

void DeadLetterRecords::truncate(size_t size)
{
    m_size = std::min(size, m_size);
    m_segments.resize((m_size + SegmentSize - 1) >> SegmentShift);
}

void DeadLetterRecords::erase(size_t first, size_t last)
{
    const size_t count = last - first;
    for (size_t i = last; i < m_size; ++i)
        (*this)[i - count] = (*this)[i];
    truncate(m_size - count);
}

void DeadLetterRecords::clear()
{
    m_segments.clear();
    m_segments.shrink_to_fit();
    m_size = 0;
}

QByteArrayView DeadLetterStore::id(size_t row) const
{
    const DeadLetterRecord &r = m_records[row];
    return QByteArrayView(m_blocks[r.block]).sliced(r.offset, r.idLength);
}

QByteArrayView DeadLetterStore::payload(size_t row) const
{
    const DeadLetterRecord &r = m_records[row];
    return QByteArrayView(m_blocks[r.block]).sliced(qsizetype(r.offset) + r.idLength, r.payloadLength);
}

quint32 DeadLetterStore::sourceIndex(const QString &name)
{
    auto it = m_sourceIndex.constFind(name);
    if (it == m_sourceIndex.cend()) {
        m_sources.append(name);
        it = m_sourceIndex.insert(name, quint32(m_sources.size() - 1));
    }
    return *it;
}

void DeadLetterStore::append(DeadLetterBatch &&batch)
{
    if (batch.records.empty())
        return;
    std::vector<quint32> sources;
    sources.reserve(size_t(batch.sources.size()));
    for (const QString &name : std::as_const(batch.sources))
        sources.push_back(sourceIndex(name));
    const quint32 block = quint32(m_blocks.size());
    for (DeadLetterRecord record : batch.records) {
        record.block = block;
        record.source = sources[record.source];
        m_records.push_back(record);
    }
    m_textBytes += batch.text.size();
    m_liveBytes += batch.text.size();
    m_blocks.push_back(std::move(batch.text));
}

void DeadLetterStore::removeMarked(const std::vector<quint8> &gone)
{
    size_t kept = 0;
    for (size_t row = 0; row < m_records.size(); ++row) {
        if (gone[row]) {
            m_liveBytes -= lengthOf(m_records[row]);
            continue;
        }
        m_records[kept++] = m_records[row];
    }
    m_records.truncate(kept);
    compactIfSparse();
}

void DeadLetterStore::erase(size_t first, size_t last)
{
    for (size_t row = first; row < last; ++row)
        m_liveBytes -= lengthOf(m_records[row]);
    m_records.erase(first, last);
    compactIfSparse();
}

void DeadLetterStore::clear()
{
    m_records.clear();
    m_blocks.clear();
    m_blocks.shrink_to_fit();
    m_sources.clear();
    m_sourceIndex.clear();
    m_textBytes = m_liveBytes = 0;
}

void DeadLetterStore::compactIfSparse()
{
    if (m_records.size() == 0) {
        m_blocks.clear();
        m_textBytes = m_liveBytes = 0;
        return;
    }
    // Removals free nothing until the text is copied; doing it only when most of it is
    // dead keeps the copying linear overall.
    if (m_liveBytes * 2 >= m_textBytes || m_textBytes < (1 << 20))
        return;
    constexpr qsizetype BlockBytes = 1 << 20;
    std::vector<QByteArray> blocks;
    QByteArray current;
    current.reserve(BlockBytes);
    for (size_t row = 0; row < m_records.size(); ++row) {
        DeadLetterRecord &record = m_records[row];
        const qsizetype length = lengthOf(record);
        if (!current.isEmpty() && current.size() + length > BlockBytes) {
            blocks.push_back(std::move(current));
            current = QByteArray();
            current.reserve(BlockBytes);
        }
        const QByteArrayView slice = QByteArrayView(m_blocks[record.block]).sliced(record.offset, length);
        record.block = quint32(blocks.size());
        record.offset = quint32(current.size());
        current.append(slice);
    }
    current.squeeze();
    blocks.push_back(std::move(current));
    m_blocks = std::move(blocks);
    m_textBytes = m_liveBytes;
}
