// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "auth/Access.h"
#include "common/Clock.h"
#include "domain/PhaseRules.h"
#include "instruments/Instrument.h"
#include "instruments/ScoreChange.h"
#include "io/CsvWriter.h"
#include "io/FormulaGuard.h"
#include "storage/AuditTrail.h"
#include "storage/CaseloadQuery.h"
#include "storage/Database.h"
#include "storage/ExportRows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

// Cells come in two kinds. Text (names, notes, record numbers, keys, dates) goes through
// FormulaGuard::protect, so "=HYPERLINK(...)" typed as a name is shown, never run. Numbers that
// Stepwise formats itself (days, hours, scores, a change of -9) are written bare: a spreadsheet
// reads "-9" as the number -9, never as a formula, and an apostrophe would turn the column into
// text that no one could sum or average. That is why CsvWriter's own neutraliseFormulas, which
// protects every cell, is not used here.

namespace stepwise::CsvExport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::CsvExport", text);
}

QStringList names(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* name : list)
        out << QLatin1String(name);
    return out;
}

// One data row of the file, built cell by cell in the order of columns().
class Record
{
public:
    Record& text(const QString& value)
    {
        m_cells << FormulaGuard::protect(value);
        return *this;
    }
    Record& date(const QDate& d) { return text(d.isValid() ? d.toString(Qt::ISODate) : QString()); }
    Record& time(const QTime& t)
    {
        return text(t.isValid() ? t.toString(QStringLiteral("HH:mm")) : QString());
    }
    Record& number(int value)
    {
        m_cells << QString::number(value);
        return *this;
    }
    Record& number(const std::optional<int>& value)
    {
        m_cells << (value ? QString::number(*value) : QString());
        return *this;
    }
    // Sums of minutes over 60 and prorated sevenths: two decimals keep 8.999999 out of files.
    Record& hours(double value)
    {
        m_cells << QString::number(std::round(value * 100.0) / 100.0);
        return *this;
    }
    // 1 or 0, so a spreadsheet's AVERAGE of the column is a rate; empty: not applicable.
    Record& yesNo(const std::optional<bool>& value)
    {
        m_cells << (value ? QString::number(*value ? 1 : 0) : QString());
        return *this;
    }
    const QStringList& cells() const { return m_cells; }

private:
    QStringList m_cells;
};

QStringList caseloadColumns()
{
    return names({ "record_number", "legal_last_name", "legal_first_name", "preferred_name",
        "counselor", "phase", "phase_start_date", "days_in_phase", "admission_date",
        "days_in_program", "last_week_start", "last_week_required_hours",
        "last_week_attended_hours", "last_week_required_days", "last_week_attended_days",
        "open_safety_alerts", "consecutive_unexcused", "last_attended", "days_over_expected_length",
        "overdue_assessments", "plan_overdue_days", "late_unsigned_notes", "flags",
        "recovery_flags" });
}

// The importer's columns (AttendanceCsv), in its order, so a file re-imports.
QStringList attendanceColumns()
{
    return names({ "record_number", "date", "start", "end", "session_type", "status",
        "minutes_late", "minutes_left_early", "note" });
}

// The importer's columns (AssessmentCsv) with the result as scored added: total and band.
QStringList assessmentColumns()
{
    return names({ "record_number", "date", "instrument", "total", "band", "answers", "note" });
}

QStringList scoreColumns(const char* instrument)
{
    QStringList out;
    for (const char* suffix :
        { "first_date", "first", "last_date", "last", "change", "response", "remission" })
        out << QLatin1String(instrument) + QLatin1Char('_') + QLatin1String(suffix);
    return out;
}

QStringList outcomeColumns()
{
    QStringList out = names({ "record_number", "legal_last_name", "legal_first_name",
        "preferred_name", "counselor", "admission_date", "discharge_date", "discharge_reason",
        "discharge_reason_text", "discharge_condition", "length_of_stay_days" });
    for (PhaseKind kind : allValues<PhaseKind>())
        out << QStringLiteral("days_") + storageKey(kind);
    out << names({ "sessions_attended", "excused_absences", "unexcused_absences",
        "attendance_rate_percent" });
    return out + scoreColumns("phq9") + scoreColumns("gad7");
}

// The caseload's attention flags as stable keys, in the order the app lists them.
QString flagKeys(const CaseloadRow& row)
{
    QStringList keys;
    if (row.openSafetyAlerts > 0)
        keys << QStringLiteral("safety_alert");
    if (row.attendance.belowRequiredLastWeek)
        keys << QStringLiteral("below_required_last_week");
    if (row.attendance.consecutiveUnexcused >= EngagementRules::ConsecutiveAbsencesFlag)
        keys << QStringLiteral("consecutive_unexcused");
    if (row.attendance.noAttendanceIn7Days)
        keys << QStringLiteral("no_attendance_7_days");
    if (row.daysOverExpectedLength > 0)
        keys << QStringLiteral("past_expected_length");
    if (!row.overdueAssessments.isEmpty())
        keys << QStringLiteral("assessment_overdue");
    if (!row.recoveryFlags.isEmpty())
        keys << QStringLiteral("recovery");
    if (row.planDue)
        keys << QStringLiteral("plan_overdue");
    if (row.lateUnsignedNotes > 0)
        keys << QStringLiteral("late_unsigned_notes");
    return keys.join(QLatin1Char(';'));
}

