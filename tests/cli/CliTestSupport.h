// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "{ " + l.join(QStringLiteral(" | ")).toStdString() + " }";
    }
};
} // namespace Catch

namespace stepwise::test {

// Someone stepwise-cli signs in as, through STEPWISE_USER and STEPWISE_PASSWORD.
struct Account
{
    QString user;
    QString password;
};

// The first administrator initClinic() makes (also holding Supervisor, so it can import and
// list participants), and the documented demo accounts.
Account leadAccount();
Account demoAdmin();
Account demoSupervisor();
Account demoCounselor();
// A password the policy accepts, for new accounts in tests.
QString strongPassword(int variant = 0);

// What one run of the real stepwise-cli binary did.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const; // stderr split into lines, without the final empty one
    QString outText() const { return QString::fromUtf8(out); }
};

// A temporary folder to run stepwise-cli in. STEPWISE_DB and the sign-in variables are removed
// from the environment so the tests see only what they pass; every run signs in as the
// sandbox's account (leadAccount() unless changed) unless told not to.
class CliSandbox
{
public:
    CliSandbox();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    void signInAs(const Account& account) { m_account = account; }
    const Account& account() const { return m_account; }
    CliRun run(const QStringList& arguments, const QProcessEnvironment& extra = {}) const;
    // Without STEPWISE_USER and STEPWISE_PASSWORD, and with stdin not a terminal.
    CliRun runWithoutCredentials(const QStringList& arguments) const;
    // on() as someone else than the sandbox's account.
    CliRun as(const Account& account, const QString& database, const QStringList& arguments,
        QProcessEnvironment extra = {}) const;
    // run() with "--db path(database)" in front.
    CliRun on(const QString& database, const QStringList& arguments) const;
    // Runs and requires exit 0, so setup steps fail loudly.
    CliRun ok(const QString& database, const QStringList& arguments) const;
    QStringList files() const; // names in the folder, sorted

private:
    CliRun start(const QStringList& arguments, const QProcessEnvironment& env) const;
    QTemporaryDir m_dir;
    Account m_account = leadAccount();
};

// A command line from C strings.
QStringList args(std::initializer_list<const char*> list);

// `staff add --username` as the sandbox's account: Jordan Reyes, a counselor, user name jreyes,
// with strongPassword(1); REQUIREs success.
Account addCounselorAccount(const CliSandbox& sandbox, const QString& database);

// `init` with leadAccount() as the first administrator, who then also takes the Supervisor
// role (an administrator alone may not see participants).
void initClinic(const CliSandbox& sandbox, const QString& database);
// `demo` with these numbers; REQUIREs success.
void makeDemo(const CliSandbox& sandbox, const QString& database, int participants, int seed);

// Record numbers of a `participants list --format json` output, sorted.
QStringList recordNumbers(const QByteArray& json);
QJsonArray jsonArray(const QByteArray& json);

// Data rows of a participants CSV as column name -> value maps.
QList<QHash<QString, QString>> csvRows(const QByteArray& csv);

} // namespace stepwise::test
