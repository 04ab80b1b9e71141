#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class OperationTracker;
class QDBusMessage;
class QWidget;

// Says on the desktop (freedesktop Notifications over the session bus) when a long
// operation settles, or any fails, while the window is not active: an instance running, a
// redrive job done. Clicking the notification brings the window to that operation.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    DesktopNotifier(OperationTracker *tracker, QWidget *window, QObject *parent = nullptr);

    static bool enabledSetting();
    void setEnabled(bool enabled); // remembered
    bool isEnabled() const { return m_enabled; }
    // Successes quicker than this are not worth a notification (failures always are).
    void setLongAfterMs(qint64 ms) { m_longAfterMs = ms; }
    // Stops following operations (the window is closing: what ends now is not news).
    void detach();

signals:
    // The operator clicked the notification of operation `operationId`.
    void activated(int operationId);

public slots: // public: D-Bus delivers signals to public slots only
    void onActionInvoked(uint notificationId, const QString &action);
    void onClosed(uint notificationId, uint reason);

private:
    void onChanged(int row);
    void notify(int operationId, const QString &summary, const QString &body, bool failed);

    OperationTracker *m_tracker;
    QWidget *m_window;
    bool m_enabled = true;
    qint64 m_longAfterMs = 5000;
    QSet<int> m_running;              // operations seen in flight
    QHash<uint, int> m_notifications; // notification id → operation id
};
