// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <sodium.h>

namespace stepwise::PasswordHasher {

namespace {

// Test builds configured with STEPWISE_TEST_HASH_COST start at libsodium's minimum cost when
// the environment asks, so that each of the processes the tests start does not spend a second
// hashing. Verification always uses the limits stored in the hash, so this changes only new
// hashes; other builds do not contain the check at all.
HashLimits startLimits()
{
#if defined(STEPWISE_TEST_HASH_COST)
    if (qgetenv("STEPWISE_TEST_HASH_COST") == "minimum")
        return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
#endif
    return defaultLimits();
}

QMutex mutex;
HashLimits current = startLimits();
// A hash of 32 random bytes nobody kept, at the default limits, so the first unknown user name
// costs one verify like every later one. Other limits (tests) make their own on first use.
QByteArray dummyHash = QByteArrayLiteral("$argon2id$v=19$m=262144,t=3,p=1$31dZfBFAjTf2tkcWhcO5mQ$"
                                         "+tqFb9/niW5n5KIuBtlfAGm6kHFw7KgFhloF/V6pob4");
HashLimits dummyLimits = defaultLimits();

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

// The UTF-8 bytes, wiped when done so the password does not linger in freed memory.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8())
    { }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

HashLimits defaultLimits()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

HashLimits limits()
{
    QMutexLocker lock(&mutex);
    return current;
}

void setLimits(HashLimits l)
{
    QMutexLocker lock(&mutex);
    current = l;
}

Result<QString> hash(const QString& password)
{
    const HashLimits l = limits();
    if (!ready())
        return Error { ErrorCode::Io,
            QCoreApplication::translate(
                "stepwise::PasswordHasher", "The password library could not start."),
            {}, {} };
    char out[crypto_pwhash_STRBYTES];
    const SecretBytes secret(password);
    if (crypto_pwhash_str(out, secret.data(), secret.size(), l.opsLimit, l.memLimit) != 0)
        return Error { ErrorCode::Io,
            QCoreApplication::translate("stepwise::PasswordHasher",
                "There was not enough memory to protect the password; close other programs "
                "and try again."),
            {}, {} };
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const QString& storedHash)
{
    if (!ready())
        return false;
    const HashLimits l = limits();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), l.opsLimit, l.memLimit) != 0;
}

void spendVerifyTime(const QString& password)
{
    QByteArray dummy;
    {
        QMutexLocker lock(&mutex);
        if (dummyHash.isEmpty() || dummyLimits.opsLimit != current.opsLimit
            || dummyLimits.memLimit != current.memLimit) {
            lock.unlock();
            unsigned char random[32];
            randombytes_buf(random, sizeof random);
            auto made = hash(QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(random), sizeof random).toBase64()));
            lock.relock();
            if (made) {
                dummyHash = made->toLatin1();
                dummyLimits = current;
            }
        }
        dummy = dummyHash;
    }
    (void)verify(QString::fromLatin1(dummy), password);
}

} // namespace stepwise::PasswordHasher
