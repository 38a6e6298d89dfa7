#pragma once

#include <QDialog>

class ApiKeyStore;
class QPushButton;
class QTreeWidget;

/// The API keys (docs/api.md) as the monitor shows them: their names and when they were made,
/// Create (the new key is shown once, with Copy) and Revoke. It edits the key store's file; the
/// running server takes the change up from there (ApiKeyFeed).
class ApiKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysDialog)

public:
    explicit ApiKeysDialog(ApiKeyStore &store, QWidget *parent = nullptr);

    /// Makes a key named `name` and shows it once; false (and a message box) when it cannot.
    bool createKey(const QString &name);
    /// Revokes the key named `name`; false (and a message box) when it cannot.
    bool revokeKey(const QString &name);

private:
    void refresh();
    void askNameAndCreate();
    void revokeSelected();
    void showNewKey(const QString &name, const QString &key);

    ApiKeyStore &m_store;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revokeButton = nullptr;
};
