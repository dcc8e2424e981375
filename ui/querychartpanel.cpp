#include "querychartpanel.h"

#include "chartwidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QueryChartPanel::QueryChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_x(new QComboBox(this))
    , m_series(new QToolButton(this))
    , m_seriesMenu(new QMenu(this))
    , m_breakdown(new QComboBox(this))
    , m_style(new QComboBox(this))
    , m_chart(new ChartWidget(this))
{
    m_x->setObjectName(u"chartXColumn"_s);
    m_x->setAccessibleName(tr("X axis column"));
    m_series->setObjectName(u"chartSeriesButton"_s);
    m_series->setText(tr("Series"));
    m_series->setAccessibleName(tr("Series columns"));
    m_series->setPopupMode(QToolButton::InstantPopup);
    m_series->setMenu(m_seriesMenu);
    m_breakdown->setObjectName(u"chartBreakdownColumn"_s);
    m_breakdown->setAccessibleName(tr("Break down by column"));
    m_style->setObjectName(u"chartStyle"_s);
    m_style->setAccessibleName(tr("Chart style"));
    m_style->addItem(tr("Line"), int(ChartData::Style::Line));
    m_style->addItem(tr("Bar"), int(ChartData::Style::Bar));
    m_style->addItem(tr("Stacked bar"), int(ChartData::Style::Stacked));
    m_style->addItem(tr("Number"), int(ChartData::Style::Number));
    m_chart->setObjectName(u"queryChart"_s);

    auto *x = new QLabel(tr("&X axis:"), this);
    x->setBuddy(m_x);
    auto *breakdown = new QLabel(tr("&Break down by:"), this);
    breakdown->setBuddy(m_breakdown);
    auto *style = new QLabel(tr("St&yle:"), this);
    style->setBuddy(m_style);
    auto *choices = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{x, m_x, m_series, breakdown, m_breakdown, style, m_style})
        choices->addWidget(w);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);

    connect(m_x, &QComboBox::currentIndexChanged, this, &QueryChartPanel::updateChart);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &QueryChartPanel::updateChart);
    connect(m_style, &QComboBox::currentIndexChanged, this, &QueryChartPanel::updateChart);
}

void QueryChartPanel::clear()
{
    setResult({}, {}, {});
}

bool QueryChartPanel::canChart() const
{
    return !m_chart->data().isEmpty();
}

void QueryChartPanel::setResult(const QStringList &columns, const QStringList &types, const QJsonArray &rows)
{
    m_columns = columns;
    m_types = types;
    m_rows = rows;
    int x = -1, breakdown = -1;
    QList<int> values;
    if (!ChartData::guessColumns(types, rows, &x, &values, &breakdown) && rows.size() == 1) {
        const QJsonArray only = rows.first().toArray();
        for (int c = 0; c < only.size() && values.isEmpty(); ++c)
            if (only.at(c).isDouble())
                values.append(c); // one number: "SELECT count() FROM …"
    }
    rebuildChoices();
    choose(x, values, breakdown);
}

void QueryChartPanel::rebuildChoices()
{
    m_updating = true;
    m_x->clear();
    m_breakdown->clear();
    m_seriesMenu->clear();
    m_breakdown->addItem(tr("(none)"), -1);
    for (int c = 0; c < m_columns.size(); ++c) {
        m_x->addItem(m_columns.at(c), c);
        m_breakdown->addItem(m_columns.at(c), c);
        QAction *action = m_seriesMenu->addAction(m_columns.at(c));
        action->setCheckable(true);
        action->setData(c);
        connect(action, &QAction::toggled, this, &QueryChartPanel::updateChart);
    }
    m_updating = false;
}

void QueryChartPanel::choose(int xColumn, const QList<int> &valueColumns, int breakdownColumn)
{
    m_updating = true;
    m_x->setCurrentIndex(m_x->findData(xColumn));
    m_breakdown->setCurrentIndex(qMax(0, m_breakdown->findData(breakdownColumn)));
    for (QAction *action : m_seriesMenu->actions())
        action->setChecked(valueColumns.contains(action->data().toInt()));
    const bool time = ChartData::isTimeType(m_types.value(xColumn));
    m_style->setCurrentIndex(m_style->findData(int(time ? ChartData::Style::Line : ChartData::Style::Bar)));
    if (m_rows.size() == 1 && valueColumns.size() == 1 && xColumn < 0)
        m_style->setCurrentIndex(m_style->findData(int(ChartData::Style::Number)));
    m_updating = false;
    updateChart();
}

void QueryChartPanel::setStyle(ChartData::Style style)
{
    m_style->setCurrentIndex(m_style->findData(int(style)));
}

QList<int> QueryChartPanel::chosenValues() const
{
    QList<int> values;
    for (QAction *action : m_seriesMenu->actions())
        if (action->isChecked())
            values.append(action->data().toInt());
    return values;
}

void QueryChartPanel::updateChart()
{
    if (m_updating)
        return;
    const QList<int> values = chosenValues();
    QStringList names;
    for (int c : values)
        names.append(m_columns.value(c));
    m_series->setText(names.isEmpty() ? tr("Series: none") : tr("Series: %1").arg(names.join(u", "_s)));
    const auto style = ChartData::Style(m_style->currentData().toInt());
    ChartData data;
    if (style == ChartData::Style::Number && !values.isEmpty() && !m_rows.isEmpty()) {
        // The first row's value: what "SELECT count() FROM …" answers.
        const QJsonValue v = m_rows.first().toArray().at(values.first());
        data = ChartData::number(v.isString() ? v.toString().toDouble() : v.toDouble(), m_columns.value(values.first()));
    } else {
        data = ChartData::fromRows(m_columns, m_types, m_rows, m_x->currentData().toInt(), values, m_breakdown->currentData().toInt());
        if (style != ChartData::Style::Number)
            data.style = style;
    }
    m_chart->setData(data);
}
