#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include "captureserver.h"
#include "common/appsettings.h"
#include "monitor/mainwindow.h"
#include "monitor/sessiontablemodel.h"
#include "monitor/takeview.h"
#include "protocol/v1client.h"
#include "storage/recordingpaths.h"
#include "storage/sidecar.h"
#include "storage/wavheader.h"
#include "tcprelay.h"
#include "testdata.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

const QString Pcm16k = u"audio/pcm;rate=16000;channels=1;bits=16"_s;
constexpr int ChunkBytes = 3200; // 100 ms of 16 kHz mono
constexpr auto ChunkInterval = std::chrono::milliseconds(100);
constexpr auto RetryInterval = std::chrono::milliseconds(250);

// A guest's device in a take, as the page behaves: it makes 100 ms of audio every 100 ms
// whether or not it is connected, keeps every byte, and when its connection drops it connects
// again every 250 ms and resumes, sending from what the server says it holds. At stop it sends
// the count and SHA-256 of every byte it made.
class ResumingGuest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumingGuest)

public:
    ResumingGuest(const QUrl &url, const QString &take, const QString &name)
        : m_url(url), m_take(take), m_name(name)
    {
        m_produce.setInterval(ChunkInterval);
        m_produce.setTimerType(Qt::PreciseTimer);
        connect(&m_produce, &QTimer::timeout, this, &ResumingGuest::produce);
        m_retry.setSingleShot(true);
        m_retry.setInterval(RetryInterval);
        connect(&m_retry, &QTimer::timeout, this, &ResumingGuest::connectNow);
    }
    ~ResumingGuest() override
    {
        // The socket's destructor says it disconnected: nothing to reconnect now.
        if (m_socket)
            m_socket->disconnect(this);
        m_client.reset();
    }

    void start()
    {
        connectNow();
        m_produce.start();
    }

    bool streaming() const { return m_streaming; }
    int connections() const { return m_connections; }
    qint64 produced() const { return m_produced.size(); }
    qint64 acked() const { return m_acked; }
    QString sessionId() const { return m_session; }
    QString file() const { return m_file; }
    QByteArray sha256() const
    {
        return QCryptographicHash::hash(m_produced, QCryptographicHash::Sha256);
    }
    const ServerReply &stopped() const { return m_stopped; }
    bool isStopped() const { return m_isStopped; }

    /// Makes no more audio; stops once the server holds all of it.
    void finish()
    {
        m_produce.stop();
        m_finishing = true;
        maybeStop();
    }

Q_SIGNALS:
    void dropped();

private:
    void connectNow()
    {
        m_client.reset();
        m_socket.reset(new QWebSocket());
        m_client = std::make_unique<V1Client>(*m_socket);
        connect(m_socket.get(), &QWebSocket::disconnected, this, &ResumingGuest::onDisconnected);
        connect(m_client.get(), &V1Client::connectionReceived, this, [this] {
            ++m_connections;
            if (m_session.isEmpty()) {
                m_client->sendJoin(m_take);
                m_client->sendStart(Pcm16k, m_name);
            } else {
                m_client->sendResume(m_session, m_resumeToken);
            }
        });
        connect(m_client.get(), &V1Client::started, this, [this](const ServerReply &reply) {
            m_session = reply.session;
            m_resumeToken = reply.resumeToken;
            m_file = reply.file;
            beginStreaming(0);
        });
        connect(m_client.get(), &V1Client::resumed, this,
            [this](const ServerReply &reply) { beginStreaming(reply.bytes); });
        connect(m_client.get(), &V1Client::acknowledged, this, [this](const ServerReply &reply) {
            m_acked = std::max(m_acked, reply.bytes);
            maybeStop();
        });
        connect(m_client.get(), &V1Client::stopped, this, [this](const ServerReply &reply) {
            m_stopped = reply;
            m_isStopped = true;
        });
        m_socket->open(m_url);
    }

    void onDisconnected()
    {
        const bool wasStreaming = m_streaming;
        m_streaming = false;
        m_stopSent = false;
        m_client.reset();
        // Not deleted here: this runs in the socket's own signal.
        m_socket.release()->deleteLater();
        if (wasStreaming)
            Q_EMIT dropped();
        if (!m_isStopped)
            m_retry.start();
    }

    void beginStreaming(qint64 from)
    {
        m_streaming = true;
        m_sent = from;
        sendUnsent();
    }

    void produce()
    {
        QByteArray chunk(ChunkBytes, Qt::Uninitialized);
        for (int i = 0; i < ChunkBytes; ++i)
            chunk[i] = char((m_produced.size() + i) * 31 % 251);
        m_produced.append(chunk);
        sendUnsent();
    }

    void sendUnsent()
    {
        if (!m_streaming)
            return;
        while (m_sent < m_produced.size()) {
            const QByteArray part = m_produced.mid(m_sent, 64 * 1024);
            m_client->sendAudio(part);
            m_sent += part.size();
        }
        maybeStop();
    }

    void maybeStop()
    {
        if (!m_finishing || !m_streaming || m_stopSent || m_acked < m_produced.size())
            return;
        m_stopSent = true;
        m_client->sendStop(
            ProducedTotals { m_produced.size(), QString::fromLatin1(sha256().toHex()) });
    }

    const QUrl m_url;
    const QString m_take;
    const QString m_name;
    std::unique_ptr<QWebSocket> m_socket;
    std::unique_ptr<V1Client> m_client;
    QTimer m_produce;
    QTimer m_retry;
    QByteArray m_produced;
    qint64 m_sent = 0;
    qint64 m_acked = 0;
    QString m_session;
    QString m_resumeToken;
    QString m_file;
    bool m_streaming = false;
    bool m_finishing = false;
    bool m_stopSent = false;
    bool m_isStopped = false;
    int m_connections = 0;
    ServerReply m_stopped;
};

} // namespace

