#include "microphonepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include "audioinputs.h"
#include "certificatepins.h"
#include "streamtarget.h"

namespace {

constexpr int LevelSteps = 1000;

QString clock(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MicrophonePanel::MicrophonePanel(AudioInputs &inputs, CertificatePins &pins,
    const MicrophoneSettings &settings, const QUrl &localServerUrl, QWidget *parent)
    : QWidget(parent)
    , m_inputs(inputs)
    , m_pins(pins)
    , m_settings(settings)
    , m_localServerUrl(localServerUrl)
    , m_streamer(&pins)
    , m_device(new QComboBox(this))
    , m_rate(new QComboBox(this))
    , m_channels(new QComboBox(this))
    , m_level(new QProgressBar(this))
    , m_toLocal(new QRadioButton(tr("This computer"), this))
    , m_toRemote(new QRadioButton(tr("Another Earshot:"), this))
    , m_remoteAddress(new QLineEdit(this))
    , m_keepLocalCopy(new QCheckBox(tr("Keep a local copy"), this))
    , m_localCopyFormat(new QComboBox(this))
    , m_startStop(new QPushButton(this))
    , m_connection(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_sent(new QLabel(this))
    , m_acked(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_device->setMinimumContentsLength(16);
    m_rate->addItem(tr("16 kHz"), 16000);
    m_rate->addItem(tr("48 kHz"), 48000);
    m_rate->setCurrentIndex(std::max(0, m_rate->findData(m_settings.format.sampleRate)));
    m_channels->addItem(tr("Mono"), 1);
    m_channels->addItem(tr("Stereo"), 2);
    m_channels->setCurrentIndex(std::max(0, m_channels->findData(m_settings.format.channels)));
    m_level->setRange(0, LevelSteps);
    m_level->setTextVisible(false);
    m_level->setAccessibleName(tr("Input level"));
    m_remoteAddress->setPlaceholderText(tr("https://192.168.1.20:8000/?t=token"));
    m_remoteAddress->setToolTip(tr("The other Earshot's pairing link, or a take's link (with "
                                   "take=): then this microphone records into the take, starting "
                                   "and stopping with its host."));
    m_remoteAddress->setText(m_settings.remoteAddress);
    m_remoteAddress->setClearButtonEnabled(true);
    (m_settings.remoteTarget ? m_toRemote : m_toLocal)->setChecked(true);
    m_keepLocalCopy->setChecked(m_settings.keepLocalCopy);
    for (const auto format :
        { LocalRecorder::Format::OggOpus, LocalRecorder::Format::Flac, LocalRecorder::Format::Wav })
        m_localCopyFormat->addItem(LocalRecorder::formatName(format), QVariant::fromValue(format));
    m_localCopyFormat->setCurrentIndex(
        std::max(0, m_localCopyFormat->findData(QVariant::fromValue(m_settings.localCopyFormat))));
    m_localCopyFormat->setToolTip(tr("Format of the local copy"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_rate);
    formatRow->addWidget(m_channels);
    formatRow->addStretch();
    auto *remoteRow = new QHBoxLayout;
    remoteRow->addWidget(m_toRemote);
    remoteRow->addWidget(m_remoteAddress, 1);
    auto *targetBox = new QVBoxLayout;
    targetBox->addWidget(m_toLocal);
    targetBox->addLayout(remoteRow);
    auto *localCopyRow = new QHBoxLayout;
    localCopyRow->addWidget(m_keepLocalCopy);
    localCopyRow->addWidget(m_localCopyFormat);
    localCopyRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Microphone:"), m_device);
    form->addRow(tr("Format:"), formatRow);
    form->addRow(tr("Level:"), m_level);
    form->addRow(tr("Send to:"), targetBox);
    form->addRow(QString(), localCopyRow);
    form->addRow(QString(), m_startStop);
    form->addRow(tr("Connection:"), m_connection);
    form->addRow(tr("Elapsed:"), m_elapsed);
    form->addRow(tr("Sent:", "bytes"), m_sent);
    form->addRow(tr("Acknowledged:", "bytes"), m_acked);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();

    fillDevices();
    connect(&m_inputs, &AudioInputs::inputsChanged, this, &MicrophonePanel::fillDevices);
    connect(m_startStop, &QPushButton::clicked, this, &MicrophonePanel::onStartStopClicked);
    connect(m_toRemote, &QRadioButton::toggled, this, &MicrophonePanel::updateEnabled);
    connect(m_keepLocalCopy, &QCheckBox::toggled, this, &MicrophonePanel::updateEnabled);
    for (QComboBox *combo : { m_device, m_rate, m_channels, m_localCopyFormat })
        connect(combo, &QComboBox::activated, this, &MicrophonePanel::emitSettings);
    connect(m_toRemote, &QRadioButton::toggled, this, &MicrophonePanel::emitSettings);
    connect(m_keepLocalCopy, &QCheckBox::toggled, this, &MicrophonePanel::emitSettings);
    connect(m_remoteAddress, &QLineEdit::editingFinished, this, &MicrophonePanel::emitSettings);

    connect(&m_streamer, &MicStreamer::stateChanged, this, &MicrophonePanel::onStateChanged);
    connect(&m_streamer, &MicStreamer::figuresChanged, this, &MicrophonePanel::onFigures);
    connect(&m_streamer, &MicStreamer::levelChanged, this,
        [this](double peak) { m_level->setValue(int(peak * LevelSteps)); });
    connect(&m_streamer, &MicStreamer::notice, this, &MicrophonePanel::onNotice);
    connect(&m_streamer, &MicStreamer::certificateNotTrusted, this, &MicrophonePanel::askToTrust);
    connect(&m_streamer, &MicStreamer::certificateChanged, this,
        &MicrophonePanel::refuseChangedCertificate);
    connect(&m_streamer, &MicStreamer::finished, this, [this](bool ok) {
        m_level->setValue(0);
        if (ok && m_streamer.localCopyPath().isEmpty())
            onNotice(tr("Every byte was delivered."));
        else if (ok)
            onNotice(
                tr("Every byte was delivered. Local copy: %1").arg(m_streamer.localCopyPath()));
        else
            m_message->setText(tr("Streaming failed: %1").arg(m_streamer.errorString()));
        Q_EMIT streamingFinished(ok);
    });

    onFigures(m_streamer.figures());
    onStateChanged(MicStreamer::State::Idle);
    // Once the host has connected to the panel's signals and shown it.
    QTimer::singleShot(0, this, &MicrophonePanel::recoverEarlierRuns);
}

void MicrophonePanel::recoverEarlierRuns()
{
    // This run's chosen receiver brings the pairing token (the spool keeps none).
    const MicrophoneSettings chosen = settings();
    const QUrl current = chosen.remoteTarget
        ? StreamTarget::fromText(chosen.remoteAddress).value_or(QUrl())
        : m_localServerUrl;
    m_recoveries = SpoolRecovery::recoverAll(
        Spool::defaultParentDir(), current, m_settings.localCopyFolder, &m_pins);
    for (const std::unique_ptr<SpoolRecovery> &recovery : m_recoveries)
        connect(recovery.get(), &SpoolRecovery::notice, this, &MicrophonePanel::onNotice);
}

MicrophonePanel::~MicrophonePanel() = default;

void MicrophonePanel::setLocalServerUrl(const QUrl &url)
{
    m_localServerUrl = url;
    updateEnabled();
}

MicrophoneSettings MicrophonePanel::settings() const
{
    MicrophoneSettings settings = m_settings;
    settings.deviceId = m_device->currentData().toByteArray();
    settings.format.sampleRate = m_rate->currentData().toInt();
    settings.format.channels = m_channels->currentData().toInt();
    settings.remoteTarget = m_toRemote->isChecked();
    settings.remoteAddress = m_remoteAddress->text().trimmed();
    settings.keepLocalCopy = m_keepLocalCopy->isChecked();
    settings.localCopyFormat = m_localCopyFormat->currentData().value<LocalRecorder::Format>();
    return settings;
}

bool MicrophonePanel::isStreaming() const
{
    return m_streamer.isActive();
}

void MicrophonePanel::stopStreaming()
{
    m_streamer.stop();
}

void MicrophonePanel::fillDevices()
{
    // Keep the choice across plugging: by id, since names may repeat.
    const QByteArray wanted
        = m_device->count() > 0 ? m_device->currentData().toByteArray() : m_settings.deviceId;
    const QList<AudioInput> inputs = m_inputs.inputs();
    m_device->clear();
    for (const AudioInput &input : inputs)
        m_device->addItem(input.description, input.id);
    int index = m_device->findData(wanted);
    if (index < 0)
        index = m_device->findData(m_inputs.defaultId());
    m_device->setCurrentIndex(std::max(0, index));
    if (inputs.isEmpty())
        m_device->setPlaceholderText(tr("No microphone found"));
    updateEnabled();
}

void MicrophonePanel::onStartStopClicked()
{
    if (m_streamer.isActive()) {
        if (m_streamer.state() == MicStreamer::State::Stopping) {
            // A second click while the rest is still being delivered gives up on it.
            const auto answer = QMessageBox::question(this, tr("Stop streaming"),
                tr("%1 of audio have not reached the receiver yet. Give up on them?")
                    .arg(QLocale().formattedDataSize(m_streamer.figures().bytesSpooled)));
            if (answer == QMessageBox::Yes)
                m_streamer.abort();
            return;
        }
        m_streamer.stop();
        return;
    }
    startStreaming();
}

void MicrophonePanel::startStreaming()
{
    const MicrophoneSettings chosen = settings();
    MicStreamConfig config;
    config.deviceId = chosen.deviceId;
    config.format = chosen.format;
    if (chosen.remoteTarget) {
        QString problem;
        const std::optional<QUrl> url = StreamTarget::fromText(chosen.remoteAddress, &problem);
        if (!url) {
            m_message->setText(problem);
            m_remoteAddress->setFocus();
            return;
        }
        config.target = *url;
    } else {
        if (!m_localServerUrl.isValid()) {
            m_message->setText(tr("This computer's server is not running."));
            return;
        }
        config.target = m_localServerUrl;
    }
    if (chosen.keepLocalCopy) {
        config.localCopyFormat = chosen.localCopyFormat;
        config.localCopyPath = localCopyPath();
    }
    m_message->clear();
    if (!m_streamer.start(config)) {
        m_message->setText(m_streamer.errorString());
        return;
    }
    emitSettings();
    Q_EMIT streamingStarted();
}

QString MicrophonePanel::localCopyPath() const
{
    const QString stem = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss"));
    return QDir(m_settings.localCopyFolder)
        .filePath(tr("Microphone %1", "file name of a local copy").arg(stem) + QLatin1Char('.')
            + LocalRecorder::suffix(
                m_localCopyFormat->currentData().value<LocalRecorder::Format>()));
}

void MicrophonePanel::onStateChanged(MicStreamer::State state)
{
    switch (state) {
    case MicStreamer::State::Running:
        m_startStop->setText(tr("Stop streaming"));
        break;
    case MicStreamer::State::Stopping:
        m_startStop->setText(tr("Stop now"));
        m_startStop->setToolTip(tr("The rest is still being delivered."));
        break;
    default:
        m_startStop->setText(tr("Start streaming"));
        m_startStop->setToolTip(QString());
        break;
    }
    updateEnabled();
}

void MicrophonePanel::onFigures(const MicStreamFigures &figures)
{
    const QLocale locale;
    m_connection->setText(StreamUploader::stateText(figures.connection));
    m_elapsed->setText(clock(figures.elapsedMs));
    m_sent->setText(locale.formattedDataSize(figures.bytesSent));
    m_acked->setText(locale.formattedDataSize(figures.bytesAcked));
}

void MicrophonePanel::onNotice(const QString &text)
{
    m_message->setText(text);
}

void MicrophonePanel::askToTrust(
    const QString &hostPort, const QString &fingerprint, const QStringList &errors)
{
    if (m_trustQuestion)
        m_trustQuestion->deleteLater();
    // Not exec(): the question waits while the stream goes on being captured and spooled.
    m_trustQuestion = new QMessageBox(QMessageBox::Warning, tr("Unknown certificate"),
        tr("The Earshot at %1 presents a certificate this computer does not "
           "trust.")
            .arg(hostPort),
        QMessageBox::NoButton, this);
    m_trustQuestion->setInformativeText(
        tr("Compare its SHA-256 fingerprint with the one the other Earshot shows:\n\n%1\n\n"
           "Trust it for %2 from now on?")
            .arg(fingerprint, hostPort));
    m_trustQuestion->setDetailedText(errors.join(QLatin1Char('\n')));
    m_trustQuestion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *trust = m_trustQuestion->addButton(tr("Trust"), QMessageBox::AcceptRole);
    m_trustQuestion->addButton(QMessageBox::Cancel);
    m_trustQuestion->setDefaultButton(QMessageBox::Cancel);
    m_trustQuestion->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox *question = m_trustQuestion;
    connect(question, &QMessageBox::finished, this, [this, question, trust] {
        if (question->clickedButton() == trust)
            m_streamer.uploader().acceptCertificate();
        else
            m_streamer.uploader().rejectCertificate();
        if (m_trustQuestion == question)
            m_trustQuestion = nullptr;
    });
    m_trustQuestion->open();
}

void MicrophonePanel::refuseChangedCertificate(
    const QString &hostPort, const QString &pinned, const QString &presented)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Certificate changed"),
        tr("The certificate of %1 is not the one you trusted before. Someone may be "
           "intercepting the connection; nothing was sent.")
            .arg(hostPort),
        QMessageBox::Ok, this);
    box->setInformativeText(
        tr("Trusted: %1\nPresented now: %2\n\nIf the other Earshot really has a new "
           "certificate, forget the old one to be asked again.")
            .arg(pinned, presented));
    QPushButton *forget
        = box->addButton(tr("Forget the old certificate"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, forget, hostPort] {
        if (box->clickedButton() == forget)
            m_pins.forget(hostPort);
    });
    box->open();
}

void MicrophonePanel::updateEnabled()
{
    const bool idle = !m_streamer.isActive();
    for (QWidget *widget : std::initializer_list<QWidget *> {
             m_device, m_rate, m_channels, m_toLocal, m_toRemote, m_keepLocalCopy })
        widget->setEnabled(idle);
    m_remoteAddress->setEnabled(idle && m_toRemote->isChecked());
    m_localCopyFormat->setEnabled(idle && m_keepLocalCopy->isChecked());
    m_startStop->setEnabled(!idle || m_device->count() > 0);
}

void MicrophonePanel::emitSettings()
{
    const MicrophoneSettings current = settings();
    if (current == m_settings)
        return;
    m_settings = current;
    Q_EMIT settingsChanged(current);
}
