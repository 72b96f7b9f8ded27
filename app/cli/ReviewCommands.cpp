// SPDX-License-Identifier: GPL-3.0-or-later
// review: the supervisors' caseload review (issue 8) as a table, CSV or JSON, or with --flag the
// participants behind one of its counts. reassign: moves participants to a counselor's caseload.
#include "Command.h"
#include "SignIn.h"
#include "TextTable.h"
#include "common/Clock.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "reports/OutcomeExport.h"
#include "storage/DashboardQuery.h"
#include "storage/OutcomeQuery.h"
#include "storage/ParticipantStore.h"
#include "storage/ReassignmentStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stepwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise-cli", text);
}

const QString FormatOption = QStringLiteral("format");
const QString FlagOption = QStringLiteral("flag");
const QString CounselorOption = QStringLiteral("counselor");
const QString ToOption = QStringLiteral("to");
const QString ReasonOption = QStringLiteral("reason");
const QString FromOption = QStringLiteral("from");
const QString PhaseOption = QStringLiteral("phase");
const QString FocusOption = QStringLiteral("focus");
const QString OutOption = QStringLiteral("out");

QString lineName(const CounselorLoad& load, bool total)
{
    if (total)
        return tr("All counselors");
    return load.counselorId == 0 ? tr("Nobody's caseload") : load.name;
}

// The counts: a line per counselor, then the total.
QStringList countHeader()
{
    QStringList h { QStringLiteral("counselor"), QStringLiteral("in_care") };
    for (PhaseKind p : allValues<PhaseKind>())
        h << storageKey(p);
    h << QStringLiteral("any_flag");
    for (CaseloadFlag f : allValues<CaseloadFlag>())
        h << storageKey(f);
    return h;
}

QStringList countCells(const CounselorLoad& load, bool total)
{
    QStringList cells { lineName(load, total), QString::number(load.inCare) };
    for (PhaseKind p : allValues<PhaseKind>())
        cells << QString::number(load.count(p));
    cells << QString::number(load.flagged);
    for (CaseloadFlag f : allValues<CaseloadFlag>())
        cells << QString::number(load.count(f));
    return cells;
}

QByteArray counts(const Dashboard& d, const QString& format)
{
    QList<std::pair<const CounselorLoad*, bool>> lines;
    for (const CounselorLoad& l : d.loads())
        lines.append({ &l, false });
    lines.append({ &d.total(), true });
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto& [load, total] : lines) {
            const QStringList header = countHeader();
            const QStringList cells = countCells(*load, total);
            QJsonObject o;
            o.insert(header.first(), total ? QJsonValue() : QJsonValue(cells.first()));
            o.insert(QStringLiteral("counselor_id"),
                total ? QJsonValue() : QJsonValue(load->counselorId));
            for (qsizetype i = 1; i < header.size(); ++i)
                o.insert(header.at(i), cells.at(i).toInt());
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("csv")) {
        CsvWriter writer;
        writer.addRecord(countHeader());
        for (const auto& [load, total] : lines)
            writer.addRecord(countCells(*load, total));
        return writer.data();
    }
    QList<TextTable::Column> columns;
    for (const QString& h : countHeader())
        columns.append({ h, columns.isEmpty() ? TextTable::Align::Left : TextTable::Align::Right });
    TextTable table(columns);
    for (const auto& [load, total] : lines)
        table.addRow(countCells(*load, total));
    return table.render().toUtf8();
}

