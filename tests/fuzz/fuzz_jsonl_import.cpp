// Publish-batch import: every non-blank line becomes a message or a numbered error.
#include "queue/MessageJsonl.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const MessageJsonl parsed = MessageJsonl::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed.messages.size() + parsed.errors.size() != parsed.lines)
        __builtin_trap();
    return 0;
}
