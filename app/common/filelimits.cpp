#include "filelimits.h"

#include <cerrno>
#include <cstring>
#include <sys/resource.h>

OpenFileLimit raiseOpenFileLimit()
{
    OpenFileLimit result;
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        result.errorString = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    result.soft = limit.rlim_cur;
    result.hard = limit.rlim_max;
    if (limit.rlim_cur == limit.rlim_max)
        return result;

    limit.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
        result.errorString = QString::fromLocal8Bit(std::strerror(errno));
        return result;
    }
    result.soft = limit.rlim_cur;
    return result;
}
