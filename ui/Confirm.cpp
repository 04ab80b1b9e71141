#include "Confirm.h"

namespace {
std::optional<bool> nextAnswer;
Confirm::Answerer answerer;
} // namespace

bool Confirm::ask(QWidget *parent, const QString &title, const QString &text)
{
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    if (answerer)
        return answerer(parent, title, text);
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void Confirm::setNextAnswer(bool yes)
{
    nextAnswer = yes;
}

void Confirm::setAnswerer(Answerer newAnswerer)
{
    answerer = std::move(newAnswerer);
}
