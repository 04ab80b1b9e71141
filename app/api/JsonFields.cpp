#include "api/JsonFields.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

bool JsonFields::isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    // Integral and exactly representable: beyond 2^53 a double no longer counts by ones.
    return std::isfinite(number) && std::trunc(number) == number && std::fabs(number) <= 9007199254740992.0;
}

QString JsonFields::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return isInteger(value) ? u"an integer"_s : u"a fraction"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"missing"_s;
    }
    return {};
}

bool JsonFields::present(const QString &key, bool optional)
{
    const QJsonValue value = m_json.value(key);
    if (!value.isUndefined() && !value.isNull())
        return true;
    if (!optional && m_problem.isEmpty())
        m_problem = u"field \"%1\" is missing"_s.arg(key);
    return false;
}

void JsonFields::wrongType(const QString &key, const char *expected)
{
    if (m_problem.isEmpty())
        m_problem =
            u"field \"%1\" should be %2, not %3"_s.arg(key, QLatin1String(expected), typeName(m_json.value(key)));
}

qint64 JsonFields::integer(const QString &key, std::optional<qint64> fallback)
{
    if (!present(key, fallback.has_value()))
        return fallback.value_or(0);
    const QJsonValue value = m_json.value(key);
    if (!isInteger(value)) {
        wrongType(key, "an integer");
        return fallback.value_or(0);
    }
    return qint64(value.toDouble());
}

QString JsonFields::string(const QString &key, std::optional<QString> fallback)
{
    if (!present(key, fallback.has_value()))
        return fallback.value_or(QString());
    const QJsonValue value = m_json.value(key);
    if (!value.isString()) {
        wrongType(key, "a string");
        return fallback.value_or(QString());
    }
    return value.toString();
}

QJsonArray JsonFields::array(const QString &key)
{
    if (!present(key, false))
        return {};
    const QJsonValue value = m_json.value(key);
    if (!value.isArray()) {
        wrongType(key, "an array");
        return {};
    }
    return value.toArray();
}
