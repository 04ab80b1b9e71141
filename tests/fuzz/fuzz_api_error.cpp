// ApiError from any error body (infrai, Aura, Databricks shapes or garbage) and any status
// and Retry-After: always a message, never a crash.
#include "api/ApiError.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] % 200);
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype split = rest.indexOf('\n');
    const QByteArray retryAfter = split < 0 ? QByteArray() : rest.left(split);
    const QByteArray body = split < 0 ? rest : rest.mid(split + 1);
    const ApiError error = ApiError::fromHttp(status, body, retryAfter);
    if (!error.isError() || error.message().isEmpty() || error.details().isEmpty())
        __builtin_trap();
    return 0;
}
