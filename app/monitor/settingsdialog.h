#pragma once

#include <QDialog>

#include "serversettings.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

/// Edits the server settings a person may want to change: where it listens, where recordings
/// go, the limits and the hook commands; and the desktop's language and whether a stopped take is
/// exported. The other fields of ServerSettings pass through untouched.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// \a language is AppLanguage's code, or "" for the system's language.
    SettingsDialog(
        const ServerSettings &settings, const QString &language, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as edited; valid once the dialog was accepted.
    ServerSettings settings() const;
    /// Whether anything the server reads differs from what the dialog was opened with.
    bool hasChanges() const;
    /// Whether a change needs the server restarted; the hooks apply to a running one.
    bool needsRestart() const;
    /// The language chosen: a code, or "" for the system's. It applies at the next start.
    QString language() const;
    /// "Export aligned tracks when a take stops": applies at once, the server is not involved.
    void setExportAtTakeEnd(bool exportAtEnd);
    bool exportAtTakeEnd() const;

    void accept() override;

private:
    void browseForFolder();
    QLineEdit *addHookEdit(const QString &objectName, const QStringList &command);

    ServerSettings m_original;
    QSpinBox *m_port;
    QLineEdit *m_bindAddress;
    QLineEdit *m_recordingsDir;
    QSpinBox *m_maxLiveSessions;
    QSpinBox *m_maxMessageKiB;
    QComboBox *m_language;
    QCheckBox *m_transcribeAll;
    QCheckBox *m_exportAtTakeEnd;
    QLineEdit *m_onStart = nullptr;
    QLineEdit *m_onInterrupted = nullptr;
    QLineEdit *m_onFinish = nullptr;
};