QByteArray list(
    const QList<DashboardEntry>& entries, const QHash<Id, QString>& names, const QString& format)
{
    const QStringList header { QStringLiteral("record_number"), QStringLiteral("name"),
        QStringLiteral("counselor"), QStringLiteral("phase"), QStringLiteral("days_in_phase"),
        QStringLiteral("flags") };
    const auto cells = [&names](const DashboardEntry& e) {
        QStringList flags;
        for (CaseloadFlag f : allValues<CaseloadFlag>()) {
            if (e.flags.has(f))
                flags << storageKey(f);
        }
        return QStringList { e.recordNumber, e.name, names.value(e.counselorId),
            storageKey(e.phase), QString::number(e.daysInPhase), flags.join(QLatin1Char(';')) };
    };
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const DashboardEntry& e : entries) {
            const QStringList c = cells(e);
            QJsonObject o;
            o.insert(header.at(0), c.at(0));
            o.insert(header.at(1), c.at(1));
            o.insert(header.at(2), c.at(2));
            o.insert(header.at(3), c.at(3));
            o.insert(header.at(4), e.daysInPhase);
            o.insert(header.at(5),
                QJsonArray::fromStringList(
                    c.at(5).isEmpty() ? QStringList() : c.at(5).split(QLatin1Char(';'))));
            array.append(o);
        }
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    if (format == QLatin1String("csv")) {
        CsvWriter writer;
        writer.addRecord(header);
        for (const DashboardEntry& e : entries)
            writer.addRecord(cells(e));
        return writer.data();
    }
    TextTable table({ { header.at(0) }, { header.at(1) }, { header.at(2) }, { header.at(3) },
        { header.at(4), TextTable::Align::Right }, { header.at(5) } });
    for (const DashboardEntry& e : entries)
        table.addRow(cells(e));
    return table.render().toUtf8();
}

int review(Console& console, const Invocation& invocation)
{
    const QString format = invocation.isSet(FormatOption) ? invocation.value(FormatOption).toLower()
                                                          : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json"))
        return console.usage(tr("--format expects table, csv or json, not '%1'")
                                 .arg(invocation.value(FormatOption)));
    std::optional<CaseloadFlag> flag;
    bool anyFlag = false;
    if (invocation.isSet(FlagOption)) {
        const QString key = invocation.value(FlagOption).trimmed().toLower();
        anyFlag = key == QLatin1String("any");
        flag = parseCaseloadFlag(key);
        if (!flag && !anyFlag && key != QLatin1String("none")) {
            QStringList keys { QStringLiteral("any"), QStringLiteral("none") };
            for (CaseloadFlag f : allValues<CaseloadFlag>())
                keys << storageKey(f);
            return console.usage(
                tr("--flag expects one of %1, not '%2'").arg(keys.join(QStringLiteral(", ")), key));
        }
    }
    if (invocation.isSet(CounselorOption) && !invocation.isSet(FlagOption))
        return console.usage(tr("--counselor lists participants: give --flag as well (none for "
                                "everyone in care)"));

    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        auto d = DashboardQuery::load(db, Clock::instance().today());
        if (!d)
            return console.fail(d.error());
        if (!invocation.isSet(FlagOption)) {
            console.write(counts(*d, format));
            return int(Success);
        }
        DashboardSelection selection;
        selection.flag = flag;
        selection.flaggedOnly = anyFlag;
        if (invocation.isSet(CounselorOption)) {
            const auto counselor = staffNamed(console, db, invocation.value(CounselorOption));
            if (!counselor)
                return int(Failed);
            selection.counselorId = counselor->id;
        }
        QHash<Id, QString> names;
        for (const CounselorLoad& l : d->loads())
            names.insert(l.counselorId, l.name);
        console.write(list(d->select(selection), names, format));
        return int(Success);
    });
}

