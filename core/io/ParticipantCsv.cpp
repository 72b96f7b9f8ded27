// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "DiagnosisListCodec.h"
#include "ParticipantRowReader.h"
#include "PhaseHistoryCodec.h"
#include "auth/Access.h"
#include "common/Clock.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <algorithm>

// The participants CSV, one participant per row, with the columns of columns() (the header row
// names them; on import any order, any case, spaces around ignored):
//
// - Dates are ISO 8601, yyyy-MM-dd, and nothing else is accepted.
// - Enum cells (sex_at_birth, primary_focus, status, phase) hold the storage keys of
//   domain/Enums.h; the English labels are accepted on import. Empty means the default of a new
//   participant (unknown, substance_use) and, for status, active or discharged as the episode
//   columns imply.
// - diagnoses: "CODE description [severity]; ..." (see DiagnosisListCodec.h for the escapes).
// - counselor: a staff member's name as stored; empty when unassigned.
// - admission_date, phase, phase_start_date, discharge_date describe the latest episode only.
//   Earlier episodes and phases stay in the database and are not exported.
// - Cells that a spreadsheet would run as a formula (first character = + - @ TAB CR after any
//   apostrophes) are written with one more leading apostrophe, and import removes exactly one,
//   so a phone number "+1 555 0100" reads back unchanged (see FormulaGuard.h).
//
// Import is all-or-nothing: every row is checked first (ParticipantRowReader), every problem is
// reported with its line, and only a clean file is written, in one transaction.

namespace stepwise::ParticipantCsv {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ParticipantCsv", text);
}

ImportOutcome withProblem(int line, const QString& column, const QString& message)
{
    ImportOutcome outcome;
    outcome.problems.append({ line, column, message });
    return outcome;
}

// Writes one checked row; a refusal is returned as problems on the row's line.
std::optional<Error> writeRow(Database& db, const ImportRow& row, const ProgramSettings& settings)
{
    ParticipantStore participants(db);
    EpisodeStore episodes(db);
    std::optional<Admission> admission;
    if (row.admissionDate.isValid())
        admission = Admission { row.admissionDate, settings.defaultPlan(PhaseKind::Intensive),
            row.reason };
    auto id = participants.add(row.participant, admission);
    if (!id)
        return id.error();

    if (admission && (!row.moves.isEmpty() || row.dischargeDate.isValid())) {
        auto list = episodes.episodes(id.value());
        if (!list)
            return list.error();
        if (list.value().isEmpty())
            return storageError(tr("The admission of line %1 was not saved.").arg(row.line));
        const Id episodeId = list.value().last().id;
        for (const ImportPhaseMove& move : row.moves) {
            if (auto s = episodes.transition(
                    episodeId, move.kind, move.date, settings.defaultPlan(move.kind), move.reason);
                !s)
                return s.error();
        }
        if (row.dischargeDate.isValid()) {
            if (auto s = episodes.discharge(episodeId, row.dischargeDate, row.reason); !s)
                return s.error();
        }
    }
    // Admitting sets the status active and discharging sets it discharged (EpisodeStore); the
    // file's own status has the last word, e.g. on hold during an episode.
    const ParticipantStatus afterEpisode = !admission ? row.participant.status
        : row.dischargeDate.isValid()                 ? ParticipantStatus::Discharged
                                                      : ParticipantStatus::Active;
    if (afterEpisode != row.participant.status) {
        auto stored = participants.get(id.value());
        if (!stored)
            return stored.error();
        Participant p = stored.value();
        p.status = row.participant.status;
        if (auto s = participants.update(p); !s)
            return s.error();
    }
    return std::nullopt;
}

} // namespace

QStringList columns()
{
    QStringList names;
    for (const char* name : { ParticipantColumn::RecordNumber, ParticipantColumn::LegalFirstName,
             ParticipantColumn::LegalLastName, ParticipantColumn::PreferredName,
             ParticipantColumn::DateOfBirth, ParticipantColumn::SexAtBirth,
             ParticipantColumn::GenderIdentity, ParticipantColumn::Pronouns,
             ParticipantColumn::Phone, ParticipantColumn::Email, ParticipantColumn::Address,
             ParticipantColumn::EmergencyName, ParticipantColumn::EmergencyRelationship,
             ParticipantColumn::EmergencyPhone, ParticipantColumn::PrimaryFocus,
             ParticipantColumn::Diagnoses, ParticipantColumn::ReferralSource,
             ParticipantColumn::Counselor, ParticipantColumn::Status,
             ParticipantColumn::AdmissionDate, ParticipantColumn::Phase,
             ParticipantColumn::PhaseStartDate, ParticipantColumn::PhaseHistory,
             ParticipantColumn::DischargeDate })
        names << QLatin1String(name);
    return names;
}

