#pragma once

#include "HttpExchange.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <QStringList>
#include <functional>

#include <optional>

// Reads typed fields from a JSON body and remembers the first validation error, so a
// handler can read everything and then answer 400 with `field` in one place.
class BodyReader final
{
public:
    explicit BodyReader(const QJsonObject &body) : m_body(body) {}

    QString string(const QString &field, bool required, int maxLength = 128);
    // A string that must be one of `allowed` (when present).
    QString choice(const QString &field, const QStringList &allowed, bool required = false);
    qint64 integer(const QString &field, qint64 minimum, qint64 maximum, qint64 fallback);
    bool boolean(const QString &field, bool fallback);
    QJsonObject object(const QString &field, bool required);
    bool has(const QString &field) const { return m_body.contains(field) && !m_body.value(field).isNull(); }

    void fail(const QString &field, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    SandboxResponse errorResponse() const { return *m_error; }

private:
    QJsonObject m_body;
    std::optional<SandboxResponse> m_error;
};

// An opaque keyset cursor over a table's `seq` column.
namespace Pagination {
struct Page
{
    qint64 afterSeq = 0;
    int limit = 50;
};
// Reads `cursor` and `limit` from a query; on bad input returns a 400 response.
std::optional<SandboxResponse> read(const QUrlQuery &query, Page &page);
QString encodeCursor(qint64 seq);
// Builds {items, next_cursor} from rows fetched with LIMIT page.limit + 1; the keyset value
// of each row is in column `keyColumn`.
SandboxResponse respond(QSqlQuery &rows, const Page &page, int keyColumn,
                        const std::function<QJsonObject(const QSqlQuery &)> &toJson);
} // namespace Pagination

namespace ResourceIds {
// "prj_" + 16 lowercase base32 characters: unique without coordination, safe in URLs.
QString make(const QString &prefix);
QString randomToken(int length);
} // namespace ResourceIds