int reassign(Console& console, const Invocation& invocation)
{
    if (!invocation.isSet(ToOption))
        return console.usage(tr("reassign needs --to, the receiving counselor's name"));
    QStringList records;
    for (const QString& r : invocation.arguments().value(0).split(QLatin1Char(','))) {
        if (!r.trimmed().isEmpty())
            records << r.trimmed();
    }
    if (records.isEmpty())
        return console.usage(tr("reassign needs the participants' record numbers"));
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        const auto counselor = staffNamed(console, db, invocation.value(ToOption));
        if (!counselor)
            return int(Failed);
        QList<Id> ids;
        for (const QString& record : std::as_const(records)) {
            auto id = ParticipantStore(db).findByRecordNumber(record);
            if (!id)
                return console.fail(id.error());
            if (!id->has_value())
                return console.fail(
                    tr("there is no participant with the record number '%1'; nobody was moved")
                        .arg(record));
            ids.append(**id);
        }
        auto moved
            = ReassignmentStore(db).reassign(ids, counselor->id, invocation.value(ReasonOption));
        if (!moved)
            return console.fail(moved.error());
        console.print(*moved == 1
                ? tr("moved 1 participant to %1").arg(counselor->name)
                : tr("moved %1 participants to %2").arg(*moved).arg(counselor->name));
        return int(Success);
    });
}

int outcomes(Console& console, const Invocation& invocation)
{
    const QString format = invocation.isSet(FormatOption) ? invocation.value(FormatOption).toLower()
                                                          : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("pdf"))
        return console.usage(
            tr("--format expects table, csv or pdf, not '%1'").arg(invocation.value(FormatOption)));
    const bool pdf = format == QLatin1String("pdf");
    const QString out = invocation.value(OutOption);
    if (pdf && out.isEmpty())
        return console.usage(tr("--format pdf needs --out FILE"));
    if (pdf && !outputFree(console, out))
        return Failed;
    const auto size = pageSize(console, invocation);
    if (!size)
        return UsageError;
    OutcomeFilter filter;
    const auto from = dateOption(console, invocation, FromOption);
    if (!from)
        return UsageError;
    const auto to = dateOption(console, invocation, ToOption);
    if (!to)
        return UsageError;
    filter.from = *from;
    filter.to = *to;
    if (invocation.isSet(PhaseOption)) {
        filter.phase = parsePhaseKind(invocation.value(PhaseOption).trimmed().toLower());
        if (!filter.phase)
            return console.usage(tr("--phase expects intensive, step_down or aftercare, not '%1'")
                                     .arg(invocation.value(PhaseOption)));
    }
    if (invocation.isSet(FocusOption)) {
        filter.focus = parsePrimaryFocus(invocation.value(FocusOption).trimmed().toLower());
        if (!filter.focus)
            return console.usage(tr("--focus expects substance_use, mental_health or "
                                    "co_occurring, not '%1'")
                                     .arg(invocation.value(FocusOption)));
    }
    return runSignedIn(console, invocation, [&](Database& db, SignIn&) {
        QString counselorName;
        if (invocation.isSet(CounselorOption)) {
            const auto counselor = staffNamed(console, db, invocation.value(CounselorOption));
            if (!counselor)
                return int(Failed);
            filter.counselorId = counselor->id;
            counselorName = counselor->name;
        }
        auto computed = OutcomeQuery::compute(db, filter, Clock::instance().today());
        if (!computed)
            return console.fail(computed.error());
        if (pdf) {
            // main() makes a QGuiApplication for "outcomes --format pdf"; another spelling of
            // the option may slip past it, and laying out pages without one would abort.
            if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
                return console.fail(tr("write the PDF with --format pdf"));
            const auto pages = OutcomeExport::writePdf(db, *computed, counselorName, out, *size);
            if (!pages)
                return console.fail(pages.error());
            console.print(*pages == 1 ? tr("wrote %1: 1 page").arg(out)
                                      : tr("wrote %1: %2 pages").arg(out).arg(*pages));
            return int(Success);
        }
        auto csv = OutcomeQuery::exportCsv(db, *computed, counselorName);
        if (!csv)
            return console.fail(csv.error());
        if (format == QLatin1String("csv")) {
            console.write(*csv);
            return int(Success);
        }
        // The table is the CSV's lines, aligned for a terminal.
        TextTable table({ { QStringLiteral("measure") }, { QStringLiteral("detail") },
            { QStringLiteral("value"), TextTable::Align::Right } });
        const CsvDocument doc = CsvReader::read(*csv);
        for (qsizetype i = 1; i < doc.records.size(); ++i)
            table.addRow(doc.records.at(i).fields);
        console.write(table.render().toUtf8());
        return int(Success);
    });
}

