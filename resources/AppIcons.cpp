#include "AppIcons.h"

#include <QHash>

QIcon AppIcons::icon(const QString &name)
{
    // One QIcon per name: it renders and caches each size it is asked for.
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
    return *it;
}

QIcon AppIcons::application()
{
    return icon(QStringLiteral("infrai-console"));
}
