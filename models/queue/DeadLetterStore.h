#pragma once

#include "api/queue/QueueTypes.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

// One dead letter as the browser keeps it: times and counts inline, the id and the payload's
// compact JSON as a slice of a shared text block. 40 bytes plus the text, where a row of
// QStrings and QByteArrays cost twice that in headers and allocations.
struct DeadLetterRecord
{
    qint64 deadLetteredMs = 0;
    qint64 publishedMs = 0;
    quint32 block = 0;  // which text block (set by the store)
    quint32 offset = 0; // the id starts here, the payload right after it
    quint32 payloadLength = 0;
    quint32 source = 0; // index of the source queue's name
    qint32 deliveryCount = 0;
    qint16 priority = 0;
    quint16 idLength = 0;
};

// A page of dead letters in that form: built from a dlq.list answer off the GUI thread, then
// moved into the store whole.
struct DeadLetterBatch
{
    QByteArray text;
    std::vector<DeadLetterRecord> records;
    QStringList sources; // named by the records' `source`, local to the batch
    QString nextCursor;

    // False (and why) for a message that cannot be kept: an id too long to slice.
    bool add(const QueueMessage &message, QString *problem = nullptr);
    // A dlq.list answer's text: its items and next_cursor. Safe on any thread.
    static std::optional<DeadLetterBatch> fromAnswer(const QByteArray &answer, QString *problem);
    static DeadLetterBatch fromMessages(const QList<QueueMessage> &messages, const QString &nextCursor);
};

// Records in fixed segments: growing never copies what is there (a vector doubling at a
// million rows copies 20 MB on the GUI thread, a visible stall).
class DeadLetterRecords
{
public:
    static constexpr size_t SegmentShift = 12, SegmentSize = size_t(1) << SegmentShift;

    size_t size() const { return m_size; }
    const DeadLetterRecord &operator[](size_t i) const { return m_segments[i >> SegmentShift][i & (SegmentSize - 1)]; }
    DeadLetterRecord &operator[](size_t i) { return m_segments[i >> SegmentShift][i & (SegmentSize - 1)]; }
    void push_back(const DeadLetterRecord &record);
    // Keeps the first `size` records (never grows).
    void truncate(size_t size);
    void erase(size_t first, size_t last); // [first, last)
    void clear();

private:
    std::vector<std::unique_ptr<DeadLetterRecord[]>> m_segments;
    size_t m_size = 0;
};

class DeadLetterStore
{
public:
    size_t size() const { return m_records.size(); }
    const DeadLetterRecord &record(size_t row) const { return m_records[row]; }
    QByteArrayView id(size_t row) const;
    QString idString(size_t row) const { return QString::fromUtf8(id(row)); }
    QByteArrayView payload(size_t row) const;
    const QString &sourceQueue(size_t row) const { return m_sources[qsizetype(m_records[row].source)]; }

    void append(DeadLetterBatch &&batch);
    // Drops the rows marked in `gone` (one flag per row), keeping the order.
    void removeMarked(const std::vector<quint8> &gone);
    void erase(size_t first, size_t last); // [first, last)
    void clear();
    // Bytes of text held, and of it still named by a row (the rest is what removals left).
    qsizetype textBytes() const { return m_textBytes; }
    qsizetype liveTextBytes() const { return m_liveBytes; }

private:
    // Copies the live slices into fresh blocks once removals left more dead text than live.
    void compactIfSparse();
    quint32 sourceIndex(const QString &name);

    DeadLetterRecords m_records;
    std::vector<QByteArray> m_blocks;
    QStringList m_sources;
    QHash<QString, quint32> m_sourceIndex;
    qsizetype m_textBytes = 0;
    qsizetype m_liveBytes = 0;
};
