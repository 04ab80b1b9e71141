#include "ProfileManagerDialog.h"

#include "AppearanceManager.h"
#include "Confirm.h"
#include "ConnectionStatusWidget.h"
#include "auth/SecretStore.h"
#include "profiles/Connection.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString ApiKeyKind = u"api-key"_s;
}

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network,
                                           RequestLog *log, QWidget *parent)
    : QDialog(parent),
      m_profiles(profiles),
      m_secrets(secrets),
      m_network(network),
      m_log(log),
      m_list(new QListWidget(this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)),
      m_form(new QFormLayout),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_url(new QLineEdit(this)),
      m_clientId(new QLineEdit(this)),
      m_auth(new QComboBox(this)),
      m_key(new QLineEdit(this)),
      m_message(new QLabel(this)),
      m_test(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_sessionOnly(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"profileManager"_s);
    resize(760, 420);
    for (Profile::Kind kind : {Profile::Kind::Infrai, Profile::Kind::Aura, Profile::Kind::Lakebase})
        m_kind->addItem(QString(), Profile::kindId(kind));
    m_auth->addItem(QString(), u"token"_s);
    m_auth->addItem(QString(), u"oauth"_s);
    m_auth->setObjectName(u"lakebaseAuth"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionOnly->hide();

    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    m_form->addRow(u"name"_s, m_name);
    m_form->addRow(u"kind"_s, m_kind);
    m_form->addRow(u"url"_s, m_url);
    m_form->addRow(u"auth"_s, m_auth);
    m_form->addRow(u"client"_s, m_clientId);
    m_form->addRow(u"key"_s, m_key);
    auto *right = new QVBoxLayout;
    right->addLayout(m_form);
    right->addWidget(m_message);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sessionOnly);
    actions->addStretch();
    actions->addWidget(m_test);
    actions->addWidget(m_save);
    right->addLayout(actions);
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *root = new QVBoxLayout(this);
    root->addLayout(columns);
    root->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { newProfile(); });
    connect(m_remove, &QPushButton::clicked, this, &ProfileManagerDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &ProfileManagerDialog::saveCurrent);
    connect(m_test, &QPushButton::clicked, this, &ProfileManagerDialog::testConnection);
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        m_secrets->keepForSession(m_currentId, ApiKeyKind, m_pendingSessionKey);
        m_pendingSessionKey.clear();
        m_sessionOnly->hide();
        m_key->clear();
        setMessage(tr("The key is kept for this session only."), false);
        emit keyStored(m_currentId, true);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showProfile(m_list->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Another service's default address follows the choice; a typed one stays.
        const Profile::Kind kind = Profile::kindFromId(m_kind->currentData().toString());
        bool isDefault = m_url->text().isEmpty();
        for (Profile::Kind other : {Profile::Kind::Infrai, Profile::Kind::Aura, Profile::Kind::Lakebase})
            isDefault |= m_url->text() == Profile::defaultBaseUrl(other).toString();
        if (isDefault)
            m_url->setText(Profile::defaultBaseUrl(kind).toString());
        updateKindFields();
        invalidateTestResult();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &ProfileManagerDialog::invalidateTestResult);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateKindFields();
        invalidateTestResult();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ProfileManagerDialog::invalidateTestResult);
    connect(m_key, &QLineEdit::textChanged, this, &ProfileManagerDialog::invalidateTestResult);
    retranslate();
    reloadList(m_profiles->activeId());
    if (m_profiles->profiles().isEmpty())
        newProfile();
}

