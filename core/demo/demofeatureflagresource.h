#pragma once

#include "demorestresource.h"

// /api/projects/{team}/feature_flags/ (posthog/api/feature_flag.py): keys unique per project
// among flags not deleted; a deleted flag stays readable by id.
class DemoFeatureFlagResource : public DemoRestResource
{
public:
    explicit DemoFeatureFlagResource(const DemoDatabase &db);

    DemoReply list(const DemoCall &call) const override;

    // The flag as experiments and surveys embed it (MinimalFeatureFlagSerializer,
    // posthog/api/feature_flag.py); empty when there is no such flag.
    static QJsonObject minimal(const DemoDatabase &db, qint64 flagId);

protected:
    QJsonObject detail(qint64 id) const override;
    std::optional<DemoReply> validate(const DemoCall &call, const QJsonObject &body, qint64 id) const override;
    Columns insertColumns(const DemoCall &call, const QJsonObject &body) const override;
    bool deletedReadable() const override { return true; }

private:
    bool keyTaken(qint64 team, const QString &key, qint64 except) const;
};
