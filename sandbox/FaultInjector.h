#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

// Switchable misbehaviour for resilience tests and demos.
//
// A spec is rules separated by ';', each a kind followed by comma-separated options:
//   503 | 429 | <any status>   answer with that status (INTERNAL / UNAVAILABLE / RATE_LIMITED)
//   latency=MS                 answer MS milliseconds late
//   drop                       close the connection without answering
//   malformed                  answer 200 with a truncated JSON body
//   operror                    (Lakebase) accept the call; its operation ends in `error`
// options: path=PREFIX  method=GET  count=N (default: forever)  retry_after=S
//          after (apply once the call has taken effect, i.e. the answer is lost)
//          field=NAME (a 400/422 names this field)
//          body=TEXT (only calls whose body contains TEXT, e.g. one message id)
// e.g.  "503,path=/v1/db/project/create,count=2;latency=250"
struct FaultRule
{
    enum class Kind { Status, Latency, Drop, Malformed, OperationError };
    Kind kind = Kind::Status;
    int status = 503;
    int latencyMs = 0;
    int retryAfterSeconds = -1;
    QString pathPrefix;
    QString field; // for 400/422: the field the error names
    QByteArray bodyContains;
    QByteArray method;
    int remaining = -1; // -1: unlimited
    bool afterEffect = false;
};

class FaultInjector final
{
public:
    // Parses and appends; returns an error text (empty on success) and adds nothing on error.
    QString addSpec(const QString &spec);
    void clear() { m_rules.clear(); }
    // Sum of the matching latency rules' delays (each rule consumed once).
    int takeLatency(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // Consumes and returns the first matching non-latency rule for the given phase.
    std::optional<FaultRule> take(const QByteArray &method, const QString &path, bool afterEffect,
                                  const QByteArray &body = {});
    QJsonArray describe() const;

private:
    static bool matches(const FaultRule &rule, const QByteArray &method, const QString &path, const QByteArray &body);
    std::vector<FaultRule> m_rules;
};