void ProfileManagerDialog::retranslate()
{
    setWindowTitle(tr("Connection profiles"));
    m_add->setText(tr("&New"));
    m_remove->setText(tr("&Remove"));
    m_test->setText(tr("&Test connection"));
    m_save->setText(tr("&Save"));
    m_sessionOnly->setText(tr("Keep for this session only"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_key->setToolTip(tr("The API key goes to the system keychain, never to the settings file. For a saved "
                         "profile, leave the field empty to keep the key already stored."));
    updateKeyField();
    static_cast<QLabel *>(m_form->labelForField(m_name))->setText(tr("&Name:"));
    static_cast<QLabel *>(m_form->labelForField(m_kind))->setText(tr("&Service:"));
    m_auth->setItemText(0, tr("Personal access token"));
    m_auth->setItemText(1, tr("OAuth (service principal)"));
    updateKindFields();
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Profile::kindDisplayName(Profile::kindFromId(m_kind->itemData(i).toString())));
}

void ProfileManagerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateKeyField();
    QDialog::changeEvent(event);
}

QString ProfileManagerDialog::keyPlaceholder() const
{
    // Short enough to be read whole; the tooltip says the rest.
    return m_currentId.isEmpty() ? tr("Stored in the system keychain") : tr("Leave empty to keep the current key");
}

int ProfileManagerDialog::keyFieldWidthFor(const QString &placeholder) const
{
    // The room QLineEdit keeps around its text: its frame (from the style), 2 px each side,
    // the text margins and, with a clear button, that button's slot (icon, padding, margin).
    QStyleOptionFrame option;
    option.initFrom(m_key);
    option.lineWidth =
        m_key->hasFrame() ? m_key->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, m_key) : 0;
    option.midLineWidth = 0;
    option.state |= QStyle::State_Sunken;
    const QFontMetrics metrics = m_key->fontMetrics();
    const QMargins margins = m_key->textMargins();
    const int icon = m_key->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_key);
    const int clearButton = m_key->isClearButtonEnabled() ? icon + 6 + icon / 4 : 0;
    const int text = metrics.horizontalAdvance(placeholder) + metrics.horizontalAdvance(u' '); // a little slack
    const QSize contents(text + 2 * 2 + margins.left() + margins.right() + clearButton, metrics.height());
    return m_key->style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, m_key).width();
}

void ProfileManagerDialog::updateKeyField()
{
    m_key->setPlaceholderText(keyPlaceholder());
    // Wide enough for either placeholder, in the current language and font, so it never
    // shows cut off and the field does not change size between new and saved profiles.
    const QString placeholders[] = {tr("Stored in the system keychain"), tr("Leave empty to keep the current key")};
    int width = 0;
    for (const QString &placeholder : placeholders)
        width = std::max(width, keyFieldWidthFor(placeholder));
    m_key->setMinimumWidth(width);
}

void ProfileManagerDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    for (const Profile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.baseUrl.toString());
        if (profile.id == selectId)
            selectRow = m_list->count() - 1;
    }
    if (selectRow < 0 && m_list->count() > 0)
        selectRow = 0;
    m_list->setCurrentRow(selectRow);
    if (selectRow >= 0)
        showProfile(m_list->item(selectRow)->data(Qt::UserRole).toString());
}

void ProfileManagerDialog::showProfile(const QString &id)
{
    const std::optional<Profile> profile = m_profiles->find(id);
    if (!profile)
        return;
    m_currentId = id;
    m_name->setText(profile->name);
    m_kind->setCurrentIndex(m_kind->findData(Profile::kindId(profile->kind)));
    m_url->setText(profile->baseUrl.toString());
    m_clientId->setText(profile->fields.value(u"client_id"_s).toString());
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(profile->fields.value(u"auth"_s).toString())));
    m_key->clear();
    m_sessionOnly->hide();
    setMessage({}, false);
    m_remove->setEnabled(true);
    updateKeyField();
    markSaved();
}

void ProfileManagerDialog::newProfile(Profile::Kind kind)
{
    m_currentId.clear();
    m_list->clearSelection();
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_url->setText(Profile::defaultBaseUrl(Profile::Kind::Infrai).toString());
    m_clientId->clear();
    m_auth->setCurrentIndex(0);
    m_key->clear();
    m_sessionOnly->hide();
    m_remove->setEnabled(false);
    if (const int index = m_kind->findData(Profile::kindId(kind)); index > 0)
        m_kind->setCurrentIndex(index); // its own URL and sign-in fields
    setMessage(tr("Enter a name, the service's base URL and an API key."), false);
    updateKeyField();
    markSaved(); // nothing typed yet: nothing to lose
    m_name->setFocus();
}

