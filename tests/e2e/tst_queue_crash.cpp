#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Durability: publish from a client, kill -9 the sandbox mid-stream, restart it on the same
// state, and account for every message: published (answered 200) ⇒ present or acked;
// acked ⇒ absent.
class QueueCrashTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QProcess m_sandbox;
    QString m_url;
    QNetworkAccessManager m_network;

    void startSandbox()
    {
        m_sandbox.start(QStringLiteral(CONSOLE_SANDBOX_BINARY),
                        {u"--data"_s, m_data.path(), u"--api-key"_s, u"ifr_crash"_s, u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(m_sandbox.waitForStarted());
        QVERIFY(m_sandbox.waitForReadyRead(10000));
        m_url = QString::fromUtf8(m_sandbox.readLine()).trimmed().mid(13);
        QVERIFY(m_url.startsWith(u"http://"_s));
    }

    QNetworkReply *post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setRawHeader("Authorization", "Bearer ifr_crash");
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject postAndWait(const QString &path, const QJsonObject &body)
    {
        QNetworkReply *reply = post(path, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private slots:
    void publishedMessagesSurviveAKill()
    {
        startSandbox();
        QCOMPARE(postAndWait(u"/v1/queue/create"_s, {{u"name"_s, u"crash"_s}}).value(u"queue"_s).toString(),
                 u"crash"_s);

        QSet<QString> confirmed;
        QSet<QString> acked;
        int sent = 0;
        int inFlight = 0;
        bool killed = false;
        // Keep eight publishes in flight at all times, like a busy producer.
        std::function<void()> sendOne = [&] {
            if (killed)
                return;
            ++inFlight;
            QNetworkReply *reply =
                post(u"/v1/queue/publish"_s, {{u"queue"_s, u"crash"_s}, {u"payload"_s, QJsonObject{{u"n"_s, ++sent}}}});
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                --inFlight;
                reply->deleteLater();
                const QString id = QJsonDocument::fromJson(reply->readAll()).object().value(u"message_id"_s).toString();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 && !id.isEmpty())
                    confirmed.insert(id);
                sendOne();
            });
        };
        for (int i = 0; i < 8; ++i)
            sendOne();
        QVERIFY(QTest::qWaitFor([&] { return confirmed.size() >= 400; }, 60000));

        // A consumer acks some while publishing goes on.
        const QJsonArray leased =
            postAndWait(u"/v1/queue/consume"_s,
                        {{u"queue"_s, u"crash"_s}, {u"max_messages"_s, 100}, {u"visibility_timeout"_s, 3600}})
                .value(u"messages"_s)
                .toArray();
        QCOMPARE(leased.size(), 100);
        for (const QJsonValue &message : leased) {
            const QString id = message.toObject().value(u"message_id"_s).toString();
            if (postAndWait(u"/v1/queue/ack"_s, {{u"queue"_s, u"crash"_s}, {u"message_id"_s, id}})
                    .value(u"acked"_s)
                    .toBool())
                acked.insert(id);
        }
        QCOMPARE(acked.size(), 100);

        const qsizetype target = confirmed.size() + 300;
        QVERIFY(QTest::qWaitFor([&] { return confirmed.size() >= target; }, 60000));
        QVERIFY(inFlight > 0); // requests are on the wire when the process dies
        m_sandbox.kill();      // SIGKILL: no shutdown, no flush
        m_sandbox.waitForFinished(5000);
        killed = true;
        QVERIFY(QTest::qWaitFor([&] { return inFlight == 0; }, 20000));
        const qsizetype answeredBeforeKill = confirmed.size();

        startSandbox();
        QSet<QString> present;
        for (;;) {
            const QJsonArray batch =
                postAndWait(u"/v1/queue/consume"_s,
                            {{u"queue"_s, u"crash"_s}, {u"max_messages"_s, 100}, {u"visibility_timeout"_s, 3600}})
                    .value(u"messages"_s)
                    .toArray();
            if (batch.isEmpty())
                break;
            for (const QJsonValue &message : batch)
                present.insert(message.toObject().value(u"message_id"_s).toString());
        }
        // The 100 leased-and-acked are gone; every other confirmed message is there.
        QVERIFY(!present.intersects(acked));
        const QSet<QString> expected = QSet<QString>(confirmed).subtract(acked);
        for (const QString &id : expected)
            QVERIFY2(present.contains(id), qPrintable(u"lost "_s + id));
        // Anything extra can only be a publish whose answer the kill swallowed.
        QVERIFY(present.size() - expected.size() <= 8);
        qInfo("published %lld confirmed, %lld acked, %lld present after restart", qlonglong(answeredBeforeKill),
              qlonglong(acked.size()), qlonglong(present.size()));
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(QueueCrashTest)
#include "tst_queue_crash.moc"
