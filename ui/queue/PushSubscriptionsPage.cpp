#include "queue/PushSubscriptionsPage.h"

#include "AppearanceManager.h"
#include "LiveLabel.h"
#include "SecretClipboard.h"
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
#include <QTimer>
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
      m_copySecret(new QPushButton(this)),
      m_revealSecret(new QPushButton(this)),
      m_keychain(new LiveLabel(this))
{
    setObjectName(u"pushPage"_s);
    m_note->setWordWrap(true);
    AppearanceManager::setTextRole(m_note, SemanticColors::Role::Muted);
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_new->setObjectName(u"newSubscription"_s);
    m_keychain->setWordWrap(true);
    m_keychain->setObjectName(u"pushKeychain"_s);
    m_copySecret->setObjectName(u"copyPushSecret"_s);
    m_revealSecret->setObjectName(u"revealPushSecret"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_copySecret);
    buttons->addWidget(m_revealSecret);
    buttons->addStretch();
    auto updateButtons = [this] {
        const bool selected = m_list->currentItem() != nullptr;
        m_copySecret->setEnabled(selected);
        m_revealSecret->setEnabled(selected);
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, updateButtons);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        withSelectedSecret([this](const QString &secret) {
            SecretClipboard::copy(secret);
            m_keychain->showText([] { return SecretClipboard::copiedNotice(); }, LiveLabel::Tone::Success);
        });
    });
    connect(m_revealSecret, &QPushButton::clicked, this, [this] {
        withSelectedSecret([this](const QString &secret) {
            m_keychain->showText([secret] { return tr("Signing secret: %1").arg(secret); }, LiveLabel::Tone::Normal);
            // Shown for a short while only, like a copied secret.
            QTimer::singleShot(SecretClipboard::clearDelayMs(), m_keychain, [label = m_keychain, secret] {
                if (label->text().contains(secret))
                    label->clearText();
            });
        });
    });
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
    updateButtons();
}

void PushSubscriptionsPage::withSelectedSecret(const std::function<void(const QString &)> &use)
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->text(0);
    m_secrets->read(m_profileId, PushSubscriptionRegistry::secretKind(id), this,
                    [this, use](const SecretStore::Result &result) {
                        if (result.ok())
                            return use(result.secret);
                        m_keychain->showText([result] { return result.message(); }, LiveLabel::Tone::Error);
                    });
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
                       "offers no way to list, pause or remove subscriptions, so this shows the ones created from "
                       "this console; their signing secrets are in the system keychain."));
    m_list->setHeaderLabels({tr("Subscription"), tr("URL"), tr("Created")});
    m_new->setText(tr("New subscription…"));
    reload(); // creation times in the new language's date format
    m_copySecret->setText(tr("Copy secret"));
    m_revealSecret->setText(tr("Reveal secret"));
    m_copySecret->setToolTip(tr("Copies the selected subscription's signing secret from the system keychain."));
}

void PushSubscriptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
