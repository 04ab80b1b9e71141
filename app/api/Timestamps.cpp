#include "api/Timestamps.h"

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

bool digits(QStringView text, qsizetype from, qsizetype count, int &out)
{
    out = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        out = out * 10 + (c - u'0');
    }
    return true;
}

// Milliseconds from the fraction between '.' (index 19) and the final 'Z'; false if malformed.
bool fractionMillis(QStringView text, int &millis)
{
    millis = 0;
    if (text.size() == 20)
        return true;
    if (text[19] != u'.' || text.size() < 22)
        return false;
    int kept = 0;
    for (qsizetype i = 20; i < text.size() - 1; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        if (kept < 3) {
            millis = millis * 10 + (c - u'0');
            ++kept;
        }
    }
    for (; kept < 3; ++kept)
        millis *= 10;
    return true;
}

} // namespace

QDateTime parseRfc3339(QStringView text)
{
    int year, month, day, hour, minute, second, millis;
    const bool shaped = text.size() >= 20 && text.back() == u'Z' && text[4] == u'-' && text[7] == u'-' &&
                        (text[10] == u'T' || text[10] == u't') && text[13] == u':' && text[16] == u':';
    if (shaped && digits(text, 0, 4, year) && digits(text, 5, 2, month) && digits(text, 8, 2, day) &&
        digits(text, 11, 2, hour) && digits(text, 14, 2, minute) && digits(text, 17, 2, second) &&
        fractionMillis(text, millis) && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 &&
        minute < 60 && second < 61) {
        const qint64 days = daysFromCivil(year, month, day);
        const qint64 ms = ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + millis;
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

QDateTime rfc3339Field(const QJsonObject &json, const QString &field)
{
    const QJsonValue value = json.value(field);
    return value.isString() ? parseRfc3339(value.toString()) : QDateTime();
}
