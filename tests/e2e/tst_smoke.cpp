#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real executables as processes: infrai-sandbox --demo on an ephemeral port, then
// infrai-console --sandbox URL --screenshot FILE, and a look at the PNG it wrote.
class SmokeTest : public QObject
{
    Q_OBJECT

private:
    QProcess m_sandbox;
    QString m_url;
    QTemporaryDir m_home;

    QProcessEnvironment consoleEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"INFRAI_API_KEY"_s, u"ifr_smoke_key"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        return env;
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY), {u"--ephemeral"_s, u"--demo"_s, u"--listen"_s,
                                                                 u"127.0.0.1:0"_s, u"--api-key"_s, u"ifr_smoke_key"_s});
        QVERIFY(m_sandbox.waitForStarted());
        QVERIFY(m_sandbox.waitForReadyRead(10000));
        const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        QVERIFY2(first.startsWith(u"listening on http://127.0.0.1:"_s), qPrintable(first));
        m_url = first.mid(13);
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void sandboxGeneratesAKeyWhenGivenNone()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY), {u"--ephemeral"_s});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine() && sandbox.bytesAvailable() > 60, 10000);
        QVERIFY(sandbox.readLine().startsWith("listening on http://127.0.0.1:"));
        QVERIFY(sandbox.readLine().startsWith("api key: ifr_sbx_"));
        sandbox.kill();
        sandbox.waitForFinished();
    }

    // GET /v1/db/project/list with a key; the HTTP status (0 when nothing answered).
    static int statusFor(const QString &baseUrl, const QByteArray &key)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(baseUrl + u"/v1/db/project/list"_s));
        request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void sandboxReadsKeysFromAFileAndTheEnvironment()
    {
        QFile keyFile(m_home.filePath(u"keys"_s));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write("# demo keys\nifr_from_file\n\n  ifr_second_line  \n");
        keyFile.close();
        QProcess sandbox;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFRAI_SANDBOX_API_KEYS"_s, u"ifr_env_a, ifr_env_b"_s);
        sandbox.setProcessEnvironment(env);
        sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY),
                      {u"--ephemeral"_s, u"--api-key-file"_s, keyFile.fileName()});
        QVERIFY(sandbox.waitForStarted());
        QVERIFY(sandbox.waitForReadyRead(10000));
        const QString url = QString::fromUtf8(sandbox.readLine()).trimmed().mid(13);
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
        for (const QByteArray key : {"ifr_from_file", "ifr_second_line", "ifr_env_a", "ifr_env_b"})
            QVERIFY2(statusFor(url, key) == 200, key.constData());
        QCOMPARE(statusFor(url, "ifr_not_listed"), 401);
        QCOMPARE(statusFor(url, "# demo keys"), 401);
        // No key is printed (none was generated) and none is on the command line.
        QVERIFY(!sandbox.readAll().contains("api key:"));
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(sandbox.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        QVERIFY(!cmdline.readAll().contains("ifr_"));
        sandbox.kill();
        sandbox.waitForFinished();

        QProcess missing;
        missing.start(QStringLiteral(CONSOLE_SANDBOX_BINARY),
                      {u"--ephemeral"_s, u"--api-key-file"_s, m_home.filePath(u"no-such-file"_s)});
        QVERIFY(missing.waitForFinished(10000));
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.readAllStandardError().contains("cannot read the key file"));
    }

    void sandboxRejectsBadFlags()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY), {u"--ephemeral"_s, u"--faults"_s, u"boom"_s});
        QVERIFY(sandbox.waitForFinished(10000));
        QVERIFY(sandbox.exitCode() != 0);
        QVERIFY(sandbox.readAllStandardError().contains("unknown fault kind"));
    }

    void consoleScreenshotShowsTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("queue"); // --open-queue, if any
        QTest::newRow("explorer-en") << u"en"_s << QString();
        QTest::newRow("explorer-zh_CN") << u"zh_CN"_s << QString();
        QTest::newRow("inspector-en") << u"en"_s << u"orders"_s;
        QTest::newRow("inspector-zh_CN") << u"zh_CN"_s << u"orders"_s;
        QTest::newRow("dead-letters-en") << u"en"_s << u"orders:dead-letters"_s;
        QTest::newRow("dead-letters-zh_CN") << u"zh_CN"_s << u"orders:dead-letters"_s;
        QTest::newRow("two-profiles-en") << u"en"_s << u"+"_s; // --sandbox twice, side by side
    }

    void consoleScreenshotShowsTheWindow()
    {
        QFETCH(QString, language);
        QFETCH(QString, queue);
        const QString name = u"console-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s;
        const QString png = m_home.filePath(name);
        QStringList arguments{u"--sandbox"_s, m_url, u"--screenshot"_s, png, u"--lang"_s, language};
        if (queue == u"+")
            arguments << u"--sandbox"_s << m_url;
        else if (!queue.isEmpty())
            arguments << u"--open-queue"_s << queue;
        QProcess console;
        console.setProcessEnvironment(consoleEnvironment());
        console.start(QStringLiteral(CONSOLE_CONSOLE_BINARY), arguments);
        QVERIFY(console.waitForFinished(60000));
        QVERIFY2(console.exitCode() == 0, console.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
        QVERIFY2(distinctColours(image) > 8, "the screenshot looks blank");
        if (qEnvironmentVariableIsSet("INFRAI_KEEP_SCREENSHOTS"))
            QFile::copy(png, qEnvironmentVariable("INFRAI_KEEP_SCREENSHOTS") + u'/' + name);
    }
};

QTEST_GUILESS_MAIN(SmokeTest)
#include "tst_smoke.moc"