// A guest dropped for 10 s mid-take, in the real monitor window on a real server: the guest's
// device reaches Earshot through a relay the test cuts (every connection reset, reconnecting
// refused) and restores 10 s later. The take view's banner names the guest within 3 s of the
// drop and for as long as it lasts, and clears once the guest has resumed; at stop the track
// holds every byte the device made (its SHA-256) and its sidecar says verified.
class tst_TakeDrop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aGuestDroppedForTenSecondsComesBackWhole();

private:
    QString bannerText() const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AppSettings> m_appSettings;
    std::unique_ptr<MainWindow> m_window;
    TakeView *m_view = nullptr;
    QLabel *m_banner = nullptr;
};

void tst_TakeDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setQuitOnLastWindowClosed(false);
}

void tst_TakeDrop::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->isValid());
    m_appSettings = std::make_unique<AppSettings>(m_server->filePath(u"earshot.ini"_s));
    ServerSettings settings;
    settings.port = 0;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = m_server->filePath(u"recordings"_s);
    m_window = std::make_unique<MainWindow>(m_server->server(), *m_appSettings, settings);
    m_view = m_window->findChild<TakeView *>(u"takeView"_s);
    QVERIFY(m_view);
    m_banner = m_window->findChild<QLabel *>(u"takeAlarmBanner"_s);
    QVERIFY(m_banner);
    m_window->show();
    QVERIFY(m_window->startServer());
}

void tst_TakeDrop::cleanup()
{
    if (m_server->server().isListening())
        QVERIFY(m_server->stop());
    m_window.reset();
    m_appSettings.reset();
    m_server.reset();
}

