#include "auth/SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound: return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return SecretStore::Status::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // e.g. no Secret Service on the bus, or a locked collection
        return SecretStore::Status::KeychainUnavailable;
    case QKeychain::CouldNotDeleteEntry: return SecretStore::Status::Failed;
    }
    return SecretStore::Status::Failed;
}

// Runs a keychain job and reports on the caller's context; the job deletes itself.
void runJob(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> onFinished)
{
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, hadContext, onFinished](QKeychain::Job *finished) {
        if (hadContext && !guard)
            return;
        onFinished(finished);
    });
    job->start();
}

} // namespace

QString SecretStore::Result::message() const
{
    switch (status) {
    case Status::Ok:
        return sessionOnly
                   ? QCoreApplication::translate("SecretStore", "The key is kept for this session only and will "
                                                                "be forgotten when the console closes.")
                   : QString();
    case Status::NotFound: return QCoreApplication::translate("SecretStore", "No key is stored for this profile yet.");
    case Status::KeychainUnavailable:
        return QCoreApplication::translate(
            "SecretStore", "The system keychain is not available or is locked. Start and unlock your keyring "
                           "(for example GNOME Keyring or KWallet) and try again, or keep the key for this "
                           "session only.");
    case Status::AccessDenied:
        return QCoreApplication::translate("SecretStore",
                                           "The system keychain refused access; it may be locked. Unlock your "
                                           "keyring (or allow the console to use it) and try again, or keep the "
                                           "key for this session only.");
    case Status::Failed:
        return QCoreApplication::translate("SecretStore", "The keychain operation failed: %1").arg(detail);
    }
    return {};
}

SecretStore::SecretStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service))
{
}

QString SecretStore::keyFor(const QString &profileId, const QString &kind)
{
    return profileId + u'/' + kind;
}

void SecretStore::read(const QString &profileId, const QString &kind, QObject *context, Done done)
{
    const QString key = keyFor(profileId, kind);
    if (m_session.contains(key)) {
        Result result;
        result.secret = m_session.value(key);
        result.sessionOnly = true;
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done](QKeychain::Job *finished) {
        Result result;
        result.status = statusOf(finished->error());
        result.detail = finished->errorString();
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
}

void SecretStore::write(const QString &profileId, const QString &kind, const QString &secret, QObject *context,
                        Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keyFor(profileId, kind));
    job->setTextData(secret);
    QPointer<SecretStore> self(this);
    const QString key = keyFor(profileId, kind);
    runJob(job, context, [self, key, done](QKeychain::Job *finished) {
        Result result;
        result.status = statusOf(finished->error());
        result.detail = finished->errorString();
        // A key now in the keychain supersedes any session-only copy.
        if (result.ok() && self)
            self->m_session.remove(key);
        done(result);
    });
}

void SecretStore::remove(const QString &profileId, const QString &kind, QObject *context, Done done)
{
    m_session.remove(keyFor(profileId, kind));
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keyFor(profileId, kind));
    runJob(job, context, [done](QKeychain::Job *finished) {
        Result result;
        result.status = statusOf(finished->error());
        // Deleting what is not there leaves the wanted state.
        if (result.status == Status::NotFound)
            result.status = Status::Ok;
        result.detail = finished->errorString();
        done(result);
    });
}

void SecretStore::keepForSession(const QString &profileId, const QString &kind, const QString &secret)
{
    m_session.insert(keyFor(profileId, kind), secret);
}

bool SecretStore::hasSessionSecret(const QString &profileId, const QString &kind) const
{
    return m_session.contains(keyFor(profileId, kind));
}
