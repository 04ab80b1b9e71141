// JSON-path filters: the parser on the first line, evaluation over the rest as a payload,
// both from the parsed object and straight from its text (the two must agree).
#include "queue/JsonPath.h"

#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString expression = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QByteArray payload = newline < 0 ? QByteArray() : input.mid(newline + 1);
    QString error;
    const std::optional<JsonPathFilter> filter = JsonPathFilter::parse(expression, &error);
    if (!filter)
        return 0;
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject())
        return 0;
    const QByteArray compact = document.toJson(QJsonDocument::Compact);
    if (filter->matches(document.object()) != filter->matchesText(compact))
        __builtin_trap();
    jsonValueLabel(filter->path().evaluateText(compact));
    return 0;
}
