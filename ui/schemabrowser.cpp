#include "schemabrowser.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace {
constexpr int insertRole = Qt::UserRole + 1;
}

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"schemaBrowser"_s);
    setAccessibleName(tr("Schema: tables, columns, events and properties"));
    setHeaderLabels({tr("Name"), tr("Type")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    setToolTip(tr("Double-click a name to insert it at the cursor."));
    m_tables = section(tr("Tables"));
    m_events = section(tr("Events"));
    m_properties = section(tr("Event properties"));
    m_personProperties = section(tr("Person properties"));
    m_tables->setExpanded(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString text = item->data(0, insertRole).toString();
        if (!text.isEmpty())
            Q_EMIT nameActivated(text);
    });
}

QTreeWidgetItem *SchemaBrowser::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(this, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    return item;
}

void SchemaBrowser::setTable(const QString &table, const QList<Column> &columns)
{
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_tables->childCount() && !item; ++i)
        if (m_tables->child(i)->text(0) == table)
            item = m_tables->child(i);
    if (!item)
        item = new QTreeWidgetItem(m_tables, {table});
    item->setData(0, insertRole, table);
    qDeleteAll(item->takeChildren());
    for (const Column &column : columns) {
        auto *child = new QTreeWidgetItem(item, {column.name, column.type});
        child->setData(0, insertRole, column.name);
    }
}

void SchemaBrowser::fill(QTreeWidgetItem *parent, const QStringList &names, const QString &prefix)
{
    qDeleteAll(parent->takeChildren());
    for (const QString &name : names) {
        auto *item = new QTreeWidgetItem(parent, {name});
        // A name HogQL cannot take bare ("$browser version") is quoted with backticks.
        const bool plain = !name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('-'));
        item->setData(0, insertRole, prefix.isEmpty() ? u"'%1'"_s.arg(name) : prefix + (plain ? name : u"`%1`"_s.arg(name)));
    }
    parent->setText(1, QString::number(names.size()));
}

void SchemaBrowser::setEvents(const QStringList &events)
{
    fill(m_events, events, {});
}

void SchemaBrowser::setEventProperties(const QStringList &properties)
{
    fill(m_properties, properties, u"properties."_s);
}

void SchemaBrowser::setPersonProperties(const QStringList &properties)
{
    fill(m_personProperties, properties, u"person.properties."_s);
}

QStringList SchemaBrowser::namesIn(const QString &sectionTitle) const
{
    QStringList names;
    for (int s = 0; s < topLevelItemCount(); ++s) {
        const QTreeWidgetItem *top = topLevelItem(s);
        if (top->text(0) != sectionTitle)
            continue;
        for (int i = 0; i < top->childCount(); ++i) {
            names.append(top->child(i)->text(0));
            for (int c = 0; c < top->child(i)->childCount(); ++c)
                names.append(top->child(i)->text(0) + QLatin1Char('.') + top->child(i)->child(c)->text(0));
        }
    }
    return names;
}
