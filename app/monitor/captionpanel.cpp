#include "captionpanel.h"

#include <QLabel>
#include <QPalette>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CaptionPanel::CaptionPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_text(new QTextBrowser(this))
{
    setObjectName(u"captionPanel"_s);
    m_title->setObjectName(u"captionTitle"_s);
    m_text->setObjectName(u"captionText"_s);
    m_text->setAccessibleName(tr("Live captions"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    render();
}

CaptionPanel::~CaptionPanel() = default;

void CaptionPanel::updateSessions(const QList<SessionStats> &changed)
{
    bool shownChanged = false;
    for (const SessionStats &stats : changed) {
        SessionStats &kept = m_sessions[stats.id];
        // An ended session's figures carry no captions: it keeps the last ones it had, for as long
        // as the table lists it.
        const QString lastFinal = kept.captionFinal;
        kept = stats;
        if (!stats.isLive()) {
            kept.captionFinal = lastFinal;
            kept.captionPartial.clear();
        }
        if (stats.id == m_sessionId) {
            m_shown = kept;
            shownChanged = true;
        }
    }
    if (shownChanged)
        render();
}

void CaptionPanel::showSession(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_shown = m_sessions.value(sessionId);
    render();
}

void CaptionPanel::render()
{
    if (m_sessionId.isEmpty()) {
        m_title->setText(tr("Captions"));
        m_text->setPlainText(tr("Select a session to see what is said in it."));
        return;
    }
    m_title->setText(tr("Captions of “%1”").arg(m_shown.label));
    if (m_shown.transcriptFile.isEmpty()) {
        m_text->setPlainText(
            tr("This session is not transcribed. Turn on “Live captions” on the recording page, "
               "or “Transcribe every session” in the settings."));
        return;
    }
    if (m_shown.captionFinal.isEmpty() && m_shown.captionPartial.isEmpty()) {
        m_text->setPlainText(tr("Listening…"));
        return;
    }
    // The partial in the placeholder colour and italic: it may still change.
    const QString partialColor = palette().color(QPalette::PlaceholderText).name();
    m_text->setHtml(m_shown.captionFinal.toHtmlEscaped() + u' '
        + u"<i style=\"color:%1\">%2</i>"_s.arg(
            partialColor, m_shown.captionPartial.toHtmlEscaped()));
    m_text->moveCursor(QTextCursor::End);
}
