#include "api/JsonText.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

qsizetype JsonText::skipSpace(QByteArrayView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

qsizetype JsonText::valueEnd(QByteArrayView t, qsizetype i)
{
    if (i >= t.size())
        return -1;
    if (t[i] == '"') {
        for (++i; i < t.size(); ++i) {
            if (t[i] == '\\')
                ++i;
            else if (t[i] == '"')
                return i + 1;
        }
        return -1;
    }
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        for (; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                const qsizetype end = valueEnd(t, i);
                if (end < 0)
                    return -1;
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && !isSpace(t[i]))
        ++i;
    return i;
}

namespace {

// After a member or element value: past the ',' to the next one, or onto the closer.
JsonText::Found nextItem(QByteArrayView t, qsizetype &i)
{
    const qsizetype end = JsonText::valueEnd(t, i);
    if (end < 0)
        return JsonText::Found::Unsure;
    i = JsonText::skipSpace(t, end);
    if (i < t.size() && t[i] == ',')
        i = JsonText::skipSpace(t, i + 1);
    return JsonText::Found::Yes;
}

} // namespace

JsonText::Found JsonText::member(QByteArrayView t, qsizetype &i, QByteArrayView key)
{
    if (i >= t.size() || t[i] != '{')
        return Found::No;
    for (i = skipSpace(t, i + 1);;) {
        if (i >= t.size())
            return Found::Unsure;
        if (t[i] == '}')
            return Found::No;
        if (t[i] != '"')
            return Found::Unsure;
        const qsizetype keyEnd = valueEnd(t, i);
        if (keyEnd < 0)
            return Found::Unsure;
        const QByteArrayView name = t.sliced(i + 1, keyEnd - i - 2);
        if (name.contains('\\'))
            return Found::Unsure;
        i = skipSpace(t, keyEnd);
        if (i >= t.size() || t[i] != ':')
            return Found::Unsure;
        i = skipSpace(t, i + 1);
        if (name == key)
            return Found::Yes;
        if (nextItem(t, i) == Found::Unsure)
            return Found::Unsure;
    }
}

JsonText::Found JsonText::element(QByteArrayView t, qsizetype &i, qsizetype index)
{
    if (i >= t.size() || t[i] != '[')
        return Found::No;
    for (i = skipSpace(t, i + 1);; --index) {
        if (i >= t.size())
            return Found::Unsure;
        if (t[i] == ']')
            return Found::No;
        if (index == 0)
            return Found::Yes;
        if (nextItem(t, i) == Found::Unsure)
            return Found::Unsure;
    }
}

bool JsonText::plainString(QByteArrayView t, qsizetype i, QByteArrayView *contents)
{
    const qsizetype end = valueEnd(t, i);
    if (end < 0 || t[i] != '"')
        return false;
    const QByteArrayView inside = t.sliced(i + 1, end - i - 2);
    if (inside.contains('\\'))
        return false;
    *contents = inside;
    return true;
}
