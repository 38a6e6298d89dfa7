// A recordings folder after a crash, as anyone who can write it may have left it: a fuzzed
// sidecar (Sidecar::load) and a fuzzed audio file beside it, repaired by SidecarRepair. The
// input is the sidecar's JSON, a NUL byte, then the audio file's bytes ("LINK" instead makes the
// audio a symbolic link to a file outside the folder). What must hold:
// - a sidecar that loads survives save and load with its fields (idempotent after one pass);
// - repair touches no file but the sidecar and its audio, inside the day folder;
// - a repaired sidecar says "interrupted" with the bytes its file holds, and a repaired WAV's
//   header says the same, in whole frames; a second repair changes nothing;
// - a resume of what the repair offers goes on from a count the file holds (RecordingSession),
//   and leaves a file whose size and WAV header say that count.

#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "fuzzcheck.h"
#include "session/recordingsession.h"
#include "session/sessionregistry.h"
#include "storage/sidecar.h"
#include "storage/sidecarrepair.h"
#include "storage/wavheader.h"

namespace {

const QString Day = QStringLiteral("2026-12-01");
const QByteArray Outside = "RIFF outside the recordings folder";

QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    return dir;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

void checkSaveLoad(const Sidecar &loaded, const QString &scratch)
{
    QString problem;
    FUZZ_CHECK(loaded.save(scratch, &problem));
    const std::optional<Sidecar> again = Sidecar::load(scratch, &problem);
    FUZZ_CHECK(again);
    // What save writes always comes back as it was.
    FUZZ_CHECK(again->session == loaded.session && again->label == loaded.label
        && again->peer == loaded.peer && again->userAgent == loaded.userAgent
        && again->format == loaded.format && again->file == loaded.file
        && again->startedAt == loaded.startedAt && again->endedAt == loaded.endedAt
        && again->bytes == loaded.bytes && again->chunks == loaded.chunks
        && again->status == loaded.status && again->error == loaded.error);
    // The rest (remux figures, the token's digest) only where they belong: after one pass, a
    // sidecar is what it says.
    FUZZ_CHECK(again->save(scratch, &problem));
    FUZZ_CHECK(Sidecar::load(scratch, &problem) == again);
    QFile::remove(scratch);
}

void checkRepaired(const Sidecar &repaired, const QString &audioPath, bool audioExisted,
    const QByteArray &audioBefore)
{
    FUZZ_CHECK(repaired.status == u"interrupted");
    const QByteArray audio = contents(audioPath);
    const std::optional<AudioFormat> format = AudioFormat::fromMimeType(repaired.format, nullptr);
    if (!audioExisted) {
        FUZZ_CHECK(repaired.bytes == 0 && !QFileInfo::exists(audioPath));
        return;
    }
    if (!format || !format->isPcm()) {
        // Not PCM: the bytes are the client's and stay as they came.
        FUZZ_CHECK(audio == audioBefore && repaired.bytes == audio.size());
        return;
    }
    const AudioFormat::Pcm pcm = format->pcm();
    FUZZ_CHECK(audio.size() == WavHeader::Size + repaired.bytes);
    FUZZ_CHECK(repaired.bytes % (pcm.channels * 2) == 0);
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(audio);
    FUZZ_CHECK(header && header->dataBytes == repaired.bytes);
    FUZZ_CHECK(header->pcm.sampleRate == pcm.sampleRate && header->pcm.channels == pcm.channels);
    // The payload is what was there, cut to whole frames.
    if (audioBefore.size() >= WavHeader::Size)
        FUZZ_CHECK(audio.mid(WavHeader::Size)
            == audioBefore.mid(WavHeader::Size, audio.size() - WavHeader::Size));
}

// A client resumes the recording (with the token whose digest the sidecar holds), and stops.
void checkResume(const QString &root, const SidecarRepair::Resumable &resumable)
{
    const QString audioPath = root + u'/' + resumable.relativeAudioPath;
    const qint64 sizeBefore = QFileInfo(audioPath).size();
    QString problem;
    RecordingLock lock;
    if (lock.acquire(audioPath) != RecordingLock::Outcome::Acquired)
        return;
    std::unique_ptr<RecordingSession> session = RecordingSession::resume(root,
        ResumableSession::fromSidecar(resumable.sidecar, root, resumable.relativeAudioPath),
        QStringLiteral("fuzz"), std::move(lock), &problem);
    if (!session)
        return;
    const int descriptor = session->finish(SessionStats::State::Interrupted);
    if (descriptor >= 0)
        ::close(descriptor);
    const qint64 bytes = session->bytes();
    FUZZ_CHECK(bytes >= 0);
    const QByteArray audio = contents(audioPath);
    // Nothing was appended: the file is cut to the count, never grown.
    FUZZ_CHECK(audio.size() <= sizeBefore);
    const std::optional<AudioFormat> format
        = AudioFormat::fromMimeType(session->stats().format, nullptr);
    if (format && format->isPcm()) {
        const std::optional<WavHeader::Parsed> header = WavHeader::parse(audio);
        FUZZ_CHECK(header && header->dataBytes == bytes);
        FUZZ_CHECK(audio.size() == WavHeader::Size + bytes);
    } else {
        FUZZ_CHECK(audio.size() == bytes);
    }
}

void run(const QByteArray &input)
{
    const QString base = folder().filePath(QStringLiteral("run"));
    QDir(base).removeRecursively();
    const QString root = base + QStringLiteral("/recordings");
    const QString dayPath = root + u'/' + Day;
    FUZZ_CHECK(QDir().mkpath(dayPath));
    // Files a sidecar must never steer the repair to.
    const QStringList outside
        = { base + QStringLiteral("/outside.wav"), root + QStringLiteral("/beside.wav") };
    for (const QString &path : outside)
        write(path, Outside);

    const qsizetype nul = input.indexOf('\0');
    const QByteArray json = nul < 0 ? input : input.left(nul);
    const QString sidecarPath = dayPath + QStringLiteral("/rec.json");
    write(sidecarPath, json);

    QString problem;
    const std::optional<Sidecar> loaded = Sidecar::load(sidecarPath, &problem);
    if (loaded) {
        FUZZ_CHECK(Sidecar::isPlainFileName(loaded->file));
        checkSaveLoad(*loaded, base + QStringLiteral("/scratch.json"));
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }

    // The audio under the name the sidecar gives, when it gives one that can be created.
    QString audioPath;
    QByteArray audioBefore;
    if (loaded && loaded->file != u"rec.json" && nul >= 0) {
        audioPath = dayPath + u'/' + loaded->file;
        audioBefore = input.mid(nul + 1);
        if (audioBefore == "LINK")
            QFile::link(outside.first(), audioPath);
        else
            write(audioPath, audioBefore);
    }
    const bool audioExisted = !audioPath.isEmpty() && QFileInfo::exists(audioPath);
    const bool isLink = !audioPath.isEmpty() && QFileInfo(audioPath).isSymLink();

    const QDateTime since
        = QDateTime::fromString(QStringLiteral("2000-01-01T00:00:00Z"), Qt::ISODate);
    const SidecarRepair::Report report = SidecarRepair::repairFolders(root, { Day }, since);
    for (const QString &line : report.repaired + report.failed)
        FUZZ_CHECK(line.startsWith(sidecarPath));
    for (const SidecarRepair::Resumable &resumable : report.resumable)
        FUZZ_CHECK(resumable.relativeAudioPath == Day + u'/' + resumable.sidecar.file
            && Sidecar::isPlainFileName(resumable.sidecar.file));

    for (const QString &path : outside)
        FUZZ_CHECK(contents(path) == Outside);
    QStringList expected = { QStringLiteral("rec.json") };
    if (audioExisted || isLink)
        expected.append(loaded->file);
    // The repair asks the recording's lock whether another instance holds it (its lock file).
    if (loaded && Sidecar::isPlainFileName(loaded->file))
        expected.append(loaded->file + QStringLiteral(".lock"));
    for (const QString &name : QDir(dayPath).entryList(
             QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        FUZZ_CHECK(expected.contains(name));

    const bool wasRecording = loaded && loaded->status == u"recording";
    if (!report.repaired.isEmpty()) {
        FUZZ_CHECK(wasRecording && !isLink);
        const std::optional<Sidecar> repaired = Sidecar::load(sidecarPath, &problem);
        FUZZ_CHECK(repaired);
        checkRepaired(*repaired, audioPath.isEmpty() ? dayPath + u'/' + loaded->file : audioPath,
            audioExisted, audioBefore);
    } else if (wasRecording) {
        FUZZ_CHECK(!report.failed.isEmpty());
    }

    // Once repaired, a folder stays as it is.
    const QByteArray sidecarAfter = contents(sidecarPath);
    const QByteArray audioAfter = audioPath.isEmpty() ? QByteArray() : contents(audioPath);
    const SidecarRepair::Report second = SidecarRepair::repairFolders(root, { Day }, since);
    FUZZ_CHECK(second.repaired.isEmpty());
    FUZZ_CHECK(contents(sidecarPath) == sidecarAfter);
    if (!audioPath.isEmpty())
        FUZZ_CHECK(contents(audioPath) == audioAfter);

    for (const SidecarRepair::Resumable &resumable : report.resumable)
        checkResume(root, resumable);
    for (const QString &path : outside)
        FUZZ_CHECK(contents(path) == Outside);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    FUZZ_CHECK(folder().isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
