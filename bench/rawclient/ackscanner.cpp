#include "ackscanner.h"

namespace {

// Beyond this a JSON number is a double that may have lost digits; ServerReply decides then.
constexpr int maxDigits = 15;

class Cursor
{
public:
    explicit Cursor(QByteArrayView text) : m_at(text.data()), m_end(text.data() + text.size()) { }

    bool atEnd() const { return m_at == m_end; }
    char peek() const { return m_at < m_end ? *m_at : '\0'; }
    void skip() { ++m_at; }
    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
    }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }

    // A string without escapes; nullopt for anything else.
    std::optional<QByteArrayView> string()
    {
        if (!take('"'))
            return std::nullopt;
        const char *start = m_at;
        while (m_at < m_end && *m_at != '"') {
            if (*m_at == '\\')
                return std::nullopt;
            ++m_at;
        }
        if (m_at == m_end)
            return std::nullopt;
        return QByteArrayView(start, m_at++ - start);
    }

    // A whole number as JSON writes it (no leading zeros, no fraction, no exponent).
    std::optional<qint64> integer()
    {
        const bool negative = take('-');
        const char *start = m_at;
        qint64 value = 0;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
            if (m_at - start == maxDigits)
                return std::nullopt;
            value = value * 10 + (*m_at++ - '0');
        }
        const qsizetype digits = m_at - start;
        if (digits == 0 || (digits > 1 && *start == '0'))
            return std::nullopt;
        if (peek() == '.' || peek() == 'e' || peek() == 'E')
            return std::nullopt;
        return negative ? -value : value;
    }

    bool literal()
    {
        for (const QByteArrayView word :
            { QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null") }) {
            if (QByteArrayView(m_at, m_end - m_at).startsWith(word)) {
                m_at += word.size();
                return true;
            }
        }
        return false;
    }

private:
    const char *m_at;
    const char *m_end;
};

} // namespace

std::optional<qint64> AckScanner::bytes(QByteArrayView text)
{
    Cursor cursor(text);
    cursor.skipSpace();
    if (!cursor.take('{'))
        return std::nullopt;
    bool typeSeen = false;
    bool isAck = false;
    std::optional<qint64> bytes;
    do {
        cursor.skipSpace();
        const auto key = cursor.string();
        cursor.skipSpace();
        if (!key || !cursor.take(':'))
            return std::nullopt;
        cursor.skipSpace();
        const bool isType = *key == "type";
        const bool isBytes = *key == "bytes";
        // A repeated key is for the real parser to settle.
        if ((isType && typeSeen) || (isBytes && bytes))
            return std::nullopt;
        if (cursor.peek() == '"') {
            const auto value = cursor.string();
            if (!value || isBytes)
                return std::nullopt;
            if (isType) {
                typeSeen = true;
                isAck = *value == "ack";
            }
        } else if (cursor.peek() == '-' || (cursor.peek() >= '0' && cursor.peek() <= '9')) {
            const auto value = cursor.integer();
            if (!value || isType)
                return std::nullopt;
            if (isBytes)
                bytes = value;
        } else if (isType || isBytes || !cursor.literal()) {
            return std::nullopt;
        }
        cursor.skipSpace();
    } while (cursor.take(','));
    if (!cursor.take('}'))
        return std::nullopt;
    cursor.skipSpace();
    if (!cursor.atEnd() || !isAck || !bytes)
        return std::nullopt;
    return bytes;
}
