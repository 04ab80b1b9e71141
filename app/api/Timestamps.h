#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringView>

// RFC 3339 timestamps as the APIs send them. The common shape
// "YYYY-MM-DDTHH:MM:SS[.fff]Z" is decoded directly (a 100,000-row DLQ has 300,000 of
// them); anything else goes through QDateTime's ISO parser.
QDateTime parseRfc3339(QStringView text);
// A JSON field holding such a timestamp; invalid when absent or not a string.
QDateTime rfc3339Field(const QJsonObject &json, const QString &field);
