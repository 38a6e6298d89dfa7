#pragma once

#include <QDialog>

#include "serversettings.h"

class QLineEdit;
class QSpinBox;

/// Edits the server settings a person may want to change: where it listens, where recordings
/// go, and the limits. The other fields of ServerSettings pass through untouched.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const ServerSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The settings as edited; valid once the dialog was accepted.
    ServerSettings settings() const;
    /// Whether anything the server reads at start differs from what the dialog was opened with.
    bool hasChanges() const;

    void accept() override;

private:
    void browseForFolder();

    ServerSettings m_original;
    QSpinBox *m_port;
    QLineEdit *m_bindAddress;
    QLineEdit *m_recordingsDir;
    QSpinBox *m_maxLiveSessions;
    QSpinBox *m_maxMessageKiB;
};
