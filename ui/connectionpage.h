#pragma once

#include "posthog/posthogconnection.h"

#include <QList>
#include <QWidget>

class CompanionService;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct OrganizationRef;

// Connect a PostHog account: region (Detect by default), self-hosted URL, API key (masked,
// never shown again), "Test connection" (tries the typed key, stores nothing), "Save" (stores it
// only once PostHog accepted it), "Create a key", "Forget key"; then the organization and
// default project, the rule that chose the active project, and the key's scopes.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPage(CompanionService *service, QWidget *parent = nullptr);
    void refresh();
    void testConnection();
    void save();
    void forgetKey();
    // Where "Create a key" leads for the chosen region.
    QUrl createKeyUrl() const;

    static constexpr int DetectRegion = -1; // the region combo's data for "Detect"

Q_SIGNALS:
    void tested(bool ok);
    void saved(bool ok);

private:
    QLayout *buildForm();
    void updateUrlVisibility();
    // The connections the chosen region stands for (two for Detect); empty with `error` set.
    QList<PostHogConnection> candidates(QString *error) const;
    // The key to try: the typed one, or the one in use. Empty with `error` set if refused.
    QString keyToTry(QString *error) const;
    void loadAccount();
    void fillOrganizations(const QList<OrganizationRef> &organizations, const QString &current);
    void loadProjects(const QString &organizationId, bool chosenByPerson);
    void chooseProject(qint64 projectId);
    void showActive();
    void showScopes();
    void showResult(const QString &html, bool error);

    CompanionService *m_service;
    QComboBox *m_region;
    QLineEdit *m_url;
    QLabel *m_urlLabel;
    QLineEdit *m_key;
    QPushButton *m_test;
    QPushButton *m_save;
    QPushButton *m_createKey;
    QPushButton *m_forget;
    QLabel *m_result;
    QComboBox *m_organization;
    QComboBox *m_project;
    QLabel *m_active;
    QLabel *m_scopes;
    QLabel *m_keySource;
    QCheckBox *m_allowFile;
};