ImportOutcome importCsv(Database& db, const QByteArray& csv, const QDate& today)
{
    if (Status s = Access::require(db, Permission::ImportParticipants); !s) {
        ImportOutcome refused;
        refused.error = s.error();
        return refused;
    }
    const CsvDocument doc = CsvReader::read(csv);
    if (doc.error)
        return withProblem(doc.error->line, {}, doc.error->message);
    if (doc.records.isEmpty())
        return withProblem(1, {},
            tr("The file is empty: its first line must name the columns (%1).")
                .arg(columns().join(QStringLiteral(", "))));

    ImportOutcome outcome;
    const QStringList required = { QLatin1String(ParticipantColumn::RecordNumber),
        QLatin1String(ParticipantColumn::LegalFirstName),
        QLatin1String(ParticipantColumn::LegalLastName),
        QLatin1String(ParticipantColumn::DateOfBirth) };
    auto header = CsvImport::readHeader(doc.records.first(), columns(), required, outcome.problems);
    if (!header)
        return outcome;
    auto settings = SettingsStore(db).load();
    if (!settings) {
        outcome.error = settings.error();
        return outcome;
    }

    ParticipantRowReader reader(db, *header, settings.value(), today);
    QList<ImportRow> rows;
    for (qsizetype i = 1; i < doc.records.size(); ++i) {
        const CsvRecord& record = doc.records.at(i);
        // Spreadsheets save rows that only ever had formatting as a line of commas.
        if (CsvImport::isBlank(record))
            continue;
        if (auto row = reader.read(record))
            rows.append(std::move(*row));
        if (reader.storageError()) {
            outcome.error = reader.storageError();
            return outcome;
        }
    }
    outcome.problems = reader.problems();
    if (!outcome.problems.isEmpty())
        return outcome;

    Transaction tx(db);
    if (!tx.ok()) {
        outcome.error = tx.error();
        return outcome;
    }
    for (const ImportRow& row : std::as_const(rows)) {
        if (auto error = writeRow(db, row, settings.value())) {
            // The checks above mirror the stores' rules, so this is rare (e.g. another user
            // took a record number meanwhile); the transaction rolls back on return.
            if (error->code == ErrorCode::Validation || error->code == ErrorCode::Conflict) {
                outcome.problems = ParticipantRowReader::problemsFrom(error->fields, row.line);
                if (outcome.problems.isEmpty())
                    outcome.problems.append({ row.line, {}, error->message });
            } else {
                outcome.error = *error;
            }
            return outcome;
        }
    }
    if (Status s = AuditTrail::record(db, QStringLiteral("participants.import"),
            QStringLiteral("participant"), 0,
            QStringLiteral("%1 participants (CSV)").arg(rows.size()));
        !s) {
        outcome.error = s.error();
        return outcome;
    }
    if (auto s = tx.commit(); !s) {
        outcome.error = s.error();
        return outcome;
    }
    outcome.imported = int(rows.size());
    return outcome;
}

Result<QByteArray> exportCsv(
    Database& db, const CaseloadFilter& filter, const ExportOptions& options)
{
    if (Status s = Access::require(db, Permission::ExportParticipants); !s)
        return s.error();
    auto rows = CaseloadQuery::rows(db, filter, Clock::instance().today());
    if (!rows)
        return rows.error();
    QList<CaseloadRow> list = rows.value();
    // Record numbers are unique regardless of case; the second key only makes the order total.
    std::sort(list.begin(), list.end(), [](const CaseloadRow& a, const CaseloadRow& b) {
        const int c = a.recordNumber.compare(b.recordNumber, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.recordNumber < b.recordNumber;
    });

    CsvWriter writer({ options.byteOrderMark, true });
    writer.addRecord(columns());
    ParticipantStore participants(db);
    EpisodeStore episodes(db);
    const auto date
        = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const CaseloadRow& row : std::as_const(list)) {
        auto got = participants.get(row.participantId);
        if (!got)
            return got.error();
        const Participant& p = got.value();
        // The latest episode's phases and, when it is closed, its discharge.
        QDate discharge;
        QString phases;
        if (row.admissionDate.isValid()) {
            auto history = episodes.episodes(p.id);
            if (!history)
                return history.error();
            if (!history.value().isEmpty()) {
                const Episode& latest = history.value().last();
                discharge = latest.dischargeDate;
                phases = PhaseHistoryCodec::encode(latest.phases);
            }
        }
        writer.addRecord({ p.recordNumber, p.legalFirstName, p.legalLastName, p.preferredName,
            date(p.dateOfBirth), storageKey(p.sexAtBirth), p.genderIdentity, p.pronouns, p.phone,
            p.email, p.address, p.emergencyContact.name, p.emergencyContact.relationship,
            p.emergencyContact.phone, storageKey(p.primaryFocus),
            DiagnosisListCodec::encode(p.diagnoses), p.referralSource,
            p.counselorId ? row.counselorName : QString(), storageKey(p.status),
            date(row.admissionDate), row.phase ? storageKey(*row.phase) : QString(),
            row.phase ? date(row.phaseStart) : QString(), phases, date(discharge) });
    }
    // A bulk disclosure of records: who, when, how many.
    if (Status s = AuditTrail::record(db, QStringLiteral("participants.export"),
            QStringLiteral("participant"), 0,
            QStringLiteral("%1 participants (CSV)").arg(list.size()));
        !s)
        return s.error();
    return writer.data();
}

} // namespace stepwise::ParticipantCsv
