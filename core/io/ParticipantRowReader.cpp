// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantRowReader.h"

#include "DiagnosisListCodec.h"
#include "FormulaGuard.h"
#include "PhaseHistoryCodec.h"
#include "domain/ParticipantRules.h"
#include "domain/PhaseRules.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ParticipantCsv", text);
}

QString col(const char* name)
{
    return QLatin1String(name);
}

QString folded(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

template<typename E> QString keyList()
{
    QStringList keys;
    for (E value : allValues<E>())
        keys << storageKey(value);
    return keys.join(QStringLiteral(", "));
}

} // namespace

// The cells of one record by column name; a column missing from the file reads as empty.
// Every cell goes through FormulaGuard::unprotect, undoing what the export wrote.
struct ParticipantRowReader::Cells
{
    const CsvRecord& record;
    const QHash<QString, int>& columns;

    QString text(const char* column) const
    {
        const int index = columns.value(col(column), -1);
        return index < 0 ? QString() : FormulaGuard::unprotect(record.fields.at(index));
    }
    QString trimmed(const char* column) const { return text(column).trimmed(); }
};

ParticipantRowReader::ParticipantRowReader(
    Database& db, QHash<QString, int> columns, ProgramSettings settings, QDate today)
    : m_db(db)
    , m_columns(std::move(columns))
    , m_settings(std::move(settings))
    , m_today(today)
{ }

QList<ParticipantCsv::Problem> ParticipantRowReader::problemsFrom(
    const QList<FieldError>& errors, int line, const QString& fallbackColumn)
{
    static const QStringList known = ParticipantCsv::columns();
    QList<ParticipantCsv::Problem> out;
    for (const FieldError& f : errors) {
        QString column = f.field == QLatin1String(ParticipantRules::Counselor)
            ? col(ParticipantColumn::Counselor)
            : f.field;
        if (!known.contains(column))
            column = fallbackColumn;
        out.append({ line, column, f.message });
    }
    return out;
}

void ParticipantRowReader::problem(const char* column, const QString& message)
{
    const QString name = column ? col(column) : QString();
    m_problems.append({ m_line, name, message });
    m_rowColumnsWithProblems << name;
}

void ParticipantRowReader::addRuleErrors(
    const QList<FieldError>& errors, const char* fallbackColumn)
{
    const QString fallback = fallbackColumn ? col(fallbackColumn) : QString();
    for (const auto& p : problemsFrom(errors, m_line, fallback)) {
        // A cell already reported (e.g. a malformed date) needs no second, vaguer reason.
        if (p.column.isEmpty() || !m_rowColumnsWithProblems.contains(p.column))
            m_problems.append(p);
    }
}

QDate ParticipantRowReader::date(const Cells& cells, const char* column)
{
    const QString text = cells.trimmed(column);
    if (text.isEmpty())
        return {};
    // Strict ISO 8601 only: "03/04/2020" means March or April depending on the locale that
    // wrote it, so guessing would silently swap days and months.
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid())
        problem(column,
            tr("\"%1\" is not a date written as yyyy-MM-dd (for example 1990-04-23). If a "
               "spreadsheet changed the dates, format the column as text or as yyyy-mm-dd and "
               "save again.")
                .arg(text));
    return d;
}

std::optional<Id> ParticipantRowReader::counselorId(const QString& name)
{
    const QString key = folded(name);
    if (key.isEmpty())
        return Id(0);
    auto it = m_staffIds.constFind(key);
    if (it == m_staffIds.constEnd()) {
        auto found = StaffStore(m_db).findByName(name.trimmed());
        if (!found) {
            m_storageError = found.error();
            return std::nullopt;
        }
        it = m_staffIds.insert(key, found.value() ? found.value()->id : Id(0));
    }
    return it.value() ? std::optional<Id>(it.value()) : std::nullopt;
}

void ParticipantRowReader::checkRecordNumber(const QString& recordNumber)
{
    if (recordNumber.isEmpty())
        return;
    const QString key = folded(recordNumber);
    if (const int first = m_recordLines.value(key); first > 0) {
        problem(ParticipantColumn::RecordNumber,
            tr("Record number %1 is also on line %2.").arg(recordNumber).arg(first));
        return;
    }
    m_recordLines.insert(key, m_line);
    auto existing = ParticipantStore(m_db).findByRecordNumber(recordNumber);
    if (!existing)
        m_storageError = existing.error();
    else if (existing.value())
        problem(ParticipantColumn::RecordNumber,
            tr("Record number %1 is already in the database.").arg(recordNumber));
}

