#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

// A parsed HTTP request, independent of the Qt HTTP server version that produced it.
struct HttpRequest
{
    QByteArray method; // upper case: "GET", "POST", ...
    QUrl url;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    // First value of a header, name compared case-insensitively, surrounding white space removed.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Every value of a header (a header may be repeated).
    QList<QByteArray> headerValues(QByteArrayView name) const;
};
