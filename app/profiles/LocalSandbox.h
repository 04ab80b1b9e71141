#pragma once

#include "profiles/Profile.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <functional>

class ProfileStore;
class SecretStore;

// The infrai-sandbox installed beside the console, run as a child for a first try without
// an account: demo data, a free loopback port, a "Local sandbox" profile whose generated key
// goes to the keychain. Its state lives in the user's data directory, so a profile made this
// way finds its data again when the console starts it next time.
class LocalSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    static constexpr const char *ManagedField = "managed_sandbox";

    LocalSandbox(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Where the executable is: beside the console (as installed), in the build tree's
    // sandbox/ folder, or as $INFRAI_SANDBOX_BINARY says. Empty when there is none.
    static QString executable();
    static bool isAvailable() { return !executable().isEmpty(); }

    // Saves `profile` as a sandbox's (a new id if it has none) and its key in the keychain,
    // or for this session only when the keychain refuses. `done` gets the profile's id, or
    // none and why; with an id, `problem` is the keychain's complaint, if any.
    static void storeProfile(Profile profile, const QString &key, ProfileStore *profiles, SecretStore *secrets,
                             QObject *context, std::function<void(const QString &id, const QString &problem)> done);

    // Starts it and makes (or updates) the profile; ready() or failed() follows.
    void start();
    // Starts it again for a profile made by start() in an earlier run, on its port if free.
    void restartFor(const QString &profileId);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl url() const { return m_url; }

signals:
    void ready(const QString &profileId);
    void failed(const QString &message);

private:
    void launch(const QString &key, quint16 port);
    // Ends a running sandbox (not reported as failed).
    void stop();
    void onOutput();
    void registerProfile();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QProcess m_process;
    QString m_key;
    QString m_profileId;
    QUrl m_url;
    QByteArray m_output;
    bool m_retriedOnAnyPort = false;
};
