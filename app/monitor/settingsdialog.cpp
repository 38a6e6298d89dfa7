#include "settingsdialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/applanguage.h"
#include "common/bindaddress.h"
#include "common/commandtext.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int KiB = 1024;
// A phone sends a chunk every 100 ms or so; 64 MiB is far beyond any sane chunk.
constexpr int MaxMessageKiBLimit = 64 * 1024;
constexpr int MaxLiveSessionsLimit = 100000;

} // namespace

SettingsDialog::SettingsDialog(
    const ServerSettings &settings, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_port(new QSpinBox(this))
    , m_bindAddress(new QLineEdit(this))
    , m_recordingsDir(new QLineEdit(this))
    , m_maxLiveSessions(new QSpinBox(this))
    , m_maxMessageKiB(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_transcribeAll(new QCheckBox(tr("&Transcribe every session"), this))
    , m_exportAtTakeEnd(new QCheckBox(tr("&Export aligned tracks when a take stops"), this))
{
    setWindowTitle(tr("Earshot Settings"));

    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(settings.port);

    m_bindAddress->setPlaceholderText(tr("All networks"));
    m_bindAddress->setToolTip(tr("An address of this computer, \"localhost\" for this computer "
                                 "only, or empty for all networks."));
    m_bindAddress->setText(BindAddress::toText(settings.bindAddress));

    m_recordingsDir->setText(QDir::toNativeSeparators(settings.recordingsDir));
    // Wide enough for a typical home folder path, so that its end is not cut off.
    m_recordingsDir->setMinimumWidth(m_recordingsDir->fontMetrics().horizontalAdvance(u'x') * 40);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseForFolder);
    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_recordingsDir, 1);
    folderLayout->addWidget(browse);

    m_maxLiveSessions->setRange(1, MaxLiveSessionsLimit);
    m_maxLiveSessions->setValue(settings.maxLiveSessions);

    m_maxMessageKiB->setRange(1, MaxMessageKiBLimit);
    m_maxMessageKiB->setSuffix(tr(" KiB"));
    m_maxMessageKiB->setValue(
        int(std::clamp<qint64>(settings.maxMessageBytes / KiB, 1, MaxMessageKiBLimit)));

    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty()
            ? tr("System default", "language")
            : tr("System default (%1)", "language; %1 is the system's language")
                  .arg(systemLanguage),
        QString());
    for (const AppLanguage::Language &offered : AppLanguage::languages())
        m_language->addItem(offered.name, offered.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Listen on:"), m_bindAddress);
    serverForm->addRow(tr("&Recordings folder:"), folderRow);
    serverForm->addRow(tr("Live sessions at &most:"), m_maxLiveSessions);
    serverForm->addRow(tr("Largest me&ssage:"), m_maxMessageKiB);
    m_transcribeAll->setObjectName(u"transcribeAllCheck"_s);
    m_transcribeAll->setToolTip(tr("Live captions and a transcript beside every recording, "
                                   "recognized on this computer (English), not only for the "
                                   "devices that ask"));
    m_transcribeAll->setChecked(settings.transcribeAll);
    serverForm->addRow(static_cast<QWidget *>(nullptr), m_transcribeAll);

    auto *hooks = new QGroupBox(tr("Hooks"), this);
    auto *hooksForm = new QFormLayout(hooks);
    m_onStart = addHookEdit(u"onStartEdit"_s, settings.onStartCommand);
    m_onInterrupted = addHookEdit(u"onInterruptedEdit"_s, settings.onInterruptedCommand);
    m_onFinish = addHookEdit(u"onFinishEdit"_s, settings.onFinishCommand);
    hooksForm->addRow(tr("W&hen a session starts:"), m_onStart);
    hooksForm->addRow(tr("When a connection &drops:"), m_onInterrupted);
    hooksForm->addRow(tr("When a recording is &final:"), m_onFinish);
    auto *hooksNote = new QLabel(tr("A program and its arguments (double quotes group words), run "
                                    "without a shell; the recording's path and figures are in "
                                    "EARSHOT_* environment variables. Applies at once."),
        hooks);
    hooksNote->setWordWrap(true);
    hooksForm->addRow(static_cast<QWidget *>(nullptr), hooksNote);

    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopForm = new QFormLayout(desktop);
    m_exportAtTakeEnd->setObjectName(u"exportAtTakeEndCheck"_s);
    m_exportAtTakeEnd->setToolTip(tr("When you stop a take, its aligned WAVs and multitrack file "
                                     "are written into its \"aligned\" folder as soon as every "
                                     "guest's recording has ended"));
    desktopForm->addRow(static_cast<QWidget *>(nullptr), m_exportAtTakeEnd);
    desktopForm->addRow(tr("Lan&guage:"), m_language);
    // Every window, menu and figure would have to be rebuilt; a restart does that for free.
    auto *restartNote
        = new QLabel(tr("A new language applies when Earshot starts again."), desktop);
    restartNote->setObjectName(u"languageRestartNote"_s);
    restartNote->setWordWrap(true);
    desktopForm->addRow(static_cast<QWidget *>(nullptr), restartNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(hooks);
    layout->addWidget(desktop);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

ServerSettings SettingsDialog::settings() const
{
    ServerSettings settings = m_original;
    settings.port = quint16(m_port->value());
    settings.bindAddress
        = BindAddress::parse(m_bindAddress->text()).value_or(m_original.bindAddress);
    // The server may run with another working directory than the one a person thinks of.
    settings.recordingsDir
        = QDir(QDir::fromNativeSeparators(m_recordingsDir->text().trimmed())).absolutePath();
    settings.maxLiveSessions = m_maxLiveSessions->value();
    settings.transcribeAll = m_transcribeAll->isChecked();
    settings.onStartCommand = CommandText::split(m_onStart->text());
    settings.onInterruptedCommand = CommandText::split(m_onInterrupted->text());
    settings.onFinishCommand = CommandText::split(m_onFinish->text());
    // Keep a limit that is not a whole number of KiB (set on the command line) unless edited.
    if (m_maxMessageKiB->value() != m_original.maxMessageBytes / KiB)
        settings.maxMessageBytes = qint64(m_maxMessageKiB->value()) * KiB;
    return settings;
}

bool SettingsDialog::hasChanges() const
{
    const ServerSettings edited = settings();
    return needsRestart() || edited.onStartCommand != m_original.onStartCommand
        || edited.onInterruptedCommand != m_original.onInterruptedCommand
        || edited.onFinishCommand != m_original.onFinishCommand;
}

bool SettingsDialog::needsRestart() const
{
    const ServerSettings edited = settings();
    return edited.port != m_original.port || edited.bindAddress != m_original.bindAddress
        || QDir::cleanPath(edited.recordingsDir) != QDir::cleanPath(m_original.recordingsDir)
        || edited.maxLiveSessions != m_original.maxLiveSessions
        || edited.maxMessageBytes != m_original.maxMessageBytes
        || edited.transcribeAll != m_original.transcribeAll;
}

QLineEdit *SettingsDialog::addHookEdit(const QString &objectName, const QStringList &command)
{
    auto *edit = new QLineEdit(CommandText::join(command), this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("None", "hook command"));
    edit->setClearButtonEnabled(true);
    return edit;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setExportAtTakeEnd(bool exportAtEnd)
{
    m_exportAtTakeEnd->setChecked(exportAtEnd);
}

bool SettingsDialog::exportAtTakeEnd() const
{
    return m_exportAtTakeEnd->isChecked();
}

void SettingsDialog::accept()
{
    if (!BindAddress::parse(m_bindAddress->text())) {
        QMessageBox::warning(this, windowTitle(),
            tr("\"%1\" is not an address of this computer.").arg(m_bindAddress->text().trimmed()));
        m_bindAddress->setFocus();
        return;
    }
    for (QLineEdit *hook : { m_onStart, m_onInterrupted, m_onFinish }) {
        if (!hook->text().trimmed().isEmpty() && CommandText::split(hook->text()).isEmpty()) {
            QMessageBox::warning(
                this, windowTitle(), tr("\"%1\" is not a command.").arg(hook->text()));
            hook->setFocus();
            return;
        }
    }
    if (m_recordingsDir->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a folder for the recordings."));
        m_recordingsDir->setFocus();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::browseForFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Recordings Folder"), QDir::fromNativeSeparators(m_recordingsDir->text()));
    if (!folder.isEmpty())
        m_recordingsDir->setText(QDir::toNativeSeparators(folder));
}
