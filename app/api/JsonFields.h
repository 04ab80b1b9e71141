#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads the fields of an API answer (or an imported line) by type. A field that is missing
// when required, or of the wrong type, is remembered as the first problem, in words that
// name the field, instead of silently becoming 0, "" or an empty list.
class JsonFields final
{
public:
    explicit JsonFields(const QJsonObject &json) : m_json(json) {}

    // An integral number; `fallback` when absent (or null) and optional, else a problem.
    qint64 integer(const QString &key, std::optional<qint64> fallback = std::nullopt);
    QString string(const QString &key, std::optional<QString> fallback = std::nullopt);
    QJsonArray array(const QString &key);

    bool ok() const { return m_problem.isEmpty(); }
    // The first problem, e.g. `field "available" should be an integer, not a string`.
    QString problem() const { return m_problem; }

    // The JSON type of a value, for messages ("a string", "null"…).
    static QString typeName(const QJsonValue &value);
    static bool isInteger(const QJsonValue &value);

private:
    bool present(const QString &key, bool optional);
    void wrongType(const QString &key, const char *expected);

    const QJsonObject &m_json;
    QString m_problem;
};
