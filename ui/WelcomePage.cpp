#include "WelcomePage.h"

#include "AppIcons.h"
#include "AppInfo.h"
#include "AppearanceManager.h"
#include "profiles/LocalSandbox.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_intro(new QLabel(this)),
      m_sandbox(new QPushButton(this)),
      m_sandboxNote(new QLabel(this)),
      m_addTitle(new QLabel(this)),
      m_infrai(new QPushButton(this)),
      m_aura(new QPushButton(this)),
      m_lakebase(new QPushButton(this)),
      m_readme(new QLabel(this))
{
    setObjectName(u"welcomePage"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_intro->setWordWrap(true);
    m_sandbox->setObjectName(u"startSandbox"_s);
    m_sandbox->setIcon(AppIcons::icon(u"queue"_s));
    m_sandbox->setDefault(true);
    m_sandboxNote->setWordWrap(true);
    AppearanceManager::setTextRole(m_sandboxNote, SemanticColors::Role::Muted);
    QFont bold = m_addTitle->font();
    bold.setBold(true);
    m_addTitle->setFont(bold);
    m_infrai->setObjectName(u"addInfrai"_s);
    m_aura->setObjectName(u"addAura"_s);
    m_lakebase->setObjectName(u"addLakebase"_s);
    m_readme->setOpenExternalLinks(true);
    m_readme->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(6);
    column->addWidget(m_intro);
    column->addSpacing(14);
    column->addWidget(m_sandbox, 0, Qt::AlignLeft);
    column->addWidget(m_sandboxNote);
    column->addSpacing(14);
    column->addWidget(m_addTitle);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_infrai);
    kinds->addWidget(m_aura);
    kinds->addWidget(m_lakebase);
    kinds->addStretch();
    column->addLayout(kinds);
    column->addSpacing(14);
    column->addWidget(m_readme);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 40, 24, 24);

    connect(m_sandbox, &QPushButton::clicked, this, &WelcomePage::startSandboxRequested);
    connect(m_infrai, &QPushButton::clicked, this, [this] { emit addConnectionRequested(Profile::Kind::Infrai); });
    connect(m_aura, &QPushButton::clicked, this, [this] { emit addConnectionRequested(Profile::Kind::Aura); });
    connect(m_lakebase, &QPushButton::clicked, this, [this] { emit addConnectionRequested(Profile::Kind::Lakebase); });
    setTabOrder(m_sandbox, m_infrai);
    setTabOrder(m_infrai, m_aura);
    setTabOrder(m_aura, m_lakebase);
    retranslate();
}

QPushButton *WelcomePage::addButton(Profile::Kind kind) const
{
    switch (kind) {
    case Profile::Kind::Infrai: return m_infrai;
    case Profile::Kind::Aura: return m_aura;
    case Profile::Kind::Lakebase: return m_lakebase;
    }
    return m_infrai;
}

QUrl WelcomePage::readmeUrl()
{
    for (const char *path : {AppInfo::InstalledReadme, AppInfo::SourceReadme})
        if (QFileInfo::exists(QString::fromUtf8(path)))
            return QUrl::fromLocalFile(QString::fromUtf8(path));
    return {};
}

void WelcomePage::setSandboxBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_problem.clear();
    retranslate();
}

void WelcomePage::setSandboxProblem(const QString &message)
{
    m_busy = false;
    m_problem = message;
    retranslate();
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Infrai Console"));
    m_intro->setText(tr("Manage managed Postgres, Neo4j Aura and Databricks Lakebase databases and message "
                        "queues from one window. Nothing is connected yet: try it on a local sandbox with demo "
                        "data, or add a connection to your own account."));
    const bool available = LocalSandbox::isAvailable();
    m_sandbox->setText(m_busy ? tr("Starting the local sandbox…") : tr("&Start a local sandbox"));
    m_sandbox->setEnabled(available && !m_busy);
    if (!m_problem.isEmpty())
        m_sandboxNote->setText(m_problem);
    else if (!available)
        m_sandboxNote->setText(tr("infrai-sandbox is not installed beside the console, so there is no local "
                                  "sandbox to start."));
    else
        m_sandboxNote->setText(tr("Runs infrai-sandbox on this computer with demo projects and queues, and adds a "
                                  "\"Local sandbox\" connection; its key is kept in the keychain."));
    m_addTitle->setText(tr("Add a connection"));
    m_infrai->setText(tr("&infrai…"));
    m_infrai->setToolTip(tr("Managed Postgres and queues, with an infrai API key"));
    m_aura->setText(tr("Neo4j &Aura…"));
    m_aura->setToolTip(tr("Neo4j Aura instances, with an API client ID and secret"));
    m_lakebase->setText(tr("Databricks &Lakebase…"));
    m_lakebase->setToolTip(tr("Lakebase projects, with a workspace URL and a token or service principal"));
    const QUrl readme = readmeUrl();
    m_readme->setVisible(readme.isValid());
    m_readme->setText(tr("New here? Read the <a href=\"%1\">README</a>.").arg(readme.toString()));
}
