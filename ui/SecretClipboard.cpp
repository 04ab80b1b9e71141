#include "SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QTimer>

namespace {
int delayMs = 30000;
}

void SecretClipboard::copy(const QString &secret)
{
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(secret);
    // Compare by digest so the timer does not keep a second copy of the secret alive.
    const QByteArray digest = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(delayMs, clipboard, [clipboard, digest] {
        if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256) == digest)
            clipboard->clear();
    });
}

int SecretClipboard::clearDelayMs()
{
    return delayMs;
}

void SecretClipboard::setClearDelayMs(int ms)
{
    delayMs = ms;
}

QString SecretClipboard::copiedNotice()
{
    return tr("Copied. The clipboard will be cleared in %n second(s).", nullptr, (delayMs + 999) / 1000);
}
