#include "profiles/LocalSandbox.h"

#include "auth/SecretStore.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// The sandbox reads accepted keys from here as well as from --api-key.
constexpr char ApiKeySourcesVariable[] = "INFRAI_SANDBOX_API_KEYS";

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/local-sandbox"_s;
}

QString newKey()
{
    QString key = u"ifr_local_"_s;
    for (int i = 0; i < 24; ++i)
        key += QChar(u"abcdefghijkmnpqrstuvwxyz23456789"[QRandomGenerator::system()->bounded(32)]);
    return key;
}

} // namespace

LocalSandbox::LocalSandbox(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The local sandbox could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code) {
        if (!m_url.isEmpty())
            return; // it ran; the profile's connection reports it gone
        // Its port was taken since the last run: any free one, and the profile follows.
        if (!m_retriedOnAnyPort && !m_profileId.isEmpty()) {
            m_retriedOnAnyPort = true;
            return launch(m_key, 0);
        }
        emit failed(tr("The local sandbox stopped at start (exit code %1).").arg(code));
    });
}

LocalSandbox::~LocalSandbox()
{
    m_process.disconnect(this); // no restart, and no handler, while it goes
    stop();
}

QString LocalSandbox::executable()
{
    if (const QString chosen = qEnvironmentVariable("INFRAI_SANDBOX_BINARY"); !chosen.isEmpty())
        return QFileInfo(chosen).isExecutable() ? chosen : QString();
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : QStringList{dir + u"/infrai-sandbox"_s, dir + u"/sandbox/infrai-sandbox"_s})
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    return {};
}

void LocalSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const QSignalBlocker quiet(&m_process); // a stop asked for is not a failure to report
    m_process.terminate();
    if (!m_process.waitForFinished(2000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

void LocalSandbox::start()
{
    m_profileId.clear();
    launch(newKey(), 0);
}

void LocalSandbox::restartFor(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles->find(profileId);
    if (!profile)
        return;
    m_profileId = profileId;
    m_secrets->read(profileId, u"api-key"_s, this,
                    [this, port = profile->baseUrl.port()](const SecretStore::Result &r) {
                        if (!r.ok())
                            return emit failed(r.message());
                        launch(r.secret, quint16(std::max(0, port)));
                    });
}

void LocalSandbox::launch(const QString &key, quint16 port)
{
    const QString program = executable();
    if (program.isEmpty())
        return emit failed(tr("infrai-sandbox is not installed beside the console."));
    stop(); // one at a time
    m_key = key;
    m_url.clear();
    m_output.clear();
    QDir().mkpath(dataDirectory());
    // The key in its environment, which only this user can read: not on the command line
    // (every local user sees /proc/*/cmdline), and not written to disk.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ApiKeySourcesVariable), key);
    m_process.setProcessEnvironment(environment);
    m_process.start(program, {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--data"_s, dataDirectory(), u"--demo"_s});
}

void LocalSandbox::onOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    // "listening on http://127.0.0.1:PORT"
    const qsizetype line = m_output.indexOf('\n');
    if (line < 0)
        return;
    const QString first = QString::fromUtf8(m_output.left(line)).trimmed();
    if (!first.startsWith(u"listening on "_s)) {
        stop();
        return emit failed(tr("The local sandbox said something unexpected: %1").arg(first));
    }
    m_url = QUrl(first.mid(13));
    registerProfile();
}

void LocalSandbox::storeProfile(Profile profile, const QString &key, ProfileStore *profiles, SecretStore *secrets,
                                QObject *context, std::function<void(const QString &, const QString &)> done)
{
    profile.fields.insert(u"sandbox"_s, true);
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (const QString error = profiles->save(profile); !error.isEmpty())
        return done({}, error);
    if (key.isEmpty())
        return done(profile.id, {});
    secrets->write(profile.id, u"api-key"_s, key, context,
                   [secrets, id = profile.id, key, done](const SecretStore::Result &result) {
                       if (!result.ok()) // a locked keychain: the key still works for this run
                           secrets->keepForSession(id, u"api-key"_s, key);
                       done(id, result.ok() ? QString() : result.message());
                   });
}

void LocalSandbox::registerProfile()
{
    Profile profile = m_profileId.isEmpty() ? Profile() : m_profiles->find(m_profileId).value_or(Profile());
    if (profile.id.isEmpty())
        profile.name = tr("Local sandbox");
    profile.kind = Profile::Kind::Infrai;
    profile.baseUrl = m_url;
    profile.fields.insert(QString::fromLatin1(ManagedField), true);
    storeProfile(profile, m_key, m_profiles, m_secrets, this, [this](const QString &id, const QString &problem) {
        if (id.isEmpty())
            return emit failed(problem);
        m_profileId = id;
        emit ready(id);
    });
}