ProfileManagerDialog::FormState ProfileManagerDialog::formState() const
{
    return {m_name->text().trimmed(), m_kind->currentData().toString(), m_url->text().trimmed(),
            m_clientId->text().trimmed(), m_auth->currentData().toString()};
}

void ProfileManagerDialog::markSaved()
{
    m_saved = formState();
}

bool ProfileManagerDialog::hasUnsavedEdits() const
{
    return formState() != m_saved || !m_key->text().isEmpty();
}

void ProfileManagerDialog::reject()
{
    if (m_closeConfirmed || !hasUnsavedEdits()) {
        QDialog::reject();
        return;
    }
    const QString name = m_name->text().trimmed();
    const QString question =
        m_currentId.isEmpty()
            ? (name.isEmpty() ? tr("The new profile has not been saved. Save it before closing?")
                              : tr("The new profile “%1” has not been saved. Save it before closing?").arg(name))
            : tr("The profile “%1” has unsaved changes. Save them before closing?").arg(m_saved.name);
    switch (Confirm::askSaveDiscardCancel(this, tr("Unsaved profile"), question)) {
    case Confirm::Choice::Cancel: return;
    case Confirm::Choice::Discard: discardEdits(); break;
    case Confirm::Choice::Save:
        if (!saveCurrent())
            return; // the message says what to fix
        if (m_keyWritePending) {
            m_closeWhenKeyStored = true; // closes once the keychain has the key, stays if it fails
            return;
        }
        break;
    }
    closeNow();
}

void ProfileManagerDialog::discardEdits()
{
    m_key->clear();
    if (m_profiles->find(m_currentId))
        showProfile(m_currentId);
    else
        reloadList(m_profiles->activeId());
    if (m_profiles->profiles().isEmpty())
        newProfile();
}

void ProfileManagerDialog::closeNow()
{
    const QPointer<ProfileManagerDialog> self(this);
    m_closeConfirmed = true;
    QDialog::reject();
    if (self)
        m_closeConfirmed = false;
}

void ProfileManagerDialog::invalidateTestResult()
{
    // A test still running tests the old values: its answer would be as stale.
    delete m_probe;
    if (m_messageIsTestResult)
        setMessage({}, false);
}

void ProfileManagerDialog::showTestResult(const QString &text, bool error)
{
    setMessage(text, error);
    m_messageIsTestResult = true;
}

Profile ProfileManagerDialog::formProfile() const
{
    Profile profile;
    if (const std::optional<Profile> existing = m_profiles->find(m_currentId))
        profile = *existing;
    profile.id = m_currentId.isEmpty() ? Profile::newId() : m_currentId;
    profile.name = m_name->text().trimmed();
    profile.kind = Profile::kindFromId(m_kind->currentData().toString());
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    const bool lakebase = profile.kind == Profile::Kind::Lakebase;
    const bool oauth = profile.kind == Profile::Kind::Aura || (lakebase && m_auth->currentData() == u"oauth"_s);
    if (oauth)
        profile.fields.insert(u"client_id"_s, m_clientId->text().trimmed());
    else
        profile.fields.remove(u"client_id"_s);
    if (lakebase)
        profile.fields.insert(u"auth"_s, m_auth->currentData().toString());
    else
        profile.fields.remove(u"auth"_s);
    return profile;
}

