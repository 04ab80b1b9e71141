#pragma once

#include "api/db/DbTypes.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class DbTreeModel;
class InfraiDbClient;
class QFormLayout;
class QLabel;
class QPushButton;
class QToolButton;

// Everything the contract says about the selected item, with the connection URI masked
// until revealed, and "Copy as curl" for its GET.
class DetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPane)

public:
    DetailsPane(DbTreeModel *model, QWidget *parent = nullptr);
    void setClient(InfraiDbClient *client) { m_client = client; }
    // Another profile's tree and client (the selection moved there).
    void setSource(DbTreeModel *model, InfraiDbClient *client);
    void showItem(const QString &id);
    // A connection profile's row: what it is and how it is doing (no resource selected).
    struct Summary
    {
        QString title, subtitle;
        QList<std::pair<QString, QString>> rows; // label, value
    };
    void showSummary(const Summary &summary);
    QString currentId() const { return m_id; }
    QString fieldText(const QString &name) const;
    QString uriText() const;
    void setUriRevealed(bool revealed);
    QString curl() const;

    static QString maskUri(const QString &uri);
    static QString relativeAge(const QDateTime &when);
    // The queue a tree id names ("queue:…" or "dlq:…"), or empty.
    static QString queueNameOf(const QString &id);

signals:
    void actionRequested(const QString &action);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void addRow(const QString &name, const QString &label, const QString &value);
    void addUriRow(const QString &uri);
    void addButton(const QString &action, const QString &text);
    void addLakebaseButtons();
    void addLakebaseDeletion(const QDateTime &deleted, const QDateTime &purge);
    QString created(const QDateTime &when) const;

    QPointer<DbTreeModel> m_model;
    InfraiDbClient *m_client = nullptr;
    QString m_id;
    std::optional<Summary> m_summary;
    QString m_uri;
    bool m_revealed = false;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QWidget *m_buttons;
    QLabel *m_uriLabel = nullptr;
    QPushButton *m_revealButton = nullptr;
};
