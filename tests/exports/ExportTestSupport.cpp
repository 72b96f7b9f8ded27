// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportTestSupport.h"

#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace stepwise::exporttest {

Table readWithPython(const QString& path, bool byteOrderMark)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        FAIL("python3 is not on PATH: the export tests read every file back with Python's csv "
             "module. Install python3 (Debian: apt-get install python3) and run them again.");
    QProcess process;
    process.start(python,
        { QStringLiteral(STEPWISE_READ_CSV_SCRIPT), path,
            byteOrderMark ? QStringLiteral("utf-8-sig") : QStringLiteral("utf-8") });
    REQUIRE(process.waitForStarted());
    // A generous bound so that a hung interpreter fails the test instead of the whole run.
    REQUIRE(process.waitForFinished(120000));
    INFO("python3 read_csv.py said: " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isArray());
    Table rows;
    for (const QJsonValue& row : json.array()) {
        QStringList cells;
        for (const QJsonValue& c : row.toArray())
            cells << c.toString();
        rows << cells;
    }
    return rows;
}

Exported exportBoth(Database& db, const QString& dir, CsvTable table, CsvExportOptions options)
{
    static const QByteArray bom("\xEF\xBB\xBF");
    Exported out;
    Table withoutBom;
    for (bool withBom : { false, true }) {
        options.byteOrderMark = withBom;
        auto result = CsvExport::write(db, table, options);
        REQUIRE_OK(result);
        CHECK(result->bytes.startsWith(bom) == withBom);
        const QString path = QDir(dir).filePath(CsvExport::key(table)
            + (withBom ? QStringLiteral("-bom.csv") : QStringLiteral(".csv")));
        test::writeFile(path, result->bytes);
        Table rows = readWithPython(path, withBom);
        REQUIRE(!rows.isEmpty());
        CHECK(rows.first() == CsvExport::columns(table));
        REQUIRE(rows.size() == result->rowCount + 1);
        rows.removeFirst();
        if (withBom) {
            CHECK(rows == withoutBom);
            CHECK(result->rowCount == out.rowCount);
            CHECK(result->bytes.mid(bom.size()) == out.bytes);
        } else {
            withoutBom = rows;
            out.rows = rows;
            out.rowCount = result->rowCount;
            out.bytes = result->bytes;
        }
    }
    return out;
}

void checkRows(const Table& actual, const Table& expected, const QStringList& columns)
{
    REQUIRE(actual.size() == expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        REQUIRE(actual.at(i).size() == columns.size());
        REQUIRE(expected.at(i).size() == columns.size());
        for (qsizetype j = 0; j < columns.size(); ++j) {
            INFO("row " << i + 1 << ", column " << columns.at(j).toStdString());
            CHECK(actual.at(i).at(j) == expected.at(i).at(j));
        }
    }
}

QString cell(const QStringList& row, CsvTable table, const char* column)
{
    const qsizetype index = CsvExport::columns(table).indexOf(QLatin1String(column));
    REQUIRE(index >= 0);
    REQUIRE(index < row.size());
    return row.at(index);
}

Id addParticipant(test::TestDatabase& t, const QString& recordNumber, const QString& lastName,
    const QString& firstName, const QString& preferredName, Id counselor, const QDate& admitted)
{
    Participant p = test::sampleParticipant(recordNumber);
    p.legalLastName = lastName;
    p.legalFirstName = firstName;
    p.preferredName = preferredName;
    p.counselorId = counselor;
    auto settings = SettingsStore(t.db()).load();
    REQUIRE_OK(settings);
    auto id = ParticipantStore(t.db()).add(p, Admission { admitted, settings->intensive, {} });
    REQUIRE_OK(id);
    return id.value();
}

} // namespace stepwise::exporttest
