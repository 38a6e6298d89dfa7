#pragma once

#include <QHash>
#include <QWidget>

#include "sessionstats.h"

class QLabel;
class QTextBrowser;

/// The live captions of the session selected in the table: its final text as it stands and, set
/// apart, the utterance still being heard (it is replaced as the recognizer changes its mind).
class CaptionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptionPanel)

public:
    explicit CaptionPanel(QWidget *parent = nullptr);
    ~CaptionPanel() override;

    /// Every batch of figures: keeps the sessions' captions.
    void updateSessions(const QList<SessionStats> &changed);
    /// The session to show; empty: none selected.
    void showSession(const QString &sessionId);

    /// What is shown, as plain text, for tests and screen readers.
    QString finalText() const { return m_shown.captionFinal; }
    QString partialText() const { return m_shown.captionPartial; }

private:
    void render();

    QLabel *m_title;
    QTextBrowser *m_text;
    QString m_sessionId;
    SessionStats m_shown;
    QHash<QString, SessionStats> m_sessions; ///< every one seen, by id, with its latest captions
};
