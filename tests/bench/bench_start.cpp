#include "BenchSupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

// Cold start: from starting the console's process to its main window painted with the
// first page of the tree from a local sandbox (the demo data), median of five runs:
//   cold_start_ms            what the operator waits for
// and where the time goes (medians, from the console's own clock where it has one):
//   cold_start_pre_main_ms   exec, dynamic linking, static initialisers
//   cold_start_qapp_ms       QApplication (platform plugin, fonts)
//   cold_start_profiles_ms   settings, profiles, the sandbox profile's key into the keychain
//   cold_start_window_ms     building the main window
//   cold_start_show_ms       showing it
//   cold_start_first_page_ms from shown to the first page in the tree (the keychain read, the
//                            connection, the sandbox's answer)
//   cold_start_paint_ms      painting it
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir data, home;
    const QString key = u"ifr_bench_start"_s;
    QProcess sandbox;
    const QString url = startSandboxProcess(sandbox, data.path(), key, {u"--demo"_s});

    const int Runs = 5;
    std::map<QString, std::vector<double>> figures;
    for (int run = 0; run < Runs + 1; ++run) { // one unmeasured run first: the profile exists after it
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFRAI_API_KEY"_s, key);
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        console.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        console.start(QStringLiteral(CONSOLE_CONSOLE_BINARY),
                      {u"--sandbox"_s, url, u"--exit-when-loaded"_s, u"--window-size"_s, u"1200x760"_s});
        QByteArray line;
        runUntil(
            [&] {
                line += console.readAllStandardOutput();
                return line.contains("STARTUP") && line.endsWith('\n');
            },
            20000);
        const double totalMs = clock.nsecsElapsed() / 1e6;
        console.waitForFinished(5000);
        if (!line.contains("STARTUP"))
            qFatal("the console did not report its start: %s", console.readAllStandardError().constData());
        if (run == 0)
            continue;
        std::map<QString, double> at;
        const QList<QByteArray> parts = line.mid(line.indexOf("STARTUP")).trimmed().split(' ');
        for (qsizetype i = 1; i + 1 < parts.size(); i += 2)
            at[QString::fromLatin1(parts[i])] = parts[i + 1].toDouble();
        figures[u"cold_start_ms"_s].push_back(totalMs);
        figures[u"cold_start_pre_main_ms"_s].push_back(totalMs - at[u"painted_ms"_s]);
        figures[u"cold_start_qapp_ms"_s].push_back(at[u"app_ms"_s]);
        figures[u"cold_start_profiles_ms"_s].push_back(at[u"profiles_ms"_s] - at[u"app_ms"_s]);
        figures[u"cold_start_window_ms"_s].push_back(at[u"window_ms"_s] - at[u"profiles_ms"_s]);
        figures[u"cold_start_show_ms"_s].push_back(at[u"shown_ms"_s] - at[u"window_ms"_s]);
        figures[u"cold_start_first_page_ms"_s].push_back(at[u"loaded_ms"_s] - at[u"shown_ms"_s]);
        figures[u"cold_start_paint_ms"_s].push_back(at[u"painted_ms"_s] - at[u"loaded_ms"_s]);
    }
    for (auto &[name, values] : figures) {
        std::sort(values.begin(), values.end());
        benchReport(name.toLatin1().constData(), values[values.size() / 2], "ms");
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
