// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include "io/CsvReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace stepwise::test {

QStringList CliRun::errLines() const
{
    QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

CliSandbox::CliSandbox()
{
    REQUIRE(m_dir.isValid());
}

CliRun CliSandbox::run(const QStringList& arguments, const QProcessEnvironment& extra) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STEPWISE_DB"));
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(STEPWISE_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    // A generous bound against a hung child, not a speed requirement.
    REQUIRE(process.waitForFinished(300'000));
    INFO("stepwise-cli " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    CliRun result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun CliSandbox::on(const QString& database, const QStringList& arguments) const
{
    return run(QStringList { QStringLiteral("--db"), path(database) } + arguments);
}

CliRun CliSandbox::ok(const QString& database, const QStringList& arguments) const
{
    CliRun result = on(database, arguments);
    INFO("stepwise-cli " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                         << result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

QStringList CliSandbox::files() const
{
    return QDir(m_dir.path())
        .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QJsonArray jsonArray(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

QStringList recordNumbers(const QByteArray& json)
{
    QStringList numbers;
    for (const QJsonValue& value : jsonArray(json))
        numbers << value.toObject().value(QStringLiteral("record_number")).toString();
    numbers.sort();
    return numbers;
}

QList<QHash<QString, QString>> csvRows(const QByteArray& csv)
{
    const CsvDocument doc = CsvReader::read(csv);
    REQUIRE(doc.ok());
    REQUIRE(!doc.records.isEmpty());
    const QStringList header = doc.records.first().fields;
    QList<QHash<QString, QString>> rows;
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), doc.records.at(i).fields.value(c));
        rows << row;
    }
    return rows;
}

} // namespace stepwise::test
