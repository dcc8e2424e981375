#include "resultexporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
QByteArray csvField(const QJsonValue &value)
{
    QString text;
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble(), 'g', 15);
    else if (value.isBool())
        text = value.toBool() ? u"true"_s : u"false"_s;
    else
        text = QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

QByteArray ResultExporter::toCsv(const QStringList &columns, const QJsonArray &rows)
{
    QByteArray out;
    QList<QByteArray> header;
    for (const QString &c : columns)
        header.append(csvField(c));
    out += header.join(',') + "\r\n";
    for (const QJsonValue &row : rows) {
        QList<QByteArray> fields;
        const QJsonArray cells = row.toArray();
        for (qsizetype i = 0; i < columns.size(); ++i)
            fields.append(csvField(cells.at(i)));
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray ResultExporter::toJson(const QStringList &columns, const QJsonArray &rows)
{
    QJsonArray objects;
    for (const QJsonValue &row : rows) {
        QJsonObject object;
        const QJsonArray cells = row.toArray();
        for (qsizetype i = 0; i < columns.size(); ++i)
            object.insert(columns.at(i), cells.at(i));
        objects.append(object);
    }
    return QJsonDocument(objects).toJson(QJsonDocument::Indented);
}

bool ResultExporter::save(const QString &path, const QStringList &columns, const QJsonArray &rows, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("ResultExporter", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(path.endsWith(".json"_L1, Qt::CaseInsensitive) ? toJson(columns, rows) : toCsv(columns, rows));
    if (!file.commit()) {
        *error = QCoreApplication::translate("ResultExporter", "Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
