#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVariantMap>

// A connection to one service account. Holds no secrets: the key lives in the keychain
// under the profile's id.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Kind { Infrai, Aura, Lakebase };

    QString id;
    QString name;
    Kind kind = Kind::Infrai;
    QUrl baseUrl;
    QVariantMap fields; // non-secret extras: tenant id, workspace, OAuth client id ...

    static QString kindId(Kind kind);
    static Kind kindFromId(const QString &id, bool *ok = nullptr);
    static QString kindDisplayName(Kind kind);
    static QUrl defaultBaseUrl(Kind kind);
    static QString newId();

    // Empty when valid; otherwise why not, translated. https is required except on loopback.
    QString validate() const;
    static bool isLoopbackHost(const QString &host);
    bool operator==(const Profile &other) const = default;
};
