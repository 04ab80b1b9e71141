#include "queue/PushSubscriptionsPage.h"

#include "LiveLabel.h"
#include "auth/SecretStore.h"
#include "profiles/PushSubscriptionRegistry.h"
#include "queue/QueueActions.h"
#include "queue/QueueDialogs.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PushSubscriptionsPage::PushSubscriptionsPage(QueueActions *actions, SecretStore *secrets, const QString &profileId,
                                             const QueueRecord &record, QWidget *parent)
    : QWidget(parent),
      m_actions(actions),
      m_secrets(secrets),
      m_profileId(profileId),
      m_record(record),
      m_note(new QLabel(this)),
      m_list(new QTreeWidget(this)),
      m_new(new QPushButton(this)),
      m_keychain(new LiveLabel(this))
{
    setObjectName(u"pushPage"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color:palette(mid);"_s);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_new->setObjectName(u"newSubscription"_s);
    m_keychain->setWordWrap(true);
    m_keychain->setObjectName(u"pushKeychain"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_keychain);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &PushSubscriptionsPage::newSubscription);
    connect(actions, &QueueActions::subscribed, this,
            [this](const PushSubscription &subscription, const QString &secret) {
                if (subscription.queue != m_record.name)
                    return;
                PushSubscriptionRegistry::add(m_profileId, m_record.name,
                                              {subscription.id, subscription.url, QDateTime::currentDateTime()});
                reload();
                m_secrets->write(m_profileId, PushSubscriptionRegistry::secretKind(subscription.id), secret, this,
                                 [this](const SecretStore::Result &result) {
                                     m_keychain->showText(
                                         [result] {
                                             return result.ok() ? tr("The signing secret is in the system keychain.")
                                                                : result.message();
                                         },
                                         result.ok() ? LiveLabel::Tone::Normal : LiveLabel::Tone::Error);
                                 });
            });
    retranslate();
    reload();
}

QLabel *PushSubscriptionsPage::keychainLabel() const
{
    return m_keychain;
}

void PushSubscriptionsPage::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const PushSubscriptionRegistry::Entry &entry : PushSubscriptionRegistry::list(m_profileId, m_record.name)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.id);
        item->setText(1, entry.url);
        item->setText(2, locale.toString(entry.createdAt, QLocale::ShortFormat));
    }
}

void PushSubscriptionsPage::newSubscription()
{
    auto *dialog = new PushSubscriptionDialog(m_actions, m_record, this);
    dialog->show();
}

void PushSubscriptionsPage::retranslate()
{
    m_note->setText(tr("Each available message is POSTed to the URL, signed with X-Infrai-Signature. The service "
                       "offers no list of subscriptions, so this shows the ones created from this console."));
    m_list->setHeaderLabels({tr("Subscription"), tr("URL"), tr("Created")});
    m_new->setText(tr("New subscription…"));
}

void PushSubscriptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
