#pragma once

#include <QWidget>

class CompanionService;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Connect a PostHog account: API key (masked, never shown again), region, self-hosted URL,
// "Test connection", and the default organization and project.
class ConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPage(CompanionService *service, QWidget *parent = nullptr);
    void refresh();
    void testConnection();

Q_SIGNALS:
    void tested(bool ok);

private:
    void updateUrlVisibility();
    void save();
    void loadProjects(const QString &organizationId);

    CompanionService *m_service;
    QComboBox *m_region;
    QLineEdit *m_url;
    QLabel *m_urlLabel;
    QLineEdit *m_key;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_result;
    QComboBox *m_organization;
    QComboBox *m_project;
    QLabel *m_keySource;
    class QCheckBox *m_allowFile;
};
