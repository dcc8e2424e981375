#pragma once

#include "democall.h"
#include "demoreply.h"

class DemoDatabase;

// What events and properties the project has seen: /api/projects/{team}/event_definitions/ and
// /property_definitions/ (posthog/api/event_definition.py, property_definition.py).
class DemoDefinitionApi
{
public:
    explicit DemoDefinitionApi(const DemoDatabase &db);

    DemoReply eventDefinitions(const DemoCall &call) const;
    DemoReply propertyDefinitions(const DemoCall &call) const;

private:
    qint64 count(const QString &sql, const QVariantList &binds) const;

    const DemoDatabase &m_db;
};
