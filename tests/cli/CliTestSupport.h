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

// What one run of the real stepwise-cli binary did.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList errLines() const; // stderr split into lines, without the final empty one
    QString outText() const { return QString::fromUtf8(out); }
};

// A temporary folder to run stepwise-cli in. STEPWISE_DB is removed from the environment so
// the tests see only what they pass.
class CliSandbox
{
public:
    CliSandbox();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    CliRun run(const QStringList& arguments, const QProcessEnvironment& extra = {}) const;
    // run() with "--db path(database)" in front.
    CliRun on(const QString& database, const QStringList& arguments) const;
    // Runs and requires exit 0, so setup steps fail loudly.
    CliRun ok(const QString& database, const QStringList& arguments) const;
    QStringList files() const; // names in the folder, sorted

private:
    QTemporaryDir m_dir;
};

// Record numbers of a `participants list --format json` output, sorted.
QStringList recordNumbers(const QByteArray& json);
QJsonArray jsonArray(const QByteArray& json);

// Data rows of a participants CSV as column name -> value maps.
QList<QHash<QString, QString>> csvRows(const QByteArray& csv);

} // namespace stepwise::test
