#pragma once

#include <QCoreApplication>
#include <QPoint>
#include <QString>

class QAbstractButton;
class QWidget;

// Every Copy in the console says that it happened, briefly and without getting in the way:
// a Copy button reads "Copied" for a moment; a copy from a context menu (no button to
// change) shows a small "Copied" note over the view it came from. Secrets go through
// SecretClipboard instead, whose notice also says when the clipboard is cleared.
class CopyFeedback final
{
    Q_DECLARE_TR_FUNCTIONS(CopyFeedback)

public:
    // Copies `text` and shows "Copied" on `button` for durationMs().
    static void copy(QAbstractButton *button, const QString &text);
    // Copies `text` and shows "Copied" over `anchor` at `at` (anchor coordinates; the bottom
    // centre when null) for durationMs().
    static void copyNear(QWidget *anchor, const QString &text, QPoint at = {});

    // The feedback alone, for a caller that copied already.
    static void showOnButton(QAbstractButton *button);
    static void showNear(QWidget *anchor, QPoint at = {});

    // The note itself, in the current language.
    static QString copiedText();
    // The object name of the note shown over an anchor (for tests and styling).
    static QString noteObjectName();
    static int durationMs();
    // Tests shorten (or lengthen) the moment.
    static void setDurationMs(int ms);
};
