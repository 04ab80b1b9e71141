#pragma once

#include "api/queue/QueueTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Reads a JSONL file of messages for Publish batch. A line is either a message exported
// from the DLQ browser (its "payload" is published again, with its priority), a message
// spec ({"payload": {…}, "delay_seconds": …, "priority": …}), or a bare JSON object that
// is itself the payload. Blank lines are skipped; bad lines are reported by number.
struct MessageJsonl
{
    QList<OutgoingMessage> messages;
    QStringList errors; // "line 12: …", translated
    int lines = 0;

    static MessageJsonl parse(const QByteArray &content);
};
