#include "avlogwatch.h"

#include <cstdio>

extern "C" {
#include <libavutil/log.h>
}

namespace {

thread_local AvLogWatch *t_watch = nullptr;
thread_local bool t_canaryHeard = false;

// Recognised by its address. Logged at the trace level, which libav's default log leaves out.
constexpr char Canary[] = "earshot: log watch\n";

} // namespace

AvLogWatch::AvLogWatch()
{
    Q_ASSERT(!t_watch);
    t_watch = this;
    if (!hearsCanary()) {
        av_log_set_callback(&AvLogWatch::callback);
        m_heardAtStart = hearsCanary();
    } else {
        m_heardAtStart = true;
    }
}

AvLogWatch::~AvLogWatch()
{
    t_watch = nullptr;
}

bool AvLogWatch::heardEverything()
{
    return m_heardAtStart && hearsCanary();
}

bool AvLogWatch::hearsCanary()
{
    t_canaryHeard = false;
    av_log(nullptr, AV_LOG_TRACE, Canary);
    return t_canaryHeard;
}

void AvLogWatch::callback(void *context, int level, const char *format, std::va_list arguments)
{
    if (format == Canary) {
        t_canaryHeard = true;
        return;
    }
    if (t_watch && level <= AV_LOG_ERROR) {
        if (t_watch->m_errors++ == 0) {
            char line[512];
            std::va_list copy;
            va_copy(copy, arguments);
            std::vsnprintf(line, sizeof line, format, copy);
            va_end(copy);
            t_watch->m_firstError = QString::fromUtf8(line).trimmed();
        }
    }
    av_log_default_callback(context, level, format, arguments);
}
