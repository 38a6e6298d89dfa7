#include "payloadcheck.h"

#include <memory>
#include <openssl/evp.h>

#include <QFile>

namespace {

// Large reads: the file is read once, mostly from the page cache it was just written through.
constexpr qint64 ReadBlockBytes = 1 << 20;

struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

HeldPayload HeldPayload::ofFile(const QString &path, qint64 offset)
{
    HeldPayload held;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        held.error = file.errorString();
        return held;
    }
    // OpenSSL rather than QCryptographicHash: measured here, 520-570 MB/s against Qt 6.4's 46.
    const std::unique_ptr<EVP_MD_CTX, DigestContextDeleter> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        held.error = QStringLiteral("SHA-256 is not available");
        return held;
    }
    QByteArray block(ReadBlockBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            held.error = file.errorString();
            return held;
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(context.get(), block.constData(), size_t(n));
        total += n;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EVP_DigestFinal_ex(context.get(), digest, &digestLength);
    held.bytes = total;
    held.sha256 = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(digestLength)).toHex());
    return held;
}

HeldPayload HeldPayload::nothing()
{
    return { 0, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        {} };
}

PayloadCheck PayloadCheck::compare(const ProducedTotals &produced, const HeldPayload &held)
{
    PayloadCheck check;
    check.state = State::Mismatch;
    if (!held.error.isEmpty() || held.bytes < 0)
        check.problem = QStringLiteral("the recording could not be read: %1").arg(held.error);
    else if (held.bytes < produced.bytes)
        check.problem
            = QStringLiteral("missing the last %1 bytes").arg(produced.bytes - held.bytes);
    else if (held.bytes > produced.bytes)
        check.problem = QStringLiteral("holds %1 bytes more than the client produced")
                            .arg(held.bytes - produced.bytes);
    else if (held.sha256.compare(produced.sha256, Qt::CaseInsensitive) != 0)
        check.problem = QStringLiteral("content differs");
    else
        check.state = State::Verified;
    return check;
}

QString PayloadCheck::stateName() const
{
    switch (state) {
    case State::Unverified:
        return QStringLiteral("unverified");
    case State::Verified:
        return QStringLiteral("verified");
    case State::Mismatch:
        return QStringLiteral("mismatch");
    }
    return {};
}

PayloadCheck::State PayloadCheck::stateFromName(const QString &name)
{
    if (name == u"verified")
        return State::Verified;
    if (name == u"mismatch")
        return State::Mismatch;
    return State::Unverified;
}
