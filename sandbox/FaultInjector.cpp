#include "FaultInjector.h"

#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString parseRule(const QString &text, FaultRule &rule)
{
    const QStringList tokens = text.split(u',', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return u"empty fault rule"_s;
    const QString kind = tokens.first().trimmed();
    bool ok = false;
    if (kind == u"drop") {
        rule.kind = FaultRule::Kind::Drop;
    } else if (kind == u"malformed") {
        rule.kind = FaultRule::Kind::Malformed;
    } else if (kind == u"operror") {
        rule.kind = FaultRule::Kind::OperationError;
    } else if (kind.startsWith(u"latency=")) {
        rule.kind = FaultRule::Kind::Latency;
        rule.latencyMs = kind.mid(8).toInt(&ok);
        if (!ok || rule.latencyMs < 0)
            return u"latency needs milliseconds: "_s + kind;
    } else {
        rule.kind = FaultRule::Kind::Status;
        rule.status = kind.toInt(&ok);
        if (!ok || rule.status < 400 || rule.status > 599)
            return u"unknown fault kind: "_s + kind;
    }
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const QString option = tokens.at(i).trimmed();
        const QString key = option.section(u'=', 0, 0);
        const QString value = option.section(u'=', 1);
        if (key == u"path") {
            rule.pathPrefix = value;
        } else if (key == u"method") {
            rule.method = value.toUpper().toLatin1();
        } else if (key == u"count") {
            rule.remaining = value.toInt(&ok);
            if (!ok || rule.remaining < 1)
                return u"count needs a positive number: "_s + option;
        } else if (key == u"retry_after") {
            rule.retryAfterSeconds = value.toInt(&ok);
            if (!ok || rule.retryAfterSeconds < 0)
                return u"retry_after needs seconds: "_s + option;
        } else if (key == u"field") {
            rule.field = value;
        } else if (key == u"body") {
            if (value.isEmpty())
                return u"body needs a text to look for: "_s + option;
            rule.bodyContains = value.toUtf8();
        } else if (key == u"after") {
            rule.afterEffect = true;
        } else {
            return u"unknown fault option: "_s + option;
        }
    }
    return {};
}

QString kindName(const FaultRule &rule)
{
    switch (rule.kind) {
    case FaultRule::Kind::Status: return QString::number(rule.status);
    case FaultRule::Kind::Latency: return u"latency"_s;
    case FaultRule::Kind::Drop: return u"drop"_s;
    case FaultRule::Kind::Malformed: return u"malformed"_s;
    case FaultRule::Kind::OperationError: return u"operror"_s;
    }
    return {};
}

} // namespace

QString FaultInjector::addSpec(const QString &spec)
{
    std::vector<FaultRule> parsed;
    for (const QString &text : spec.split(u';', Qt::SkipEmptyParts)) {
        FaultRule rule;
        const QString error = parseRule(text, rule);
        if (!error.isEmpty())
            return error;
        parsed.push_back(rule);
    }
    m_rules.insert(m_rules.end(), parsed.begin(), parsed.end());
    return {};
}

std::optional<FaultRule> FaultInjector::take(const QByteArray &method, const QString &path, bool afterEffect,
                                             const QByteArray &body)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        FaultRule &rule = *it;
        if (rule.kind == FaultRule::Kind::Latency || rule.afterEffect != afterEffect ||
            !matches(rule, method, path, body))
            continue;
        FaultRule taken = rule;
        if (rule.remaining > 0 && --rule.remaining == 0)
            m_rules.erase(it);
        return taken;
    }
    return std::nullopt;
}

bool FaultInjector::matches(const FaultRule &rule, const QByteArray &method, const QString &path,
                            const QByteArray &body)
{
    return path.startsWith(rule.pathPrefix) && (rule.method.isEmpty() || rule.method == method) &&
           (rule.bodyContains.isEmpty() || body.contains(rule.bodyContains));
}

int FaultInjector::takeLatency(const QByteArray &method, const QString &path, const QByteArray &body)
{
    int total = 0;
    for (auto it = m_rules.begin(); it != m_rules.end();) {
        if (it->kind != FaultRule::Kind::Latency || !matches(*it, method, path, body)) {
            ++it;
            continue;
        }
        total += it->latencyMs;
        if (it->remaining > 0 && --it->remaining == 0)
            it = m_rules.erase(it);
        else
            ++it;
    }
    return total;
}

QJsonArray FaultInjector::describe() const
{
    QJsonArray rules;
    for (const FaultRule &rule : m_rules) {
        rules.append(QJsonObject{{u"kind"_s, kindName(rule)},
                                 {u"path"_s, rule.pathPrefix},
                                 {u"method"_s, QString::fromLatin1(rule.method)},
                                 {u"remaining"_s, rule.remaining},
                                 {u"latency_ms"_s, rule.latencyMs},
                                 {u"retry_after"_s, rule.retryAfterSeconds},
                                 {u"after"_s, rule.afterEffect},
                                 {u"body"_s, QString::fromUtf8(rule.bodyContains)}});
    }
    return rules;
}
