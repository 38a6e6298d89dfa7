#include "apikeysdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "common/apikeystore.h"

using namespace Qt::StringLiterals;

ApiKeysDialog::ApiKeysDialog(ApiKeyStore &store, QWidget *parent) : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("API Keys"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Programs that watch or automate Earshot (Prometheus, scripts) "
                                "use a key for /metrics and /api/v1. A key is shown only when "
                                "it is made; Earshot keeps its SHA-256, not the key."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"apiKeyList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Name"), tr("Made", "API key") });
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    auto *createButton = new QPushButton(tr("&Create…"), this);
    createButton->setObjectName(u"createApiKey"_s);
    m_revokeButton = new QPushButton(tr("&Revoke"), this);
    m_revokeButton->setObjectName(u"revokeApiKey"_s);
    buttons->addWidget(createButton);
    buttons->addWidget(m_revokeButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(createButton, &QPushButton::clicked, this, &ApiKeysDialog::askNameAndCreate);
    connect(m_revokeButton, &QPushButton::clicked, this, &ApiKeysDialog::revokeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
        [this] { m_revokeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
    refresh();
    resize(480, 320);
}

void ApiKeysDialog::refresh()
{
    if (!m_store.load())
        QMessageBox::warning(this, windowTitle(), m_store.errorString());
    m_list->clear();
    for (const ApiKeyStore::Entry &entry : m_store.entries()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.name);
        item->setText(1, QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_revokeButton->setEnabled(!m_list->selectedItems().isEmpty());
}

void ApiKeysDialog::askNameAndCreate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New API Key"),
        tr("Name (who uses it, e.g. prometheus):"), QLineEdit::Normal, {}, &ok);
    if (ok)
        createKey(name.trimmed());
}

bool ApiKeysDialog::createKey(const QString &name)
{
    const std::optional<QString> key = m_store.create(name);
    refresh();
    if (!key) {
        QMessageBox::warning(this, tr("New API Key"), m_store.errorString());
        return false;
    }
    showNewKey(name, *key);
    return true;
}

void ApiKeysDialog::showNewKey(const QString &name, const QString &key)
{
    QDialog shown(this);
    shown.setObjectName(u"newApiKeyDialog"_s);
    shown.setWindowTitle(tr("API Key %1").arg(name));
    auto *layout = new QVBoxLayout(&shown);
    auto *why = new QLabel(tr("Copy the key now: it is not shown again."), &shown);
    layout->addWidget(why);
    auto *field = new QLineEdit(key, &shown);
    field->setObjectName(u"newApiKey"_s);
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(key) + 24);
    layout->addWidget(field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &shown);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(
        copy, &QPushButton::clicked, &shown, [key] { QGuiApplication::clipboard()->setText(key); });
    connect(buttons, &QDialogButtonBox::rejected, &shown, &QDialog::reject);
    shown.exec();
}

void ApiKeysDialog::revokeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const QString name = selected.first()->text(0);
    if (QMessageBox::question(this, tr("Revoke API Key"),
            tr("Revoke the key %1? Programs that use it are refused from now on.").arg(name))
        != QMessageBox::Yes)
        return;
    revokeKey(name);
}

bool ApiKeysDialog::revokeKey(const QString &name)
{
    const bool revoked = m_store.revoke(name);
    if (!revoked)
        QMessageBox::warning(this, tr("Revoke API Key"), m_store.errorString());
    refresh();
    return revoked;
}
