#include "Confirm.h"

namespace {
std::optional<bool> nextAnswer;
Confirm::Answerer answerer;
std::optional<Confirm::Choice> nextChoice;
Confirm::ChoiceAnswerer choiceAnswerer;
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

Confirm::Choice Confirm::askSaveDiscardCancel(QWidget *parent, const QString &title, const QString &text)
{
    if (nextChoice) {
        const Choice choice = *nextChoice;
        nextChoice.reset();
        return choice;
    }
    if (choiceAnswerer)
        return choiceAnswerer(parent, title, text);
    // Save is the default (Enter keeps the work); Esc and the window's close button cancel.
    switch (QMessageBox::question(parent, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                  QMessageBox::Save)) {
    case QMessageBox::Save: return Choice::Save;
    case QMessageBox::Discard: return Choice::Discard;
    default: return Choice::Cancel;
    }
}

void Confirm::setNextChoice(Choice choice)
{
    nextChoice = choice;
}

void Confirm::setChoiceAnswerer(ChoiceAnswerer newAnswerer)
{
    choiceAnswerer = std::move(newAnswerer);
}
