#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

// Yes/no questions through one door, so UI tests can answer them without a nested event
// loop blocking the test (the same seam KeePassXC uses for its message boxes).
namespace Confirm {
bool ask(QWidget *parent, const QString &title, const QString &text);
// The next ask() returns this without showing anything (tests only).
void setNextAnswer(bool yes);
// Every ask() until cleared calls this instead of showing a box (tests only): it may run a
// real nested event loop, as a modal box does, so timers fire while "the box is open".
using Answerer = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
void setAnswerer(Answerer answerer);

// Unsaved edits when a window closes: keep them (Save), drop them (Discard) or stay (Cancel).
enum class Choice { Save, Discard, Cancel };
Choice askSaveDiscardCancel(QWidget *parent, const QString &title, const QString &text);
// The same seams for the three-way question (tests only).
void setNextChoice(Choice choice);
using ChoiceAnswerer = std::function<Choice(QWidget *parent, const QString &title, const QString &text)>;
void setChoiceAnswerer(ChoiceAnswerer answerer);
} // namespace Confirm
