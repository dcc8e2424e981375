#include "demoreply.h"

#include "demoqueryengine.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray DemoReply::json() const
{
    if (body.isUndefined() || body.isNull())
        return {};
    return body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
}

DemoReply DemoReply::destroyForbidden()
{
    return {405, QJsonValue(QJsonValue::Undefined)};
}

DemoReply DemoReply::error(int status, const QString &type, const QString &code, const QString &detail, const QString &attr)
{
    return {status, DemoQueryEngine::errorBody(type, code, detail, attr)};
}

DemoReply DemoReply::notFound(const QString &what)
{
    return error(404, u"invalid_request"_s, u"not_found"_s, u"%1 not found."_s.arg(what));
}

DemoReply DemoReply::methodNotAllowed(const QByteArray &method)
{
    return error(405, u"invalid_request"_s, u"method_not_allowed"_s, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(method)));
}

DemoReply DemoReply::badBody()
{
    return error(400, u"validation_error"_s, u"parse_error"_s, u"The body must be a JSON object."_s);
}

DemoReply DemoReply::serverError()
{
    return error(500, u"server_error"_s, u"error"_s, u"A server error occurred."_s);
}
