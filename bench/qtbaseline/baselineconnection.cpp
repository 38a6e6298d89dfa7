#include "baselineconnection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

QString randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(
        reinterpret_cast<quint32 *>(random.data()), bytes / int(sizeof(quint32)));
    return QString::fromLatin1(random.toHex());
}

QByteArray headerBytes(const WavHeader::Format &format, qint64 dataBytes)
{
    const auto header = WavHeader::make(format, quint64(dataBytes));
    return QByteArray(reinterpret_cast<const char *>(header.data()), qsizetype(header.size()));
}

} // namespace

BaselineConnection::BaselineConnection(QWebSocket *socket, const QString &dir, QObject *parent)
    : QObject(parent), m_socket(socket), m_dir(dir)
{
    m_socket->setParent(this);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &BaselineConnection::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &BaselineConnection::onAudio);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        // A connection that ends while recording leaves a playable file behind.
        finishFile();
        deleteLater();
    });
    m_socket->sendTextMessage(uR"({"type":"connection","id":")"_s + randomHex(4)
        + uR"(","protocol":1,"server":"earshot-qtbaseline"})"_s);
}

BaselineConnection::~BaselineConnection()
{
    finishFile();
}

void BaselineConnection::shutDown()
{
    finishFile();
    m_socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    m_socket->flush();
}

void BaselineConnection::onText(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    if (type == u"start"_s)
        startSession(message.value(u"format"_s).toString());
    else if (type == u"stop"_s)
        stopSession();
    else if (type == u"resume"_s)
        sendError(u"unknown_session"_s, u"The Qt baseline does not resume."_s);
    else if (type != u"level"_s)
        sendError(u"unknown_type"_s, u"Unknown message type."_s);
}

void BaselineConnection::onAudio(const QByteArray &bytes)
{
    if (!m_file.isOpen()) {
        sendError(u"expected_start"_s, u"Audio bytes while no session is recording."_s);
        return;
    }
    // Unbuffered: the bytes are the operating system's before the ack says so.
    if (m_file.write(bytes) != bytes.size()) {
        sendError(u"write_error"_s, m_file.errorString());
        finishFile();
        m_socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection);
        return;
    }
    m_bytes += bytes.size();
    ++m_chunks;
    m_socket->sendTextMessage(uR"({"type":"ack","session":")"_s + m_session + uR"(","chunks":)"_s
        + QString::number(m_chunks) + uR"(,"bytes":)"_s + QString::number(m_bytes) + u'}');
}

void BaselineConnection::startSession(const QString &format)
{
    if (m_file.isOpen()) {
        sendError(u"already_recording"_s, u"A session is recording on this connection."_s);
        return;
    }
    m_wavFormat = WavHeader::Format();
    m_wav = WavHeader::parsePcm(format.toStdString(), &m_wavFormat);
    m_session = randomHex(8);
    m_fileName = m_session + (m_wav ? u".wav"_s : u".bin"_s);
    m_file.setFileName(m_dir + u'/' + m_fileName);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)
        || (m_wav && m_file.write(headerBytes(m_wavFormat, 0)) != qint64(WavHeader::bytes))) {
        sendError(u"write_error"_s, m_file.errorString());
        m_file.close();
        return;
    }
    m_bytes = 0;
    m_chunks = 0;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject started { { u"type"_s, u"started"_s }, { u"session"_s, m_session },
        { u"file"_s, m_fileName }, { u"resumeToken"_s, randomHex(16) } };
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(started).toJson(QJsonDocument::Compact)));
}

void BaselineConnection::stopSession()
{
    if (!m_file.isOpen()) {
        sendError(u"not_recording"_s, u"No session is recording on this connection."_s);
        return;
    }
    // No fdatasync, as in the floor: stops fall outside the measured window.
    finishFile();
    const QJsonObject stopped { { u"type"_s, u"stopped"_s }, { u"session"_s, m_session },
        { u"file"_s, m_fileName }, { u"bytes"_s, m_bytes }, { u"chunks"_s, m_chunks },
        { u"durationMs"_s, QDateTime::currentMSecsSinceEpoch() - m_startedMs } };
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(stopped).toJson(QJsonDocument::Compact)));
}

bool BaselineConnection::finishFile()
{
    if (!m_file.isOpen())
        return true;
    bool ok = true;
    if (m_wav) {
        ok = m_file.seek(0)
            && m_file.write(headerBytes(m_wavFormat, m_bytes)) == qint64(WavHeader::bytes);
        if (!ok)
            qWarning("earshot-qtbaseline: %s: header not written", qPrintable(m_fileName));
    }
    m_file.close();
    return ok;
}

void BaselineConnection::sendError(const QString &code, const QString &message)
{
    const QJsonObject error { { u"type"_s, u"error"_s }, { u"code"_s, code },
        { u"message"_s, message } };
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)));
}
