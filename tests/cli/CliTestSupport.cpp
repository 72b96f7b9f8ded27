// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include "demo/DemoGenerator.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace stepwise::test {

namespace {

const char* const SignInVariables[]
    = { "STEPWISE_USER", "STEPWISE_PASSWORD", "STEPWISE_NEW_PASSWORD" };

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("STEPWISE_DB"));
    for (const char* name : SignInVariables)
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

Account leadAccount()
{
    return { QStringLiteral("lead"), QStringLiteral("Quartz-Meadow-Ladder-81") };
}

Account demoAdmin()
{
    return { QString::fromLatin1(DemoGenerator::AdministratorUser),
        QString::fromLatin1(DemoGenerator::Password) };
}

Account demoSupervisor()
{
    return { QString::fromLatin1(DemoGenerator::SupervisorUser),
        QString::fromLatin1(DemoGenerator::Password) };
}

Account demoCounselor()
{
    return { QString::fromLatin1(DemoGenerator::CounselorUser),
        QString::fromLatin1(DemoGenerator::Password) };
}

QString strongPassword(int variant)
{
    const char* const words[] = { "Harbor-Violet-Tundra-", "Copper-Walrus-Basil-",
        "Meteor-Quill-Saffron-", "Lantern-Osprey-Cobalt-" };
    return QString::fromLatin1(words[variant % 4]) + QString::number(37 + variant);
}

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
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("STEPWISE_USER"), m_account.user);
    env.insert(QStringLiteral("STEPWISE_PASSWORD"), m_account.password);
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    return start(arguments, env);
}

CliRun CliSandbox::runWithoutCredentials(const QStringList& arguments) const
{
    return start(arguments, baseEnvironment());
}

CliRun CliSandbox::as(const Account& account, const QString& database, const QStringList& arguments,
    QProcessEnvironment extra) const
{
    extra.insert(QStringLiteral("STEPWISE_USER"), account.user);
    extra.insert(QStringLiteral("STEPWISE_PASSWORD"), account.password);
    return run(QStringList { QStringLiteral("--db"), path(database) } + arguments, extra);
}

CliRun CliSandbox::start(const QStringList& arguments, const QProcessEnvironment& env) const
{
    QProcess process;
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

namespace {

void requireSuccess(const CliRun& run, const QStringList& arguments)
{
    INFO("stepwise-cli " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                         << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

Account addCounselorAccount(const CliSandbox& sandbox, const QString& database)
{
    const Account jordan { QStringLiteral("jreyes"), strongPassword(1) };
    QProcessEnvironment env;
    env.insert(QStringLiteral("STEPWISE_NEW_PASSWORD"), jordan.password);
    const QStringList add { QStringLiteral("--db"), sandbox.path(database), QStringLiteral("staff"),
        QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Jordan Reyes"),
        QStringLiteral("--roles"), QStringLiteral("counselor"), QStringLiteral("--username"),
        jordan.user };
    const CliRun run = sandbox.run(add, env);
    requireSuccess(run, add);
    CHECK(run.outText()
        == QStringLiteral("added Jordan Reyes (Counselor) with the user name jreyes\n"));
    return jordan;
}

void initClinic(const CliSandbox& sandbox, const QString& database)
{
    const Account lead = leadAccount();
    const QStringList init { QStringLiteral("init"), QStringLiteral("--admin-name"),
        QStringLiteral("Riley Lead"), QStringLiteral("--admin-user"), lead.user };
    requireSuccess(sandbox.as(lead, database, init), init);
    const QStringList roles { QStringLiteral("staff"), QStringLiteral("roles"),
        QStringLiteral("--username"), lead.user, QStringLiteral("--roles"),
        QStringLiteral("administrator,supervisor") };
    requireSuccess(sandbox.as(lead, database, roles), roles);
}

void makeDemo(const CliSandbox& sandbox, const QString& database, int participants, int seed)
{
    const QStringList demo { QStringLiteral("demo"), QStringLiteral("--participants"),
        QString::number(participants), QStringLiteral("--seed"), QString::number(seed) };
    requireSuccess(sandbox.on(database, demo), demo);
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
