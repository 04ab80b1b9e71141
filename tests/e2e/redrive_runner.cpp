// A redrive job in a process of its own, for the kill test: the console's own RedriveJob
// over its own transport, so a SIGKILL part-way leaves what the console would leave.
// usage: redrive_runner URL KEY QUEUE IDS_FILE RATE JOURNAL_DIR [--resume]
#include "api/ApiTransport.h"
#include "api/queue/InfraiQueueClient.h"
#include "auth/TokenProvider.h"
#include "ops/OperationTracker.h"
#include "queue/RedriveJob.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7)
        return 2;
    QNetworkAccessManager network;
    ApiTransport transport(&network, QUrl(args[1]));
    transport.setTokenProvider(std::make_shared<StaticTokenProvider>(args[2]));
    InfraiQueueClient client(&transport);
    OperationTracker tracker;
    const ProfileRef profile{QStringLiteral("runner"), QStringLiteral("runner")};
    std::shared_ptr<RedriveJob> job;
    if (args.contains(QStringLiteral("--resume"))) {
        const QList<RedriveJob::Saved> saved = RedriveJob::unfinished(args[6], profile.id, QUrl(args[1]));
        if (saved.isEmpty())
            return 3;
        job = std::make_shared<RedriveJob>(&client, &tracker, args[6], profile, saved.first());
    } else {
        QFile file(args[4]);
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        const QStringList ids = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        job = std::make_shared<RedriveJob>(&client, &tracker, args[6], profile, args[3], ids, args[5].toDouble());
    }
    QObject::connect(job.get(), &RedriveJob::finished, &app, [&] {
        const Operation &operation = tracker.at(tracker.rowOf(job->operationId()));
        std::printf("finished %s moved %lld\n", operation.state == Operation::State::Succeeded ? "ok" : "failed",
                    static_cast<long long>(job->moved()));
        std::fflush(stdout);
        app.exit(operation.state == Operation::State::Succeeded ? 0 : 1);
    });
    if (!job->start(job))
        return 4;
    return app.exec();
}