// The file carries the latest episode: its admission, its phases in phase_history (optional when
// the participant is still in the first intensive phase or has moved once), the current phase
// and when it began, and the discharge. Import replays that history through the same PhaseRules
// the stores apply: admission into intensive (every episode starts there), then each move on its
// date. Nothing is invented: a history the file does not give is refused with the reason.
// nullopt when the cell is empty or has problems (then reported).
std::optional<QList<ImportPhaseMove>> ParticipantRowReader::readHistory(
    const QString& text, const QDate& admission, const QString& reason)
{
    if (text.isEmpty() || !admission.isValid()) // without admission: readEpisode says so
        return std::nullopt;
    auto entries = PhaseHistoryCodec::decode(text, admission);
    if (!entries) {
        addRuleErrors(entries.error().fields, ParticipantColumn::PhaseHistory);
        return std::nullopt;
    }
    QList<ImportPhaseMove> moves;
    for (qsizetype i = 1; i < entries.value().size(); ++i)
        moves.append({ entries.value().at(i).kind, entries.value().at(i).start, reason });
    return moves;
}

void ParticipantRowReader::readEpisode(const Cells& cells, ImportRow& row)
{
    const qsizetype before = m_problems.size();
    const QDate admission = date(cells, ParticipantColumn::AdmissionDate);
    const QDate phaseStart = date(cells, ParticipantColumn::PhaseStartDate);
    const QDate discharge = date(cells, ParticipantColumn::DischargeDate);
    std::optional<PhaseKind> phase;
    if (const QString text = cells.trimmed(ParticipantColumn::Phase); !text.isEmpty()) {
        phase = parsePhaseKind(text);
        if (!phase)
            problem(ParticipantColumn::Phase,
                tr("\"%1\" is not one of: %2.").arg(text, keyList<PhaseKind>()));
    }
    std::optional<ParticipantStatus> status;
    if (const QString text = cells.trimmed(ParticipantColumn::Status); !text.isEmpty()) {
        status = parseParticipantStatus(text);
        if (!status)
            problem(ParticipantColumn::Status,
                tr("\"%1\" is not one of: %2.").arg(text, keyList<ParticipantStatus>()));
    }
    const std::optional<QList<ImportPhaseMove>> history
        = readHistory(cells.trimmed(ParticipantColumn::PhaseHistory), admission, row.reason);
    if (m_problems.size() > before)
        return;

    if (!admission.isValid()) {
        for (const char* column : { ParticipantColumn::Phase, ParticipantColumn::PhaseStartDate,
                 ParticipantColumn::PhaseHistory, ParticipantColumn::DischargeDate }) {
            if (!cells.trimmed(column).isEmpty())
                problem(column,
                    tr("Needs an admission_date: without one the participant has no "
                       "episode of care."));
        }
        row.participant.status = status.value_or(ParticipantStatus::Active);
        return;
    }

    // Where phase or phase_start_date is empty, the end of the history says it.
    const PhaseKind historyKind
        = history && !history->isEmpty() ? history->last().kind : PhaseKind::Intensive;
    const QDate historyStart = history && !history->isEmpty() ? history->last().date : admission;
    const PhaseKind kind = phase.value_or(historyKind);
    const QDate start = phaseStart.isValid() ? phaseStart
        : history                            ? historyStart
                  : (kind == PhaseKind::Intensive && !discharge.isValid() ? admission : QDate());
    if (discharge.isValid()) {
        const QString closed = tr("The episode was discharged on %1, so there is no current "
                                  "phase: leave this cell empty.")
                                   .arg(isoDate(discharge));
        if (phase)
            problem(ParticipantColumn::Phase, closed);
        if (phaseStart.isValid())
            problem(ParticipantColumn::PhaseStartDate, closed);
        if (status && *status != ParticipantStatus::Discharged)
            problem(ParticipantColumn::Status,
                tr("A participant with a discharge_date has the status discharged."));
    } else if (status == ParticipantStatus::Discharged) {
        problem(ParticipantColumn::Status,
            tr("The status is discharged but discharge_date is empty: give the discharge date."));
    } else if (!start.isValid()) {
        problem(ParticipantColumn::PhaseStartDate,
            tr("Give the date the %1 phase began.").arg(storageKey(kind)));
    } else if (start < admission) {
        problem(ParticipantColumn::PhaseStartDate,
            tr("The phase cannot begin before admission_date (%1).").arg(isoDate(admission)));
    } else if (kind != PhaseKind::Intensive && !history) {
        if (start == admission)
            problem(ParticipantColumn::PhaseStartDate,
                tr("Every episode begins with at least one day in the intensive phase, so the "
                   "%1 phase must begin after admission_date (%2).")
                    .arg(storageKey(kind), isoDate(admission)));
        else
            row.moves.append({ kind, start, row.reason });
    } else if (start > admission && !history) {
        problem(ParticipantColumn::PhaseStartDate,
            tr("An intensive phase that began after admission is a return to intensive care; "
               "give the phases before it in phase_history, so that none is invented."));
    }
    if (m_problems.size() > before)
        return;
    if (history) {
        // The history is the whole episode; it must end where phase and phase_start_date say.
        row.moves = *history;
        if (!discharge.isValid() && (historyKind != kind || historyStart != start))
            problem(ParticipantColumn::PhaseHistory,
                tr("The history ends with %1 from %2, but phase and phase_start_date say %3 "
                   "from %4.")
                    .arg(storageKey(historyKind), isoDate(historyStart), storageKey(kind),
                        isoDate(start)));
        if (m_problems.size() > before)
            return;
    }

    // Replay through the rules the stores apply, so their refusals surface now, with the line.
    auto episode = PhaseRules::admit({}, admission, row.participant.dateOfBirth,
        m_settings.defaultPlan(PhaseKind::Intensive), row.reason, m_today);
    if (!episode)
        return addRuleErrors(episode.error().fields, ParticipantColumn::AdmissionDate);
    for (const ImportPhaseMove& move : std::as_const(row.moves)) {
        episode = PhaseRules::transition(episode.value(), move.kind, move.date,
            m_settings.defaultPlan(move.kind), move.reason, m_today);
        if (!episode)
            return addRuleErrors(episode.error().fields,
                history ? ParticipantColumn::PhaseHistory : ParticipantColumn::PhaseStartDate);
    }
    if (discharge.isValid()) {
        episode = PhaseRules::discharge(episode.value(), discharge, row.reason, m_today);
        if (!episode)
            return addRuleErrors(episode.error().fields, ParticipantColumn::DischargeDate);
    }
    row.admissionDate = admission;
    row.dischargeDate = discharge;
    row.participant.status = discharge.isValid() ? ParticipantStatus::Discharged
                                                 : status.value_or(ParticipantStatus::Active);
}

