#include "CopyFeedback.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int delayMs = 2000;

// What a flashing button was before, kept on the button itself so nothing outlives it.
constexpr char OriginalText[] = "copyFeedbackOriginalText";
constexpr char OriginalMinimumWidth[] = "copyFeedbackOriginalMinimumWidth";
constexpr char ShownText[] = "copyFeedbackShownText";

const QString TimerName = u"copyFeedbackTimer"_s;
const QString NoteName = u"copyFeedback"_s;

} // namespace

void CopyFeedback::copy(QAbstractButton *button, const QString &text)
{
    QApplication::clipboard()->setText(text);
    showOnButton(button);
}

void CopyFeedback::copyNear(QWidget *anchor, const QString &text, QPoint at)
{
    QApplication::clipboard()->setText(text);
    showNear(anchor, at);
}

void CopyFeedback::showOnButton(QAbstractButton *button)
{
    if (!button)
        return;
    auto *timer = button->findChild<QTimer *>(TimerName, Qt::FindDirectChildrenOnly);
    if (!timer) {
        timer = new QTimer(button);
        timer->setObjectName(TimerName);
        timer->setSingleShot(true);
        button->setProperty(OriginalText, button->text());
        button->setProperty(OriginalMinimumWidth, button->minimumWidth());
        // As wide as before at least, so the buttons around it do not jump.
        button->setMinimumWidth(std::max(button->minimumWidth(), button->sizeHint().width()));
        QObject::connect(timer, &QTimer::timeout, button, [button, timer] {
            // Unless the owner set a new text meanwhile (a language switch, a new state).
            if (button->text() == button->property(ShownText).toString())
                button->setText(button->property(OriginalText).toString());
            button->setMinimumWidth(button->property(OriginalMinimumWidth).toInt());
            for (const char *name : {OriginalText, OriginalMinimumWidth, ShownText})
                button->setProperty(name, QVariant());
            timer->setObjectName(QString());
            timer->deleteLater();
        });
    }
    const QString copied = copiedText();
    button->setProperty(ShownText, copied);
    button->setText(copied);
    timer->start(delayMs);
}

void CopyFeedback::showNear(QWidget *anchor, QPoint at)
{
    if (!anchor)
        return;
    delete anchor->findChild<QLabel *>(NoteName, Qt::FindDirectChildrenOnly);
    auto *note = new QLabel(copiedText(), anchor);
    note->setObjectName(NoteName);
    note->setAttribute(Qt::WA_TransparentForMouseEvents);
    note->setAutoFillBackground(true);
    note->setBackgroundRole(QPalette::ToolTipBase);
    note->setForegroundRole(QPalette::ToolTipText);
    note->setFrameShape(QFrame::StyledPanel);
    note->setMargin(4);
    note->adjustSize();
    // Just above the point the copy came from (so the row stays readable), or at the bottom
    // centre; always inside the anchor.
    QPoint pos;
    if (at.isNull()) {
        pos = QPoint((anchor->width() - note->width()) / 2, anchor->height() - note->height() - 8);
    } else {
        const QPoint local = anchor->mapFromGlobal(at);
        pos = QPoint(local.x() + 12, local.y() - note->height() - 4);
    }
    pos.setX(std::clamp(pos.x(), 0, std::max(0, anchor->width() - note->width())));
    pos.setY(std::clamp(pos.y(), 0, std::max(0, anchor->height() - note->height())));
    note->move(pos);
    note->show();
    note->raise();
    QTimer::singleShot(delayMs, note, &QObject::deleteLater);
}

QString CopyFeedback::copiedText()
{
    return tr("Copied");
}

QString CopyFeedback::noteObjectName()
{
    return NoteName;
}

int CopyFeedback::durationMs()
{
    return delayMs;
}

void CopyFeedback::setDurationMs(int ms)
{
    delayMs = ms;
}
