#include "audioinputs.h"

#include <algorithm>

AudioInputs::AudioInputs(QObject *parent) : QObject(parent)
{
    connect(&m_devices, &QMediaDevices::audioInputsChanged, this, &AudioInputs::refresh);
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, &AudioInputs::refresh);
    m_poll.start();
    refresh();
}

AudioInputs::~AudioInputs() = default;

QList<AudioInput> AudioInputs::inputs() const
{
    return m_inputs;
}

QByteArray AudioInputs::defaultId() const
{
    return QMediaDevices::defaultAudioInput().id();
}

bool AudioInputs::contains(const QByteArray &id) const
{
    return std::any_of(m_inputs.cbegin(), m_inputs.cend(),
        [&id](const AudioInput &input) { return input.id == id; });
}

QAudioDevice AudioInputs::find(const QByteArray &id)
{
    if (id.isEmpty())
        return QMediaDevices::defaultAudioInput();
    const QList<QAudioDevice> devices = QMediaDevices::audioInputs();
    const auto found = std::find_if(devices.cbegin(), devices.cend(),
        [&id](const QAudioDevice &device) { return device.id() == id; });
    return found == devices.cend() ? QAudioDevice() : *found;
}

void AudioInputs::refresh()
{
    QList<AudioInput> inputs;
    const QList<QAudioDevice> devices = QMediaDevices::audioInputs();
    for (const QAudioDevice &device : devices)
        inputs.append({ device.id(), device.description() });
    // QMediaDevices also reports changes of outputs and defaults; only a real change matters.
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    Q_EMIT inputsChanged();
}
