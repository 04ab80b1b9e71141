#include "profiles/ProfileStore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class ProfilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"infrai-test"_s);
        QCoreApplication::setApplicationName(u"tst_profiles"_s);
        QSettings().clear();
    }

    void httpsRequiredExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << u"https://api.infrai.cc"_s << true;
        QTest::newRow("http remote") << u"http://api.infrai.cc"_s << false;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http 127.8.0.1") << u"http://127.8.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http private") << u"http://10.0.0.5"_s << false;
        QTest::newRow("ftp") << u"ftp://api.infrai.cc"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
        QTest::newRow("user and password") << u"https://ops:s3cret@api.infrai.cc"_s << false;
        QTest::newRow("user only") << u"https://ops@api.infrai.cc"_s << false;
    }

    void httpsRequiredExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        Profile profile;
        profile.name = u"p"_s;
        profile.baseUrl = QUrl(url);
        QCOMPARE(profile.validate().isEmpty(), valid);
    }

    void storedInSettingsWithoutSecrets()
    {
        QString id;
        {
            ProfileStore store;
            Profile profile;
            profile.name = u"Production"_s;
            profile.kind = Profile::Kind::Aura;
            profile.baseUrl = QUrl(u"https://api.neo4j.io"_s);
            profile.fields.insert(u"tenant_id"_s, u"t-1"_s);
            profile.id = Profile::newId();
            QVERIFY(!store.save(profile).isEmpty()); // an Aura profile needs its client id
            profile.fields.insert(u"client_id"_s, u"client-1"_s);
            QVERIFY(store.save(profile).isEmpty());
            store.setActiveId(profile.id);
            id = profile.id;
            Profile bad = profile;
            bad.id.clear();
            bad.name.clear();
            QVERIFY(!store.save(bad).isEmpty());
            QCOMPARE(store.profiles().size(), 1);
        }
        ProfileStore reloaded;
        QCOMPARE(reloaded.profiles().size(), 1);
        QCOMPARE(reloaded.activeId(), id);
        const Profile profile = *reloaded.find(id);
        QCOMPARE(profile.kind, Profile::Kind::Aura);
        QCOMPARE(profile.fields.value(u"tenant_id"_s).toString(), u"t-1"_s);
        // Nothing secret-looking reaches the settings file.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"key"_s, Qt::CaseInsensitive) || key == u"profiles/size"_s, qPrintable(key));
        reloaded.remove(id);
        QVERIFY(reloaded.profiles().isEmpty());
        QVERIFY(reloaded.activeId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProfilesTest)
#include "tst_profiles.moc"