bool ProfileManagerDialog::saveCurrent()
{
    const Profile profile = formProfile();
    const QString key = m_key->text(); // read first: reloading the list clears the form
    const QString error = m_profiles->save(profile);
    if (!error.isEmpty()) {
        setMessage(error, true);
        return false;
    }
    m_currentId = profile.id;
    reloadList(profile.id); // and the form as shown is now the saved one
    emit profileSaved(profile.id);
    if (key.isEmpty()) {
        setMessage(tr("Profile saved."), false);
        return true;
    }
    setMessage(tr("Profile saved. Storing the key in the keychain…"), false);
    m_keyWritePending = true;
    m_secrets->write(profile.id, ApiKeyKind, key, this,
                     [this, id = profile.id, key](const SecretStore::Result &result) {
                         m_keyWritePending = false;
                         if (result.ok()) {
                             m_key->clear();
                             setMessage(tr("Profile saved; the key is in the system keychain."), false);
                             emit keyStored(id, false);
                             if (std::exchange(m_closeWhenKeyStored, false))
                                 closeNow();
                             return;
                         }
                         m_closeWhenKeyStored = false; // stay: the operator decides what to do with the key
                         m_pendingSessionKey = key;
                         m_sessionOnly->show();
                         setMessage(result.message(), true);
                     });
    return true;
}

void ProfileManagerDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    const std::optional<Profile> profile = m_profiles->find(id);
    const int running = m_inFlight ? m_inFlight(id) : 0;
    QString question =
        tr("Remove the profile “%1”? Its API key is deleted from the keychain.").arg(profile ? profile->name : id);
    if (running > 0)
        question += u"\n\n"_s + tr("%n operation(s) on it are still in progress. They continue on the service, but "
                                   "the console will no longer follow them, and a failed one cannot be retried.",
                                   nullptr, running);
    if (!Confirm::ask(this, tr("Remove profile"), question))
        return;
    m_secrets->remove(id, ApiKeyKind, this, [](const SecretStore::Result &) {});
    m_profiles->remove(id);
    reloadList({});
    if (m_profiles->profiles().isEmpty())
        newProfile();
}

void ProfileManagerDialog::testConnection()
{
    const Profile profile = formProfile();
    const QString error = profile.validate();
    if (!error.isEmpty()) {
        showTestResult(error, true);
        emit testFinished(false, error);
        return;
    }
    delete m_probe;
    m_probe = new Connection(profile, m_network, m_secrets, m_log, this);
    m_probe->setAutoRecover(false); // one answer to show, not a connection to keep alive
    showTestResult(tr("Testing %1…").arg(profile.baseUrl.toString()), false);
    connect(m_probe, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::LoadingKey || state == Connection::State::Checking)
            return;
        const bool ok = state == Connection::State::Online;
        const QString text = ok ? tr("Connected: the service accepted the key.")
                             : state == Connection::State::NoKey || state == Connection::State::KeychainProblem
                                 ? m_probe->keychainMessage()
                                 : m_probe->lastError().message();
        showTestResult(text, !ok);
        emit testFinished(ok, text);
    });
    if (m_key->text().isEmpty())
        m_probe->open();
    else
        m_probe->useKey(m_key->text());
}

void ProfileManagerDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    error ? AppearanceManager::setTextRole(m_message, SemanticColors::Role::Error)
          : AppearanceManager::clearTextRole(m_message);
    m_messageIsTestResult = false;
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
}

void ProfileManagerDialog::updateKindFields()
{
    // Aura signs in with OAuth client credentials, Lakebase with a token or a service
    // principal's: an id beside the secret when it is OAuth.
    const Profile::Kind kind = Profile::kindFromId(m_kind->currentData().toString());
    const bool lakebase = kind == Profile::Kind::Lakebase;
    const bool oauth = kind == Profile::Kind::Aura || (lakebase && m_auth->currentData() == u"oauth"_s);
    m_form->setRowVisible(m_auth, lakebase);
    m_form->setRowVisible(m_clientId, oauth);
    static_cast<QLabel *>(m_form->labelForField(m_auth))->setText(tr("Sign &in with:"));
    static_cast<QLabel *>(m_form->labelForField(m_clientId))->setText(tr("Client &ID:"));
    static_cast<QLabel *>(m_form->labelForField(m_url))->setText(lakebase ? tr("&Workspace URL:") : tr("&Base URL:"));
    static_cast<QLabel *>(m_form->labelForField(m_key))
        ->setText(oauth      ? tr("Client &secret:")
                  : lakebase ? tr("Access &token:")
                             : tr("API &key:"));
}
