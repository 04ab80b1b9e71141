// The sandbox's request-body reader: any JSON body, every typed read, a 400 or a value.
#include "BodyReader.h"

#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject body =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))).object();
    BodyReader reader(body);
    for (const QString &field : body.keys()) {
        reader.string(field, false, 64);
        reader.integer(field, -5, 1'000'000, 0);
        reader.boolean(field, false);
        reader.object(field, false);
        reader.choice(field, {QStringLiteral("standard"), QStringLiteral("fifo")});
    }
    reader.string(QStringLiteral("name"), true);
    if (!reader.ok() && reader.errorResponse().status != 400)
        __builtin_trap();
    return 0;
}
