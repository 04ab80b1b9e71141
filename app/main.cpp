#include "AppContext.h"
#include "AppIcons.h"
#include "AppInfo.h"
#include "AppearanceManager.h"
#include "ExplorerWidget.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "api/RequestLog.h"
#include "auth/SecretStore.h"
#include "profiles/LocalSandbox.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString SandboxProfileName = u"Local sandbox"_s;

// Makes the profile `name` (of `kind`, with `fields`) point at `url` and stores the key for it.
void prepareSandboxProfile(const QString &name, Profile::Kind kind, const QVariantMap &fields, const QUrl &url,
                           const QString &key, ProfileStore &profiles, SecretStore &secrets,
                           std::function<void(const QString &)> ready)
{
    Profile profile = profiles.findByName(name).value_or(Profile());
    profile.name = name;
    profile.kind = kind;
    profile.baseUrl = url;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        profile.fields.insert(it.key(), it.value());
    LocalSandbox::storeProfile(profile, key, &profiles, &secrets, nullptr,
                               [ready](const QString &id, const QString &problem) {
                                   if (!problem.isEmpty())
                                       qWarning("infrai-console: %s", qPrintable(problem));
                                   ready(id);
                               });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // start-up phases, for --exit-when-loaded
    sinceMain.start();
    QApplication app(argc, argv);
    const qint64 appReadyMs = sinceMain.elapsed();
    QApplication::setApplicationName(QString::fromLatin1(AppInfo::Name));
    QApplication::setOrganizationName(QString::fromLatin1(AppInfo::Organization));
    QApplication::setApplicationDisplayName(QString::fromLatin1(AppInfo::DisplayName));
    QApplication::setApplicationVersion(QString::fromLatin1(AppInfo::Version));
    QApplication::setDesktopFileName(QString::fromLatin1(AppInfo::DesktopId)); // ties windows to the menu entry
    QApplication::setWindowIcon(AppIcons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Desktop console for managed databases and message queues."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        u"sandbox"_s, u"Connect a \"Local sandbox\" profile to URL (key from $INFRAI_API_KEY); repeat for more."_s,
        u"URL"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        u"Render the main window to FILE (PNG) once loaded, then exit."_s, u"FILE"_s);
    const QCommandLineOption language(u"lang"_s, u"User interface language: en or zh_CN."_s, u"LANG"_s);
    const QCommandLineOption openQueue(
        u"open-queue"_s,
        u"Open the inspector of queue NAME once loaded, on a page: NAME:publish, :consume, :dead-letters or :push."_s,
        u"NAME"_s);
    const QCommandLineOption windowSize(u"window-size"_s, u"Open the window at WIDTHxHEIGHT (e.g. 1024x700)."_s,
                                        u"SIZE"_s);
    const QCommandLineOption appearance(u"appearance"_s, u"Appearance: system (follow the desktop), light or dark."_s,
                                        u"MODE"_s);
    const QCommandLineOption exitWhenLoaded(
        u"exit-when-loaded"_s, u"Print start-up timings once the first page is painted, then exit (benchmarks)."_s);
    parser.addOptions({sandbox, screenshot, language, openQueue, windowSize, appearance, exitWhenLoaded});
    parser.process(app);

    LanguageManager languages;
    const QString chosen = parser.isSet(language) ? parser.value(language) : LanguageManager::initialLanguage();
    if (!LanguageManager::available().contains(chosen)) {
        qCritical("infrai-console: unknown language %s (use en or zh_CN)", qPrintable(chosen));
        return 2;
    }
    languages.apply(chosen);
    AppearanceManager looks;
    const std::optional<AppearanceManager::Mode> mode = parser.isSet(appearance)
                                                            ? AppearanceManager::parseMode(parser.value(appearance))
                                                            : AppearanceManager::initialMode();
    if (!mode) {
        qCritical("infrai-console: unknown appearance %s (use system, light or dark)",
                  qPrintable(parser.value(appearance)));
        return 2;
    }
    looks.apply(*mode, !parser.isSet(appearance)); // a one-off choice is not remembered

    QNetworkAccessManager network;
    network.setAutoDeleteReplies(false);
    ProfileStore profiles;
    SecretStore secrets;
    RequestLog requestLog;
    const AppContext context{&network, &profiles, &secrets, &requestLog, &languages, &looks};

    std::unique_ptr<MainWindow> window;
    const QString screenshotFile = parser.value(screenshot);
    QStringList sandboxIds; // every --sandbox profile, opened side by side
    qint64 windowStartMs = 0, windowMadeMs = 0, shownMs = 0;
    auto openWindow = [&] {
        windowStartMs = sinceMain.elapsed();
        window = std::make_unique<MainWindow>(context);
        windowMadeMs = sinceMain.elapsed();
        for (const QString &id : std::as_const(sandboxIds))
            window->explorer()->openProfile(id, id == sandboxIds.first());
        if (parser.isSet(windowSize)) {
            const QStringList parts = parser.value(windowSize).split(u'x');
            if (parts.size() == 2)
                window->resize(parts[0].toInt(), parts[1].toInt());
        }
        window->show();
        shownMs = sinceMain.elapsed();
        if (parser.isSet(exitWhenLoaded)) {
            auto report = [&] {
                const qint64 loadedMs = sinceMain.elapsed();
                window->repaint(); // the first page, painted
                std::printf("STARTUP app_ms %lld profiles_ms %lld window_ms %lld shown_ms %lld loaded_ms %lld "
                            "painted_ms %lld\n",
                            qint64(appReadyMs), qint64(windowStartMs), qint64(windowMadeMs), qint64(shownMs),
                            qint64(loadedMs), qint64(sinceMain.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            };
            if (window->initialLoadSettled())
                QTimer::singleShot(0, window.get(), report);
            else
                QObject::connect(window.get(), &MainWindow::initialLoadFinished, window.get(), report);
        }
        const QString queue = parser.value(openQueue);
        if (!queue.isEmpty())
            window->openQueueWhenLoaded(queue.section(u':', 0, 0), queue.section(u':', 1));
        if (screenshotFile.isEmpty())
            return;
        const int settleMs = !queue.isEmpty() || sandboxIds.size() > 1 ? 1500 : 400;
        auto capture = [&window, screenshotFile, settleMs] {
            // Let the last layout and paint pass (and an opened queue's pages) land first.
            QTimer::singleShot(settleMs, window.get(), [&window, screenshotFile] {
                const bool saved = window->grab().save(screenshotFile, "PNG");
                if (!saved)
                    qCritical("infrai-console: cannot write %s", qPrintable(screenshotFile));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (window->initialLoadSettled())
            capture();
        else
            QObject::connect(window.get(), &MainWindow::initialLoadFinished, window.get(), capture);
        QTimer::singleShot(20000, window.get(), capture); // never hang a headless run
    };

    // Each --sandbox URL is a "Local sandbox" profile ("Local sandbox 2", … after the first),
    // prepared one after another, then the window opens with all of them.
    const QStringList urls = parser.values(sandbox);
    // The first sandbox also speaks Aura and Lakebase: with their credentials in the
    // environment (as ./dev.sh run passes them), a profile each, connected when opened.
    struct Extra
    {
        QString name;
        Profile::Kind kind;
        QVariantMap fields;
        QString secret;
    };
    std::vector<Extra> extras;
    if (const QString aura = qEnvironmentVariable("INFRAI_AURA_CLIENT"); aura.contains(u':') && !urls.isEmpty())
        extras.push_back({SandboxProfileName + u" — Neo4j Aura"_s,
                          Profile::Kind::Aura,
                          {{u"client_id"_s, aura.section(u':', 0, 0)}},
                          aura.section(u':', 1)});
    if (const QString token = qEnvironmentVariable("INFRAI_LAKEBASE_TOKEN"); !token.isEmpty() && !urls.isEmpty())
        extras.push_back(
            {SandboxProfileName + u" — Lakebase"_s, Profile::Kind::Lakebase, {{u"auth"_s, u"token"_s}}, token});
    std::function<void(size_t)> prepareExtra = [&](size_t i) {
        if (i >= extras.size())
            return openWindow();
        const Extra &extra = extras[i];
        prepareSandboxProfile(extra.name, extra.kind, extra.fields, QUrl::fromUserInput(urls.first()), extra.secret,
                              profiles, secrets, [&, i](const QString &) { prepareExtra(i + 1); });
    };
    std::function<void(int)> prepareFrom = [&](int i) {
        if (i >= urls.size()) {
            if (!sandboxIds.isEmpty())
                profiles.setActiveId(sandboxIds.first());
            return prepareExtra(0);
        }
        const QString name = i == 0 ? SandboxProfileName : u"%1 %2"_s.arg(SandboxProfileName).arg(i + 1);
        prepareSandboxProfile(name, Profile::Kind::Infrai, {}, QUrl::fromUserInput(urls.at(i)),
                              qEnvironmentVariable("INFRAI_API_KEY"), profiles, secrets, [&, i](const QString &id) {
                                  if (!id.isEmpty())
                                      sandboxIds << id;
                                  prepareFrom(i + 1);
                              });
    };
    prepareFrom(0);
    return app.exec();
}