std::optional<ImportRow> ParticipantRowReader::read(const CsvRecord& record)
{
    const qsizetype before = m_problems.size();
    m_line = record.line;
    m_rowColumnsWithProblems.clear();
    if (record.fields.size() != m_columns.size()) {
        problem(nullptr,
            tr("This row has %1 fields but the header has %2.")
                .arg(record.fields.size())
                .arg(m_columns.size()));
        return std::nullopt;
    }

    const Cells cells { record, m_columns };
    ImportRow row;
    row.line = record.line;
    row.reason = tr("Imported");
    Participant& p = row.participant;
    p.recordNumber = cells.text(ParticipantColumn::RecordNumber);
    p.legalFirstName = cells.text(ParticipantColumn::LegalFirstName);
    p.legalLastName = cells.text(ParticipantColumn::LegalLastName);
    p.preferredName = cells.text(ParticipantColumn::PreferredName);
    p.dateOfBirth = date(cells, ParticipantColumn::DateOfBirth);
    p.genderIdentity = cells.text(ParticipantColumn::GenderIdentity);
    p.pronouns = cells.text(ParticipantColumn::Pronouns);
    p.phone = cells.text(ParticipantColumn::Phone);
    p.email = cells.text(ParticipantColumn::Email);
    p.address = cells.text(ParticipantColumn::Address);
    p.emergencyContact.name = cells.text(ParticipantColumn::EmergencyName);
    p.emergencyContact.relationship = cells.text(ParticipantColumn::EmergencyRelationship);
    p.emergencyContact.phone = cells.text(ParticipantColumn::EmergencyPhone);
    p.referralSource = cells.text(ParticipantColumn::ReferralSource);

    // Empty enum cells take the defaults a new participant gets in the add dialog.
    if (const QString sex = cells.trimmed(ParticipantColumn::SexAtBirth); !sex.isEmpty()) {
        if (auto v = parseSexAtBirth(sex))
            p.sexAtBirth = *v;
        else
            problem(ParticipantColumn::SexAtBirth,
                tr("\"%1\" is not one of: %2.").arg(sex, keyList<SexAtBirth>()));
    }
    if (const QString focus = cells.trimmed(ParticipantColumn::PrimaryFocus); !focus.isEmpty()) {
        if (auto v = parsePrimaryFocus(focus))
            p.primaryFocus = *v;
        else
            problem(ParticipantColumn::PrimaryFocus,
                tr("\"%1\" is not one of: %2.").arg(focus, keyList<PrimaryFocus>()));
    }

    auto diagnoses = DiagnosisListCodec::decode(cells.text(ParticipantColumn::Diagnoses));
    if (diagnoses)
        p.diagnoses = diagnoses.value();
    else
        addRuleErrors(diagnoses.error().fields, ParticipantColumn::Diagnoses);

    const QString counselor = cells.trimmed(ParticipantColumn::Counselor);
    if (auto id = counselorId(counselor))
        p.counselorId = *id;
    else if (!m_storageError)
        problem(ParticipantColumn::Counselor,
            tr("No staff member is called \"%1\"; add them first or leave the cell empty.")
                .arg(counselor));

    p = ParticipantRules::normalized(p);
    addRuleErrors(ParticipantRules::validate(p, m_today));
    if (!m_storageError)
        checkRecordNumber(p.recordNumber);
    readEpisode(cells, row);

    if (m_storageError || m_problems.size() > before)
        return std::nullopt;
    return row;
}

} // namespace stepwise
