#include "queue/JsonPath.h"

#include "api/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-';
}

// Parses a quoted key ("…" or '…') starting at `pos`; leaves `pos` after the closing quote.
std::optional<QString> quoted(QStringView text, qsizetype &pos)
{
    const QChar quote = text[pos];
    QString key;
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == u'\\' && pos + 1 < text.size()) {
            key += text[++pos];
        } else if (text[pos] == quote) {
            ++pos;
            return key;
        } else {
            key += text[pos];
        }
    }
    return std::nullopt;
}

} // namespace

QJsonValue JsonPath::evaluateText(QByteArrayView t) const
{
    qsizetype at = JsonText::skipSpace(t, 0);
    for (const Step &step : m_steps) {
        const JsonText::Found found =
            step.key.isEmpty() ? JsonText::element(t, at, step.index) : JsonText::member(t, at, step.utf8Key);
        if (found == JsonText::Found::No)
            return QJsonValue(QJsonValue::Undefined);
        if (found == JsonText::Found::Unsure) // an escaped key, text cut short: the parser decides
            return evaluate(QJsonDocument::fromJson(t.toByteArray()).object());
    }
    QByteArrayView plain;
    if (JsonText::plainString(t, at, &plain))
        return QJsonValue(QString::fromUtf8(plain));
    // Numbers, literals, escaped strings and containers: parse just this value.
    const qsizetype end = JsonText::valueEnd(t, at);
    if (end < 0)
        return evaluate(QJsonDocument::fromJson(t.toByteArray()).object());
    const QJsonArray array = QJsonDocument::fromJson('[' + t.sliced(at, end - at).toByteArray() + ']').array();
    return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : array.at(0);
}

std::optional<JsonPath> JsonPath::parse(QStringView text, QString *error)
{
    text = text.trimmed();
    JsonPath path;
    path.m_text = text.toString();
    if (!text.startsWith(u'$')) {
        fail(error, JsonPath::tr("A JSON path starts with $, for example $.error.code"));
        return std::nullopt;
    }
    qsizetype pos = 1;
    while (pos < text.size()) {
        if (text[pos] == u'.') {
            const qsizetype start = ++pos;
            while (pos < text.size() && isKeyChar(text[pos]))
                ++pos;
            if (pos == start) {
                fail(error, JsonPath::tr("A field name is missing after \".\" at position %1").arg(start));
                return std::nullopt;
            }
            path.m_steps.push_back(
                {text.mid(start, pos - start).toString(), text.mid(start, pos - start).toUtf8(), -1});
        } else if (text[pos] == u'[') {
            ++pos;
            if (pos < text.size() && (text[pos] == u'"' || text[pos] == u'\'')) {
                const std::optional<QString> key = quoted(text, pos);
                if (!key || pos >= text.size() || text[pos] != u']') {
                    fail(error, JsonPath::tr("An unclosed [\"…\"] in the JSON path"));
                    return std::nullopt;
                }
                path.m_steps.push_back({*key, key->toUtf8(), -1});
            } else {
                const qsizetype start = pos;
                while (pos < text.size() && text[pos].isDigit())
                    ++pos;
                if (pos == start || pos >= text.size() || text[pos] != u']') {
                    fail(error, JsonPath::tr("An array index must be a number in [ ], as in $.items[0]"));
                    return std::nullopt;
                }
                path.m_steps.push_back({QString(), QByteArray(), text.mid(start, pos - start).toLongLong()});
            }
            ++pos; // ']'
        } else {
            fail(error, JsonPath::tr("Unexpected \"%1\" at position %2 of the JSON path").arg(text[pos]).arg(pos));
            return std::nullopt;
        }
    }
    return path;
}

QJsonValue JsonPath::evaluate(const QJsonObject &root) const
{
    if (m_steps.empty())
        return root;
    // Walks without copying containers where Qt allows: values share their data.
    if (m_steps.front().key.isEmpty()) // the root is an object, never an array
        return QJsonValue(QJsonValue::Undefined);
    QJsonValue current = root.value(m_steps.front().key);
    for (size_t i = 1; i < m_steps.size(); ++i) {
        const Step &step = m_steps[i];
        if (step.key.isEmpty()) {
            if (!current.isArray())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(step.index);
        } else {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(step.key);
        }
    }
    return current;
}

std::optional<JsonPathFilter> JsonPathFilter::parse(QStringView text, QString *error)
{
    static const struct
    {
        QStringView token;
        Op op;
    } operators[] = {
        {u"==", Op::Equal},        {u"!=", Op::NotEqual}, {u"<=", Op::LessEqual},
        {u">=", Op::GreaterEqual}, {u"<", Op::Less},      {u">", Op::Greater},
    };
    text = text.trimmed();
    // The operator is the first one outside quotes.
    qsizetype at = -1;
    Op op = Op::Exists;
    qsizetype tokenLength = 0;
    QChar inQuote;
    for (qsizetype i = 0; i < text.size() && at < 0; ++i) {
        if (!inQuote.isNull()) {
            if (text[i] == inQuote)
                inQuote = QChar();
            continue;
        }
        if (text[i] == u'"' || text[i] == u'\'') {
            inQuote = text[i];
            continue;
        }
        for (const auto &candidate : operators) {
            if (text.mid(i).startsWith(candidate.token)) {
                at = i;
                op = candidate.op;
                tokenLength = candidate.token.size();
                break;
            }
        }
    }
    std::optional<JsonPath> path = JsonPath::parse(at < 0 ? text : text.left(at), error);
    if (!path)
        return std::nullopt;
    if (at < 0)
        return JsonPathFilter(*path, Op::Exists, {});
    QString literal = text.mid(at + tokenLength).trimmed().toString();
    if (literal.startsWith(u'\'') && literal.endsWith(u'\'') && literal.size() >= 2)
        literal = u'"' + literal.mid(1, literal.size() - 2).replace(u'"', QStringLiteral("\\\"")) + u'"';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QString(u'[' + literal + u']').toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        fail(error, JsonPath::tr("Compare with a JSON value: \"text\", a number, true, false or null"));
        return std::nullopt;
    }
    const QJsonValue value = document.array().at(0);
    if (op != Op::Equal && op != Op::NotEqual && !value.isDouble()) {
        fail(error, JsonPath::tr("<, <=, > and >= compare numbers only"));
        return std::nullopt;
    }
    return JsonPathFilter(*path, op, value);
}

bool JsonPathFilter::matches(const QJsonObject &root) const
{
    return matchesValue(m_path.evaluate(root));
}

bool JsonPathFilter::matchesText(QByteArrayView json) const
{
    return matchesValue(m_path.evaluateText(json));
}

bool JsonPathFilter::matchesValue(const QJsonValue &value) const
{
    switch (m_op) {
    case Op::Exists: return !value.isUndefined() && !value.isNull();
    case Op::Equal: return value == m_literal;
    case Op::NotEqual: return value != m_literal;
    case Op::Less: return value.isDouble() && value.toDouble() < m_literal.toDouble();
    case Op::LessEqual: return value.isDouble() && value.toDouble() <= m_literal.toDouble();
    case Op::Greater: return value.isDouble() && value.toDouble() > m_literal.toDouble();
    case Op::GreaterEqual: return value.isDouble() && value.toDouble() >= m_literal.toDouble();
    }
    return false;
}

QString jsonValueLabel(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Undefined: return JsonPath::tr("(missing)");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
