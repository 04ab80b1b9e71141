#pragma once

#include "ActionDialog.h"
#include "api/aura/AuraTypes.h"

#include <QDialog>

class AuraActions;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "New Aura instance": every choice comes from the tenant's instance configurations, each
// narrowing the next (type → cloud → region → memory), so only a combination the tenant
// may create can be picked.
class NewAuraInstanceDialog final : public ActionDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAuraInstanceDialog)

public:
    NewAuraInstanceDialog(AuraActions *actions, OperationTracker *tracker, const AuraTenantDetails &tenant,
                          QWidget *parent);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *cloudCombo() const { return m_cloud; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *memoryCombo() const { return m_memory; }
    AuraNewInstance spec() const;

protected:
    bool validate() override;
    int start() override;
    void retranslate() override;

private:
    // Refills the combos after `changed` with what the choices before it allow.
    void narrow(QComboBox *changed);

    AuraActions *m_actions;
    AuraTenantDetails m_tenant;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_cloud;
    QComboBox *m_region;
    QComboBox *m_memory;
};

// A new instance's initial password, shown once: the API never gives it again. It is in
// the keychain already; the operator copies it or saves a .env file, and closing without
// either asks first.
class AuraPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuraPasswordDialog)

public:
    AuraPasswordDialog(const AuraInstance &instance, bool inKeychain, const QString &keychainMessage,
                       QWidget *parent = nullptr);

    QLabel *passwordLabel() const { return m_password; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    // Writes the .env file (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE,
    // AURA_INSTANCE_ID, AURA_INSTANCE_NAME); false with a message when it cannot.
    bool saveEnvTo(const QString &path);
    // Tests and automation: where "Save as .env…" writes instead of asking.
    static void setNextSavePath(const QString &path);
    static QString envText(const AuraInstance &instance);

    void reject() override;

signals:
    // The saved file's folder is a git work tree that would not ignore it (messageLabel says so).
    void gitChecked();

private:
    void saveAs();

    AuraInstance m_instance;
    QLabel *m_password;
    QLabel *m_message;
    QPushButton *m_copy;
    QPushButton *m_save;
    bool m_kept = false; // copied or saved
};
