#include "profiles/PushSubscriptionRegistry.h"

#include "api/RequestLog.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString groupFor(const QString &profileId, const QString &queue)
{
    // Queue names may hold '.', which QSettings keys keep; '/' would nest, so encode.
    return u"push-subscriptions/"_s + profileId + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(queue));
}

} // namespace

QList<PushSubscriptionRegistry::Entry> PushSubscriptionRegistry::list(const QString &profileId, const QString &queue)
{
    QSettings settings;
    QList<Entry> entries;
    const int size = settings.beginReadArray(groupFor(profileId, queue));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        entries.append({settings.value(u"id"_s).toString(), settings.value(u"url"_s).toString(),
                        settings.value(u"created"_s).toDateTime()});
    }
    settings.endArray();
    return entries;
}

void PushSubscriptionRegistry::add(const QString &profileId, const QString &queue, const Entry &entry)
{
    QList<Entry> entries = list(profileId, queue);
    entries.append(entry);
    QSettings settings;
    settings.beginWriteArray(groupFor(profileId, queue), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"id"_s, entries[i].id);
        // Only the origin: the rest of a push target may be its credential.
        settings.setValue(u"url"_s, RequestLog::redactCapabilityUrl(entries[i].url));
        settings.setValue(u"created"_s, entries[i].createdAt);
    }
    settings.endArray();
}
