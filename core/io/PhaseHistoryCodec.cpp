// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseHistoryCodec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stepwise::PhaseHistoryCodec {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::PhaseHistoryCodec", text);
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

Error refused(int entry, const QString& reason)
{
    return Error::validation({ { QLatin1String(Field),
        tr("Entry %1: %2 Write the phases in order as PHASE yyyy-MM-dd, separated by \";\" "
           "(for example \"intensive 2026-06-03; step_down 2026-08-19\").")
            .arg(entry)
            .arg(reason) } });
}

// Strict yyyy-MM-dd: QDate::fromString(Qt::ISODate) alone also takes a trailing time.
QDate strictDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

QString encode(const QList<Phase>& phases)
{
    QStringList entries;
    for (const Phase& phase : phases)
        entries << storageKey(phase.kind) + QLatin1Char(' ') + isoDate(phase.startDate);
    return entries.join(QStringLiteral("; "));
}

Result<QList<Entry>> decode(const QString& text, const QDate& admission)
{
    QList<Entry> entries;
    for (const QString& raw : text.split(QLatin1Char(';'))) {
        const QString item = raw.simplified();
        if (item.isEmpty())
            continue;
        const int number = int(entries.size()) + 1;
        // The date is the last word, so a label with a space ("Step down") still reads.
        const qsizetype space = item.lastIndexOf(QLatin1Char(' '));
        if (space < 0)
            return refused(number, tr("\"%1\" needs a phase and the date it began.").arg(item));
        const QString kindText = item.left(space);
        const QString dateText = item.mid(space + 1);
        const auto kind = parsePhaseKind(kindText);
        if (!kind)
            return refused(number,
                tr("\"%1\" is not a phase (intensive, step_down or aftercare).").arg(kindText));
        const QDate start = strictDate(dateText);
        if (!start.isValid())
            return refused(number, tr("\"%1\" is not a date written as yyyy-MM-dd.").arg(dateText));

        if (entries.isEmpty()) {
            // Every episode begins in the intensive phase on the admission day.
            if (*kind != PhaseKind::Intensive || start != admission)
                return refused(number,
                    tr("the history must begin with intensive on the admission date (%1).")
                        .arg(admission.isValid() ? isoDate(admission) : tr("not given")));
        } else {
            const Entry& previous = entries.last();
            if (*kind == previous.kind)
                return refused(number,
                    tr("%1 follows %1; a phase can only be followed by a different one.")
                        .arg(storageKey(*kind)));
            if (start <= previous.start)
                return refused(number,
                    tr("it begins on %1, which is not after the phase before it (%2 from %3).")
                        .arg(isoDate(start), storageKey(previous.kind), isoDate(previous.start)));
        }
        entries.append({ *kind, start });
    }
    return entries;
}

} // namespace stepwise::PhaseHistoryCodec
