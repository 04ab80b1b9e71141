#include "Confirm.h"

namespace {
std::optional<bool> nextAnswer;
}

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void Confirm::setNextAnswer(bool yes)
{
    nextAnswer = yes;
}
