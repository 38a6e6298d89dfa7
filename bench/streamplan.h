#pragma once

#include "benchoptions.h"
#include "streamclient.h"

// The plan of the stream `index` of the run, at `position` among its worker's streams: the same
// for both loaders (StreamClient and the raw client), so that they offer the same load and send
// the same bytes.
StreamClient::Plan streamPlan(const BenchOptions &options, int index, qint64 position);
