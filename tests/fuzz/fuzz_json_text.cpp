// JsonText: the scanner that reads cursors and JSON-path values straight from raw text.
#include "api/JsonText.h"

#include <algorithm>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    for (qsizetype at = 0; at < text.size(); at = std::max(at + 1, JsonText::skipSpace(text, at))) {
        const qsizetype end = JsonText::valueEnd(text, at);
        if (end > text.size() || (end >= 0 && end < at))
            __builtin_trap(); // a value cannot end outside the text or before it starts
        QByteArrayView contents;
        JsonText::plainString(text, at, &contents);
        qsizetype member = at;
        JsonText::member(text, member, "next_cursor");
        qsizetype element = at;
        JsonText::element(text, element, 2);
        if (at > 64)
            break; // the first values are enough; the rest repeats the same paths
    }
    return 0;
}
