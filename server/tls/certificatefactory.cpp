#include "certificatefactory.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace CertificateFactory {

namespace {

constexpr long AuthorityDays = 3650;
constexpr long ServerDays = 800;

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QString openSslError(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLatin1(buffer));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(length));
}

bool randomSerial(X509 *certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7F; // positive
    BIGNUM *number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate));
    BN_free(number);
    return ok;
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool setName(X509_NAME *name, const QString &commonName)
{
    const QByteArray organization = "Earshot";
    const QByteArray cn = commonName.toUtf8().left(64);
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(organization.constData()), -1, -1, 0)
        && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
}

std::optional<Pem> toPem(X509 *certificate, EVP_PKEY *key, QString *errorString)
{
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), certificate)
        || !PEM_write_bio_PrivateKey(keyBio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)) {
        *errorString = openSslError("PEM encoding");
        return std::nullopt;
    }
    return Pem { bioContents(certBio.get()), bioContents(keyBio.get()) };
}

struct Loaded
{
    CertPtr certificate;
    KeyPtr key;
};

std::optional<Loaded> load(const Pem &pem, QString *errorString)
{
    BioPtr certBio(BIO_new_mem_buf(pem.certificate.constData(), int(pem.certificate.size())));
    BioPtr keyBio(BIO_new_mem_buf(pem.privateKey.constData(), int(pem.privateKey.size())));
    Loaded loaded { CertPtr(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr)),
        KeyPtr(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr)) };
    if (!loaded.certificate || !loaded.key) {
        *errorString = openSslError("reading the authority");
        return std::nullopt;
    }
    return loaded;
}

// A certificate with a fresh key, validity and subject, not yet signed.
std::optional<std::pair<CertPtr, KeyPtr>> newCertificate(
    const QString &commonName, long days, QString *errorString)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    CertPtr certificate(X509_new());
    if (!key || !certificate || X509_set_version(certificate.get(), 2) != 1
        || !randomSerial(certificate.get())
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), days * 24 * 3600)
        || X509_set_pubkey(certificate.get(), key.get()) != 1
        || !setName(X509_get_subject_name(certificate.get()), commonName)) {
        *errorString = openSslError("creating a certificate");
        return std::nullopt;
    }
    return std::make_pair(std::move(certificate), std::move(key));
}

} // namespace

std::optional<Pem> createAuthority(const QString &commonName, QString *errorString)
{
    auto fresh = newCertificate(commonName, AuthorityDays, errorString);
    if (!fresh)
        return std::nullopt;
    auto &[certificate, key] = *fresh;
    X509 *cert = certificate.get();
    if (X509_set_issuer_name(cert, X509_get_subject_name(cert)) != 1
        || !addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(cert, cert, NID_subject_key_identifier, "hash")
        || X509_sign(cert, key.get(), EVP_sha256()) == 0) {
        *errorString = openSslError("signing the authority");
        return std::nullopt;
    }
    return toPem(cert, key.get(), errorString);
}

std::optional<Pem> createServerCertificate(const Pem &authority, const QStringList &dnsNames,
    const QList<QHostAddress> &addresses, QString *errorString)
{
    std::optional<Loaded> issuer = load(authority, errorString);
    if (!issuer)
        return std::nullopt;
    const QString commonName = dnsNames.isEmpty() ? QStringLiteral("localhost") : dnsNames.first();
    auto fresh = newCertificate(commonName, ServerDays, errorString);
    if (!fresh)
        return std::nullopt;
    auto &[certificate, key] = *fresh;
    X509 *cert = certificate.get();

    QStringList alternatives;
    for (const QString &name : dnsNames)
        alternatives.append(QStringLiteral("DNS:") + name);
    for (const QHostAddress &address : addresses)
        alternatives.append(QStringLiteral("IP:") + address.toString());

    if (X509_set_issuer_name(cert, X509_get_subject_name(issuer->certificate.get())) != 1
        || !addExtension(
            cert, issuer->certificate.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert, issuer->certificate.get(), NID_key_usage,
            "critical,digitalSignature,keyAgreement")
        || !addExtension(cert, issuer->certificate.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(
            cert, issuer->certificate.get(), NID_subject_alt_name, alternatives.join(u',').toUtf8())
        || !addExtension(cert, issuer->certificate.get(), NID_authority_key_identifier, "keyid")
        || X509_sign(cert, issuer->key.get(), EVP_sha256()) == 0) {
        *errorString = openSslError("signing the server certificate");
        return std::nullopt;
    }
    return toPem(cert, key.get(), errorString);
}

} // namespace CertificateFactory
