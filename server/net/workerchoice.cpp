#include "workerchoice.h"

int leastLoadedWorker(std::span<const int> loads, int next)
{
    const int count = int(loads.size());
    if (count == 0)
        return -1;
    const int first = ((next % count) + count) % count;
    int chosen = first;
    for (int step = 1; step < count; ++step) {
        const int index = (first + step) % count;
        if (loads[size_t(index)] < loads[size_t(chosen)])
            chosen = index;
    }
    return chosen;
}
