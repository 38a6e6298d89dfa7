#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "common/apikeyfeed.h"
#include "curlcall.h"
#include "monitor/apikeysdialog.h"
#include "testserver.h"

using namespace Qt::StringLiterals;

// The monitor's API Keys dialog with a real server behind it: a key made there is shown once,
// copied, and accepted by the running server at once (through the key store's file); revoked,
// it is refused.
class tst_ApiKeysDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyMadeInTheDialogOpensMetricsUntilRevoked();
};

void tst_ApiKeysDialog::keyMadeInTheDialogOpensMetricsUntilRevoked()
{
    TestServer server;
    ServerSettings settings;
    settings.port = 0;
    settings.recordingsDir = server.filePath(u"recordings"_s);
    settings.tlsEnabled = false;
    settings.speechModelDir.clear();
    QVERIFY(server.start(settings));
    ApiKeyFeed feed(server.server(), server.filePath(u"config/api-keys.json"_s));
    const QString metrics = server.url(u"http"_s, u"/metrics"_s).toString();

    ApiKeysDialog dialog(feed.store());
    dialog.show();
    auto *list = dialog.findChild<QTreeWidget *>(u"apiKeyList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 0);

    // The key is shown in a modal dialog of its own: read it there, copy it, close it.
    QString shown;
    QTimer reader;
    connect(&reader, &QTimer::timeout, this, [&shown, &reader] {
        auto *keyDialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!keyDialog || keyDialog->objectName() != u"newApiKeyDialog"_s)
            return;
        reader.stop();
        shown = keyDialog->findChild<QLineEdit *>(u"newApiKey"_s)->text();
        for (QPushButton *button : keyDialog->findChildren<QPushButton *>()) {
            if (button->text().remove(u'&') == u"Copy"_s)
                button->click();
        }
        keyDialog->reject();
    });
    reader.start(10);
    QVERIFY(dialog.createKey(u"grafana"_s));
    QVERIFY(shown.startsWith(u"esk_"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), shown);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), u"grafana"_s);

    // The running server took the key up from the file.
    QTRY_COMPARE_WITH_TIMEOUT(curlCall(u"GET"_s, metrics, shown.toLatin1()).status, 200, 10000);

    QVERIFY(dialog.revokeKey(u"grafana"_s));
    QCOMPARE(list->topLevelItemCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(curlCall(u"GET"_s, metrics, shown.toLatin1()).status, 401, 10000);
    QVERIFY(server.stop());
}

QTEST_MAIN(tst_ApiKeysDialog)
#include "tst_apikeysdialog.moc"
