#pragma once

#include "AppearanceManager.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

// A label whose text is worked out by a function, again on every language change: results
// and errors shown after an action switch language with the rest of the window.
class LiveLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveLabel)

public:
    explicit LiveLabel(QWidget *parent = nullptr) : QLabel(parent) {}

    void setTextFunction(std::function<QString()> text)
    {
        ++m_shown;
        m_text = std::move(text);
        setText(m_text ? m_text() : QString());
    }
    void clearText() { setTextFunction(nullptr); }

    // A result or error line: the text in the colour of its tone (for the appearance in
    // use), and shown.
    enum class Tone { Normal, Error, Success };
    void showText(std::function<QString()> text, Tone tone = Tone::Normal)
    {
        if (tone == Tone::Normal)
            AppearanceManager::clearTextRole(this);
        else
            AppearanceManager::setTextRole(this, tone == Tone::Error ? SemanticColors::Role::Error
                                                                     : SemanticColors::Role::Success);
        setTextFunction(std::move(text));
        show();
    }

    // A passing result ("Exported 61 messages"): shown, then gone after `ms` unless
    // something else was shown meanwhile.
    void showTransient(std::function<QString()> text, Tone tone = Tone::Success, int ms = 8000)
    {
        showText(std::move(text), tone);
        const quint64 shown = ++m_shown;
        QTimer::singleShot(ms, this, [this, shown] {
            if (shown == m_shown)
                clearText();
        });
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && m_text)
            setText(m_text());
        QLabel::changeEvent(event);
    }

private:
    std::function<QString()> m_text;
    quint64 m_shown = 0; // bumps with every text, so a transient one clears only itself
};

// An editor with an error line of its own under it, hidden until there is something to say.
// Both widgets are named after the field ("name", "nameError") for tests and styling.
struct FieldWithError
{
    QWidget *column;
    LiveLabel *error;

    FieldWithError(const QString &field, QWidget *editor, QWidget *parent)
        : column(new QWidget(parent)), error(new LiveLabel(column))
    {
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(editor);
        error->setObjectName(field + QStringLiteral("Error"));
        AppearanceManager::setTextRole(error, SemanticColors::Role::Error);
        error->setWordWrap(true);
        error->hide();
        layout->addWidget(error);
        editor->setObjectName(field);
    }
};
