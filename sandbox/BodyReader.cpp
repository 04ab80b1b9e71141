#include "BodyReader.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

void BodyReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = SandboxResponse::error(400, u"VALIDATION_FAILED"_s, message, field);
}

QString BodyReader::string(const QString &field, bool required, int maxLength)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(field, field + u" is required"_s);
        return {};
    }
    if (!value.isString()) {
        fail(field, field + u" must be a string"_s);
        return {};
    }
    const QString text = value.toString();
    if (required && text.trimmed().isEmpty())
        fail(field, field + u" must not be empty"_s);
    else if (text.size() > maxLength)
        fail(field, field + u" must be at most "_s + QString::number(maxLength) + u" characters"_s);
    return text;
}

QString BodyReader::choice(const QString &field, const QStringList &allowed, bool required)
{
    const QString text = string(field, required);
    if (!text.isEmpty() && !allowed.contains(text))
        fail(field, field + u" must be one of: "_s + allowed.join(u", "_s));
    return text;
}

qint64 BodyReader::integer(const QString &field, qint64 minimum, qint64 maximum, qint64 fallback)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number))) {
        fail(field, field + u" must be an integer"_s);
        return fallback;
    }
    if (number < double(minimum) || number > double(maximum)) {
        fail(field, field + u" must be between "_s + QString::number(minimum) + u" and "_s + QString::number(maximum));
        return fallback;
    }
    return qint64(number);
}

bool BodyReader::boolean(const QString &field, bool fallback)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(field, field + u" must be true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QJsonObject BodyReader::object(const QString &field, bool required)
{
    const QJsonValue value = m_body.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(field, field + u" is required"_s);
        return {};
    }
    if (!value.isObject()) {
        fail(field, field + u" must be a JSON object"_s);
        return {};
    }
    return value.toObject();
}

std::optional<SandboxResponse> Pagination::read(const QUrlQuery &query, Page &page)
{
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        const int limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"limit must be between 1 and 1000"_s,
                                          u"limit"_s);
        page.limit = limit;
    }
    const QString cursor = query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const QByteArray decoded =
            QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        bool ok = false;
        const qint64 seq = decoded.startsWith("c1:") ? decoded.mid(3).toLongLong(&ok) : 0;
        if (!ok || seq < 0)
            return SandboxResponse::error(400, u"VALIDATION_FAILED"_s, u"cursor is not valid"_s, u"cursor"_s);
        page.afterSeq = seq;
    }
    return std::nullopt;
}

QString Pagination::encodeCursor(qint64 seq)
{
    return QString::fromLatin1(QByteArray("c1:" + QByteArray::number(seq))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

SandboxResponse Pagination::respond(QSqlQuery &rows, const Page &page, int keyColumn,
                                    const std::function<QJsonObject(const QSqlQuery &)> &toJson)
{
    QJsonArray items;
    qint64 last = 0;
    bool more = false;
    while (rows.next()) {
        if (items.size() == page.limit) {
            more = true; // the extra row only says another page exists
            break;
        }
        last = rows.value(keyColumn).toLongLong();
        items.append(toJson(rows));
    }
    QJsonObject result{{u"items"_s, items}};
    result.insert(u"next_cursor"_s, more ? QJsonValue(encodeCursor(last)) : QJsonValue(QJsonValue::Null));
    return SandboxResponse::json(200, result);
}

QString ResourceIds::randomToken(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    return token;
}

QString ResourceIds::make(const QString &prefix)
{
    return prefix + u'_' + randomToken(16);
}
