#pragma once

#include <QString>
#include <QStringList>

// Where the sandbox may take its accepted API keys from besides --api-key, so that a key
// need not appear on the command line (readable by every local user in /proc/*/cmdline).
namespace ApiKeySources {

// The name of the environment variable holding keys separated by commas or white space.
inline constexpr char environmentVariable[] = "INFRAI_SANDBOX_API_KEYS";

// Keys from a file: one per line; blank lines and lines starting with '#' are skipped.
// Returns false with a reason in `error` when the file cannot be read or holds no key.
bool readFile(const QString &path, QStringList *keys, QString *error);

// Keys from a value shaped like the environment variable's.
QStringList parseList(const QString &value);

} // namespace ApiKeySources
