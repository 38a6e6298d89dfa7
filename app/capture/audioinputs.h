#pragma once

#include <chrono>

#include <QAudioDevice>
#include <QByteArray>
#include <QList>
#include <QMediaDevices>
#include <QObject>
#include <QString>
#include <QTimer>

/// One microphone as a person picks it: the id to store and pass on, the name to show.
struct AudioInput
{
    QByteArray id;
    QString description;

    friend bool operator==(const AudioInput &, const AudioInput &) = default;
};

/// The audio inputs of this computer, kept current as devices are plugged in and out.
/// Devices are chosen by id: on Qt 6.4 QAudioDevice::isDefault() is never true for inputs, and
/// PulseAudio's monitor sources are hidden. Measured on 6.4.2 with PulseAudio:
/// QMediaDevices::audioInputsChanged never fires, although audioInputs() is current; so the
/// list is also polled.
class AudioInputs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudioInputs)

public:
    static constexpr std::chrono::milliseconds PollInterval { 1000 };

    explicit AudioInputs(QObject *parent = nullptr);
    ~AudioInputs() override;

    QList<AudioInput> inputs() const;
    /// The id of the system's default input, or empty when there is no input at all.
    QByteArray defaultId() const;
    bool contains(const QByteArray &id) const;

    /// The device with this id (the default input when \a id is empty); null when absent.
    static QAudioDevice find(const QByteArray &id);

Q_SIGNALS:
    void inputsChanged();

private:
    void refresh();

    QMediaDevices m_devices;
    QTimer m_poll;
    QList<AudioInput> m_inputs;
};
