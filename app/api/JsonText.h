#pragma once

#include <QByteArrayView>

// Reading JSON text without parsing all of it: finding a member or element and the extent
// of a value, skipping nested values and strings. Used where only one value of a large
// document is wanted (a page's next cursor; a JSON path over many stored payloads).
namespace JsonText {

qsizetype skipSpace(QByteArrayView text, qsizetype at);
// One past the end of the value starting at `at`, or -1 when the text ends first.
qsizetype valueEnd(QByteArrayView text, qsizetype at);

enum class Found { Yes, No, Unsure };
// With `at` on an object's '{': finds member `key` and leaves `at` on its value. Unsure
// when the text is cut short or a key is escaped (then only a real parser can tell).
Found member(QByteArrayView text, qsizetype &at, QByteArrayView key);
// With `at` on an array's '[': finds element `index` and leaves `at` on it.
Found element(QByteArrayView text, qsizetype &at, qsizetype index);
// The contents of the string value at `at` when it has no escapes, else nothing.
bool plainString(QByteArrayView text, qsizetype at, QByteArrayView *contents);

} // namespace JsonText
