#include "LoadProblemBanner.h"

#include "AppearanceManager.h"
#include "StatusIcons.h"
#include "api/RecoverySchedule.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

LoadProblemBanner::LoadProblemBanner(QWidget *parent)
    : QFrame(parent),
      m_recovery(new RecoverySchedule(this)),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_when(new QLabel(this)),
      m_retry(new QPushButton(this))
{
    setObjectName(u"loadProblemBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#loadProblemBanner{border:1px solid #e57373;border-radius:3px;}"_s);
    m_icon->setPixmap(StatusIcons::warning().pixmap(16, 16));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    AppearanceManager::setTextRole(m_text, SemanticColors::Role::Error);
    m_when->setEnabled(false); // the quieter colour
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_when);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, m_recovery, &RecoverySchedule::retryNow);
    connect(m_recovery, &RecoverySchedule::countdown, this, &LoadProblemBanner::refresh);
    connect(m_recovery, &RecoverySchedule::due, this, [this] {
        m_retrying = true;
        refresh();
        emit retryRequested();
    });
    hide();
    refresh();
}

LoadProblemBanner::~LoadProblemBanner()
{
    if (m_health)
        m_health->clear(m_healthKey);
}

void LoadProblemBanner::setHealth(ServiceHealth *health, const QString &key, ServiceHealth::Area area)
{
    if (m_health)
        m_health->clear(m_healthKey);
    m_health = health;
    m_healthKey = key;
    m_area = area;
    if (m_health && m_error.isError())
        m_health->report(m_healthKey, m_area, m_error);
}

void LoadProblemBanner::showProblem(const ApiError &error)
{
    m_error = error;
    m_retrying = false;
    if (!m_recovery->isScheduled())
        m_recovery->failed();
    // (While the whole service is out of reach the status bar says that instead.)
    if (m_health)
        m_health->report(m_healthKey, m_area, error);
    show();
    refresh();
}

void LoadProblemBanner::clearProblem()
{
    m_retrying = false;
    if (!m_error.isError())
        return;
    m_error = {};
    m_recovery->succeeded();
    if (m_health)
        m_health->clear(m_healthKey);
    hide();
}

void LoadProblemBanner::dismiss()
{
    m_error = {};
    m_retrying = false;
    m_recovery->succeeded();
    setHealth(nullptr, {}, m_area);
    hide();
}

QString LoadProblemBanner::message() const
{
    return m_text->text();
}

void LoadProblemBanner::refresh()
{
    m_retry->setText(tr("Retry now"));
    if (!m_error.isError())
        return;
    m_text->setText(m_error.requestId().isEmpty() ? m_error.message()
                                                  : tr("%1 (request %2)").arg(m_error.message(), m_error.requestId()));
    m_text->setToolTip(m_error.details());
    const int seconds = m_recovery->secondsLeft();
    m_when->setText(m_retrying ? tr("retrying…") : seconds > 0 ? tr("retrying in %n s", nullptr, seconds) : QString());
    m_retry->setEnabled(!m_retrying);
}

void LoadProblemBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}
