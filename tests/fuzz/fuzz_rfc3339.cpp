// The RFC 3339 reader: its fast path must agree with Qt's own ISO reader where both apply.
#include "api/Timestamps.h"

#include <QDateTime>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime parsed = parseRfc3339(text);
    if (parsed.isValid() && text.size() == 20 && text.endsWith(u'Z')) {
        const QDateTime reference = QDateTime::fromString(text, Qt::ISODate);
        if (reference.isValid() && reference != parsed)
            __builtin_trap();
    }
    return 0;
}
