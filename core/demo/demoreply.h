#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// One answer of the demo's REST surface: a status and a JSON body, errors in PostHog's shape
// (`{type, code, detail, attr}`, plain English as PostHog words them).
struct DemoReply
{
    int status = 200;
    QJsonValue body;

    QByteArray json() const; // the body, compact; nothing for a reply without one

    static DemoReply error(int status, const QString &type, const QString &code, const QString &detail, const QString &attr = {});
    static DemoReply notFound(const QString &what); // "<what> not found."
    // DRF's MethodNotAllowed: 'Method "PUT" not allowed.'
    static DemoReply methodNotAllowed(const QByteArray &method);
    // ForbidDestroyModel's DELETE (posthog/api/forbid_destroy_model.py): a bare 405, no body.
    static DemoReply destroyForbidden();
    static DemoReply badBody(); // a body that is not a JSON object
    // PostHog's answer to an unexpected failure: never the storage engine's own text.
    static DemoReply serverError();
};
