// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellReplay.h"

#include "BenchTiming.h"

#include <QProcess>
#include <QRegularExpression>

namespace stepwise::bench {

namespace {

// A value as an SQL literal, for the shell script only: the benchmark's own measurement, never
// a statement Stepwise runs.
QString literal(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''"))
            + QLatin1Char('\'');
    }
}

} // namespace

void ShellReplay::record(Database& db)
{
    m_statements.clear();
    db.setStatementObserver([this](const QString& sql, const QVariantList& values) {
        m_statements.append({ sql, values });
    });
}

void ShellReplay::stop(Database& db)
{
    db.setStatementObserver({});
}

QString ShellReplay::script() const
{
    QString text = QStringLiteral(".output /dev/null\n.timer on\n");
    for (const auto& [sql, values] : m_statements) {
        QString statement;
        qsizetype next = 0;
        for (const QChar c : sql) {
            if (c == QLatin1Char('?') && next < values.size())
                statement += literal(values.at(next++));
            else
                statement += c;
        }
        text += statement + QStringLiteral(";\n");
    }
    return text;
}

double ShellReplay::medianMs(const QString& path, int runs) const
{
    const QByteArray input = script().toUtf8();
    static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    QList<double> totals;
    for (int i = 0; i < runs; ++i) {
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), path });
        shell.write(input);
        shell.closeWriteChannel();
        if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
            return -1;
        // The timer lines go to standard output, which .output sends nowhere: read both.
        const QString out = QString::fromUtf8(shell.readAllStandardOutput())
            + QString::fromUtf8(shell.readAllStandardError());
        double total = 0;
        for (auto it = real.globalMatch(out); it.hasNext();)
            total += it.next().captured(1).toDouble() * 1000.0;
        totals.append(total);
    }
    return median(totals);
}

} // namespace stepwise::bench