QString tst_TakeDrop::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void tst_TakeDrop::aGuestDroppedForTenSecondsComesBackWhole()
{
    QString problem;
    QVERIFY2(m_view->createTake(u"Long Distance"_s, &problem), qPrintable(problem));
    const Take take = *m_view->take();
    m_view->findChild<QPushButton *>(u"startTake"_s)->click();
    QTRY_COMPARE(m_server->server().take(take.id)->state, Take::State::Recording);

    TcpRelay relay(m_server->port());
    QVERIFY(relay.listen());
    QUrl url = m_server->wsUrl();
    url.setPort(relay.port());
    ResumingGuest ada(url, take.id, u"Ada"_s);
    ada.start();
    QTRY_VERIFY(ada.streaming());
    QTRY_VERIFY_WITH_TIMEOUT(ada.acked() >= 20 * ChunkBytes, 10000); // 2 s of audio through
    QCOMPARE(bannerText(), QString());
    QSignalSpy alarms(m_view, &TakeView::lostGuestsChanged);

    // The link dies: Ada's connection is reset and she cannot get back for 10 s.
    QElapsedTimer sinceDrop;
    sinceDrop.start();
    relay.cut();
    QTRY_VERIFY_WITH_TIMEOUT(bannerText().contains(u"Ada"_s), 3000);
    qInfo("the banner came %lld ms after the drop", qlonglong(sinceDrop.elapsed()));
    QCOMPARE(m_view->lostGuests(), QStringList { u"Ada"_s });
    QCOMPARE(alarms.size(), 1);
    QCOMPARE(alarms.at(0).at(1).toStringList(), QStringList { u"Ada"_s }); // the tray's news
    const int rows = m_view->findChild<QTableView *>(u"takeGuests"_s)->model()->rowCount();
    QCOMPARE(rows, 1);

    // Ten seconds of real time with no way through; the alarm stays all along.
    QTRY_VERIFY_WITH_TIMEOUT(sinceDrop.elapsed() >= 10000, 12000);
    QVERIFY(!ada.streaming());
    QVERIFY2(bannerText().contains(u"Ada"_s), "the alarm went before the guest came back");
    QCOMPARE(alarms.size(), 1);
    const qint64 heldAtDrop = ada.acked();

    // The link comes back: Ada reconnects, resumes, sends what she made meanwhile; the alarm
    // clears.
    QVERIFY(relay.restore());
    QElapsedTimer sinceRestore;
    sinceRestore.start();
    QTRY_VERIFY_WITH_TIMEOUT(ada.streaming(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(bannerText().isEmpty(), 5000);
    qInfo("resumed and cleared %lld ms after the link came back, %d connections",
        qlonglong(sinceRestore.elapsed()), ada.connections());
    QVERIFY(m_banner->isHidden());
    QCOMPARE(m_view->lostGuests(), QStringList());
    QCOMPARE(alarms.size(), 2);
    QCOMPARE(alarms.at(1).at(0).toStringList(), QStringList());
    QCOMPARE(ada.connections(), 2);
    // The ten seconds she made while away reached the server too.
    QTRY_VERIFY_WITH_TIMEOUT(ada.acked() >= heldAtDrop + 100 * ChunkBytes, 10000);

    // One more second, then she stops, and the host stops the take.
    const qint64 producedBeforeEnd = ada.produced();
    QTRY_VERIFY_WITH_TIMEOUT(ada.produced() >= producedBeforeEnd + 10 * ChunkBytes, 5000);
    ada.finish();
    QTRY_VERIFY_WITH_TIMEOUT(ada.isStopped(), 10000);
    QCOMPARE(ada.stopped().verification, u"verified"_s);
    QVERIFY(m_server->server().setTakeState(take.id, Take::State::Stopped, &problem));
    QCOMPARE(bannerText(), QString());

    // The track: every byte Ada made, in order, and the sidecar says so.
    const QString file = m_server->filePath(u"recordings/"_s + ada.file());
    QVERIFY2(ada.file().startsWith(take.folder), qPrintable(ada.file()));
    const QByteArray bytes = readFile(file);
    QCOMPARE(bytes.size() - WavHeader::Size, ada.produced());
    QCOMPARE(QCryptographicHash::hash(bytes.mid(WavHeader::Size), QCryptographicHash::Sha256),
        ada.sha256());
    const std::optional<WavHeader::Parsed> header = WavHeader::parse(bytes.left(WavHeader::Size));
    QVERIFY(header);
    QCOMPARE(header->dataBytes, ada.produced());
    const std::optional<Sidecar> sidecar
        = Sidecar::load(RecordingPaths::sidecarPath(file), &problem);
    QVERIFY2(sidecar, qPrintable(problem));
    QCOMPARE(sidecar->status, u"complete"_s);
    QCOMPARE(sidecar->verification, u"verified"_s);
    QCOMPARE(sidecar->bytes, ada.produced());
    QCOMPARE(sidecar->producedBytes, ada.produced());
    QCOMPARE(sidecar->take.value(u"guest"_s).toString(), u"Ada"_s);
}

QTEST_MAIN(tst_TakeDrop)
#include "tst_takedrop.moc"
