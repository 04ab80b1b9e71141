#pragma once

#include <QMessageBox>

#include <optional>

// Yes/no questions through one door, so UI tests can answer them without a nested event
// loop blocking the test (the same seam KeePassXC uses for its message boxes).
namespace Confirm {
bool ask(QWidget *parent, const QString &title, const QString &text);
// The next ask() returns this without showing anything (tests only).
void setNextAnswer(bool yes);
} // namespace Confirm
