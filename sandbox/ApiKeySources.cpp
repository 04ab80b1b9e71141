#include "ApiKeySources.h"

#include <QFile>
#include <QRegularExpression>

namespace ApiKeySources {

bool readFile(const QString &path, QStringList *keys, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the key file %1: %2").arg(path, file.errorString());
        return false;
    }
    // A key file is a few lines; anything bigger is not one.
    constexpr qint64 maxSize = 64 * 1024;
    if (file.size() > maxSize) {
        *error = QStringLiteral("the key file %1 is larger than 64 KiB").arg(path);
        return false;
    }
    const qsizetype before = keys->size();
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            keys->append(line);
    }
    if (keys->size() == before) {
        *error = QStringLiteral("the key file %1 holds no key").arg(path);
        return false;
    }
    return true;
}

QStringList parseList(const QString &value)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return value.split(separators, Qt::SkipEmptyParts);
}

} // namespace ApiKeySources
