#pragma once

// A real HTTP/1.1 server on 127.0.0.1 for tests: each path answers with a programmed
// status, body and delay (or never), and every request is recorded. Small on purpose:
// one request per connection, "Connection: close".

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace rollcage::test {

class HttpTestServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        int delayMs = 0;
        bool hang = false;          // accept and never answer
        QByteArray location;        // for redirects
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit HttpTestServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, m_port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
    }

    // Keeps the port across close()/listen(), for "the server comes back".
    void rememberPort() { m_port = m_server.serverPort(); }

    void setResponse(const QByteArray &path, const Response &response) { m_routes[path] = response; }
    // Responses served in order for the next requests to `path`; then the route's default.
    void queueResponses(const QByteArray &path, const QList<Response> &responses)
    {
        m_queues[path].append(responses);
    }
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer->size() - headerEnd - 4 < length)
                return; // body still arriving
            request.body = buffer->mid(headerEnd + 4, length);
            disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
            m_requests.append(request);
            Q_EMIT requestReceived();
            respond(socket, request);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void respond(QTcpSocket *socket, const Request &request)
    {
        const QByteArray route = request.path.split('?').value(0);
        Response response = m_routes.value(route, Response{404, "{}", "application/json", 0, false, {}});
        if (!m_queues[route].isEmpty())
            response = m_queues[route].takeFirst();
        if (response.hang)
            return;
        QPointer<QTcpSocket> guard(socket);
        auto send = [guard, response, head = request.method == "HEAD"] {
            if (!guard)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            if (!response.location.isEmpty())
                out += "Location: " + response.location + "\r\n";
            out += "Connection: close\r\n\r\n";
            if (!head)
                out += response.body;
            guard->write(out);
            guard->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, send);
        else
            send();
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QByteArray, Response> m_routes;
    QHash<QByteArray, QList<Response>> m_queues;
    QList<Request> m_requests;
};

} // namespace rollcage::test
