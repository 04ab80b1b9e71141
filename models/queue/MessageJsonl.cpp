#include "queue/MessageJsonl.h"

#include "api/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

MessageJsonl MessageJsonl::parse(const QByteArray &content)
{
    MessageJsonl result;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArray line = content.mid(start, end - start).trimmed();
        start = end + 1;
        ++lineNumber;
        if (line.isEmpty())
            continue;
        ++result.lines;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            result.errors << QCoreApplication::translate("MessageJsonl", "line %1: not a JSON object (%2)")
                                 .arg(lineNumber)
                                 .arg(error.error != QJsonParseError::NoError
                                          ? error.errorString()
                                          : QCoreApplication::translate("MessageJsonl", "another JSON value"));
            continue;
        }
        const QJsonObject object = document.object();
        OutgoingMessage message;
        const QJsonValue payload = object.value(u"payload"_s);
        const bool exported = object.contains(u"message_id"_s);
        // A spec has a payload object and nothing but the publish options beside it.
        const QStringList keys = object.keys();
        const bool spec = payload.isObject() && std::all_of(keys.begin(), keys.end(), [](const QString &key) {
                              return key == u"payload" || key == u"delay_seconds" || key == u"priority";
                          });
        if (exported || spec) {
            if (!payload.isObject()) {
                result.errors << QCoreApplication::translate("MessageJsonl",
                                                             "line %1: \"payload\" must be a JSON object")
                                     .arg(lineNumber);
                continue;
            }
            message.payload = payload.toObject();
            // Options of the wrong type are this line's error, never a silent 0.
            QString wrong;
            for (const QString &key : {u"priority"_s, u"delay_seconds"_s})
                if (wrong.isEmpty() && object.contains(key) && !JsonFields::isInteger(object.value(key)))
                    wrong = key;
            if (!wrong.isEmpty()) {
                result.errors << QCoreApplication::translate("MessageJsonl", "line %1: \"%2\" must be a whole number")
                                     .arg(lineNumber)
                                     .arg(wrong);
                continue;
            }
            if (object.contains(u"priority"_s))
                message.priority = object.value(u"priority"_s).toInt();
            // An exported dead letter is published now; its old delay has passed.
            if (!exported)
                message.delaySeconds = object.value(u"delay_seconds"_s).toInt();
        } else {
            message.payload = object;
        }
        result.messages.append(message);
    }
    return result;
}
