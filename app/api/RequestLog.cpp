#include "RequestLog.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

RequestLog::RequestLog(QObject *parent, int capacity) : QObject(parent), m_capacity(capacity) {}

void RequestLog::append(RequestLogEntry entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        emit aboutToDropOldest();
        m_entries.pop_front();
    }
    m_entries.push_back(std::move(entry));
    emit appended();
}

void RequestLog::clear()
{
    m_entries.clear();
    emit cleared();
}

bool RequestLog::isSecretField(const QString &name)
{
    static const QRegularExpression secret(
        u"(password|secret|token|api_?key|authorization|connection_uri|credential)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
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
