#include "JsonPath.h"

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

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

qsizetype skipSpace(QByteArrayView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// One past the end of the JSON value starting at `i`, or -1 when the text ends first.
qsizetype valueEnd(QByteArrayView t, qsizetype i)
{
    if (i >= t.size())
        return -1;
    if (t[i] == '"') {
        for (++i; i < t.size(); ++i) {
            if (t[i] == '\\')
                ++i;
            else if (t[i] == '"')
                return i + 1;
        }
        return -1;
    }
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        for (; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                const qsizetype end = valueEnd(t, i);
                if (end < 0)
                    return -1;
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && !isSpace(t[i]))
        ++i;
    return i;
}

} // namespace

QJsonValue JsonPath::evaluateText(QByteArrayView t) const
{
    const QJsonValue undefined(QJsonValue::Undefined);
    // Anything unusual (an escaped key, text that ends early) is left to the full parser.
    const auto fallback = [&] { return evaluate(QJsonDocument::fromJson(t.toByteArray()).object()); };
    qsizetype i = skipSpace(t, 0);
    for (const Step &step : m_steps) {
        if (i >= t.size())
            return fallback();
        if (!step.key.isEmpty()) {
            if (t[i] != '{')
                return undefined;
            const QByteArray wanted = step.key.toUtf8();
            for (i = skipSpace(t, i + 1);; ) {
                if (i >= t.size())
                    return fallback();
                if (t[i] == '}')
                    return undefined;
                if (t[i] != '"')
                    return fallback();
                const qsizetype keyEnd = valueEnd(t, i);
                if (keyEnd < 0)
                    return fallback();
                const QByteArrayView key = t.sliced(i + 1, keyEnd - i - 2);
                if (key.contains('\\'))
                    return fallback();
                i = skipSpace(t, keyEnd);
                if (i >= t.size() || t[i] != ':')
                    return fallback();
                i = skipSpace(t, i + 1);
                if (key == QByteArrayView(wanted))
                    break;
                const qsizetype end = valueEnd(t, i);
                if (end < 0)
                    return fallback();
                i = skipSpace(t, end);
                if (i < t.size() && t[i] == ',')
                    i = skipSpace(t, i + 1);
            }
        } else {
            if (t[i] != '[')
                return undefined;
            qsizetype index = 0;
            for (i = skipSpace(t, i + 1);; ++index) {
                if (i >= t.size())
                    return fallback();
                if (t[i] == ']')
                    return undefined;
                if (index == step.index)
                    break;
                const qsizetype end = valueEnd(t, i);
                if (end < 0)
                    return fallback();
                i = skipSpace(t, end);
                if (i < t.size() && t[i] == ',')
                    i = skipSpace(t, i + 1);
            }
        }
    }
    const qsizetype end = valueEnd(t, i);
    if (end < 0)
        return fallback();
    const QByteArrayView value = t.sliced(i, end - i);
    if (value.size() >= 2 && value.front() == '"' && !value.contains('\\'))
        return QJsonValue(QString::fromUtf8(value.sliced(1, value.size() - 2)));
    // Numbers, literals, escaped strings and containers: parse just this value.
    const QByteArray wrapped = '[' + value.toByteArray() + ']';
    const QJsonArray array = QJsonDocument::fromJson(wrapped).array();
    return array.isEmpty() ? undefined : array.at(0);
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
            path.m_steps.push_back({text.mid(start, pos - start).toString(), -1});
        } else if (text[pos] == u'[') {
            ++pos;
            if (pos < text.size() && (text[pos] == u'"' || text[pos] == u'\'')) {
                const std::optional<QString> key = quoted(text, pos);
                if (!key || pos >= text.size() || text[pos] != u']') {
                    fail(error, JsonPath::tr("An unclosed [\"…\"] in the JSON path"));
                    return std::nullopt;
                }
                path.m_steps.push_back({*key, -1});
            } else {
                const qsizetype start = pos;
                while (pos < text.size() && text[pos].isDigit())
                    ++pos;
                if (pos == start || pos >= text.size() || text[pos] != u']') {
                    fail(error, JsonPath::tr("An array index must be a number in [ ], as in $.items[0]"));
                    return std::nullopt;
                }
                path.m_steps.push_back({QString(), text.mid(start, pos - start).toLongLong()});
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
    static const struct { QStringView token; Op op; } operators[] = {
        {u"==", Op::Equal}, {u"!=", Op::NotEqual}, {u"<=", Op::LessEqual},
        {u">=", Op::GreaterEqual}, {u"<", Op::Less}, {u">", Op::Greater},
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
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