QString reviewDetails()
{
    QStringList keys;
    for (CaseloadFlag f : allValues<CaseloadFlag>())
        keys << storageKey(f);
    return QLatin1Char('\n')
        + wrapWords(tr("A line per counselor, then nobody's caseload and the total: the "
                       "participants in care by phase, how many carry any flag, and how many "
                       "carry each: %1 (docs/supervision.md says when each is on). With --flag, "
                       "the participants behind one count instead: a flag's key, any (at least "
                       "one flag) or none (everyone in care); --counselor narrows them to one "
                       "caseload.")
                        .arg(keys.join(QStringLiteral(", "))))
        + wrapWords(tr("Supervisors only. Exit status: 0 printed; 1 refused or failed; 2 the "
                       "command line is wrong."));
}

} // namespace

QList<Command> reviewCommands()
{
    return {
        { { QStringLiteral("review") },
            tr("The supervisors' caseload review: flags per counselor, or the participants "
               "behind one count."),
            {
                { QStringList { FlagOption },
                    tr("List the participants with this flag (a key, any or none)."), tr("FLAG") },
                { QStringList { CounselorOption }, tr("With --flag: only this counselor's."),
                    tr("NAME") },
                { QStringList { FormatOption }, tr("table (default), csv or json."), tr("FORMAT") },
            },
            {}, review, true, reviewDetails() },
        { { QStringLiteral("outcomes") },
            tr("Program outcomes of a period: admissions, discharges, completion, length of "
               "stay, retention, attendance, PHQ-9/GAD-7 change."),
            {
                { QStringList { FromOption }, tr("First day of the period (YYYY-MM-DD)."),
                    tr("DATE") },
                { QStringList { ToOption }, tr("Last day of the period (YYYY-MM-DD)."),
                    tr("DATE") },
                { QStringList { PhaseOption }, tr("Only episodes with time in this phase."),
                    tr("PHASE") },
                { QStringList { FocusOption }, tr("Only participants with this primary focus."),
                    tr("FOCUS") },
                { QStringList { CounselorOption }, tr("Only this counselor's participants."),
                    tr("NAME") },
                { QStringList { FormatOption },
                    tr("table (default), csv, or pdf: the printable report, with --out."),
                    tr("FORMAT") },
                { QStringList { OutOption }, tr("The PDF to write; must not exist."), tr("FILE") },
                { QStringList { PageSizeOption }, tr("letter or a4 (default: the locale's)."),
                    tr("SIZE") },
            },
            {}, outcomes, true,
            QLatin1Char('\n')
                + wrapWords(tr("One figure per line (measure, detail, value), as docs/outcomes.md "
                               "defines them; CSV gives rates as fractions and leaves empty what "
                               "cannot be computed. The PDF report has the same figures with "
                               "charts. Recorded in the audit trail as export.outcomes. "
                               "Supervisors only.")) },
        { { QStringLiteral("reassign") },
            tr("Move participants (record numbers) to another counselor's caseload."),
            {
                { QStringList { ToOption }, tr("The receiving counselor's name."), tr("NAME") },
                { QStringList { ReasonOption }, tr("Why, for the audit trail."), tr("TEXT") },
            },
            { QStringLiteral("RECORD-NUMBERS") }, reassign, true,
            QLatin1Char('\n')
                + wrapWords(
                    tr("Record numbers separated by commas (SW-00012,SW-00040). All are moved in "
                       "one step or none: an unknown record number or a receiving staff "
                       "member who is not an active counselor changes nothing. Each "
                       "move is audited. Supervisors only.")) },
    };
}

} // namespace stepwise::cli
