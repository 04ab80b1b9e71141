#pragma once

class AppearanceManager;
class LanguageManager;
class ProfileStore;
class QNetworkAccessManager;
class RequestLog;
class SecretStore;

// The long-lived services the windows share; owned by main().
struct AppContext
{
    QNetworkAccessManager *network = nullptr;
    ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    RequestLog *requestLog = nullptr;
    LanguageManager *language = nullptr;
    AppearanceManager *appearance = nullptr;
};
