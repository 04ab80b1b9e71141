#pragma once

#include <QCoreApplication>
#include <QString>

// Copies a secret (a connection URI with its password, a signing secret) to the clipboard
// and clears it again after a short time, as password managers do, unless something else
// was copied meanwhile.
class SecretClipboard final
{
    Q_DECLARE_TR_FUNCTIONS(SecretClipboard)

public:
    // Copies `secret`; the clipboard is cleared after clearDelayMs() unless it changed.
    static void copy(const QString &secret);
    static int clearDelayMs();
    // Tests shorten the delay.
    static void setClearDelayMs(int ms);
    // What to tell the operator after a copy, in the current language.
    static QString copiedNotice();
};
