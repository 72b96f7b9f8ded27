// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ParticipantCsv.h"
#include "domain/ProgramSettings.h"

#include <QHash>
#include <optional>

namespace stepwise {

class Database;

// Header names of the participants CSV, in the order the export writes them.
namespace ParticipantColumn {
inline constexpr auto RecordNumber = "record_number";
inline constexpr auto LegalFirstName = "legal_first_name";
inline constexpr auto LegalLastName = "legal_last_name";
inline constexpr auto PreferredName = "preferred_name";
inline constexpr auto DateOfBirth = "date_of_birth";
inline constexpr auto SexAtBirth = "sex_at_birth";
inline constexpr auto GenderIdentity = "gender_identity";
inline constexpr auto Pronouns = "pronouns";
inline constexpr auto Phone = "phone";
inline constexpr auto Email = "email";
inline constexpr auto Address = "address";
inline constexpr auto EmergencyName = "emergency_contact_name";
inline constexpr auto EmergencyRelationship = "emergency_contact_relationship";
inline constexpr auto EmergencyPhone = "emergency_contact_phone";
inline constexpr auto PrimaryFocus = "primary_focus";
inline constexpr auto Diagnoses = "diagnoses";
inline constexpr auto ReferralSource = "referral_source";
inline constexpr auto Counselor = "counselor";
inline constexpr auto Status = "status";
inline constexpr auto AdmissionDate = "admission_date";
inline constexpr auto Phase = "phase";
inline constexpr auto PhaseStartDate = "phase_start_date";
inline constexpr auto PhaseHistory = "phase_history";
inline constexpr auto DischargeDate = "discharge_date";
} // namespace ParticipantColumn

// A phase change the importer replays through EpisodeStore after the admission.
struct ImportPhaseMove
{
    PhaseKind kind = PhaseKind::Intensive;
    QDate date;
    QString reason;
};

// One valid data row: the participant and the latest episode as the file describes it.
struct ImportRow
{
    int line = 0;
    Participant participant; // normalised, counselor resolved
    QDate admissionDate;     // null: no episode
    QList<ImportPhaseMove> moves;
    QDate dischargeDate; // null: still in care
    QString reason;      // of the admission and discharge: the file does not carry them
};

// Reads the data rows of a participants CSV one by one, checking every rule import will meet
// (the episode is replayed through PhaseRules without touching the database), so that every
// bad row is reported before anything is written.
class ParticipantRowReader
{
public:
    // `columns` maps each canonical header name present in the file to its field index.
    ParticipantRowReader(
        Database& db, QHash<QString, int> columns, ProgramSettings settings, QDate today);

    // The row, or nullopt when it has problems (see problems()) or storage failed (then
    // storageError() is set and reading should stop).
    std::optional<ImportRow> read(const CsvRecord& record);
    const QList<ParticipantCsv::Problem>& problems() const { return m_problems; }
    const std::optional<Error>& storageError() const { return m_storageError; }

    // Field errors of a rule placed on a line; a field that is not a column gets `fallback`.
    static QList<ParticipantCsv::Problem> problemsFrom(
        const QList<FieldError>& errors, int line, const QString& fallbackColumn = {});

private:
    struct Cells;
    void problem(const char* column, const QString& message);
    void addRuleErrors(const QList<FieldError>& errors, const char* fallbackColumn = nullptr);
    QDate date(const Cells& cells, const char* column);
    std::optional<QList<ImportPhaseMove>> readHistory(
        const QString& text, const QDate& admission, const QString& reason);
    void readEpisode(const Cells& cells, ImportRow& row);
    void checkRecordNumber(const QString& recordNumber);
    std::optional<Id> counselorId(const QString& name);

    Database& m_db;
    QHash<QString, int> m_columns;
    ProgramSettings m_settings;
    QDate m_today;
    QHash<QString, int> m_recordLines; // folded record number -> line, for duplicates in the file
    QHash<QString, Id> m_staffIds;     // folded staff name -> id (0: no such staff)
    QList<ParticipantCsv::Problem> m_problems;
    std::optional<Error> m_storageError;
    int m_line = 0;
    QStringList m_rowColumnsWithProblems; // one reason per cell is enough
};

} // namespace stepwise
