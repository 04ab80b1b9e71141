#pragma once

#include "profiles/Profile.h"

#include <QDialog>

#include <QPointer>
#include <functional>

#include "profiles/Connection.h"
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class RequestLog;
class ProfileStore;
class SecretStore;

// Add, edit and remove connection profiles; keys go to the keychain, never to settings.
class ProfileManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManagerDialog)

public:
    ProfileManagerDialog(ProfileStore *profiles, SecretStore *secrets, QNetworkAccessManager *network, RequestLog *log,
                         QWidget *parent = nullptr);

    // For tests and automation: the widgets a user would touch.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *urlEdit() const { return m_url; }
    // Neo4j Aura: the OAuth client id (the secret goes where an API key would).
    QLineEdit *clientIdEdit() const { return m_clientId; }
    // Lakebase: a personal access token or OAuth for a service principal.
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *sessionOnlyButton() const { return m_sessionOnly; }
    QPushButton *newButton() const { return m_add; }
    QPushButton *testButton() const { return m_test; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void newProfile(Profile::Kind kind = Profile::Kind::Infrai);
    // How many operations are in flight on a profile (asked before removing it).
    void setInFlightCounter(std::function<int(const QString &profileId)> counter) { m_inFlight = std::move(counter); }
    // Shows a saved profile's form (nothing happens for an unknown id).
    void selectProfile(const QString &id);
    // Validates and saves the form; the key (if typed) goes to the keychain asynchronously.
    bool saveCurrent();
    void removeCurrent();
    void testConnection();
    // Whether the form holds something that closing would lose: a field that differs from the
    // profile as saved (or, for a new profile, from the empty form), or a typed key.
    bool hasUnsavedEdits() const;

    // Close, Esc and the window's close button all come here: with unsaved edits the
    // operator is asked to save, discard or stay.
    void reject() override;

signals:
    void profileSaved(const QString &id);
    void keyStored(const QString &id, bool sessionOnly);
    void testFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The fields that make up a profile, as the form shows them.
    struct FormState
    {
        QString name;
        QString kind;
        QString url;
        QString clientId;
        QString auth;
        bool operator==(const FormState &other) const = default;
    };
    FormState formState() const;
    void updateKindFields();
    void markSaved();
    void discardEdits();
    void closeNow();
    // A test result describes the values it tested: once they change, it goes.
    void invalidateTestResult();
    void showTestResult(const QString &text, bool error);
    QString keyPlaceholder() const;
    void updateKeyField();
    int keyFieldWidthFor(const QString &placeholder) const;
    void reloadList(const QString &selectId);
    void showProfile(const QString &id);
    Profile formProfile() const;
    void setMessage(const QString &text, bool error);
    void retranslate();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    RequestLog *m_log;
    QString m_currentId;
    std::function<int(const QString &)> m_inFlight;
    QString m_pendingSessionKey;
    QPointer<Connection> m_probe;
    FormState m_saved;
    bool m_messageIsTestResult = false;
    bool m_keyWritePending = false;
    bool m_closeWhenKeyStored = false;
    bool m_closeConfirmed = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_clientId;
    QComboBox *m_auth;
    QLineEdit *m_key;
    QLabel *m_message;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_sessionOnly;
    QDialogButtonBox *m_buttons;
};
