// The bytes a connection sends before it is a WebSocket: where the head ends
// (HttpRequest::headLength), what it says (HttpRequest::parse), and the response HttpResponder
// builds from it, paired or not. A response is one well-formed head (no line a client could
// inject), the security headers, a Content-Length that is the body's; an unpaired client never
// gets the page or the status.

#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QList>

#include "fuzzcheck.h"
#include "net/httprequest.h"
#include "net/httpresponder.h"
#include "session/statsboard.h"

namespace {

struct Fixture
{
    Fixture()
    {
        QFile page(QStringLiteral(":/web/index.html"));
        FUZZ_CHECK(page.open(QIODevice::ReadOnly));
        indexHtml = page.readAll();
        uptime.start();
    }

    QByteArray indexHtml;
    QElapsedTimer uptime;
    std::shared_ptr<StatsBoard> board = std::make_shared<StatsBoard>();
    HttpResponder responder { board, uptime, "-----BEGIN CERTIFICATE-----\n" };
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

bool isHeaderName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'))
            return false;
    }
    return true;
}

void checkResponse(const QByteArray &response, bool headOnly, bool paired)
{
    const qsizetype headEnd = response.indexOf("\r\n\r\n");
    FUZZ_CHECK(headEnd > 0);
    const QByteArray head = response.left(headEnd);
    const QByteArray body = response.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    FUZZ_CHECK(lines.first().startsWith("HTTP/1.1 ") && lines.first().size() > 13);

    QByteArray contentLength;
    QByteArray policy;
    int securityHeaders = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        // Every line ends in CRLF and holds no other CR: nothing of the request splits it.
        if (i + 1 < lines.size()) {
            FUZZ_CHECK(line.endsWith('\r'));
            line.chop(1);
        }
        FUZZ_CHECK(!line.contains('\r'));
        if (i == 0)
            continue;
        const qsizetype colon = line.indexOf(": ");
        FUZZ_CHECK(colon > 0 && isHeaderName(line.left(colon)));
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 2);
        if (name == "Content-Length")
            contentLength = value;
        else if (name == "Content-Security-Policy")
            policy = value;
        securityHeaders += (name == "X-Frame-Options" && value == "DENY")
            + (name == "X-Content-Type-Options" && value == "nosniff")
            + (name == "Referrer-Policy" && value == "no-referrer");
    }
    FUZZ_CHECK(securityHeaders == 3);
    FUZZ_CHECK(policy.endsWith("frame-ancestors 'none'"));
    if (headOnly)
        FUZZ_CHECK(body.isEmpty());
    else
        FUZZ_CHECK(contentLength == QByteArray::number(body.size()));
    if (!paired) {
        FUZZ_CHECK(body != fixture().indexHtml);
        FUZZ_CHECK(!body.contains("\"uptimeMs\""));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // WebStrings translates through QTranslator, which wants an application.
    static QCoreApplication app(*argc, *argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // What ConnectionIntake peeks: at most one byte over the largest head it accepts.
    const QByteArray buffer(reinterpret_cast<const char *>(data),
        qsizetype(std::min<size_t>(size, HttpRequest::MaxHeadBytes + 1)));
    const qsizetype headLength = HttpRequest::headLength(buffer);
    if (headLength < 0) {
        FUZZ_CHECK(!buffer.contains("\r\n\r\n"));
        return 0;
    }
    FUZZ_CHECK(headLength >= 4 && headLength <= buffer.size());
    FUZZ_CHECK(buffer.indexOf("\r\n\r\n") == headLength - 4);

    const std::optional<HttpRequest> request = HttpRequest::parse(buffer.left(headLength));
    if (!request)
        return 0;
    const bool headOnly = request->method == "HEAD";
    checkResponse(fixture().responder.respond(*request, true), headOnly, true);
    checkResponse(fixture().responder.respond(*request, false), headOnly, false);
    return 0;
}
