#pragma once

#include <QFrame>

// "Demo workspace: sample data" above the data pages while the offline demo is the active
// workspace, with a way to connect a real account. MainWindow shows it; pages need not know.
class DemoBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoBanner(QWidget *parent = nullptr);

Q_SIGNALS:
    void connectAccountRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
};
