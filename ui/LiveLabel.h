#pragma once

#include <QEvent>
#include <QLabel>

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
        m_text = std::move(text);
        setText(m_text ? m_text() : QString());
    }
    void clearText() { setTextFunction(nullptr); }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange && m_text)
            setText(m_text());
        QLabel::changeEvent(event);
    }

private:
    std::function<QString()> m_text;
};