Result<int> caseload(Database& db, const CsvExportOptions& options, CsvWriter& writer)
{
    CaseloadFilter filter;
    filter.counselorId = options.counselorId;
    const QDate today = Clock::instance().today();
    auto rows = CaseloadQuery::rows(db, filter, today);
    if (!rows)
        return rows.error();
    int count = 0;
    for (const CaseloadRow& row : std::as_const(*rows)) {
        // In care: the caseload's definition (an open episode with its phase).
        if (!row.phase || row.daysInProgram < 0)
            continue;
        QStringList overdue;
        for (const DueAssessment& due : row.overdueAssessments)
            overdue << due.instrument;
        const WeekHours& week = row.attendance.lastWeek;
        Record r;
        r.text(row.recordNumber)
            .text(row.legalLastName)
            .text(row.legalFirstName)
            .text(row.preferredName)
            .text(row.counselorName)
            .text(storageKey(*row.phase))
            .date(row.phaseStart)
            .number(row.daysInPhase)
            .date(row.admissionDate)
            .number(row.daysInProgram)
            .date(week.weekStart)
            .hours(week.required.hours)
            .hours(week.attended.hours)
            .number(week.required.days)
            .number(week.attended.daysAttended)
            .number(row.openSafetyAlerts)
            .number(row.attendance.consecutiveUnexcused)
            .date(row.attendance.lastAttended)
            .number(row.daysOverExpectedLength)
            .text(overdue.join(QLatin1Char(';')))
            .number(row.planDue ? std::optional<int>(row.planDue->daysOverdue) : std::nullopt)
            .number(row.lateUnsignedNotes)
            .text(flagKeys(row))
            .text(row.recoveryFlags.join(QStringLiteral("; ")));
        writer.addRecord(r.cells());
        ++count;
    }
    return count;
}

ExportRows::Scope scopeOf(const CsvExportOptions& options)
{
    return { options.from, options.to, options.counselorId };
}

Result<int> attendance(Database& db, const CsvExportOptions& options, CsvWriter& writer)
{
    auto rows = ExportRows::attendance(db, scopeOf(options));
    if (!rows)
        return rows.error();
    for (const ExportRows::AttendanceRow& row : std::as_const(*rows)) {
        Record r;
        r.text(row.recordNumber)
            .date(row.date)
            .time(row.start)
            .time(row.end)
            .text(row.sessionType)
            .text(row.status)
            .number(row.minutesLate)
            .number(row.minutesLeftEarly)
            .text(row.note);
        writer.addRecord(r.cells());
    }
    return int(rows->size());
}

// "1;2;0;..." in item order, as the assessments import reads them; an unanswered item is empty.
QString answersText(const QString& instrument, const QString& json)
{
    const InstrumentDefinition* d = Instruments::find(instrument);
    if (!d)
        return {};
    const QJsonObject answers = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList values;
    for (const InstrumentItem& item : d->items) {
        const QJsonValue v = answers.value(item.key);
        values << (v.isDouble() ? QString::number(v.toInt()) : QString());
    }
    return values.join(QLatin1Char(';'));
}

Result<int> assessments(Database& db, const CsvExportOptions& options, CsvWriter& writer)
{
    auto rows = ExportRows::assessments(db, scopeOf(options));
    if (!rows)
        return rows.error();
    for (const ExportRows::AssessmentRow& row : std::as_const(*rows)) {
        Record r;
        r.text(row.recordNumber)
            .date(row.administeredOn)
            .text(row.instrument)
            .number(row.total)
            .text(row.band)
            .text(answersText(row.instrument, row.answersJson))
            .text(row.note);
        writer.addRecord(r.cells());
    }
    return int(rows->size());
}

// First and last score of the episode, and change, response and remission as ScoreChangeRules
// judge them. Response and remission are empty when not applicable: fewer than two scores, or a
// baseline below the rules' minimum (nothing to respond to or remit from).
void addScores(Record& r, const QList<DatedScore>& scores)
{
    if (scores.isEmpty()) {
        r.date({}).number(std::nullopt).date({}).number(std::nullopt).number(std::nullopt);
        r.yesNo(std::nullopt).yesNo(std::nullopt);
        return;
    }
    const auto change = ScoreChangeRules::change(scores);
    const DatedScore first = change ? change->baseline : scores.first();
    const DatedScore last = change ? change->latest : scores.last();
    r.date(first.date).number(first.total).date(last.date).number(last.total);
    r.number(change ? std::optional<int>(change->change) : std::nullopt);
    const bool applies = change && change->eligible;
    r.yesNo(applies ? std::optional<bool>(change->response) : std::nullopt);
    r.yesNo(applies ? std::optional<bool>(change->remission) : std::nullopt);
}

