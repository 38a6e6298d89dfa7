// Not a test: sets up the take view for docs/screenshot-take.png (README, "Recording a take").
// A real server, a take started by the host, two guests streaming tones and one whose connection
// dropped; it saves the window to the path given, stays up for an X screenshot, and quits. With
// "exported" after the path: the guests stop, the host stops the take and clicks Export Aligned,
// and the window is saved once the export has finished.
// Run: xvfb-run -s "-screen 0 1280x800x24" build/tests/app/monitor/take_screenshot out.png
#include <cmath>

#include <QApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

#include "captureserver.h"
#include "common/applanguage.h"
#include "common/appsettings.h"
#include "monitor/mainwindow.h"
#include "monitor/takeview.h"
#include "testclient.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

namespace {

// 100 ms of a 16 kHz tone at `amplitude` (0..1).
QByteArray tone(double amplitude, double hz)
{
    QByteArray bytes(3200, '\0');
    auto *samples = reinterpret_cast<qint16 *>(bytes.data());
    for (int i = 0; i < 1600; ++i)
        samples[i] = qint16(amplitude * 32767 * std::sin(2 * M_PI * hz * i / 16000.0));
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // English as the app speaks it, plurals included ("4 files").
    AppLanguage language;
    language.apply(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = app.arguments().value(1, u"screenshot-take.png"_s);
    const bool exported = app.arguments().value(2) == u"exported"_s;

    TestServer server;
    AppSettings appSettings(server.filePath(u"earshot.ini"_s));
    ServerSettings settings;
    settings.port = 0;
    settings.bindAddress = QHostAddress::LocalHost;
    settings.recordingsDir = server.filePath(u"recordings"_s);
    MainWindow window(server.server(), appSettings, settings);
    window.resize(1200, 720);
    window.show();
    if (!window.startServer())
        return 1;
    auto *view = window.findChild<TakeView *>(u"takeView"_s);
    QString why;
    if (!view->createTake(u"Episode 12"_s, &why))
        return 1;
    window.findChild<QTabWidget *>(u"mainTabs"_s)->setCurrentWidget(view);
    server.server().setTakeState(view->take()->id, Take::State::Recording, &why);

    struct Guest
    {
        QString name;
        double amplitude;
        std::unique_ptr<TestClient> client;
    };
    std::vector<Guest> guests;
    guests.push_back({ u"Ada"_s, 0.5, std::make_unique<TestClient>() });
    guests.push_back({ u"Ben"_s, 0.15, std::make_unique<TestClient>() });
    guests.push_back({ u"Cy"_s, 0.3, std::make_unique<TestClient>() });
    for (Guest &guest : guests) {
        guest.client->open(server.wsUrl());
        guest.client->v1.sendStart(
            u"audio/pcm;rate=16000;channels=1;bits=16"_s, guest.name, false, view->take()->id);
        guest.client->waitFor(u"started"_s);
    }
    QTimer stream;
    QObject::connect(&stream, &QTimer::timeout, &app, [&guests] {
        for (Guest &guest : guests) {
            if (guest.client->socket.state() == QAbstractSocket::ConnectedState)
                guest.client->socket.sendBinaryMessage(tone(guest.amplitude, 440));
        }
    });
    stream.start(100);
    if (exported) {
        QTimer::singleShot(4000, &app, [&] {
            stream.stop();
            for (Guest &guest : guests)
                guest.client->sendStop();
            QString problem;
            server.server().setTakeState(view->take()->id, Take::State::Stopped, &problem);
        });
        QTimer::singleShot(
            5000, &app, [view] { view->findChild<QPushButton *>(u"exportAligned"_s)->click(); });
        QObject::connect(view, &TakeView::exportFinished, &app, [&window, out] {
            QTimer::singleShot(300, &window, [&window, out] { window.grab().save(out); });
        });
        QTimer::singleShot(15000, &app, &QApplication::quit);
        return app.exec();
    }
    // Cy's network drops after a few seconds of audio.
    QTimer::singleShot(4000, &app, [&guests] { guests.at(2).client->socket.abort(); });
    QTimer::singleShot(6000, &app, [&window, out] { window.grab().save(out); });
    QTimer::singleShot(12000, &app, &QApplication::quit);
    return app.exec();
}
