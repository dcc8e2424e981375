// Rendering a 100 000-row query result for an agent (Markdown within the 8 000-token budget) and
// for a person (the virtualized table model: load, then scroll through every row).
#include "tools/markdownrenderer.h"
#include "ui/queryresultmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTableView>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rowsWanted = 100000;
    QJsonArray rows;
    for (int i = 0; i < rowsWanted; ++i)
        rows.append(QJsonArray{u"2026-11-%1"_s.arg(1 + i % 28, 2, 10, QLatin1Char('0')), u"user-%1@example.com"_s.arg(i), i, i * 0.25});
    const QStringList columns{u"day"_s, u"email"_s, u"n"_s, u"score"_s};

    QElapsedTimer clock;
    clock.start();
    int shown = 0;
    const QString markdown = MarkdownRenderer::queryTable(columns, rows, 32000, &shown);
    const double renderMs = clock.nsecsElapsed() / 1e6;

    QueryResultModel model;
    QTableView view;
    view.resize(1000, 700);
    view.setModel(&model);
    view.show();
    clock.restart();
    model.setResult(columns, {u"Date"_s, u"String"_s, u"Int64"_s, u"Float64"_s}, rows);
    QCoreApplication::processEvents();
    const double loadMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    int frames = 0;
    for (int row = 0; row < rowsWanted; row += 500) {
        view.scrollTo(model.index(row, 0));
        view.viewport()->repaint();
        ++frames;
    }
    const double scrollMs = clock.nsecsElapsed() / 1e6;
    std::printf(
        "{\"markdownMs\": %.2f, \"markdownChars\": %lld, \"rowsInText\": %d, \"modelLoadMs\": %.2f, \"scrollFrames\": %d, \"msPerFrame\": %.3f}\n",
        renderMs, static_cast<long long>(markdown.size()), shown, loadMs, frames, scrollMs / frames);
    return 0;
}
