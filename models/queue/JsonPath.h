#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

// A small JSONPath subset for searching and grouping message payloads: `$.a.b[0].c`
// (also `$["odd key"]`), optionally compared with a JSON literal: `$.error.code == "TIMEOUT"`,
// `!=`, and for numbers `<`, `<=`, `>`, `>=`. A path alone matches when the value exists
// and is not null.
class JsonPath final
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    static std::optional<JsonPath> parse(QStringView text, QString *error = nullptr);

    // The value at the path, or undefined when any step is missing.
    QJsonValue evaluate(const QJsonObject &root) const;
    // The same, read straight from an object's JSON text: only the value found is parsed,
    // which is what lets 100,000 messages be kept as text and still be searched quickly.
    QJsonValue evaluateText(QByteArrayView json) const;
    QString text() const { return m_text; }

private:
    struct Step
    {
        QString key;        // object member, or empty for an array index
        QByteArray utf8Key; // the same, as it appears in JSON text
        qsizetype index = -1;
    };
    std::vector<Step> m_steps;
    QString m_text;
    friend class JsonPathFilter;
};

class JsonPathFilter final
{
public:
    enum class Op { Exists, Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual };

    // On failure, `error` says what is wrong in the operator's terms.
    static std::optional<JsonPathFilter> parse(QStringView text, QString *error = nullptr);
    bool matches(const QJsonObject &root) const;
    bool matchesText(QByteArrayView json) const;
    const JsonPath &path() const { return m_path; }

private:
    bool matchesValue(const QJsonValue &value) const;
    JsonPathFilter(JsonPath path, Op op, QJsonValue literal)
        : m_path(std::move(path)), m_op(op), m_literal(std::move(literal))
    {
    }
    JsonPath m_path;
    Op m_op;
    QJsonValue m_literal;
};

// How a grouped value reads: strings bare, everything else as compact JSON.
QString jsonValueLabel(const QJsonValue &value);
