#pragma once

#include <span>

/// The worker thread that takes the next connection: the one with the fewest connections (those
/// on their way to it included); among equals the first from `next` on, so that a burst of
/// connections is dealt round instead of piling onto the first worker. Empty `loads`: -1.
int leastLoadedWorker(std::span<const int> loads, int next);
