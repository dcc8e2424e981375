#pragma once

#include <QTreeWidget>

// What a query can name, beside the editor: tables with their columns, the project's events,
// event properties and person properties. Activating a name (double-click, Enter) offers it
// for insertion at the editor's cursor.
class SchemaBrowser : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    struct Column
    {
        QString name;
        QString type;
    };
    void setTable(const QString &table, const QList<Column> &columns);
    void setEvents(const QStringList &events);
    void setEventProperties(const QStringList &properties);
    void setPersonProperties(const QStringList &properties);
    // The names under a top-level section ("Tables", "Events", …), for tests and completion.
    QStringList namesIn(const QString &section) const;

Q_SIGNALS:
    void nameActivated(const QString &text);

private:
    QTreeWidgetItem *section(const QString &title);
    void fill(QTreeWidgetItem *parent, const QStringList &names, const QString &prefix);

    QTreeWidgetItem *m_tables;
    QTreeWidgetItem *m_events;
    QTreeWidgetItem *m_properties;
    QTreeWidgetItem *m_personProperties;
};
