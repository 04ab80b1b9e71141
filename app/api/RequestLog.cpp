#include "api/RequestLog.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

qsizetype RequestLogEntry::approximateBytes() const
{
    return qsizetype(sizeof(RequestLogEntry)) + method.size() +
           (url.size() + requestId.size() + outcome.size() + curl.size()) * qsizetype(sizeof(QChar));
}

RequestLog::RequestLog(QObject *parent, int capacity, qsizetype byteBudget)
    : QObject(parent), m_capacity(std::max(1, capacity)), m_byteBudget(byteBudget)
{
}

void RequestLog::append(RequestLogEntry entry)
{
    const qsizetype added = entry.approximateBytes();
    // How many of the oldest must go for the new one to fit (the newest always stays).
    int drop = 0;
    qsizetype bytes = m_bytes + added;
    while (drop < int(m_entries.size()) && (int(m_entries.size()) - drop >= m_capacity || bytes > m_byteBudget)) {
        bytes -= m_entries[size_t(drop)].approximateBytes();
        ++drop;
    }
    if (drop > 0) {
        emit aboutToDropOldest(drop);
        m_entries.erase(m_entries.begin(), m_entries.begin() + drop);
        emit droppedOldest();
    }
    emit aboutToAppend();
    m_entries.push_back(std::move(entry));
    m_bytes = bytes;
    emit appended();
}

void RequestLog::clear()
{
    emit aboutToClear();
    m_entries.clear();
    m_bytes = 0;
    emit cleared();
}

bool RequestLog::isSecretField(const QString &name)
{
    static const QRegularExpression secret(
        u"(password|secret|token|api_?key|authorization|connection_uri|credential)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
}

QString RequestLog::redactCapabilityUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return text.isEmpty() ? text : u"…"_s;
    const QString origin =
        url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString(QUrl::FullyEncoded);
    const bool more = (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() || url.hasFragment();
    return more ? origin + u"/…"_s : origin;
}

QString RequestLog::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery redacted;
    for (const auto &[key, value] : items)
        redacted.addQueryItem(key, isSecretField(key) ? u"REDACTED"_s : value);
    copy.setQuery(redacted);
    return copy.toString(QUrl::FullyEncoded);
}
