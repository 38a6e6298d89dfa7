#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>

struct evp_md_ctx_st;

// SHA-256 through OpenSSL's libcrypto, for every byte the bench sends and every file it checks.
// QCryptographicHash in Qt 6.4 hashes with its own portable code, a byte at a time into the block:
// a profile at 500 streams found half of the bench's CPU there, which made the bench, not the
// server, the limit above 1000 streams. libcrypto uses the CPU's SHA instructions.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    // The digest of everything added so far; more may be added after it.
    QByteArray result() const;

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};