Result<int> outcomes(Database& db, const CsvExportOptions& options, CsvWriter& writer)
{
    auto rows = ExportRows::episodes(db, scopeOf(options));
    if (!rows)
        return rows.error();
    const QDate today = Clock::instance().today();
    for (const ExportRows::EpisodeRow& row : std::as_const(*rows)) {
        Record r;
        r.text(row.recordNumber)
            .text(row.legalLastName)
            .text(row.legalFirstName)
            .text(row.preferredName)
            .text(row.counselorName)
            .date(row.episode.admissionDate)
            .date(row.episode.dischargeDate)
            .text(row.dischargeReasonKey)
            .text(row.episode.dischargeReason)
            .text(row.dischargeConditionKey)
            // Inclusive, the admission day is day 1; an episode still in care counts to today.
            .number(PhaseRules::daysInProgram(row.episode, today));
        for (PhaseKind kind : allValues<PhaseKind>()) {
            int days = 0;
            for (const Phase& phase : row.episode.phases) {
                if (phase.kind == kind)
                    days += std::max(0, PhaseRules::daysInPhase(phase, today));
            }
            r.number(days);
        }
        // Excused absences are left out of the rate, as the engagement rules do: an excused
        // absence is not disengagement.
        const int counted = row.sessionsAttended + row.unexcusedAbsences;
        r.number(row.sessionsAttended)
            .number(row.excusedAbsences)
            .number(row.unexcusedAbsences)
            .number(counted > 0
                    ? std::optional<int>(int(std::lround(100.0 * row.sessionsAttended / counted)))
                    : std::nullopt);
        addScores(r, row.phq9);
        addScores(r, row.gad7);
        writer.addRecord(r.cells());
    }
    return int(rows->size());
}

QString auditDetail(CsvTable table, int rowCount, const CsvExportOptions& options)
{
    QString detail = rowCount == 1
        ? QStringLiteral("%1: 1 row (CSV)").arg(key(table))
        : QStringLiteral("%1: %2 rows (CSV)").arg(key(table)).arg(rowCount);
    if (table != CsvTable::Caseload && options.from.isValid())
        detail += QStringLiteral("; from %1").arg(options.from.toString(Qt::ISODate));
    if (table != CsvTable::Caseload && options.to.isValid())
        detail += QStringLiteral("; to %1").arg(options.to.toString(Qt::ISODate));
    if (options.counselorId)
        detail += QStringLiteral("; counselor %1").arg(*options.counselorId);
    return detail;
}

} // namespace

QString key(CsvTable table)
{
    switch (table) {
    case CsvTable::Caseload:
        return QStringLiteral("caseload");
    case CsvTable::Attendance:
        return QStringLiteral("attendance");
    case CsvTable::Assessments:
        return QStringLiteral("assessments");
    case CsvTable::Outcomes:
        return QStringLiteral("outcomes");
    }
    return {};
}

QList<CsvTable> tables()
{
    return { CsvTable::Caseload, CsvTable::Attendance, CsvTable::Assessments, CsvTable::Outcomes };
}

std::optional<CsvTable> tableFromKey(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (CsvTable table : tables()) {
        if (key(table) == wanted)
            return table;
    }
    return std::nullopt;
}

QStringList columns(CsvTable table)
{
    switch (table) {
    case CsvTable::Caseload:
        return caseloadColumns();
    case CsvTable::Attendance:
        return attendanceColumns();
    case CsvTable::Assessments:
        return assessmentColumns();
    case CsvTable::Outcomes:
        return outcomeColumns();
    }
    return {};
}

Result<CsvExportResult> write(Database& db, CsvTable table, const CsvExportOptions& options)
{
    // A bulk disclosure of records, as the participants export: supervisors.
    if (Status s = Access::require(db, Permission::ExportParticipants); !s)
        return s.error();
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return Error::validation({ { QStringLiteral("to"),
            tr("The period ends (%1) before it starts (%2).")
                .arg(options.to.toString(Qt::ISODate), options.from.toString(Qt::ISODate)) } });
    if (options.counselorId) {
        auto exists = ExportRows::staffExists(db, *options.counselorId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error { ErrorCode::NotFound,
                tr("There is no staff member with id %1.").arg(*options.counselorId), {}, {} };
    }

    CsvWriter writer({ options.byteOrderMark, false }); // see the note at the top
    writer.addRecord(columns(table));
    Result<int> rows = 0;
    switch (table) {
    case CsvTable::Caseload:
        rows = caseload(db, options, writer);
        break;
    case CsvTable::Attendance:
        rows = attendance(db, options, writer);
        break;
    case CsvTable::Assessments:
        rows = assessments(db, options, writer);
        break;
    case CsvTable::Outcomes:
        rows = outcomes(db, options, writer);
        break;
    }
    if (!rows)
        return rows.error();
    // Who took which records out of the program, when, and how many.
    if (Status s = AuditTrail::record(
            db, QStringLiteral("export.csv"), key(table), 0, auditDetail(table, *rows, options));
        !s)
        return s.error();
    return CsvExportResult { writer.data(), *rows };
}

} // namespace stepwise::CsvExport
