#pragma once

#include <cstdarg>

#include <QString>

/// Notes the errors that libav* reports on this thread while the watch is alive. A demuxer that
/// meets damaged data logs it, skips ahead to the next element it recognises and goes on
/// delivering packets as if nothing were missing: its log is the only place that says so.
/// Messages still reach libav's default log. Watches do not nest.
class AvLogWatch final
{
    Q_DISABLE_COPY_MOVE(AvLogWatch)

public:
    AvLogWatch();
    ~AvLogWatch();

    /// Whether this watch heard libav's log all along. libav has one log callback per process and
    /// no way to ask which one is set; a library loaded later (GStreamer's gst-libav, say) may set
    /// its own, and then the errors went unheard.
    bool heardEverything();
    int errorCount() const { return m_errors; }
    /// The first error, as libav worded it.
    QString firstError() const { return m_firstError; }

private:
    static void callback(void *context, int level, const char *format, std::va_list arguments);
    bool hearsCanary();

    int m_errors = 0;
    QString m_firstError;
    bool m_heardAtStart = false;
};
