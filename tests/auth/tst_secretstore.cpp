#include "auth/SecretStore.h"

#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// The secret store against a real Secret Service (gnome-keyring in the test command's private
// D-Bus session), and, run again with no bus (INFRAI_TEST_NO_KEYCHAIN), the clear error and
// the session-only fallback.
class SecretStoreTest : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store{u"infrai-console-test"_s};
    QString m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);

    SecretStore::Result waitFor(std::function<void(SecretStore::Done)> start)
    {
        std::optional<SecretStore::Result> outcome;
        start([&](const SecretStore::Result &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            qFatal("keychain job did not finish");
        return *outcome;
    }
    SecretStore::Result read()
    {
        return waitFor([&](auto done) { m_store.read(m_profile, u"api-key"_s, this, done); });
    }
    SecretStore::Result write(const QString &secret)
    {
        return waitFor([&](auto done) { m_store.write(m_profile, u"api-key"_s, secret, this, done); });
    }
    SecretStore::Result remove()
    {
        return waitFor([&](auto done) { m_store.remove(m_profile, u"api-key"_s, this, done); });
    }
    static bool noKeychainRun()
    {
        return qEnvironmentVariableIsSet("INFRAI_TEST_NO_KEYCHAIN") || qEnvironmentVariableIsSet("INFRAI_TEST_LOCKED");
    }

private slots:
    void writeReadOverwriteDelete()
    {
        if (noKeychainRun())
            QSKIP("this run has no Secret Service");
        QCOMPARE(read().status, SecretStore::Status::NotFound);
        SecretStore::Result written = write(u"ifr_first"_s);
        QVERIFY2(written.ok(), qPrintable(written.detail));
        QVERIFY(!written.sessionOnly);
        SecretStore::Result loaded = read();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.secret, u"ifr_first"_s);
        QVERIFY(!loaded.sessionOnly);

        QVERIFY(write(u"ifr_second"_s).ok());
        QCOMPARE(read().secret, u"ifr_second"_s);

        QVERIFY(remove().ok());
        QCOMPARE(read().status, SecretStore::Status::NotFound);
        QVERIFY(remove().ok()); // removing what is gone is not an error
    }

    void keysAreScopedPerProfileAndKind()
    {
        if (noKeychainRun())
            QSKIP("this run has no Secret Service");
        QCOMPARE(SecretStore::keyFor(u"p1"_s, u"api-key"_s), u"p1/api-key"_s);
        QVERIFY(write(u"ifr_a"_s).ok());
        const QString other = m_profile;
        m_profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(read().status, SecretStore::Status::NotFound);
        m_profile = other;
        QCOMPARE(read().secret, u"ifr_a"_s);
        QVERIFY(remove().ok());
    }

    void lockedKeychain()
    {
        if (!qEnvironmentVariableIsSet("INFRAI_TEST_LOCKED"))
            QSKIP("run with INFRAI_TEST_LOCKED=1 in a private keyring session");
        // Lock the login collection, as a screen lock or the user would. Headless there is
        // no prompter to unlock it again, so the keychain must refuse and say why.
        QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                               u"org.freedesktop.Secret.Service"_s);
        QVERIFY(service.isValid());
        const QDBusMessage locked = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                                                                u"/org/freedesktop/secrets/collection/login"_s)}));
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
        const SecretStore::Result written = write(u"ifr_locked"_s);
        QVERIFY2(!written.ok(), "a locked keychain must not accept the key");
        QCOMPARE(written.status, SecretStore::Status::AccessDenied); // what the Secret Service says
        QVERIFY(written.message().contains(u"locked"_s));
        QVERIFY(written.message().contains(u"session only"_s));
        m_store.keepForSession(m_profile, u"api-key"_s, u"ifr_locked"_s);
        QCOMPARE(read().secret, u"ifr_locked"_s);
    }

    void unavailableKeychain()
    {
        if (!qEnvironmentVariableIsSet("INFRAI_TEST_NO_KEYCHAIN"))
            QSKIP("run with INFRAI_TEST_NO_KEYCHAIN=1 and no D-Bus session");
        const SecretStore::Result written = write(u"ifr_x"_s);
        QCOMPARE(written.status, SecretStore::Status::KeychainUnavailable);
        QVERIFY(written.message().contains(u"keychain"_s));
        QVERIFY(written.message().contains(u"session only"_s));
        QCOMPARE(read().status, SecretStore::Status::KeychainUnavailable);

        // The fallback keeps the key in memory for this run, and says so.
        m_store.keepForSession(m_profile, u"api-key"_s, u"ifr_x"_s);
        const SecretStore::Result loaded = read();
        QVERIFY(loaded.ok());
        QVERIFY(loaded.sessionOnly);
        QCOMPARE(loaded.secret, u"ifr_x"_s);
        QVERIFY(!loaded.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "tst_secretstore.moc"
