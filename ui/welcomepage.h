#pragma once

#include <QWidget>

// The first run: what the app does, and the two ways in: connect a PostHog account, or explore
// the offline demo workspace.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectAccountChosen();
    void demoChosen();
};
