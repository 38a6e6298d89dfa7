#pragma once

#include <memory>

#include <QObject>

/// Owns a QObject that must leave through deleteLater(), such as a socket that may be in the
/// middle of emitting a signal when its owner lets it go.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};

template<typename T>
using DeleteLaterPtr = std::unique_ptr<T, DeleteLater>;
